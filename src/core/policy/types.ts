/** The policy JSON (DESIGN.md contract 2) as written, and as resolved with defaults. */
import type { RuleId, Severity } from '../types';

export interface QuietPeriod {
  /** ISO dates, inclusive. */
  start: string;
  end: string;
  label?: string;
}

export interface CompanyPolicy {
  names: string[];
  tickers: string[];
  domains: string[];
  products: string[];
  accounts: string[];
}

/** Link checks in the background (docs/links.md). */
export interface LinkSettings {
  /** Follow short links to learn where they lead, once the browser permission is granted. */
  resolveShortLinks: boolean;
  /** Count a link opened anywhere in the browser as read (needs the optional "history" permission). */
  useBrowserHistory: boolean;
}

export type RuleSettings = { severity: Severity } & Record<string, unknown>;

/** Every field filled in: what the engine runs with. */
export interface ResolvedPolicy {
  company: CompanyPolicy;
  rules: Record<RuleId, RuleSettings>;
  quietPeriods: QuietPeriod[];
  policyUrl?: string;
  failClosed: boolean;
  allowPause: boolean;
  requireAcknowledgement: boolean;
  version?: string;
  links: LinkSettings;
}

/** A policy as written by a user, IT or a policy author: every field optional. */
export interface Policy {
  company?: Partial<CompanyPolicy>;
  rules?: Partial<Record<RuleId, Partial<RuleSettings>>>;
  quietPeriods?: QuietPeriod[];
  policyUrl?: string;
  failClosed?: boolean;
  allowPause?: boolean;
  requireAcknowledgement?: boolean;
  version?: string;
  links?: Partial<LinkSettings>;
}

export interface PolicyError {
  /** Dotted path of the offending field, e.g. "rules.politics.severity". */
  path: string;
  message: string;
}
