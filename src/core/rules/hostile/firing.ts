/** Calls for someone to lose their job: "whoever approved this needs to be fired", "Sack him." */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import { isPersonWord } from './aim';
import type { HostileText } from './text';
import { W } from './words';

const IMPERATIVES = new Set(['fire', 'sack']);

export function checkFiring(h: HostileText, match: LexiconMatch): void {
  const first = match.firstToken;
  const word = (h.tokens[first] as Token).text;
  const after = h.tokens[match.lastToken + 1];
  if (after && !after.breakBefore && W.NOT_FIRING_AFTER.has(after.text)) return;
  if (IMPERATIVES.has(word)) imperative(h, match);
  else passive(h, match);
}

/** "<person> should be fired", "… needs to be sacked", "… deserves to get walked out" (not "nobody should be fired"). */
function passive(h: HostileText, match: LexiconMatch): void {
  let k = match.firstToken - 1;
  if (!W.PASSIVE_AUX.has(h.tokens[k]?.text ?? '')) return;
  k--;
  // "should all be fired", "must both be sacked".
  if (W.ALL_OF_THEM.has(h.tokens[k]?.text ?? '')) k--;
  const modal = h.tokens[k]?.text ?? '';
  if (modal === 'to' && (W.DESERVE.has(h.tokens[k - 1]?.text ?? '') || W.OBLIGED.has(h.tokens[k - 1]?.text ?? ''))) k--;
  else if (modal !== 'should' && modal !== 'must') return;
  for (let t = k + 1; t <= match.firstToken; t++) if ((h.tokens[t] as Token).breakBefore) return;
  if (!subjectIsSomeone(h, k)) return;
  const span = { ...match, firstToken: k, start: h.startOf(k) };
  h.report(span, span.start, `Calls for someone to be fired (${h.quote(span)}) — remove it, or raise it privately.`);
}

/** "Fire the entire comms team.", "Sack him." — opening the sentence, a person as object; not "fire your worst client". */
function imperative(h: HostileText, match: LexiconMatch): void {
  const first = match.firstToken;
  if (first > 0 && !(h.tokens[first] as Token).breakBefore) return;
  const next = h.tokens[first + 1];
  if (!next || next.breakBefore || W.NOT_FIRING_OBJECT.has(next.text)) return;
  // The object opens right after the verb: "Fire the entire team", "Sack him" (not "Fire drill at 3pm, everyone…").
  if (!W.OBJECT_DETERMINERS.has(next.text) && !W.PERSON_OBJECTS.has(next.text) && !isPersonWord(h, first + 1)) return;
  for (let k = first + 1; k <= first + 5; k++) {
    const tok = h.tokens[k];
    if (!tok || tok.breakBefore || W.SELF.has(tok.text) || (k > first + 1 && h.commaAfter(k - 1))) return;
    if (W.PERSON_OBJECTS.has(tok.text) || isPersonWord(h, k)) {
      const span = { ...match, lastToken: k, end: h.endOf(k) };
      h.report(
        span,
        span.start,
        `Calls for someone to be fired (${h.quote(span)}) — remove it, or raise it privately.`,
      );
      return;
    }
  }
}

/**
 * The subject before the modal (up to 10 words back in the sentence) is another person, or
 * people called names ("the clowns in charge … should all be fired"); not negated ("nobody
 * should be fired"), not the author, not a thing.
 */
function subjectIsSomeone(h: HostileText, modal: number): boolean {
  for (let k = modal - 1; k >= 0 && k >= modal - 10; k--) {
    const tok = h.tokens[k] as Token;
    if (
      W.NEGATIONS.has(tok.text) ||
      tok.text.endsWith("n't") ||
      (W.SELF.has(tok.text) && !W.SELF_POSSESSIVES.has(tok.text))
    )
      return false;
    if (isPersonWord(h, k) || h.insultAt.has(k)) return true;
    if (tok.breakBefore) return false;
  }
  return false;
}
