/** Trashing an employer or the people one worked with: "toxic workplace", "treats us like dirt", "worst boss ever". */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import { isLinkingVerb, subjectOf, walkBack } from './aim';
import type { HostileText } from './text';
import { W } from './words';

export function checkEmployerTrash(h: HostileText, match: LexiconMatch): void {
  for (let t = Math.max(0, match.firstToken - 3); t < match.firstToken; t++) {
    // Advice and recruiting copy: "how to spot a toxic workplace", "no toxic culture here".
    if (W.GENERIC_BEFORE.has((h.tokens[t] as Token).text)) return;
  }
  const who = h.nearEmployer(match) ?? (isWorstEver(h, match) ? 'a (former) employer' : undefined);
  if (who === undefined) {
    // "You were the worst leader I've ever had."
    const back = walkBack(h, match.firstToken);
    const j = back.index;
    const aimed =
      !back.negated &&
      // "they are overworked": a participle says what was done to them, not what they are.
      !/ed$/.test(match.entry.term) &&
      j >= 0 &&
      (W.SECOND_PERSON.has((h.tokens[j] as Token).text) || (isLinkingVerb(h, j) && subjectOf(h, j, true) === 'other'));
    if (aimed) {
      h.report(
        match,
        match.start,
        `Calls someone ${h.quote(match)} — name-calling aimed at people or companies reflects on you and the company; remove it or make the point without the insult.`,
      );
    }
    return;
  }
  h.report(
    match,
    match.start,
    `Trashes ${who} (${h.quote(match)}) — criticising an employer in public reflects on you and on them; remove it or keep it factual.`,
  );
}

/** "treats us like dirt", "treated staff like garbage" — but not advice ("stop treating customers like …"). */
export function checkMistreatment(h: HostileText, match: LexiconMatch): void {
  for (let t = match.firstToken - 1; t >= 0 && t >= match.firstToken - 4; t--) {
    const tok = h.tokens[t] as Token;
    if (tok.text.startsWith('treat')) {
      for (let k = Math.max(0, t - 2); k < t; k++) {
        if (W.ADVICE_BEFORE.has((h.tokens[k] as Token).text)) return;
      }
      const span = { ...match, firstToken: t, start: h.startOf(t) };
      const who = h.nearEmployer(match);
      const quoted = h.quote(span);
      h.report(
        span,
        span.start,
        who === undefined
          ? `Attacks someone (${quoted}) — personal attacks reflect on you and the company; remove it or make the point without it.`
          : `Trashes ${who} (${quoted}) — criticising an employer in public reflects on you and on them; remove it or keep it factual.`,
      );
      return;
    }
    if (tok.breakBefore) return;
  }
}

/** "Worst management I've ever seen", "the worst recruiter ever": a verdict on people the author dealt with. */
export function checkWorstEver(h: HostileText, match: LexiconMatch): void {
  const worst = h.tokens[match.firstToken - 1];
  if (worst?.text !== 'worst' || h.tokens[match.firstToken]?.breakBefore) return;
  for (let k = match.lastToken + 1; k <= match.lastToken + 4; k++) {
    const tok = h.tokens[k];
    if (!tok || tok.breakBefore) return;
    if (tok.text === 'ever') {
      const span = { ...match, firstToken: match.firstToken - 1, start: h.startOf(match.firstToken - 1) };
      const who = h.nearEmployer(match) ?? 'someone';
      h.report(
        span,
        span.start,
        `Trashes ${who} (${h.quote(span)}) — criticising people you worked with in public reflects on you and on them; remove it or keep it factual.`,
      );
      return;
    }
  }
}

/** "Worst boss ever." is a verdict on someone the author worked with (not "the worst job I ever had taught me"). */
function isWorstEver(h: HostileText, match: LexiconMatch): boolean {
  const ever = h.tokens[match.lastToken + 1];
  return ever?.text === 'ever' && !ever.breakBefore && h.endsSentence(match.lastToken + 1);
}
