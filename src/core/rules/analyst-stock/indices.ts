/** Token-index helpers for the per-check indexes of scan.ts: sorted anchor lists, prefix sums, policy sets. */
import { parseTerm } from '../../text/lexicon';

export function prefixSums(marks: Uint8Array): Int32Array {
  const sum = new Int32Array(marks.length + 1);
  for (let i = 0; i < marks.length; i++) sum[i + 1] = (sum[i] as number) + (marks[i] as number);
  return sum;
}

export const NONE: readonly number[] = [];

/** Token indices from several anchors, ascending without repeats; no allocation when there are none. */
export function union(...lists: (readonly number[])[]): readonly number[] {
  let only: readonly number[] = NONE;
  for (const l of lists) {
    if (l.length === 0) continue;
    if (only.length > 0) return ascending(lists.flat());
    only = l;
  }
  return only;
}

/** Sorted, without repeats: detectors visit anchors in token order, as a scan of every token would. */
export function ascending(indices: number[]): number[] {
  let sorted = true;
  for (let r = 1; r < indices.length && sorted; r++) sorted = (indices[r] as number) > (indices[r - 1] as number);
  if (sorted) return indices;
  indices.sort((a, b) => a - b);
  let w = 0;
  for (let r = 0; r < indices.length; r++)
    if (r === 0 || indices[r] !== indices[w - 1]) indices[w++] = indices[r] as number;
  indices.length = w;
  return indices;
}

/** The policy's tickers, without "$", lower-cased: built once per policy, not per check. */
const tickerSets = new WeakMap<readonly string[], ReadonlySet<string>>();
export function tickerSet(tickers: readonly string[]): ReadonlySet<string> {
  let set = tickerSets.get(tickers);
  if (!set) {
    set = new Set(tickers.map((t) => t.replace(/^\$/, '').toLowerCase()));
    tickerSets.set(tickers, set);
  }
  return set;
}

/** Whether every ticker compiles to a one-word lexicon term equal to itself (not "brk.b"). */
const simpleTickers = new WeakMap<ReadonlySet<string>, boolean>();
export function lexiconHasTickers(tickers: ReadonlySet<string>): boolean {
  let simple = simpleTickers.get(tickers);
  if (simple === undefined) {
    simple = [...tickers].every((t) => {
      const { words } = parseTerm(t);
      return words.length === 1 && words[0] === t;
    });
    simpleTickers.set(tickers, simple);
  }
  return simple;
}
