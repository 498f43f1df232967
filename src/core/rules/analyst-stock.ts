/**
 * Analyst ratings and stock talk: an employee talking up a stock — above all the company's own —
 * can read as investment advice on the company's behalf, and inside an earnings quiet period
 * anything about results or the share price is off-limits.
 *
 * Precision comes from context: "outperform", "bullish", "to the moon" count only near a stock
 * context (a cashtag, the company's ticker, "stock", "shares", an analyst); "stock" and "shares"
 * are told apart from "in stock" and "she shares"; rating words count only after a rating change.
 */
import contextFile from '../data/analyst-stock/context.json';
import contextualFile from '../data/analyst-stock/contextual.json';
import domainsFile from '../data/analyst-stock/domains.json';
import knownTickersFile from '../data/analyst-stock/known-tickers.json';
import listedCompaniesFile from '../data/analyst-stock/listed-companies.json';
import movementFile from '../data/analyst-stock/movement.json';
import notCashtagsFile from '../data/analyst-stock/not-cashtags.json';
import notResultsFile from '../data/analyst-stock/not-results.json';
import phrasesFile from '../data/analyst-stock/phrases.json';
import priceLevelsFile from '../data/analyst-stock/price-levels.json';
import ratingVerbsFile from '../data/analyst-stock/rating-verbs.json';
import ratingsFile from '../data/analyst-stock/ratings.json';
import resultsAlwaysFile from '../data/analyst-stock/results-always.json';
import resultsFiguresFile from '../data/analyst-stock/results-figures.json';
import resultsMoneyFile from '../data/analyst-stock/results-money.json';
import tickerWordsFile from '../data/analyst-stock/ticker-words.json';
import tradingVerbsFile from '../data/analyst-stock/trading-verbs.json';
import urlPathsFile from '../data/analyst-stock/url-paths.json';
import { entriesOf } from '../data/lists';
import { destinationOf } from '../links/followed';
import { displayLink } from '../links/host';
import { parseLink } from '../links/url';
import { termListSchema } from '../policy/fields';
import type { QuietPeriod } from '../policy/types';
import { activeQuietPeriod, formatDay, periodName } from '../quiet-periods';
import type { Token } from '../text/analyze';
import type { LexiconMatch, ListInput } from '../text/lexicon';
import { TokenPhrases } from '../token-phrases';
import { defineRule, type RuleContext, type RuleFinding } from './types';

interface Options {
  /** Extra investing/analyst sites ("example-stocks.com" or "example.com/quotes"). */
  domains: string[];
}

type Ctx = RuleContext<Options>;

const termSet = (file: { entries: { term: string }[] }) => new Set(file.entries.map((e) => e.term));
const NOT_CASHTAGS = termSet(notCashtagsFile);
const NOT_RESULTS = termSet(notResultsFile);
const TICKER_WORDS = termSet(tickerWordsFile);
const URL_PATHS = urlPathsFile.entries.map((e) => e.term.split(' '));
// Common words ("up", "hold", "sales") consulted only where they matter: see token-phrases.ts.
const MOVEMENT = TokenPhrases.of(movementFile);
const RATING_VERBS = TokenPhrases.of(ratingVerbsFile);
const TRADING_VERBS = TokenPhrases.of(tradingVerbsFile);
const RESULTS_ALWAYS = TokenPhrases.of(resultsAlwaysFile);
const RESULTS_MONEY = TokenPhrases.of(resultsMoneyFile);
const RESULTS_FIGURES = TokenPhrases.of(resultsFiguresFile);
/** The rating verbs that also stand alone next to a stock ("Analysts downgrade $ACME"). */
const RATING_CHANGES = ratingVerbsFile.entries.filter((e) => /^(?:up|down)grade/.test(e.term));

/** Words before "stock" that make it inventory or broth, not equity ("in stock", "out of stock"). */
const NOT_EQUITY_BEFORE = new Set(['in', 'of', 'out', 'low', 'back', 'rolling', 'laughing', 'chicken', 'vegetable']);
/** Words right after "shares" that make it the verb ("Maria shares her story"). */
const SHARES_VERB_NEXT = new Set(['his', 'her', 'their', 'its', 'my', 'your', 'the', 'a', 'an', 'how', 'why', 'what']);
/** Words right after "shares" that make it the noun ("shares of", "shares are up"). */
const SHARES_NOUN_NEXT = new Set([
  'of',
  'are',
  'were',
  'have',
  'has',
  'had',
  'is',
  'was',
  'outstanding',
  'in',
  'trade',
]);
/** Words right before "shares" that make it the noun ("bought more shares", "10 million shares"). */
const SHARES_NOUN_BEFORE = new Set([
  'my',
  'more',
  'some',
  'million',
  'billion',
  'thousand',
  'of',
  'company',
  'its',
  'espp',
  'vested',
  'rsu',
]);
/** Employee equity: "sold my vested RSUs", "selling my ESPP shares". */
const EQUITY_GRANTS = new Set(['rsus', 'rsu', 'espp', 'esop', 'esops']);
/** After an equity grant: selling it ("my ESOP vested, cashing out half"). */
const SELL_AFTER_GRANT = /^(?:sell|selling|sold|dump|dumping|dumped|cash|cashing|cashed|offload|offloading|liquidat)/;
/** Before "dip": the one being bought ("buying Nvidia on this dip"), not "chips and dip". */
const DIP_DETERMINERS = new Set(['the', 'this', 'that', 'every', 'any', 'a']);
/** After the company's name: a holding in it ("my Acme position", "our Acme stake"). */
const HOLDING_NOUNS = new Set(['position', 'positions', 'stake', 'holding', 'holdings', 'bags', 'calls', 'puts']);
/** Before "into Acme": money going into the stock ("put my pension into Acme", "piling into ACME"). */
const INTO_VERBS =
  /^(?:put|putting|pour|pouring|poured|piling|piled|pile|rotat|dca|dcaing|invest|going|went|yolo|all|money|savings|pension|bonus|rsus)/;
/** "Acme at $142", "ACME around $90": a share price quoted ("Acme Cloud at $49/month" is a price list). */
const QUOTE_PREPOSITIONS = new Set(['at', 'around', 'below', 'under', 'above', 'near']);
/** "yields 3.2%": a dividend yield. */
const YIELD_WORDS = new Set(['yield', 'yields', 'yielding']);
/** Price-level words that a listed company's name alone makes stock talk (not "dip": "Tesla sales dip"). */
const LISTED_LEVEL =
  /^(?:undervalued|overvalued|all time high|52 week|record high|to the moon|mooning|market cap|stock split|buyback|share buyback)/;
/** After "NNx": a valuation multiple ("12x sales", "35x forward earnings"), not "12x faster". */
const MULTIPLE_OF = new Set([
  'sales',
  'earnings',
  'revenue',
  'ebitda',
  'fcf',
  'book',
  'forward',
  'trailing',
  'p',
  'pe',
  'multiple',
  'ev',
]);
/** "is up", "just jumped", "'s down": words between the company and its price move. */
const MOVE_GLUE = new Set(['is', 'was', 'are', 'just', 'now', 'already', 'has', 'have', "'s", 'stock', 'shares']);
/** When a move is a share price: "up 9% premarket", "down 6% today", "up 40% YTD". */
const MARKET_TIME = new Set([
  'premarket',
  'pre',
  'after',
  'ytd',
  'today',
  'intraday',
  'this',
  'since',
  'on',
  'at',
  'yesterday',
]);
/** Before "long"/"short": the adjective, not a position ("a long Acme tradition"). */
const NOT_POSITION_BEFORE = new Set(['a', 'so', 'too', 'how', 'the', 'very', 'for', 'this', 'that', 'as']);
/** After "long Acme": a position ("long Acme at these levels", "long ACME here"). */
const POSITION_AFTER = new Set([
  'at',
  'here',
  'since',
  'into',
  'before',
  'through',
  'and',
  'for',
  'from',
  'now',
  'forever',
]);
/** After "buy Acme": a trade, not a product sale ("buy Acme before earnings", "bought Acme at $40"). */
const TRADE_AFTER = new Set(['at', 'before', 'below', 'under', 'here', 'on', 'while', 'into', 'ahead']);
/** "Acme trades at", "ACME trading below": the share price. */
const TRADES = new Set(['trades', 'trading', 'traded']);
const PRICE_PREPOSITIONS = new Set(['at', 'below', 'above', 'under', 'near', 'around']);
/** "ACME to break $120": a price call. */
const PRICE_CALL_VERBS = new Set(['break', 'hit', 'reach', 'test', 'cross', 'touch', 'retake', 'clear']);
/** "how Q4 went", "Q4 has been incredible": a verdict on the quarter. */
const VERDICT = new Set(['was', 'went', 'has', 'is', 'looks', 'looked', 'looking', 'turned', 'came']);
/** "pays dividends": an idiom, not a payout. */
const PAY_WORDS = new Set(['pay', 'pays', 'paid', 'paying']);
/** Units after a dollar figure that make it money, not a share price ("Acme to $500 million"). */
const MONEY_UNITS = new Set(['million', 'billion', 'm', 'b', 'bn', 'k', 'mm', 'trillion']);
/** After a rating word: the sentence goes on about the rating, not about buying something. */
const AFTER_RATING = new Set([
  'rating',
  'ratings',
  'from',
  'at',
  'on',
  'after',
  'by',
  'with',
  'and',
  'citing',
  'price',
  'pt',
  'amid',
  'following',
  'as',
  'today',
  'yesterday',
  'ahead',
  'here',
  'now',
  'right',
  'below',
  'under',
  'above',
  'imo',
]);
const RATING_PREPOSITIONS = new Set(['to', 'at', 'as', 'with', 'a']);
/** "X is a buy", "it's a buy", "remains a buy". */
const IS_WORDS = new Set(['is', "it's", "that's", 'remains', 'still', 'looks', 'be', 'as', 'are', "they're"]);
const COMPANY_REF = new Set(['our', 'we', "we're", "we've", "we'll", 'us', 'ours']);
const PERIOD_WORD =
  /^(?:q[1-4]|h[12]|fy\d{0,4}|quarter|quarters|quarter's|quarterly|fiscal|annual|financial|earnings)$/;
const CONTEXT_RADIUS = 8;
const TIGHT_RADIUS = 4;
const LOOKBACK = 6;

const DEFAULT_WHY = 'it can read as investment advice on the company’s behalf';
const QUIET_WHY = 'nothing about results or the stock may be posted until results are out';

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
    ];
  },
  check(ctx) {
    const scan = new StockScan(ctx);
    scan.cashtags();
    scan.links();
    scan.companyStock();
    scan.ratingChanges();
    scan.phrases();
    scan.tradingTalk();
    scan.priceMoves();
    scan.contextual();
    scan.bareTickers();
    scan.priceTargetAbbreviation();
    scan.targets();
    scan.companyPriceMoves();
    scan.multiples();
    scan.positions();
    scan.tradesAtPrice();
    scan.dipBuying();
    scan.grantSales();
    scan.priceCalls();
    scan.yields();
    scan.stockByName();
    if (scan.quiet) scan.resultsTalk();
    return scan.findings;
  },
});

/** One check's worth of state: token marks, context prefix sums, and the findings so far. */
class StockScan {
  readonly findings: RuleFinding[] = [];
  readonly quiet: QuietPeriod | undefined;
  private readonly tokens: Token[];
  private readonly tickers: Set<string>;
  /** Token is company name or ticker (from the rule's own "company" list). */
  private readonly companyTok: Uint8Array;
  /** Prefix sums of "this token is stock context", for O(1) window queries. */
  private readonly contextSum: Int32Array;
  private readonly tightSum: Int32Array;
  private covered: Uint8Array | null = null;

  constructor(private readonly ctx: Ctx) {
    this.tokens = ctx.text.tokens;
    this.quiet = activeQuietPeriod(ctx.policy.quietPeriods, ctx.now);
    this.tickers = new Set(ctx.policy.company.tickers.map((t) => t.replace(/^\$/, '').toLowerCase()));
    const n = this.tokens.length;
    this.companyTok = this.mark(ctx.matches('company'));
    const context = this.mark(ctx.matches('context'));
    const phraseTok = this.mark(ctx.matches('phrases'));
    const tight = new Uint8Array(n);
    // "loading up on NVDA": a well-known ticker in capitals is a stock, like a cashtag.
    for (const m of ctx.matches('known-tickers')) {
      const written = ctx.text.original.slice(m.start, m.end);
      if (m.via === 'word' && written === written.toUpperCase()) {
        tight[m.firstToken] = 1;
        context[m.firstToken] = 1;
      }
    }
    for (let i = 0; i < n; i++) {
      const strong = this.isCashtagToken(i) || this.isTickerToken(i) || this.isEquity(i) || this.isSharesNoun(i);
      if (strong) tight[i] = 1;
      if (strong || phraseTok[i]) context[i] = 1;
    }
    // "my Acme position", "our Acme stake": a holding in the company's stock.
    for (const m of ctx.matches('company')) {
      const h = m.lastToken + 1;
      if (h < n && HOLDING_NOUNS.has(this.tok(h)) && this.continues(h)) tight[h] = context[h] = 1;
    }
    this.contextSum = prefixSums(context);
    this.tightSum = prefixSums(tight);
  }

  // ——— detectors, in priority order (a later finding overlapping an earlier one is dropped) ———

  cashtags(): void {
    const { original } = this.ctx.text;
    for (const e of this.ctx.text.entities) {
      if (e.type !== 'cashtag') continue;
      const symbol = e.value.slice(1).toLowerCase();
      const after = original[e.end] ?? '';
      // "$PATH", "$HOME/bin", "$x = 1": shell and code, not stock symbols.
      if (NOT_CASHTAGS.has(symbol) || after === '/' || after === '=' || after === '(' || original[e.start - 1] === '`')
        continue;
      if (this.tickers.has(symbol)) {
        this.add(
          `Mentions ${e.value}, the company’s own stock,`,
          e.start,
          e.end,
          'employees must not talk up or comment on the company’s stock',
        );
      } else {
        this.add(`Mentions ${e.value} — a cashtag is stock talk —`, e.start, e.end, DEFAULT_WHY);
      }
    }
  }

  links(): void {
    const extra = this.ctx.options.domains ?? [];
    for (const e of this.ctx.text.entities) {
      if (e.type !== 'url') continue;
      // A short link the background followed is judged by where it leads, and says so.
      const destination = destinationOf(this.ctx.post, e.href);
      const url = parseLink(destination ?? e.href);
      if (!url) continue;
      const leads = destination ? `${e.value} leads to ${displayLink(destination)}` : '';
      const path = url.pathname.toLowerCase();
      const host = url.hostname.toLowerCase().replace(/\.$/, '');
      const site = findSite(host, path, siteIndex(extra));
      if (site) {
        this.add(
          leads
            ? `${leads} — an analyst article on ${site.split('/')[0]}, an investing/analyst site,`
            : `Links to ${site.split('/')[0]}, an investing/analyst site,`,
          e.start,
          e.end,
          'sharing analyst articles and stock commentary can read as investment advice on the company’s behalf',
        );
        continue;
      }
      if (!this.ctx.company.isCompanyHost(url.hostname) && pathLooksAnalyst(path)) {
        this.add(
          leads
            ? `${leads} — an analyst-rating or stock page`
            : `Links to an analyst-rating or stock page (${e.value})`,
          e.start,
          e.end,
          DEFAULT_WHY,
        );
      }
    }
  }

  /** "Acme stock", "Acme's shares jumped", "shares of Acme". */
  companyStock(): void {
    const why = 'employees must not comment on the company’s stock';
    for (const m of this.ctx.matches('company')) {
      const next = m.lastToken + 1;
      if (this.continues(next) && (this.isEquity(next) || (this.tok(next) === 'shares' && this.isSharesNoun(next)))) {
        this.addTokens(
          `Talks about the company’s stock (“${this.quote(m.firstToken, next)}”)`,
          m.firstToken,
          next,
          why,
        );
        continue;
      }
      const of = m.firstToken - 1;
      const shares = m.firstToken - 2;
      if (
        this.tok(of) === 'of' &&
        (this.tok(shares) === 'shares' || this.tok(shares) === 'stock') &&
        this.continues(m.firstToken)
      )
        this.addTokens(
          `Talks about the company’s stock (“${this.quote(shares, m.lastToken)}”)`,
          shares,
          m.lastToken,
          why,
        );
    }
  }

  /** "upgraded to buy", "Goldman rates Acme outperform", "initiated at overweight", "X is a buy". */
  ratingChanges(): void {
    for (const m of this.ctx.matches('ratings')) {
      if (!this.ratingEnds(m)) continue;
      const first = m.firstToken;
      const prev = this.tok(first - 1);
      let verb = -1;
      for (let j = first - 1; j >= Math.max(0, first - LOOKBACK); j--) {
        if (RATING_VERBS.has(this.tokens, j)) {
          verb = j;
          break;
        }
        if (this.tokens[j]?.breakBefore) break;
      }
      const byVerb =
        verb >= 0 && (RATING_PREPOSITIONS.has(prev) || verb === first - 1 || this.isCapitalized(first - 1));
      // "is a buy", "Acme's a buy", and one word between: "is a screaming buy".
      const article =
        prev === 'a' ? first - 1 : this.tok(first - 2) === 'a' && this.continues(first - 1) ? first - 2 : -1;
      const subject = this.tok(article - 1);
      const isA =
        article > 0 &&
        this.continues(article) &&
        (IS_WORDS.has(subject) || subject.endsWith("'s")) &&
        // "the laptop is a great buy" is a product review: with a word between, a stock must be near.
        (article === first - 1 || this.near(this.contextSum, article - 1, m.lastToken, CONTEXT_RADIUS));
      if (byVerb)
        this.addTokens(`“${this.quote(verb, m.lastToken)}” reports an analyst rating`, verb, m.lastToken, DEFAULT_WHY);
      else if (isA && m.entry.term !== 'in line')
        this.addTokens(
          `“${this.quote(article - 1, m.lastToken)}” is a stock recommendation`,
          article - 1,
          m.lastToken,
          DEFAULT_WHY,
        );
    }
    // "Analysts downgrade $ACME", "Acme stock upgraded": a rating change next to a stock.
    for (const m of this.ctx.matches('rating-changes')) {
      if (this.near(this.tightSum, m.firstToken, m.lastToken, TIGHT_RADIUS))
        this.addTokens(
          `“${this.quote(m.firstToken, m.lastToken)}” reports an analyst rating change`,
          m.firstToken,
          m.lastToken,
          DEFAULT_WHY,
        );
    }
  }

  phrases(): void {
    for (const m of this.ctx.matches('phrases')) {
      this.add(`“${this.written(m)}” is analyst or trading talk`, m.start, m.end, DEFAULT_WHY);
    }
  }

  /** "bought more Acme shares", "sell my stock", "buying ACME". */
  tradingTalk(): void {
    // Anchored on the (rare) stock words, looking back for the (common) trading verbs.
    for (let k = 0; k < this.tokens.length; k++) {
      const grant = EQUITY_GRANTS.has(this.tok(k));
      if (!this.tightTok(k) && !grant && this.tok(k) !== 'stocks' && this.tok(k) !== 'shares') continue;
      // "selling some of my ESPP shares": a few more words between the verb and the shares.
      const reach = grant || this.tok(k) === 'shares' || HOLDING_NOUNS.has(this.tok(k)) ? 5 : 3;
      for (let v = k - 1; v >= k - reach && v >= 0 && this.continues(v + 1); v--) {
        if (!TRADING_VERBS.has(this.tokens, v)) continue;
        this.addTokens(`“${this.quote(v, k)}” is trading talk`, v, k, DEFAULT_WHY);
        break;
      }
    }
  }

  /** "bought more at $88", "sold some under $120": a trade at a price, next to a stock or the company. */
  tradesAtPrice(): void {
    for (let k = 2; k < this.tokens.length; k++) {
      if (!this.isDollarFigure(k) || !PRICE_PREPOSITIONS.has(this.tok(k - 1)) || !this.continues(k - 1)) continue;
      let v = k - 2;
      if ((this.tok(v) === 'more' || this.tok(v) === 'some') && this.continues(v)) v--;
      if (v < 0 || !this.continues(v + 1) || !TRADING_VERBS.has(this.tokens, v)) continue;
      let company = false;
      for (let c = Math.max(0, v - CONTEXT_RADIUS); c <= k && !company; c++) company = this.companyTok[c] === 1;
      if (!company && !this.near(this.contextSum, v, k, CONTEXT_RADIUS)) continue;
      this.addTokens(`“${this.quote(v, k)}” is trading talk`, v, k, DEFAULT_WHY);
    }
  }

  /** "shares jumped 8%", "the stock is down", "stocks rallied". */
  priceMoves(): void {
    const n = this.tokens.length;
    const { original } = this.ctx.text;
    for (let i = 0; i < n; i++) {
      const t = this.tok(i);
      const possessive =
        t === "stock's" && (i === 0 || !this.continues(i) || this.companyTok[i - 1] || this.tok(i - 1) === 'the');
      if (!(possessive || this.isEquity(i) || this.isSharesNoun(i) || (t === 'stocks' && this.tok(i + 1) !== 'up')))
        continue;
      for (let k = i + 1; k <= i + 3 && this.continues(k); k++) {
        if (this.signedPercent(k)) {
          this.addTokens(`“${this.quote(i, k)}” is talk of a share price`, i, k, DEFAULT_WHY);
          break;
        }
        if (!MOVEMENT.has(this.tokens, k)) continue;
        const [, end] = this.range(k, k);
        // "up-to-date", "stock up on": not a price move.
        if (original[end] === '-' || this.tok(k + 1) === 'on') break;
        this.addTokens(`“${this.quote(i, k)}” is talk of a share price`, i, k, DEFAULT_WHY);
        break;
      }
    }
  }

  contextual(): void {
    for (const m of this.ctx.matches('contextual')) {
      if (this.near(this.contextSum, m.firstToken, m.lastToken, CONTEXT_RADIUS))
        this.add(`“${this.written(m)}” is trading talk about a stock`, m.start, m.end, DEFAULT_WHY);
    }
    // Price levels also read as stock talk right next to the company's name ("Acme hit an all-time high").
    for (const m of this.ctx.matches('price-levels')) {
      if (m.entry.term.startsWith('dividend') && PAY_WORDS.has(this.tok(m.firstToken - 1))) continue;
      const near =
        this.near(this.contextSum, m.firstToken, m.lastToken, CONTEXT_RADIUS) ||
        (m.entry.term.startsWith('market cap') && this.dollarInSentence(m.firstToken, m.lastToken));
      const listed = LISTED_LEVEL.test(m.entry.term) && this.listedNear(m.firstToken, m.lastToken);
      if (near || listed || this.companyNear(m.firstToken, m.lastToken))
        this.add(`“${this.written(m)}” is talk of a share price`, m.start, m.end, DEFAULT_WHY);
    }
  }

  /**
   * The company's ticker written in capitals without "$". A distinctive ticker ("ACMC") is stock
   * talk on its own; one that is also the company's name or an everyday word ("ACME", "CRM",
   * "TEAM") only next to stock talk.
   */
  bareTickers(): void {
    if (this.tickers.size === 0) return;
    const nameWords = new Set(
      [...this.ctx.policy.company.names, ...this.ctx.policy.company.products].map((s) => s.trim().toLowerCase()),
    );
    for (let i = 0; i < this.tokens.length; i++) {
      if (!this.isTickerToken(i) || this.tokens[i]?.sigil === '$') continue;
      const t = this.tok(i);
      const ambiguous = nameWords.has(t) || TICKER_WORDS.has(t) || t.length < 2;
      if (ambiguous && !this.near(this.contextSum, i, i, CONTEXT_RADIUS)) continue;
      this.addTokens(
        `Mentions ${this.quote(i, i)}, the company’s stock ticker,`,
        i,
        i,
        'employees must not talk up or comment on the company’s stock',
      );
    }
  }

  /** "PT $200", "PT to $250". */
  priceTargetAbbreviation(): void {
    for (const m of this.ctx.matches('pt')) {
      for (let k = m.lastToken + 1; k <= m.lastToken + 2 && this.continues(k); k++) {
        const t = this.tokens[k];
        if (t?.sigil === '$' && /^\d/.test(t.text)) {
          this.addTokens(`“${this.quote(m.firstToken, k)}” is an analyst price target`, m.firstToken, k, DEFAULT_WHY);
          break;
        }
      }
    }
  }

  /** "lifts its Acme target to $240", "a $300 target", "target cut to $95": an analyst's price target. */
  targets(): void {
    for (const m of this.ctx.matches('target')) {
      const i = m.firstToken;
      let dollar = -1;
      if (this.isDollarFigure(i - 1) && this.continues(i)) dollar = i - 1;
      for (let k = i + 1; k <= i + 3 && this.continues(k) && dollar < 0; k++) if (this.isDollarFigure(k)) dollar = k;
      if (dollar < 0) continue;
      let by = false;
      for (let k = i - 1; k >= i - 4 && k >= 0 && this.continues(k + 1) && !by; k--)
        by = this.companyTok[k] === 1 || this.isTickerToken(k) || RATING_VERBS.has(this.tokens, k);
      if (!by && !this.near(this.contextSum, i, i, CONTEXT_RADIUS)) continue;
      const [first, last] = dollar < i ? [dollar, i] : [i, dollar];
      this.addTokens(`“${this.quote(first, last)}” is an analyst price target`, first, last, DEFAULT_WHY);
    }
  }

  /** "Acme up 9% premarket", "ACME ripped 15% on the guidance raise", "we're up 40% YTD". */
  companyPriceMoves(): void {
    for (let i = 0; i < this.tokens.length; i++) {
      const we = this.tok(i) === "we're" || this.tok(i) === 'we';
      if (!this.companyTok[i] && !we && !this.listedTok(i)) continue;
      let k = i + 1;
      while (k <= i + 3 && this.continues(k) && MOVE_GLUE.has(this.tok(k))) k++;
      if (!this.continues(k) || !MOVEMENT.has(this.tokens, k)) continue;
      // The figure right after: "up 9%"; and, for "we", a trading time ("YTD", "premarket").
      const figure = k + 1;
      if (!this.continues(figure) || !this.isPercent(figure)) continue;
      const timed = this.continues(figure + 1) && MARKET_TIME.has(this.tok(figure + 1));
      const sessionWord = /^(?:premarket|pre|after|ytd|intraday)$/.test(this.tok(figure + 1));
      if (we && !(timed && (sessionWord || this.near(this.contextSum, i, figure + 1, CONTEXT_RADIUS)))) continue;
      if (!we && !timed && !this.near(this.contextSum, i, figure, CONTEXT_RADIUS) && this.continues(figure + 1))
        continue;
      // A listed company other than ours: only with a trading time or stock words near ("Amazon down 8% after earnings").
      if (!this.companyTok[i] && !we && !timed && !this.near(this.contextSum, i, figure + 1, CONTEXT_RADIUS)) continue;
      this.addTokens(`“${this.quote(i, figure)}%” is talk of a share price`, i, figure, DEFAULT_WHY);
    }
  }

  /** "Acme at 12x sales", "trades at 35x forward earnings": a valuation multiple. */
  multiples(): void {
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tok(i);
      if (t.length < 2 || t.charCodeAt(t.length - 1) !== 120 || !/^\d+(?:\.\d+)?x$/.test(t)) continue;
      if (!this.continues(i + 1) || !MULTIPLE_OF.has(this.tok(i + 1))) continue;
      const next = this.tok(i + 2);
      if (this.tok(i + 1) === 'sales' && (NOT_RESULTS.has(next) || /^(?:growth|increase|more)$/.test(next))) continue;
      this.addTokens(`“${this.quote(i, i + 1)}” is a stock valuation multiple`, i, i + 1, DEFAULT_WHY);
    }
  }

  /** "long Acme at these levels", "short ACME here", "Acme to $500 by year end". */
  positions(): void {
    for (const m of this.ctx.matches('company')) {
      const i = m.firstToken;
      const before = this.tok(i - 1);
      const after = this.tok(m.lastToken + 1);
      const ends = !this.continues(m.lastToken + 1) || POSITION_AFTER.has(after);
      if ((before === 'long' || before === 'short') && this.continues(i) && ends) {
        if (!NOT_POSITION_BEFORE.has(this.tok(i - 2)) || !this.continues(i - 1)) {
          this.addTokens(`“${this.quote(i - 1, m.lastToken)}” is trading talk`, i - 1, m.lastToken, DEFAULT_WHY);
          continue;
        }
      }
      // "buy Acme before earnings", "bought Acme at $40": trading the company's stock by name.
      // Ending the sentence ("Cramer says buy Acme") only with a stock word near: "buy Acme" alone is a sales pitch.
      const tradeEnds =
        (TRADE_AFTER.has(after) && this.continues(m.lastToken + 1)) ||
        (!this.continues(m.lastToken + 1) && this.near(this.contextSum, i - 1, m.lastToken, CONTEXT_RADIUS));
      if (TRADING_VERBS.has(this.tokens, i - 1) && this.continues(i) && tradeEnds) {
        this.addTokens(`“${this.quote(i - 1, m.lastToken)}” is trading talk`, i - 1, m.lastToken, DEFAULT_WHY);
        continue;
      }
      // "Acme trades at 35x", "ACME trading below its 2021 high".
      if (TRADES.has(after) && this.continues(m.lastToken + 1) && PRICE_PREPOSITIONS.has(this.tok(m.lastToken + 2))) {
        this.addTokens(`“${this.quote(i, m.lastToken + 2)}” is talk of a share price`, i, m.lastToken + 2, DEFAULT_WHY);
        continue;
      }
      let price = m.lastToken + 2;
      if (after === 'to' && PRICE_CALL_VERBS.has(this.tok(price))) price++;
      if (
        after === 'to' &&
        this.continues(price) &&
        this.isDollarFigure(price) &&
        !MONEY_UNITS.has(this.tok(price + 1))
      ) {
        const unitGlued = /[a-z]$/.test(this.tok(price));
        if (!unitGlued) this.addTokens(`“${this.quote(i, price)}” is a share-price call`, i, price, DEFAULT_WHY);
      }
    }
  }

  /** "buying Nvidia on this dip", "bought that dip": a trading verb a few words before "the dip". */
  dipBuying(): void {
    for (let k = 2; k < this.tokens.length; k++) {
      if (this.tok(k) !== 'dip' || !DIP_DETERMINERS.has(this.tok(k - 1)) || !this.continues(k)) continue;
      for (let v = k - 2; v >= k - 5 && v >= 0 && this.continues(v + 1); v--) {
        if (!TRADING_VERBS.has(this.tokens, v)) continue;
        this.addTokens(`“${this.quote(v, k)}” is trading talk`, v, k, DEFAULT_WHY);
        break;
      }
    }
  }

  /** "My ESOP vested today, thinking of cashing out half": selling employee equity. */
  grantSales(): void {
    for (let k = 0; k < this.tokens.length; k++) {
      if (!EQUITY_GRANTS.has(this.tok(k))) continue;
      for (let v = k + 1; v <= k + 8 && this.continues(v); v++) {
        if (!SELL_AFTER_GRANT.test(this.tok(v))) continue;
        this.addTokens(`“${this.quote(k, v)}” is trading talk`, k, v, DEFAULT_WHY);
        break;
      }
    }
  }

  /** "would love to see ACME break $200", "Acme will hit $150": a share-price call on the company. */
  priceCalls(): void {
    for (const m of this.ctx.matches('company')) {
      let k = m.lastToken + 1;
      if (/^(?:to|will|can|could|should|must|gonna|might)$/.test(this.tok(k)) && this.continues(k)) k++;
      if (!this.continues(k) || !PRICE_CALL_VERBS.has(this.tok(k).replace(/(?:s|ing)$/, ''))) continue;
      const price = k + 1;
      if (!this.continues(price) || !this.isDollarFigure(price) || MONEY_UNITS.has(this.tok(price + 1))) continue;
      if (/[a-z]$/.test(this.tok(price))) continue;
      this.addTokens(`“${this.quote(m.firstToken, price)}” is a share-price call`, m.firstToken, price, DEFAULT_WHY);
    }
  }

  /** "Acme at $142 is a gift", "put my pension into Acme", "Tesla stock is…", "our stock has done 4x". */
  stockByName(): void {
    const { original } = this.ctx.text;
    for (const m of this.ctx.matches('company')) {
      const i = m.firstToken;
      const at = m.lastToken + 1;
      if (
        QUOTE_PREPOSITIONS.has(this.tok(at)) &&
        this.continues(at) &&
        this.continues(at + 1) &&
        this.isDollarFigure(at + 1)
      ) {
        const [, end] = this.range(at + 1, at + 1);
        const unit = /[a-z]$/.test(this.tok(at + 1)) || MONEY_UNITS.has(this.tok(at + 2));
        const perUnit = original[end] === '/' || /^(?:per|a|an|each|for|off)$/.test(this.tok(at + 2));
        if (!unit && !perUnit)
          this.addTokens(`“${this.quote(i, at + 1)}” is talk of a share price`, i, at + 1, DEFAULT_WHY);
      }
      if (this.tok(i - 1) === 'into' && this.continues(i)) {
        for (let v = i - 2; v >= i - 5 && v >= 0 && this.continues(v + 1); v--) {
          if (!INTO_VERBS.test(this.tok(v))) continue;
          this.addTokens(`“${this.quote(v, m.lastToken)}” is trading talk`, v, m.lastToken, DEFAULT_WHY);
          break;
        }
      }
    }
    for (let i = 0; i < this.tokens.length - 1; i++) {
      if (this.tok(i) !== 'our' && !this.listedTok(i)) continue;
      const s = i + 1;
      if (!this.continues(s) || !(this.isEquity(s) || (this.tok(s) === 'shares' && this.isSharesNoun(s)))) continue;
      // "our stock" needs a verb or a move after it ("our stock has done 4x"), not "our stock of parts".
      if (
        this.tok(i) === 'our' &&
        !(this.continues(s + 1) && /^(?:has|is|was|just|price|went|hit|did|closed)$/.test(this.tok(s + 1)))
      )
        continue;
      this.addTokens(`Talks about a stock (“${this.quote(i, s)}”)`, i, s, DEFAULT_WHY);
    }
  }

  /** "Acme now yields 3.2%", "the stock yields 4%": a dividend yield. */
  yields(): void {
    for (let k = 1; k < this.tokens.length - 1; k++) {
      if (!YIELD_WORDS.has(this.tok(k)) || !this.continues(k + 1) || !this.isPercent(k + 1)) continue;
      let c = k - 1;
      while (c >= k - 3 && c > 0 && this.continues(c + 1) && MOVE_GLUE.has(this.tok(c))) c--;
      if (!this.continues(c + 1) || !(this.companyTok[c] || this.tightTok(c) || this.listedTok(c))) continue;
      // "3.2%" is two tokens: end the finding at the "%".
      const last = this.ctx.text.normalized.norm[this.tokens[k + 1]?.end ?? 0] === '%' ? k + 1 : k + 2;
      this.addTokens(`“${this.quote(c, last)}%” is talk of a dividend yield`, c, last, DEFAULT_WHY);
    }
  }

  /** Inside a quiet period: "our Q4 numbers", "Acme stock", "revenue this quarter", "earnings call". */
  resultsTalk(): void {
    for (const [i, j] of this.phraseRuns(RESULTS_ALWAYS)) {
      this.addTokens(`“${this.quote(i, j)}” is talk of results`, i, j, QUIET_WHY);
    }
    for (const [i, j] of this.phraseRuns(RESULTS_MONEY)) {
      if (NOT_RESULTS.has(this.tok(j + 1)) && this.continues(j + 1)) continue;
      if (this.tok(i) === 'stock' && !this.isEquity(i)) continue;
      if (this.tok(i) === 'shares' && !this.isSharesNoun(i) && !this.companyTok[i - 1]) continue;
      const from = this.qualifierBefore(i) ?? this.companyRefBefore(i);
      if (from !== undefined) {
        this.addTokens(`“${this.quote(from, j)}” is talk of results or the share price`, from, j, QUIET_WHY);
      } else if (this.periodNear(i, j) || this.companyRefNear(i, j)) {
        this.addTokens(`“${this.quote(i, j)}” is talk of results or the share price`, i, j, QUIET_WHY);
      }
    }
    for (const [i, j] of this.phraseRuns(RESULTS_FIGURES)) {
      if (NOT_RESULTS.has(this.tok(j + 1)) && this.continues(j + 1)) continue;
      const from = this.qualifierBefore(i) ?? this.companyRefBefore(i);
      if (from !== undefined) this.addTokens(`“${this.quote(from, j)}” is talk of results`, from, j, QUIET_WHY);
      else if (this.periodNear(i, j)) this.addTokens(`“${this.quote(i, j)}” is talk of results`, i, j, QUIET_WHY);
    }
    // "how Q4 went", "Q4 has been incredible".
    for (let i = 0; i < this.tokens.length; i++) {
      if (!/^q[1-4]$/.test(this.tok(i)) || !this.continues(i + 1) || !VERDICT.has(this.tok(i + 1))) continue;
      this.addTokens(`“${this.quote(i, i + 1)}” is talk of results`, i, i + 1, QUIET_WHY);
    }
  }

  /** [first, last] token of every occurrence of a phrase list (only run inside a quiet period). */
  private *phraseRuns(phrases: TokenPhrases): Generator<[number, number]> {
    for (let i = 0; i < this.tokens.length; i++) {
      const end = phrases.endAt(this.tokens, i);
      if (end >= 0) yield [i, end];
    }
  }

  // ——— token helpers ———

  private listedMarks: Uint8Array | undefined;

  /** A widely held listed company's name ("Microsoft", "Nvidia"), marked once per check. */
  private listedTok(i: number): boolean {
    this.listedMarks ??= this.mark(this.ctx.matches('listed-companies'));
    return this.listedMarks[i] === 1;
  }

  /** A listed company's name within a few words, same sentence: "Microsoft is undervalued". */
  private listedNear(first: number, last: number): boolean {
    for (let k = first - 1; k >= first - TIGHT_RADIUS && k >= 0 && this.continues(k + 1); k--)
      if (this.listedTok(k)) return true;
    for (let k = last + 1; k <= last + TIGHT_RADIUS && this.continues(k); k++) if (this.listedTok(k)) return true;
    return false;
  }

  private tok(i: number): string {
    return this.tokens[i]?.text ?? '';
  }

  /** Token i exists and belongs to the same sentence as token i-1. */
  private continues(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && !t.breakBefore;
  }

  private range(first: number, last: number): [number, number] {
    const a = this.tokens[first] as Token;
    const b = this.tokens[last] as Token;
    // Include a "$" or "#" written before the first word.
    return this.ctx.text.toOriginal(a.start - (a.sigil === '$' ? 1 : 0), b.end);
  }

  private quote(first: number, last: number): string {
    const [s, e] = this.range(first, last);
    return this.ctx.text.original.slice(s, e);
  }

  private written(m: LexiconMatch): string {
    return this.ctx.text.original.slice(m.start, m.end);
  }

  private isCapitalized(i: number): boolean {
    if (!this.tokens[i]) return false;
    const w = this.quote(i, i);
    return w !== w.toLowerCase();
  }

  private isCashtagToken(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.sigil === '$' && /^[a-z]/.test(t.text) && !NOT_CASHTAGS.has(t.text);
  }

  /** The company's ticker, as a cashtag or written in capitals ("ACME", not "acme"). */
  private isTickerToken(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !this.tickers.has(t.text)) return false;
    if (t.sigil === '$') return true;
    const w = this.quote(i, i);
    return w === w.toUpperCase();
  }

  /** "stock" meaning equity: not "in stock", "stock photos", "stock options", "stock up on". */
  private isEquity(i: number): boolean {
    if (this.tok(i) !== 'stock') return false;
    if (NOT_EQUITY_BEFORE.has(this.tok(i - 1)) && this.continues(i)) return false;
    const next = this.tok(i + 1);
    if (this.continues(i + 1) && (NOT_RESULTS.has(next) || (next === 'up' && this.tok(i + 2) === 'on'))) return false;
    return true;
  }

  /** "shares" meaning equity: "shares of", "Acme shares jumped", "bought more shares". */
  private isSharesNoun(i: number): boolean {
    if (this.tok(i) !== 'shares') return false;
    const hasNext = this.continues(i + 1);
    const next = hasNext ? this.tok(i + 1) : '';
    if (SHARES_VERB_NEXT.has(next)) return false;
    if (SHARES_NOUN_NEXT.has(next) || (hasNext && MOVEMENT.has(this.tokens, i + 1))) return true;
    const prevIdx = i - 1;
    if (!this.continues(i) || prevIdx < 0) return false;
    const prev = this.tok(prevIdx);
    // "more Acme shares", "buy Acme shares": a quantity or a trade before the company's name.
    const beforeName = this.tok(prevIdx - 1);
    if (
      this.companyTok[prevIdx] &&
      this.continues(prevIdx) &&
      (SHARES_NOUN_BEFORE.has(beforeName) || TRADING_VERBS.has(this.tokens, prevIdx - 1))
    )
      return true;
    return (
      SHARES_NOUN_BEFORE.has(prev) ||
      /^\d/.test(prev) ||
      this.isCashtagToken(prevIdx) ||
      this.isTickerToken(prevIdx) ||
      (this.companyTok[prevIdx] === 1 && !hasNext)
    );
  }

  /** The company's name or ticker within a few words, in the same sentence. */
  private companyNear(first: number, last: number): boolean {
    for (let k = first - 1; k >= first - TIGHT_RADIUS && k >= 0 && this.continues(k + 1); k--)
      if (this.companyTok[k]) return true;
    for (let k = last + 1; k <= last + TIGHT_RADIUS && this.continues(k); k++) if (this.companyTok[k]) return true;
    return false;
  }

  /** "$240", "$1.12": a number written with "$". */
  private isDollarFigure(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.sigil === '$' && /^\d/.test(t.text);
  }

  /** "$10B" within four words, same sentence. */
  private dollarInSentence(first: number, last: number): boolean {
    for (let k = first - 1; k >= first - 4 && k >= 0 && this.continues(k + 1); k--)
      if (this.isDollarFigure(k)) return true;
    for (let k = last + 1; k <= last + 4 && this.continues(k); k++) if (this.isDollarFigure(k)) return true;
    return false;
  }

  /** A number followed by "%". */
  private isPercent(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !/^\d/.test(t.text)) return false;
    const norm = this.ctx.text.normalized.norm;
    if (norm[t.end] === '%') return true;
    // "3.2%": the tokenizer splits a decimal at the point.
    const next = this.tokens[i + 1];
    return (
      norm[t.end] === '.' &&
      next !== undefined &&
      next.start === t.end + 1 &&
      /^\d+$/.test(next.text) &&
      norm[next.end] === '%'
    );
  }

  /** "+11%", "-6%": a signed percentage, as price moves are quoted. */
  private signedPercent(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !this.isPercent(i)) return false;
    const sign = this.ctx.text.normalized.norm[t.start - 1];
    return sign === '+' || sign === '-' || sign === '−';
  }

  private tightTok(i: number): boolean {
    return (this.tightSum[i + 1] as number) - (this.tightSum[i] as number) > 0;
  }

  private near(sum: Int32Array, first: number, last: number, radius: number): boolean {
    const lo = Math.max(0, first - radius);
    const hi = Math.min(this.tokens.length - 1, last + radius);
    const total = (sum[hi + 1] as number) - (sum[lo] as number);
    const self = (sum[last + 1] as number) - (sum[first] as number);
    return total - self > 0;
  }

  /** The rating word ends the phrase: "upgraded to buy." yes, "upgrade to buy more seats" no. */
  private ratingEnds(m: LexiconMatch): boolean {
    const after = this.ctx.text.original[m.end] ?? '';
    if (after === '-') return false;
    const next = m.lastToken + 1;
    return !this.continues(next) || AFTER_RATING.has(this.tok(next)) || /^[,):;"”—–]$/.test(after);
  }

  /** A period word right before (up to two words): "Q4 revenue", "our quarterly results". */
  private qualifierBefore(i: number): number | undefined {
    for (let k = i - 1; k >= i - 2 && k >= 0 && this.continues(k + 1); k--) {
      if (PERIOD_WORD.test(this.tok(k))) return COMPANY_REF.has(this.tok(k - 1)) && this.continues(k) ? k - 1 : k;
    }
    return undefined;
  }

  /** "our revenue", "Acme's revenue". */
  private companyRefBefore(i: number): number | undefined {
    const k = i - 1;
    if (k >= 0 && this.continues(i) && (COMPANY_REF.has(this.tok(k)) || this.companyTok[k])) return k;
    return undefined;
  }

  /** "revenue this quarter", "numbers for Q4". */
  private periodNear(first: number, last: number): boolean {
    for (let k = last + 1; k <= last + 3 && this.continues(k); k++) if (PERIOD_WORD.test(this.tok(k))) return true;
    for (let k = first - 1; k >= first - 2 && k >= 0 && this.continues(k + 1); k--)
      if (PERIOD_WORD.test(this.tok(k))) return true;
    return false;
  }

  /** "we beat our revenue target", "Acme grew revenue": the company within the sentence, nearby. */
  private companyRefNear(first: number, last: number): boolean {
    for (let k = first - 1; k >= first - 5 && k >= 0; k--) {
      if (COMPANY_REF.has(this.tok(k)) || this.companyTok[k]) return true;
      if (this.tokens[k + 1]?.breakBefore) break;
    }
    for (let k = last + 1; k <= last + 3 && this.continues(k); k++) {
      if (COMPANY_REF.has(this.tok(k)) || this.companyTok[k]) return true;
    }
    return false;
  }

  private mark(matches: readonly LexiconMatch[]): Uint8Array {
    const marks = new Uint8Array(this.tokens.length);
    for (const m of matches) {
      if (m.via !== 'word') continue;
      for (let k = m.firstToken; k <= m.lastToken; k++) marks[k] = 1;
    }
    return marks;
  }

  // ——— findings ———

  private addTokens(problem: string, first: number, last: number, why: string): void {
    const [s, e] = this.range(first, last);
    this.add(problem, s, e, why);
  }

  /** Adds a finding unless it overlaps one already made (earlier detectors are more specific). */
  private add(problem: string, start: number, end: number, why: string): void {
    if (end <= start) return;
    if (!this.covered) this.covered = new Uint8Array(this.ctx.text.original.length);
    for (let k = start; k < end; k++) if (this.covered[k]) return;
    this.covered.fill(1, start, end);
    const quiet = this.quiet;
    if (quiet) {
      const until = formatDay(quiet.end, this.ctx.now);
      const message = `${problem.replace(/[,—\s]+$/, '')} during ${periodName(quiet)} — ${QUIET_WHY}; remove it or wait until the quiet period ends on ${until}.`;
      this.findings.push({ message, start, end, severity: 'block' });
    } else {
      this.findings.push({ message: `${problem.replace(/[,—\s]+$/, '')} — ${why}; remove it.`, start, end });
    }
  }
}

function prefixSums(marks: Uint8Array): Int32Array {
  const sum = new Int32Array(marks.length + 1);
  for (let i = 0; i < marks.length; i++) sum[i + 1] = (sum[i] as number) + (marks[i] as number);
  return sum;
}

/** "seekingalpha.com" covers the site; "finance.yahoo.com/quote" only links under that path. */
interface Site {
  entry: string;
  domain: string;
  /** "/quote" for "finance.yahoo.com/quote"; "" for a whole site. */
  pathPrefix: string;
}

function parseSite(entry: string): Site {
  const slash = entry.indexOf('/');
  const domain = (slash < 0 ? entry : entry.slice(0, slash)).toLowerCase().replace(/^\.+/, '');
  const pathPrefix = slash < 0 ? '' : entry.slice(slash).toLowerCase().replace(/\/+$/, '');
  return { entry, domain, pathPrefix };
}

/** Parsed once: checking a link compares strings, with no URL parsing per entry. */
const INVESTING_SITES = domainsFile.entries.map((e) => parseSite(e.term));

/** Sites by domain, so a link costs a few map lookups rather than a pass over every site. */
type SiteIndex = Map<string, Site[]>;
const indexByExtra = new WeakMap<readonly string[], SiteIndex>();
const NO_EXTRA: readonly string[] = [];

function siteIndex(extra: readonly string[]): SiteIndex {
  const key = extra.length === 0 ? NO_EXTRA : extra;
  let index = indexByExtra.get(key);
  if (!index) {
    index = new Map();
    for (const site of [...INVESTING_SITES, ...extra.map(parseSite)]) {
      const same = index.get(site.domain);
      if (same) same.push(site);
      else index.set(site.domain, [site]);
    }
    indexByExtra.set(key, index);
  }
  return index;
}

/** The listed site a host (or a parent domain of it) and path fall under, if any. */
function findSite(host: string, path: string, index: SiteIndex): string | undefined {
  for (let domain = host; domain.includes('.'); domain = domain.slice(domain.indexOf('.') + 1)) {
    const site = index.get(domain)?.find((d) => siteMatches(host, path, d));
    if (site) return site.entry;
  }
  return undefined;
}

/** "seekingalpha.com" covers the site and its subdomains; "finance.yahoo.com/quote" only links under that path. */
function siteMatches(host: string, path: string, site: Site): boolean {
  if (host !== site.domain && !host.endsWith(`.${site.domain}`)) return false;
  return site.pathPrefix === '' || path === site.pathPrefix || path.startsWith(`${site.pathPrefix}/`);
}

/** A path segment that is a quote page ("/quote/ACME") or whose words read "price-target", "analyst-ratings"… */
function pathLooksAnalyst(path: string): boolean {
  for (const segment of path.split('/')) {
    if (!segment) continue;
    const words = segment.split(/[-_.+]+/).filter(Boolean);
    for (const phrase of URL_PATHS) {
      if (phrase.length === 1 ? words.length === 1 && words[0] === phrase[0] : containsRun(words, phrase)) return true;
    }
  }
  return false;
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let k = 0; k < run.length; k++) if (words[i + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}
