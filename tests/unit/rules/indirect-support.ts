/**
 * What the "-indirect" tests share (posts modelled on a blind set's misses): the company with its
 * brand accounts and the topics the corpus policy enables, and whether a rule fires on a post.
 */
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { RuleId } from '../../../src/core/types';

const ACME: Policy = {
  company: {
    names: ['Acme', 'Acme Corp'],
    tickers: ['ACME'],
    domains: ['acme.com'],
    products: ['Roadrunner', 'Anvil'],
    accounts: ['@AcmeCorp', '@AcmeSupport'],
  },
  rules: { custom: { topics: ['gambling', 'cryptocurrency'] } },
};
const policy = resolvePolicy([{ source: 'file', policy: ACME }]).policy;

/** Whether `rule` fires on `text` posted on X by `handle`. */
export const firesFor =
  (rule: RuleId) =>
  (text: string, handle: string): boolean =>
    checkPost({ text, site: 'x', account: { handle } }, policy).some((f) => f.rule === rule);
