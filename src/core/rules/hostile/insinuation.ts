/**
 * Hostility without a hostile word: idioms of depravity ("people who'd sell their own grandmother
 * for a bonus"), veiled threats ("I know your plate. Watch yourself."), taunts at a former boss
 * ("Hi Gary 👋 still can't run a standup without a meltdown?"), belittling a complaint ("read the
 * terms before crying on Twitter") and doubt that a group can do a basic thing ("Fingers crossed
 * the locals can follow a simple instruction this time 🙄"). Each is tied to a grammatical frame,
 * because the words alone are ordinary.
 */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import { isPersonWord } from './aim';
import type { HostileText } from './text';
import { W } from './words';

const words = (s: string) => new Set(s.split(' '));

const MODALS = words("would wouldn't wouldnt will won't who who'd they'd he'd she'd");
const ABILITY = words('can could manage manages managed remember figure learn learned learnt follow read');
/** A task so basic that doubting it is a put-down. */
const MINIMAL = words('simple basic once time least heard');
/** People spoken of as a crowd: "the locals", "this lot", "the drivers here". */
const CROWD = words('locals natives lot');
const PLACE_AFTER = words('here there');
const SARCASM_EMOJI = /^[\s.!?…]*(?:🙄|🙃|😒|🤦)/u;

export function checkDepravity(h: HostileText, match: LexiconMatch): void {
  if (match.entry.note?.startsWith('Alone')) {
    report(h, match, 'Brands someone as callous');
    return;
  }
  // "who'd sell their own grandmother", "would throw anyone under the bus": a modal or relative
  // before it, with someone other than the author as subject, and no negation in between.
  for (let k = match.firstToken - 1; k >= 0 && k >= match.firstToken - 6; k--) {
    const text = (h.tokens[k] as Token).text;
    if ((h.tokens[k + 1] as Token).breakBefore) return;
    if (W.NEGATIONS.has(text) || (text.endsWith("n't") && !MODALS.has(text))) return;
    if (!MODALS.has(text)) continue;
    const subject = h.tokens[k - 1];
    if (subject && !(h.tokens[k] as Token).breakBefore && W.SELF.has(subject.text)) return;
    report(h, match, 'Brands someone as morally depraved');
    return;
  }
}

/** "I know your plate. Watch yourself.": only as a clause of its own. */
export function checkVeiledThreat(h: HostileText, match: LexiconMatch): void {
  if (!h.endsSentence(match.lastToken) && !h.commaAfter(match.lastToken)) return;
  const first = match.firstToken;
  if (first > 0 && !(h.tokens[first] as Token).breakBefore && !punctuationBefore(h, first)) return;
  h.report(match, match.start, `Reads as a veiled threat (${h.quote(match)}) — remove it.`);
}

/** "Your new reports have my sympathies", "Still taking credit for other people's slides?" — near an ex-boss. */
export function checkTaunt(h: HostileText, match: LexiconMatch): void {
  if (h.nearEmployer(match) === undefined) return;
  if ((h.tokens[match.firstToken] as Token).text === 'still') {
    const [from, to] = h.sentenceOf(match.firstToken);
    if (from !== match.firstToken || !endsWithQuestion(h, to)) return;
    for (let k = from; k <= to; k++) if (W.SELF.has((h.tokens[k] as Token).text)) return;
    // A habit the taunt says has not changed: "still can't run a standup", "still taking credit";
    // "Still grateful?" asks nothing of the boss.
    const verb = h.tokens[from + 1]?.text ?? '';
    if (to - from < 2 || !(verb.endsWith("n't") || verb === 'cannot' || verb.endsWith('ing'))) return;
    const span = { ...match, lastToken: to, end: h.endOf(to) };
    report(h, span, 'Taunts a former boss or colleague');
    return;
  }
  report(h, match, 'Taunts a former boss or colleague');
}

/** "Maybe read the terms before crying on Twitter", "You people will complain about anything". */
export function checkComplaintMockery(h: HostileText, match: LexiconMatch): void {
  const [from, to] = h.sentenceOf(match.firstToken);
  const first = match.firstToken;
  if (match.entry.note?.startsWith('Sweeping')) {
    const window = h.tokens.slice(Math.max(from, first - 3), first).map((t) => t.text);
    if (!window.some((w) => W.YOU.has(w) || w === 'people')) return;
  } else {
    const prev = h.tokens[first - 1]?.text ?? '';
    const prev2 = h.tokens[first - 2]?.text ?? '';
    const framed = prev === 'before' || prev === 'stop' || (prev === 'of' && prev2 === 'instead');
    if (!framed || first - 1 < from) return;
    let addressed = false;
    for (let k = from; k <= to; k++) {
      const text = (h.tokens[k] as Token).text;
      if (W.SELF.has(text) && !W.SELF_POSSESSIVES.has(text) && text !== 'us') return;
      addressed ||= W.SECOND_PERSON.has(text);
    }
    if (!addressed) return;
  }
  report(h, match, 'Belittles someone’s complaint');
}

/** "Fingers crossed the locals can follow a simple instruction this time": doubt that a group can do a basic thing. */
export function checkDoubtedAbility(h: HostileText, match: LexiconMatch, groupAt: ReadonlySet<number>): void {
  const [, to] = h.sentenceOf(match.firstToken);
  let k = match.lastToken + 1;
  if (['the', 'these', 'those', 'this', 'that', 'our'].includes(h.tokens[k]?.text ?? '')) k++;
  if (k > to) return;
  const word = (h.tokens[k] as Token).text;
  const here = PLACE_AFTER.has(h.tokens[k + 1]?.text ?? '') && k + 1 <= to && isPersonWord(h, k);
  if (!groupAt.has(k) && !CROWD.has(word) && !here) return;
  const verb = k + (here ? 2 : 1);
  let able = -1;
  for (let j = verb; j <= Math.min(to, verb + 2); j++) {
    const text = (h.tokens[j] as Token).text;
    if (ABILITY.has(text) || (text === 'heard' && j > verb)) able = j;
    if (able >= 0) break;
  }
  if (able < 0) return;
  let minimal = false;
  for (let j = able; j <= to && !minimal; j++) minimal = MINIMAL.has((h.tokens[j] as Token).text);
  if (!minimal && !SARCASM_EMOJI.test(h.original.slice(h.endOf(to)))) return;
  const span = { ...match, lastToken: to, end: h.endOf(to) };
  report(h, span, 'Insinuates that a group of people cannot manage a basic task');
}

/** "To whoever keyed my car: I know who you are." — a comma, colon or dash opens a clause too. */
function punctuationBefore(h: HostileText, index: number): boolean {
  return /[,:;—–-]/.test(h.original.slice(h.endOf(index - 1), h.startOf(index)));
}

function endsWithQuestion(h: HostileText, last: number): boolean {
  return /^[\s"')\]]*\?/.test(h.original.slice(h.endOf(last)));
}

function report(h: HostileText, match: LexiconMatch, what: string): void {
  h.report(
    match,
    match.start,
    `${what} (${h.quote(match)}) — it reads as hostile and reflects on you and the company; remove it.`,
  );
}
