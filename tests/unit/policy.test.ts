import { describe, expect, it } from 'vitest';
import { defaultPolicy, resolvePolicy } from '../../src/core/policy/resolve';
import type { Policy } from '../../src/core/policy/types';
import { formatPolicyErrors, validatePolicy } from '../../src/core/policy/validate';
import { RULE_IDS } from '../../src/core/types';

const pathsOf = (input: unknown) => validatePolicy(input).errors.map((e) => e.path);

describe('validatePolicy', () => {
  it('accepts the example policy of DESIGN.md contract 2 as it is', () => {
    const example = {
      company: {
        names: ['Acme', 'Acme Corp'],
        tickers: ['ACME'],
        domains: ['acme.com'],
        products: ['Roadrunner'],
        accounts: ['@AcmeCorp', 'linkedin.com/company/acme'],
      },
      rules: { politics: { severity: 'block' }, tagging: { severity: 'warn' } },
      quietPeriods: [{ start: '2026-12-15', end: '2027-01-29', label: 'Q4 results' }],
      policyUrl: 'https://intranet.example.com/social-media-policy',
      failClosed: false,
      allowPause: true,
      requireAcknowledgement: true,
      version: '2026-1',
    };
    const { policy, errors } = validatePolicy(example);
    expect(errors).toEqual([]);
    expect(policy).toEqual(example);
  });

  it('reports a bad value with its path and reason, and keeps the rest of the policy', () => {
    const { policy, errors } = validatePolicy({
      company: { names: ['Acme'] },
      rules: { politics: { severity: 'loud' }, 'risky-link': { severity: 'block' } },
    });
    expect(formatPolicyErrors(errors)).toBe('rules.politics.severity: expected one of off, info, warn, block');
    expect(policy).toEqual({
      company: { names: ['Acme'] },
      rules: { politics: {}, 'risky-link': { severity: 'block' } },
    });
    // What survives still takes effect.
    const resolved = resolvePolicy([{ source: 'managed', policy }]).policy;
    expect(resolved.rules['risky-link'].severity).toBe('block');
    expect(resolved.rules.politics.severity).toBe(defaultPolicy().rules.politics.severity);
  });

  it('reports unknown fields at every level as "unknown field"', () => {
    const { errors, policy } = validatePolicy({
      colour: 'blue',
      company: { names: ['Acme'], ceo: 'Wile' },
      rules: { spelling: { severity: 'warn' }, 'risky-link': { severity: 'warn', loud: true } },
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'colour', message: 'unknown field' },
        { path: 'company.ceo', message: 'unknown field' },
        { path: 'rules.spelling', message: 'unknown field' },
        { path: 'rules.risky-link.loud', message: 'unknown field' },
      ]),
    );
    expect(errors).toHaveLength(4);
    expect(policy).toEqual({ company: { names: ['Acme'] }, rules: { 'risky-link': { severity: 'warn' } } });
  });

  it('reports bad dates and reversed quiet periods, keeping the good periods', () => {
    const good = { start: '2026-03-01', end: '2026-03-31' };
    const { errors, policy } = validatePolicy({
      quietPeriods: [{ start: '2026-13-01', end: '2026-12-31' }, { start: '2026-02-10', end: '2026-02-01' }, good],
    });
    expect(pathsOf({ quietPeriods: [{ start: 'next week', end: '2026-12-31' }] })).toContain('quietPeriods.0.start');
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['quietPeriods.0.start', 'quietPeriods.1']));
    expect(errors.find((e) => e.path === 'quietPeriods.1')?.message).toBe('expected end on or after start');
    expect(policy.quietPeriods).toEqual([good]);
  });

  it('reports wrong types with the field path', () => {
    expect(validatePolicy({ failClosed: 'yes' }).errors).toEqual([
      { path: 'failClosed', message: 'expected true or false' },
    ]);
    expect(validatePolicy({ policyUrl: 'ftp://x.example' }).errors[0]?.path).toBe('policyUrl');
    expect(validatePolicy({ rules: { tagging: { allow: ['@ok', 5] } } })).toEqual({
      policy: { rules: { tagging: { allow: ['@ok'] } } },
      errors: [{ path: 'rules.tagging.allow.1', message: 'expected a string' }],
    });
  });

  it('bounds huge lists and long terms instead of freezing the worker', () => {
    const started = performance.now();
    const { errors, policy } = validatePolicy({
      company: { names: Array.from({ length: 6000 }, (_, i) => `name ${i}`), domains: ['acme.com'] },
      rules: { tagging: { allow: ['x'.repeat(300), '@fine'] } },
    });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'company.names', message: 'expected at most 5000 items' },
        { path: 'rules.tagging.allow.0', message: 'expected at most 200 characters' },
      ]),
    );
    expect(policy.company?.domains).toEqual(['acme.com']);
    expect(policy.rules?.tagging?.allow).toEqual(['@fine']);
  });

  it('rejects what is not an object at all', () => {
    for (const input of [null, [1], 'policy', 3]) {
      expect(validatePolicy(input)).toEqual({
        policy: {},
        errors: [{ path: '(policy)', message: 'expected a JSON object' }],
      });
    }
  });

  it('does not modify its input', () => {
    const input = { rules: { politics: { severity: 'loud' } } };
    validatePolicy(input);
    expect(input).toEqual({ rules: { politics: { severity: 'loud' } } });
  });
});

describe('resolvePolicy', () => {
  it('fills every rule with its defaults', () => {
    const { policy } = resolvePolicy([]);
    expect(Object.keys(policy.rules).sort()).toEqual([...RULE_IDS].sort());
    expect(policy.rules.tagging.severity).toBe('info');
    expect(policy.rules['image-rights'].severity).toBe('info');
    expect(policy.rules['risky-link'].severity).toBe('warn');
    expect(policy).toMatchObject({ failClosed: false, allowPause: true, quietPeriods: [] });
  });

  it('layers defaults ⊕ user ⊕ managed, recording where each value came from', () => {
    const user: Policy = {
      rules: { politics: { severity: 'info' }, tagging: { severity: 'warn', allow: ['@friend'] } },
      allowPause: false,
    };
    const managed: Policy = { rules: { politics: { severity: 'block' } }, company: { names: ['Acme'] } };
    const { policy, sources } = resolvePolicy([
      { source: 'user', policy: user },
      { source: 'managed', policy: managed },
    ]);
    expect(policy.rules.politics.severity).toBe('block');
    expect(sources['rules.politics.severity']).toBe('managed');
    expect(policy.rules.tagging).toMatchObject({ severity: 'warn', allow: ['@friend'] });
    expect(sources['rules.tagging.allow']).toBe('user');
    expect(sources.allowPause).toBe('user');
    expect(sources['company.names']).toBe('managed');
    expect(sources['company.domains']).toBe('default');
    expect(sources['rules.profanity.severity']).toBe('default');
  });

  it('replaces lists whole: a list IT sets is exactly IT’s list', () => {
    const { policy } = resolvePolicy([
      { source: 'user', policy: { company: { domains: ['acme.com', 'mine.example'] } } },
      { source: 'managed', policy: { company: { domains: ['acme.com'] } } },
    ]);
    expect(policy.company.domains).toEqual(['acme.com']);
  });

  it('never shares state between resolutions or with its layers', () => {
    const layer: Policy = { company: { names: ['Acme'] } };
    const first = resolvePolicy([{ source: 'user', policy: layer }]).policy;
    first.company.names.push('Changed');
    first.rules.tagging.severity = 'off';
    expect(layer.company?.names).toEqual(['Acme']);
    expect(resolvePolicy([]).policy.rules.tagging.severity).toBe('info');
  });
});
