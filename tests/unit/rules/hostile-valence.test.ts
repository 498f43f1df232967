/**
 * The hostile rule's valence signal: AFINN-165 words rated -2 or lower count as hostile only where
 * grammar makes them a verdict on someone other than the author. Each case checks the text every
 * finding points at.
 */
import { describe, expect, it } from 'vitest';
import { valenceList } from '../../../src/core/rules/hostile/valence';
import { flagged } from './hostile-support';

describe('hostile valence: must fire', () => {
  const cases: [string, string[]][] = [
    // The predicate of a person, a whole list of verdicts reported once.
    [
      'The contractors were careless, sloppy and frankly hopeless.',
      ['The contractors were careless, sloppy and frankly hopeless'],
    ],
    ["My flatmate is so selfish it's unreal.", ['My flatmate is so selfish']],
    ['Honestly you are inconsiderate.', ['you are inconsiderate']],
    [
      'The guy who fitted our kitchen was irresponsible from day one.',
      ['The guy who fitted our kitchen was irresponsible'],
    ],
    // "they" standing for people named just before.
    ['Emailed the agency twice. They were insensitive.', ['They were insensitive']],
    // An adjective before a particular person, or a sentence that is the verdict.
    ['This stingy landlord raised the rent again.', ['This stingy landlord']],
    ['The receptionist ignored us for ten minutes. Selfish person.', ['Selfish person']],
    ['What a sad, selfish man.', ['What a sad, selfish man']],
    ['Stop talking over everyone, you ungrateful person.', ['you ungrateful person']],
    ['Queue jumpers everywhere, filthy animals.', ['filthy animals']],
    ['Worthless, Kevin.', ['Worthless, Kevin']],
    // Contempt, shaming and accusations against the author or the reader.
    ['Everyone in the office hates you.', ['hates you']],
    ['I loathe my supervisor.', ['loathe my supervisor']],
    ['After that stunt you ought to feel ashamed.', ['you ought to feel ashamed']],
    ['The agency cheated us on every invoice.', ['The agency cheated us']],
    ['The seller who deceived me about the warranty has gone quiet.', ['The seller who deceived me']],
  ];
  for (const [text, expected] of cases) {
    it(text, () => expect(flagged(text)).toEqual(expected));
  }
});

describe('hostile valence: stays quiet', () => {
  const quiet = [
    // Things, weather, bugs, products, sport.
    'The new release is awful: slow, ugly and buggy.',
    'Awful weather today. Miserable, grey and wet.',
    'This race condition is evil.',
    'Rovers were dreadful today, the defence was asleep.',
    'Your dashboard is confusing.',
    'ACME is a screaming buy at this price.',
    'Risk management is boring until it is not.',
    // The author, feelings and misfortunes.
    'I was selfish and impatient in my first job.',
    'Our customers were frustrated and we fixed it.',
    "If you're anxious about the reorg, you're not alone.",
    'The team is exhausted after launch week.',
    'My colleague is sick this week.',
    // Generic, conditional, negated and quoted.
    'Bad managers blame. Good managers coach.',
    'Never hire people who are rude to waiters.',
    'If you are careless with passwords, expect trouble.',
    'Not selfish at all, just careful.',
    "The memo called the night shift 'worthless' and the CEO apologised.",
    // Fiction and capitalised things after a preposition.
    'The villain in Succession is so cruel and petty, brilliant writing.',
    // A feeling with no one shamed; things hated; news about others.
    'I feel ashamed I missed the deadline.',
    'I hate flaky tests.',
    'The fraudster defrauded investors of millions, the court heard.',
    'We mocked up three designs for the client.',
  ];
  for (const text of quiet) {
    it(text, () => expect(flagged(text)).toEqual([]));
  }
});

describe('valence list', () => {
  const list = valenceList();
  const byTerm = new Map(list.entries.map((e) => [e.term, e.data as { score: number; verdict: boolean }]));
  it('holds only words rated -2 or lower', () => {
    expect([...byTerm.values()].every((v) => v.score <= -2)).toBe(true);
    expect(byTerm.has('lazy')).toBe(false); // -1
  });
  it('marks feelings and participles as not verdicts', () => {
    expect(byTerm.get('dishonest')?.verdict).toBe(true);
    expect(byTerm.get('worried')?.verdict).toBe(false);
    expect(byTerm.get('sad')?.verdict).toBe(false);
  });
});
