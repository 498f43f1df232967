/**
 * Mockery without insult words: talking down ("let me explain this slowly for you"), sarcastic
 * praise ("…ghosted me for six weeks. Class act."), mocking similes ("has the IQ of a
 * houseplant", "like a pack of hyenas") and hyperbole of incompetence ("couldn't find the bug if
 * it was stapled to his forehead"). Each needs grammar that aims it at someone other than the author.
 */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import { isPersonWord } from './aim';
import type { HostileText } from './text';
import { W } from './words';

/** Eye-roll, clown, upside-down face, face-palm, unamused: they mark praise as sarcasm. */
const SARCASM_EMOJI = /\u{1F644}|\u{1F921}|\u{1F643}|\u{1F926}|\u{1F612}/u;

/** "Let me explain this slowly for you", "try to keep up, sweetie": said to someone in the sentence. */
export function checkCondescension(h: HostileText, match: LexiconMatch): void {
  if (negatedBefore(h, match.firstToken)) return;
  const [from, to] = h.sentenceOf(match.firstToken);
  let aimed = false;
  // "you", "sweetie", a name ("Try to keep up, Kevin."), someone addressed ("Dear customer") or
  // someone who is to follow ("so the sales team can follow along").
  for (let k = from; k <= to && !aimed; k++) {
    const word = (h.tokens[k] as Token).text;
    const able = W.ABLE.has(h.tokens[k + 1]?.text ?? '') || W.ABLE.has(h.tokens[k + 2]?.text ?? '');
    const addressed = W.VOCATIVE.has(h.tokens[k - 1]?.text ?? '') && k > from;
    aimed =
      W.SECOND_PERSON.has(word) ||
      W.ENDEARMENTS.has(word) ||
      capitalisedName(h, k) ||
      ((able || addressed) && !W.SELF.has(word) && isPersonWord(h, k));
  }
  if (!aimed) return;
  h.report(
    match,
    match.start,
    `Talks down to someone (${h.quote(match)}) — condescension reads as hostile; make the point plainly.`,
  );
}

/**
 * "Class act.", "Pure genius. 🤡", "Someone get this man a medal." — praise as a sentence of its
 * own after a complaint: an earlier sentence has a negative word or a sarcastic opener, or the post
 * an eye-roll emoji. Not in a warm sentence ("Thank you, Tom. Class act.").
 */
export function checkSarcasticVerdict(h: HostileText, match: LexiconMatch, openers: readonly LexiconMatch[]): void {
  const [from, to] = h.sentenceOf(match.firstToken);
  if (from === 0 || to - from > match.lastToken - match.firstToken + 3) return;
  if (warm(h, from, to)) return;
  const [prevFrom] = h.sentenceOf(from - 1);
  // "Love how Derek can lose a purchase order…": the opener's warmth is the sarcasm.
  const opened = openers.some((o) => o.firstToken < from);
  if (!opened && warm(h, prevFrom, from - 1)) return;
  const complaint = opened || negativeIn(h, 0, from - 1) || SARCASM_EMOJI.test(h.original.slice(h.endOf(from - 1)));
  if (!complaint) return;
  h.report(
    match,
    match.start,
    `Reads as sarcasm aimed at someone (${h.quote(match)}) — mockery reflects on you; say what went wrong plainly.`,
  );
}

/**
 * "Impressive how our landlord manages to be wrong about everything", "Love how Derek can lose a
 * purchase order…": a sarcastic opener, a person within three words, and a negative word in the sentence.
 */
export function checkSarcasticOpener(h: HostileText, match: LexiconMatch): void {
  const [, to] = h.sentenceOf(match.firstToken);
  let person = -1;
  for (let k = match.lastToken + 1; k <= Math.min(to, match.lastToken + 3); k++) {
    const word = (h.tokens[k] as Token).text;
    if (W.SELF.has(word) && !W.SELF_POSSESSIVES.has(word)) return;
    if (isPersonWord(h, k) || capitalisedName(h, k)) {
      person = k;
      break;
    }
  }
  if (person < 0 || warm(h, match.firstToken, to) || !negativeIn(h, person + 1, to)) return;
  const span = { ...match, lastToken: person, end: h.endOf(person) };
  h.report(
    span,
    span.start,
    `Reads as sarcasm aimed at someone (${h.quote(span)}) — mockery reflects on you; say what went wrong plainly.`,
  );
}

/**
 * "Special thanks to Jason for contributing absolutely nothing", "Congrats to our director on
 * finally doing his job": thanks or congratulations in the same sentence, said to someone else.
 * Not "volunteers who ask for nothing in return".
 */
export function checkBackhanded(h: HostileText, match: LexiconMatch): void {
  const after = h.tokens[match.lastToken + 1];
  if (after && !after.breakBefore && W.IN_RETURN.has(after.text)) return;
  const [from] = h.sentenceOf(match.firstToken);
  let thanked = -1;
  for (let k = from; k < match.firstToken; k++) {
    const word = (h.tokens[k] as Token).text;
    if (thanked < 0 && W.THANKING.has(word)) thanked = k;
    else if (thanked >= 0 && W.SELF.has(word) && !W.SELF_POSSESSIVES.has(word)) return;
  }
  if (thanked < 0) return;
  const span = { ...match, firstToken: thanked, start: h.startOf(thanked) };
  h.report(
    span,
    span.start,
    `Reads as sarcasm aimed at someone (${h.quote(span)}) — backhanded thanks reflect on you; say what went wrong plainly.`,
  );
}

/**
 * "Our new VP has the IQ of a houseplant", "a guy with the charisma of a fridge": a person's
 * faculty likened to a thing or animal. Not the author ("I have the attention span of a
 * goldfish"), not a compliment ("the heart of a lion").
 */
export function checkFaculty(h: HostileText, match: LexiconMatch): void {
  const of = h.tokens[match.lastToken + 1];
  const article = h.tokens[match.lastToken + 2];
  if (of?.text !== 'of' || of.breakBefore || !article || article.breakBefore) return;
  if (!W.INDEFINITE.has(article.text)) return;
  for (let k = match.lastToken + 3; k <= match.lastToken + 6; k++) {
    const tok = h.tokens[k];
    if (!tok || tok.breakBefore) break;
    if (W.COMPLIMENT_SIMILES.has(tok.text)) return;
  }
  // Back over "the" and up to two describing words to "has", "have", "with".
  let k = match.firstToken - 1;
  while (k > 0 && k >= match.firstToken - 3 && !W.ARTICLES.has((h.tokens[k] as Token).text)) k--;
  if (!W.ARTICLES.has(h.tokens[k]?.text ?? '') || (h.tokens[k + 1] as Token).breakBefore) return;
  const verb = k - 1;
  if (!W.HAVE.has(h.tokens[verb]?.text ?? '') || (h.tokens[k] as Token).breakBefore) return;
  if (!personBefore(h, verb)) return;
  const end = lastOfPhrase(h, match.lastToken + 2);
  const span = { ...match, firstToken: verb, lastToken: end, start: h.startOf(verb), end: h.endOf(end) };
  h.report(span, span.start, `Mocks someone (${h.quote(span)}) — ridicule reflects on you and the company; remove it.`);
}

/**
 * "couldn't find the bug if it was stapled to his forehead", "couldn't build a login page if
 * their lives depended on it", "couldn't organise a bake sale": said of someone else.
 */
export function checkIncapacity(h: HostileText, match: LexiconMatch): void {
  for (let k = match.firstToken - 1; k >= 0 && k >= match.firstToken - 12; k--) {
    const tok = h.tokens[k] as Token;
    if (W.NEGATED_ABILITY.has(tok.text) || (tok.text === 'not' && W.ABILITY.has(h.tokens[k - 1]?.text ?? ''))) {
      const modal = tok.text === 'not' ? k - 1 : k;
      if (!personBefore(h, modal)) return;
      // "couldn't organise a bake sale" closes its clause; "can't run a bake sale without a permit" is literal.
      const literal = W.INDEFINITE.has((h.tokens[match.firstToken] as Token).text);
      if (literal && !h.endsSentence(match.lastToken) && !h.commaAfter(match.lastToken)) return;
      const span = { ...match, firstToken: modal, start: h.startOf(modal) };
      h.report(
        span,
        span.start,
        `Mocks someone's competence (${h.quote(span)}) — ridicule reflects on you and the company; remove it.`,
      );
      return;
    }
    if (tok.breakBefore) return;
  }
}

/**
 * "The contractors swarmed the kitchen like rats", "a pack of hyenas", "like herding cattle":
 * people likened to animals or vermin. Not the author ("we worked like animals").
 */
export function checkVermin(h: HostileText, match: LexiconMatch): void {
  let k = match.firstToken - 1;
  while (k > 0 && k >= match.firstToken - 4 && W.SIMILE_FILLER.has((h.tokens[k] as Token).text)) k--;
  const like = h.tokens[k];
  if (!like || (h.tokens[k + 1] as Token).breakBefore) return;
  // "like herding cattle": one verb between "like" and the animals.
  if (like.text !== 'like' && like.text !== 'as') {
    if (!like.text.endsWith('ing') || h.tokens[k - 1]?.text !== 'like' || like.breakBefore) return;
    k--;
  }
  // "The cleaners are so slow… Like watching sloths mop.": a fragment opened by "like" goes on
  // describing the people of the sentence before.
  const fragment = k > 0 && (h.tokens[k] as Token).breakBefore;
  if (!personBefore(h, k) && !(fragment && personInSentenceBefore(h, k))) return;
  const span = { ...match, firstToken: k, start: h.startOf(k) };
  h.report(
    span,
    span.start,
    `Likens people to animals (${h.quote(span)}) — dehumanising remarks reflect on you and the company; remove it.`,
  );
}

/** A person (not the author) before `index` in its sentence: "our VP has", "Initech engineers couldn't". */
function personBefore(h: HostileText, index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 10; k--) {
    const tok = h.tokens[k] as Token;
    // "Every Globex rep I've met has…": the author inside a relative clause after the person.
    if (W.SELF.has(tok.text) && !W.SELF_POSSESSIVES.has(tok.text) && !(k > 0 && isPersonWord(h, k - 1))) return false;
    if (isPersonWord(h, k) || capitalisedName(h, k)) return true;
    if (tok.breakBefore) return false;
  }
  return false;
}

/** A person other than the author in the sentence that ends before `start`. */
function personInSentenceBefore(h: HostileText, start: number): boolean {
  const [from, to] = h.sentenceOf(start - 1);
  for (let k = from; k <= to; k++) if (isPersonWord(h, k) && !W.SELF.has((h.tokens[k] as Token).text)) return true;
  return false;
}

/** A capitalised word inside a sentence ("Derek", "Globex"), not its first word. */
function capitalisedName(h: HostileText, k: number): boolean {
  const tok = h.tokens[k] as Token;
  if (k === 0 || tok.breakBefore || tok.mixed) return false;
  const c = h.original.codePointAt(h.startOf(k));
  return c !== undefined && /\p{Lu}/u.test(String.fromCodePoint(c));
}

function negativeIn(h: HostileText, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const word = (h.tokens[k] as Token).text;
    if (h.valenceAt.has(k) || h.insultAt.has(k) || h.adjectiveAt.has(k) || word === 'again') return true;
  }
  return false;
}

function warm(h: HostileText, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (W.WARM.has((h.tokens[k] as Token).text)) return true;
  return false;
}

function negatedBefore(h: HostileText, first: number): boolean {
  const prev = h.tokens[first - 1];
  return !!prev && !(h.tokens[first] as Token).breakBefore && (W.NEGATIONS.has(prev.text) || prev.text.endsWith("n't"));
}

/** The end of "a (wet cardboard) box": up to three more words in the sentence. */
function lastOfPhrase(h: HostileText, from: number): number {
  let end = from;
  while (end + 1 <= from + 3 && h.tokens[end + 1] && !(h.tokens[end + 1] as Token).breakBefore && !h.commaAfter(end)) {
    const next = (h.tokens[end + 1] as Token).text;
    if (W.COORDINATION.has(next) || W.AFTER_INSULT.has(next)) break;
    end++;
  }
  return end;
}
