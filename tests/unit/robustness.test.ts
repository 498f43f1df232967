/**
 * Every rule over hostile and unusual text: no throw, offsets inside the text, in reasonable time.
 * Runs through checkPost with every rule on, custom topics set, the company described, and a
 * quiet period in force, from a company account and from a personal one.
 */
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../src/core/engine';
import { resolvePolicy } from '../../src/core/policy/resolve';
import type { Policy } from '../../src/core/policy/types';
import { type Post, RULE_IDS, SEVERITIES } from '../../src/core/types';

const NOW = new Date('2026-12-20T12:00:00Z');

const POLICY: Policy = {
  company: {
    names: ['Acme', 'Acme Corp'],
    tickers: ['ACME'],
    domains: ['acme.com'],
    products: ['Roadrunner'],
    accounts: ['@AcmeCorp', 'linkedin.com/company/acme'],
  },
  rules: {
    ...Object.fromEntries(RULE_IDS.map((id) => [id, { severity: 'warn' as const }])),
    custom: {
      severity: 'warn',
      topics: [
        'alcohol',
        'gambling',
        'cannabis',
        'tobacco',
        'cryptocurrency',
        'firearms',
        'Globex',
        { name: 'Rivals', terms: ['Initech'] },
      ],
    },
    confidential: { severity: 'warn', codenames: ['Falcon'], terms: ['Project Blue'] },
    politics: { severity: 'warn', terms: ['ballot measure 12'] },
    tagging: { severity: 'warn', allow: ['@friend'] },
  },
  quietPeriods: [{ start: '2026-12-15', end: '2027-01-29', label: 'Q4 results' }],
};
const RESOLVED = resolvePolicy([{ source: 'managed', policy: POLICY }]).policy;

/** A realistic paragraph that touches every rule, repeated up to the size limit. */
const BUSY =
  'Proud of the Acme team! 🚀 Roadrunner ships today — $ACME is a buy, price target $200 per @analyst. ' +
  'Vote for the bill, this damn thing is CONFIDENTIAL (Falcon, Q3 revenue will be up). Call 555-123-4567, ' +
  'card 4111 1111 1111 1111. Read bit.ly/3xYz and http://203.0.113.7/x or pаypal.com/login; beer o’clock with Globex, ' +
  'f**k those idiots at Initech. ana@acme.com #employee 東京 مرحبا שלום é\u0301 👩‍👩‍👧‍👦\n';
const ONE_MB = BUSY.repeat(Math.ceil(1_000_000 / BUSY.length)).slice(0, 1_000_000);

/**
 * Budgets are generous on purpose (two cores shared with the rest of the suite): they catch a
 * rule that hangs. Growth that is worse than linear is caught by the scaling test below.
 */
const SMALL = 3000;
const LARGE = 15_000;
const INPUTS: [name: string, text: string, budgetMs: number][] = [
  ['empty', '', SMALL],
  ['whitespace only', ' \n\t  \r\n ', SMALL],
  ['emoji and ZWJ sequences', '👩‍👩‍👧‍👦 Family day at Acme! 🎉🇺🇸 👍🏽 🏳️‍🌈 ❤️‍🔥 1️⃣ #️⃣ 🧑🏿‍💻', SMALL],
  ['RTL Arabic and Hebrew', 'مرحبا بكم في Acme! ‏שלום עולם‎ @AcmeCorp $ACME \u202Eevil.com\u202C انتخابات', SMALL],
  ['CJK', '今日はAcmeの新製品を発表します。東京で会いましょう！我们正在招聘。한국어 게시물 ＡＣＭＥ', SMALL],
  ['combining marks', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇ text f̶u̶c̶k̶ e\u0301 A\u030A\u0327 ﷽', SMALL],
  ['lone surrogates', 'abc \uD800 def \uDC00 @ana \uD83D bit.ly/\uDC00x \uDBFF', SMALL],
  [
    'control and zero-width characters',
    `a\u0000b\u200bc\u200dd\ufeffe\u00ad f\u0007u\u200bck ${'\u200b'.repeat(1000)}`,
    SMALL,
  ],
  ['10k @', '@'.repeat(10_000), LARGE],
  ['100k *', '*'.repeat(100_000), LARGE],
  ['100k #', '#'.repeat(100_000), LARGE],
  ['10k $', '$'.repeat(10_000), LARGE],
  ['masked-word storm', 'f**k '.repeat(20_000), LARGE],
  ['one 100k-letter word', 'a'.repeat(100_000), LARGE],
  ['100k dots', '.'.repeat(100_000), LARGE],
  ['long URL', `https://example.com/${'a/'.repeat(25_000)}?q=${'x'.repeat(20_000)}`, LARGE],
  ['many URLs', 'https://bit.ly/x '.repeat(5_000), LARGE],
  ['digits and separators', '4111 1111 1111 1111 '.repeat(5_000), LARGE],
  ['1 MB post', ONE_MB, 4 * LARGE],
];

function posts(text: string): Post[] {
  return [
    { text, site: 'x', surface: 'post', account: { handle: '@AcmeCorp' }, media: 2, mentions: [{ text: 'Globex' }] },
    {
      text,
      site: 'linkedin',
      surface: 'repost',
      account: { handle: '@ana' },
      openedLinks: ['https://acme.com'],
      quoted: { text: text.slice(0, 50_000) },
    },
  ];
}

describe('robustness: every rule over unusual input', () => {
  it('enables every rule', () => {
    for (const id of RULE_IDS) expect(RESOLVED.rules[id].severity).toBe('warn');
  });

  // Each input gets its own budget below; vitest's time-out only has to stay out of its way.
  it.each(INPUTS)(
    '%s: no throw, offsets within the text, in time',
    { timeout: 5 * 4 * LARGE },
    (_name, text, budgetMs) => {
      for (const post of posts(text)) {
        const started = performance.now();
        const findings = checkPost(post, RESOLVED, { now: NOW });
        const elapsed = performance.now() - started;
        expect(elapsed, `checked in ${elapsed.toFixed(0)} ms`).toBeLessThan(budgetMs);
        for (const f of findings) {
          expect(RULE_IDS).toContain(f.rule);
          expect(SEVERITIES).toContain(f.severity);
          expect(typeof f.message).toBe('string');
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.start === undefined).toBe(f.end === undefined);
          if (f.start === undefined || f.end === undefined) continue;
          expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(f.end).toBeLessThanOrEqual(text.length);
        }
      }
    },
  );

  /** Pathological shapes at 25k and 100k characters: 4× the text should cost about 4× the time. */
  const SHAPES: [string, (n: number) => string][] = [
    ['one long word', (n) => 'a'.repeat(n)],
    ['@ run', (n) => '@'.repeat(n)],
    ['* run', (n) => '*'.repeat(n)],
    ['masked words', (n) => 'f**k '.repeat(n / 5)],
    ['long URL', (n) => `https://example.com/${'a/'.repeat(n / 2)}`],
    ['busy prose', (n) => BUSY.repeat(Math.ceil(n / BUSY.length)).slice(0, n)],
  ];
  it.each(SHAPES)('%s: time grows about linearly with length', (_name, make) => {
    const fastest = (text: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        checkPost({ text, media: 1, account: { handle: '@AcmeCorp' } }, RESOLVED, { now: NOW });
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const small = fastest(make(25_000));
    const large = fastest(make(100_000));
    // Linear is 4×, quadratic 16×; 12× plus 20 ms leaves room for a busy two-core machine.
    expect(large, `25k: ${small.toFixed(1)} ms, 100k: ${large.toFixed(1)} ms`).toBeLessThan(12 * small + 20);
  });

  it('finds something in the busy paragraph (the inputs above do reach the rules)', () => {
    const rules = new Set(checkPost(posts(BUSY)[0] as Post, RESOLVED, { now: NOW }).map((f) => f.rule));
    expect(rules.has('risky-link')).toBe(true);
    expect(rules.has('image-rights')).toBe(true);
  });
});
