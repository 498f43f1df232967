import { ascending, union } from './indices';
import type { StockScan } from './scan';
import {
  CLOSE_VERBS,
  CONTEXT_RADIUS,
  DEFAULT_WHY,
  INTO_VERBS,
  LISTED_LEVEL,
  MARKET_TIME,
  MONEY_UNITS,
  MOVE_GLUE,
  MOVEMENT,
  MULTIPLE_OF,
  NOT_RESULTS,
  PAY_WORDS,
  PRICE_CALL_VERBS,
  PRICE_PREPOSITIONS,
  QUOTE_PREPOSITIONS,
  YIELD_WORDS,
} from './words';

/** "shares jumped 8%", "the stock is down", "stocks rallied". */
export function priceMoves(s: StockScan): void {
  const { original } = s.ctx.text;
  for (const i of s.cue('stock')) {
    const t = s.tok(i);
    const possessive = t === "stock's" && (i === 0 || !s.continues(i) || s.companyTok[i - 1] || s.tok(i - 1) === 'the');
    if (!(possessive || s.isEquity(i) || s.isSharesNoun(i) || (t === 'stocks' && s.tok(i + 1) !== 'up'))) continue;
    for (let k = i + 1; k <= i + 3 && s.continues(k); k++) {
      if (s.signedPercent(k)) {
        s.addTokens(`“${s.quote(i, k)}” is talk of a share price`, i, k, DEFAULT_WHY);
        break;
      }
      if (!MOVEMENT.has(s.tokens, k)) continue;
      const [, end] = s.range(k, k);
      // "up-to-date", "stock up on": not a price move.
      if (original[end] === '-' || s.tok(k + 1) === 'on') break;
      s.addTokens(`“${s.quote(i, k)}” is talk of a share price`, i, k, DEFAULT_WHY);
      break;
    }
  }
}

export function contextual(s: StockScan): void {
  for (const m of s.matches('contextual')) {
    if (s.aboutCrypto(m.firstToken, m.lastToken)) continue;
    if (s.near(s.contextSum, m.firstToken, m.lastToken, CONTEXT_RADIUS))
      s.add(`“${s.written(m)}” is trading talk about a stock`, m.start, m.end, DEFAULT_WHY);
  }
  // Price levels also read as stock talk right next to the company's name ("Acme hit an all-time high").
  for (const m of s.matches('price-levels')) {
    if (s.aboutCrypto(m.firstToken, m.lastToken)) continue;
    if (m.entry.term.startsWith('dividend') && PAY_WORDS.has(s.tok(m.firstToken - 1))) continue;
    const near =
      s.near(s.contextSum, m.firstToken, m.lastToken, CONTEXT_RADIUS) ||
      (m.entry.term.startsWith('market cap') && s.dollarInSentence(m.firstToken, m.lastToken));
    const listed = LISTED_LEVEL.test(m.entry.term) && s.listedNear(m.firstToken, m.lastToken);
    if (near || listed || s.companyNear(m.firstToken, m.lastToken))
      s.add(`“${s.written(m)}” is talk of a share price`, m.start, m.end, DEFAULT_WHY);
  }
}

/** "Acme up 9% premarket", "ACME ripped 15% on the guidance raise", "we're up 40% YTD". */
export function companyPriceMoves(s: StockScan): void {
  for (const i of union(s.cue('we'), tokensOf(s, 'company'), tokensOf(s, 'listed-companies'))) {
    const we = s.tok(i) === "we're" || s.tok(i) === 'we';
    if (!we && !s.companyTok[i] && !s.listedTok(i)) continue;
    let k = i + 1;
    while (k <= i + 3 && s.continues(k) && MOVE_GLUE.has(s.tok(k))) k++;
    if (!s.continues(k) || !MOVEMENT.has(s.tokens, k)) continue;
    // The figure right after: "up 9%"; and, for "we", a trading time ("YTD", "premarket").
    const figure = k + 1;
    if (!s.continues(figure) || !s.isPercent(figure)) continue;
    const timed = s.continues(figure + 1) && MARKET_TIME.has(s.tok(figure + 1));
    const sessionWord = /^(?:premarket|pre|after|ytd|intraday)$/.test(s.tok(figure + 1));
    if (we && !(timed && (sessionWord || s.near(s.contextSum, i, figure + 1, CONTEXT_RADIUS)))) continue;
    if (!we && !timed && !s.near(s.contextSum, i, figure, CONTEXT_RADIUS) && s.continues(figure + 1)) continue;
    // A listed company other than ours: only with a trading time or stock words near ("Amazon down 8% after earnings").
    if (!s.companyTok[i] && !we && !timed && !s.near(s.contextSum, i, figure + 1, CONTEXT_RADIUS)) continue;
    s.addTokens(`“${s.quote(i, figure)}%” is talk of a share price`, i, figure, DEFAULT_WHY);
  }
}

/** Every token inside a list's matches ("Acme Corp" is two). */
function tokensOf(s: StockScan, list: string): number[] {
  const out: number[] = [];
  for (const m of s.matches(list)) if (m.via === 'word') for (let k = m.firstToken; k <= m.lastToken; k++) out.push(k);
  return ascending(out);
}

/** "Acme at 12x sales", "trades at 35x forward earnings": a valuation multiple. */
export function multiples(s: StockScan): void {
  // Anchored on the word after the figure ("sales"): a figure ending in "x" is no lexicon word.
  for (const after of s.cue('multiple')) {
    const i = after - 1;
    if (i < 0) continue;
    const t = s.tok(i);
    if (t.length < 2 || t.charCodeAt(t.length - 1) !== 120 || !/^\d+(?:\.\d+)?x$/.test(t)) continue;
    if (!s.continues(i + 1) || !MULTIPLE_OF.has(s.tok(i + 1))) continue;
    const next = s.tok(i + 2);
    if (s.tok(i + 1) === 'sales' && (NOT_RESULTS.has(next) || /^(?:growth|increase|more)$/.test(next))) continue;
    s.addTokens(`“${s.quote(i, i + 1)}” is a stock valuation multiple`, i, i + 1, DEFAULT_WHY);
  }
}

/** "would love to see ACME break $200", "Acme will hit $150": a share-price call on the company. */
export function priceCalls(s: StockScan): void {
  for (const m of s.matches('company')) {
    let k = m.lastToken + 1;
    if (/^(?:to|will|can|could|should|must|gonna|might)$/.test(s.tok(k)) && s.continues(k)) k++;
    if (!s.continues(k)) continue;
    // "ACME break $200", and a level reached: "Acme closed above $100", "ACME opened at $88".
    const call = PRICE_CALL_VERBS.has(s.tok(k).replace(/(?:s|ing)$/, ''));
    const closed = CLOSE_VERBS.has(s.tok(k)) && PRICE_PREPOSITIONS.has(s.tok(k + 1)) && s.continues(k + 1);
    if (!call && !closed) continue;
    const price = closed ? k + 2 : k + 1;
    if (closed && s.perUnit(price)) continue;
    if (!s.continues(price) || !s.isDollarFigure(price) || MONEY_UNITS.has(s.tok(price + 1))) continue;
    if (/[a-z]$/.test(s.tok(price))) continue;
    const what = closed ? 'is talk of a share price' : 'is a share-price call';
    s.addTokens(`“${s.quote(m.firstToken, price)}” ${what}`, m.firstToken, price, DEFAULT_WHY);
  }
}

/** "Acme at $142 is a gift", "put my pension into Acme", "Tesla stock is…", "our stock has done 4x". */
export function stockByName(s: StockScan): void {
  const { original } = s.ctx.text;
  for (const m of s.matches('company')) {
    const i = m.firstToken;
    const at = m.lastToken + 1;
    if (QUOTE_PREPOSITIONS.has(s.tok(at)) && s.continues(at) && s.continues(at + 1) && s.isDollarFigure(at + 1)) {
      const [, end] = s.range(at + 1, at + 1);
      const unit = /[a-z]$/.test(s.tok(at + 1)) || MONEY_UNITS.has(s.tok(at + 2));
      const perUnit = original[end] === '/' || /^(?:per|a|an|each|for|off)$/.test(s.tok(at + 2));
      if (!unit && !perUnit) s.addTokens(`“${s.quote(i, at + 1)}” is talk of a share price`, i, at + 1, DEFAULT_WHY);
    }
    if (s.tok(i - 1) === 'into' && s.continues(i)) {
      for (let v = i - 2; v >= i - 5 && v >= 0 && s.continues(v + 1); v--) {
        if (!INTO_VERBS.test(s.tok(v))) continue;
        s.addTokens(`“${s.quote(v, m.lastToken)}” is trading talk`, v, m.lastToken, DEFAULT_WHY);
        break;
      }
    }
  }
  // Anchored on the stock word after the name.
  for (const st of s.cue('stock')) {
    const i = st - 1;
    if (i < 0 || (s.tok(i) !== 'our' && !s.listedTok(i))) continue;
    if (!s.continues(st) || !(s.isEquity(st) || (s.tok(st) === 'shares' && s.isSharesNoun(st)))) continue;
    // "our stock" needs a verb or a move after it ("our stock has done 4x"), not "our stock of parts".
    if (
      s.tok(i) === 'our' &&
      !(s.continues(st + 1) && /^(?:has|is|was|just|price|went|hit|did|closed)$/.test(s.tok(st + 1)))
    )
      continue;
    s.addTokens(`Talks about a stock (“${s.quote(i, st)}”)`, i, st, DEFAULT_WHY);
  }
}

/** "Acme now yields 3.2%", "the stock yields 4%": a dividend yield. */
export function yields(s: StockScan): void {
  for (const k of s.cue('yield')) {
    if (k < 1 || k >= s.tokens.length - 1 || !YIELD_WORDS.has(s.tok(k)) || !s.continues(k + 1) || !s.isPercent(k + 1))
      continue;
    let c = k - 1;
    while (c >= k - 3 && c > 0 && s.continues(c + 1) && MOVE_GLUE.has(s.tok(c))) c--;
    if (!s.continues(c + 1) || !(s.companyTok[c] || s.tightTok(c) || s.listedTok(c))) continue;
    // "3.2%" is two tokens: end the finding at the "%".
    const last = s.ctx.text.normalized.norm[s.tokens[k + 1]?.end ?? 0] === '%' ? k + 1 : k + 2;
    s.addTokens(`“${s.quote(c, last)}%” is talk of a dividend yield`, c, last, DEFAULT_WHY);
  }
}
