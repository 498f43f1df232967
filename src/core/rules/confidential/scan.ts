/**
 * One pass over a post's tokens for the confidential rule: the findings so far and the helpers
 * its checks share (sentence bounds, capitalised names, money, the company as subject).
 */
import forwardFile from '../../data/confidential/forward.json';
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import { TokenPhrases } from '../../token-phrases';
import type { RuleContext, RuleFinding } from '../types';

export interface Options {
  /** Internal project codenames: never to be posted. */
  codenames: string[];
  /** Other words or phrases the organisation treats as confidential. */
  terms: string[];
}

type Ctx = RuleContext<Options>;

export const COMPANY_REF = new Set(['our', 'we', "we're", "we'll", "we've", 'us']);
/** "we are", "Acme is": the verb between the company and its move. */
export const BE = new Set([
  'is',
  'are',
  "'s",
  'was',
  'will',
  'be',
  'now',
  'quietly',
  'reportedly',
  'officially',
  'finally',
]);
// Common words ("will", "next", "top") consulted only next to a figure or a deal word.
const FORWARD = TokenPhrases.of(forwardFile);
/** Words that say figures were published, so quoting them leaks nothing. */
export const PUBLISHED = new Set([
  'announced',
  'reported',
  'published',
  'released',
  'filed',
  'filing',
  'report',
  'ir',
  '10k',
  '10q',
]);
/** Before "announced", "released": still to come ("is being announced next week", "to be released"). */
const NOT_YET = new Set(['be', 'being', 'get', 'gets', 'getting']);
const RELEASE_VERBS = new Set(['announced', 'reported', 'published', 'released', 'filed']);
/** Before a release verb: the release is still to come ("results are released on the 28th"). */
const FUTURE_BEFORE = new Set(['is', 'are', 'will', 'to']);
/** The post reads as the official announcement: "excited to announce we're acquiring Globex". */
export const ANNOUNCING = new Set(['announce', 'announcing', 'officially', 'completed', 'welcome', 'welcoming']);
/** Money: "$4M", "€2m", "4 million". */
const MONEY_UNIT = new Set(['million', 'billion', 'k', 'm', 'mm', 'bn', 'b']);

export class Scan {
  readonly findings: RuleFinding[] = [];
  readonly tokens: Token[];
  private covered: Uint8Array | null = null;
  private companyNames: Set<string> | undefined;
  private publishedCache: boolean | undefined;
  private announcingCache: boolean | undefined;
  private releasedCache: boolean | undefined;

  constructor(readonly ctx: Ctx) {
    this.tokens = ctx.text.tokens;
  }

  /** The post says its figures are out ("we announced our Q3 results today"). */
  get published(): boolean {
    // Anchored on the list's matches: most posts hold none of these words.
    this.publishedCache ??= this.ctx.matches('published').some((m) => {
      const t = this.tok(m.firstToken);
      const before = this.tok(m.firstToken - 1);
      return (PUBLISHED.has(t) && !NOT_YET.has(before)) || (t === 'out' && /^(?:are|is|now)$/.test(before));
    });
    return this.publishedCache;
  }

  /**
   * The post says results or news were released ("as announced today", "results are out"): the
   * verbs of `published` only, since "the report drops Thursday" names a report still to come.
   */
  get releasedAlready(): boolean {
    this.releasedCache ??= this.ctx.matches('published').some((m) => {
      const t = this.tok(m.firstToken);
      const before = this.tok(m.firstToken - 1);
      if (t === 'out') return /^(?:are|is|now)$/.test(before);
      // "are released on the 28th", "will be announced": still to come.
      return RELEASE_VERBS.has(t) && !NOT_YET.has(before) && !FUTURE_BEFORE.has(before);
    });
    return this.releasedCache;
  }

  /**
   * Calls `visit` once for each token index in [lo, hi) that lies from `before` tokens before to
   * `after` tokens after the start of a match of `list`, in ascending order. A check that scans
   * every token for a cue word runs only where the lexicon already found one.
   */
  near(list: string, before: number, after: number, lo: number, hi: number, visit: (i: number) => void): void {
    let next = lo;
    for (const m of this.ctx.matches(list)) {
      const to = Math.min(hi - 1, m.firstToken + after);
      for (let i = Math.max(next, m.firstToken - before); i <= to; i++) visit(i);
      if (to + 1 > next) next = to + 1;
    }
  }

  phraseInSentence(phrases: TokenPhrases, first: number, last: number, radius: number): boolean {
    for (let k = first - 1; k >= first - radius && k >= 0 && this.continues(k + 1); k--)
      if (phrases.has(this.tokens, k)) return true;
    for (let k = last + 1; k <= last + radius && this.continues(k); k++) if (phrases.has(this.tokens, k)) return true;
    return false;
  }

  tok(i: number): string {
    return this.tokens[i]?.text ?? '';
  }

  continues(i: number): boolean {
    const t = this.tokens[i];
    if (t === undefined) return false;
    if (!t.breakBefore) return true;
    // A decimal point is no sentence break: "$41.2M, up 9%".
    const prev = this.tokens[i - 1];
    const norm = this.ctx.text.normalized.norm;
    return (
      prev !== undefined &&
      prev.end + 1 === t.start &&
      norm[prev.end] === '.' &&
      isDigit(norm, prev.end - 1) &&
      isDigit(norm, t.start)
    );
  }

  /** The post reads as the official announcement ("excited to announce…", "welcome to the team"). */
  get announcing(): boolean {
    this.announcingCache ??= this.ctx.matches('announcing').some((m) => ANNOUNCING.has(this.tok(m.firstToken)));
    return this.announcingCache;
  }

  /** Token k is followed, in the same sentence, by a lowercase word that is not a preposition ("Salesforce licenses"). */
  continuesLowercase(k: number): boolean {
    if (!this.continues(k + 1)) return false;
    const next = this.tok(k + 1);
    if (/^(?:for|in|at|and|to|from|this|next|by|after|before|on|is|was|will|soon|today|tomorrow)$/.test(next))
      return false;
    const [s] = this.range(k + 1, k + 1);
    const c = this.ctx.text.original[s] ?? '';
    return c === c.toLowerCase();
  }

  /** An amount of money in the sentence: "$4M", "€2m", "4 million". */
  moneyInSentence(first: number, last: number): boolean {
    const money = (k: number) => {
      const t = this.tokens[k];
      if (!t || !/^\d/.test(t.text)) return false;
      const before = this.ctx.text.normalized.norm[t.start - 1] ?? '';
      return (
        t.sigil === '$' ||
        before === '€' ||
        before === '£' ||
        MONEY_UNIT.has(this.tok(k + 1)) ||
        /^\d+(?:m|k|mm|bn)$/.test(t.text)
      );
    };
    for (let k = first; k >= 0 && k >= first - 10; k--) {
      if (money(k)) return true;
      if (!this.continues(k)) break;
    }
    for (let k = first + 1; k <= last + 10 && this.continues(k); k++) if (money(k)) return true;
    return false;
  }

  range(first: number, last: number): [number, number] {
    return this.ctx.text.toOriginal((this.tokens[first] as Token).start, (this.tokens[last] as Token).end);
  }

  written(m: LexiconMatch): string {
    return this.ctx.text.original.slice(m.start, m.end);
  }

  isCompanyRef(i: number): boolean {
    const t = this.tok(i);
    return COMPANY_REF.has(t) || this.names().has(t);
  }

  /** The company's names as words, with their possessives ("acme", "acme's"), built once per check. */
  names(): Set<string> {
    this.companyNames ??= new Set(
      this.ctx.policy.company.names.flatMap((n) => [n.toLowerCase(), `${n.toLowerCase()}'s`]),
    );
    return this.companyNames;
  }

  /** A forward-looking word in the same sentence, from 4 words before to 7 after. */
  forwardNear(first: number, last: number): boolean {
    for (let k = first - 1; k >= first - 4 && k >= 0 && this.continues(k + 1); k--)
      if (FORWARD.has(this.tokens, k)) return true;
    for (let k = first; k <= last + 7 && k < this.tokens.length; k++) {
      if (k > first && !this.continues(k)) break;
      if (FORWARD.has(this.tokens, k)) return true;
    }
    return false;
  }

  isCapitalizedWord(k: number): boolean {
    const [s] = this.range(k, k);
    const c = this.ctx.text.original[s] ?? '';
    return c !== c.toLowerCase();
  }

  /** Index of the first capitalised word within `span` words after `last`, same sentence. */
  capitalizedAfter(last: number, span: number): number | undefined {
    const { original } = this.ctx.text;
    for (let k = last + 1; k <= last + span && this.continues(k); k++) {
      const [s] = this.range(k, k);
      const c = original[s] ?? '';
      if (c !== c.toLowerCase()) return k;
    }
    return undefined;
  }

  add(message: string, m: LexiconMatch): void {
    this.addRange(message, m.start, m.end);
  }

  /** Adds a finding unless it overlaps one already made (earlier checks are more specific). */
  addRange(message: string, start: number, end: number): void {
    if (end <= start) return;
    if (!this.covered) this.covered = new Uint8Array(this.ctx.text.original.length);
    for (let k = start; k < end; k++) if (this.covered[k]) return;
    this.covered.fill(1, start, end);
    this.findings.push({ message, start, end });
  }
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}
