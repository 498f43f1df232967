/**
 * Results teased before they are out: a verdict on the company's current quarter ("Acme crushed it
 * this quarter", "best quarter in our history", "Our Q4 is going to surprise people") in a post
 * that points at the release still to come ("numbers drop on the 28th", "you'll hear all about it
 * at the earnings call"). Either half alone is ordinary ("we crushed it this quarter at the
 * charity run", "our earnings call is on Feb 3"); together they say how unpublished results look.
 */
import type { Scan } from './scan';
import { companyVoice, dateAt, laterAt } from './when';

/** What gets released: "the numbers", "earnings", "the report", "the street finds out". */
export const RELEASE_NOUNS = new Set([
  'earnings',
  'results',
  'numbers',
  'figures',
  'financials',
  'report',
  'print',
  'street',
]);
/** Before a release noun, the release is another: "search results", "bug report". */
const OTHER_RELEASE = new Set([
  'search',
  'test',
  'lab',
  'bug',
  'blood',
  'election',
  'exam',
  'impact',
  'sustainability',
  'esg',
  'progress',
  'diversity',
  'transparency',
]);
/** The release is said to be still to come: "you'll hear", "wait for the report", "can't come soon enough". */
const FUTURE = new Set(['will', 'gonna', 'wait', 'waiting', 'drop', 'drops', 'dropping', 'land', 'lands', 'public']);
/** The release is behind us: "listened to the earnings call", "results were great". */
const PAST = new Set(['listened', 'joined', 'watched', 'attended', 'was', 'were', 'went', 'yesterday', 'ago', 'recap']);
/** A period whose results are reported. */
const PERIOD = /^(?:q[1-4]|h[12]|quarter|half|year|fy\d{0,4})$/;
/** Before the period: another one than the current ("last quarter", "next year"). */
const NOT_CURRENT = new Set(['last', 'past', 'previous', 'prior', 'next', 'every', 'each', 'per', 'a']);
const PAST_PERIOD = new Set(['last', 'past', 'previous', 'prior']);
/** Judging a period: "a monster Q4", "record quarter", "our strongest quarter ever", "Q4 was brutal". */
const VERDICT = new Set([
  'best',
  'strongest',
  'biggest',
  'record',
  'monster',
  'huge',
  'massive',
  'insane',
  'incredible',
  'amazing',
  'phenomenal',
  'stellar',
  'blowout',
  'killer',
  'epic',
  'historic',
  'great',
  'strong',
  'worst',
  'weakest',
  'brutal',
  'ugly',
  'rough',
  'terrible',
  'disappointing',
  // Slang verdicts: "our quarter went absolutely crazy", "Q4 was nuts".
  'crazy',
  'wild',
  'nuclear',
  'bonkers',
  'nuts',
  'unreal',
]);
/** Between a verdict and the period: "best-ever quarter", "record-breaking Q4". */
const VERDICT_GLUE = new Set(['ever', 'breaking', 'setting', 'fiscal', 'sales', 'revenue']);
/** After a period: it names an event or a plan of that period, not its results ("Q4 hackathon"). */
const PERIOD_OF_OTHER = new Set([
  'hackathon',
  'hiring',
  'roadmap',
  'planning',
  'offsite',
  'launch',
  'release',
  'webinar',
  'newsletter',
  'priorities',
  'party',
  'review',
  'reviews',
  'goals',
  'okrs',
  'earnings',
  'results',
]);
/** "Q4 came in way above", "this quarter is the best": a verdict after the period. */
const LINK = new Set(['is', 'was', "'s", 'has', 'been', 'came', 'looks', 'looking', 'turned', 'went']);
const ABOVE = new Set(['above', 'ahead', 'over', 'below', 'under', 'hot']);
/** A performance verb near the period: "crushed it this quarter", "we smashed Q3", "blew our number out of the water". */
const PERFORMANCE =
  /^(?:crush|smash|kill|nail|exceed|surpass|blew|blow|blown|destroy|shatter|demolish|outperform|overdeliver|cooked$|ate$|popped$|slapped$)/;
/** After the company's period: a forecast of it ("Our Q4 is going to…", "Acme's Q2 is gonna…"). */
const FORECAST = new Set(['will', "'ll", 'gonna', 'going']);
const FIGURES = new Set(['numbers', 'results', 'figures', 'revenue', 'sales', 'bookings']);

export function resultsTeaser(scan: Scan): void {
  if (scan.ctx.matches('release-nouns').length === 0 || scan.releasedAlready) return;
  if (!releaseAhead(scan) || !(companyVoice(scan) || scan.tokens.some((_, i) => ownTeam(scan, i)))) return;
  for (let p = 0; p < scan.tokens.length; p++) {
    if (!PERIOD.test(scan.tok(p))) continue;
    const span = verdictOn(scan, p);
    if (!span || !ownVerdict(scan, span[0], span[1])) continue;
    const [s, e] = scan.range(span[0], span[1]);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” tells how results look before they are published — only published results may be shared; remove it.`,
      s,
      e,
    );
    return;
  }
}

/** A sentence that points at the release still to come: "Numbers drop on the 28th", "Earnings release Thursday". */
function releaseAhead(scan: Scan): boolean {
  let ahead = false;
  scan.near('release-nouns', 0, 0, 0, scan.tokens.length, (i) => {
    const t = scan.tok(i);
    if (ahead || !RELEASE_NOUNS.has(t)) return;
    if (t === 'street' && scan.tok(i - 1) !== 'the' && scan.tok(i - 1) !== 'wall') return;
    if (scan.continues(i) && OTHER_RELEASE.has(scan.tok(i - 1))) return;
    // "earnings season": everyone's results, not the company's.
    if (scan.tok(i + 1) === 'season' && scan.continues(i + 1)) return;
    let future = false;
    let past = false;
    const note = (k: number) => {
      const w = scan.tok(k);
      past ||= PAST.has(w);
      future ||= FUTURE.has(w) || w.endsWith("'ll") || laterAt(scan, k) || dateAt(scan, k);
    };
    for (let k = i - 1; k >= i - 9 && k >= 0 && scan.continues(k + 1); k--) note(k);
    for (let k = i + 1; k <= i + 7 && scan.continues(k); k++) note(k);
    if (past) return;
    ahead = future;
  });
  return ahead;
}

/** The tokens of a verdict on the current period at token p, if there is one. */
function verdictOn(scan: Scan, p: number): [number, number] | undefined {
  const before = (k: number) => (k >= 0 && scan.continues(k + 1) ? scan.tok(k) : '');
  if (NOT_CURRENT.has(before(p - 1)) || /^\d{4}$/.test(before(p - 1))) return undefined;
  // "our best quarter ever last year": a past one.
  for (let k = p + 1; k <= p + 3 && scan.continues(k); k++) if (PAST_PERIOD.has(scan.tok(k))) return undefined;
  if (scan.continues(p + 1) && PERIOD_OF_OTHER.has(scan.tok(p + 1))) return undefined;
  // "best quarter of my life": the author's, not the company's.
  if (scan.tok(p + 1) === 'of' && /^(?:my|your|his|her|their)$/.test(scan.tok(p + 2))) return undefined;
  // "a record quarter for blood donations": a record of something else ("for us", "for sales" are results).
  const after = scan.tok(p + 1) === 'ever' ? p + 2 : p + 1;
  if (scan.tok(after) === 'for' && scan.continues(after) && scan.continues(after + 1)) {
    const what = after + 1;
    if (!companyToken(scan, what) && !FIGURES.has(scan.tok(what)) && scan.tok(what) !== 'the') return undefined;
  }
  // "record quarter", "best ever quarter".
  if (VERDICT.has(before(p - 1))) return [p - 1, p];
  if (VERDICT_GLUE.has(before(p - 1)) && VERDICT.has(before(p - 2)) && scan.continues(p - 1)) return [p - 2, p];
  // "Q4 came in way above", "this quarter is the best I've seen".
  if (scan.continues(p + 1) && LINK.has(scan.tok(p + 1))) {
    const from = before(p - 1) === 'this' ? p - 1 : p;
    for (let k = p + 2; k <= p + 5 && scan.continues(k); k++)
      if (VERDICT.has(scan.tok(k)) || ABOVE.has(scan.tok(k))) return [from, k];
  }
  // "crushed it this quarter", "we blew our number out of the water this quarter", "this quarter we smashed it".
  for (let k = p - 1; k >= p - 8 && k >= 0 && scan.continues(k + 1); k--)
    if (PERFORMANCE.test(scan.tok(k))) return [k, p];
  for (let k = p + 1; k <= p + 4 && scan.continues(k); k++) if (PERFORMANCE.test(scan.tok(k))) return [p, k];
  // "Our Q4 is going to…", "Acme's Q2 is gonna…"; "our numbers this quarter".
  const owner = before(p - 1);
  if (owner === 'our' || scan.names().has(owner)) {
    for (let k = p + 1; k <= p + 2 && scan.continues(k); k++) if (FORECAST.has(scan.tok(k))) return [p - 1, k];
  }
  const holder = before(p - 3);
  if (before(p - 1) === 'this' && FIGURES.has(before(p - 2)) && (holder === 'our' || scan.names().has(holder)))
    return [p - 3, p];
  return undefined;
}

/** Little words between a subject and its verdict: "Globex absolutely crushed it", "Globex had a record quarter". */
const SUBJECT_GLUE = new Set([
  'absolutely',
  'totally',
  'really',
  'just',
  'literally',
  'had',
  'has',
  'have',
  'having',
  'posted',
  'is',
  'was',
  "'s",
  'a',
  'an',
  'the',
  'its',
  'their',
  'another',
  'this',
  'that',
  'will',
  "'ll",
  'would',
  'should',
  'could',
  'might',
  'gonna',
  'going',
  'to',
  'be',
  'been',
]);

/**
 * The verdict is the company's: its sentence speaks as the company ("we", "our", "Acme"), or the
 * period is the sentence's subject ("Q4 came in way above") in a post that does. Not another
 * company's ("Globex crushed it this quarter", "Globex's Q4 is gonna be huge").
 */
function ownVerdict(scan: Scan, first: number, last: number): boolean {
  let k = first - 1;
  while (k >= 0 && scan.continues(k + 1) && SUBJECT_GLUE.has(scan.tok(k))) k--;
  const opens = k < 0 || !scan.continues(k + 1);
  if (!opens && !companyToken(scan, k)) {
    const midSentence = k > 0 && scan.continues(k);
    if (scan.tok(k).endsWith("'s") || (midSentence && scan.isCapitalizedWord(k))) return false;
  }
  for (let j = first - 1; j >= 0 && scan.continues(j + 1); j--) if (companyToken(scan, j)) return true;
  for (let j = first; j < scan.tokens.length && (j <= last || scan.continues(j)); j++)
    if (companyToken(scan, j)) return true;
  return opens;
}

/** "we", "our", the company's name, or one of its products ("Roadrunner had a record quarter"). */
function companyToken(scan: Scan, k: number): boolean {
  if (scan.isCompanyRef(k) || ownTeam(scan, k)) return true;
  const [s, e] = scan.range(k, k);
  return scan.ctx.company.mentions.some((m) => (m.kind === 'name' || m.kind === 'product') && m.start < e && s < m.end);
}

/** "the team absolutely cooked this quarter": the writer's own team, next to its results day. */
function ownTeam(scan: Scan, k: number): boolean {
  return scan.tok(k) === 'team' && /^(?:the|my)$/.test(scan.tok(k - 1)) && scan.continues(k);
}
