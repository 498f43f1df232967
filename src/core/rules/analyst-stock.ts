/**
 * Analyst ratings and stock talk: an employee talking up a stock — above all the company's own —
 * can read as investment advice on the company's behalf, and inside an earnings quiet period
 * anything about results or the share price is off-limits.
 *
 * Precision comes from context: "outperform", "bullish", "to the moon" count only near a stock
 * context (a cashtag, the company's ticker, "stock", "shares", an analyst); "stock" and "shares"
 * are told apart from "in stock" and "she shares"; rating words count only after a rating change.
 *
 * The detectors live in ./analyst-stock/ by kind (mentions, ratings, trading, prices, cues, and
 * results for quiet periods), sharing one StockScan (scan.ts) per check. Each starts from an
 * anchor word the lexicon pass finds (cue-lists.ts), so a post without one costs next to nothing.
 */

import contextFile from '../data/analyst-stock/context.json';
import contextualFile from '../data/analyst-stock/contextual.json';
import cryptoFile from '../data/analyst-stock/crypto.json';
import knownTickersFile from '../data/analyst-stock/known-tickers.json';
import listedCompaniesFile from '../data/analyst-stock/listed-companies.json';
import phrasesFile from '../data/analyst-stock/phrases.json';
import priceLevelsFile from '../data/analyst-stock/price-levels.json';
import ratingsFile from '../data/analyst-stock/ratings.json';
import { entriesOf } from '../data/lists';
import { termListSchema } from '../policy/fields';
import type { ListInput } from '../text/lexicon';
import { CUE_LIST_INPUT } from './analyst-stock/cue-lists';
import { anchoredCues } from './analyst-stock/cues';
import {
  belowCash,
  lockupExpiry,
  marketReactions,
  perSharePrice,
  shortAtPrice,
  takePrivate,
} from './analyst-stock/events';
import { bareTickers, cashtags, companyStock, links, phrases } from './analyst-stock/mentions';
import {
  companyPriceMoves,
  contextual,
  multiples,
  priceCalls,
  priceMoves,
  stockByName,
  yields,
} from './analyst-stock/prices';
import { brokerHasUsAt, priceTargetAbbreviation, ratingChanges, targets } from './analyst-stock/ratings';
import { resultsTalk } from './analyst-stock/results';
import { type Options, StockScan } from './analyst-stock/scan';
import { dipBuying, grantSales, listedTrades, positions, tradesAtPrice, tradingTalk } from './analyst-stock/trading';
import { RATING_CHANGES } from './analyst-stock/words';
import { defineRule } from './types';

export default defineRule<Options>({
  id: 'analyst-stock',
  meta: {
    title: 'Analyst ratings and stock talk',
    description:
      'Flags analyst ratings, price targets, trading talk, $cashtags and links to investing sites — the company’s own stock above all — and, inside an earnings quiet period, any talk of results or the share price (then it blocks).',
    checksQuoted: true,
  },
  defaults: { severity: 'warn', domains: [] },
  options: { domains: termListSchema() },
  lists(_options, policy): ListInput[] {
    const companyTerms = new Set<string>();
    for (const t of [...policy.company.names, ...policy.company.tickers]) {
      const term = t.replace(/^\$/, '').trim().toLowerCase();
      if (!term) continue;
      companyTerms.add(term);
      // The tokenizer keeps "Acme's" as one word.
      companyTerms.add(`${term}'s`);
    }
    return [
      { list: 'phrases', entries: entriesOf(phrasesFile) },
      { list: 'contextual', entries: entriesOf(contextualFile) },
      { list: 'price-levels', entries: entriesOf(priceLevelsFile) },
      { list: 'context', entries: entriesOf(contextFile) },
      { list: 'known-tickers', entries: entriesOf(knownTickersFile), possessive: false },
      { list: 'listed-companies', entries: entriesOf(listedCompaniesFile) },
      { list: 'ratings', entries: entriesOf(ratingsFile) },
      { list: 'crypto', entries: entriesOf(cryptoFile) },
      { list: 'rating-changes', entries: RATING_CHANGES },
      { list: 'pt', entries: [{ term: 'pt', note: 'Price target, as analysts abbreviate it ("PT $200").' }] },
      {
        list: 'target',
        entries: [
          {
            term: 'target',
            note: 'A price target when a dollar figure and the company, a stock or a rating verb are next to it.',
          },
          { term: 'targets', note: 'Price targets.' },
        ],
      },
      { list: 'company', entries: [...companyTerms].map((term) => ({ term })) },
      CUE_LIST_INPUT,
    ];
  },
  check(ctx) {
    const s = new StockScan(ctx);
    // In priority order: a later finding overlapping an earlier one is dropped.
    for (const detect of DETECTORS) detect(s);
    if (s.quiet) resultsTalk(s);
    return s.findings;
  },
});

const DETECTORS: readonly ((s: StockScan) => void)[] = [
  cashtags,
  links,
  companyStock,
  ratingChanges,
  phrases,
  tradingTalk,
  priceMoves,
  contextual,
  bareTickers,
  priceTargetAbbreviation,
  targets,
  companyPriceMoves,
  multiples,
  positions,
  listedTrades,
  tradesAtPrice,
  dipBuying,
  grantSales,
  priceCalls,
  yields,
  stockByName,
  anchoredCues,
  shortAtPrice,
  takePrivate,
  perSharePrice,
  belowCash,
  lockupExpiry,
  marketReactions,
  brokerHasUsAt,
];
