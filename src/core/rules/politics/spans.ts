/** Index look-ups shared by the politics checks: token windows, sorted offsets, link spans. */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import { firstAtLeast } from '../../text/sorted';
import type { RuleContext } from '../types';

/** Whether an original-text offset lies inside a link or an e-mail address. */
export function linkRanges(ctx: RuleContext<unknown>): ((offset: number) => boolean) | undefined {
  // Entities come sorted by start and never overlap, so a binary search finds the one before.
  const links = ctx.text.entities.filter((e) => e.type === 'url' || e.type === 'email');
  if (links.length === 0) return undefined;
  return (offset) => {
    let lo = 0;
    let hi = links.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((links[mid] as (typeof links)[number]).start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const link = links[lo - 1];
    return link !== undefined && offset < link.end;
  };
}

/** Every token index covered by the matches, sorted, for window look-ups. */
export function tokenIndexList(matches: readonly LexiconMatch[], ...more: readonly Int32Array[]): Int32Array {
  const idx: number[] = [];
  for (const m of matches) for (let t = m.firstToken; t <= m.lastToken; t++) idx.push(t);
  for (const arr of more) for (const t of arr) idx.push(t);
  return Int32Array.from(idx).sort();
}

/** Whether a listed token lies within `window` tokens of the match (not inside it, if `outside`). */
export function hasMatchNear(sorted: Int32Array, match: LexiconMatch, window: number, outside = false): boolean {
  const from = match.firstToken - window;
  const to = match.lastToken + window;
  for (let i = firstAtLeast(sorted, from); i < sorted.length && (sorted[i] as number) <= to; i++) {
    const t = sorted[i] as number;
    if (!outside || t < match.firstToken || t > match.lastToken) return true;
  }
  return false;
}

/** Whether the text at `offset` starts with a capital letter (Unicode-aware). */
export function isCapitalized(original: string, offset: number): boolean {
  const cp = original.codePointAt(offset);
  return cp !== undefined && /\p{Lu}/u.test(String.fromCodePoint(cp));
}

/** Whether a listed token lies within `window` tokens of the match, outside it, with no sentence break between. */
export function hasMatchInSentence(
  tokens: readonly Token[],
  sorted: Int32Array,
  match: LexiconMatch,
  window: number,
): boolean {
  const breakBetween = (from: number, to: number) => {
    for (let i = from + 1; i <= to; i++) if ((tokens[i] as Token).breakBefore) return true;
    return false;
  };
  for (const t of sorted) {
    if (t < match.firstToken - window || t > match.lastToken + window) continue;
    if (t < match.firstToken && !breakBetween(t, match.firstToken)) return true;
    if (t > match.lastToken && !breakBetween(match.lastToken, t)) return true;
  }
  return false;
}
