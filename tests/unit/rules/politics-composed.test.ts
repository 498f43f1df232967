/**
 * Politics, round 3: signals composed from parts — campaign hashtags built on a political root,
 * weak words of different kinds confirming each other, word senses decided by the next word.
 */
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';

const BASE: Policy = { company: { names: ['Acme'], domains: ['acme.com'] } };
const resolved = resolvePolicy([{ source: 'file', policy: BASE }]).policy;
const quotes = (text: string) =>
  checkPost({ text }, resolved)
    .filter((f) => f.rule === 'politics')
    .map((f) => text.slice(f.start, f.end));

describe('politics: campaign and protest hashtags', () => {
  const cases: [string, string[]][] = [
    ['#StandWithTaiwan 🇹🇼', ['#StandWithTaiwan']],
    ['Never forget. #FreeIran', ['#FreeIran']],
    ['Families torn apart today. #AbolishICE', ['#AbolishICE']],
    ['Enough. #StarmerOut', ['#StarmerOut']],
    ['#TrudeauMustGo before the budget', ['#TrudeauMustGo']],
    ['Knocking on doors all weekend #VoteLabour', ['#VoteLabour']],
    ['Grabbing popcorn for tonight 🍿 #Debate2024', ['#Debate2024']],
    ['Bring them home 🎗️ #BringThemHomeNow', ['#BringThemHomeNow']],
    ['Ukraine, we stand with you. Always.', ['Ukraine']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  const clean = [
    'Order today for #FreeShipping on every Anvil plan',
    'Thinking of our Taipei team tonight #PrayForTaiwan',
    'Our team is ready for the #debate club finals',
    'Winter is coming #StopTheClock on your SLA timers',
    'Catch our CTO at #VoteForAcme in the DevTools awards',
  ];
  it.each(clean)('stays quiet: %s', (text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('politics: weak words of different kinds confirm each other', () => {
  const cases: [string, string[]][] = [
    ["Washington's tariffs are crushing small farms like ours.", ["Washington's", 'tariffs']],
    ['The elites in Westminster have never run a business.', ['elites', 'Westminster']],
    ["The government's new border plan is cruel.", ["The government's", 'border']],
    ['Westminster has abandoned refugees.', ['Westminster', 'refugees']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  const clean = [
    // Two issue words, or two office words, never confirm each other.
    'Cross-border tariffs explained in five minutes.',
    'The president visited our Washington office today.',
    // An office that is someone's own or an address.
    'Our Washington warehouse now handles tariff classification.',
    'Washington state tariffs on apples: what exporters need to file.',
    // Ordinary business context near the words.
    'Tariffs are changing in Washington: how our customers can update landed costs.',
    'Kitchen cabinet trends: borders and trims.',
  ];
  it.each(clean)('stays quiet: %s', (text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('politics: senses and spellings', () => {
  const cases: [string, string[]][] = [
    ['honestly if trump wins again im moving to portugal lol', ['trump']],
    ['Roe v. Wade being overturned was a dark day.', ['Roe v. Wade']],
    ['cant beleive ppl voted for this goverment again smh', ['voted']],
    ['Standing with Israel today and every day.', ['Israel']],
    ['Pakistan army chief threatening India again.', ['Pakistan']],
    ['Rishi had his chance. Landslide incoming.', ['Rishi']],
    ['Imagine thinking a convicted felon should be president 🙄', ['president']],
    ['Sending love to everyone protesting the National Guard deployment.', ['National Guard']],
    ['The left has lost its mind.', ['The left']],
    ['Why the right keeps winning is no mystery.', ['the right']],
    ['Sen. Warren grilling bank CEOs is the best TV of the year.', ['Sen. Warren']],
    ['Gov. Newsom signed it anyway.', ['Gov. Newsom']],
    ["If you didn't vote, you don't get to complain.", ["didn't vote"]],
    ['Elon buying an election in broad daylight.', ['buying an election']],
    ['Ukraine, we stand with you.', ['Ukraine']],
    ['Time for a general strike. Workers of the world, unite ✊', ['general strike', 'Workers of the world']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  const clean = [
    'Does experience trump credentials? We think it does.',
    'Election season for our employee resource groups: nominate a colleague to lead the ERG.',
    'Join our Capitol Hill office hours for public sector customers.',
    'Proud of our Kyiv team for standing with our customers through every outage.',
    'We stand with our customers in Israel through every outage.',
    'Our Lahore office in Pakistan is hiring an army of engineers.',
    'The left panel shows your routes. Pick the right tool for the job.',
    'The left is empty: drag a widget here.',
    'Thanks to our sales rep. Jordan will follow up.',
    "Don't vote for features, vote for outcomes.",
    'New in Anvil: tariff codes auto-filled for every border crossing.',
  ];
  it.each(clean)('stays quiet: %s', (text) => {
    expect(quotes(text)).toEqual([]);
  });
});
