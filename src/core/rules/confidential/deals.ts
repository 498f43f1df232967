/** Unannounced deals, layoffs, cuts and closures: "merger talks", "layoffs on Friday", "close 40 stores". */
import companyMovesFile from '../../data/confidential/company-moves.json';
import dealTimingFile from '../../data/confidential/deal-timing.json';
import peopleFile from '../../data/confidential/people.json';
import { TokenPhrases } from '../../token-phrases';
import { BE, COMPANY_REF, type Scan } from './scan';

const DEAL_TIMING = TokenPhrases.of(dealTimingFile);
/** "customer acquisition", "talent acquisition": marketing and hiring, not a deal. */
const NOT_DEAL_BEFORE = new Set(['customer', 'user', 'talent', 'lead', 'data', 'client', 'patient', 'land']);
/** After a number: who is cut ("80 roles affected", "300 jobs going"). Not "people": "500 people affected by the floods". */
export const CUT_UNITS = new Set(['roles', 'jobs', 'positions', 'heads', 'fte', 'ftes', 'seats', 'redundancies']);
const CUT_OUTCOME = new Set([
  'affected',
  'impacted',
  'cut',
  'cuts',
  'eliminated',
  'axed',
  'gone',
  'going',
  'redundant',
  'lost',
  'slashed',
  'at',
]);
/** "close 40 stores", "shutting 3 plants": closing sites, counted. */
export const CLOSE_VERBS = new Set([
  'close',
  'closes',
  'closing',
  'shut',
  'shuts',
  'shutting',
  'shutter',
  'shutters',
  'shuttering',
]);
const SITE_NOUNS = new Set([
  'offices',
  'stores',
  'shops',
  'branches',
  'plants',
  'factories',
  'sites',
  'locations',
  'warehouses',
  'centres',
  'centers',
  'hubs',
  'campuses',
  'studios',
  'labs',
  'restaurants',
  'outlets',
  'clinics',
]);
const COMPANY_MOVES = TokenPhrases.of(companyMovesFile);
const PEOPLE = TokenPhrases.of(peopleFile);
/** Company moves whose object is people (layoffs); the others need a named target (a deal). */
const LAYOFF_MOVE = /(?:lay|laying|letting|firing|cutting|cut|axing)/;
/** Who can be the subject of layoffs; deals need the company itself ("we", its name). */
const LAYOFF_SUBJECTS = new Set(['they', "they're", 'hr', 'management', 'leadership', 'company', 'execs']);

/** Between the company and an incident: "we got hit with ransomware", "our CRM was breached". */
const INCIDENT_VERBS = new Set([
  'got',
  'were',
  'was',
  'had',
  'have',
  'has',
  'been',
  'suffered',
  'experienced',
  'hit',
  'with',
  'by',
  'a',
  'an',
  'another',
  'major',
  'massive',
  'huge',
  'just',
]);
const INCIDENT_HAPPENED = new Set(['got', 'were', 'was', 'had', 'been', 'suffered', 'experienced', 'hit']);
/** After an incident word: advice or a product, not an incident ("breach response playbook"). */
const NOT_INCIDENT_AFTER = new Set([
  'response',
  'playbook',
  'prevention',
  'protection',
  'detection',
  'insurance',
  'simulation',
  'drill',
  'readiness',
]);

/** "We got hit with ransomware Tuesday night", "our CRM was breached": an incident at the company, undisclosed. */
export function incidents(scan: Scan): void {
  if (scan.ctx.matches('incidents').length === 0 || scan.announcing || scan.published) return;
  for (const m of scan.ctx.matches('incidents')) {
    if (NOT_INCIDENT_AFTER.has(scan.tok(m.lastToken + 1)) && scan.continues(m.lastToken + 1)) continue;
    if (pastYearNear(scan, m.firstToken, m.lastToken)) continue;
    let k = m.firstToken - 1;
    while (k >= m.firstToken - 5 && k >= 0 && INCIDENT_VERBS.has(scan.tok(k)) && scan.continues(k + 1)) k--;
    // "our CRM was breached": one noun between the owner and the verb.
    if (k >= 1 && k < m.firstToken - 1 && !scan.isCompanyRef(k) && scan.continues(k)) k--;
    if (k < 0 || k === m.firstToken - 1 || !scan.isCompanyRef(k) || !scan.continues(k + 1)) continue;
    // "how we handle a data breach" has no verb of suffering it.
    let suffered = false;
    for (let v = k + 1; v < m.firstToken; v++) suffered ||= INCIDENT_HAPPENED.has(scan.tok(v));
    if (!suffered) continue;
    const [s, e] = scan.range(k, m.lastToken);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” reveals a security incident — only what the company has disclosed may be posted; remove it.`,
      s,
      e,
    );
  }
}

export function dealTalk(scan: Scan): void {
  for (const m of scan.ctx.matches('deal-talk')) {
    if (pastYearNear(scan, m.firstToken, m.lastToken)) continue;
    scan.add(
      `“${scan.written(m)}” reveals an unannounced deal, layoffs or results — only announced news may be posted; remove it.`,
      m,
    );
  }
}

/**
 * The company as the subject of a deal or layoffs: "Acme is buying Initrode", "we're acquiring
 * Hooli for $2B", "they're laying off the entire support team", "HR is firing half the team".
 */
export function companyMoves(scan: Scan): void {
  const names = scan.names();
  // The move starts one to four words after its subject ("we are now acquiring").
  scan.near('company-moves', 4, -1, 0, scan.tokens.length, (i) => {
    const subject = scan.tok(i);
    const company = (COMPANY_REF.has(subject) || names.has(subject)) && subject !== 'our' && subject !== 'us';
    if (!company && !LAYOFF_SUBJECTS.has(subject)) return;
    let k = i + 1;
    while (k <= i + 3 && scan.continues(k) && BE.has(scan.tok(k))) k++;
    if (!scan.continues(k)) return;
    const end = COMPANY_MOVES.endAt(scan.tokens, k);
    if (end < 0) return;
    const layoff = LAYOFF_MOVE.test(scan.tok(end)) || LAYOFF_MOVE.test(scan.tok(k));
    let last = -1;
    if (layoff) {
      for (let o = end + 1; o <= end + 4 && scan.continues(o); o++) {
        const people = PEOPLE.endAt(scan.tokens, o);
        if (people >= 0 || (/^\d/.test(scan.tok(o)) && PEOPLE.has(scan.tokens, o + 1))) {
          last = people >= 0 ? people : PEOPLE.endAt(scan.tokens, o + 1);
          break;
        }
      }
    } else if (company && !scan.announcing) {
      const target = scan.capitalizedAfter(end, 1);
      if (target !== undefined && !scan.isCompanyRef(target) && !scan.continuesLowercase(target)) last = target;
    }
    if (last < 0) return;
    const [s, e] = scan.range(i, last);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” reveals an unannounced deal or layoffs — only announced news may be posted; remove it.`,
      s,
      e,
    );
  });
}

/** "layoffs hitting the sales org on Friday", "the merger … is happening in Q2". */
export function dealTiming(scan: Scan): void {
  for (const m of scan.ctx.matches('deal-words')) {
    if (NOT_DEAL_BEFORE.has(scan.tok(m.firstToken - 1)) || scan.announcing || scan.published) continue;
    if (!scan.phraseInSentence(DEAL_TIMING, m.firstToken, m.lastToken, 10)) continue;
    // "After being laid off last week I'm looking for my next role": it already happened.
    if (pastTimeNear(scan, m.firstToken, m.lastToken)) continue;
    scan.add(
      `“${scan.written(m)}” with a date reveals unannounced news — only announced news may be posted; remove it.`,
      m,
    );
  }
}

/** "about 80 roles affected", "300 jobs going": a count of cuts before any announcement. */
export function cutCounts(scan: Scan): void {
  if (scan.ctx.matches('cut-units').length === 0 || scan.announcing || scan.published) return;
  scan.near('cut-units', 0, 0, 1, scan.tokens.length, (i) => {
    if (!CUT_UNITS.has(scan.tok(i)) || !/^\d/.test(scan.tok(i - 1)) || !scan.continues(i)) return;
    let k = i + 1;
    if (/^(?:are|will|be|to|being|getting|were)$/.test(scan.tok(k)) && scan.continues(k)) k++;
    if (!scan.continues(k) || !CUT_OUTCOME.has(scan.tok(k))) return;
    if (scan.tok(k) === 'at' && scan.tok(k + 1) !== 'risk') return;
    const [s, e] = scan.range(i - 1, k);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” reveals unannounced job cuts — only announced news may be posted; remove it.`,
      s,
      e,
    );
  });
}

/** "we're planning to close 40 stores next year", "shutting 3 plants": counted site closures. */
export function siteClosures(scan: Scan): void {
  if (scan.ctx.matches('close-verbs').length === 0 || scan.announcing || scan.published) return;
  scan.near('close-verbs', 0, 0, 0, scan.tokens.length - 2, (i) => {
    if (!CLOSE_VERBS.has(scan.tok(i))) return;
    let k = i + 1;
    if (scan.tok(k) === 'down' && scan.continues(k)) k++;
    if (!scan.continues(k) || !/^\d/.test(scan.tok(k))) return;
    const site = k + (scan.continues(k + 2) && SITE_NOUNS.has(scan.tok(k + 2)) ? 2 : 1);
    if (!scan.continues(site) || !SITE_NOUNS.has(scan.tok(site))) return;
    const [s, e] = scan.range(i, site);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” reveals unannounced closures — only announced news may be posted; remove it.`,
      s,
      e,
    );
  });
}

const PAST_UNITS = /^(?:week|month|year|quarter|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** "we were hacked in 2019": a year already past dates the news as history. */
function pastYearNear(scan: Scan, first: number, last: number): boolean {
  const year = scan.ctx.now.getFullYear();
  const past = (k: number) => /^(?:19|20)\d\d$/.test(scan.tok(k)) && Number(scan.tok(k)) < year;
  for (let k = first - 1; k >= first - 6 && k >= 0 && scan.continues(k + 1); k--) if (past(k)) return true;
  for (let k = last + 1; k <= last + 6 && scan.continues(k); k++) if (past(k)) return true;
  return false;
}

/** "last week", "yesterday", "two months ago" right after the news: it has happened. */
function pastTimeNear(scan: Scan, first: number, last: number): boolean {
  for (let k = last + 1; k <= last + 4 && scan.continues(k); k++) {
    const t = scan.tok(k);
    if (t === 'yesterday' || t === 'ago' || (t === 'last' && PAST_UNITS.test(scan.tok(k + 1)))) return true;
  }
  return first >= 1 && scan.tok(first - 1) === 'after' && scan.continues(first);
}
