/** What a rule file exports and what it is given when it runs. */
import type * as v from 'valibot';
import type { CompanyView } from '../company';
import type { ResolvedPolicy } from '../policy/types';
import type { AnalyzedText } from '../text/analyze';
import type { LexiconMatch, ListInput } from '../text/lexicon';
import type { Finding, Post, RuleId, Severity } from '../types';

/** A finding as a rule reports it; the engine adds the rule id and the configured severity. */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'> & {
  /** Only to escalate beyond the configured severity (e.g. analyst talk in a quiet period). */
  severity?: Exclude<Severity, 'off'>;
};

export interface RuleContext<O> {
  post: Post;
  /** The text being checked: the author's text, or the quoted post's when `inQuoted`. */
  text: AnalyzedText;
  inQuoted: boolean;
  options: O;
  severity: Exclude<Severity, 'off'>;
  policy: ResolvedPolicy;
  company: CompanyView;
  now: Date;
  /** Matches of this rule's own lists (see `lists`), from the engine's single pass. */
  matches(list: string): LexiconMatch[];
}

export interface RuleMeta {
  title: string;
  /** One sentence for the options page and docs. */
  description: string;
  /** Whether the rule also reads the post being quoted or reposted. */
  checksQuoted: boolean;
}

export interface Rule<O extends object = object> {
  id: RuleId;
  meta: RuleMeta;
  defaults: { severity: Severity } & O;
  /** valibot schemas for the rule's own options (not severity), used for policy validation. */
  options: { [K in keyof O]: v.GenericSchema<unknown, O[K]> };
  /** Word lists to compile into the engine's shared lexicon, built from options and policy. */
  lists?(options: O, policy: ResolvedPolicy): ListInput[];
  check(ctx: RuleContext<O>): RuleFinding[];
}

/** Keeps each rule file's option type while letting the registry hold them together. */
export function defineRule<O extends object>(rule: Rule<O>): Rule<O> {
  return rule;
}

// biome-ignore lint/suspicious/noExplicitAny: the registry holds rules of differing option types.
export type AnyRule = Rule<any>;
