/**
 * Word lists compiled into one word-level trie, matched over the post's tokens in one pass.
 *
 * Why not a character-level Aho–Corasick library: matching whole words is the point here
 * ("Scunthorpe", "classic", "cockpit" must not match), and walking a trie of words over the
 * tokens the engine already has costs a fraction of a grapheme-aware scan (measured in
 * bench/: modern-ahocorasick alone took ~9x the whole baseline pass on 3,000 characters).
 *
 * Term syntax (lists are data, see src/core/data/):
 * - words separated by spaces, normalised like post text ("Wine o’clock" → "wine o'clock");
 * - a trailing `*` also matches simple English inflections of the last word (vote → votes,
 *   voted, voting, voter, voters);
 * - a leading `#`, `@` or `$` requires that symbol before the first word ("#employee").
 */
import type { AnalyzedText, Token } from './analyze';
import { firstTokenEndingAfter, tokenize, wordCharWidth } from './analyze';
import { normalizeText } from './normalize';

export interface TermEntry<T = unknown> {
  term: string;
  note?: string;
  data?: T;
}

export interface LexiconMatch<T = unknown> {
  /** Which list the term came from. */
  list: string;
  entry: TermEntry<T>;
  /** Token indices [first, last] of the match. */
  firstToken: number;
  lastToken: number;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** How the match was found: as written, or after undoing leetspeak/masking. */
  via: 'word' | 'obfuscated';
}

interface Hit {
  list: string;
  entry: TermEntry;
  sigil: Token['sigil'];
  /** Whether "term's" counts as the term (names: yes; insults: "loser's bracket" no). */
  possessive: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hits: Hit[];
}

export interface ListInput {
  list: string;
  entries: readonly TermEntry[];
  /** Also match leetspeak ("sh1t") and masked ("f**k") forms of one-word terms. */
  obfuscatable?: boolean;
  /** Also match the possessive of a term's last word ("Acme's"); default true. */
  possessive?: boolean;
}

export interface Lexicon {
  root: TrieNode;
  /** One-word obfuscatable terms by length, for masked words. */
  maskable: Map<number, Hit[]>;
  /** One-word obfuscatable terms by their exact text, for leetspeak. */
  leetable: Map<string, Hit[]>;
}

const node = (): TrieNode => ({ next: new Map(), hits: [] });

/** English inflections, generous on purpose: a form that is not a word never occurs in text. */
export function inflect(word: string): string[] {
  const forms = new Set([word, `${word}s`, `${word}es`, `${word}ed`, `${word}ing`, `${word}er`, `${word}ers`]);
  if (word.endsWith('e')) {
    const stem = word.slice(0, -1);
    for (const s of ['d', 's', 'r', 'rs']) forms.add(word + s);
    forms.add(`${stem}ing`);
  }
  if (word.endsWith('y') && word.length > 2 && !/[aeiou]y$/.test(word)) {
    const stem = word.slice(0, -1);
    for (const s of ['ies', 'ied']) forms.add(stem + s);
  }
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) {
    const last = word.at(-1);
    for (const s of ['ed', 'ing', 'er', 'ers']) forms.add(word + last + s);
  }
  return [...forms];
}

/** Splits a term into its sigil, its normalised words, and whether the last one inflects. */
export function parseTerm(term: string): { sigil: Token['sigil']; words: string[]; inflected: boolean } {
  let t = term.trim();
  let sigil: Token['sigil'] = '';
  if (t[0] === '#' || t[0] === '@' || t[0] === '$') {
    sigil = t[0];
    t = t.slice(1);
  }
  const inflected = t.endsWith('*');
  if (inflected) t = t.slice(0, -1);
  const words = tokenize(normalizeText(t).norm).map((tok) => tok.text);
  return { sigil, words, inflected };
}

export function compileLexicon(lists: readonly ListInput[]): Lexicon {
  const lex: Lexicon = { root: node(), maskable: new Map(), leetable: new Map() };
  for (const { list, entries, obfuscatable, possessive = true } of lists) {
    for (const entry of entries) {
      const { sigil, words, inflected } = parseTerm(entry.term);
      if (words.length === 0) continue;
      const lastForms = inflected ? inflect(words[words.length - 1] as string) : [words[words.length - 1] as string];
      const hit: Hit = { list, entry, sigil, possessive };
      for (const last of lastForms) {
        let cur = lex.root;
        for (const w of [...words.slice(0, -1), last]) {
          let nxt = cur.next.get(w);
          if (!nxt) {
            nxt = node();
            cur.next.set(w, nxt);
          }
          cur = nxt;
        }
        cur.hits.push(hit);
        if (obfuscatable && words.length === 1) {
          const byLen = lex.maskable.get(last.length) ?? [];
          byLen.push({ ...hit, entry: { ...entry, term: last } });
          lex.maskable.set(last.length, byLen);
          const same = lex.leetable.get(last) ?? [];
          same.push(hit);
          lex.leetable.set(last, same);
        }
      }
    }
  }
  return lex;
}

/** Every term occurrence in the text, phrases never spanning a sentence break. */
const POSSESSIVE = "'s";

/** The trie child for a word without its possessive "'s" ("Acme's" → "acme"), if any. */
function possessiveChild(node: TrieNode, word: string): TrieNode | undefined {
  return word.endsWith(POSSESSIVE) ? node.next.get(word.slice(0, -POSSESSIVE.length)) : undefined;
}

/** Every term occurrence in the text, phrases never spanning a sentence break. */
export function matchLexicon(lex: Lexicon, text: AnalyzedText): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  const { tokens } = text;
  const root = lex.root.next;
  const identity = text.normalized.toOrig === null;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    // Hot loop: plain Map lookups, no objects allocated unless a term matches.
    let cur = root.get(first.text);
    let possessive = false;
    if (!cur) {
      cur = possessiveChild(lex.root, first.text);
      possessive = cur !== undefined;
    }
    let j = i;
    while (cur) {
      for (const hit of cur.hits) {
        if ((hit.sigil && hit.sigil !== first.sigil) || (possessive && !hit.possessive)) continue;
        // A term written with its sigil ("#employee") points at the sigil too.
        const normStart = first.start - (hit.sigil ? 1 : 0);
        const normEnd = (tokens[j] as Token).end;
        // Offsets are the original's when normalising kept every length (no map): no array needed.
        const [start, end] = identity ? [normStart, normEnd] : text.toOriginal(normStart, normEnd);
        out.push({ list: hit.list, entry: hit.entry, firstToken: i, lastToken: j, start, end, via: 'word' });
      }
      const nextTok = tokens[j + 1];
      // A possessive ends a phrase: "Acme's Corp" is not "Acme Corp".
      if (possessive || !nextTok || nextTok.breakBefore || cur.next.size === 0) break;
      const node: TrieNode = cur;
      cur = node.next.get(nextTok.text);
      if (!cur) {
        cur = possessiveChild(node, nextTok.text);
        possessive = cur !== undefined;
      }
      j++;
    }
  }
  if (lex.leetable.size > 0) out.push(...matchObfuscated(lex, text));
  return out;
}

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
const MASK_CHARS = new Set(['*', '#', '_']);
/** ASCII codes of the symbols that stand in for letters, as a table: read for every token. */
const DISGUISE_TABLE = new Uint8Array(128);
for (const c of '0123456789@$*#!|_') DISGUISE_TABLE[c.charCodeAt(0)] = 1;
const isDisguise = (code: number) => code < 128 && DISGUISE_TABLE[code] === 1;
const HAS_LETTER = /\p{L}/u;
const HAS_DISGUISE = /[0-9@$*#!|_]/;

const isChunkChar = (norm: string, i: number) =>
  i >= 0 && i < norm.length && (isDisguise(norm.charCodeAt(i)) || wordCharWidth(norm, i) > 0);

const EXCLAMATION = 33;
const HASH = 35;
const AT = 64;

/**
 * Whether a symbol that can stand in for a letter sits right against the word. Not a "#" or
 * "@" that merely starts a hashtag or mention, nor a "!" that ends a sentence ("conference!").
 */
function touchesDisguise(norm: string, t: Token): boolean {
  const before = norm.charCodeAt(t.start - 1);
  if (isDisguise(before)) {
    const sigilOnly = (before === HASH || before === AT) && !isChunkChar(norm, t.start - 2);
    if (!sigilOnly) return true;
  }
  const after = norm.charCodeAt(t.end);
  if (!isDisguise(after)) return false;
  return after !== EXCLAMATION || isChunkChar(norm, t.end + 1);
}

/**
 * Words that may be disguised: a token touching a symbol that stands in for a letter
 * ("sh!t", "f**k", "$hit") or mixing digits and letters ("sh1t"), widened to the whole run of
 * letters, digits and such symbols around it. Found from the tokens, because a scan of the
 * whole text with a Unicode-aware regex cost more than every rule together.
 */
function disguisedCandidates(text: AnalyzedText): { start: number; word: string }[] {
  const { norm } = text.normalized;
  const out: { start: number; word: string }[] = [];
  // Links and addresses are full of "_", digits and "@" that disguise nothing ("utm_source").
  const skip = text.entities.filter((e) => e.type === 'url' || e.type === 'email' || e.type === 'mention');
  let skipAt = 0;
  let lastEnd = -1;
  for (const t of text.tokens) {
    if (t.start < lastEnd) continue;
    if (!t.mixed && !touchesDisguise(norm, t)) continue;
    if (skip.length > 0) {
      const [origStart] = text.toOriginal(t.start, t.end);
      while (skipAt < skip.length && (skip[skipAt] as { end: number }).end <= origStart) skipAt++;
      const inside = skip[skipAt];
      if (inside && inside.start <= origStart) continue;
    }
    let start = t.start;
    while (isChunkChar(norm, start - 1)) start--;
    let end = t.end;
    while (isChunkChar(norm, end)) end++;
    lastEnd = end;
    out.push({ start, word: norm.slice(start, end) });
  }
  return out;
}

/** Leetspeak ("sh1t", "a$$") and masked ("f**k", "b*llsh*t") forms of one-word terms. */
function matchObfuscated(lex: Lexicon, text: AnalyzedText): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  for (const candidate of disguisedCandidates(text)) {
    let { word, start } = candidate;
    // A leading # or @ is a hashtag or mention sigil, not a masked letter.
    while (word.length > 0 && (word[0] === '#' || word[0] === '@' || word[0] === '_')) {
      word = word.slice(1);
      start++;
    }
    // Trailing "!" is punctuation ("b*llsh*t!"); a trailing mask char only masks when others do.
    while (word.endsWith('!')) word = word.slice(0, -1);
    while (word.length > 0 && MASK_CHARS.has(word.at(-1) as string) && !/[*]/.test(word.slice(0, -1))) {
      word = word.slice(0, -1);
    }
    if (word.length < 3 || !HAS_LETTER.test(word) || !HAS_DISGUISE.test(word) || /^\p{N}+$/u.test(word)) continue;
    const plain = [...word].map((c) => LEET[c] ?? c).join('');
    const hits =
      plain.includes('*') || plain.includes('#') || plain.includes('_')
        ? maskHits(lex, plain)
        : lex.leetable.get(plain);
    if (!hits || hits.length === 0) continue;
    const [s, e] = text.toOriginal(start, start + word.length);
    const tokenIdx = firstTokenEndingAfter(text.tokens, start);
    // One match per list: two rules listing the same word ("b*tch" is profanity and an insult)
    // must both see it, as they do for words written plainly.
    const lists = new Set<string>();
    for (const hit of hits) {
      if (lists.has(hit.list)) continue;
      lists.add(hit.list);
      out.push({
        list: hit.list,
        entry: hit.entry,
        firstToken: tokenIdx,
        lastToken: tokenIdx,
        start: s,
        end: e,
        via: 'obfuscated',
      });
    }
  }
  return out;
}

function maskHits(lex: Lexicon, masked: string): Hit[] | undefined {
  const visible = [...masked].filter((c) => !MASK_CHARS.has(c)).length;
  if (visible < 1) return undefined;
  const candidates = lex.maskable.get(masked.length);
  return candidates?.filter((h) => {
    const term = h.entry.term;
    for (let k = 0; k < masked.length; k++) {
      const c = masked[k] as string;
      if (!MASK_CHARS.has(c) && c !== term[k]) return false;
    }
    return true;
  });
}
