/**
 * Normalise post text once for matching: Unicode compatibility forms, case, diacritics,
 * look-alike letters from other scripts, curly quotes, and zero-width characters.
 * Every normalised character keeps the offset of the original character it came from, so
 * findings point at what the user actually typed.
 */
import { CONFUSABLES } from '../data/confusables';

export interface NormalizedText {
  /** Lowercased, folded text used for matching. */
  norm: string;
  /** norm index → original UTF-16 offset; null when the two are the same (pure ASCII). */
  toOrig: Int32Array | null;
  /** Length of the original text, so an end offset at norm.length maps to it. */
  origLength: number;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range starts at U+0000 by definition.
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ZERO_WIDTH = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]);
const COMBINING = /\p{M}/gu;
const foldCache = new Map<number, string>();

/** How one non-ASCII code point reads for matching ("" when it should vanish). */
function foldCodePoint(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out: string;
  if (ZERO_WIDTH.has(cp)) out = '';
  else {
    const decomposed = String.fromCodePoint(cp).normalize('NFKD').replace(COMBINING, '').toLowerCase();
    out = '';
    for (const ch of decomposed) out += CONFUSABLES[ch] ?? ch;
  }
  // Bounded: a hostile post could otherwise grow the cache with every code point it contains.
  if (foldCache.size < 4096) foldCache.set(cp, out);
  return out;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: "not ASCII" is defined by the range from U+0000.
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

/**
 * Fast path: ASCII is lowercased in bulk and only non-ASCII runs are folded one code point at a
 * time. While every folded code point keeps its UTF-16 length (é → e, emoji → emoji), offsets
 * are unchanged and no map is needed; otherwise (zero-width characters, ligatures) the
 * character-by-character path builds one.
 */
export function normalizeText(text: string): NormalizedText {
  if (ASCII_ONLY.test(text)) return { norm: text.toLowerCase(), toOrig: null, origLength: text.length };
  let norm = '';
  let last = 0;
  for (const run of text.matchAll(NON_ASCII_RUN)) {
    norm += text.slice(last, run.index).toLowerCase();
    for (const ch of run[0]) {
      const piece = foldCodePoint(ch.codePointAt(0) as number);
      if (piece.length !== ch.length) return normalizeWithMap(text);
      norm += piece;
    }
    last = run.index + run[0].length;
  }
  norm += text.slice(last).toLowerCase();
  return { norm, toOrig: null, origLength: text.length };
}

function normalizeWithMap(text: string): NormalizedText {
  const parts: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const piece = cp < 0x80 ? String.fromCharCode(cp).toLowerCase() : foldCodePoint(cp);
    for (let k = 0; k < piece.length; k++) map.push(i);
    parts.push(piece);
    i += width;
  }
  return { norm: parts.join(''), toOrig: Int32Array.from(map), origLength: text.length };
}

/** Maps a half-open normalised range back to a half-open range of the original text. */
export function toOriginalRange(n: NormalizedText, start: number, end: number): [number, number] {
  if (!n.toOrig) return [start, end];
  const s = start < n.toOrig.length ? (n.toOrig[start] as number) : n.origLength;
  if (end <= start) return [s, s];
  const lastOrig = n.toOrig[end - 1] as number;
  // The last matched character may have been a surrogate pair or have expanded into several.
  let e = end < n.toOrig.length ? (n.toOrig[end] as number) : n.origLength;
  if (e <= lastOrig) e = lastOrig + 1;
  return [s, e];
}
