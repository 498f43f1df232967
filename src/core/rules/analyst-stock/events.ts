/**
 * Stock events told without the word "stock": the market's reaction to results ("-14% on a beat"),
 * an IPO lockup ending, a take-private price, a short position at a price, trading below cash, a
 * price per share. Each anchored on a rare cue word (cue-lists.ts), so most posts cost nothing here.
 */
import reactionsFile from '../../data/analyst-stock/reactions.json';
import type { StockScan } from './scan';
import { COMPANY_REF, DEFAULT_WHY, MOVEMENT, TRADES } from './words';

export const REACTIONS = new Set(reactionsFile.entries.map((e) => e.term));
export const LOCKUP_WORDS = new Set(['lockup', 'lockups']);
export const CASH_WORDS = new Set(['cash']);
export const PRIVATE_WORDS = new Set(['private']);
export const SHORT_WORDS = new Set(['short', 'shorts', 'shorted', 'shorting']);

const REACH = 10;
/** Before a subjectless move: "we're down 11%", "and then -9%", "said -12%", "got punished 9%". */
const MOVE_LEAD = new Set([
  'we',
  "we're",
  'were',
  'are',
  'and',
  'then',
  'said',
  'says',
  'got',
  'get',
  'getting',
  'us',
  'just',
  'now',
  'still',
  'punished',
  'rewarded',
  'hammered',
  'smacked',
  'dumped',
]);
/** After the move: how or when it happened ("on a beat", "after the print", "for it"), not "+20% revenue". */
const MOVE_TAIL = new Set([
  'on',
  'after',
  'in',
  'since',
  'today',
  'yesterday',
  'for',
  'post',
  'at',
  'and',
  'but',
  'then',
]);
/** "the market for devtools", "the market leader": a market of products, not the stock market. */
const MARKET_OF = new Set(['for', 'of', 'share', 'leader', 'leaders', 'segment', 'size', 'fit']);
/** After "on": the event a move came on ("on a beat", "on earnings day"), not "+20% on signups". */
const ON_EVENT = new Set(['a', 'the', 'that', 'this', 'earnings', 'news', 'results', 'guidance', 'it', 'print', 'day']);
const ADVERBS = new Set(['really', 'just', 'literally', 'basically', 'then', 'promptly']);
/** The market reacting: "the market said", "market looked at our quarter". */
const MARKET_VERBS = new Set(['said', 'says', 'looked', 'reacted', 'decided', 'hated', 'loved', 'shrugged', 'sent']);

/** "-14% on a beat", "beat, raised guidance… and we're down 11%", "the market said -12%". */
export function marketReactions(s: StockScan): void {
  for (const e of s.cue('reaction')) {
    const w = s.tok(e);
    // "the market said", "market really said": the market as the one reacting, not "market-leading".
    const verb = ADVERBS.has(s.tok(e + 1)) ? e + 2 : e + 1;
    if (w === 'market' && !MARKET_VERBS.has(s.tok(verb)) && (s.tok(e - 1) !== 'the' || MARKET_OF.has(s.tok(e + 1))))
      continue;
    for (let p = Math.max(0, e - REACH); p <= e + REACH && p < s.tokens.length; p++) {
      const move = subjectlessMove(s, p);
      if (move < 0) continue;
      const last = s.percentEnd(p);
      const [start, end] = s.range(move, last);
      const stop = s.ctx.text.original[end] === '%' ? end + 1 : end;
      const signed = /[+\-−]/.test(s.ctx.text.original[start - 1] ?? '') ? start - 1 : start;
      s.add(`“${s.ctx.text.original.slice(signed, stop)}” is talk of a share price`, signed, stop, DEFAULT_WHY);
      return;
    }
  }
}

/** The first token of a move ending in the percentage at p, when nothing but "we" is its subject; else -1. */
function subjectlessMove(s: StockScan, p: number): number {
  const last = s.percentEnd(p);
  if (last < 0) return -1;
  // The clause ends after the move ("cool, -9%' lmao") or says how or when it came.
  const endT = s.tokens[last]?.end ?? 0;
  const closes = /^%?\s*[,.;:!?'"”’)]/.test(s.ctx.text.original.slice(endT, endT + 3));
  const tail = s.tok(last + 1);
  if (s.continues(last + 1) && !closes && !MOVE_TAIL.has(tail)) return -1;
  if (s.continues(last + 1) && !closes && tail === 'on' && !ON_EVENT.has(s.tok(last + 2))) return -1;
  let from = s.signedPercent(p) ? p : -1;
  for (let v = p - 1; v >= p - 2 && v >= 0 && from < 0 && s.continues(v + 1); v--)
    if (MOVEMENT.endAt(s.tokens, v) === p - 1) from = v;
  if (from < 0 && MOVE_LEAD.has(s.tok(p - 1)) && /ed$/.test(s.tok(p - 1)) && s.continues(p)) from = p - 1;
  if (from < 0) return -1;
  // "cool, -9%", "said: -12%": a signed move after punctuation opens its own clause.
  const opens = from === p && /[,:;'"“‘(—–]\s*$/.test(s.ctx.text.original.slice(0, signStart(s, p)));
  return clauseStart(s, from) ||
    opens ||
    MOVE_LEAD.has(s.tok(from - 1)) ||
    (from === p - 1 && MOVE_LEAD.has(s.tok(from)))
    ? from
    : -1;
}

/** Where the move at token p starts in the text, its sign included. */
function signStart(s: StockScan, p: number): number {
  const start = s.tokens[p]?.start ?? 0;
  return /[+\-−]/.test(s.ctx.text.original[start - 1] ?? '') ? start - 1 : start;
}

function clauseStart(s: StockScan, i: number): boolean {
  return i === 0 || !s.continues(i);
}

const LOCKUP_END =
  /^(?:end|ends|ending|ended|expire|expires|expiring|expired|expiry|expiration|over|lifts|lifted|done)$/;
/** Before "lockup": whose lockup it is ("the IPO lockup", "our lockup"), not "the code freeze lockup". */
const LOCKUP_OWNER = new Set([
  'the',
  'our',
  'ipo',
  'my',
  'employee',
  'insider',
  'when',
  'once',
  'after',
  'until',
  'till',
]);

/** "lockup ends Tuesday", "the IPO lockup expires next week": insiders free to sell. */
export function lockupExpiry(s: StockScan): void {
  for (const i of s.cue('lockup')) {
    if (!clauseStart(s, i) && !LOCKUP_OWNER.has(s.tok(i - 1)) && !s.companyTok[i - 1]) continue;
    for (let k = i + 1; k <= i + 3 && s.continues(k); k++) {
      if (!LOCKUP_END.test(s.tok(k))) continue;
      s.addTokens(`“${s.quote(i, k)}” is talk of insiders selling shares`, i, k, DEFAULT_WHY);
      break;
    }
  }
}

const TAKE = /^(?:take|takes|taking|took|taken|go|goes|going|went|gone)$/;
/** After a take-private figure: the clause ends or goes on ("at 88 I'm retiring"), not "at 88 followers". */
const AFTER_DEAL_FIGURE = new Set([
  'a',
  'per',
  'share',
  'apiece',
  'each',
  'cash',
  'and',
  'or',
  'i',
  "i'm",
  'we',
  'so',
  'but',
  'if',
  'lol',
]);

/** "taking us private at $88", "if we go private at 88": a buyout price. */
export function takePrivate(s: StockScan): void {
  for (const i of s.cue('private')) {
    let verb = -1;
    for (let v = i - 1; v >= i - 3 && v >= 0 && s.continues(v + 1) && verb < 0; v--) if (TAKE.test(s.tok(v))) verb = v;
    const at = i + 1;
    if (verb < 0 || !s.continues(at) || !/^(?:at|for)$/.test(s.tok(at)) || !s.continues(at + 1)) continue;
    if (!/^\d/.test(s.tok(at + 1))) continue;
    const last = s.figureEnd(at + 1);
    if (s.continues(last + 1) && !AFTER_DEAL_FIGURE.has(s.tok(last + 1))) continue;
    s.addTokens(`“${s.quote(verb, last)}” is talk of a buyout price`, verb, last, DEFAULT_WHY);
  }
}

/** "shorting us at $150", "bears were short us at 40": a short position at a price. */
export function shortAtPrice(s: StockScan): void {
  for (const i of s.cue('shortAt')) {
    const k = i + 1;
    if (!s.continues(k) || !(s.tok(k) === 'us' || s.companyTok[k])) continue;
    if (!s.continues(k + 1) || !/^(?:at|from|around|since|under|below|above)$/.test(s.tok(k + 1))) continue;
    const fig = k + 2;
    if (!s.continues(fig) || !/^\d/.test(s.tok(fig)) || s.percentEnd(fig) >= 0) continue;
    const last = s.figureEnd(fig);
    s.addTokens(`“${s.quote(i, last)}” is trading talk`, i, last, DEFAULT_WHY);
  }
}

/** "we're trading below cash", "market cap less than our cash pile": a valuation against the balance sheet. */
export function belowCash(s: StockScan): void {
  for (const c of s.cue('cash')) {
    let j = c - 1;
    while (j >= c - 3 && /^(?:the|our|its|net|their)$/.test(s.tok(j)) && s.continues(j + 1)) j--;
    if (!s.continues(j + 1) || !s.continues(j)) continue;
    let cmp = j;
    if (s.tok(j) === 'than' && /^(?:less|lower)$/.test(s.tok(j - 1)) && s.continues(j)) cmp = j - 1;
    else if (!/^(?:below|under)$/.test(s.tok(j))) continue;
    let v = cmp - 1;
    if (/^(?:is|was|are|now)$/.test(s.tok(v)) && s.continues(v + 1)) v--;
    if (!s.continues(v + 1)) continue;
    const verb = s.tok(v);
    const valued =
      TRADES.has(verb) ||
      verb === 'trade' ||
      (verb === 'cap' && s.tok(v - 1) === 'market') ||
      (/^(?:worth|valued)$/.test(verb) && (COMPANY_REF.has(s.tok(v - 1)) || s.companyTok[v - 1] === 1));
    if (!valued) continue;
    const from = verb === 'cap' ? v - 1 : v;
    s.addTokens(`“${s.quote(from, c)}” is talk of a share price`, from, c, DEFAULT_WHY);
  }
}

/** "$70 a share", "$120/share", "$95 per share": a price per share. */
export function perSharePrice(s: StockScan): void {
  for (const d of s.dollarTokens()) {
    if (!s.isDollarFigure(d)) continue;
    const last = s.figureEnd(d);
    const t = s.tokens[last];
    if (!t) continue;
    const slash = s.ctx.text.normalized.norm[t.end] === '/';
    const per = slash ? last + 1 : /^(?:a|per)$/.test(s.tok(last + 1)) && s.continues(last + 1) ? last + 2 : -1;
    if (per < 0 || s.tok(per) !== 'share' || !s.continues(per)) continue;
    s.addTokens(`“${s.quote(d, per)}” is a share price`, d, per, DEFAULT_WHY);
  }
}
