/** What the analyst-stock tests share: the company, its quiet period, and moments in and out of it. */
import type { Policy } from '../../../src/core/policy/types';

export const ACME: Policy = {
  company: {
    names: ['Acme', 'Acme Corp'],
    tickers: ['ACME'],
    domains: ['acme.com'],
    products: ['Roadrunner'],
    accounts: ['@AcmeCorp'],
  },
  quietPeriods: [{ start: '2026-12-15', end: '2027-01-29', label: 'Q4 results' }],
};
export const OUTSIDE = new Date('2026-06-01T12:00:00Z');
export const INSIDE = new Date('2026-12-20T12:00:00Z');
