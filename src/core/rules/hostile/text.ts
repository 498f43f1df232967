/**
 * The post as the hostile rule sees it: tokens, which of them are insults, person words or the
 * company, and the findings so far. Checks in the sibling modules read it and report through it,
 * so one word is never reported twice.
 */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import { hasValueIn, lastAtOrBefore } from '../../text/sorted';
import type { RuleContext, RuleFinding } from '../types';
import { W } from './words';

/** How many words away an employer cue or the company's name still ties a complaint to them. */
const EMPLOYER_WINDOW = 12;

export class HostileText {
  readonly tokens: readonly Token[];
  readonly original: string;
  readonly targetAt = new Set<number>();
  readonly adjectiveAt = new Set<number>();
  readonly companyAt = new Set<number>();
  readonly insultAt = new Set<number>();
  /** Tokens of strongly negative words (AFINN-165), for the valence check and its walks. */
  readonly valenceAt = new Set<number>();
  /** Sweeping claims ("don't belong"), checked only after a group word. */
  readonly groupClaimAt = new Map<number, LexiconMatch>();
  /** Sorted token indices of company mentions and of employer cues, for window look-ups. */
  companyTokens = new Int32Array(0);
  readonly cueTokens: Int32Array;
  /** Sorted token indices of call-out phrases ("looking at you", "imagine being so"). */
  readonly aimCueTokens: Int32Array;
  readonly findings: RuleFinding[] = [];
  /** Token ranges already reported, so an adjective inside "clueless morons" is not reported twice. */
  readonly covered = new Set<number>();
  private readonly links: RuleContext<object>['text']['entities'];
  private readonly linkStarts: Int32Array;

  constructor(readonly ctx: RuleContext<object>) {
    this.tokens = ctx.text.tokens;
    this.original = ctx.text.original;
    for (const m of ctx.matches('targets')) this.targetAt.add(m.lastToken);
    for (const m of [...ctx.matches('adjectives'), ...ctx.matches('putDowns')]) {
      for (let t = m.firstToken; t <= m.lastToken; t++) this.adjectiveAt.add(t);
    }
    for (const m of ctx.matches('insults')) this.insultAt.add(m.firstToken);
    for (const m of ctx.matches('valence')) this.valenceAt.add(m.firstToken);
    for (const m of ctx.matches('groupClaims')) this.groupClaimAt.set(m.firstToken, m);
    this.cueTokens = Int32Array.from(ctx.matches('employerCues').flatMap((m) => [m.firstToken, m.lastToken])).sort();
    this.aimCueTokens = Int32Array.from(ctx.matches('aimCues').flatMap((m) => [m.firstToken, m.lastToken])).sort();
    this.links = ctx.text.entities.filter((e) => e.type === 'url' || e.type === 'email');
    this.linkStarts = Int32Array.from(this.links.map((l) => l.start));
    this.markCompanyTokens();
  }

  endOf(tokenIndex: number): number {
    const tok = this.tokens[tokenIndex] as Token;
    return this.ctx.text.toOriginal(tok.start, tok.end)[1];
  }

  startOf(tokenIndex: number): number {
    const tok = this.tokens[tokenIndex] as Token;
    return this.ctx.text.toOriginal(tok.start, tok.end)[0];
  }

  /** Index of the token that starts at an original offset (or the match's own first token). */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.startOf(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A masked word ("m*ron") is split into tokens ("m", "ron"): make the match cover all of them. */
  wholeWord(match: LexiconMatch): LexiconMatch {
    if (match.via !== 'obfuscated') return match;
    const lastToken = Math.max(match.firstToken, this.tokenAt(match.end) - 1);
    return lastToken === match.lastToken ? match : { ...match, lastToken };
  }

  markCompanyTokens(): void {
    // Mentions come sorted by start; walk them alongside the tokens.
    const mentions = this.ctx.company.mentions.filter((m) => m.kind === 'name' || m.kind === 'account');
    if (mentions.length === 0) return;
    let k = 0;
    this.tokens.forEach((tok, i) => {
      const [s, e] = this.ctx.text.toOriginal(tok.start, tok.end);
      while (k < mentions.length && (mentions[k] as (typeof mentions)[number]).end <= s) k++;
      const m = mentions[k];
      if (m && s < m.end && e > m.start) this.companyAt.add(i);
    });
    this.companyTokens = Int32Array.from(this.companyAt).sort();
  }

  report(match: LexiconMatch, start: number, message: string): void {
    if (this.covered.has(match.firstToken) && this.covered.has(match.lastToken)) return;
    const first = Math.min(match.firstToken, this.tokenAt(start));
    for (let t = first; t <= match.lastToken; t++) this.covered.add(t);
    this.findings.push({ message, start: Math.min(start, match.start), end: match.end });
  }

  quote(match: LexiconMatch): string {
    return quoteText(this.original.slice(match.start, match.end));
  }

  quoteFrom(firstToken: number, match: LexiconMatch): string {
    return quoteText(this.original.slice(Math.min(this.startOf(firstToken), match.start), match.end));
  }

  /** Token range [first, last] of the sentence holding `index`. */
  sentenceOf(index: number): [number, number] {
    let from = index;
    while (from > 0 && !(this.tokens[from] as Token).breakBefore) from--;
    let to = index;
    while (to + 1 < this.tokens.length && !(this.tokens[to + 1] as Token).breakBefore) to++;
    return [from, to];
  }

  endsSentence(last: number): boolean {
    const next = this.tokens[last + 1];
    return !next || next.breakBefore;
  }

  commaAfter(last: number): boolean {
    const tok = this.tokens[last] as Token;
    const next = this.tokens[last + 1];
    if (!next || next.breakBefore) return false;
    return this.original.slice(this.ctx.text.toOriginal(tok.start, tok.end)[1], this.startOf(last + 1)).includes(',');
  }

  selfFollows(last: number): boolean {
    for (let t = last + 1; t <= last + 3; t++) {
      const tok = this.tokens[t];
      if (!tok || tok.breakBefore) return false;
      if (W.SELF.has(tok.text)) return true;
    }
    return false;
  }

  /** The employer a complaint is tied to: the company by name, or "a (former) employer" from a cue. */
  nearEmployer(match: LexiconMatch): string | undefined {
    const from = match.firstToken - EMPLOYER_WINDOW;
    const to = match.lastToken + EMPLOYER_WINDOW;
    if (hasValueIn(this.companyTokens, from, to)) return this.ctx.company.name ?? 'your employer';
    if (hasValueIn(this.cueTokens, from, to)) return 'a (former) employer';
    return undefined;
  }

  /** The matches of one of the rule's lists, minus words inside links ("www.fool.com" is not said to anyone). */
  matches(list: string): LexiconMatch[] {
    return this.ctx
      .matches(list)
      .filter((x) => !this.inLink(x.start))
      .map((x) => this.wholeWord(x));
  }

  private inLink(offset: number): boolean {
    const i = lastAtOrBefore(this.linkStarts, offset);
    return i >= 0 && offset < (this.links[i] as (typeof this.links)[number]).end;
  }
}

/** One match per starting word: an inflected and a plain term may both match the same word. */
export function uniqueByToken(matches: readonly LexiconMatch[]): LexiconMatch[] {
  const seen = new Set<number>();
  return [...matches]
    .sort((a, b) => a.firstToken - b.firstToken || b.lastToken - a.lastToken)
    .filter((m) => !seen.has(m.firstToken) && seen.add(m.firstToken) !== undefined);
}

export function isCapitalized(original: string, offset: number): boolean {
  const cp = original.codePointAt(offset);
  return cp !== undefined && /\p{Lu}/u.test(String.fromCodePoint(cp));
}

function quoteText(s: string): string {
  const oneLine = s.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine}”`;
}
