import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Post } from '../../../src/core/types';
import { ACME, INSIDE, OUTSIDE } from './analyst-stock-support';

function findings(post: Post, now = OUTSIDE, policy: Policy = ACME) {
  return checkPost(post, resolvePolicy([{ source: 'file', policy }]).policy, { now }).filter(
    (f) => f.rule === 'analyst-stock',
  );
}
const flagged = (text: string, now = OUTSIDE) => findings({ text }, now).map((f) => text.slice(f.start, f.end));

/** [text, the offending words every finding points at, in order] */
const MUST_FIRE: [string, string[]][] = [
  ['$ACME to the moon 🚀', ['$ACME', 'to the moon']],
  ['Buy the dip on $NVDA', ['Buy the dip', '$NVDA']],
  ['Goldman upgraded Acme to Buy with a $250 price target.', ['upgraded Acme to Buy', 'price target']],
  ['Morgan Stanley rates ACME overweight, PT $200.', ['rates ACME overweight', 'PT $200']],
  ['Initiated at outperform by Jefferies this morning.', ['Initiated at outperform']],
  ['Acme is a buy at these levels.', ['is a buy']],
  ['ACME is a screaming buy under $120. Loading up before earnings.', ['is a screaming buy', 'Loading up']],
  ['Shares of Acme jumped 12% after the earnings call.', ['Shares of Acme']],
  ['Acme stock is up 30% this year.', ['Acme stock']],
  ['Bought more Acme shares today.', ['Acme shares']],
  ['Nvidia shares soared after the report.', ['shares soared']],
  ['Wow, Acme hit an all-time high today!', ['all-time high']],
  ['Analysts downgrade Acme stock after the guidance cut.', ['downgrade', 'Acme stock']],
  ['My stock picks for 2026, not financial advice.', ['stock picks', 'not financial advice']],
  [
    'Great read https://seekingalpha.com/article/4567-acme-strong-buy',
    ['https://seekingalpha.com/article/4567-acme-strong-buy'],
  ],
  ['Check https://finance.yahoo.com/quote/ACME', ['https://finance.yahoo.com/quote/ACME']],
  [
    'https://www.cnbc.com/2026/01/02/acme-upgraded-to-buy-at-goldman.html',
    ['https://www.cnbc.com/2026/01/02/acme-upgraded-to-buy-at-goldman.html'],
  ],
  ['Bullish on ACME stock.', ['Bullish', 'ACME stock']],
];

const MUST_NOT_FIRE: string[] = [
  'Buy our new product today!',
  'Book a demo with our team.',
  "We're a buy-in champion for AI adoption.",
  'Acme is the market leader in logistics.',
  'Share this post with your network.',
  'Maria shares her story of moving from nurse to engineer.',
  'Excited to share that Acme shares its 2026 roadmap today.',
  'Get free stock photos for your deck.',
  'The new widgets are back in stock.',
  'Stock up on snacks before the hackathon.',
  'Target stores now carry Roadrunner.',
  'Upgrade to buy more seats on the Pro plan.',
  'Upgrade your analyst workflow today.',
  'Our new model outperforms GPT-4 on every benchmark.',
  "I'm bullish on AI agents in 2026.",
  'Our rover is going to the moon with Artemis III!',
  'Load up on swag at booth 42.',
  'Competitive salary, stock options and great benefits.',
  'Our NPS hit an all-time high this quarter.',
  'Set $PATH before running the installer.',
  "It's a buy vs build decision for most teams.",
  'This laptop is a great buy.',
  'The price is $49 per seat.',
  'We raised $5M to buy a new office.',
  'ACME is hiring engineers in Berlin!',
  'Our Q4 numbers look great and we grew revenue 40% this quarter.',
  'Join our earnings call on Feb 2.',
  'Thanks to our investors for backing our Series B.',
  'Downgrade or cancel your plan at any time.',
  'Just bought my first Bitcoin. HODL 🚀',
];

describe('analyst-stock', () => {
  it.each(MUST_FIRE)('fires on %j', (text, words) => {
    expect(flagged(text)).toEqual(words);
    for (const f of findings({ text })) {
      expect(f.severity).toBe('warn');
      expect(f.message).toMatch(/ — .+; remove it\.$/);
    }
  });

  it.each(MUST_NOT_FIRE)('stays quiet on %j', (text) => {
    expect(findings({ text })).toEqual([]);
  });

  it('points at a cashtag with exact offsets and says whose stock it is', () => {
    const [f] = findings({ text: 'Long $ACME.' });
    expect([f?.start, f?.end]).toEqual([5, 10]);
    expect(f?.message).toBe(
      'Mentions $ACME, the company’s own stock — employees must not talk up or comment on the company’s stock; remove it.',
    );
  });

  it('a distinctive ticker in capitals is stock talk on its own; one that is also the name needs context', () => {
    const policy: Policy = { company: { names: ['Acme'], tickers: ['ACMC'] } };
    expect(findings({ text: 'ACMC looking good' }, OUTSIDE, policy).map((f) => [f.start, f.end])).toEqual([[0, 4]]);
    expect(findings({ text: 'Proud to be at ACME today' })).toEqual([]);
  });

  it('honours extra investing domains from the policy', () => {
    const policy: Policy = {
      ...ACME,
      rules: { 'analyst-stock': { domains: ['stockblog.example', 'example.org/picks'] } },
    };
    expect(findings({ text: 'https://stockblog.example/acme' }, OUTSIDE, policy)).toHaveLength(1);
    expect(findings({ text: 'https://example.org/picks/acme' }, OUTSIDE, policy)).toHaveLength(1);
    expect(findings({ text: 'https://example.org/blog/acme' }, OUTSIDE, policy)).toEqual([]);
  });

  it('also reads the post being quoted, without offsets', () => {
    const [f] = findings({ text: 'Interesting', surface: 'quote', quoted: { text: 'ACME upgraded to outperform' } });
    expect(f?.inQuoted).toBe(true);
    expect(f?.start).toBeUndefined();
  });

  describe('inside a quiet period', () => {
    it('blocks, and names the period and its end', () => {
      const [f] = findings({ text: '$ACME to the moon' }, INSIDE);
      expect(f?.severity).toBe('block');
      expect(f?.message).toBe(
        'Mentions $ACME, the company’s own stock during the Q4 results quiet period — nothing about results or the stock may be posted until results are out; remove it or wait until the quiet period ends on 29 January 2027.',
      );
    });

    it.each([
      ['Can’t wait to share our Q4 numbers next month!', ['our Q4 numbers']],
      ['Join our earnings call on Feb 2.', ['earnings call']],
      ['We grew revenue 40% this quarter.', ['revenue']],
      ["Acme's revenue grew 20% in Q4.", ["Acme's revenue"]],
      ['Great quarter for the team!', ['Great quarter']],
      ['Acme stock has been on a tear.', ['Acme stock']],
    ])('flags talk of results: %j', (text, words) => {
      expect(flagged(text, INSIDE)).toEqual(words);
    });

    it.each([
      'Our sales team is at booth 5 this week.',
      'Our growth marketing team is hiring.',
      "We're hiring a revenue operations lead.",
      'Our customers see great results with Roadrunner.',
      'Get our results-driven playbook.',
      'Performance testing of our API shows 2x speedups.',
      'Competitive salary and stock options.',
    ])('stays quiet on ordinary posts: %j', (text) => {
      expect(findings({ text }, INSIDE)).toEqual([]);
    });

    it('ends after the last day (dates inclusive, UTC)', () => {
      expect(findings({ text: 'our Q4 numbers' }, new Date('2027-01-29T23:59:00Z'))).toHaveLength(1);
      expect(findings({ text: 'our Q4 numbers' }, new Date('2027-01-30T00:00:00Z'))).toEqual([]);
    });
  });
});

// ——— Fresh examples written for recall: many phrasings of each kind, and ordinary posts that use the same words ———

/** The corpus policy's company (tests/corpus/policy.json). */
const CORPUS: Policy = {
  ...ACME,
  company: {
    ...ACME.company,
    names: ['Acme', 'Acme Corp', 'Acme Corporation'],
    products: ['Roadrunner', 'Acme Cloud', 'Anvil'],
  },
};
const flaggedIn = (text: string, now = OUTSIDE) =>
  findings({ text }, now, CORPUS).map((f) => text.slice(f.start, f.end));

/** [text, the offending words every finding points at, in order] */
const MORE_MUST_FIRE: [string, string[]][] = [
  ['Goldman just lifted its Acme target to $240. Not bad at all.', ['target to $240']],
  ['Acme upgraded to Overweight at Morgan Stanley, $210 PT', ['upgraded to Overweight']],
  ['Acme shares ripping today 🚀🚀 proud to be part of this team', ['Acme shares', 'ripping']],
  ['Acme up 9% premarket after the keynote. What a morning!', ['Acme up 9']],
  ['Loaded up on more ACME in my ESPP, feels like a steal at these prices', ['Loaded up', 'ACME', 'steal']],
  ['Picked up 200 more shares of Acme this morning. Long-term believer.', ['shares of Acme']],
  ['Who else bought the Acme dip?? 🙋‍♂️', ['dip']],
  ["Acme reports Thursday after the bell. I'm holding calls through earnings 🤞", ['holding calls']],
  ['Sold my vested RSUs today and bought a house 🏡', ['vested RSUs']],
  ["Acme at 12x sales is the cheapest it's been in a decade. Fill your boots.", ['12x sales']],
  ['Zacks Rank #2 (Buy) on Acme this week, estimates moving up.', ['Zacks Rank']],
  ['Morningstar fair value estimate for Acme is $165, so shares trade at a 20% discount.', ['fair value estimate']],
  [
    'ACME breaking out above the 200-day moving average. Chart below 👇',
    ['ACME', 'breaking out', '200-day moving average'],
  ],
  ['Just hit my first $100k in Acme stock thanks to the ESPP 😭🙏', ['Acme stock']],
  ['Acme beat on EPS and revenue, raised FY guide. Stock +11% after hours.', ['beat on EPS', 'Stock +11']],
  ['Acme is the most undervalued name in SaaS right now. Change my mind.', ['undervalued']],
  ['Long-time Acme shareholder here: this dip is a gift.', ['dip']],
  ['Acme to $500 by year end. Screenshot this.', ['Acme to $500']],
  ['Not a stock tip but ACME is criminally underpriced.', ['stock tip', 'ACME', 'underpriced']],
  ['Hedge funds piling into ACME ahead of earnings per the latest 13F filings', ['piling into', 'ACME']],
  ['Acme added to the S&P 500 🎉 what a milestone for all of us', ['added to the S&P 500']],
  ['Our share price is down 30% this year and honestly morale is rough.', ['share price']],
  ['TipRanks says 14 of 16 analysts rate Acme a Buy.', ['rate Acme a Buy']],
  ["Acme's market cap just crossed $50B. Wild to think I joined when we were 200 people.", ['market cap']],
  ["Stock's getting hammered today but I still believe in this team.", ["Stock's getting hammered"]],
  ['Acme raised its dividend 10%, yield is now 2.4%. Love a company that rewards shareholders.', ['dividend']],
  ['Citi cuts Acme to Neutral, sees limited upside after the run.', ['cuts Acme to Neutral', 'upside']],
  ['Barclays slashes its Acme price objective to $95 from $130.', ['price objective']],
  ['Time to back up the truck on ACME below $100', ['back up the truck', 'ACME']],
  ['Wedbush names Acme a top pick for 2027 with a $300 target.', ['top pick']],
  ['The options market is pricing an 8% move in ACME on earnings.', ['ACME']],
  ["We're up 40% YTD and the haters are quiet now 📈 #Acme", ["We're up 40"]],
  ["If you're not long Acme at these levels, I don't know what to tell you.", ['long Acme']],
  ['Short interest in ACME is at 18% of float. Squeeze incoming?', ['Short interest', 'ACME', 'Squeeze']],
  ['ACME ripped 15% on the guidance raise. Told you so.', ['ripped']],
  ['Thinking of selling some of my ESPP shares before earnings. Thoughts?', ['selling some of my ESPP']],
  ['Analysts expect Acme to report EPS of $1.12 next week.', ['Analysts expect', 'EPS of $1.12']],
  ['Acme trades at 35x forward earnings, pricey but worth it.', ['Acme trades at', 'forward earnings']],
  ['Acme is a strong buy in my book 📈', ['strong buy']],
  [
    'https://www.investopedia.com/acme-stock-forecast-2026-8437123',
    ['https://www.investopedia.com/acme-stock-forecast-2026-8437123'],
  ],
  [
    'https://finance.yahoo.com/news/acme-stock-soars-after-earnings-beat-123456789.html',
    ['acme-stock', 'earnings-beat'],
  ],
  [
    'https://www.reddit.com/r/wallstreetbets/comments/1abc23/acme_yolo_update/',
    ['https://www.reddit.com/r/wallstreetbets/comments/1abc23/acme_yolo_update/'],
  ],
  ['Our stock is on sale right now. Just saying 😉', ['Our stock', 'on sale']],
  ["Now is the time to buy Acme before earnings. You'll thank me later.", ['buy Acme']],
  ['Proud Acme employee and proud shareholder. Bought more at $88 today.', ['Bought more at $88']],
  ['RBC bumps Acme PT to $150 from $135, keeps Outperform', ['PT to $150']],
  ["Acme's stock has doubled since I joined. Best decision of my career.", ["Acme's stock"]],
  ['Our stock price hit $200 today for the first time!! 🍾', ['stock price']],
  ["Just exercised my options and I'm holding every share. Long Acme forever.", ['Long Acme']],
  [
    'Daily reminder that ACME trades below its 2021 high. Opportunity knocks.',
    ['ACME trades below', 'Opportunity knocks'],
  ],
  ['Investors are sleeping on Acme. 40% revenue growth and a 15x multiple? Come on.', ['sleeping on', '15x multiple']],
  ['Jefferies upgrades Acme to Buy: "AI tailwinds underappreciated"', ['upgrades Acme to Buy']],
  ['$ACME', ['$ACME']],
  ["Why I'm still buying Acme stock after the selloff (thread 🧵)", ['Acme stock']],
  ['Acme has been the best-performing stock in my portfolio this year.', ['best-performing stock', 'in my portfolio']],
  ["We're now a $10B company by market cap. Pinch me.", ['market cap']],
  ['Big day: Acme shares closed at a record high 🚀', ['Acme shares', 'record high']],
  ['Acme (NYSE: ACME) is trading at a discount to peers, which makes no sense.', ['ACME']],
  ["If you bought Acme at the IPO you're up 300% 📈", ['bought Acme']],
  ['Watch for ACME to break $120 this week.', ['ACME to break $120']],
  ['Earnings whisper number for Acme is $1.30, street is at $1.18.', ['whisper number']],
  [
    'https://www.zacks.com/stock/research/ACME/earnings-calendar',
    ['https://www.zacks.com/stock/research/ACME/earnings-calendar'],
  ],
  ['https://www.benzinga.com/analyst-stock-ratings/upgrades/26/01/123/acme-upgraded', ['upgrades']],
  ['https://www.marketwatch.com/story/acme-shares-jump-after-upbeat-guidance-2026-10-14', ['acme-shares']],
];

const MORE_MUST_NOT_FIRE: string[] = [
  'Our stock of demo units is running low. Book your trial now.',
  'Share your feedback on the new dashboard!',
  'She shares how she built a 40-person team from scratch.',
  'Our Q3 product update: 12 new integrations and a faster editor.',
  'Proud of the team for shipping Roadrunner 2.0 today 🚀🚀',
  'Target audience for this webinar: RevOps leaders.',
  'We hit our hiring target for the year. Welcome to all 120 new Acmers!',
  "We're bullish on the future of edge computing.",
  'Buy vs. build: a framework for platform teams.',
  'Our analytics team is hiring a senior data analyst in Lisbon.',
  'Long live the command line.',
  "It's been a long week. Excited to recharge at the offsite.",
  'Our conversion rate is up 14% since the redesign.',
  'Join us at Nasdaq MarketSite for our customer summit!',
  'Trading card game night at the office was a blast!',
  'Our API uptime hit a record high of 99.999% this quarter.',
  'Support ticket volume dropped 30% after we launched the help center.',
  "We're investing $50M in our Berlin R&D hub.",
  'Excited to share our annual report on developer productivity.',
  "Stock options, 401k match, and unlimited PTO. We're hiring!",
  'Pro tip: short meetings beat long meetings.',
  'Our partner Goldman Sachs hosted a great fintech roundtable today.',
  'Quarterly planning done. Onward to Q3!',
  'Our team raised $2,000 for the food bank, beating our target of $1,500!',
  'Buy one, get one free on all workshop seats this week.',
  'Acme Cloud is up and running in the Frankfurt region.',
  'Acme is up for three awards at the SaaS Awards tonight!',
  'Acme grew headcount 40% this year.',
  'Acme jumped to #1 on G2 this quarter.',
  'Calls with customers are the best part of my week.',
  'Our model outperforms the baseline by 12% on every benchmark.',
  'Time to stock up on conference swag!',
  'New feature: export your dashboards to PDF with one click.',
  'Acme Cloud now supports the Nasdaq Basic market data feed for fintech builders.',
  'The dip in latency after the upgrade is huge: p99 down 40%.',
  "Congrats to the whole team on Acme's 10th birthday!",
  'Our Roadrunner price drops to $19/month for startups.',
  "We're long on talent and short on meetings at Acme.",
  "I'm selling my old road bike if anyone in Denver wants it.",
  "Five analysts' takeaways from our user conference.",
  'Join our ESPP enrollment info session on Thursday.',
  'Happy to share that our NPS is up 12 points this year.',
  'Stock up on snacks before the hackathon!',
  'The dip at our team lunch was incredible, thanks Maria 🥑',
  'Why teams buy Acme: faster onboarding and better support.',
  'Buy Acme Cloud today and get 3 months free.',
  'Our customers save 40% on cloud costs with Roadrunner.',
  "We're up to 500 customers in 30 countries!",
  'Acme is up 12 spots on the Best Places to Work list!',
  'Excited to ring the bell with our friends at the Nasdaq today to celebrate our partnership.',
  'Check out this short video on how Roadrunner works.',
  'The long and short of it: ship smaller changes, more often.',
  'Our team just got back from the Goldman Sachs tech conference, great conversations.',
  'Stock images are fine, but real photos of your team convert better.',
  "We're investing in our people: every engineer gets a $2,000 learning budget.",
  'Our results-driven culture starts with clear goals.',
  "We doubled our team this year and we're still hiring.",
  'Sales are up 40% at our partner stores since they started using Roadrunner.',
  "Shares of voice matter in B2B marketing, here's how we measure ours.",
  'Going long on documentation this quarter. Future us will thank us.',
  "Our engineering team's uptime target for 2026 is 99.99%.",
  'The Acme rocket club launched its first model rocket today 🚀',
  'New post: how we model customer lifetime value in SaaS.',
  'Congrats to our intern Sam on being named one of 30 under 30 by Forbes!',
  'Target customers for Roadrunner: mid-size logistics companies.',
];

const MORE_QUIET_FIRE: [string, string[]][] = [
  ["Can't wait for the Q4 numbers next month 👀 big things coming", ['Q4 numbers']],
  ['Earnings next week, fingers crossed 🤞', ['Earnings']],
  ['Crushed our number this quarter!! So proud of the sales team.', ['our number']],
  ["Acme's share price has had a wild month.", ['share price']],
  ["Best quarter in company history, that's all I'll say until the call.", ['Best quarter']],
  ['Our December bookings are going to blow people away.', ['bookings']],
  ["Can't talk about our numbers until after the 28th, sorry friends!", ['our numbers']],
  ['Quiet period starts today, so no comment on how Q4 went 🤐 but wow', ['Q4 went']],
  ["Q4 has been incredible, you'll see on the 28th.", ['Q4 has']],
  ['Excited for our Q4 earnings next month!', ['earnings']],
  ['Acme stock looking healthy into the print', ['Acme stock', 'the print']],
  ["Our December revenue was the best month ever. Let's go team!", ['revenue']],
];

const MORE_QUIET_NOT_FIRE: string[] = [
  'Our sales team is at booth 5 this week.',
  'Happy holidays from all of us at Acme!',
  'Quarterly planning offsite was a blast, thanks team.',
  "We're hiring a revenue operations lead.",
  'Our customers see great results with Roadrunner.',
  'Our numbers team is hiring an analyst in Dublin!',
  'Happy New Year from the Acme team! 🎉',
  'Join our holiday food drive, every can counts.',
];

describe('analyst-stock: more ways people write it', () => {
  it.each(MORE_MUST_FIRE)('fires on %j', (text, words) => {
    expect(flaggedIn(text)).toEqual(words);
  });

  it.each(MORE_MUST_NOT_FIRE)('stays quiet on %j', (text) => {
    expect(findings({ text }, OUTSIDE, CORPUS)).toEqual([]);
  });

  it.each(MORE_QUIET_FIRE)('flags talk of results inside a quiet period: %j', (text, words) => {
    expect(flaggedIn(text, INSIDE)).toEqual(words);
  });

  it.each(MORE_QUIET_NOT_FIRE)('stays quiet on ordinary posts inside a quiet period: %j', (text) => {
    expect(findings({ text }, INSIDE, CORPUS)).toEqual([]);
  });

  it('reads well-known tickers written in capitals as stocks', () => {
    expect(flaggedIn('Loading up on NVDA this week.')).toEqual(['Loading up']);
    expect(findings({ text: 'Loading up on snacks this week.' }, OUTSIDE, CORPUS)).toEqual([]);
  });

  it('points at a price target with exact offsets', () => {
    const [f] = findings({ text: 'Goldman lifts its Acme target to $240.' }, OUTSIDE, CORPUS);
    expect([f?.start, f?.end]).toEqual([23, 37]);
    expect(f?.message).toBe(
      '“target to $240” is an analyst price target — it can read as investment advice on the company’s behalf; remove it.',
    );
  });
});

/** Written fresh in round two (new voices, countries and topics); measured before the rules were widened. */
const FRESH_MUST_FIRE: [string, string[]][] = [
  ['Just doubled my position in Acme. Still cheap at 20x earnings imo', ['my position', 'cheap', '20x earnings']],
  ['JPMorgan bumps Acme PT to $310 from $275, keeps overweight. Not bad for a Tuesday.', ['PT to $310']],
  ['Anyone else holding ACME through earnings? Feels like a coin flip 🪙', ['holding ACME']],
  ['Acme popped 11% after hours on the guidance beat 🚀🚀', ['Acme popped 11']],
  ['Why I think Microsoft is undervalued right now - long thread 🧵', ['undervalued']],
  ['Bernstein cut Tesla to underperform this morning. Bears are feasting.', ['underperform']],
  ['My ESOP vested today, thinking of cashing out half. Thoughts?', ['ESOP vested today, thinking of cashing']],
  ["Acme's share price has tanked 30% since January, time to buy?", ['share price']],
  ['Analysts at UBS see 40% upside for Acme over the next 12 months.', ['upside']],
  ["If you're not buying Nvidia on this dip you'll regret it in 5 years.", ['buying Nvidia on this dip']],
  ['Just sold all my Apple shares, the valuation is insane at 35x.', ['sold all my Apple shares']],
  ['Strong buy rating reiterated on Acme by Barclays! Proud to work here 💪', ['Strong buy']],
  ['Acme stock price target raised to $180 by Citi. #investing', ['Acme stock', 'price target']],
  ['Our share price is at an all time high today, what a time to be at Acme!', ['share price', 'all time high']],
  [
    'The market is sleeping on ACME. Q1 will be a monster. Not financial advice.',
    ['sleeping on', 'ACME', 'Not financial advice'],
  ],
  ['Short interest in Acme is at record levels, squeeze incoming?', ['Short interest', 'squeeze']],
  ['Morningstar says Acme is 25% below fair value. Adding more.', ['fair value']],
  ["Bought the dip on Shopify at $62. Let's go.", ['Bought the dip']],
  ['Mizuho downgraded Acme to neutral citing slowing cloud growth. Disagree strongly!', ['downgraded Acme to neutral']],
  ['Acme market cap just crossed $50B 🤯', ['market cap']],
  ['Would love to see ACME break $200 before year end.', ['ACME break $200']],
  ['Buy rating from Goldman on Acme! The analysts finally get it.', ['Buy rating']],
  ['Acme is massively undervalued. Accumulating every payday.', ['undervalued']],
  ['Dividend hike announced! Acme now yields 3.2%, solid income stock.', ['Acme now yields 3.2']],
  ['Sold some RSUs to pay for the house deposit. Acme has been good to me 🏡', ['Sold some RSUs']],
  ['$ACME earnings next week, straddle or strangle? 🤔', ['$ACME']],
  ["Told my dad to put his pension into Acme. Best decision he'll make.", ['pension into Acme']],
  ['Acme at $142 is a gift. Adding.', ['Acme at $142']],
  ['Wells Fargo initiates Acme with an equal-weight rating, $160 target.', ['equal-weight']],
  ['Tesla stock is a bubble, change my mind.', ['stock is a bubble']],
  ['Our stock has done 4x since IPO. Insane ride 🎢', ['Our stock']],
  ['Cathie Wood just bought another $20M of Acme. Bullish signal?', ['Bullish']],
  ['Retail investors piling into Palantir again. Careful out there.', ['piling into']],
  ['Acme trading at 8x forward EBITDA while peers are at 15x. Makes no sense.', ['Acme trading at', '8x forward']],
  ['Pro tip: sell your vested shares the day they land. Diversify!', ['vested shares']],
  ['Acme shares slumped after the CEO left. Buying opportunity?', ['Acme shares', 'Buying opportunity']],
  ['Happy to see Acme finally added to the FTSE 100 🎉', ['added to the FTSE 100']],
  ['Goldman has Acme on its conviction list now. Huge.', ['conviction list']],
  ['Nvidia hit a $3 trillion market cap today. Wild.', ['market cap']],
  ["I've been DCA-ing into ACME every month since 2022.", ['DCA-ing', 'ACME']],
  ["Apple's stock just hit a new record. Glad I held on.", ['stock just hit']],
  ['The Acme short sellers are going to get wrecked after Q4.', ['short sellers']],
  ['Analysts are too bearish on Acme. Q3 guidance was conservative.', ['bearish']],
  ['Price target on Acme raised to 250 at HSBC.', ['Price target']],
  ['Options traders are betting big on $ACME ahead of the print.', ['$ACME']],
  ['Amazon down 8% after earnings, time to load the boat.', ['Amazon down 8', 'load the boat']],
  ['Sold half my Acme position this morning, taking profits 💰', ['Sold half my Acme position', 'taking profits']],
];

const FRESH_MUST_NOT_FIRE: string[] = [
  "We're raising our prices by 5% from April; existing customers keep current pricing until renewal.",
  'Our analyst relations team briefed Gartner on the new roadmap today.',
  'Proud to be named a Leader in the Gartner Magic Quadrant for the third year running!',
  'Stock up on snacks, the hackathon starts at 6pm 🍕',
  'Sharing my top 5 books on leadership this year.',
  'Acme Cloud now supports ARM instances — 40% cheaper for most workloads.',
  'Our target for this year: plant 10,000 trees with our customers.',
  'Buy one, get one free on all Anvil accessories this weekend.',
  'Thanks Forrester for including us in the Wave report!',
  'She shares her journey from intern to CTO in this episode.',
  'Hiring: Financial Analyst, London. Help us build the FP&A function.',
  'Our NPS went up 12 points after the redesign. Customers love it.',
  'Great session on portfolio management for product leaders.',
  "I'm bullish on remote work. Here's why.",
  'Long day at the conference but worth it.',
  'The market for AI tooling is crowded — differentiation is everything.',
  'Check out our stock photos library, now with 2M images.',
  'Shares of our Q3 webinar recording are going viral!',
  'Our customer count doubled this year. Thank you!',
  'Tips for your first equity negotiation at a startup.',
  'Today we celebrate 10 years of Acme on the road with Roadrunner!',
  'Capital One is our customer of the year 🏅',
  'Going long on sleep this holiday season 😴',
  'Prices of cloud GPUs dropped again — good news for ML teams.',
  'Buy-in from leadership is the key to any data strategy.',
  'We doubled our customer base this year. Thank you all!',
  'Our new pricing page is live: simpler tiers, no hidden fees.',
  'Apple announced new MacBooks today — our app already supports them.',
  "We're partnering with Microsoft to bring Acme Cloud to Azure.",
  'My portfolio of side projects keeps growing 😅',
  'Great analysis by our data team on customer retention.',
  'Hiring an investor relations manager — help us tell our story.',
  'Our growth target for 2027: 1,000 new partners.',
  'Long live the command line!',
  'How we hit 99.99% uptime for 12 months straight.',
  'Shopify merchants can now connect Acme in one click.',
  'The crowd went wild at our booth demo 🎉',
  'What a rally from the team to ship this before the holidays.',
  'Sales kickoff in Lisbon was incredible.',
  'Investing in mentorship pays dividends. Every time.',
  'Our solar panels now yield 20% more energy per square metre.',
  "We're bullish on the future of edge computing.",
  'Amazon Web Services named us Partner of the Year.',
  'Tesla owners: our charging app now supports the Cybertruck.',
  'Fresh dip recipe for the team lunch: chips and the dip, sorted 🥑',
  'Buy tickets for our summit before prices go up Friday.',
  'Nvidia GPUs power our new inference cluster.',
  'Our people are our greatest asset.',
  'Celebrating our 10-year IPO anniversary with the whole team today!',
  'Trading card game night at the office was a blast.',
];

describe('analyst-stock: fresh posts from round two', () => {
  it.each(FRESH_MUST_FIRE)('fires on %j', (text, words) => {
    expect(flaggedIn(text)).toEqual(words);
  });

  it.each(FRESH_MUST_NOT_FIRE)('stays quiet on %j', (text) => {
    expect(findings({ text }, OUTSIDE, CORPUS)).toEqual([]);
  });
});
