/**
 * The company's own numbers before they are published: forecasts ("our Q3 revenue will be up
 * 40%"), dated internal figures ("churn doubled last quarter"), beat/miss talk, runway and
 * profitability dates.
 */
import notFiguresFile from '../../data/analyst-stock/not-results.json';
import beatMissVerbsFile from '../../data/confidential/beat-miss.json';
import profitabilityFile from '../../data/confidential/profitability.json';
import { TokenPhrases } from '../../token-phrases';
import type { Scan } from './scan';

/** After a money word, these make it a team or a thing: "our sales team", "revenue operations". */
const NOT_FIGURES = new Set(notFiguresFile.entries.map((e) => e.term));
const PERIOD_WORD = /^(?:q[1-4]|h[12]|fy\d{0,4}|quarter|quarterly|quarter's|fiscal|annual|financial|year's)$/;
export const FIGURE_WORDS = new Set(['results', 'numbers', 'figures', 'financials']);
const BEAT_MISS = TokenPhrases.of(beatMissVerbsFile);
/** Periods that date a figure: "last quarter", "this year", "Q3", "YoY". */
const DATED = /^(?:q[1-4]|h[12]|fy\d{0,4}|quarter|quarterly|yoy|qoq|mom)$/;
const THIS_OR_LAST = new Set(['this', 'last', 'past']);
const THIS_OR_NEXT = new Set(['this', 'next']);
const MARKET_REACTION = new Set(['market', 'stock', 'shares', 'ah', 'premarket', 'investors', 'analysts']);
const EVERYONE = new Set([
  'everyone',
  'everybody',
  'every',
  'industry',
  'sector',
  'market',
  'companies',
  'retailers',
  'most',
  'many',
  'all',
]);
const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
const MOVES = new Set([
  'up',
  'down',
  'doubled',
  'tripled',
  'halved',
  'dropped',
  'fell',
  'grew',
  'rose',
  'jumped',
  'plunged',
  'tanked',
  'cratered',
  'crashed',
  'slipped',
  'spiked',
  'soared',
]);
/** "we'll be profitable by Q3": profitability, forecast by the company itself. */
const PROFITABILITY = TokenPhrases.of(profitabilityFile);
/** Words between the company and a forecast of profitability: "we'll finally be", "Acme is going to be". */
const FORECAST_GLUE = new Set([
  'be',
  'will',
  'going',
  'to',
  'finally',
  'gonna',
  'should',
  'on',
  'track',
  'is',
  'are',
  'expect',
  'expects',
]);
/** After "we'll be profitable": when. */
const WHEN = /^(?:q[1-4]|h[12]|fy\d{0,4}|next|by|year|quarter|202\d|month|months|eoy)$/;
/** After "revenue", "bookings"…: a results event or publication, not a forecast ("present our Q2 results on the call"). */
const REPORTING = new Set([
  'present',
  'presents',
  'presenting',
  'report',
  'reports',
  'reporting',
  'announce',
  'announces',
  'announcing',
  'release',
  'releases',
  'publish',
  'publishes',
  'discuss',
  'call',
  'webcast',
  'livestream',
  'listen',
  'join',
]);

/** A team before a figure at the start of a sentence: "Engineering headcount is going from 220 to 150". */
const TEAMS = new Set([
  'engineering',
  'eng',
  'sales',
  'marketing',
  'support',
  'product',
  'design',
  'ops',
  'finance',
  'team',
  'company',
  'org',
]);
/** Results still to come: "ahead of our earnings", "before the print". */
/** "ahead of our earnings", "before our results". */
export const AHEAD = new Set(['ahead', 'before']);
const RESULTS_EVENTS = new Set(['earnings', 'results', 'print', 'numbers', 'quarterly']);
/** Judging results: "good numbers", "ugly results". */
const VERDICTS = new Set([
  'good',
  'great',
  'strong',
  'solid',
  'record',
  'huge',
  'amazing',
  'bad',
  'weak',
  'ugly',
  'awful',
  'terrible',
  'rough',
  'disappointing',
]);
const LOOK = new Set(['are', 'were', 'look', 'looked', 'looking', 'seem']);
/** Where results are seen before they are out. */
const RESULTS_ROOMS = new TokenPhrases([
  'board meeting*',
  'board call*',
  'exec meeting*',
  'leadership meeting*',
  'all hands',
  'qbr',
  'offsite',
  'earnings prep',
]);

/** "Ahead of our earnings next Thursday: … Revenue up more than 30%": figures before the results are out. */
export function aheadOfResults(scan: Scan): void {
  if (scan.ctx.matches('ahead').length === 0) return;
  if (scan.published || !/\d\s?%|[$€£]\s?\d/.test(scan.ctx.text.original)) return;
  let done = false;
  scan.near('ahead', 0, 0, 0, scan.tokens.length - 1, (i) => {
    if (done || !AHEAD.has(scan.tok(i))) return;
    let k = i + 1;
    if (scan.tok(k) === 'of' && scan.continues(k)) k++;
    // "ahead of our earnings", not "loading up before earnings" (a trader's timing).
    if (!scan.isCompanyRef(k) || !scan.continues(k)) return;
    k++;
    if (!scan.continues(k) || !RESULTS_EVENTS.has(scan.tok(k)) || scan.tok(k + 1) === 'season') return;
    const [s, e] = scan.range(i, k);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” with figures runs ahead of the company’s results — only published results may be shared; remove them.`,
      s,
      e,
    );
    done = true;
  });
}

/** "Board meeting. Good numbers = happy board.": a verdict on results seen in the room. */
export function resultsVerdict(scan: Scan): void {
  if (scan.ctx.matches('figure-words').length === 0 || scan.published) return;
  let first = -1;
  let last = -1;
  scan.near('figure-words', 0, 0, 1, scan.tokens.length, (i) => {
    if (first >= 0 || !FIGURE_WORDS.has(scan.tok(i))) return;
    // "good numbers", or "the Q4 numbers are ugly".
    if (VERDICTS.has(scan.tok(i - 1)) && scan.continues(i)) [first, last] = [i - 1, i];
    else if (LOOK.has(scan.tok(i + 1)) && VERDICTS.has(scan.tok(i + 2)) && scan.continues(i + 2))
      [first, last] = [i, i + 2];
  });
  if (first < 0 || !scan.tokens.some((_, i) => RESULTS_ROOMS.has(scan.tokens, i))) return;
  const [s, e] = scan.range(first, last);
  scan.addRange(
    `“${scan.ctx.text.original.slice(s, e)}” tells how unpublished results look — only published results may be shared; remove it.`,
    s,
    e,
  );
}

/** "our Q3 revenue will be up 20%", "we expect our margins to double", "Acme's revenue is going to…". */
export function forecasts(scan: Scan): void {
  for (const m of scan.ctx.matches('financials')) {
    const i = m.firstToken;
    if (NOT_FIGURES.has(scan.tok(m.lastToken + 1)) && scan.continues(m.lastToken + 1)) continue;
    let owner = i - 1;
    let qualified = false;
    if (owner >= 0 && PERIOD_WORD.test(scan.tok(owner)) && scan.continues(i)) {
      qualified = true;
      owner--;
    }
    const owned = owner >= 0 && scan.continues(owner + 1) && scan.isCompanyRef(owner);
    // "Revenue this quarter is going to surprise people", "Q3 revenue will be up": the sentence's subject, dated.
    const dated = qualified || (THIS_OR_NEXT.has(scan.tok(m.lastToken + 1)) && DATED.test(scan.tok(m.lastToken + 2)));
    const opens = owner < 0 || !scan.continues(owner + 1);
    if (!owned && !(opens && dated && !FIGURE_WORDS.has(m.entry.term) && !aboutEveryone(scan, m.lastToken))) continue;
    if (!owned) owner++;
    if (FIGURE_WORDS.has(m.entry.term) && !qualified) continue;
    if (!scan.forwardNear(owner, m.lastToken) || reportingNear(scan, owner, m.lastToken)) continue;
    const [s, e] = scan.range(owner, m.lastToken);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” in a forecast discloses unannounced figures — only published results may be shared; remove it.`,
      s,
      e,
    );
  }
}

/** "we're at $48M ARR, up from $30M last year", "our churn doubled last quarter": internal figures, dated. */
export function datedFigures(scan: Scan): void {
  for (const m of scan.ctx.matches('financials')) {
    const i = m.firstToken;
    if (FIGURE_WORDS.has(m.entry.term)) continue;
    if (NOT_FIGURES.has(scan.tok(m.lastToken + 1)) && scan.continues(m.lastToken + 1)) continue;
    const sentenceStart = i === 0 || !scan.continues(i);
    // "Q3 revenue came in at…": a period opening the sentence dates the company's own figure.
    const periodLed = i >= 1 && PERIOD_WORD.test(scan.tok(i - 1)) && (i === 1 || !scan.continues(i - 1));
    const teamLed = i >= 1 && TEAMS.has(scan.tok(i - 1)) && (i === 1 || !scan.continues(i - 1));
    let owned = sentenceStart || periodLed || teamLed;
    for (let k = i - 1; k >= i - 6 && k >= 0 && !owned; k--) {
      owned = scan.isCompanyRef(k);
      if (!scan.continues(k + 1)) break;
    }
    if (!owned || !hasFigureAndPeriod(scan, i, m.lastToken) || scan.published) continue;
    scan.add(
      `“${scan.written(m)}” with figures for the period discloses internal results — only published figures may be shared; remove them.`,
      m,
    );
  }
}

/** "we're going to beat guidance", "we will miss our numbers". */
export function beatOrMiss(scan: Scan): void {
  // Anchored on the (rare) objects, looking back for the (common) verbs.
  for (const object of scan.ctx.matches('beat-objects')) {
    let verb = -1;
    for (let k = object.firstToken - 1; k >= object.firstToken - 3 && k >= 0; k--) {
      if (BEAT_MISS.endAt(scan.tokens, k) >= 0 && BEAT_MISS.endAt(scan.tokens, k) < object.firstToken) verb = k;
      if (!scan.continues(k)) break;
    }
    if (verb < 0 || !companyInSentence(scan, verb)) continue;
    // "we'll miss Q3", or done and measured: "we missed plan by 20%" (not "we crushed our targets, thank you team!").
    const past = /ed$|^(?:beat|blew|fell|came|missed|crushed)/.test(scan.tok(verb)) && !scan.forwardNear(verb, verb);
    if (past ? !figureInSentence(scan, verb, object.lastToken) : !scan.forwardNear(verb, verb)) continue;
    // "the market punishes us for beating estimates": the market has the results, so they are out.
    if (past && scan.tokens.some((t) => MARKET_REACTION.has(t.text))) continue;
    const [s, e] = scan.range(verb, object.lastToken);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” predicts unannounced results — only published results may be shared; remove it.`,
      s,
      e,
    );
  }
}

/** After a number: people hired, not results ("crushed it this quarter: 40 new engineers onboarded"). */
const HIRES = new Set(['hires', 'engineers', 'employees', 'people', 'interns', 'recruits', 'teammates', 'volunteers']);

/** "runway is 14 months": the company's cash position. */
export function runway(scan: Scan): void {
  for (const m of scan.ctx.matches('runway')) {
    for (let k = m.lastToken + 1; k <= m.lastToken + 4 && scan.continues(k); k++) {
      if (!/^\d/.test(scan.tok(k)) || !/^(?:months?|years?|weeks?|mo)$/.test(scan.tok(k + 1))) continue;
      const [s, e] = scan.range(m.firstToken, k + 1);
      scan.addRange(
        `“${scan.ctx.text.original.slice(s, e)}” discloses the company’s cash runway — internal financials must not be posted; remove it.`,
        s,
        e,
      );
      break;
    }
  }
}

/** "we'll be profitable by Q3", "Acme is going to break even next year". */
export function profitability(scan: Scan): void {
  // After a finding, the search resumes past its phrase.
  let reported = -1;
  scan.near('profitability', 0, 0, 0, scan.tokens.length, (i) => {
    const end = i > reported ? PROFITABILITY.endAt(scan.tokens, i) : -1;
    if (end < 0) return;
    let k = i - 1;
    while (k >= 0 && k >= i - 5 && scan.continues(k + 1) && FORECAST_GLUE.has(scan.tok(k))) k--;
    if (k < 0 || k === i - 1 || !scan.continues(k + 1) || !scan.isCompanyRef(k) || !scan.forwardNear(k, end)) return;
    let when = false;
    for (let w = end + 1; w <= end + 4 && scan.continues(w) && !when; w++) when = WHEN.test(scan.tok(w));
    if (!when) return;
    const [s, e] = scan.range(k, end);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” forecasts the company’s results — only published guidance may be shared; remove it.`,
      s,
      e,
    );
    reported = end;
  });
}

/** A number or a move ("doubled", "up 20%") and a dating period, within the sentence. */
function hasFigureAndPeriod(scan: Scan, first: number, last: number): boolean {
  let figure = false;
  let period = false;
  const lo = Math.max(0, first - 8);
  for (let k = first; k >= lo; k--) {
    noteFigure(scan, k, (f, p) => {
      figure ||= f;
      period ||= p;
    });
    if (!scan.continues(k)) break;
  }
  for (let k = last + 1; k <= last + 10 && scan.continues(k); k++) {
    noteFigure(scan, k, (f, p) => {
      figure ||= f;
      period ||= p;
    });
  }
  return figure && period;
}

function noteFigure(scan: Scan, k: number, note: (figure: boolean, period: boolean) => void): void {
  const t = scan.tok(k);
  const figure = /^\d/.test(t) || MOVES.has(t) || t === 'million' || t === 'billion';
  const prev = scan.tok(k - 1);
  // "last quarter", "this year", and rates that describe now: "4% a month", "right now", "currently".
  const period =
    DATED.test(t) ||
    t === 'monthly' ||
    t === 'currently' ||
    ((t === 'year' || t === 'month' || t === 'half') && THIS_OR_LAST.has(prev)) ||
    (t === 'month' && (prev === 'a' || prev === 'per')) ||
    (t === 'now' && prev === 'right') ||
    (MONTHS.has(t) && (prev === 'in' || prev === 'for' || prev === 'during' || prev === 'through'));
  note(figure, period);
}

/** A results event or publication near a figure: "present our Q2 results on the earnings call". */
function reportingNear(scan: Scan, first: number, last: number): boolean {
  for (let k = first - 1; k >= first - 4 && k >= 0 && scan.continues(k + 1); k--)
    if (REPORTING.has(scan.tok(k))) return true;
  for (let k = last + 1; k <= last + 6 && scan.continues(k); k++) if (REPORTING.has(scan.tok(k))) return true;
  return false;
}

/** A number anywhere in the sentence around tokens [first, last], not a count of people hired. */
function figureInSentence(scan: Scan, first: number, last: number): boolean {
  const figure = (k: number) =>
    /^\d/.test(scan.tok(k)) && !HIRES.has(scan.tok(scan.tok(k + 1) === 'new' ? k + 2 : k + 1));
  for (let k = first; k >= 0 && k >= first - 12; k--) {
    if (figure(k)) return true;
    if (!scan.continues(k)) break;
  }
  for (let k = last + 1; k <= last + 12 && scan.continues(k); k++) if (figure(k)) return true;
  return false;
}

function companyInSentence(scan: Scan, i: number): boolean {
  for (let k = i; k >= 0 && k >= i - 12; k--) {
    if (scan.isCompanyRef(k)) return true;
    if (scan.tokens[k]?.breakBefore) break;
  }
  return false;
}

/** "…will be a challenge for everyone in retail": the sentence is about a market, not the company. */
function aboutEveryone(scan: Scan, from: number): boolean {
  for (let k = from + 1; k <= from + 14 && scan.continues(k); k++) if (EVERYONE.has(scan.tok(k))) return true;
  return false;
}
