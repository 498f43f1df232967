/**
 * Who a rated word is said of, for the valence check (./valence.ts): the subject of a linking verb,
 * the person named after an adjective, the object of a verb of contempt. Stricter than the insult
 * checks in ./aim.ts, because a valence word rates things and weather as readily as people.
 */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import { genericRelative } from './aim';
import type { HostileText } from './text';
import { W } from './words';

/** Steps allowed between the word and the verb or "you" it hangs on ("are rude, dishonest and frankly incompetent"). */
export const MAX_STEPS = 10;

/** Back over intensifiers, other verdict words and "and" to the word the verdict hangs on. */
export function walkBackOver(h: HostileText, first: number): { index: number; spanStart: number; negated: boolean } {
  let cur = first;
  let spanStart = first;
  let negated = false;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    if (cur === 0 || (h.tokens[cur] as Token).breakBefore) return { index: -1, spanStart, negated };
    const prev = h.tokens[cur - 1] as Token;
    if (W.NEGATIONS.has(prev.text) || prev.text.endsWith("n't")) negated = true;
    else if (h.valenceAt.has(cur - 1) || h.adjectiveAt.has(cur - 1)) spanStart = cur - 1;
    else if (!W.FILLER.has(prev.text) && !W.COORDINATION.has(prev.text)) return { index: cur - 1, spanStart, negated };
    cur--;
  }
  return { index: -1, spanStart, negated };
}

/**
 * The subject of the linking verb is a person: "you're", "he is", "@dan was", "my coworker is",
 * "the guy who reviewed my PR is", "everyone at that agency is". Stricter than the insult checks:
 * a capitalised word ("Liverpool were shocking") or a thing someone owns ("your app is awful") is not.
 */
export function personSubject(h: HostileText, verb: number): number {
  const tok = h.tokens[verb] as Token;
  const apostrophe = tok.text.indexOf("'");
  if (apostrophe > 0 && !W.LINKING_VERBS.has(tok.text)) {
    const head = tok.text.slice(0, apostrophe);
    return W.PERSON_SUBJECTS.has(head) || (head === 'they' && peopleBefore(h, verb)) ? verb : -1;
  }
  if (verb === 0 || tok.breakBefore || genericRelative(h, verb - 1)) return -1;
  if (isPerson(h, verb - 1)) return withDeterminer(h, verb - 1);
  for (let k = verb - 1; k > 0 && k >= verb - 12; k--) {
    const t = h.tokens[k] as Token;
    // "the guy who reviewed my PR is…": the word before "who".
    if (t.text === 'who') return isPerson(h, k - 1) ? withDeterminer(h, k - 1) : -1;
    if (t.breakBefore) break;
  }
  for (let k = verb - 1; k > 0 && k >= verb - 5; k--) {
    const t = h.tokens[k] as Token;
    if (t.breakBefore) break;
    // "Everyone at that agency is…", "the devs from our agency are…": the head before the preposition.
    if (W.SUBJECT_PREPOSITIONS.has(t.text) && isPerson(h, k - 1)) return withDeterminer(h, k - 1);
  }
  return -1;
}

/** The subject with its determiner, for the quoted span ("my coworker", "the guy"). */
export function withDeterminer(h: HostileText, head: number): number {
  const prev = h.tokens[head - 1];
  if (!prev || (h.tokens[head] as Token).breakBefore || h.commaAfter(head - 1)) return head;
  return W.SPECIFIC.has(prev.text) || W.SELF_POSSESSIVES.has(prev.text) ? head - 1 : head;
}

export function isPerson(h: HostileText, index: number): boolean {
  const tok = h.tokens[index] as Token;
  if (W.SELF.has(tok.text)) return false;
  if (W.PERSON_SUBJECTS.has(tok.text) || tok.sigil === '@' || h.companyAt.has(index)) return true;
  if (tok.text === 'they') return peopleBefore(h, index);
  if (!h.targetAt.has(index)) return false;
  // "Attack surface management", "customer support": a collective word after a noun names a practice.
  const prev = h.tokens[index - 1];
  return !W.PRACTICES.has(tok.text) || !prev || tok.breakBefore || !isModifier(h, index - 1);
}

/** How far back "they" looks for the people it may stand for. */
const ANTECEDENT_WINDOW = 15;

/**
 * "they" stands for people when the last noun-like word before it names people ("Called support
 * four times. They were rude"), not a thing ("Tried the X200 headphones: they are awful").
 */
function peopleBefore(h: HostileText, index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - ANTECEDENT_WINDOW; k--) {
    const tok = h.tokens[k] as Token;
    if (h.targetAt.has(k) || h.companyAt.has(k) || h.insultAt.has(k) || tok.sigil === '@') return true;
    if (W.SELF.has(tok.text)) return false;
  }
  return false;
}

/** A word before a collective noun that makes it a practice ("risk management"), not a determiner or the company. */
function isModifier(h: HostileText, index: number): boolean {
  const text = (h.tokens[index] as Token).text;
  return !W.SPECIFIC.has(text) && !W.SELF_POSSESSIVES.has(text) && !h.companyAt.has(index) && !W.FILLER.has(text);
}

/** A person named right after the verdict word, over other adjectives: "worthless human", "greedy, heartless man". */
export function personAfter(h: HostileText, last: number): number {
  for (let k = last + 1; k <= last + 3; k++) {
    const tok = h.tokens[k];
    if (!tok || tok.breakBefore) return -1;
    if (h.targetAt.has(k) || h.insultAt.has(k) || tok.sigil === '@' || W.DEHUMANISING.has(tok.text)) return k;
    if (!W.FILLER.has(tok.text) && !h.valenceAt.has(k) && !h.adjectiveAt.has(k)) return -1;
  }
  return -1;
}

/** The person a verb of contempt is aimed at: "you", "him", "@bob", "my manager", "these recruiters". */
export function objectAfter(h: HostileText, last: number): number {
  for (let k = last + 1; k <= last + 3; k++) {
    const tok = h.tokens[k];
    if (!tok || tok.breakBefore) return -1;
    if (W.CONTEMPT_OBJECTS.has(tok.text) || tok.sigil === '@' || h.targetAt.has(k) || h.companyAt.has(k)) return k;
    if (!W.OBJECT_DETERMINERS.has(tok.text) && !W.SELF_POSSESSIVES.has(tok.text) && !h.valenceAt.has(k)) return -1;
  }
  return -1;
}

export function spanOf(h: HostileText, match: LexiconMatch, end: number): LexiconMatch {
  if (end <= match.lastToken) return match;
  return { ...match, lastToken: end, end: h.endOf(end) };
}
