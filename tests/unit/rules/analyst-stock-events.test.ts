/**
 * Stock events told without the word "stock" (blind set two): the market's reaction to results,
 * an IPO lockup, a take-private price, shorts at a price, trading below cash, ratings "on us",
 * and grant sales across emphatic one-word sentences.
 */
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import { ACME, OUTSIDE } from './analyst-stock-support';

const policy = resolvePolicy([{ source: 'file', policy: ACME }]).policy;
const flagged = (text: string) =>
  checkPost({ text }, policy, { now: OUTSIDE })
    .filter((f) => f.rule === 'analyst-stock')
    .map((f) => text.slice(f.start, f.end));

/** [text, the words every finding points at, in order] */
const MUST_FIRE: [string, string[]][] = [
  ['-8% after the print. I will never understand this market', ['-8%']],
  ['+15% on earnings day. whoever said we could not do it, hi', ['+15%']],
  ['the market looked at our best quarter ever and said -12%. cool cool cool', ['-12%']],
  ['we printed a beat and got punished 9% for it. love that for us', ['punished 9%']],
  ['Record quarter. Down 7% on the day. Wall Street is a mood.', ['Down 7%']],
  ['lockup ends Tuesday, brace yourselves', ['lockup ends']],
  ['the IPO lockup expires next week. hold onto your hats', ['lockup expires']],
  ['Thinking about taking it private at 420. not a joke', ['taking it private at 420']],
  ['if we go private at 88 I am retiring to Portugal', ['go private at 88']],
  ['someone wants to buy us out at $120/share', ['$120/share']],
  ['$70 a share cash offer for us?? lowball', ['$70 a share']],
  ['to everyone shorting us at $150: see you soon', ['shorting us at $150']],
  ['bears were short us at 40. we are at 90 now', ['short us at 40']],
  ['we are trading below cash lol', ['trading below cash']],
  ['market cap less than our cash pile. explain this to me', ['market cap less than our cash']],
  ['Goldman raised their target on us to 310 this morning.', ['target on us to 310']],
  ['Morgan Stanley now has us at 275. receipts.', ['has us at 275']],
  ['two upgrades on us in one week?? Wall Street finally gets it', ['upgrades on us']],
  [
    'My RSUs vest on Friday. Every. Single. One. is getting sold. Bye',
    ['RSUs vest on Friday. Every. Single. One. is getting sold'],
  ],
  ['quarterly vest today. immediately sold. diversification is my love language', ['vest today. immediately sold']],
];

const MUST_NOT_FIRE = [
  'our NPS is up 14% on last quarter. customers noticed the new onboarding',
  'latency down 40% on the new cluster. market-leading speeds for everyone',
  'Our support team beat the Q3 response-time goal by 14%. proud of this crew',
  'results: +20% on signups, the market for devtools is hot',
  'Earnings are out. +20% revenue growth year over year',
  'the code freeze lockup ends Tuesday, brace yourselves for 40 PRs',
  'making my Instagram private at 88 followers. too much pressure',
  'we are taking the team offsite private for the day. funding secured',
  'we are running short on coffee again',
  'they shorted us 3 pallets on the last delivery',
  'cash is king: our invoicing tool gets you paid 2x faster',
  'our recruiter raised her target on us to 40 hires this quarter',
  'Free seat upgrades on us this week only!',
  'our Acme fleece vest is selling fast at the booth',
  'my new vest sold out in an hour',
];

describe('analyst-stock: stock events without the word "stock"', () => {
  it.each(MUST_FIRE)('flags %j', (text, spans) => expect(flagged(text)).toEqual(spans));
  it.each(MUST_NOT_FIRE)('leaves %j alone', (text) => expect(flagged(text)).toEqual([]));
});
