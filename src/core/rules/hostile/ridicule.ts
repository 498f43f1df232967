/**
 * Ridicule carried by a conventional idiom rather than by an insult word: mocking someone's
 * intelligence or worth ("natural selection is on holiday", "waste of a bed"), their looks or body
 * ("a face for radio", "needed two seatbelt extenders") or how they speak ("the thickest accent
 * imaginable", "half the room needed a translator"). These are the posts press reports describe when
 * staff were disciplined for mocking customers and patients. An idiom is hostile only when someone
 * other than the author is near it: "I have a face for radio" is self-deprecation.
 */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import { isPersonWord } from './aim';
import type { HostileText } from './text';
import { W } from './words';

export type RidiculeKind = 'ridicule' | 'looks' | 'speech';

const MESSAGES: Record<RidiculeKind, string> = {
  ridicule: 'Mocks someone',
  looks: "Mocks someone's looks or body",
  speech: 'Mocks how someone speaks',
};

/** Words that show a post is about someone's speech, needed by the comprehension idioms. */
const SPEECH_WORDS = new Set(
  'accent accents say says said saying speak speaks speaking spoke talk talks talking talked sound sounds sounded english language'.split(
    ' ',
  ),
);
/** The speech idioms that need such a word elsewhere ("needed a translator", "understand a word"). */
const COMPREHENSION_HEADS = new Set(['need', 'needs', 'needed', 'understand', 'understanding', 'understood']);

/** "a walking encyclopedia" is praise; "a walking tour" is not said of anyone. */
const WALKING_NOT_MOCKING = new Set(
  'encyclopedia encyclopaedia dictionary wikipedia legend miracle advertisement advert billboard testament inspiration library tour tours meeting meetings'.split(
    ' ',
  ),
);

export function checkRidicule(h: HostileText, match: LexiconMatch, kind: RidiculeKind): void {
  const head = (h.tokens[match.firstToken] as Token).text;
  if (match.entry.term === 'a walking') {
    // "He's a walking midlife crisis": a verdict after a linking verb.
    const verb = h.tokens[match.firstToken - 1];
    const linked =
      !!verb && (W.LINKING_VERBS.has(verb.text) || W.CONTRACTED_COPULAS.has(verb.text) || /'(?:s|re)$/.test(verb.text));
    const next = h.tokens[match.lastToken + 1];
    if (!linked || !next || next.breakBefore || WALKING_NOT_MOCKING.has(next.text)) return;
  }
  if (kind === 'speech' && COMPREHENSION_HEADS.has(head)) {
    // "I can't understand a word of German": a language, not a person's speech.
    if (h.tokens[match.lastToken + 1]?.text === 'of') return;
    if (!h.tokens.some((t, k) => (k < match.firstToken || k > match.lastToken) && SPEECH_WORDS.has(t.text))) return;
  }
  if (!aimedAtOther(h, match)) return;
  // Quote the thing a person is called ("a walking midlife"), not just "a walking".
  const last = match.entry.term === 'a walking' ? match.lastToken + 1 : match.lastToken;
  if (h.covered.has(last)) return;
  const span = { ...match, lastToken: last, end: h.endOf(last) };
  h.report(
    span,
    span.start,
    `${MESSAGES[kind]} (${h.quote(span)}) — ridicule reflects on you and the company; remove it.`,
  );
}

/** Words of praise a backhanded compliment limits ("impressive, honestly, for someone with your résumé"). */
const PRAISE = new Set(
  'impressive smart clever bright articulate pretty decent capable competent confident funny brave beautiful attractive'.split(
    ' ',
  ),
);

/** "Pretty smart for a woman", "Impressive, honestly, for someone with your résumé": praise up to four words before. */
export function checkBackhandedCompliment(h: HostileText, match: LexiconMatch): void {
  const [from] = h.sentenceOf(match.firstToken);
  let praise = -1;
  for (let k = match.firstToken - 1; k >= from && k >= match.firstToken - 4; k--) {
    if (PRAISE.has((h.tokens[k] as Token).text)) praise = k;
  }
  if (praise < 0) return;
  const span = { ...match, firstToken: praise, start: h.startOf(praise) };
  h.report(
    span,
    span.start,
    `A backhanded compliment (${h.quote(span)}) — praise limited by who someone is reads as contempt; remove it.`,
  );
}

/**
 * "the most boring man alive", "the rudest person on earth": a strongly negative word right
 * before a person word right before the closer.
 */
export function checkSuperlative(h: HostileText, match: LexiconMatch): void {
  const person = match.firstToken - 1;
  const judged = person - 1;
  if (judged < 0 || (h.tokens[match.firstToken] as Token).breakBefore || (h.tokens[person] as Token).breakBefore)
    return;
  if (!isPersonWord(h, person) || W.SELF.has((h.tokens[person] as Token).text)) return;
  if ((!h.valenceAt.has(judged) && !h.adjectiveAt.has(judged)) || h.covered.has(judged)) return;
  const span = { ...match, firstToken: judged, start: h.startOf(judged) };
  h.report(
    span,
    span.start,
    `Judges someone harshly (${h.quote(span)}) — ridicule reflects on you and the company; remove it.`,
  );
}

/** Conduct a stereotype is pinned on ("Typical French work ethic"); "Typical British weather" is not conduct. */
const CONDUCT = new Set(
  'behaviour behavior attitude attitudes ethic manners driving drivers arrogance laziness rudeness entitlement timekeeping'.split(
    ' ',
  ),
);
/** Endings of nationality and regional adjectives: French, Spanish, Aussie, Italian, Chinese, Glaswegian. */
const DEMONYM = /(?:ch|sh|ish|ese|ian|an|ean|ie|i)$/;

/**
 * "Typical French work ethic 🥖", "Typical Aussie manners": "typical" opening a sentence, then a
 * capitalised nationality adjective, then people or their conduct within two words.
 */
export function checkStereotype(h: HostileText, match: LexiconMatch): void {
  const first = match.firstToken;
  if (first > 0 && !(h.tokens[first] as Token).breakBefore) return;
  const nation = h.tokens[first + 1];
  if (!nation || nation.breakBefore || !capitalised(h, first + 1) || !DEMONYM.test(nation.text)) return;
  for (let k = first + 2; k <= first + 4; k++) {
    const tok = h.tokens[k];
    if (!tok || tok.breakBefore) return;
    // "Typical German engineering": a craft, not people ("engineer*" also matches it).
    const people = isPersonWord(h, k) && !W.SELF.has(tok.text) && !tok.text.endsWith('ing');
    if (CONDUCT.has(tok.text) || people) {
      const span = { ...match, lastToken: k, end: h.endOf(k) };
      h.report(
        span,
        span.start,
        `Pins a stereotype on people by origin (${h.quote(span)}) — jokes at a nationality's or region's expense reflect on you and the company; remove it.`,
      );
      return;
    }
  }
}

function capitalised(h: HostileText, k: number): boolean {
  const c = h.original.codePointAt(h.startOf(k));
  return c !== undefined && /\p{Lu}/u.test(String.fromCodePoint(c));
}

/**
 * Someone other than the author near the idiom: right after it ("…a single word they say"), or
 * before it in its sentence or in the sentence before ("Our frequent flyer is back… Waste of a bed.").
 * The author right before it keeps it quiet ("my last two brain cells", "I have a face for radio").
 */
function aimedAtOther(h: HostileText, match: LexiconMatch): boolean {
  for (let k = match.lastToken + 1; k <= match.lastToken + 2; k++) {
    const tok = h.tokens[k];
    if (!tok || tok.breakBefore) break;
    if (W.THIRD_PERSON.has(tok.text) || W.SECOND_PERSON.has(tok.text)) return true;
  }
  const [from] = h.sentenceOf(match.firstToken);
  for (let k = match.firstToken - 1; k >= from && k >= match.firstToken - 3; k--) {
    const word = (h.tokens[k] as Token).text;
    if (W.SELF.has(word)) return false;
    if (W.NEGATIONS.has(word) && !(h.tokens[match.firstToken] as Token).text.startsWith('not')) return false;
  }
  if (personIn(h, from, match.firstToken - 1) || personIn(h, match.lastToken + 1, h.sentenceOf(match.lastToken)[1]))
    return true;
  if (from === 0) return false;
  const [prevFrom, prevTo] = h.sentenceOf(from - 1);
  return personIn(h, prevFrom, prevTo);
}

/** A person other than the author in [from, to]: "the patient", "he", "@bob" (a capitalised word may be a place). */
function personIn(h: HostileText, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const word = (h.tokens[k] as Token).text;
    if (W.SELF.has(word)) continue;
    // "He's a walking…": a pronoun with a contracted verb.
    if (isPersonWord(h, k) || W.THIRD_PERSON.has(word.replace(/'(?:s|re|ll|d|ve)$/, ''))) return true;
  }
  return false;
}
