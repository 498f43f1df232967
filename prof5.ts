import { sampleText } from './bench/support/sample-text';
import { checkPost } from './src/core/engine';
import { resolvePolicy } from './src/core/policy/resolve';

const text = sampleText(3000);
const p = resolvePolicy([]).policy;
for (let i = 0; i < 8000; i++) checkPost({ text }, p);
