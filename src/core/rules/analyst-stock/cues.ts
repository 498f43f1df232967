/**
 * Cues anchored on one rare word each ("premarket", "shorted", "EPS", "position", "stock"),
 * found by the engine's lexicon pass (cue-lists.ts): a post without them costs nothing here.
 */
import type { StockScan } from './scan';
import { CONTEXT_RADIUS, DEFAULT_WHY, HOLDING_NOUNS, MOVEMENT, SESSION, SESSION_PAIRS, SHORTED_GOODS } from './words';

type Cue = (s: StockScan, i: number) => void;

export function anchoredCues(s: StockScan): void {
  const found: [number, Cue][] = [];
  for (const i of s.cue('session')) found.push([i, sessionMove]);
  for (const i of s.cue('short')) found.push([i, shortSelling]);
  for (const i of s.cue('eps')) found.push([i, epsFigure]);
  for (const i of s.cue('stock')) if (s.tok(i) === 'stock') found.push([i, stockSubject]);
  // "my Acme position": anchored on the rarer holding noun, two words after "my".
  for (const h of s.cue('holding')) if (h >= 2 && s.tok(h - 2) === 'my') found.push([h - 2, holding]);
  if (found.length === 0) return;
  // In token order, as one pass over the tokens would find them: earlier findings win overlaps.
  found.sort((a, b) => a[0] - b[0]);
  for (const [i, cue] of found) cue(s, i);
}

/** "down 9% AH", "+4% premarket", "up 6% in after hours": a move in a trading session needs no subject. */
const sessionMove: Cue = (s, k) => {
  const pair = `${s.tok(k)} ${s.tok(k + 1)}`;
  const end = SESSION.has(s.tok(k)) ? k : SESSION_PAIRS.has(pair) && s.continues(k + 1) ? k + 1 : -1;
  // "up 30% after hours of debugging": hours of work, not a trading session.
  if (end < 0 || !s.continues(k) || (s.tok(end + 1) === 'of' && s.continues(end + 1))) return;
  let pe = k - 1;
  if (s.tok(pe) === 'in' && s.continues(pe)) pe--;
  // The percentage right before: "9%", or "3.2%", which the tokenizer splits at the point.
  const p = s.percentEnd(pe) === pe ? pe : s.percentEnd(pe - 1) === pe ? pe - 1 : -1;
  if (p < 0 || !s.continues(pe + 1)) return;
  let from = s.signedPercent(p) ? p : -1;
  for (let v = p - 1; v >= p - 2 && v >= 0 && from < 0 && s.continues(v + 1); v--)
    if (MOVEMENT.endAt(s.tokens, v) === p - 1) from = v;
  if (from < 0) return;
  const [start, stop] = s.range(from, end);
  // "+5% premarket": the sign belongs to the move.
  const signed = from === p && /[+\-−]/.test(s.ctx.text.original[start - 1] ?? '') ? start - 1 : start;
  s.add(`“${s.ctx.text.original.slice(signed, stop)}” is talk of a share price`, signed, stop, DEFAULT_WHY);
};

/** "shorted Acme", "shorting Tesla", "whoever shorted us last week": short selling a stock. */
const shortSelling: Cue = (s, i) => {
  const k = i + 1;
  if (!s.continues(k)) return;
  const stock = s.companyTok[k] || s.tightTok(k) || (s.listedTok(k) && s.isCapitalized(k));
  // "they shorted us on the order" is goods or money: "us" counts only near stock words.
  const us =
    s.tok(k) === 'us' &&
    s.near(s.contextSum, i, k, CONTEXT_RADIUS) &&
    !(s.continues(k + 1) && (SHORTED_GOODS.has(s.tok(k + 1)) || /^\d/.test(s.tok(k + 1))));
  if (stock || us) s.addTokens(`“${s.quote(i, k)}” is trading talk`, i, k, DEFAULT_WHY);
};

/** "my Acme position", "my Nvidia stake": the author's holding in a stock. */
const holding: Cue = (s, my) => {
  const i = my + 1;
  if (!s.continues(i) || !s.continues(i + 1) || !HOLDING_NOUNS.has(s.tok(i + 1))) return;
  if (s.companyTok[i] || (s.listedTok(i) && s.isCapitalized(i)))
    s.addTokens(`“${s.quote(my, i + 1)}” is talk of a stock holding`, my, i + 1, DEFAULT_WHY);
};

/** "$1.12 EPS", "EPS of $0.85": an earnings-per-share figure, as estimates and results are quoted. */
const epsFigure: Cue = (s, i) => {
  // The tokenizer splits "$1.12" at the point, so a figure is one or two tokens.
  const before = s.isDollarFigure(i - 1) ? i - 1 : s.isDollarFigure(i - 2) && s.figureEnd(i - 2) === i - 1 ? i - 2 : -1;
  if (before >= 0 && s.continues(i)) {
    s.addTokens(`“${s.quote(before, i)}” is an earnings-per-share figure`, before, i, DEFAULT_WHY);
    return;
  }
  const d = s.isDollarFigure(i + 1) ? i + 1 : s.tok(i + 1) === 'of' && s.isDollarFigure(i + 2) ? i + 2 : -1;
  if (d >= 0 && s.continues(i + 1) && s.continues(d)) {
    const last = s.figureEnd(d);
    s.addTokens(`“${s.quote(i, last)}” is an earnings-per-share figure`, i, last, DEFAULT_WHY);
  }
};

/** "the stock is loving it" near "investor day": the stock as a subject, in a market context. */
const stockSubject: Cue = (s, i) => {
  if (!/^(?:the|this|that)$/.test(s.tok(i - 1)) || !s.continues(i) || !s.continues(i + 1)) return;
  if (!/^(?:is|was|has|keeps|just|will|should|could|did|does)$/.test(s.tok(i + 1))) return;
  if (!s.isEquity(i) || !s.near(s.contextSum, i - 1, i + 1, CONTEXT_RADIUS)) return;
  s.addTokens(`“${s.quote(i - 1, i)}” is talk of a share price`, i - 1, i, DEFAULT_WHY);
};
