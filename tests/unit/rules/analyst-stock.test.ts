import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Post } from '../../../src/core/types';

const ACME: Policy = {
  company: {
    names: ['Acme', 'Acme Corp'],
    tickers: ['ACME'],
    domains: ['acme.com'],
    products: ['Roadrunner'],
    accounts: ['@AcmeCorp'],
  },
  quietPeriods: [{ start: '2026-12-15', end: '2027-01-29', label: 'Q4 results' }],
};
const OUTSIDE = new Date('2026-06-01T12:00:00Z');
const INSIDE = new Date('2026-12-20T12:00:00Z');

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
