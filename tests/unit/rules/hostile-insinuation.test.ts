/**
 * Hostility without a hostile word: idioms of depravity, veiled threats, taunts at a former boss,
 * belittled complaints and doubt that a group can manage a basic task.
 * Each case checks the text every finding points at.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from './hostile-support';

describe('hostile insinuation: must fire', () => {
  const cases: [string, string[]][] = [
    // Depravity idioms after would/'d/who, said of others.
    ["My last company was run by people who'd sell their own mother for a promotion.", ['sell their own mother']],
    ['Worked under a VP who would stab you in the back for a parking spot.', ['stab you in the back']],
    ['Those partners would throw anyone under the bus to hit a number.', ['under the bus']],
    ["The leadership wouldn't cross the street to help you if you were on fire.", ['if you were on fire']],
    // Veiled threats as a clause of their own.
    [
      'To the guy who blocked the chargers: I know your plate. Watch yourself.',
      ['I know your plate', 'Watch yourself'],
    ],
    ['Know where you live, Derek. Keep talking.', ['Know where you live']],
    ['To whoever keyed my car: I know who you are.', ['I know who you are']],
    // Taunts near an employer cue.
    ['Congrats to my former manager on the new role. Your new reports have my sympathies.', ['have my sympathies']],
    [
      "Ex-boss liked my post. Hi Linda! Still taking credit for other people's slides?",
      ["Still taking credit for other people's slides"],
    ],
    // Belittled complaints said to "you".
    ['Maybe read the terms you agreed to before crying on Twitter.', ['crying on Twitter']],
    ['Instead of whining here, perhaps check your spam folder.', ['whining']],
    ['You people will complain about anything.', ['complain about anything']],
    ["It doesn't. Grow up.", ['Grow up']],
    // Doubt that a group can do a basic thing.
    [
      'Fingers crossed the locals can follow a simple instruction this time 🙄',
      ['Fingers crossed the locals can follow a simple instruction this time'],
    ],
    ['Praying the locals have heard of a queue', ['Praying the locals have heard of a queue']],
  ];
  for (const [text, spans] of cases) it(text, () => expect(flagged(text)).toEqual(spans));
});

describe('hostile insinuation: must not fire', () => {
  const clean = [
    'My grandmother would sell her famous pies at the county fair every summer.',
    'Would you sell your own company for the right price? Great panel on founder exits.',
    "I'd never throw my team under the bus, and neither should you.",
    'Good leaders would never throw their team under the bus.',
    'Watch yourself on the stairs by reception, they are freshly mopped.',
    'I know your plate is full this week, so no rush on the review!',
    'Still can’t believe it’s been a year since I joined Acme.',
    'You have my sympathies, losing a parent is hard.',
    'Learn what not to do in your first 90 days as a manager.',
    'My old boss taught me what to do when a launch slips. Still grateful?',
    'Before crying over a lost deal, we review what went wrong.',
    'You people are the best community a product team could ask for.',
    'When I grow up I want to run a company like this.',
    "Fingers crossed the weather holds for tomorrow's launch in Austin 🤞",
    'Fingers crossed the team can close it this time!',
    'Landing in Manila tomorrow! Cannot wait to meet the local team.',
  ];
  for (const text of clean) it(text, () => expect(flagged(text)).toEqual([]));
});
