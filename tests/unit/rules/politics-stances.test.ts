/**
 * Round 3: three classes the rule used to miss — a group targeted by law-making, a politician by
 * short name where politicians act, and a stance on a policy question — with their near misses.
 */
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';

const policy = resolvePolicy([
  { source: 'file', policy: { company: { names: ['Acme'], domains: ['acme.com'] } } },
]).policy;
const findings = (text: string) => checkPost({ text }, policy).filter((f) => f.rule === 'politics');
const spans = (text: string) => findings(text).map((f) => [f.start, f.end]);

// [post text, expected [start, end] of every finding] (UTF-16 offsets).
type Case = [string, number[][]];

describe('politics: a group targeted by law-making', () => {
  const fire: Case[] = [
    ['Transgender kids deserve protection, not legislation designed to erase them.', [[0, 11]]],
    ['So the state just passed a law banning drag shows anywhere kids might see them.', [[39, 49]]],
    // The law may open a long clause that the group closes.
    ['The governor just signed an order cutting funds to any school that teaches about systemic racism.', [[81, 96]]],
    ['Lawmakers want to criminalize homeless people for sleeping outside.', [[30, 38]]],
  ];
  it.each(fire)('fires: %s', (text, expected) => expect(spans(text)).toEqual(expected));

  it.each([
    'Our LGBTQ+ ERG is hosting a Pride breakfast on Friday — allies very welcome!',
    'Proud to launch our Pride campaign celebrating LGBTQ employees and customers.',
    // The company's own rule, not a law.
    'We ban discrimination against LGBTQ people at every level of Acme.',
    'Volunteering at the homeless shelter with the team today.',
    'Women in Tech recap: the best tip of the night was to ban jargon from onboarding docs.',
    // A law and a group in different sentences are not a law aimed at the group.
    'Congrats to our queer founders cohort! Separately, the new privacy law takes effect in May.',
  ])('stays quiet: %s', (text) => expect(findings(text)).toEqual([]));

  it('says the group is a hot-button topic', () => {
    expect(
      findings('Transgender kids deserve protection, not legislation designed to erase them.')[0]?.message,
    ).toMatch(/^Raises “Transgender”, a political hot-button topic/);
  });
});

describe('politics: a politician by short name where politicians act', () => {
  const fire: Case[] = [
    ['AOC absolutely destroyed that CEO in the hearing today. Legend.', [[0, 3]]],
    ['MTG yelling at the witnesses through the whole committee session again', [[0, 3]]],
    ['Rishi fumbling every question at PMQs again.', [[0, 5]]],
    ['Kemi at the dispatch box today', [[0, 4]]],
    ['Tulsi sworn in this morning. Wild times.', [[0, 5]]],
  ];
  it.each(fire)('fires: %s', (text, expected) => expect(spans(text)).toEqual(expected));

  it.each([
    'Bernie from our support team gave a killer speech at the offsite. Legend.',
    'Kamala on our design team absolutely destroyed that client presentation today.',
    'Boris, our office dog, crashed the all-hands speech again',
    // A determiner makes the name a modifier: a product, not the politician.
    'Endless debate on the team about whether the AOC monitor or the Dell is better for coding.',
    'Warren chaired the audit committee meeting today.',
    'Kennedy delivered the opening speech at the hearing aid expo.',
    'Great hearing from Bernie on the podcast about onboarding.',
    'Thanks Hillary for the great speech at the team dinner!',
    'Rishi grilled the steaks at our team BBQ.',
  ])('stays quiet: %s', (text) => expect(findings(text)).toEqual([]));

  it('still reads "a Bernie rally" as the politician', () => {
    expect(spans('Went to a Bernie rally in Detroit last night.')).toEqual([[10, 16]]);
  });
});

describe('politics: a stance on a policy question', () => {
  const fire: Case[] = [
    ["Marijuana should be legal everywhere and I'm tired of pretending otherwise.", [[0, 25]]],
    ['The monarchy honestly should be abolished.', [[0, 41]]],
    ['Psychedelics should never have been criminalized.', [[0, 48]]],
    ['legalize weed and expunge the records', [[0, 13]]],
    ['Ban all handguns.', [[0, 16]]],
    ['We must abolish the death penalty.', [[8, 33]]],
    ['Keep abortion legal!', [[5, 19]]],
    // "our country" is still a public place.
    ['Firearms should be banned in our country.', [[0, 25]]],
  ];
  it.each(fire)('fires: %s', (text, expected) => expect(spans(text)).toEqual(expected));

  it.each([
    'Meetings before 10am should be banned. Who is with me?',
    'Reply-all should be illegal on company-wide emails',
    'Pineapple on pizza should be illegal. Fight me',
    'Legalize naps at work! Our new quiet room opens Monday.',
    'We abolished the annual review and replaced it with monthly check-ins.',
    // A house rule, not a law.
    "TikTok should be banned from our team's Slack channels lol",
    'Drugs should be banned from the office, obviously.',
    // The policy object must be the subject itself, right before the modal.
    "Guns N' Roses should be legal tender lol",
    'The cannabis industry should be ready for new compliance rules.',
    'Drugs should be approved faster. Our platform cuts review prep by 40%.',
    'Sports betting is now legal in Ohio, big opportunity for our ad business.',
  ])('stays quiet: %s', (text) => expect(findings(text)).toEqual([]));

  it('names the stance in the message', () => {
    expect(findings('Sex work should be legal and regulated.')[0]?.message).toMatch(
      /^Takes a side on a policy question \(“Sex work should be legal”\)/,
    );
  });
});
