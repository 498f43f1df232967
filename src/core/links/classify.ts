/**
 * Offline judgement of one link: does it hide or disguise where it leads? Pure and reusable:
 * the rule calls it on links in a post, and the background link service can call it again on
 * the destination a shortener resolves to.
 */
import { parse } from 'tldts';
import { hostWithin, type LinkParts, linkParts } from './host';
import { buildLookalikeIndex, findLookalike, type LookalikeHow, type LookalikeIndex, protectDomain } from './lookalike';
import { displayHost, scriptsOf } from './skeleton';

export type LinkProblem =
  /** "https://paypal.com@evil.io": everything before "@" is decoration; the browser goes to evil.io. */
  | { kind: 'userinfo'; realHost: string }
  /** "http://203.0.113.7/login": no name tells the reader who runs it. */
  | { kind: 'ip'; host: string }
  /** Reads like a protected domain but is another site. */
  | { kind: 'lookalike'; imitates: string; how: LookalikeHow; readsAs: string }
  /** Letters from several look-alike scripts in one name ("gооgle-docs" with Cyrillic о). */
  | { kind: 'mixed-script'; readsAs: string }
  /** "xn--…" written out: the reader cannot read the name. */
  | { kind: 'punycode'; readsAs: string }
  /** A general-purpose shortener or redirector: the destination is hidden. */
  | { kind: 'shortener'; service: string }
  /** Plain http://: not encrypted, and can be altered on the way. */
  | { kind: 'http' };

export interface LinkTrustInput {
  /** Domains whose links are never flagged (the company's own, and any the policy trusts). */
  trusted: readonly string[];
  /** Domains whose look-alikes are flagged (the company's own plus widely impersonated brands). */
  protectedDomains: readonly string[];
  /** Hosts of URL shorteners. */
  shorteners: readonly string[];
  /** Words that phishing domains attach to a brand with a hyphen ("login", "secure"). */
  baitWords: readonly string[];
  /** Real sites one typo from a protected name, never flagged as look-alikes. */
  legitimate: readonly string[];
}

export interface LinkTrust {
  trusted: readonly string[];
  shorteners: readonly string[];
  lookalikes: LookalikeIndex;
  /** Judgements by link text: a draft is re-checked on every pause in typing, links and all. */
  cache: Map<string, readonly LinkProblem[]>;
}

/** Bounded so a post full of distinct links cannot grow it without limit. */
const CACHE_LIMIT = 1000;

const cleanDomain = (d: string) =>
  d
    .trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\.)?/, '')
    .replace(/[/:].*$/, '')
    .replace(/^\.+|\.+$/g, '');

function suffixLabels(domain: string): number {
  const suffix = parse(domain, { allowPrivateDomains: true }).publicSuffix;
  return suffix ? suffix.split('.').length : 1;
}

/** Precomputes skeletons and sets; build once per policy, then classify many links. */
export function compileLinkTrust(input: LinkTrustInput): LinkTrust {
  const protectedDomains = [...new Set(input.protectedDomains.map(cleanDomain).filter(Boolean))];
  return {
    trusted: [...new Set(input.trusted.map(cleanDomain).filter(Boolean))],
    shorteners: [...new Set(input.shorteners.map(cleanDomain).filter(Boolean))],
    lookalikes: buildLookalikeIndex(
      protectedDomains.map((d) => protectDomain(d, suffixLabels(d))),
      input.baitWords.map((w) => w.toLowerCase()),
      input.legitimate.map(cleanDomain),
    ),
    cache: new Map(),
  };
}

const CONFUSABLE_SCRIPTS = new Set(['latin', 'cyrillic', 'greek', 'armenian']);

/**
 * A label mixing Latin, Cyrillic, Greek or Armenian letters. A name wholly in one script is left
 * alone (сбер.рф is Sberbank's real name) unless it imitates a protected domain.
 */
function deceptiveScript(labels: readonly string[]): boolean {
  for (const label of labels) {
    const scripts = [...scriptsOf(label)].filter((s) => CONFUSABLE_SCRIPTS.has(s));
    if (scripts.length > 1) return true;
  }
  return false;
}

function disguise(parts: LinkParts, trust: LinkTrust): LinkProblem | null {
  if (parts.domain === null) return null;
  const ascii = parts.host.split('.');
  const readsAs = displayHost(parts.writtenLabels.join('.'));
  const lookalike = findLookalike(parts.writtenLabels, ascii, parts.suffixLabels, trust.lookalikes);
  if (lookalike) return { kind: 'lookalike', ...lookalike, readsAs };
  const decoded = parts.writtenLabels.map((l) => displayHost(l));
  if (deceptiveScript(decoded)) return { kind: 'mixed-script', readsAs };
  if (parts.writtenLabels.some((l) => /^xn--/i.test(l))) return { kind: 'punycode', readsAs };
  return null;
}

/** Every problem of a link, most serious first; [] for a link that shows where it leads. */
export function classifyLink(link: string, trust: LinkTrust): readonly LinkProblem[] {
  const known = trust.cache.get(link);
  if (known) return known;
  const problems = judge(link, trust);
  if (trust.cache.size >= CACHE_LIMIT) trust.cache.clear();
  trust.cache.set(link, problems);
  return problems;
}

function judge(link: string, trust: LinkTrust): LinkProblem[] {
  const parts = linkParts(link);
  if (!parts || parts.isLocal) return [];
  if (!parts.isIp && trust.trusted.some((d) => hostWithin(parts.host, d))) return [];
  const problems: LinkProblem[] = [];
  if (parts.userinfo) problems.push({ kind: 'userinfo', realHost: displayHost(parts.host) });
  if (parts.isIp) problems.push({ kind: 'ip', host: parts.host });
  else {
    const disguised = disguise(parts, trust);
    if (disguised) problems.push(disguised);
    const service = trust.shorteners.find((s) => hostWithin(parts.host, s));
    const hasPath = parts.url.pathname.length > 1 || parts.url.search.length > 1;
    if (service && hasPath) problems.push({ kind: 'shortener', service });
  }
  if (parts.typedScheme === 'http') problems.push({ kind: 'http' });
  return problems;
}
