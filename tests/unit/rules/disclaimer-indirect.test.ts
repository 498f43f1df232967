import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';

const ACME: Policy = {
  company: {
    names: ['Acme', 'Acme Corp'],
    tickers: ['ACME'],
    domains: ['acme.com'],
    products: ['Roadrunner', 'Anvil'],
    accounts: ['@AcmeCorp', '@AcmeSupport'],
  },
  rules: { custom: { topics: ['gambling', 'cryptocurrency'] } },
};

function fires(text: string, handle: string): boolean {
  const post = { text, site: 'x' as const, account: { handle } };
  return checkPost(post, resolvePolicy([{ source: 'file', policy: ACME }]).policy).some((f) => f.rule === 'disclaimer');
}

describe('disclaimer: self-introductions disclose', () => {
  it.each([
    'Proud Acme engineer here: our team open-sourced a library today. PRs welcome!',
    'Acme SRE here, yes we saw the outage and Roadrunner is back up',
    'Longtime Acme designer, first-time poster: how we redesigned the dashboard',
    '(Acme engineer, obvious bias) Roadrunner 4.0 is out',
    'Former Acme PM here. The new Anvil pricing makes sense',
  ])('no finding: %s', (text) => {
    expect(fires(text, '@jane')).toBe(false);
  });
  it.each([
    'Happy Acme customer here: Roadrunner saved us hours',
    'Acme Summit attendee here! Loved the keynote',
    'Love the Acme engineers here, great support this week',
    'Met an Acme engineer here, Roadrunner looks great',
  ])('still fires: %s', (text) => {
    expect(fires(text, '@jane')).toBe(true);
  });
});
