/**
 * A dated plan told before its official notice: "we're sunsetting the legacy API on June 1,
 * official notice goes out next month", "the all-staff email goes out tomorrow". The notice
 * still to come says the plan is not public; the company's voice and a date say it is the
 * author's own news, not a city's road works ("the city says Main St closes June 1, official
 * notice next month") or "more announcements coming soon".
 */
import type { Scan } from './scan';
import { companyVoice, dateAt, laterAt } from './when';

/** The notice itself: "the announcement", "official notice", "the memo", "press release". */
export const NOTICE_NOUNS = new Set([
  'announcement',
  'announcements',
  'notice',
  'notices',
  'memo',
  'comms',
  'communication',
  'communications',
  'email',
  'emails',
  'letter',
  'release',
  'news',
]);
/** Nouns that are a notice only when qualified: "the official email", not "the email" (a newsletter). */
const NEEDS_QUALIFIER = new Set(['email', 'emails', 'letter', 'release', 'news']);
/** Qualifiers of a notice: "the official notice", "formal announcement", "all-staff email", "press release". */
const QUALIFIER = new Set([
  'official',
  'formal',
  'public',
  'press',
  'staff',
  'wide',
  'companywide',
  'customer',
  'customers',
  'partner',
  'partners',
  'deprecation',
  'eol',
]);
/** "until further notice", "short notice", "more announcements": not the notice of a plan. */
const NOT_THE_NOTICE = new Set([
  'further',
  'short',
  'more',
  'big',
  'exciting',
  'any',
  'some',
  'an',
  'a',
  'no',
  'weeks',
]);
/** Between the notice and "next week": it already went out ("the notice we sent last month"). */
const SENT = new Set([
  'went',
  'sent',
  'was',
  'were',
  'came',
  'published',
  'posted',
  'announced',
  'received',
  'read',
  'last',
  'earlier',
  'already',
  'ago',
  'yesterday',
  'today',
]);

export function planBeforeNotice(scan: Scan): void {
  if (scan.ctx.matches('notice-nouns').length === 0) return;
  if (scan.ctx.company.isCompanyAccount(scan.ctx.post.account?.handle) || scan.releasedAlready) return;
  let found: [number, number] | undefined;
  scan.near('notice-nouns', 0, 0, 0, scan.tokens.length, (i) => {
    if (found || !NOTICE_NOUNS.has(scan.tok(i))) return;
    const first = noticeStart(scan, i);
    if (first < 0) return;
    for (let k = i + 1; k <= i + 6 && scan.continues(k); k++) {
      if (SENT.has(scan.tok(k))) return;
      if (laterAt(scan, k)) {
        found = [first, k];
        return;
      }
    }
  });
  if (!found) return;
  const [first, last] = found;
  // The plan's date lies outside the notice's own words ("June 1", not the "next month" of the notice).
  if (!scan.tokens.some((_, k) => (k < first || k > last + 3) && dateAt(scan, k))) return;
  if (!companyVoice(scan)) return;
  const [s, e] = scan.range(first, last);
  scan.addRange(
    `“${scan.ctx.text.original.slice(s, e)}” says this plan is not announced yet — wait for the official notice; remove it.`,
    s,
    e,
  );
}

/** First token of the notice's noun phrase at noun i, or -1 when it is not the notice of something. */
function noticeStart(scan: Scan, i: number): number {
  // "press release" is one noun; "release" alone is a product's.
  let first = i;
  let qualified = false;
  for (let k = i - 1; k >= i - 3 && k >= 0 && scan.continues(k + 1); k--) {
    const w = scan.tok(k);
    if (NOT_THE_NOTICE.has(w)) return -1;
    if (QUALIFIER.has(w) || w === 'all') {
      qualified = true;
      first = k;
    } else if (w === 'the' || w === 'our') {
      first = k;
      break;
    } else if (k === i - 1 && /^[a-z]+$/.test(w) && scan.continues(k + 1) && QUALIFIER.has(scan.tok(k - 1))) {
    } else break;
  }
  if (NEEDS_QUALIFIER.has(scan.tok(i)) && !qualified) return -1;
  // Bare "announcement" needs an article or a qualifier: "Announcement next week" could be anyone's.
  if (first === i) return -1;
  return first;
}
