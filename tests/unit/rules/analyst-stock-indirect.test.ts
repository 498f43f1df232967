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
  return checkPost(post, resolvePolicy([{ source: 'file', policy: ACME }]).policy).some(
    (f) => f.rule === 'analyst-stock',
  );
}

describe('analyst-stock: indirect target and deal talk', () => {
  it.each([
    'Jefferies just bumped their PT on us to 240. not saying anything. just saying.',
    'Goldman raised their target on us to $310 this morning. no comment.',
    'Am considering taking us private at $88. Funding secured.',
  ])('fires: %s', (text) => {
    expect(fires(text, '@mira')).toBe(true);
  });
  it.each([
    'Jefferies hosted a great fintech panel today, thanks for having me',
    'My PT session moved to 4 on Friday',
    'We raised our hiring target on us to 240 engineers',
  ])('no finding: %s', (text) => {
    expect(fires(text, '@mira')).toBe(false);
  });
});
