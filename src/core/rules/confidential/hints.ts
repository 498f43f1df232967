/**
 * Insider hints: what staff pass on without stating it outright. A writer who holds back
 * ("that's all I'm allowed to say 🤐") about the company's quarter, and office gossip overheard at
 * work about sites or teams going ("Overheard by the lifts: 'Leeds and Bristol are done'").
 * Each half alone is ordinary (a TV finale kept secret, a quote overheard on a train).
 */
import workplaceFile from '../../data/confidential/workplace-spots.json';
import { TokenPhrases } from '../../token-phrases';
import { hushEmojiPossible } from './markers';
import type { Scan } from './scan';
import { dateAt, laterAt } from './when';

/** The company's results: "Q4", "the quarter", "our numbers", "how the books look". */
const RESULTS = /^(?:q[1-4]|h[12]|quarter|numbers|results|earnings|books|fy\d{0,4})$/;
/** Before a results word: another period or someone else's ("last quarter", "next year", "Globex's numbers"). */
const NOT_CURRENT = new Set(['last', 'past', 'previous', 'prior', 'next', 'every', 'each', 'per', 'a', 'my', 'your']);
/** Only the zipper-mouth emoji holds back; the shushing one is `hushed`'s. */
const ZIPPER = /\u{1F910}/u;

/** "Q4 has been INSANE. That's all I'm allowed to say 🤐", "can't say anything about how Q4 went". */
export function heldBackResults(scan: Scan): void {
  const { ctx } = scan;
  // A hint: worth a finding only when nothing more specific was found.
  if (scan.findings.length > 0) return;
  const cues = ctx.matches('held-back');
  const zipped = cues.length === 0 && hushEmojiPossible(ctx.text.original) && ZIPPER.test(ctx.text.original);
  if (cues.length === 0 && !zipped) return;
  if (ctx.company.isCompanyAccount(ctx.post.account?.handle) || scan.releasedAlready) return;
  const results = scan.tokens.findIndex((t, i) => RESULTS.test(t.text) && !NOT_CURRENT.has(scan.tok(i - 1)));
  if (results < 0) return;
  const cue = cues[0];
  if (cue) {
    scan.add(
      `“${scan.written(cue)}” hints at results that are not out yet — only published results may be shared; remove it.`,
      cue,
    );
    return;
  }
  const [s, e] = scan.range(results, results);
  scan.addRange(
    `“${ctx.text.original.slice(s, e)}” with 🤐 hints at results that are not out yet — only published results may be shared; remove it.`,
    s,
    e,
  );
}

const WORKPLACE = TokenPhrases.of(workplaceFile);
/** What overheard gossip says happens to a site or a team: "done", "closing", "gone", "cut". */
const GOING = new Set([
  'done',
  'closing',
  'close',
  'closed',
  'shut',
  'shutting',
  'gone',
  'cut',
  'cuts',
  'cutting',
  'axed',
  'outsourced',
  'offshored',
  'sold',
  'layoffs',
  'redundancies',
  'redundant',
  'finished',
]);

/** "Overheard by the lifts: 'Leeds and Bristol are done before Easter'": office gossip about cuts. */
export function overheardAtWork(scan: Scan): void {
  for (const m of scan.ctx.matches('overhear')) {
    let spot = -1;
    for (let k = m.lastToken + 1; k <= m.lastToken + 5 && k < scan.tokens.length && spot < 0; k++) {
      const end = WORKPLACE.endAt(scan.tokens, k);
      if (end >= 0) spot = end;
    }
    if (spot < 0) continue;
    let said = spot + 1;
    while (said < scan.tokens.length && !GOING.has(scan.tok(said))) said++;
    if (said >= scan.tokens.length) continue;
    const [s, e] = scan.range(m.firstToken, spot);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” passes on office talk about unannounced cuts — it is not for publication; remove it.`,
      s,
      e,
    );
    return;
  }
}

/** Passed on second-hand: "somebody in finance said", "a friend in sales ops says", "per someone in RevOps". */
const SOURCE = /^(?:somebody|someone|friend|buddy|guy|person|people|folks|colleague|mate|word|contact|source)$/;
/** What the figures are: the company's metrics not in the shared list. */
const METRIC =
  /^(?:churn|pipeline|daus?|maus?|margins?|renewals|signups|burn|revenue|bookings|arr|mrr|sales|retention|conversion|traffic|usage|orders|subscribers|nrr|cac)$/;
/** How they moved: "has doubled", "down 40%", "tanked", "fell 30%". */
const MOVED =
  /^(?:doubled|tripled|halved|tanked|crashed|cratered|plummeted|plunged|collapsed|fell|dropped|down|up|spiked|soared|surged|flat|slumped)$/;

/** "Somebody in finance said churn has doubled since the price change". */
export function hearsayFigures(scan: Scan): void {
  for (const m of scan.ctx.matches('inside-teams')) {
    let source = false;
    for (let k = m.firstToken - 1; k >= m.firstToken - 4 && k >= 0 && scan.continues(k + 1); k--)
      source ||= SOURCE.test(scan.tok(k)) || scan.tok(k) === 'from';
    if (
      !source ||
      !/^(?:in|on|from)$/.test(
        scan.tok(m.firstToken - 1) === 'the' ? scan.tok(m.firstToken - 2) : scan.tok(m.firstToken - 1),
      )
    )
      continue;
    let metric = -1;
    let moved = -1;
    for (let k = m.lastToken + 1; k <= m.lastToken + 14 && k < scan.tokens.length; k++) {
      if (metric < 0 && METRIC.test(scan.tok(k))) metric = k;
      else if (metric >= 0 && k - metric <= 5 && MOVED.test(scan.tok(k))) moved = k;
      if (moved >= 0) break;
    }
    if (moved < 0) continue;
    const [s, e] = scan.range(metric, moved);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}”, passed on from inside, reveals figures that are not published — remove it.`,
      s,
      e,
    );
    return;
  }
}

/** What is priced: "list prices", "the Pro plan", "licences" (the lexicon finds them, so posts without one cost nothing). */
export const PRICED = [
  'price',
  'prices',
  'pricing',
  'plan',
  'plans',
  'tier',
  'licence',
  'licences',
  'license',
  'licenses',
  'subscription',
  'subscriptions',
  'seat',
  'seats',
];
/** It goes up: "go up", "rise 12%", "jumps to $49", "get 15% pricier". */
const RISES = /^(?:up|rises?|rising|jumps?|jumping|increases?|increasing|pricier|hike|hiked|doubles?)$/;
/** Readers are told to beat it: "renew before then", "lock in now", "get those renewals signed". */
const BEAT_IT = /^(?:renew|renewals?|lock|sign|signed|before)$/;

/** "enterprise list prices go up 18% on March 1. get those renewals signed now": a price change before its notice. */
export function priceTip(scan: Scan): void {
  if (scan.findings.length > 0) return;
  if (scan.ctx.company.isCompanyAccount(scan.ctx.post.account?.handle) || scan.releasedAlready) return;
  if (scan.published || scan.announcing) return;
  // Whether the post urges beating the rise ("renew now"), read once rather than per match.
  let beatIt: boolean | undefined;
  for (const m of scan.ctx.matches('priced')) {
    const i = m.lastToken;
    let rise = -1;
    for (let k = i + 1; k <= i + 4 && scan.continues(k); k++) if (RISES.test(scan.tok(k))) rise = k;
    if (rise < 0) continue;
    let dated = false;
    for (let k = rise + 1; k <= rise + 6 && scan.continues(k); k++)
      dated ||= dateAt(scan, k) || laterAt(scan, k) || /^q[1-4]$/.test(scan.tok(k));
    beatIt ??= scan.tokens.some((t) => BEAT_IT.test(t.text));
    if (!dated || !beatIt) continue;
    const [s, e] = scan.range(i, rise);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” with a date tells customers about a price change before it is announced — remove it.`,
      s,
      e,
    );
    return;
  }
}
