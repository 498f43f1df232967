import { checkPost } from '../src/core/engine';
import { resolvePolicy } from '../src/core/policy/resolve';
import { sampleText } from './support/sample-text';
const text = sampleText(3000);
const p = resolvePolicy([]).policy;
const post = { text, site: 'x' as const, account: { handle: '@dana_builds' } };
for (let i=0;i<8000;i++) checkPost(post, p);
