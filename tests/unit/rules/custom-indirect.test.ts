import { describe, expect, it } from 'vitest';
import { firesFor } from './indirect-support';

const fires = firesFor('custom');

describe('custom: betting slang', () => {
  it.each([
    "parlay hit, 4 legs, $20 to $610. first round's on me friday",
    'Cheltenham this week, got a tenner each way on the 4:10',
    'took the over on the Lakers game at -110',
    'same game multi busted on the last leg again',
    'a fiver on Arsenal to win 2-1',
  ])('fires: %s', (text) => {
    expect(fires(text, '@pete')).toBe(true);
  });
  it.each([
    '4 legs of the relay done, 20 km to go',
    'Spent a tenner on lunch, worth it',
    'Each way we tried, the build broke',
    'We moved to a multi region setup last week',
  ])('no finding: %s', (text) => {
    expect(fires(text, '@pete')).toBe(false);
  });
});
