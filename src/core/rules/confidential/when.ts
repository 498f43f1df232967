/**
 * Dates and "still to come" words, shared by the checks that read a post as running ahead of an
 * announcement: a plan with its date, results with their release day.
 */
import type { Scan } from './scan';

const MONTH =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri)$/;
/** "the 28th", "March 1st": a day of the month. */
const ORDINAL = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/;
const DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
/** Before a bare month or a weekday: it names a time ("by March", "on Monday", "end of June"). */
const TIME_LEAD = new Set(['on', 'by', 'in', 'of', 'from', 'until', 'till', 'starting', 'before', 'this', 'next']);
const MONTH_LEAD = new Set(['of', 'in', 'by', 'until', 'till', 'from', 'before', 'starting', 'early', 'mid', 'late']);
/** "in a few weeks", "in 2 weeks". */
const SPAN = /^(?:days|weeks|months)$/;
const FEW = new Set(['a', 'few', 'couple', 'two', 'three', 'four', 'several']);
/** Still to come: "next week", "later", "soon", "until the 30th". */
const LATER = new Set(['next', 'tomorrow', 'later', 'soon', 'until', 'till', 'upcoming', 'coming', 'tbd', 'pending']);
/** "goes out", "comes out", "go public": the news is released. */
const RELEASE_MOTION = new Set(['go', 'goes', 'come', 'comes', 'is', 'are', 'be', "isn't", "aren't", 'not']);

/** Token k is (part of) a date: "June 1", "1 May", "the 28th", "on Monday", "end of March", "Jan 30". */
export function dateAt(scan: Scan, k: number): boolean {
  const t = scan.tok(k);
  if (ORDINAL.test(t)) return true;
  if (MONTH.test(t)) {
    const dayAfter = scan.continues(k + 1) && DAY.test(scan.tok(k + 1));
    const dayBefore = scan.continues(k) && DAY.test(scan.tok(k - 1));
    if (dayAfter || dayBefore) return true;
    if (!scan.continues(k)) return false;
    // "may" and "march" are words too: "by March", "end of May", not "on march" or "next may".
    const lead = scan.tok(k - 1);
    return t === 'may' || t === 'march' ? MONTH_LEAD.has(lead) : TIME_LEAD.has(lead);
  }
  return WEEKDAY.test(t) && scan.continues(k) && (TIME_LEAD.has(scan.tok(k - 1)) || !scan.continues(k - 1));
}

/** Token k says something is still to come: "next", "soon", "until", "goes out", "in a few weeks", a weekday. */
export function laterAt(scan: Scan, k: number): boolean {
  const t = scan.tok(k);
  if (LATER.has(t) || WEEKDAY.test(t)) return true;
  if (t === 'out') return RELEASE_MOTION.has(scan.tok(k - 1));
  if (SPAN.test(t)) {
    // "in a few weeks", "in 2 weeks", "in a couple of weeks".
    for (let j = k - 1; j >= k - 4 && scan.continues(j + 1); j--) {
      const w = scan.tok(j);
      if (w === 'in') return true;
      if (!FEW.has(w) && !/^\d+$/.test(w) && w !== 'of') return false;
    }
  }
  return false;
}

/** The author writes as the company: "we", "our", or a name or product of the company. */
export function companyVoice(scan: Scan): boolean {
  if (scan.ctx.company.mentions.some((m) => m.kind === 'name' || m.kind === 'product')) return true;
  return scan.tokens.some((_, i) => scan.isCompanyRef(i));
}
