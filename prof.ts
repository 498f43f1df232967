import { RULES } from './src/core/rules';
import { checkPost } from './src/core/engine';
import { resolvePolicy } from './src/core/policy/resolve';
import { sampleText } from './bench/support/sample-text';
const n = Number(process.argv[2] ?? 3000);
const text = sampleText(n);
const base = resolvePolicy([]).policy;
const t0 = performance.now(); checkPost({ text }, base); console.log('first', (performance.now()-t0).toFixed(1));
const time = (p: any) => { for (let i=0;i<3;i++) checkPost({text}, p); const N = n > 50000 ? 3 : 50; const s = performance.now(); for (let i=0;i<N;i++) checkPost({ text }, p); return (performance.now()-s)/N; };
console.log('all', time(base).toFixed(3));
const none = resolvePolicy([{source:'user', policy:{rules: Object.fromEntries(RULES.map(r=>[r.id,{severity:'off'}]))}}]).policy;
console.log('none (analyze+lexicon)', time(none).toFixed(3));
for (const r of RULES) {
  const only = resolvePolicy([{source:'user', policy:{rules: Object.fromEntries(RULES.map(x=>[x.id,{severity: x.id===r.id ? 'warn':'off'}]))}}]).policy;
  console.log(r.id.padEnd(15), time(only).toFixed(3));
}
