import { union } from './indices';
import type { StockScan } from './scan';
import {
  AMOUNT,
  AMOUNT_STRONG,
  CONTEXT_RADIUS,
  DEFAULT_WHY,
  DIP_DETERMINERS,
  EQUITY_GRANTS,
  HOLDING_NOUNS,
  MONEY_UNITS,
  NOT_POSITION_BEFORE,
  POSITION_AFTER,
  PRICE_CALL_VERBS,
  PRICE_PREPOSITIONS,
  SELL_AFTER_GRANT,
  TRADE_AFTER,
  TRADE_TIME,
  TRADES,
  TRADING_VERBS,
  VEST_AFTER,
  VEST_BEFORE,
} from './words';

/** "bought more Acme shares", "sell my stock", "buying ACME". */
export function tradingTalk(s: StockScan): void {
  // Anchored on the (rare) stock words, looking back for the (common) trading verbs.
  for (const k of union(s.tightTokens(), s.cue('grant'), s.cue('stock'))) {
    const grant = EQUITY_GRANTS.has(s.tok(k));
    if (!s.tightTok(k) && !grant && s.tok(k) !== 'stocks' && s.tok(k) !== 'shares') continue;
    // "selling some of my ESPP shares": a few more words between the verb and the shares.
    const reach = grant || s.tok(k) === 'shares' || HOLDING_NOUNS.has(s.tok(k)) ? 5 : 3;
    for (let v = k - 1; v >= k - reach && v >= 0 && s.continues(v + 1); v--) {
      if (!TRADING_VERBS.has(s.tokens, v)) continue;
      s.addTokens(`“${s.quote(v, k)}” is trading talk`, v, k, DEFAULT_WHY);
      break;
    }
  }
}

/** "bought more at $88", "sold some under $120": a trade at a price, next to a stock or the company. */
export function tradesAtPrice(s: StockScan): void {
  for (const k of s.dollarTokens()) {
    if (k < 2 || !s.isDollarFigure(k) || !PRICE_PREPOSITIONS.has(s.tok(k - 1)) || !s.continues(k - 1)) continue;
    let v = k - 2;
    if ((s.tok(v) === 'more' || s.tok(v) === 'some') && s.continues(v)) v--;
    if (v < 0 || !s.continues(v + 1) || !TRADING_VERBS.has(s.tokens, v)) continue;
    let company = false;
    for (let c = Math.max(0, v - CONTEXT_RADIUS); c <= k && !company; c++) company = s.companyTok[c] === 1;
    if (!company && !s.near(s.contextSum, v, k, CONTEXT_RADIUS)) continue;
    s.addTokens(`“${s.quote(v, k)}” is trading talk`, v, k, DEFAULT_WHY);
  }
}

/** "long Acme at these levels", "short ACME here", "Acme to $500 by year end". */
export function positions(s: StockScan): void {
  for (const m of s.matches('company')) {
    const i = m.firstToken;
    const before = s.tok(i - 1);
    const after = s.tok(m.lastToken + 1);
    const ends = !s.continues(m.lastToken + 1) || POSITION_AFTER.has(after);
    if ((before === 'long' || before === 'short') && s.continues(i) && ends) {
      if (!NOT_POSITION_BEFORE.has(s.tok(i - 2)) || !s.continues(i - 1)) {
        s.addTokens(`“${s.quote(i - 1, m.lastToken)}” is trading talk`, i - 1, m.lastToken, DEFAULT_WHY);
        continue;
      }
    }
    // "buy Acme before earnings", "bought Acme at $40": trading the company's stock by name.
    // Ending the sentence ("Cramer says buy Acme") only with a stock word near: "buy Acme" alone is a sales pitch.
    const tradeEnds =
      (TRADE_AFTER.has(after) && s.continues(m.lastToken + 1)) ||
      (!s.continues(m.lastToken + 1) && s.near(s.contextSum, i - 1, m.lastToken, CONTEXT_RADIUS));
    if (TRADING_VERBS.has(s.tokens, i - 1) && s.continues(i) && tradeEnds) {
      s.addTokens(`“${s.quote(i - 1, m.lastToken)}” is trading talk`, i - 1, m.lastToken, DEFAULT_WHY);
      continue;
    }
    // "Acme trades at 35x", "ACME trading below its 2021 high".
    if (TRADES.has(after) && s.continues(m.lastToken + 1) && PRICE_PREPOSITIONS.has(s.tok(m.lastToken + 2))) {
      s.addTokens(`“${s.quote(i, m.lastToken + 2)}” is talk of a share price`, i, m.lastToken + 2, DEFAULT_WHY);
      continue;
    }
    let price = m.lastToken + 2;
    if (after === 'to' && PRICE_CALL_VERBS.has(s.tok(price))) price++;
    if (after === 'to' && s.continues(price) && s.isDollarFigure(price) && !MONEY_UNITS.has(s.tok(price + 1))) {
      const unitGlued = /[a-z]$/.test(s.tok(price));
      if (!unitGlued) s.addTokens(`“${s.quote(i, price)}” is a share-price call`, i, price, DEFAULT_WHY);
    }
  }
}

/** "buying Nvidia on this dip", "bought that dip": a trading verb a few words before "the dip". */
export function dipBuying(s: StockScan): void {
  for (const k of s.cue('dip')) {
    if (k < 2 || s.tok(k) !== 'dip' || !DIP_DETERMINERS.has(s.tok(k - 1)) || !s.continues(k)) continue;
    if (s.aboutCrypto(k, k)) continue;
    for (let v = k - 2; v >= k - 5 && v >= 0 && s.continues(v + 1); v--) {
      if (!TRADING_VERBS.has(s.tokens, v)) continue;
      s.addTokens(`“${s.quote(v, k)}” is trading talk`, v, k, DEFAULT_WHY);
      break;
    }
  }
}

/** "My ESOP vested today, thinking of cashing out half", "quarterly vest today. immediately sold.": selling employee equity. */
export function grantSales(s: StockScan): void {
  for (const k of union(s.cue('grant'), s.cue('vest'))) {
    const grant = EQUITY_GRANTS.has(s.tok(k));
    // "my fleece vest sold out": a vest counts as equity only with a word that says so.
    if (!grant && !(VEST_BEFORE.has(s.tok(k - 1)) || VEST_AFTER.has(s.tok(k + 1)))) continue;
    // "RSUs finally vested!! Selling half": the sale may open the next sentence; one-word
    // sentences for emphasis ("Every. Single. One. is getting sold.") do not count as one.
    let breaks = 0;
    let since = 0;
    for (let v = k + 1; v <= k + 12 && v < s.tokens.length; v++) {
      if (!s.continues(v)) {
        if (since > 1 && ++breaks > 1) break;
        since = 0;
      }
      since++;
      // "selling points": the compound noun, not a sale; "sold out" is a product.
      if (!SELL_AFTER_GRANT.test(s.tok(v)) || /^points?$/.test(s.tok(v + 1))) continue;
      if (s.tok(v) === 'sold' && s.tok(v + 1) === 'out') continue;
      s.addTokens(`“${s.quote(k, v)}” is trading talk`, k, v, DEFAULT_WHY);
      break;
    }
  }
}

/** "sold all my Meta this morning", "bought more Nvidia today": trading a listed company by name. */
export function listedTrades(s: StockScan): void {
  for (const m of s.matches('listed-companies')) {
    if (m.via !== 'word' || !s.isCapitalized(m.firstToken)) continue;
    const after = m.lastToken + 1;
    if (s.continues(after) && !TRADE_TIME.has(s.tok(after))) continue;
    // "bought some Apple at the store" is fruit or a gadget; "at $180" is a share price.
    if (s.continues(after) && PRICE_PREPOSITIONS.has(s.tok(after)) && !s.isDollarFigure(after + 1)) continue;
    let v = m.firstToken - 1;
    let amount = false;
    while (v >= m.firstToken - 4 && v > 0 && s.continues(v + 1) && AMOUNT.has(s.tok(v))) {
      amount ||= AMOUNT_STRONG.has(s.tok(v));
      v--;
    }
    // Or a price after the name: "Buying Amazon under $150".
    const priced =
      s.continues(after) &&
      PRICE_PREPOSITIONS.has(s.tok(after)) &&
      s.isDollarFigure(after + 1) &&
      !s.perUnit(after + 1);
    if (!(amount || priced) || !s.continues(v + 1) || !TRADING_VERBS.has(s.tokens, v)) continue;
    s.addTokens(`“${s.quote(v, m.lastToken)}” is trading talk`, v, m.lastToken, DEFAULT_WHY);
  }
}
