import { describe, expect, it } from 'vitest';
import { activeQuietPeriod, formatDay, periodName } from '../../src/core/quiet-periods';

const Q4 = { start: '2026-12-15', end: '2027-01-29', label: 'Q4 results' };
const Q1 = { start: '2027-01-20', end: '2027-02-10' };

describe('quiet periods', () => {
  it('covers whole days, both ends included (UTC)', () => {
    expect(activeQuietPeriod([Q4], new Date('2026-12-14T23:59:59Z'))).toBeUndefined();
    expect(activeQuietPeriod([Q4], new Date('2026-12-15T00:00:00Z'))).toBe(Q4);
    expect(activeQuietPeriod([Q4], new Date('2027-01-29T23:59:59Z'))).toBe(Q4);
    expect(activeQuietPeriod([Q4], new Date('2027-01-30T00:00:00Z'))).toBeUndefined();
  });

  it('picks the period that ends last when they overlap', () => {
    expect(activeQuietPeriod([Q4, Q1], new Date('2027-01-25T12:00:00Z'))).toBe(Q1);
  });

  it('ignores an invalid date', () => {
    expect(activeQuietPeriod([Q4], new Date('nonsense'))).toBeUndefined();
  });

  it('names the period and its end for messages', () => {
    expect(periodName(Q4)).toBe('the Q4 results quiet period');
    expect(periodName(Q1)).toBe('the quiet period');
    expect(periodName({ ...Q1, label: 'FY26 quiet period' })).toBe('the FY26 quiet period');
    expect(formatDay('2027-01-29', new Date('2027-01-02T00:00:00Z'))).toBe('29 January');
    expect(formatDay('2027-01-29', new Date('2026-12-20T00:00:00Z'))).toBe('29 January 2027');
  });
});
