/**
 * The company as the policy describes it (names, tickers, domains, products, accounts), and
 * where a post mentions it. Shared by the rules that care who the post is about or from.
 */
import { getHostname } from 'tldts';
import { hostWithin } from './links/host';
import type { ResolvedPolicy } from './policy/types';
import type { AnalyzedText } from './text/analyze';
import type { LexiconMatch, ListInput } from './text/lexicon';

export type CompanyMentionKind = 'name' | 'product' | 'ticker' | 'domain' | 'account';

export interface CompanyMention {
  kind: CompanyMentionKind;
  start: number;
  end: number;
  /** As written in the post. */
  value: string;
}

export interface CompanyView {
  /** The name to use in messages ("Acme"), if the policy names the company. */
  name: string | undefined;
  /** Every place the text mentions the company, in order. */
  mentions: CompanyMention[];
  isCompanyAccount(handle: string | undefined): boolean;
  isCompanyHost(hostOrUrl: string): boolean;
}

export const COMPANY_LISTS = { names: 'company:names', products: 'company:products' } as const;

export function companyLists(policy: ResolvedPolicy): ListInput[] {
  return [
    { list: COMPANY_LISTS.names, entries: policy.company.names.map((term) => ({ term })) },
    { list: COMPANY_LISTS.products, entries: policy.company.products.map((term) => ({ term })) },
  ];
}

/** "@AcmeCorp", "AcmeCorp", "https://x.com/AcmeCorp" and "linkedin.com/company/acme" compare alike. */
export function accountKey(handle: string): string {
  let h = handle.trim().toLowerCase();
  h = h
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
  h = h.replace(/^(?:x|twitter)\.com\//, '');
  return h.replace(/^@/, '');
}

export function hostOf(hostOrUrl: string): string {
  return (getHostname(hostOrUrl) ?? hostOrUrl).toLowerCase().replace(/\.$/, '');
}

/** Like hostWithin, for a host or URL and a domain as a policy writes it ("Acme.com", ".acme.com"). */
export function isHostWithin(host: string, domain: string): boolean {
  return hostWithin(hostOf(host), domain.toLowerCase().replace(/^\.+/, ''));
}

export function buildCompanyView(
  policy: ResolvedPolicy,
  text: AnalyzedText,
  matches: (list: string) => LexiconMatch[],
): CompanyView {
  const { company } = policy;
  const accounts = new Set(company.accounts.map(accountKey));
  const tickers = new Set(company.tickers.map((t) => t.replace(/^\$/, '').toUpperCase()));
  const isCompanyHost = (hostOrUrl: string) => company.domains.some((d) => isHostWithin(hostOrUrl, d));

  const mentions: CompanyMention[] = [];
  const add = (kind: CompanyMentionKind, start: number, end: number) =>
    mentions.push({ kind, start, end, value: text.original.slice(start, end) });
  for (const m of matches(COMPANY_LISTS.names)) add('name', m.start, m.end);
  for (const m of matches(COMPANY_LISTS.products)) add('product', m.start, m.end);
  for (const e of text.entities) {
    if (e.type === 'cashtag' && tickers.has(e.value.slice(1).toUpperCase())) add('ticker', e.start, e.end);
    else if (e.type === 'url' && isCompanyHost(e.href)) add('domain', e.start, e.end);
    else if (e.type === 'mention' && accounts.has(accountKey(e.value))) add('account', e.start, e.end);
  }
  if (tickers.size > 0) {
    // A ticker written without "$" counts only in capitals ("ACME"), so "acme" in prose is a name.
    for (const t of text.tokens) {
      if (t.sigil !== '' || !tickers.has(t.text.toUpperCase())) continue;
      const [s, e] = text.toOriginal(t.start, t.end);
      const written = text.original.slice(s, e);
      if (written === written.toUpperCase()) add('ticker', s, e);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return {
    name: company.names[0],
    mentions,
    isCompanyAccount: (handle) => handle !== undefined && accounts.has(accountKey(handle)),
    isCompanyHost,
  };
}
