import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';

const policy = resolvePolicy([
  { source: 'file', policy: { company: { names: ['Acme'], domains: ['acme.com'] } } },
]).policy;
const quoted = (text: string) =>
  checkPost({ text }, policy)
    .filter((f) => f.rule === 'politics')
    .map((f) => text.slice(f.start, f.end));

describe('politics: said sideways, must fire', () => {
  // [post text, the text of every finding]
  const cases: [string, string[]][] = [
    // A politician tagged through the title in the handle.
    ['@SenatorBlanchard how about answering the question instead of posting selfies', ['@SenatorBlanchard']],
    ['Hey @RepDianaOrtiz, still waiting on that town hall', ['@RepDianaOrtiz']],
    ['cc @GovKathyHochul the trains are late again', ['@GovKathyHochul']],
    // A re-election chant, alone or aimed at a person.
    ["Four more years? I'd rather eat my keyboard", ['Four more years']],
    ['FOUR MORE YEARS!!!', ['FOUR MORE YEARS']],
    ["If it's four more years I'm emigrating", ['four more years']],
    ["Imagine another four years of him. Actually don't.", ['another four years']],
    // A mocking nickname.
    ["the way the orange guy talks about tariffs you'd think he invented trade", ['orange guy']],
    ['That tangerine clown is on TV again', ['tangerine clown']],
    // A protest slogan: "Free" opens the clause, the cause closes it.
    ['nobody in Europe cares. Free Belarus!', ['Free Belarus']],
    ['Free Navalny, free them all.', ['Free Navalny']],
    ['stay strong #FreeGeorgia', ['#FreeGeorgia']],
    // Those in power accused, across auxiliaries, misspelt or abbreviated.
    ['In my country the goverment is stealing from people every day', ['goverment is stealing']],
    ['the govt is corrupt top to bottom', ['govt is corrupt']],
    ['The regime jailed my cousin for a post', ['regime jailed']],
    ['Government keeps stealing our taxes', ['Government keeps stealing']],
    // "woke" as a culture-war adjective.
    ['woke HR strikes again: mandatory pronoun training 9am on a friday', ['woke']],
    ['The woke crowd is mad about the new ad again', ['woke']],
    ['Hollywood went full woke and wonders why nobody watches', ['woke']],
    ['So woke it hurts.', ['woke']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('politics: said sideways, must stay quiet', () => {
  const cases = [
    // Handles that start like a title but are not one.
    'Thanks @SenseiMaria for the great judo class tonight!',
    'Big shout out to @RepairCafeLondon for fixing 40 toasters',
    '@GovTechSummit was packed, great panel on cloud procurement',
    // The time a contract, a job or a degree lasts.
    'Four more years of partnership with @NorthwindTraders, contract renewed today!',
    'Four more years until my kid finishes uni, send coffee',
    'Just signed on for four more years at Acme and could not be happier',
    'Another four years of data shows churn dropping every quarter',
    // Orange things and people that are not a nickname.
    'Our orange team won the hackathon, congrats everyone!',
    'Sleepy Monday, coffee first then standup',
    // "Free" as a price.
    'Free shipping in Belarus and Poland starting Monday!',
    'Free webinar: how Estonia built digital government services',
    // Government as a customer; "lies" as where something sits.
    'We help government agencies modernise legacy payroll systems',
    'Most government data lies in silos nobody can query',
    // "woke" as a verb.
    'woke up at 5am for the launch, worth it',
    'The alarm woke me before the keynote',
    'I woke early and shipped the fix before standup',
    'Woke up to 200 signups overnight!',
    'Woke today to great news: we closed our Series B',
    // Business context near a chant or a nickname; an idiom after "stole".
    'Four more years! Our partnership with Northwind is renewed',
    'the orange guy from the Fanta ad is hilarious',
    'Government stole the show at the awards, congrats team',
  ];
  it.each(cases)('%s', (text) => {
    expect(quoted(text)).toEqual([]);
  });
});
