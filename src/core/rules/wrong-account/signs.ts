/**
 * Signs of a personal post that come from other rules' checks (profanity, politics) or from the
 * shape of the text (quotation marks, "my" before a noun), for `wrong-account`.
 */
import type { ResolvedPolicy } from '../../policy/types';
import type { AnalyzedText, Token } from '../../text/analyze';
import { compileLexicon, type Lexicon, type LexiconMatch, matchLexicon } from '../../text/lexicon';
import politicsRule from '../politics';
import profanityRule, { detectProfanity, type ProfanityOptions, profanityLists } from '../profanity';
import type { RuleContext } from '../types';

export interface Sign {
  start: number;
  end: number;
  /** What the sign is, for the message ("profanity", "drinking"). */
  kind: string;
}

function byList(matches: readonly LexiconMatch[]): (list: string) => LexiconMatch[] {
  const lists = new Map<string, LexiconMatch[]>();
  for (const m of matches) {
    const list = lists.get(m.list);
    if (list) list.push(m);
    else lists.set(m.list, [m]);
  }
  return (list) => lists.get(list) ?? [];
}

/** Profanity lexicons per policy: the profanity lists compiled on their own (see `profanitySigns`). */
const profanityLexicons = new WeakMap<ResolvedPolicy, { lexicon: Lexicon; options: ProfanityOptions }>();

/**
 * Profanity through the profanity rule's own lists and detector. Compiled privately, not into the
 * shared lexicon: the lexicon gives a masked word ("f***ing") to one list only, which would be the
 * profanity rule's. Runs only for posts from a company account.
 */
export function profanitySigns(policy: ResolvedPolicy, text: AnalyzedText): Sign[] {
  let compiled = profanityLexicons.get(policy);
  if (!compiled) {
    const settings = (policy.rules.profanity ?? {}) as Partial<ProfanityOptions>;
    const options: ProfanityOptions = {
      terms: settings.terms ?? profanityRule.defaults.terms,
      allow: settings.allow ?? profanityRule.defaults.allow,
    };
    compiled = { lexicon: compileLexicon(profanityLists(options)), options };
    profanityLexicons.set(policy, compiled);
  }
  return detectProfanity(text, byList(matchLexicon(compiled.lexicon, text)), compiled.options).map((p) => ({
    start: p.start,
    end: p.end,
    kind: 'profanity',
  }));
}

type PoliticsOptions = typeof politicsRule.defaults;
/** Politics lexicons per policy, compiled privately like the profanity ones (see `profanitySigns`). */
const politicsLexicons = new WeakMap<ResolvedPolicy, { lexicon: Lexicon; options: PoliticsOptions }>();

/**
 * Political talk through the politics rule's own lists and check (KitchenAid 2012): from a company
 * account, a political remark in no one's voice but the author's is a personal opinion.
 */
export function politicalSigns(ctx: RuleContext<object>): Sign[] {
  const { policy, text } = ctx;
  let compiled = politicsLexicons.get(policy);
  if (!compiled) {
    const settings = (policy.rules.politics ?? {}) as Partial<PoliticsOptions>;
    const options: PoliticsOptions = { ...politicsRule.defaults, ...settings };
    compiled = { lexicon: compileLexicon(politicsRule.lists?.(options, policy) ?? []), options };
    politicsLexicons.set(policy, compiled);
  }
  const matches = byList(matchLexicon(compiled.lexicon, text));
  const signs: Sign[] = [];
  for (const f of politicsRule.check({ ...ctx, options: compiled.options, matches })) {
    if (f.start !== undefined && f.end !== undefined) signs.push({ start: f.start, end: f.end, kind: 'commentary' });
  }
  return signs;
}

/** Spans between quotation marks (straight or curly): someone else's words. */
export function quotedSpans(original: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < original.length; i++) {
    const c = original[i];
    const opens = c === '“' || (c === '"' && open < 0);
    const closes = c === '”' || (c === '"' && open >= 0);
    if (opens && open < 0) open = i;
    else if (closes && open >= 0) {
      spans.push([open, i + 1]);
      open = -1;
    }
  }
  return spans;
}

/** Binary search over sorted, disjoint spans. */
export function insideSpans(spans: readonly [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = spans[mid] as [number, number];
    if (offset < a) hi = mid;
    else if (offset >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Whether a span overlaps any of `spans` (which may overlap each other): binary search over the
 * spans sorted by start, with the furthest end reached so far, so a long post stays linear-ish.
 */
export function overlapsAny(spans: readonly Sign[]): (s: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -1, s.end));
  return ({ start, end }) => {
    // The last span starting before `end`; any overlap shows in the furthest end up to it.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Sign).start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] as number) > start;
  };
}

/** Words that may sit between "my" and a personal noun ("my lovely wife", "my two kids") are not these. */
const NOT_DESCRIBING = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'on',
  'in',
  'at',
  'to',
  'for',
  'with',
  'from',
  'about',
  'by',
  'is',
  'was',
  'are',
  'your',
  'our',
  'their',
  'his',
  'her',
]);
/** At most this many describing words between "my" and the noun. */
const DESCRIBING_WORDS = 2;

/** Token index of the "my" that owns the noun starting at `first`, or -1. */
export function ownerBefore(tokens: readonly Token[], first: number): number {
  for (let k = first - 1; k >= 0 && k >= first - 1 - DESCRIBING_WORDS; k--) {
    if ((tokens[k + 1] as Token).breakBefore) return -1;
    const word = (tokens[k] as Token).text;
    if (word === 'my') return k;
    if (NOT_DESCRIBING.has(word)) return -1;
  }
  return -1;
}
