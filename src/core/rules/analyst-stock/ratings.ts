import type { LexiconMatch } from '../../text/lexicon';
import type { StockScan } from './scan';
import {
  AFTER_RATING,
  CONTEXT_RADIUS,
  DEFAULT_WHY,
  IS_WORDS,
  LOOKBACK,
  RATING_PREPOSITIONS,
  RATING_VERBS,
  TIGHT_RADIUS,
} from './words';

/** "upgraded to buy", "Goldman rates Acme outperform", "initiated at overweight", "X is a buy". */
export function ratingChanges(s: StockScan): void {
  for (const m of s.matches('ratings')) {
    if (!ratingEnds(s, m)) continue;
    const first = m.firstToken;
    const prev = s.tok(first - 1);
    let verb = -1;
    for (let j = first - 1; j >= Math.max(0, first - LOOKBACK); j--) {
      if (RATING_VERBS.has(s.tokens, j)) {
        verb = j;
        break;
      }
      if (s.tokens[j]?.breakBefore) break;
    }
    const byVerb = verb >= 0 && (RATING_PREPOSITIONS.has(prev) || verb === first - 1 || s.isCapitalized(first - 1));
    // "is a buy", "Acme's a buy", and one word between: "is a screaming buy".
    const article = prev === 'a' ? first - 1 : s.tok(first - 2) === 'a' && s.continues(first - 1) ? first - 2 : -1;
    const subject = s.tok(article - 1);
    const isA =
      article > 0 &&
      s.continues(article) &&
      (IS_WORDS.has(subject) || subject.endsWith("'s")) &&
      // "the laptop is a great buy" is a product review: with a word between, a stock must be near.
      (article === first - 1 || s.near(s.contextSum, article - 1, m.lastToken, CONTEXT_RADIUS));
    // "Piper slapped an overweight on us": a rating put on the company, a broker near.
    const onUs = !byVerb && !isA && s.ctx.text.original[m.end] === ' ' && onCompany(s, m.lastToken + 1);
    if (byVerb || onUs) {
      const [from, to] = onUs ? [m.firstToken, m.lastToken + 2] : [verb, m.lastToken];
      s.addTokens(`“${s.quote(from, to)}” reports an analyst rating`, from, to, DEFAULT_WHY);
    } else if (isA && m.entry.term !== 'in line')
      s.addTokens(
        `“${s.quote(article - 1, m.lastToken)}” is a stock recommendation`,
        article - 1,
        m.lastToken,
        DEFAULT_WHY,
      );
  }
  // "Analysts downgrade $ACME", "Acme stock upgraded": a rating change next to a stock.
  for (const m of s.matches('rating-changes')) {
    // "two upgrades on us in one week": on the company, with a market word near ("Free upgrades on us" has none).
    const onUs = onCompany(s, m.lastToken + 1);
    if (!onUs && !s.near(s.tightSum, m.firstToken, m.lastToken, TIGHT_RADIUS)) continue;
    const last = onUs ? m.lastToken + 2 : m.lastToken;
    s.addTokens(`“${s.quote(m.firstToken, last)}” reports an analyst rating change`, m.firstToken, last, DEFAULT_WHY);
  }
}

/** A plain number ending its clause or followed by a time ("to 310 this morning"), not "to 40 hires". */
function bareFigure(s: StockScan, k: number): boolean {
  if (!/^\d+$/.test(s.tok(k)) || s.percentEnd(k) >= 0) return false;
  const last = s.figureEnd(k);
  return !s.continues(last + 1) || /^(?:this|today|yesterday|from|after|and|with|in|on)$/.test(s.tok(last + 1));
}

/** "has us at 275": a broker's target or rating on the company, with a broker or market word near. */
const HAS_US = new Set(['has', 'have', 'had', 'rates', 'rated', 'sees', 'see', 'values', 'puts', 'put']);
export function brokerHasUsAt(s: StockScan): void {
  for (const m of s.matches('context')) {
    for (let k = m.lastToken + 1; k <= m.lastToken + 4 && s.continues(k); k++) {
      if (s.tok(k) !== 'us' || !HAS_US.has(s.tok(k - 1)) || s.tok(k + 1) !== 'at' || !s.continues(k + 1)) continue;
      if (!s.continues(k + 2) || (!bareFigure(s, k + 2) && !s.isDollarFigure(k + 2))) continue;
      const last = s.figureEnd(k + 2);
      s.addTokens(`“${s.quote(k - 1, last)}” is an analyst price target`, k - 1, last, DEFAULT_WHY);
      return;
    }
  }
}

/** "… on us", "… on Acme" at token k, with a broker or other market word near. */
function onCompany(s: StockScan, k: number): boolean {
  if (s.tok(k) !== 'on' || !s.continues(k) || !s.continues(k + 1)) return false;
  if (s.tok(k + 1) !== 'us' && !s.companyTok[k + 1]) return false;
  return s.near(s.contextSum, k - 1, k + 1, CONTEXT_RADIUS);
}

/**
 * "PT $200", "PT to $250"; a bare figure when a rating verb or a broker says whose target it is:
 * "Jefferies bumped their PT on us to 240".
 */
const PT_REACH = 4;
export function priceTargetAbbreviation(s: StockScan): void {
  for (const m of s.matches('pt')) {
    let byAnalyst: boolean | undefined;
    for (let k = m.lastToken + 1; k <= m.lastToken + PT_REACH && s.continues(k); k++) {
      const t = s.tokens[k];
      if (!t || !/^\d/.test(t.text)) continue;
      if (t.sigil !== '$') {
        byAnalyst ??=
          analystBefore(s, m.firstToken) || s.near(s.contextSum, m.firstToken, m.firstToken, CONTEXT_RADIUS);
        if (!byAnalyst) continue;
      } else if (k > m.lastToken + 2) continue;
      s.addTokens(`“${s.quote(m.firstToken, k)}” is an analyst price target`, m.firstToken, k, DEFAULT_WHY);
      break;
    }
  }
}

function analystBefore(s: StockScan, i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 0 && s.continues(k + 1); k--) if (RATING_VERBS.has(s.tokens, k)) return true;
  return false;
}

/** "lifts its Acme target to $240", "a $300 target", "target cut to $95": an analyst's price target. */
export function targets(s: StockScan): void {
  for (const m of s.matches('target')) {
    const i = m.firstToken;
    let dollar = -1;
    if (s.isDollarFigure(i - 1) && s.continues(i)) dollar = i - 1;
    // "target on us to $310": the reach covers whose target it is.
    for (let k = i + 1; k <= i + 4 && s.continues(k) && dollar < 0; k++) if (s.isDollarFigure(k)) dollar = k;
    // "raised their target on us to 310": a bare figure when the target is on the company and a broker is near.
    if (dollar < 0 && onCompany(s, i + 1) && s.tok(i + 3) === 'to' && s.continues(i + 4) && bareFigure(s, i + 4))
      dollar = i + 4;
    if (dollar < 0) continue;
    let by = false;
    for (let k = i - 1; k >= i - 4 && k >= 0 && s.continues(k + 1) && !by; k--)
      by = s.companyTok[k] === 1 || s.isTickerToken(k) || RATING_VERBS.has(s.tokens, k);
    if (!by && !s.near(s.contextSum, i, i, CONTEXT_RADIUS)) continue;
    const [first, last] = dollar < i ? [dollar, i] : [i, dollar];
    s.addTokens(`“${s.quote(first, last)}” is an analyst price target`, first, last, DEFAULT_WHY);
  }
}

/** The rating word ends the phrase: "upgraded to buy." yes, "upgrade to buy more seats" no. */
function ratingEnds(s: StockScan, m: LexiconMatch): boolean {
  const after = s.ctx.text.original[m.end] ?? '';
  if (after === '-') return false;
  const next = m.lastToken + 1;
  return !s.continues(next) || AFTER_RATING.has(s.tok(next)) || /^[,):;"”—–]$/.test(after);
}
