/**
 * Who a remark is said of. From an insult the checks walk back over articles and intensifiers
 * ("a total", "such a bunch of") to "you", a demonstrative, or a linking verb and its subject
 * ("@bob is a clown", "Globex are crooks", "my old boss was a tyrant"). Said of the author
 * ("I was an idiot") or of a thing ("this update is useless") a remark is not aimed at anyone.
 */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import { hasValueIn } from '../../text/sorted';
import { type HostileText, isCapitalized } from './text';
import { W } from './words';

export type Aim = 'self' | 'other' | 'none';

/**
 * Steps back over articles, intensifiers and insult adjectives within the sentence.
 * Returns the first other word (-1 at the sentence start), where the insult's span starts,
 * and whether a negation was passed ("you're not an idiot").
 */
export function walkBack(h: HostileText, first: number): { index: number; spanStart: number; negated: boolean } {
  let cur = first;
  let spanStart = first;
  let negated = false;
  for (let steps = 0; steps < 8; steps++) {
    const tok = h.tokens[cur] as Token;
    if (cur === 0 || tok.breakBefore) return { index: -1, spanStart, negated };
    const prev = h.tokens[cur - 1] as Token;
    if (W.NEGATIONS.has(prev.text) || prev.text.endsWith("n't")) negated = true;
    else if (h.adjectiveAt.has(cur - 1)) spanStart = cur - 1;
    else if (!W.FILLER.has(prev.text) && !prev.breakBefore && adjectiveSlot(h, cur, first)) {
      // "a sadistic little tyrant", "they're just bitter failures": one unlisted word between an
      // article, intensifier or linking verb and the insult is an adjective of the insult.
      spanStart = cur - 1;
    } else if (W.COORDINATION.has(prev.text)) {
      // "is a dinosaur and a moron": continue from the linking verb of the first half.
      const link = linkingVerbBefore(h, cur - 1, 7);
      if (link < 0) return { index: cur - 1, spanStart, negated };
      cur = link + 1;
      continue;
    } else if (!W.FILLER.has(prev.text)) return { index: cur - 1, spanStart, negated };
    cur--;
  }
  return { index: -1, spanStart, negated };
}

/** The nearest linking verb up to `max` words before `index` in the same sentence, or -1. */
export function linkingVerbBefore(h: HostileText, index: number, max: number): number {
  for (let k = index - 1; k >= 0 && k >= index - max; k--) {
    if (isLinkingVerb(h, k)) return k;
    if ((h.tokens[k] as Token).breakBefore) break;
  }
  return -1;
}

/** "is", "are", "'re", "seems", "sounds like", or a contraction that contains one ("he's"). */
export function isLinkingVerb(h: HostileText, index: number): boolean {
  const text = (h.tokens[index] as Token).text;
  if (W.LINKING_VERBS.has(text)) return true;
  const apostrophe = text.indexOf("'");
  return apostrophe > 0 && W.CONTRACTED_COPULAS.has(text.slice(apostrophe + 1));
}

/** Who the linking verb at `index` is said of. */
export function subjectOf(h: HostileText, index: number, strict: boolean): Aim {
  const tok = h.tokens[index] as Token;
  const apostrophe = tok.text.indexOf("'");
  if (apostrophe > 0 && !W.LINKING_VERBS.has(tok.text))
    return classifyWord(h, tok.text.slice(0, apostrophe), index, strict);
  if (index === 0 || tok.breakBefore) return 'none';
  const subject = h.tokens[index - 1] as Token;
  // "Stop being so stupid": said to the reader.
  if (tok.text === 'being' && W.STOP.has(subject.text)) return noteToSelf(h, index - 1) ? 'self' : 'other';
  if (genericRelative(h, index - 1)) return 'none';
  const prep = h.tokens[index - 2];
  // "The villain in Succession is cruel", "the weather in Berlin is garbage": a name inside a
  // phrase after the subject; the subject is the word before the preposition.
  if (
    prep &&
    !subject.breakBefore &&
    W.SUBJECT_PREPOSITIONS.has(prep.text) &&
    classify(h, index - 1, true) === 'none'
  ) {
    const head = index >= 3 && !prep.breakBefore ? classify(h, index - 3, strict) : 'none';
    return head === 'none' ? distantSubject(h, index - 1, true) : head;
  }
  const direct = W.OBJECT_PRONOUNS.has(subject.text) ? 'none' : classify(h, index - 1, strict);
  return direct === 'none' ? distantSubject(h, index - 1, strict) : direct;
}

/**
 * "Don't hire people who are rude to waiters": the adjective defines a kind of person inside a
 * relative clause, it says nothing of anyone in particular (unlike "the guy who is…" or "my
 * manager, who is…").
 */
export function genericRelative(h: HostileText, who: number): boolean {
  const tok = h.tokens[who] as Token;
  if ((tok.text !== 'who' && tok.text !== 'that') || who === 0 || tok.breakBefore || h.commaAfter(who - 1))
    return false;
  const before = h.tokens[who - 2];
  const specific =
    before !== undefined && !(h.tokens[who - 1] as Token).breakBefore && W.SPECIFIC_BEFORE.has(before.text);
  return !specific;
}

/** "Note to self: stop being lazy with tests" — the author tells themself. */
function noteToSelf(h: HostileText, index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 4; k--) {
    const text = (h.tokens[k] as Token).text;
    if (text === 'self' || text === 'myself') return true;
  }
  return false;
}

/**
 * When the word before the verb is not its subject: "anyone who still uses Excel is a moron"
 * (the word before "who"), "the consultants McKinsey sent us are clowns" (a name just before).
 */
function distantSubject(h: HostileText, index: number, strict: boolean): Aim {
  for (let k = index; k > 0 && k >= index - 12; k--) {
    const tok = h.tokens[k] as Token;
    if (tok.text === 'who') return classify(h, k - 1, strict);
    if (tok.breakBefore) break;
  }
  // "HR at my last place were snakes", "the devs from our agency are idiots": the head before a preposition.
  for (let k = index; k > 0 && k >= index - 5; k--) {
    const tok = h.tokens[k] as Token;
    if (tok.breakBefore) break;
    if (W.SUBJECT_PREPOSITIONS.has(tok.text) && classify(h, k - 1, true) === 'other') return 'other';
  }
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    const tok = h.tokens[k] as Token;
    const sentenceStart = k === 0 || tok.breakBefore;
    // A capitalised first word of the sentence is too weak a sign of a name this far from the verb.
    const aim = W.OBJECT_PRONOUNS.has(tok.text) ? 'none' : classify(h, k, strict || sentenceStart);
    if (aim !== 'none') return aim;
    if (sentenceStart) break;
  }
  return 'none';
}

export function classify(h: HostileText, index: number, strict: boolean): Aim {
  const tok = h.tokens[index] as Token;
  const apostrophe = tok.text.indexOf("'");
  return classifyWord(h, apostrophe > 0 ? tok.text.slice(0, apostrophe) : tok.text, index, strict);
}

function classifyWord(h: HostileText, word: string, index: number, strict: boolean): Aim {
  const tok = h.tokens[index] as Token;
  if (W.SELF.has(word)) return 'self';
  if (W.SECOND_PERSON.has(word) || W.THIRD_PERSON.has(word) || tok.sigil === '@') return 'other';
  if (h.targetAt.has(index) || h.companyAt.has(index)) return 'other';
  if (strict) return 'none';
  // A name: "Bob is an idiot", "Globex are a bunch of crooks" (not "This is stupid").
  const [start] = h.ctx.text.toOriginal(tok.start, tok.end);
  const sentenceStart = index === 0 || tok.breakBefore;
  // Codes ("the A1", "Q3") and a gerund opening the sentence ("Adulting is a scam") are not names.
  if (tok.mixed || (sentenceStart && word.endsWith('ing'))) return 'none';
  // "Fraud is ugly", "Scammers are cruel": a capitalised first word that is a common English word
  // (a rated word, or an agent noun in the plural) is not a name.
  if (sentenceStart && (h.valenceAt.has(index) || /ers$/.test(word))) return 'none';
  if (isCapitalized(h.original, start) && !(sentenceStart && W.NOT_A_NAME.has(word))) return 'other';
  return 'none';
}

/** A word that names another person or company: you, they, @bob, "manager", the company. */
export function isPersonWord(h: HostileText, index: number): boolean {
  const tok = h.tokens[index] as Token;
  return (
    W.SECOND_PERSON.has(tok.text) ||
    W.THIRD_PERSON.has(tok.text) ||
    tok.sigil === '@' ||
    h.targetAt.has(index) ||
    h.companyAt.has(index) ||
    W.ANY_PERSON.has(tok.text)
  );
}

/** The author is the subject right before an intent word ("I will", "I'm going", "we're about"). */
export function selfBefore(h: HostileText, index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 2; k--) {
    const tok = h.tokens[k] as Token;
    if (W.SELF.has(tok.text) || tok.text === 'am') return true;
    if (tok.breakBefore) return false;
  }
  return false;
}

/** Index of the person a harm verb is aimed at ("you", "@bob", "the next person", "whoever"), or -1. */
export function personAfter(h: HostileText, last: number): number {
  for (let k = last + 1; k <= last + 4; k++) {
    const tok = h.tokens[k];
    if (!tok || tok.breakBefore) return -1;
    const pronoun = W.SECOND_PERSON.has(tok.text) || W.THIRD_PERSON.has(tok.text);
    if (pronoun ? W.PERSON_OBJECTS.has(tok.text) : isPersonWord(h, k)) return k;
    // "smack the product manager": one modifier before a person word.
    const modifies = h.targetAt.has(k + 1) && !(h.tokens[k + 1] as Token).breakBefore;
    if (!W.OBJECT_DETERMINERS.has(tok.text) && !modifies) return -1;
  }
  return -1;
}

/**
 * A call-out elsewhere in the post ("Looking at you, Brian", "Imagine being so useless…")
 * aims an insult at someone, unless the author says it of themself ("I was useless").
 */
export function calledOut(h: HostileText, match: LexiconMatch, beforeIndex: number): boolean {
  if (!hasValueIn(h.aimCueTokens, match.firstToken - 20, match.lastToken + 20)) return false;
  if (beforeIndex < 0) return true;
  const before = h.tokens[beforeIndex] as Token;
  if (W.SELF.has(before.text)) return false;
  return !isLinkingVerb(h, beforeIndex) || subjectOf(h, beforeIndex, true) !== 'self';
}

/** Whether the word before `cur` sits where an adjective of the insult at `first` would. */
function adjectiveSlot(h: HostileText, cur: number, first: number): boolean {
  const p2 = h.tokens[cur - 2];
  if (!p2) return false;
  if (W.INDEFINITE.has(p2.text)) return true;
  // Only right before a plural insult ("just bitter failures"), where "the" is not enough.
  const insult = (h.tokens[first] as Token).text;
  return cur === first && /[^s]s$/.test(insult) && W.FILLER.has(p2.text) && !W.ARTICLES.has(p2.text);
}
