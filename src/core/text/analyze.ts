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
}

export interface AnalyzedText {
  original: string;
  normalized: NormalizedText;
  tokens: Token[];
  entities: Entity[];
  /** Maps a normalised range to the original text. */
  toOriginal(start: number, end: number): [number, number];
}

/** Characters that end a sentence or line: phrases never match across them. */
const BREAK_CODES = new Set(['.', '!', '?', ';', '\n', '\r', '|', '•'].map((c) => c.charCodeAt(0)));
const SIGILS: Record<number, Token['sigil']> = { 35: '#', 64: '@', 36: '$' };
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
  let prevEnd = 0;
  let i = 0;
  while (i < norm.length) {
    const c = norm.charCodeAt(i);
    // Inline fast path for the common ASCII non-word characters (space, punctuation).
    if (c < 128 && !((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      i++;
      continue;
    }
    const w = wordCharWidth(norm, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let digit = c >= 48 && c <= 57;
    let letter = !digit;
    i += w;
    for (;;) {
      const d = norm.charCodeAt(i);
      // ASCII letters and digits inline: this loop runs once per character of the post.
      if (d >= 97 && d <= 122) {
        letter = true;
        i++;
      } else if (d >= 48 && d <= 57) {
        digit = true;
        i++;
      } else if (d >= 128) {
        const next = wordCharWidth(norm, i);
        if (next === 0) break;
        letter = true;
        i += next;
      } else if (d === APOSTROPHE && wordCharWidth(norm, i + 1) > 0) i++;
      else break;
    }
    let breakBefore = false;
    if (tokens.length > 0) {
      for (let k = prevEnd; k < start; k++) {
        if (BREAK_CODES.has(norm.charCodeAt(k))) {
          breakBefore = true;
          break;
        }
      }
    }
    const sigil = start > 0 ? (SIGILS[norm.charCodeAt(start - 1)] ?? '') : '';
    tokens.push({ text: norm.slice(start, i), start, end: i, sigil, breakBefore, mixed: digit && letter });
    prevEnd = i;
  }
  return tokens;
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
