/**
 * Reported speech: "Got this in my DMs: “you're a worthless idiot”. Reported and blocked." The
 * hostile words are someone else's, quoted to report or call out the abuse, so they are not the
 * author's remark.
 */
import type { RuleFinding } from '../types';
import type { HostileText } from './text';
import { W } from './words';

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Ranges [start, end) of text inside quotation marks; an apostrophe inside a word ("don't") is no quote. */
function quotedRanges(s: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  let closer = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (open >= 0) {
      const closes = c === closer || (closer === '"' && c === '”') || (closer === "'" && c === '’');
      if (closes && !isWordChar(s[i + 1])) {
        ranges.push([open + 1, i]);
        open = -1;
      } else if (c === '\n') open = -1;
      continue;
    }
    if (isWordChar(s[i - 1]) || !isWordChar(s[i + 1])) continue;
    if (c === '“' || c === '"') [open, closer] = [i, '"'];
    else if (c === '‘' || c === "'") [open, closer] = [i, "'"];
    else if (c === '«') [open, closer] = [i, '»'];
  }
  return ranges;
}

/** Drops findings that lie inside quoted words when the post reports or calls out what was said. */
export function withoutReportedSpeech(h: HostileText, findings: RuleFinding[]): RuleFinding[] {
  if (findings.length === 0) return findings;
  const ranges = quotedRanges(h.original);
  if (ranges.length === 0) return findings;
  const inside = (f: RuleFinding) => ranges.some(([s, e]) => (f.start ?? -1) >= s && (f.end ?? Infinity) <= e);
  if (!findings.some(inside)) return findings;
  const reporting = h.tokens.some(
    (t, i) => W.REPORTING.has(t.text) && !ranges.some(([s, e]) => h.startOf(i) >= s && h.startOf(i) < e),
  );
  return reporting ? findings.filter((f) => !inside(f)) : findings;
}
