/** What the hostile tests share: one company policy, and the text each hostile finding points at. */
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';

const policy = resolvePolicy([
  { source: 'file', policy: { company: { names: ['Acme'], domains: ['acme.com'] } } },
]).policy;

export const flagged = (text: string) =>
  checkPost({ text }, policy)
    .filter((f) => f.rule === 'hostile')
    .map((f) => text.slice(f.start, f.end));
