import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';

/** Round three: the cues generalised after a fresh batch (sessions, listed names, grants, quarter verdicts). */
const POLICY: Policy = {
  company: {
    names: ['Acme', 'Acme Corp', 'Acme Corporation'],
    tickers: ['ACME'],
    domains: ['acme.com'],
    products: ['Roadrunner', 'Acme Cloud', 'Anvil'],
    accounts: ['@AcmeCorp'],
  },
  quietPeriods: [{ start: '2026-12-15', end: '2027-01-29', label: 'Q4 results' }],
};
const OUTSIDE = new Date('2026-06-01T12:00:00Z');
const INSIDE = new Date('2027-01-10T12:00:00Z');

function findings(text: string, now = OUTSIDE) {
  return checkPost({ text }, resolvePolicy([{ source: 'file', policy: POLICY }]).policy, { now }).filter(
    (f) => f.rule === 'analyst-stock',
  );
}
const flagged = (text: string, now = OUTSIDE) => findings(text, now).map((f) => text.slice(f.start, f.end));

/** [text, the words every finding points at, in order] */
const MUST_FIRE: [string, string[]][] = [
  // A move in a trading session needs no subject.
  ['Beat on every line and still down 7% AH. Markets are weird.', ['down 7% AH']],
  ['+5% premarket on the partnership news', ['+5% premarket']],
  ['Closed red, then up 3% in after hours', ['up 3% in after hours']],
  // "shares" with a move quoted right after; the singular as non-native writers use it.
  ['Acme shares +8% on the day', ['Acme shares']],
  ['So happy, Acme share is going up every week', ['Acme share']],
  // Trading a listed company by name, with an amount.
  ['Sold half my Nvidia yesterday.', ['Sold half my Nvidia']],
  ['Picked up? No: bought more Shopify here.', ['bought more Shopify']],
  ['Trimmed my Tesla stake this week', ['Trimmed my Tesla stake']],
  // Short selling.
  ['Everyone shorting Acme is about to learn a lesson', ['shorting Acme']],
  ['Funds shorted us all year, analysts now say squeeze', ['shorted us', 'squeeze']],
  // Selling employee equity, the sale opening the next sentence.
  ['My RSUs vest on Friday. Selling every single one.', ['RSUs vest on Friday. Selling']],
  // Earnings-per-share figures.
  ['Consensus has $2.05 EPS for Microsoft', ['$2.05 EPS']],
  ['Reported EPS of $0.91 vs $0.85 expected', ['EPS of $0.91']],
  // Retail slang and valuation.
  ['Still bagholding Rivian, send help', ['bagholding']],
  ['A P/E of 12 for this business is crazy', ['P/E of']],
  ['Acme at ATH again 🚀', ['ATH']],
  ['Guided up and beat estimates, what more do you want', ['beat estimates']],
  // A level reached, a price after a listed name, the author's holding, index inclusion.
  ['Acme finished above $120 today, first time since 2021', ['Acme finished above $120']],
  ['Selling Netflix over $700? Never.', ['Selling Netflix']],
  ['Buying Nvidia below $100 feels like cheating', ['Buying Nvidia']],
  ['My Acme stake keeps growing, no complaints', ['My Acme stake']],
  ['Acme joins the Russell 1000 next week', ['joins the Russell']],
  // The stock as a subject, with market words near.
  ['Analysts loved investor day and the stock is responding', ['the stock']],
];

const MUST_NOT_FIRE: string[] = [
  'Our signups are up 30% after hours of debugging the funnel',
  'They shorted us on the last delivery, two pallets missing.',
  'The supplier shorted us again.',
  'I bought some Apple at the farmers market.',
  'Sold my Tesla, going full e-bike.',
  'Just bought more Amazon gift cards for the team.',
  'Our ESPP enrollment opens Monday. Selling points: a 15% discount.',
  'The stock is running low at our Denver warehouse.',
  'Cut our EPS reporting time in half with Anvil dashboards.',
  'P.E. class was my favourite at school.',
  'Buying Apple at $999 for a phone is wild.',
  'Acme closed at 5pm for the holiday.',
  'Our ticket queue is going to zero by Friday!',
];

const QUIET_FIRE: [string, string[]][] = [
  ['What a quarter. Thank you team!', ['What a quarter']],
  ['Insane Q4 for the whole sales org', ['Insane Q4']],
  ['Record bookings in December, proud of everyone', ['Record bookings']],
  ['Biggest November in our history 🎉', ['Biggest November']],
  ['Smashing it this quarter, more soon', ['Smashing it this quarter']],
  ['Our best-ever quarter is in the books', ['best-ever quarter']],
  ["Honestly the numbers will surprise you. That's all.", ['numbers will']],
  ['I think the results are going to be great', ['results are']],
  ['This quarter the team posted numbers I have never seen before', ['numbers']],
  ['Sales blew past the Q4 plan, unreal', ['blew past the Q4']],
];

const QUIET_NOT_FIRE: string[] = [
  'What a year! Thanks to everyone who came to the holiday party.',
  'Best December ever with my kids 🎄',
  'We crushed our Q4 hiring goals, welcome to all 40 new teammates!',
  'Our highest performance release yet: Anvil 3 is twice as fast.',
  'Record numbers of people joined our holiday food drive.',
  'Our search results will be faster in the new release.',
  'Best growth hacks for early-stage startups, a thread',
  'Great Q4 hackathon, 30 projects shipped.',
  'Q1 is all about reliability for Acme Cloud.',
];

describe('analyst-stock: round three', () => {
  it.each(MUST_FIRE)('fires on %j', (text, words) => {
    expect(flagged(text)).toEqual(words);
  });

  it.each(MUST_NOT_FIRE)('stays quiet on %j', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it.each(QUIET_FIRE)('flags talk of results inside a quiet period: %j', (text, words) => {
    expect(flagged(text, INSIDE)).toEqual(words);
  });

  it.each(QUIET_NOT_FIRE)('stays quiet inside a quiet period on %j', (text) => {
    expect(findings(text, INSIDE)).toEqual([]);
  });

  it('leaves coins to the custom rule unless a stock is named too', () => {
    expect(findings('$ETH to 10k, buy the dip while you can')).toEqual([]);
    expect(findings('Bought the dip on bitcoin again, down bad')).toEqual([]);
    expect(flagged('Sold my bitcoin and bought the dip on $NVDA')).toEqual(['bought the dip', '$NVDA']);
  });

  it('leaves quarter verdicts alone outside a quiet period', () => {
    expect(findings('What a quarter. Thank you team!')).toEqual([]);
  });

  it('blocks inside a quiet period and points at the session move', () => {
    const text = 'Shares? Nah. But we were down 4% premarket lol';
    const [f] = findings(text, INSIDE);
    expect([f?.start, f?.end]).toEqual([text.indexOf('down'), text.indexOf(' lol')]);
    expect(f?.severity).toBe('block');
  });
});
