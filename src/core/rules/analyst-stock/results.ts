import resultsAlwaysFile from '../../data/analyst-stock/results-always.json';
import resultsFiguresFile from '../../data/analyst-stock/results-figures.json';
import resultsMoneyFile from '../../data/analyst-stock/results-money.json';
import { inflect, parseTerm } from '../../text/lexicon';
import type { TokenPhrases } from '../../token-phrases';
import type { StockScan } from './scan';
import {
  COMPANY_REF,
  EXCLAIM_BEFORE_A,
  FORECAST_LEAD,
  FUTURE,
  MONTHS,
  NOT_RESULTS,
  PERFORMANCE,
  PERIOD_WORD,
  QUARTER,
  QUARTER_OF_OTHER,
  QUARTER_VERDICT,
  QUIET_WHY,
  RESULTS_ALWAYS,
  RESULTS_FIGURES,
  RESULTS_MONEY,
  SUPERLATIVE,
  VERDICT,
} from './words';

/**
 * Inside a quiet period: "our Q4 numbers", "Acme stock", "revenue this quarter", "earnings call".
 * One pass sorts the tokens by the word each detector is anchored on; the detectors then visit
 * only those, in token order as before.
 */
export function resultsTalk(s: StockScan): void {
  const at = anchors(s);
  for (const [i, j] of phraseRuns(s, RESULTS_ALWAYS, at.always)) {
    const next = s.tok(j + 1);
    if (s.continues(j + 1) && (NOT_RESULTS.has(next) || QUARTER_OF_OTHER.has(next))) continue;
    s.addTokens(`“${s.quote(i, j)}” is talk of results`, i, j, QUIET_WHY);
  }
  for (const [i, j] of phraseRuns(s, RESULTS_MONEY, at.money)) {
    if (NOT_RESULTS.has(s.tok(j + 1)) && s.continues(j + 1)) continue;
    if (s.tok(i) === 'stock' && !s.isEquity(i)) continue;
    if (s.tok(i) === 'shares' && !s.isSharesNoun(i) && !s.companyTok[i - 1]) continue;
    const from = qualifierBefore(s, i) ?? companyRefBefore(s, i);
    if (from !== undefined) {
      s.addTokens(`“${s.quote(from, j)}” is talk of results or the share price`, from, j, QUIET_WHY);
    } else if (periodNear(s, i, j) || companyRefNear(s, i, j)) {
      s.addTokens(`“${s.quote(i, j)}” is talk of results or the share price`, i, j, QUIET_WHY);
    }
  }
  for (const [i, j] of phraseRuns(s, RESULTS_FIGURES, at.figures)) {
    if (NOT_RESULTS.has(s.tok(j + 1)) && s.continues(j + 1)) continue;
    const from = qualifierBefore(s, i) ?? companyRefBefore(s, i);
    if (from !== undefined) s.addTokens(`“${s.quote(from, j)}” is talk of results`, from, j, QUIET_WHY);
    else if (periodNear(s, i, j)) s.addTokens(`“${s.quote(i, j)}” is talk of results`, i, j, QUIET_WHY);
  }
  // "how Q4 went", "Q4 has been incredible".
  const reported = reportedQuarter(s);
  for (const i of at.q) {
    if (!/^q[1-4]$/.test(s.tok(i)) || !s.continues(i + 1) || !VERDICT.has(s.tok(i + 1))) continue;
    // "Q1 is all about reliability" in the Q4 results period: a plan for another quarter.
    if (reported && s.tok(i) !== reported && /^(?:is|looks|looking)$/.test(s.tok(i + 1))) continue;
    s.addTokens(`“${s.quote(i, i + 1)}” is talk of results`, i, i + 1, QUIET_WHY);
  }
  quarterVerdicts(s, at.verdict);
  forecasts(s, at.forecast);
}

/** Anchor bits per word: phrase lists by their first word, and the words the other detectors start from. */
const ALWAYS = 1;
const MONEY = 2;
const FIGURES = 4;
const Q = 8;
const QUARTER_WORD = 16;
const SUPERLATIVE_WORD = 32;
const FORECAST_NOUN = 64;

const ANCHOR_BITS = new Map<string, number>();
const setBit = (word: string, bit: number) => ANCHOR_BITS.set(word, (ANCHOR_BITS.get(word) ?? 0) | bit);
/** The words a phrase of the file can start with, as TokenPhrases reads them (a one-word term inflects). */
function firstWords(file: { entries: { term: string }[] }, bit: number): void {
  for (const { term } of file.entries) {
    const { words, inflected } = parseTerm(term);
    const first = words[0];
    if (first === undefined) continue;
    for (const w of words.length === 1 && inflected ? inflect(first) : [first]) setBit(w, bit);
  }
}
firstWords(resultsAlwaysFile, ALWAYS);
firstWords(resultsMoneyFile, MONEY);
firstWords(resultsFiguresFile, FIGURES);
for (const w of ['q1', 'q2', 'q3', 'q4']) setBit(w, Q);
for (const w of ['q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'quarter', 'quarters']) setBit(w, QUARTER_WORD);
for (const w of SUPERLATIVE) setBit(w, SUPERLATIVE_WORD);
for (const w of ['results', 'numbers', 'figures', 'financials']) setBit(w, FORECAST_NOUN);

interface Anchors {
  always: number[];
  money: number[];
  figures: number[];
  q: number[];
  /** A quarter, or the word after a superlative ("record bookings"). */
  verdict: number[];
  forecast: number[];
}

function anchors(s: StockScan): Anchors {
  const at: Anchors = { always: [], money: [], figures: [], q: [], verdict: [], forecast: [] };
  const n = s.tokens.length;
  const pushVerdict = (i: number) => {
    if (i >= 1 && i < n && at.verdict[at.verdict.length - 1] !== i) at.verdict.push(i);
  };
  for (let i = 0; i < n; i++) {
    const bits = ANCHOR_BITS.get(s.tok(i));
    if (bits === undefined) continue;
    if (bits & ALWAYS) at.always.push(i);
    if (bits & MONEY) at.money.push(i);
    if (bits & FIGURES) at.figures.push(i);
    if (bits & Q) at.q.push(i);
    if (bits & QUARTER_WORD) pushVerdict(i);
    if (bits & SUPERLATIVE_WORD) pushVerdict(i + 1);
    if (bits & FORECAST_NOUN && i < n - 1) at.forecast.push(i);
  }
  return at;
}

/** The quarter the quiet period's label names ("Q4 results" → "q4"), if any. */
function reportedQuarter(s: StockScan): string | undefined {
  return /\b(q[1-4])\b/i.exec(s.quiet?.label ?? '')?.[1]?.toLowerCase();
}

/**
 * A verdict on the quarter or its figures, whatever the adjective: "what a quarter", "insane Q4",
 * "record bookings", "best December in company history", "crushing it this quarter".
 */
function quarterVerdicts(s: StockScan, anchors: readonly number[]): void {
  // A quarter, or a word after a superlative: nothing else starts a verdict.
  for (const i of anchors) {
    const t = s.tok(i);
    const quarter = QUARTER.test(t);
    let from = -1;
    if (quarter && s.continues(i) && QUARTER_VERDICT.has(s.tok(i - 1))) from = i - 1;
    else if (
      quarter &&
      s.tok(i - 1) === 'a' &&
      s.continues(i) &&
      EXCLAIM_BEFORE_A.has(s.tok(i - 2)) &&
      s.continues(i - 1)
    )
      from = i - 2;
    else if (SUPERLATIVE.has(s.tok(i - 1)) && s.continues(i) && (quarter || resultWord(s, i) || monthOnRecord(s, i)))
      from = i - 1;
    else if (quarter) from = performanceBefore(s, i);
    if (from < 0 && quarter && s.tok(i - 1) === 'ever' && SUPERLATIVE.has(s.tok(i - 2)) && s.continues(i - 1))
      from = i - 2;
    // "great Q4 hackathon", "crushed our Q4 hiring goals": the quarter of something else.
    const next = s.tok(i + 1);
    // A performance verb makes "blew past the Q4 plan" a result, whatever the noun.
    const other = QUARTER_OF_OTHER.has(next) || (NOT_RESULTS.has(next) && !PERFORMANCE.test(s.tok(from)));
    if (from >= 0 && quarter && s.continues(i + 1) && other) continue;
    if (from >= 0) s.addTokens(`“${s.quote(from, i)}” is talk of results`, from, i, QUIET_WHY);
  }
}

/** "record bookings", "best numbers": a money or figures word (not "best sales team"). */
function resultWord(s: StockScan, i: number): boolean {
  const end = RESULTS_MONEY.endAt(s.tokens, i);
  const last = end >= 0 ? end : RESULTS_FIGURES.endAt(s.tokens, i);
  // "highest performance GPU", "record numbers of attendees": not results.
  if (last < 0 || /^(?:stock|shares|performance|number)$/.test(s.tok(i)) || s.tok(last + 1) === 'of') return false;
  return !(NOT_RESULTS.has(s.tok(last + 1)) && s.continues(last + 1));
}

/** "record December", "best month in company history": a month only with "record" or "history" after. */
function monthOnRecord(s: StockScan, i: number): boolean {
  if (!MONTHS.test(s.tok(i))) return false;
  if (s.tok(i - 1) === 'record') return true;
  for (let k = i + 1; k <= i + 4 && s.continues(k); k++) if (s.tok(k) === 'history') return true;
  return false;
}

/** "crushing it this quarter", "we smashed Q1": a performance verb a few words before the quarter. */
function performanceBefore(s: StockScan, i: number): number {
  for (let k = i - 1; k >= i - 5 && k >= 0 && s.continues(k + 1); k--) if (PERFORMANCE.test(s.tok(k))) return k;
  return -1;
}

/** "the numbers will speak for themselves", "I think results will be the best ever". */
function forecasts(s: StockScan, anchors: readonly number[]): void {
  for (const i of anchors) {
    if (!/^(?:results|numbers|figures|financials)$/.test(s.tok(i)) || !s.continues(i + 1)) continue;
    const modal = s.tok(i + 1);
    const going = (modal === 'are' || modal === "they're") && s.tok(i + 2) === 'going' && s.tok(i + 3) === 'to';
    if (!FUTURE.has(modal) && !going) continue;
    if (s.continues(i) && !FORECAST_LEAD.has(s.tok(i - 1))) continue;
    s.addTokens(`“${s.quote(i, i + 1)}” is talk of results`, i, i + 1, QUIET_WHY);
  }
}

/** [first, last] token of every occurrence of a phrase list, at the tokens its phrases can start at. */
function* phraseRuns(s: StockScan, phrases: TokenPhrases, starts: readonly number[]): Generator<[number, number]> {
  for (const i of starts) {
    const end = phrases.endAt(s.tokens, i);
    if (end >= 0) yield [i, end];
  }
}

/** A period word right before (up to two words): "Q4 revenue", "our quarterly results". */
function qualifierBefore(s: StockScan, i: number): number | undefined {
  for (let k = i - 1; k >= i - 2 && k >= 0 && s.continues(k + 1); k--) {
    if (PERIOD_WORD.test(s.tok(k))) return COMPANY_REF.has(s.tok(k - 1)) && s.continues(k) ? k - 1 : k;
  }
  return undefined;
}

/** "our revenue", "Acme's revenue". */
function companyRefBefore(s: StockScan, i: number): number | undefined {
  const k = i - 1;
  if (k >= 0 && s.continues(i) && (COMPANY_REF.has(s.tok(k)) || s.companyTok[k])) return k;
  return undefined;
}

/** "revenue this quarter", "numbers for Q4". */
function periodNear(s: StockScan, first: number, last: number): boolean {
  for (let k = last + 1; k <= last + 3 && s.continues(k); k++) if (PERIOD_WORD.test(s.tok(k))) return true;
  for (let k = first - 1; k >= first - 2 && k >= 0 && s.continues(k + 1); k--)
    if (PERIOD_WORD.test(s.tok(k))) return true;
  // "This quarter our team did very good numbers": the period opens the sentence.
  for (let k = first - 3; k >= first - 8 && k >= 1 && s.continues(k + 1); k--)
    if (QUARTER.test(s.tok(k)) && /^(?:this|last)$/.test(s.tok(k - 1))) return true;
  return false;
}

/** "we beat our revenue target", "Acme grew revenue": the company within the sentence, nearby. */
function companyRefNear(s: StockScan, first: number, last: number): boolean {
  for (let k = first - 1; k >= first - 5 && k >= 0; k--) {
    if (COMPANY_REF.has(s.tok(k)) || s.companyTok[k]) return true;
    if (s.tokens[k + 1]?.breakBefore) break;
  }
  for (let k = last + 1; k <= last + 3 && s.continues(k); k++) {
    if (COMPANY_REF.has(s.tok(k)) || s.companyTok[k]) return true;
  }
  return false;
}
