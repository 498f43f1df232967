/** Word classes the detectors consult by token: small sets and on-demand phrase lists, no lexicon pass. */
import cryptoFile from '../../data/analyst-stock/crypto.json';
import movementFile from '../../data/analyst-stock/movement.json';
import notCashtagsFile from '../../data/analyst-stock/not-cashtags.json';
import notResultsFile from '../../data/analyst-stock/not-results.json';
import ratingVerbsFile from '../../data/analyst-stock/rating-verbs.json';
import resultsAlwaysFile from '../../data/analyst-stock/results-always.json';
import resultsFiguresFile from '../../data/analyst-stock/results-figures.json';
import resultsMoneyFile from '../../data/analyst-stock/results-money.json';
import tickerWordsFile from '../../data/analyst-stock/ticker-words.json';
import tradingVerbsFile from '../../data/analyst-stock/trading-verbs.json';
import urlPathsFile from '../../data/analyst-stock/url-paths.json';
import { TokenPhrases } from '../../token-phrases';

const termSet = (file: { entries: { term: string }[] }) => new Set(file.entries.map((e) => e.term));
export const NOT_CASHTAGS = termSet(notCashtagsFile);
export const NOT_RESULTS = termSet(notResultsFile);
export const TICKER_WORDS = termSet(tickerWordsFile);
/** Coins: trading talk about them is the custom rule's cryptocurrency topic. */
export const CRYPTO = termSet(cryptoFile);
export const URL_PATHS = urlPathsFile.entries.map((e) => e.term.split(' '));
// Common words ("up", "hold", "sales") consulted only where they matter: see token-phrases.ts.
export const MOVEMENT = TokenPhrases.of(movementFile);
export const RATING_VERBS = TokenPhrases.of(ratingVerbsFile);
export const TRADING_VERBS = TokenPhrases.of(tradingVerbsFile);
export const RESULTS_ALWAYS = TokenPhrases.of(resultsAlwaysFile);
export const RESULTS_MONEY = TokenPhrases.of(resultsMoneyFile);
export const RESULTS_FIGURES = TokenPhrases.of(resultsFiguresFile);
/** The rating verbs that also stand alone next to a stock ("Analysts downgrade $ACME"). */
export const RATING_CHANGES = ratingVerbsFile.entries.filter((e) => /^(?:up|down)grade/.test(e.term));

/** Words before "stock" that make it inventory or broth, not equity ("in stock", "out of stock"). */
export const NOT_EQUITY_BEFORE = new Set([
  'in',
  'of',
  'out',
  'low',
  'back',
  'rolling',
  'laughing',
  'chicken',
  'vegetable',
]);
/** Words right after "shares" that make it the verb ("Maria shares her story"). */
export const SHARES_VERB_NEXT = new Set([
  'his',
  'her',
  'their',
  'its',
  'my',
  'your',
  'the',
  'a',
  'an',
  'how',
  'why',
  'what',
]);
/** Words right after "shares" that make it the noun ("shares of", "shares are up"). */
export const SHARES_NOUN_NEXT = new Set([
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
export const SHARES_NOUN_BEFORE = new Set([
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
export const EQUITY_GRANTS = new Set(['rsus', 'rsu', 'espp', 'esop', 'esops']);
/** A vest of employee equity ("my vest cliff is Friday", "quarterly vest today"). */
export const VEST_WORDS = new Set(['vest', 'vests', 'vesting']);
/** Before a vest word: equity vesting, not the garment ("my fleece vest"). */
export const VEST_BEFORE = new Set(['quarterly', 'rsu', 'rsus', 'stock', 'equity', 'annual', 'monthly', 'cliff']);
/** After a vest word: equity vesting ("my vest cliff", "vest date"), not "my vest today". */
export const VEST_AFTER = new Set(['cliff', 'date', 'event', 'schedule', 'hits']);
/** After an equity grant: selling it ("my ESOP vested, cashing out half"). */
export const SELL_AFTER_GRANT =
  /^(?:sell|selling|sold|dump|dumping|dumped|cash|cashing|cashed|offload|offloading|liquidat)/;
/** Before "dip": the one being bought ("buying Nvidia on this dip"), not "chips and dip". */
export const DIP_DETERMINERS = new Set(['the', 'this', 'that', 'every', 'any', 'a']);
/** After the company's name: a holding in it ("my Acme position", "our Acme stake"). */
export const HOLDING_NOUNS = new Set([
  'position',
  'positions',
  'stake',
  'holding',
  'holdings',
  'bags',
  'calls',
  'puts',
]);
/** Before "into Acme": money going into the stock ("put my pension into Acme", "piling into ACME"). */
export const INTO_VERBS =
  /^(?:put|putting|pour|pouring|poured|piling|piled|pile|rotat|dca|dcaing|invest|going|went|yolo|all|money|savings|pension|bonus|rsus)/;
/** "Acme at $142", "ACME around $90": a share price quoted ("Acme Cloud at $49/month" is a price list). */
export const QUOTE_PREPOSITIONS = new Set(['at', 'around', 'below', 'under', 'above', 'near']);
/** "yields 3.2%": a dividend yield. */
export const YIELD_WORDS = new Set(['yield', 'yields', 'yielding']);
/** Price-level words that a listed company's name alone makes stock talk (not "dip": "Tesla sales dip"). */
export const LISTED_LEVEL =
  /^(?:undervalued|overvalued|all time high|52 week|record high|to the moon|mooning|market cap|stock split|buyback|share buyback)/;
/** After "NNx": a valuation multiple ("12x sales", "35x forward earnings"), not "12x faster". */
export const MULTIPLE_OF = new Set([
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
export const MOVE_GLUE = new Set([
  'is',
  'was',
  'are',
  'just',
  'now',
  'already',
  'has',
  'have',
  "'s",
  'stock',
  'shares',
]);
/** When a move is a share price: "up 9% premarket", "down 6% today", "up 40% YTD". */
export const MARKET_TIME = new Set([
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
export const NOT_POSITION_BEFORE = new Set(['a', 'so', 'too', 'how', 'the', 'very', 'for', 'this', 'that', 'as']);
/** After "long Acme": a position ("long Acme at these levels", "long ACME here"). */
export const POSITION_AFTER = new Set([
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
export const TRADE_AFTER = new Set(['at', 'before', 'below', 'under', 'here', 'on', 'while', 'into', 'ahead']);
/** "Acme trades at", "ACME trading below": the share price. */
export const TRADES = new Set(['trades', 'trading', 'traded']);
export const PRICE_PREPOSITIONS = new Set(['at', 'below', 'above', 'under', 'over', 'near', 'around']);
/** "ACME to break $120": a price call. */
export const PRICE_CALL_VERBS = new Set(['break', 'hit', 'reach', 'test', 'cross', 'touch', 'retake', 'clear']);
/** "how Q4 went", "Q4 has been incredible": a verdict on the quarter. */
export const VERDICT = new Set(['was', 'went', 'has', 'is', 'looks', 'looked', 'looking', 'turned', 'came']);
/** "pays dividends": an idiom, not a payout. */
export const PAY_WORDS = new Set(['pay', 'pays', 'paid', 'paying']);
/** Units after a dollar figure that make it money, not a share price ("Acme to $500 million"). */
export const MONEY_UNITS = new Set(['million', 'billion', 'm', 'b', 'bn', 'k', 'mm', 'trillion']);
/** After a rating word: the sentence goes on about the rating, not about buying something. */
export const AFTER_RATING = new Set([
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
export const RATING_PREPOSITIONS = new Set(['to', 'at', 'as', 'with', 'a']);
/** "X is a buy", "it's a buy", "remains a buy". */
export const IS_WORDS = new Set(['is', "it's", "that's", 'remains', 'still', 'looks', 'be', 'as', 'are', "they're"]);
export const COMPANY_REF = new Set(['our', 'we', "we're", "we've", "we'll", 'us', 'ours']);
export const PERIOD_WORD =
  /^(?:q[1-4]|h[12]|fy\d{0,4}|quarter|quarters|quarter's|quarterly|fiscal|annual|financial|earnings)$/;
export const CONTEXT_RADIUS = 8;
export const TIGHT_RADIUS = 4;
export const LOOKBACK = 6;

export const DEFAULT_WHY = 'it can read as investment advice on the company’s behalf';
export const QUIET_WHY = 'nothing about results or the stock may be posted until results are out';

/** Before a quarter: a verdict on it ("what a quarter", "insane Q4", "a monster quarter"). */
export const QUARTER_VERDICT = new Set([
  'great',
  'huge',
  'big',
  'strong',
  'record',
  'best',
  'biggest',
  'strongest',
  'insane',
  'crazy',
  'incredible',
  'amazing',
  'monster',
  'killer',
  'massive',
  'blowout',
  'phenomenal',
  'stellar',
  'epic',
  'solid',
  'tough',
  'rough',
  'weak',
  'brutal',
  'wild',
  'unreal',
  'historic',
]);
/** "what a quarter", "such a quarter", "one hell of a quarter". */
export const EXCLAIM_BEFORE_A = new Set(['what', 'such', 'of']);
/** A quarter as a period word ("this quarter", "Q4", "H2"). */
export const QUARTER = /^(?:q[1-4]|h[12]|quarter|quarters)$/;
/** A superlative that makes a month or a money word a result ("record bookings", "best December"). */
export const SUPERLATIVE = new Set(['record', 'best', 'biggest', 'strongest', 'highest', 'largest']);
export const MONTHS =
  /^(?:month|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
/** A performance verb with the current quarter ("crushing it this quarter", "smashed Q1"). */
export const PERFORMANCE =
  /^(?:crush|smash|kill|nail|exceed|surpass|beat|beating|blew|blow|blown|outperform|destroy|shatter|overachiev|overdeliver|demolish)/;
/** After "results"/"numbers": a forecast of them ("the numbers will speak for themselves"). */
export const FUTURE = new Set(['will', "'ll", 'gonna', 'should', 'would']);
/** Before a forecast "results will…": a determiner or a verb of opinion, not "search results will". */
export const FORECAST_LEAD = new Set([
  'the',
  'our',
  'these',
  'those',
  'this',
  "quarter's",
  'quarterly',
  'financial',
  'think',
  'bet',
  'expect',
  'hope',
  'guess',
  'promise',
  'sure',
  'that',
  'and',
  'but',
]);
/** Trading-session words after a move: "down 9% AH", "+4% premarket", "up 6% in after hours". */
export const SESSION = new Set(['premarket', 'ah', 'afterhours', 'intraday']);
export const SESSION_PAIRS = new Set(['after hours', 'pre market', 'extended trading', 'after market']);
/** Between a trading verb and a listed company's name: an amount ("sold all my Meta", "bought more Nvidia"). */
export const AMOUNT = new Set(['more', 'some', 'all', 'half', 'my', 'of', 'a', 'bit', 'little', 'lot', 'ton', 'few']);
export const AMOUNT_STRONG = new Set(['more', 'all', 'half', 'some']);
/** After "bought more Nvidia": the clause ends or goes on with a time or a price, not "Apple laptops". */
export const TRADE_TIME = new Set([
  'today',
  'yesterday',
  'tonight',
  'again',
  'this',
  'last',
  'here',
  'at',
  'before',
  'below',
  'under',
  'over',
  'above',
  'around',
  'near',
]);
/** After "shorted us": a delivery or a bill, not a stock ("shorted us on the order", "shorted us two pallets"). */
export const SHORTED_GOODS = new Set([
  'on',
  'by',
  'a',
  'an',
  'the',
  'out',
  'of',
  'some',
  'two',
  'three',
  'again',
  'with',
]);
/** After a quarter: a plan or an event of that quarter, not its results ("Q4 hiring", "Q1 roadmap"). */
export const QUARTER_OF_OTHER = new Set([
  'hiring',
  'roadmap',
  'planning',
  'offsite',
  'hackathon',
  'release',
  'releases',
  'launch',
  'reads',
  'webinar',
  'newsletter',
  'priorities',
]);
/** "Acme closed above $100", "opened at $88": the share price at a level. */
export const CLOSE_VERBS = new Set(['closed', 'closes', 'closing', 'opened', 'opens', 'finished', 'ended', 'settled']);
