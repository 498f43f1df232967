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
}

export interface AnalyzedText {
  original: string;
  normalized: NormalizedText;
  tokens: Token[];
  entities: Entity[];
  /** Maps a normalised range to the original text. */
  toOriginal(start: number, end: number): [number, number];
}

/** Words: letters and digits, with inner apostrophes ("o'clock", "don't"). */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const SENTENCE_BREAK = /[.!?;\n\r|•]/;

export function tokenize(norm: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of norm.matchAll(WORD)) {
    const start = m.index;
    const before = start > 0 ? norm[start - 1] : '';
    const sigil = before === '#' || before === '@' || before === '$' ? before : '';
    const gap = norm.slice(prevEnd, start);
    tokens.push({
      text: m[0],
      start,
      end: start + m[0].length,
      sigil,
      breakBefore: tokens.length > 0 && SENTENCE_BREAK.test(gap),
    });
    prevEnd = start + m[0].length;
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
