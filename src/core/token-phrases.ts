/**
 * A word list a rule consults only at a few places ("is the word after "stock" a price move?"),
 * checked on demand instead of compiled into the engine's shared lexicon. Why: a list of common
 * words ("up", "will", "hold") in the shared lexicon creates a match object for every occurrence
 * in every post; asking at the few places that matter costs a map lookup there and nothing
 * elsewhere. Same term syntax as the lexicon (words, trailing `*` for inflections).
 */
import type { Token } from './text/analyze';
import { inflect, parseTerm } from './text/lexicon';

export class TokenPhrases {
  /** First word → the remaining words of each phrase starting with it ([] for one-word terms). */
  private readonly byFirst = new Map<string, string[][]>();

  constructor(terms: Iterable<string>) {
    for (const term of terms) {
      const { words, inflected } = parseTerm(term);
      if (words.length === 0) continue;
      const last = words[words.length - 1] as string;
      for (const form of inflected ? inflect(last) : [last]) {
        const phrase = [...words.slice(0, -1), form];
        const first = phrase[0] as string;
        const rests = this.byFirst.get(first) ?? [];
        rests.push(phrase.slice(1));
        this.byFirst.set(first, rests);
      }
    }
  }

  static of(file: { entries: { term: string }[] }): TokenPhrases {
    return new TokenPhrases(file.entries.map((e) => e.term));
  }

  /** Index of the last token of the longest phrase starting at token `i` (same sentence), or -1. */
  endAt(tokens: readonly Token[], i: number): number {
    const rests = this.byFirst.get(tokens[i]?.text ?? '');
    if (!rests) return -1;
    let best = -1;
    outer: for (const rest of rests) {
      for (let k = 0; k < rest.length; k++) {
        const t = tokens[i + 1 + k];
        if (!t || t.breakBefore || t.text !== rest[k]) continue outer;
      }
      best = Math.max(best, i + rest.length);
    }
    return best;
  }

  /** Whether a phrase starts at token `i`. */
  has(tokens: readonly Token[], i: number): boolean {
    return this.endAt(tokens, i) >= 0;
  }
}
