/**
 * Things staff pass on from inside: a leader's words from an internal meeting, quoted word for
 * word; a customer's private message or record posted with who wrote it; a team's HR meeting
 * booked for a set time (how layoffs are run). Public versions stay clean: a keynote, a press
 * release, a public review, a benefits session.
 */
import meetingsFile from '../../data/confidential/internal-meetings.json';
import { TokenPhrases } from '../../token-phrases';
import type { Scan } from './scan';
import { dateAt, laterAt } from './when';

const MEETINGS = TokenPhrases.of(meetingsFile);
/** Before the leader: the writer's own company's ("our CEO", "my skip-level", "the CFO"). */
const OWN = new Set(['our', 'my', 'the']);
/** Passed on as said: "verbatim", "word for word", "exact words", "direct quote", "passing on". */
const RELAY = new TokenPhrases([
  'verbatim',
  'word for word',
  'exact words',
  'direct quote',
  'quote',
  'quoting',
  'passing on',
  'sharing what',
  'in his words',
  'in her words',
  'in their words',
]);
/** A quotation follows a colon or comma: "CFO at today's town hall: 'we will…'". */
const QUOTED = /[:,]\s*['"“‘]/;
const QUOTE_REACH = 200;

/** Whether a relay phrase ("word for word", "passing on") starts before token `end`. */
function relayBefore(scan: Scan, end: number): boolean {
  for (let k = 0; k < Math.min(end, scan.tokens.length); k++) if (RELAY.has(scan.tokens, k)) return true;
  return false;
}

/** "what our CEO told the leadership offsite word for word: '…'". */
export function leaderWords(scan: Scan): void {
  const { original } = scan.ctx.text;
  for (const m of scan.ctx.matches('relay-leaders')) {
    const opens = m.firstToken === 0 || !scan.continues(m.firstToken);
    if (!opens && !OWN.has(scan.tok(m.firstToken - 1))) continue;
    if (!scan.phraseInSentence(MEETINGS, m.firstToken, m.lastToken, 8)) continue;
    const relayed =
      // The quote follows the leader's words closely; a bounded look keeps long posts linear.
      QUOTED.test(original.slice(m.end, m.end + QUOTE_REACH)) || relayBefore(scan, m.firstToken + 12);
    if (!relayed) continue;
    scan.add(
      `“${scan.written(m)}” quoted from an internal meeting passes on internal communication — it is not for publication; remove it.`,
      m,
    );
    return;
  }
}

/** Who writes to the company: "a customer's email", "the DM a client sent me". */
const CUSTOMER = /^(?:customer|client|user|guest|patient|shopper|caller|buyer)(?:'s|s)?$/;
/** A sign the writer is identified: "names blurred (mostly)", "his handle's in the corner", "unedited". */
const IDENTITY =
  /^(?:blurred|blur|redacted|unredacted|uncensored|unedited|name|names|name's|handle|handle's|signature|signature's|address|number|account)$/;
/** Whose name: a third person ("his full name", "her address", "the guy's number"). */
const THIRD = /^(?:his|her|their|[a-z]+'s)$/;
const NOT_THIRD = new Set(["it's", "that's", "what's", "there's", "here's", "who's", "he's", "she's", "let's"]);

/** "screenshot of a customer's email, names blurred (mostly)", "his full name's on the receipt". */
export function customerRecords(scan: Scan): void {
  const comms = scan.ctx.matches('customer-comms');
  if (comms.length === 0) return;
  // Read once for every match: scanning the post per match grew with its square on long posts.
  const aboutCustomer = scan.tokens.some((t) => CUSTOMER.test(t.text));
  const identities: number[] = [];
  scan.tokens.forEach((t, i) => {
    if (IDENTITY.test(t.text)) identities.push(i);
  });
  if (identities.length === 0) return;
  for (const m of comms) {
    let customer = false;
    for (let k = m.firstToken - 4; k <= m.lastToken + 4; k++) if (k >= 0 && CUSTOMER.test(scan.tok(k))) customer = true;
    // "this customer left a $0 tip … name's on the receipt": a customer's record, named.
    const named = identities.find((i) => {
      if (customer || (aboutCustomer && Math.abs(i - m.firstToken) <= 3 && scan.continues(Math.max(i, m.firstToken))))
        return true;
      for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
        const w = scan.tok(k);
        if (THIRD.test(w) && !NOT_THIRD.has(w)) return true;
      }
      return false;
    });
    if (named === undefined) continue;
    const [s, e] = scan.range(Math.min(m.firstToken, named), Math.max(m.lastToken, named));
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” exposes a customer's private message or details — remove it or get their consent.`,
      s,
      e,
    );
    return;
  }
}

/** A meeting booked with HR: "calendar invite", "1:1", "quick sync". */
const MEETING = /^(?:invite|invites|invitation|meeting|meetings|sync|call|catch|1|update|chat)$/;
/** For a whole team, or plainly ominous: "my whole pod", "the entire ops org", "no agenda". */
const GROUP = /^(?:whole|entire|everyone|everybody|all|agenda|surprise|mandatory)$/;
const CLOCK = /^(?:\d{1,2}(?:am|pm)?|noon|morning)$/;

/** "my whole pod got a calendar invite for Friday 9am with HR titled 'quick sync'". */
export function hrInvites(scan: Scan): void {
  if (scan.ctx.matches('hr').length === 0) return;
  if (scan.ctx.company.isCompanyAccount(scan.ctx.post.account?.handle)) return;
  for (const m of scan.ctx.matches('hr')) {
    const lo = Math.max(0, m.firstToken - 12);
    const hi = Math.min(scan.tokens.length - 1, m.lastToken + 12);
    let meeting = false;
    let group = false;
    let when = false;
    for (let k = lo; k <= hi; k++) {
      const w = scan.tok(k);
      meeting ||= MEETING.test(w);
      group ||= GROUP.test(w);
      when ||=
        dateAt(scan, k) || laterAt(scan, k) || (CLOCK.test(w) && k > 0 && /^(?:at|for|\d+)$/.test(scan.tok(k - 1)));
    }
    if (!meeting || !group || !when) continue;
    scan.add(
      `“${scan.written(m)}” meetings booked for a whole team point at layoffs not yet announced — don’t post it; remove it.`,
      m,
    );
    return;
  }
}
