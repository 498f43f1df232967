import { checkPost } from './src/core/engine';
import { resolvePolicy } from './src/core/policy/resolve';
import { sampleText } from './bench/support/sample-text';
const text = sampleText(Number(process.env.N ?? 3000));
const p = resolvePolicy([]).policy;
for (let i=0;i<Number(process.env.ITER ?? 3000);i++) checkPost({ text }, p);
