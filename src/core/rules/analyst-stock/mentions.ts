import { destinationOf } from '../../links/followed';
import { displayLink } from '../../links/host';
import { parseLink } from '../../links/url';
import type { StockScan } from './scan';
import { findSite, mayBeAnalyst, pathLooksAnalyst, siteIndex } from './sites';
import { CONTEXT_RADIUS, CRYPTO, DEFAULT_WHY, MOVEMENT, NOT_CASHTAGS, TICKER_WORDS } from './words';

export function cashtags(s: StockScan): void {
  const { original } = s.ctx.text;
  for (const e of s.ctx.text.entities) {
    if (e.type !== 'cashtag') continue;
    const symbol = e.value.slice(1).toLowerCase();
    const after = original[e.end] ?? '';
    // "$PATH", "$HOME/bin", "$x = 1": shell and code, not stock symbols.
    // "$BTC": a coin, the custom rule's cryptocurrency topic.
    if (CRYPTO.has(symbol)) continue;
    if (NOT_CASHTAGS.has(symbol) || after === '/' || after === '=' || after === '(' || original[e.start - 1] === '`')
      continue;
    if (s.tickers.has(symbol)) {
      s.add(
        `Mentions ${e.value}, the company’s own stock,`,
        e.start,
        e.end,
        'employees must not talk up or comment on the company’s stock',
      );
    } else {
      s.add(`Mentions ${e.value} — a cashtag is stock talk —`, e.start, e.end, DEFAULT_WHY);
    }
  }
}

export function links(s: StockScan): void {
  const index = siteIndex(s.ctx.options.domains ?? []);
  for (const e of s.ctx.text.entities) {
    if (e.type !== 'url') continue;
    // A short link the background followed is judged by where it leads, and says so.
    const destination = destinationOf(s.ctx.post, e.href);
    if (!mayBeAnalyst(destination ?? e.href, index)) continue;
    const url = parseLink(destination ?? e.href);
    if (!url) continue;
    const leads = destination ? `${e.value} leads to ${displayLink(destination)}` : '';
    const path = url.pathname.toLowerCase();
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    const site = findSite(host, path, index);
    if (site) {
      s.add(
        leads
          ? `${leads} — an analyst article on ${site.split('/')[0]}, an investing/analyst site,`
          : `Links to ${site.split('/')[0]}, an investing/analyst site,`,
        e.start,
        e.end,
        'sharing analyst articles and stock commentary can read as investment advice on the company’s behalf',
      );
      continue;
    }
    if (pathLooksAnalyst(path) && !s.ctx.company.isCompanyHost(url.hostname)) {
      s.add(
        leads ? `${leads} — an analyst-rating or stock page` : `Links to an analyst-rating or stock page (${e.value})`,
        e.start,
        e.end,
        DEFAULT_WHY,
      );
    }
  }
}

/** "Acme stock", "Acme's shares jumped", "shares of Acme". */
export function companyStock(s: StockScan): void {
  const why = 'employees must not comment on the company’s stock';
  for (const m of s.matches('company')) {
    const next = m.lastToken + 1;
    if (s.continues(next) && (s.isEquity(next) || (s.tok(next) === 'shares' && s.isSharesNoun(next)))) {
      s.addTokens(`Talks about the company’s stock (“${s.quote(m.firstToken, next)}”)`, m.firstToken, next, why);
      continue;
    }
    // "Acme share is reaching a new high", "ACME share up 4%": the singular as non-native writers use it.
    if (s.tok(next) === 'share' && s.continues(next) && s.quote(next, next) === 'share' && shareMoves(s, next + 1)) {
      s.addTokens(`Talks about the company’s stock (“${s.quote(m.firstToken, next)}”)`, m.firstToken, next, why);
      continue;
    }
    const of = m.firstToken - 1;
    const shares = m.firstToken - 2;
    if (s.tok(of) === 'of' && (s.tok(shares) === 'shares' || s.tok(shares) === 'stock') && s.continues(m.firstToken))
      s.addTokens(`Talks about the company’s stock (“${s.quote(shares, m.lastToken)}”)`, shares, m.lastToken, why);
  }
}

function shareMoves(s: StockScan, k: number): boolean {
  if (!s.continues(k)) return false;
  return /^(?:is|was|has|keeps|going|went)$/.test(s.tok(k)) || MOVEMENT.has(s.tokens, k) || s.isPercent(k);
}

export function phrases(s: StockScan): void {
  for (const m of s.matches('phrases')) {
    if (s.aboutCrypto(m.firstToken, m.lastToken)) continue;
    s.add(`“${s.written(m)}” is analyst or trading talk`, m.start, m.end, DEFAULT_WHY);
  }
}

/**
 * The company's ticker written in capitals without "$". A distinctive ticker ("ACMC") is stock
 * talk on its own; one that is also the company's name or an everyday word ("ACME", "CRM",
 * "TEAM") only next to stock talk.
 */
export function bareTickers(s: StockScan): void {
  if (s.tickers.size === 0) return;
  const nameWords = new Set(
    [...s.ctx.policy.company.names, ...s.ctx.policy.company.products].map((s) => s.trim().toLowerCase()),
  );
  for (const i of s.tickerCandidates()) {
    if (!s.isTickerToken(i) || s.tokens[i]?.sigil === '$') continue;
    const t = s.tok(i);
    const ambiguous = nameWords.has(t) || TICKER_WORDS.has(t) || t.length < 2;
    if (ambiguous && !s.near(s.contextSum, i, i, CONTEXT_RADIUS)) continue;
    s.addTokens(
      `Mentions ${s.quote(i, i)}, the company’s stock ticker,`,
      i,
      i,
      'employees must not talk up or comment on the company’s stock',
    );
  }
}
