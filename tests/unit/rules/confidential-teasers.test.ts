/**
 * Told before it is out: a verdict on the company's current quarter in a post that points at the
 * coming release ("numbers drop on the 28th"), and a dated plan before its official notice
 * ("official notice goes out next month"). Either half alone is an ordinary post.
 */
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';

const POLICY: Policy = {
  company: { names: ['Acme'], products: ['Roadrunner'], domains: ['acme.com'], accounts: ['@AcmeCorp'] },
  rules: { confidential: {} },
};
const resolved = resolvePolicy([{ source: 'file', policy: POLICY }]).policy;

const flagged = (text: string, handle = '@someone') =>
  checkPost({ text, site: 'x', account: { handle } }, resolved)
    .filter((f) => f.rule === 'confidential')
    .map((f) => text.slice(f.start, f.end));

/** [text, the offending words every finding points at, in order] */
const MUST_FIRE: [string, string[]][] = [
  // A verdict on the quarter, named or in the company's voice, and the release still to come.
  ['Acme totally nailed Q2, trust me. Results land on the 6th.', ['nailed Q2']],
  ['Roadrunner had a blowout quarter 🚀 more at the earnings call next week', ['blowout quarter']],
  ['Q1 came in well ahead at Acme. Wait for the numbers on May 2 👀', ['Q1 came in well ahead']],
  ['We just had our worst quarter in years. Earnings drop Tuesday, brace yourselves', ['worst quarter']],
  ['This quarter has been brutal for us, you will see when the figures come out', ['This quarter has been brutal']],
  ['our Q3 is gonna shock people. the print is on the 24th', ['our Q3 is gonna']],
  ['We crushed it this half. Can’t wait for earnings day!', ['crushed it this half']],
  // A dated plan before its notice, whatever the notice is called and however it comes later.
  [
    'Partners: we are discontinuing the Basic plan on 31 August. The formal notice follows in two weeks.',
    ['The formal notice follows in two weeks'],
  ],
  ['Our Lyon site closes end of June, the all-staff memo goes out on Friday', ['the all-staff memo goes out']],
  [
    'We move every customer to the new billing system on Oct 1; the customer email is scheduled for next week.',
    ['the customer email is scheduled for next'],
  ],
  ['us devs know: the v3 SDK dies on Jan 15. press release not out until the 2nd', ['press release not out']],
];

const MUST_NOT_FIRE: string[] = [
  // The release is behind us, or the period is.
  'Acme reported a record quarter this morning. Proud to work here!',
  'We crushed it last quarter, and the report we published is on our IR site.',
  'Our best quarter ever was in 2021, and the numbers are out there for anyone to read.',
  'Great quarter, everyone. Thanks to all who joined the earnings call today.',
  // The release alone: no verdict.
  'Our Q4 earnings call is on Feb 3 at 8am ET, dial-in on our investor site.',
  // A verdict on something else, or by another company.
  'Best quarter of my life: new job, new city, new puppy. Housewarming on the 28th!',
  'We had a record quarter for blood donations at our office drive! Impact report comes out next month.',
  'Earnings next week: we think Globex will have a monster quarter.',
  'Globex crushed it this quarter and its earnings call is on Thursday.',
  'Our recruiting team crushed it this quarter: 40 new engineers onboarded!',
  // The notice is out, is someone else's, or is no notice of a plan.
  'As announced today, we are retiring the v1 app on Sept 30.',
  'Per the notice we sent last month, the legacy API goes away on June 1.',
  'The city closes Main St on June 1, official notice goes out next month. Plan your commute!',
  'We are at booth 42 on May 3! More announcements coming soon 👀',
  'We are closed until further notice after the storm on Jan 5.',
  'Our conference is on June 12 and the registration email goes out next week.',
];

describe('confidential: told before it is out', () => {
  it.each(MUST_FIRE)('fires on %j', (text, words) => {
    expect(flagged(text)).toEqual(words);
  });

  it.each(MUST_NOT_FIRE)('stays quiet on %j', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('says the plan waits for its notice', () => {
    const text = 'We sunset the old portal on March 3rd, the formal notice comes out next week';
    const f = checkPost({ text, site: 'x', account: { handle: '@someone' } }, resolved).find(
      (x) => x.rule === 'confidential',
    );
    expect(f?.message).toContain('wait for the official notice');
  });

  it('leaves the plan to the company account, which is the notice', () => {
    expect(
      flagged('We sunset the old portal on March 3rd, the customer email goes out next week', '@AcmeCorp'),
    ).toEqual([]);
  });
});
