/**
 * Everything the rules read from a post's text, computed once per check:
 * the normalised text, its words, and its entities. Rules never re-scan the raw text for words.
 */
import { type Entity, findEntities } from './entities';
import { type NormalizedText, normalizeText, toOriginalRange } from './normalize';

export interface Token {
  /** The normalised word ("don't", "q3", "acme"). */
  text: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** The symbol written right before the word: "#", "@", "$", or "". */
  sigil: '' | '#' | '@' | '$';
  /** True when a sentence or line break sits between the previous word and this one. */
  breakBefore: boolean;
  /** True when the word has both digits and letters ("q3", "sh1t"): a possible leetspeak form. */
  mixed: boolean;
  /** True when a letter a–z stands three times in a row ("fuuuck", "sooo"): a stretched word. */
  stretched: boolean;
}

export interface AnalyzedText {
  original: string;
  normalized: NormalizedText;
  tokens: Token[];
  entities: Entity[];
  /** Maps a normalised range to the original text. */
  toOriginal(start: number, end: number): [number, number];
}

/** Whether a character ends a sentence or line ". ! ? ; | •", a line break or an emoji: phrases stop there. */
const isBreak = (c: number) =>
  c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 13 || c === 124 || c === 0x2022 || isEmojiStart(c);
/**
 * Emoji end a clause in social posts as a full stop does ("upgraded to Buy 🚀🚀 I work at Acme"):
 * pictographs of the astral emoji blocks (U+1F000–1FAFF, by their high surrogate) and the
 * BMP's miscellaneous symbols and dingbats (U+2600–27BF).
 */
const isEmojiStart = (c: number) => (c >= 0xd83c && c <= 0xd83e) || (c >= 0x2600 && c <= 0x27bf);
/**
 * Words whose full stop ends no sentence: titles ("Sen. Warren", "Dr. Lee", "Gov. Newsom") and
 * "vs."; single letters too (initials, "U.S.", "e.g.", "Roe v. Wade"). Otherwise a phrase or a
 * sentence-level cue would stop at the abbreviation. Not "etc.", "inc.", "no.": they often end one.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'pres',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'st',
  'jr',
  'sr',
  'vs',
  'approx',
  'dept',
  'cf',
  'al',
]);
const isAbbreviation = (word: string) => (word.length === 1 ? word >= 'a' && word <= 'z' : ABBREVIATIONS.has(word));

/** Whether the full stop at `at` ends an abbreviation rather than a sentence ("P.S." opens one). */
function abbreviationStop(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[tokens.length - 1];
  if (previous?.end !== at || !isAbbreviation(previous.text)) return false;
  const before = tokens[tokens.length - 2];
  return !(previous.text === 's' && before?.text === 'p' && before.end === previous.start - 1);
}
const sigilOf = (c: number): Token['sigil'] => (c === 35 ? '#' : c === 64 ? '@' : c === 36 ? '$' : '');
const APOSTROPHE = 39;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Width (1 or 2 UTF-16 units) of the letter or digit at i, or 0 when there is none. */
export function wordCharWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return 1;
  if (c < 128) return 0;
  // Non-ASCII is rare in most posts; Unicode property regexes are slow, so test one char at a time.
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0;
  return LETTER_OR_DIGIT.test(s[i] as string) ? 1 : 0;
}

/**
 * Words: letters and digits, with inner apostrophes ("o'clock", "don't"). Written as a loop
 * because a `\p{L}` regex over the whole text costs several times the rest of tokenising.
 */
export function tokenize(norm: string): Token[] {
  const tokens: Token[] = [];
  // Whether a sentence break was skipped since the previous word (checked as characters pass).
  let sawBreak = false;
  let i = 0;
  while (i < norm.length) {
    const c = norm.charCodeAt(i);
    const asciiWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    // Inline fast path for the common ASCII non-word characters (space, punctuation).
    const w = asciiWord ? 1 : c < 128 ? 0 : wordCharWidth(norm, i);
    if (w === 0) {
      if (isBreak(c) && !(c === 46 && abbreviationStop(tokens, i))) sawBreak = true;
      i++;
      continue;
    }
    const start = i;
    let digit = c >= 48 && c <= 57;
    let letter = !digit;
    // The same letter a–z in a row, counted here because this loop already reads every character.
    let last = c;
    let run = 1;
    let stretched = false;
    i += w;
    for (;;) {
      const d = norm.charCodeAt(i);
      // ASCII letters and digits inline: this loop runs once per character of the post.
      if (d >= 97 && d <= 122) {
        letter = true;
        i++;
        run = d === last ? run + 1 : 1;
        last = d;
        if (run === 3) stretched = true;
      } else if (d >= 48 && d <= 57) {
        digit = true;
        i++;
        last = d;
      } else if (d >= 128) {
        const next = wordCharWidth(norm, i);
        if (next === 0) break;
        letter = true;
        i += next;
        last = d;
      } else if (d === APOSTROPHE && wordCharWidth(norm, i + 1) > 0) {
        i++;
        last = d;
      } else break;
    }
    tokens.push({
      text: norm.slice(start, i),
      start,
      end: i,
      sigil: start > 0 ? sigilOf(norm.charCodeAt(start - 1)) : '',
      breakBefore: sawBreak && tokens.length > 0,
      mixed: digit && letter,
      stretched,
    });
    sawBreak = false;
  }
  return tokens;
}

/**
 * Index of the first token that ends after the normalised `offset`: the token holding it, or
 * the next one when it falls between words (the token count when none is left).
 */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function analyzeText(text: string): AnalyzedText {
  const normalized = normalizeText(text);
  return {
    original: text,
    normalized,
    tokens: tokenize(normalized.norm),
    entities: findEntities(text),
    toOriginal: (start, end) => toOriginalRange(normalized, start, end),
  };
}
