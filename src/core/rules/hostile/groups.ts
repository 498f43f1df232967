/**
 * Sweeping contempt for a whole group (nationality, ethnicity, religion, gender, age):
 * "Indian devs write garbage code", "women don't belong in engineering", "women only close
 * deals because they flirt". The group words are ordinary on their own ("our Indian team",
 * "Women in Tech meetup"); what makes it hostile is a contempt word or a sweeping claim with the
 * group as its subject — and not in a post that argues against the stereotype.
 */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import type { HostileText } from './text';
import { W } from './words';

/** How far after the group (and its person word) a contempt word or claim still has it as subject. */
const CONTEMPT_WINDOW = 3;
const CLAIM_WINDOW = 4;
/** Sentences are read at most this many words around the group, so a post without full stops stays linear. */
const SCAN = 40;

export function checkGroup(h: HostileText, match: LexiconMatch): void {
  const subjectEnd = groupSubjectEnd(h, match);
  if (subjectEnd < 0 || !opensClause(h, match.firstToken)) return;
  const sentenceEnd = endOfSentence(h, subjectEnd);
  if (guarded(h, match.firstToken, sentenceEnd)) return;
  const hit =
    contemptAfter(h, subjectEnd, sentenceEnd) ?? claimAfter(h, subjectEnd) ?? onlyBecause(h, subjectEnd, sentenceEnd);
  if (hit === undefined || h.covered.has(hit) || negatedBefore(h, match.firstToken, hit)) return;
  const span = { ...match, lastToken: hit, end: h.endOf(hit) };
  h.report(
    span,
    span.start,
    `Demeans a whole group (${h.quote(span)}) — sweeping contempt for people by origin, gender, age or faith reflects on you and the company; remove it.`,
  );
}

/**
 * The last token of the group as a subject: a plural group ("immigrants", "Gen Z") or a group
 * word before a person word ("Indian devs", "female engineers"); -1 when it is a modifier of a
 * thing ("Indian food", "Chinese New Year").
 */
function groupSubjectEnd(h: HostileText, match: LexiconMatch): number {
  const last = match.lastToken;
  const next = h.tokens[last + 1];
  if (next && !next.breakBefore && h.targetAt.has(last + 1)) return last + 1;
  const word = (h.tokens[last] as Token).text;
  return /s$/.test(word) || W.GROUP_PLURALS.has(word) ? last : -1;
}

/**
 * The group opens its clause ("Indian devs write…", "tbh women can't…", "because immigrants…"),
 * so it is the subject — not the object of a verb ("still underpaying women, still lying").
 */
function opensClause(h: HostileText, first: number): boolean {
  for (let k = first; k > first - 3; k--) {
    if (k === 0 || (h.tokens[k] as Token).breakBefore) return true;
    const prev = (h.tokens[k - 1] as Token).text;
    if (!W.CLAUSE_OPENERS.has(prev)) return false;
    if (!W.GROUP_DETERMINERS.has(prev)) return true;
  }
  return false;
}

function endOfSentence(h: HostileText, from: number): number {
  let k = from + 1;
  while (k < h.tokens.length && k <= from + SCAN && !(h.tokens[k] as Token).breakBefore) k++;
  return k - 1;
}

/** Anti-stereotype words anywhere in the sentence ("stop calling Gen Z lazy"). */
function guarded(h: HostileText, first: number, last: number): boolean {
  let from = first;
  while (from > 0 && from > first - SCAN && !(h.tokens[from] as Token).breakBefore) from--;
  for (let k = from; k <= last; k++) {
    const text = (h.tokens[k] as Token).text;
    if (W.GROUP_GUARDS.has(text)) return true;
  }
  return false;
}

/** "Not all women…", "immigrants aren't lazy": a negation from the sentence start up to the claim. */
function negatedBefore(h: HostileText, first: number, hit: number): boolean {
  let from = first;
  while (from > 0 && from > first - SCAN && !(h.tokens[from] as Token).breakBefore) from--;
  for (let k = from; k <= hit; k++) {
    const text = (h.tokens[k] as Token).text;
    if (W.NEGATIONS.has(text) || (text.endsWith("n't") && !h.groupClaimAt.has(k))) return true;
  }
  return false;
}

/** A contempt word right after the subject: "Indian devs write garbage code", "boomers are useless". */
function contemptAfter(h: HostileText, subjectEnd: number, sentenceEnd: number): number | undefined {
  for (let k = subjectEnd + 1; k <= Math.min(sentenceEnd, subjectEnd + CONTEMPT_WINDOW); k++) {
    const tok = h.tokens[k] as Token;
    if (tok.text.endsWith("n't") || h.commaAfter(k - 1)) return undefined;
    if (h.insultAt.has(k) || h.adjectiveAt.has(k) || W.THING_INSULTS.has(tok.text)) return k;
  }
  return undefined;
}

/** A listed claim with the group as subject: "women don't belong…", "immigrants are taking our jobs". */
function claimAfter(h: HostileText, subjectEnd: number): number | undefined {
  for (let k = subjectEnd + 1; k <= subjectEnd + CLAIM_WINDOW; k++) {
    const tok = h.tokens[k];
    if (!tok || tok.breakBefore) return undefined;
    const claim = h.groupClaimAt.get(k);
    if (claim) return claim.lastToken;
  }
  return undefined;
}

/** "Women in sales only close deals because they flirt": success explained away by the group. */
function onlyBecause(h: HostileText, subjectEnd: number, sentenceEnd: number): number | undefined {
  for (let k = subjectEnd + 1; k <= Math.min(sentenceEnd, subjectEnd + 4); k++) {
    if ((h.tokens[k] as Token).text !== 'only') continue;
    for (let j = k + 1; j < Math.min(sentenceEnd, k + 8); j++) {
      const next = (h.tokens[j + 1] as Token).text;
      if ((h.tokens[j] as Token).text === 'because' && W.THIRD_PERSON.has(next)) return j + 1;
    }
  }
  return undefined;
}
