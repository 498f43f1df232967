import { checkPost } from './src/core/engine';
import { resolvePolicy } from './src/core/policy/resolve';
import { RULES } from './src/core/rules';
const BUSY = process.argv[2]!;
const n = Number(process.argv[3]);
const text = BUSY.repeat(Math.ceil(n / BUSY.length)).slice(0, n);
for (const r of RULES) {
  const only = resolvePolicy([{source:'user', policy:{company:{names:['Acme'],tickers:['ACME'],domains:['acme.com'],accounts:['@AcmeCorp']}, rules: Object.fromEntries(RULES.map(x=>[x.id,{severity: x.id===r.id ? 'warn':'off', ...(x.id==='custom' && x.id===r.id ? {topics:['alcohol','gambling']}:{})}]))}}]).policy;
  const s = performance.now(); checkPost({ text, media: 1, account: {handle:'@AcmeCorp'} }, only); console.log(r.id.padEnd(15), (performance.now()-s).toFixed(0), 'ms');
}
