/**
 * Hashtags and handles read as words: "#NationalBeerDay" → national, beer, day. Shared by `custom`
 * and `wrong-account`, which read the same tags against their own lists.
 */
import type { AnalyzedText } from '../../text/analyze';
import { inflect, parseTerm, type TermEntry } from '../../text/lexicon';

/** A hashtag or handle written in CamelCase ("#CraftBeer", "@GlobexCorp"), split into its words. */
export interface CompoundTag {
  /** Token index of the tag's word. */
  token: number;
  /** Original offsets, the `#` or `@` included. */
  start: number;
  end: number;
  /** Lowercase words, in order ("craft", "beer"). */
  words: string[];
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/**
 * "CraftBeer" → craft, beer; "NFTDrop" → nft, drop; "Web3Community" → web3, community. Only the
 * author's own capitals split a word: a lowercase "#craftbeer" is left to the word lists, because
 * guessing word breaks ("#cryptography" → crypto + graphy) would invent matches.
 */
function splitCamelCase(word: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const prev = word.charCodeAt(i - 1);
    const lowerToUpper = isUpper(c) && !isUpper(prev);
    const acronymEnd = isUpper(c) && isUpper(prev) && isLower(word.charCodeAt(i + 1));
    if (lowerToUpper || acronymEnd) {
      words.push(word.slice(from, i).toLowerCase());
      from = i;
    }
  }
  words.push(word.slice(from).toLowerCase());
  return words;
}

/** Every CamelCase hashtag and handle in the text; cheap because only sigil tokens are read. */
export function compoundTags(text: AnalyzedText): CompoundTag[] {
  const out: CompoundTag[] = [];
  text.tokens.forEach((t, token) => {
    if (t.sigil !== '#' && t.sigil !== '@') return;
    const [start, end] = text.toOriginal(t.start, t.end);
    const words = splitCamelCase(text.original.slice(start, end));
    if (words.length > 1) out.push({ token, start: start - 1, end, words });
  });
  return out;
}

/** Up to this many words of a tag are read as one phrase ("#BloodyMaryBar" → "bloody mary"). */
const TAG_PHRASE_WORDS = 3;

/** Phrases (words joined by one space) of the listed terms, with the inflections `*` allows. */
export function phraseSet(entries: readonly TermEntry[]): Map<string, TermEntry> {
  const phrases = new Map<string, TermEntry>();
  for (const entry of entries) {
    const { sigil, words, inflected } = parseTerm(entry.term);
    if (sigil || words.length === 0 || words.length > TAG_PHRASE_WORDS) continue;
    const head = words.slice(0, -1);
    const lasts = inflected ? inflect(words[words.length - 1] as string) : [words[words.length - 1] as string];
    for (const last of lasts) phrases.set([...head, last].join(' '), entry);
  }
  return phrases;
}

/** The first run of up to TAG_PHRASE_WORDS words of the tag that is in `phrases`. */
export function findPhrase<T>(words: readonly string[], phrases: ReadonlyMap<string, T>): T | undefined {
  for (let i = 0; i < words.length; i++) {
    let phrase = '';
    for (let j = i; j < Math.min(words.length, i + TAG_PHRASE_WORDS); j++) {
      phrase = phrase ? `${phrase} ${words[j]}` : (words[j] as string);
      const entry = phrases.get(phrase);
      if (entry) return entry;
    }
  }
  return undefined;
}
