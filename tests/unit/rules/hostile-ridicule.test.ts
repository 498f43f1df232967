/**
 * Ridicule by conventional idiom (round 6 of the hostile rule): mocking someone's intelligence,
 * worth, looks, body or speech; stereotypes opened by "typical"; backhanded compliments;
 * superlative verdicts; "is a walking …"; and the word classes widened with them. Each case checks
 * the text every finding points at.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from './hostile-support';

describe('hostile ridicule: must fire', () => {
  const cases: [string, string[]][] = [
    // Intelligence and worth, with a person in the sentence or the one before.
    [
      'Customer of the day: guy who could not find the any key. Natural selection is clearly on holiday.',
      ['Natural selection'],
    ],
    ['The patient in bed 4 is back with the same fake chest pain. Waste of a bed.', ['Waste of a bed']],
    ['The patient in room 12 is the reason warning labels exist.', ['warning labels exist']],
    ['Every post he writes lowers the average IQ of this site.', ['lowers the average IQ']],
    ['Each agent dumber than the last.', ['dumber than']],
    // Looks and body.
    ['Saw the new head of sales in person. Face for radio.', ['Face for radio']],
    ['He has aged like milk.', ['aged like milk']],
    ['Sat next to a guy who needed two seatbelt extenders.', ['seatbelt extenders']],
    // Speech: the accent phrases need a person; the comprehension ones also a word about speech.
    ['Had a call with someone with the thickest accent imaginable.', ['thickest accent']],
    ['Off to the Midlands. Wish me luck understanding a single word they say, lol.', ['understanding a single word']],
    [
      'Our new hire pitched the client and half the room needed a translator. Sounded like a banjo.',
      ['needed a translator'],
    ],
    // Stereotypes, backhanded compliments, superlative verdicts, "a walking …".
    ['Three-hour lunch and one email answered. Typical French work ethic 🥖', ['Typical French work ethic']],
    ['Typical Aussie manners.', ['Typical Aussie manners']],
    ['Pretty smart for a woman, honestly.', ['Pretty smart for a woman']],
    ['Impressive, honestly, for someone with your résumé.', ['Impressive, honestly, for someone with your']],
    ['Genuinely the most boring man alive.', ['boring man alive']],
    ["He's a walking midlife crisis with a microphone.", ['a walking midlife']],
    // Animals: a fragment opened by "like" describes the people of the sentence before.
    ['The cleaners in our building are so slow. Like watching sloths mop.', ['Like watching sloths']],
    // Reply dismissals and basic-ability mockery.
    ['Log off and let the grown-ups talk.', ['let the grown-ups talk']],
    ['Wrong thread for this take. Log off.', ['Log off']],
    ["Sir, you can't even spell ibuprofen.", ["can't even spell"]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
});

describe('hostile ridicule: must stay quiet', () => {
  it.each([
    // Said of the author, or of no one.
    'I have a face for radio, which is why I started a podcast.',
    'My last two brain cells are on strike today.',
    "I'm a walking disaster before coffee.",
    'This tweet aged like milk.',
    'Exercise helps you grow new brain cells.',
    'Natural selection explains why finches on different islands have different beaks.',
    // Translators and words with no one's speech mocked.
    'We need a translator for the Tokyo launch.',
    "Our client needs a translator for Tuesday's call.",
    "I can't understand a word of German yet.",
    'My accent gets thicker with every coffee.',
    // Praise, crafts and weather; praise for a product.
    'My team lead is a walking encyclopedia of SQL.',
    'We did a walking tour of Lisbon.',
    'She was the kindest woman alive.',
    'Typical British weather today.',
    'Typical German engineering, love it.',
    'This course is great for someone with your background.',
    // People staff have to cope with, reported rather than insulted.
    'Our nurses deal with abusive patients every week. Today we launch a safety program.',
    'Team building is like herding cats.',
    'Time to log off for the weekend.',
  ])('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});
