import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';

const ALL = ['alcohol', 'gambling', 'cannabis', 'tobacco', 'cryptocurrency', 'firearms'];
const policyOf = (topics: string[]): Policy => ({ rules: { custom: { topics } } }) as Policy;
const spans = (text: string, topics: string[] = ALL) =>
  checkPost({ text, site: 'x' }, resolvePolicy([{ source: 'file', policy: policyOf(topics) }]).policy)
    .filter((f) => f.rule === 'custom')
    .map((f) => text.slice(f.start, f.end));

describe('custom: emoji that name a topic confirm its ambiguous words', () => {
  it.each([
    ['Mimosas on the terrace, don’t tell HR 🥂', 'Mimosas'],
    ['Drinks at the booth tonight 🍻', 'Drinks'],
    ['Slots night at the offsite 🎰', 'Slots'],
  ])('%s', (text, word) => {
    expect(spans(text)).toEqual([word]);
    // The same words without the emoji have nothing to confirm them.
    expect(spans(text.replace(/\s*\p{Extended_Pictographic}+$/u, ''))).toEqual([]);
  });

  it('never fire on their own', () => {
    expect(spans('Happy Friday from all of us 🍻🎰🚬')).toEqual([]);
  });

  it('count only for their own topic', () => {
    // 🍻 is alcohol, so it cannot confirm "slots" for gambling.
    expect(spans('Book your delivery slots today 🍻', ['gambling'])).toEqual([]);
  });

  it('count only near the word: a long post keeps its window', () => {
    const far = `Book your delivery slots today. ${'We ship faster than ever before with every plan. '.repeat(3)}🎰`;
    expect(spans(far)).toEqual([]);
  });
});

describe('custom: everyday vocabulary of the packs', () => {
  it.each([
    ["Who else has a parlay riding on tonight's game?", 'gambling', 'parlay'],
    ['Picked Duke to win it all in my bracket pool, $50 entry', 'gambling', 'bracket pool'],
    ['Slots night at the Bellagio with the sales team', 'gambling', 'Bellagio'],
    ['happy 4/20 everyone, spark one up for me', 'cannabis', 'happy 4/20'],
    ['Amsterdam offsite: canals, coffeeshops and a relaxed team', 'cannabis', 'coffeeshops'],
    ['Bought more sats this morning. Stacking until I can’t', 'cryptocurrency', 'sats'],
    ['airdrop season is back, farming every L2 I can find', 'cryptocurrency', 'airdrop season'],
    ['Sesh tonight for Dave’s leaving do', 'alcohol', 'Sesh'],
  ])('%s', (text, topic, word) => {
    expect(spans(text, [topic])).toContain(word);
  });

  it.each([
    'Evens out your workload across every driver.',
    'Our kids’ SATs results are in, so proud of them.',
    'A trifecta of launches this week: Anvil, Roadrunner and Acme Cloud.',
    'Study sesh before the AWS exam.',
    'Sunrise at 4:20 this morning over the harbour.',
    'Airdrop the route sheet straight to your drivers’ phones.',
    'We are building a talent pool for our Lisbon office.',
  ])('must not fire: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
