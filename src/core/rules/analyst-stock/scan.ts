/**
 * One check's worth of state shared by the detectors: where their anchor words are, token marks,
 * context prefix sums, the token tests they all ask ("is this "stock" equity?"), and the findings
 * so far. The indexes are built on first use, from the lexicon's matches where possible: an
 * ordinary post asks for few of them, and a pass over every token is what made this rule slow.
 */

import type { QuietPeriod } from '../../policy/types';
import { activeQuietPeriod, formatDay, periodName } from '../../quiet-periods';
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import type { RuleContext, RuleFinding } from '../types';
import { CUE_LIST, CUES_OF, type Cue } from './cue-lists';
import { ascending, lexiconHasTickers, NONE, prefixSums, tickerSet, union } from './indices';
import {
  CONTEXT_RADIUS,
  CRYPTO,
  HOLDING_NOUNS,
  MOVEMENT,
  NOT_CASHTAGS,
  NOT_EQUITY_BEFORE,
  NOT_RESULTS,
  QUIET_WHY,
  SHARES_NOUN_BEFORE,
  SHARES_NOUN_NEXT,
  SHARES_VERB_NEXT,
  TIGHT_RADIUS,
  TRADING_VERBS,
} from './words';

export interface Options {
  /** Extra investing/analyst sites ("example-stocks.com" or "example.com/quotes"). */
  domains: string[];
}

type Ctx = RuleContext<Options>;

export class StockScan {
  readonly findings: RuleFinding[] = [];
  readonly quiet: QuietPeriod | undefined;
  readonly tokens: Token[];
  readonly tickers: ReadonlySet<string>;
  /** The post names a coin (the rule's "crypto" list). */
  private readonly coins: boolean;
  private covered: Uint8Array | null = null;

  constructor(readonly ctx: Ctx) {
    this.tokens = ctx.text.tokens;
    const periods = ctx.policy.quietPeriods;
    this.quiet = periods.length === 0 ? undefined : activeQuietPeriod(periods, ctx.now);
    this.tickers = tickerSet(ctx.policy.company.tickers);
    this.coins = ctx.matches('crypto').length > 0;
  }

  // ——— per-check indexes, built on first use ———

  private companyMarks: Uint8Array | undefined;
  private tight: readonly number[] | undefined;
  private contextPrefix: Int32Array | undefined;
  private tightPrefix: Int32Array | undefined;
  private dollars: readonly number[] | undefined;

  /** Token is company name or ticker (from the rule's own "company" list). */
  get companyTok(): Uint8Array {
    this.companyMarks ??= this.mark(this.matches('company'));
    return this.companyMarks;
  }

  /** Prefix sums of "this token is stock context", for O(1) window queries. */
  get contextSum(): Int32Array {
    if (!this.contextPrefix) {
      const context = this.mark(this.matches('context'));
      this.markInto(context, this.matches('phrases'));
      for (const i of this.tightTokens()) context[i] = 1;
      this.contextPrefix = prefixSums(context);
    }
    return this.contextPrefix;
  }

  get tightSum(): Int32Array {
    if (!this.tightPrefix) {
      const tight = new Uint8Array(this.tokens.length);
      for (const i of this.tightTokens()) tight[i] = 1;
      this.tightPrefix = prefixSums(tight);
    }
    return this.tightPrefix;
  }

  private readonly byList = new Map<string, readonly LexiconMatch[]>();
  private byCue: Map<Cue, number[]> | undefined;

  /** The rule's list matches, asked for once per list: detectors ask for the same lists again and again. */
  matches(list: string): readonly LexiconMatch[] {
    let found = this.byList.get(list);
    if (!found) {
      found = this.ctx.matches(list);
      this.byList.set(list, found);
    }
    return found;
  }

  /** Where a cue's words occur, ascending (the lexicon reports matches in token order). */
  cue(cue: Cue): readonly number[] {
    if (!this.byCue) {
      this.byCue = new Map();
      for (const m of this.ctx.matches(CUE_LIST)) {
        if (m.via !== 'word') continue;
        for (const c of CUES_OF.get(m.entry.term) ?? NO_CUES) {
          const at = this.byCue.get(c);
          if (at) at.push(m.firstToken);
          else this.byCue.set(c, [m.firstToken]);
        }
      }
    }
    return this.byCue.get(cue) ?? NONE;
  }

  /** Tokens written with "$" ("$ACME", "$240"): looked for only when the text has a "$" at all. */
  dollarTokens(): readonly number[] {
    if (!this.dollars) {
      this.dollars = NONE;
      if (this.ctx.text.normalized.norm.includes('$')) {
        const out: number[] = [];
        for (let i = 0; i < this.tokens.length; i++) if (this.tokens[i]?.sigil === '$') out.push(i);
        this.dollars = out;
      }
    }
    return this.dollars;
  }

  /** Tokens that are the company's ticker as written ("ACME", "acme", "$acme"), before the capitals test. */
  tickerCandidates(): readonly number[] {
    if (this.tickers.size === 0) return NONE;
    const out: number[] = [];
    if (lexiconHasTickers(this.tickers)) {
      // Each ticker is a one-word term of the "company" list, so the lexicon already found every one.
      for (const m of this.matches('company'))
        if (m.via === 'word' && m.firstToken === m.lastToken && this.tickers.has(this.tok(m.firstToken)))
          out.push(m.firstToken);
      return ascending(out);
    }
    for (let i = 0; i < this.tokens.length; i++) if (this.tickers.has(this.tok(i))) out.push(i);
    return out;
  }

  /**
   * Tokens that are a stock beyond doubt, ascending: a cashtag, the ticker, equity "stock" and
   * "shares", a well-known ticker in capitals, a holding in the company or a listed one.
   */
  tightTokens(): readonly number[] {
    if (this.tight) return this.tight;
    const { ctx } = this;
    const n = this.tokens.length;
    const out: number[] = [];
    // "loading up on NVDA": a well-known ticker in capitals is a stock, like a cashtag.
    for (const m of this.matches('known-tickers')) {
      const written = ctx.text.original.slice(m.start, m.end);
      if (m.via === 'word' && written === written.toUpperCase()) out.push(m.firstToken);
    }
    for (const i of union(this.dollarTokens(), this.tickerCandidates(), this.cue('stock')))
      if (this.isCashtagToken(i) || this.isTickerToken(i) || this.isEquity(i) || this.isSharesNoun(i)) out.push(i);
    // "my Acme position", "our Acme stake": a holding in the company's stock.
    // And "my Nvidia position", "trimmed my Tesla stake": a listed company's, written with its capital.
    if (this.cue('holding').length > 0) {
      const holdingAfter = (m: LexiconMatch) => {
        const h = m.lastToken + 1;
        if (h < n && HOLDING_NOUNS.has(this.tok(h)) && this.continues(h)) out.push(h);
      };
      for (const m of this.matches('company')) holdingAfter(m);
      for (const m of this.matches('listed-companies')) if (this.isCapitalized(m.firstToken)) holdingAfter(m);
    }
    this.tight = out.length === 0 ? NONE : ascending(out);
    return this.tight;
  }

  /** A post about coins, with no stock near: "bought the dip on bitcoin" is the custom rule's crypto topic. */
  aboutCrypto(first: number, last: number): boolean {
    return this.coins && !this.near(this.tightSum, first, last, CONTEXT_RADIUS);
  }

  // ——— token helpers ———

  private listedMarks: Uint8Array | undefined;

  /** A widely held listed company's name ("Microsoft", "Nvidia"), marked once per check. */
  listedTok(i: number): boolean {
    this.listedMarks ??= this.mark(this.matches('listed-companies'));
    return this.listedMarks[i] === 1;
  }

  /** A listed company's name within a few words, same sentence: "Microsoft is undervalued". */
  listedNear(first: number, last: number): boolean {
    for (let k = first - 1; k >= first - TIGHT_RADIUS && k >= 0 && this.continues(k + 1); k--)
      if (this.listedTok(k)) return true;
    for (let k = last + 1; k <= last + TIGHT_RADIUS && this.continues(k); k++) if (this.listedTok(k)) return true;
    return false;
  }

  tok(i: number): string {
    return this.tokens[i]?.text ?? '';
  }

  /** Token i exists and belongs to the same sentence as token i-1. */
  continues(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && !t.breakBefore;
  }

  range(first: number, last: number): [number, number] {
    const a = this.tokens[first] as Token;
    const b = this.tokens[last] as Token;
    // Include a "$" or "#" written before the first word.
    return this.ctx.text.toOriginal(a.start - (a.sigil === '$' ? 1 : 0), b.end);
  }

  quote(first: number, last: number): string {
    const [s, e] = this.range(first, last);
    return this.ctx.text.original.slice(s, e);
  }

  written(m: LexiconMatch): string {
    return this.ctx.text.original.slice(m.start, m.end);
  }

  isCapitalized(i: number): boolean {
    if (!this.tokens[i]) return false;
    const w = this.quote(i, i);
    return w !== w.toLowerCase();
  }

  isCashtagToken(i: number): boolean {
    const t = this.tokens[i];
    return (
      t !== undefined && t.sigil === '$' && /^[a-z]/.test(t.text) && !NOT_CASHTAGS.has(t.text) && !CRYPTO.has(t.text)
    );
  }

  /** The company's ticker, as a cashtag or written in capitals ("ACME", not "acme"). */
  isTickerToken(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !this.tickers.has(t.text)) return false;
    if (t.sigil === '$') return true;
    const w = this.quote(i, i);
    return w === w.toUpperCase();
  }

  /** "stock" meaning equity: not "in stock", "stock photos", "stock options", "stock up on". */
  isEquity(i: number): boolean {
    if (this.tok(i) !== 'stock') return false;
    if (NOT_EQUITY_BEFORE.has(this.tok(i - 1)) && this.continues(i)) return false;
    const next = this.tok(i + 1);
    if (this.continues(i + 1) && (NOT_RESULTS.has(next) || (next === 'up' && this.tok(i + 2) === 'on'))) return false;
    return true;
  }

  /** "shares" meaning equity: "shares of", "Acme shares jumped", "bought more shares". */
  isSharesNoun(i: number): boolean {
    if (this.tok(i) !== 'shares') return false;
    const hasNext = this.continues(i + 1);
    const next = hasNext ? this.tok(i + 1) : '';
    if (SHARES_VERB_NEXT.has(next)) return false;
    if (SHARES_NOUN_NEXT.has(next) || (hasNext && MOVEMENT.has(this.tokens, i + 1))) return true;
    // "shares +11% today", "shares 5% higher": a move quoted right after.
    if (hasNext && this.signedPercent(i + 1)) return true;
    const pct = hasNext ? this.percentEnd(i + 1) : -1;
    if (pct > 0 && this.continues(pct + 1) && MOVEMENT.has(this.tokens, pct + 1)) return true;
    const prevIdx = i - 1;
    if (!this.continues(i) || prevIdx < 0) return false;
    const prev = this.tok(prevIdx);
    // "more Acme shares", "buy Acme shares": a quantity or a trade before the company's name.
    const beforeName = this.tok(prevIdx - 1);
    if (
      this.companyTok[prevIdx] &&
      this.continues(prevIdx) &&
      (SHARES_NOUN_BEFORE.has(beforeName) || TRADING_VERBS.has(this.tokens, prevIdx - 1))
    )
      return true;
    return (
      SHARES_NOUN_BEFORE.has(prev) ||
      /^\d/.test(prev) ||
      this.isCashtagToken(prevIdx) ||
      this.isTickerToken(prevIdx) ||
      (this.companyTok[prevIdx] === 1 && !hasNext)
    );
  }

  /** The company's name or ticker within a few words, in the same sentence. */
  companyNear(first: number, last: number): boolean {
    for (let k = first - 1; k >= first - TIGHT_RADIUS && k >= 0 && this.continues(k + 1); k--)
      if (this.companyTok[k]) return true;
    for (let k = last + 1; k <= last + TIGHT_RADIUS && this.continues(k); k++) if (this.companyTok[k]) return true;
    return false;
  }

  /** "$240", "$1.12": a number written with "$". */
  isDollarFigure(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.sigil === '$' && /^\d/.test(t.text);
  }

  /** The last token of a figure starting at token i: "$1.12" is split at the point. */
  figureEnd(i: number): number {
    const t = this.tokens[i];
    const next = this.tokens[i + 1];
    const point = t !== undefined && this.ctx.text.normalized.norm[t.end] === '.';
    return point && next !== undefined && next.start === (t?.end ?? 0) + 1 && /^\d+$/.test(next.text) ? i + 1 : i;
  }

  /** A price per item after the figure at token k: "$999 for a phone", "$49/month", "$5 each". */
  perUnit(k: number): boolean {
    const last = this.figureEnd(k);
    const t = this.tokens[last];
    if (t && this.ctx.text.normalized.norm[t.end] === '/') return true;
    const next = this.tok(last + 1);
    if (!this.continues(last + 1)) return false;
    if (/^(?:per|a|an|each|off)$/.test(next)) return true;
    return next === 'for' && /^(?:a|an|each|every|one|the)$/.test(this.tok(last + 2)) && this.tok(last + 3) !== 'first';
  }

  /** "$10B" within four words, same sentence. */
  dollarInSentence(first: number, last: number): boolean {
    for (let k = first - 1; k >= first - 4 && k >= 0 && this.continues(k + 1); k--)
      if (this.isDollarFigure(k)) return true;
    for (let k = last + 1; k <= last + 4 && this.continues(k); k++) if (this.isDollarFigure(k)) return true;
    return false;
  }

  /** A number followed by "%". */
  isPercent(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !/^\d/.test(t.text)) return false;
    const norm = this.ctx.text.normalized.norm;
    if (norm[t.end] === '%') return true;
    // "3.2%": the tokenizer splits a decimal at the point.
    const next = this.tokens[i + 1];
    return (
      norm[t.end] === '.' &&
      next !== undefined &&
      next.start === t.end + 1 &&
      /^\d+$/.test(next.text) &&
      norm[next.end] === '%'
    );
  }

  /** The last token of a percentage starting at token i ("9%" → i, "3.2%" → i + 1), or -1. */
  percentEnd(i: number): number {
    if (!this.isPercent(i)) return -1;
    return this.ctx.text.normalized.norm[this.tokens[i]?.end ?? 0] === '%' ? i : i + 1;
  }

  /** "+11%", "-6%": a signed percentage, as price moves are quoted. */
  signedPercent(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !this.isPercent(i)) return false;
    const sign = this.ctx.text.normalized.norm[t.start - 1];
    return sign === '+' || sign === '-' || sign === '−';
  }

  tightTok(i: number): boolean {
    return this.tightTokens().includes(i);
  }

  near(sum: Int32Array, first: number, last: number, radius: number): boolean {
    const lo = Math.max(0, first - radius);
    const hi = Math.min(this.tokens.length - 1, last + radius);
    const total = (sum[hi + 1] as number) - (sum[lo] as number);
    const self = (sum[last + 1] as number) - (sum[first] as number);
    return total - self > 0;
  }

  private mark(matches: readonly LexiconMatch[]): Uint8Array {
    const marks = new Uint8Array(this.tokens.length);
    this.markInto(marks, matches);
    return marks;
  }

  private markInto(marks: Uint8Array, matches: readonly LexiconMatch[]): void {
    for (const m of matches) {
      if (m.via !== 'word') continue;
      for (let k = m.firstToken; k <= m.lastToken; k++) marks[k] = 1;
    }
  }

  // ——— findings ———

  addTokens(problem: string, first: number, last: number, why: string): void {
    const [s, e] = this.range(first, last);
    this.add(problem, s, e, why);
  }

  /** Adds a finding unless it overlaps one already made (earlier detectors are more specific). */
  add(problem: string, start: number, end: number, why: string): void {
    if (end <= start) return;
    if (!this.covered) this.covered = new Uint8Array(this.ctx.text.original.length);
    for (let k = start; k < end; k++) if (this.covered[k]) return;
    this.covered.fill(1, start, end);
    const quiet = this.quiet;
    if (quiet) {
      const until = formatDay(quiet.end, this.ctx.now);
      const message = `${problem.replace(/[,—\s]+$/, '')} during ${periodName(quiet)} — ${QUIET_WHY}; remove it or wait until the quiet period ends on ${until}.`;
      this.findings.push({ message, start, end, severity: 'block' });
    } else {
      this.findings.push({ message: `${problem.replace(/[,—\s]+$/, '')} — ${why}; remove it.`, start, end });
    }
  }
}

const NO_CUES: readonly Cue[] = [];
