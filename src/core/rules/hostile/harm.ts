/** Threats and ill wishes built by grammar: "I'm going to punch the next person who…", "hope they go bankrupt". */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import { isPersonWord, personAfter, selfBefore } from './aim';
import type { HostileText } from './text';
import { W } from './words';

/**
 * "I'm going to punch the next person who…", "gonna slap you", "I'll end you": the author
 * says they will harm someone — or urges it ("someone needs to slap the guy who…"), or says
 * someone deserves it ("the guy in 14C deserves a punch", "whoever did this should be slapped").
 */
export function checkHarmVerb(h: HostileText, match: LexiconMatch): void {
  const first = match.firstToken;
  const prev = h.tokens[first - 1];
  if (!prev || h.tokens[first]?.breakBefore || prev.breakBefore) return;
  const word = (h.tokens[first] as Token).text;
  const base = match.entry.term.replace('*', '').split(' ')[0] === word;
  if (base && threatensWithIntent(h, match)) return;
  deservesHarm(h, match, base);
}

function threatensWithIntent(h: HostileText, match: LexiconMatch): boolean {
  const first = match.firstToken;
  const prev = h.tokens[first - 1] as Token;
  const prev2 = h.tokens[first - 2]?.text ?? '';
  let intentAt = -1;
  if (prev.text === 'and') {
    const verb = coordinatedVerb(h, first - 1);
    return verb !== first - 1 && threatensWithIntent(h, { ...match, firstToken: verb });
  }
  if (W.INTENT.has(prev.text) || W.OBLIGED.has(prev.text)) intentAt = first - 1;
  else if (prev.text === 'to' && (W.INTENT_BEFORE_TO.has(prev2) || W.OBLIGED.has(prev2))) intentAt = first - 2;
  if (intentAt < 0) return false;
  const intent = (h.tokens[intentAt] as Token).text;
  // "I will", "we need to": the author; "someone should", "somebody needs to": incitement.
  if (W.OBLIGED.has(intent) && !W.INTENT.has(intent) && !W.INTENT_BEFORE_TO.has(intent)) {
    if (!selfBefore(h, intentAt) && !anyoneBefore(h, intentAt)) return false;
  } else if (W.NEEDS_SUBJECT.has(intent) && !selfBefore(h, intentAt)) {
    // "someone need to slap him" (non-native grammar) is still incitement.
    if (intent !== 'need' || !anyoneBefore(h, intentAt)) return false;
  }
  // "I will never hurt you", "won't", "don't want to".
  for (let k = Math.max(0, intentAt - 2); k < first; k++) {
    const t = (h.tokens[k] as Token).text;
    if (W.NEGATIONS.has(t) || t.endsWith("n't")) return false;
    if (k > intentAt - 2 && (h.tokens[k] as Token).breakBefore && k !== intentAt) return false;
  }
  const object = personAfter(h, match.lastToken);
  if (object < 0) return false;
  const start = W.INTENT.has(prev.text) && prev.text !== 'will' ? first - 1 : intentAt;
  const span = { ...match, firstToken: start, lastToken: object, start: h.startOf(start), end: h.endOf(object) };
  h.report(span, span.start, `Reads as a threat (${h.quote(span)}) — remove it.`);
  return true;
}

/**
 * "I'll lose it and throttle someone": the verb before "and" (up to three words back) shares the
 * intent; returns where that verb starts, or the "and" itself when there is none.
 */
function coordinatedVerb(h: HostileText, and: number): number {
  for (let k = and - 1; k >= 0 && k >= and - 3; k--) {
    const tok = h.tokens[k] as Token;
    if (tok.breakBefore) return and;
    const prev = h.tokens[k - 1];
    if (prev && (W.INTENT.has(prev.text) || prev.text === 'to')) return k;
  }
  return and;
}

/** "someone needs to", "somebody should": an indefinite person urged to do it. */
function anyoneBefore(h: HostileText, index: number): boolean {
  const tok = h.tokens[index - 1];
  return tok !== undefined && !h.tokens[index]?.breakBefore && W.ANY_PERSON.has(tok.text);
}

/** "<person> deserves a (good) punch", "<person> should be slapped", "… deserves to get punched". */
function deservesHarm(h: HostileText, match: LexiconMatch, base: boolean): void {
  let k = match.firstToken - 1;
  if (base) {
    while (k > 0 && W.HARM_FILLER.has((h.tokens[k] as Token).text) && !(h.tokens[k + 1] as Token).breakBefore) k--;
    if (!W.INDEFINITE.has((h.tokens[k] as Token).text)) return;
    // "a punch of colour", "a kick of flavour".
    if (h.tokens[match.lastToken + 1]?.text === 'of') return;
    k--;
    if (!W.DESERVE.has(h.tokens[k]?.text ?? '')) return;
  } else {
    if (!W.PASSIVE_AUX.has((h.tokens[k] as Token).text)) return;
    k--;
    const modal = h.tokens[k]?.text ?? '';
    if (modal === 'to' && W.DESERVE.has(h.tokens[k - 1]?.text ?? '')) k--;
    else if (modal !== 'should' && modal !== 'must') return;
  }
  for (let t = k; t <= match.firstToken; t++) {
    if (t > k && (h.tokens[t] as Token).breakBefore) return;
  }
  if (!personSubjectBefore(h, k)) return;
  const span = { ...match, firstToken: k, start: h.startOf(k) };
  h.report(span, span.start, `Wishes harm on someone (${h.quote(span)}) — remove it.`);
}

/**
 * Whether the subject before `index` (up to 8 words back in the sentence) is another person:
 * "the guy in seat 14C deserves…", "whoever did this should…" — not "I deserve", not a thing
 * someone owns ("your inbox deserves…").
 */
function personSubjectBefore(h: HostileText, index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 8; k--) {
    const tok = h.tokens[k] as Token;
    if (W.NEGATIONS.has(tok.text) || tok.text.endsWith("n't") || W.SELF.has(tok.text)) return false;
    if (W.POSSESSIVES.has(tok.text) && k !== index - 1) return false;
    if (isPersonWord(h, k)) return true;
    if (tok.breakBefore) return false;
  }
  return false;
}

/** "You'll regret crossing me", "you're going to regret messing with us": a threatened consequence. */
export function checkConsequence(h: HostileText, match: LexiconMatch): void {
  const first = match.firstToken;
  let k = first - 1;
  if (h.tokens[k]?.text === 'to' && h.tokens[k - 1]?.text === 'going') k -= 2;
  const intent = h.tokens[k];
  if (!intent) return;
  const you = intent.text.startsWith("you'") ? k : W.FUTURE.has(intent.text) ? k - 1 : -1;
  const youTok = h.tokens[you];
  if (!youTok || !(W.SECOND_PERSON.has(youTok.text) || youTok.text.startsWith("you'"))) return;
  if (youTok.text.startsWith("you'") && !/^you'(ll|re)$/.test(youTok.text)) return;
  for (let t = you + 1; t <= first; t++) if ((h.tokens[t] as Token).breakBefore) return;
  // The author is what they will regret: "crossing me", "messing with us", "the day you met me".
  for (let t = match.lastToken + 1; t <= match.lastToken + 4; t++) {
    const tok = h.tokens[t];
    if (!tok || tok.breakBefore || W.NEGATIONS.has(tok.text)) return;
    if (W.AUTHOR_OBJECTS.has(tok.text)) {
      const span = { ...match, firstToken: you, lastToken: t, start: h.startOf(you), end: h.endOf(t) };
      h.report(span, span.start, `Reads as a threat (${h.quote(span)}) — remove it.`);
      return;
    }
  }
}

/** "hope your startup burns to the ground", "hope they go bankrupt" — harm wished on someone. */
export function checkIllWish(h: HostileText, match: LexiconMatch): void {
  for (let k = match.firstToken - 1; k >= 0 && k >= match.firstToken - 6; k--) {
    const tok = h.tokens[k] as Token;
    if (W.NEGATIONS.has(tok.text) || tok.text.endsWith("n't")) return;
    if (W.WISH.has(tok.text)) {
      // The one wished ill comes right after "hope" (or "hope that"): not the author ("hope our servers don't crash").
      let who = k + 1;
      if (h.tokens[who]?.text === 'that') who++;
      const whoTok = h.tokens[who];
      if (!whoTok || who >= match.firstToken || !isPersonWord(h, who)) return;
      const span = { ...match, firstToken: k, start: h.startOf(k) };
      h.report(span, span.start, `Wishes harm on someone (${h.quote(span)}) — remove it.`);
      return;
    }
    if (tok.breakBefore) return;
  }
}
