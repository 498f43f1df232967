/** Validation of malformed policies as the store applies them: path, reason, and the rest applies. */
import { describe, expect, it } from 'vitest';
import { readManagedPolicy } from '../../src/core/policy/managed';
import { buildPolicyState } from '../../src/core/policy/state';

const errorsOf = (raw: unknown) => readManagedPolicy(raw).errors;

describe('malformed managed policies', () => {
  it('wrong types', () => {
    expect(
      errorsOf({
        rules: { politics: { severity: 3 }, tagging: { allow: '@AcmeCorp' } },
        company: { names: 'Acme' },
        failClosed: 'yes',
        quietPeriods: {},
      }),
    ).toEqual(
      expect.arrayContaining([
        { path: 'rules.politics.severity', message: 'expected one of off, info, warn, block' },
        { path: 'rules.tagging.allow', message: 'expected a list of strings' },
        { path: 'company.names', message: 'expected a list of strings' },
        { path: 'failClosed', message: 'expected true or false' },
        { path: 'quietPeriods', message: 'expected a list of quiet periods' },
      ]),
    );
  });

  it('unknown keys, at the top, in a rule and among the rules', () => {
    const { errors, policy } = readManagedPolicy({
      colour: 'blue',
      rules: { politics: { severity: 'block', sevrity: 'warn' }, 'no-such-rule': { severity: 'block' } },
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'colour', message: 'unknown field' },
        { path: 'rules.politics.sevrity', message: 'unknown field' },
        { path: 'rules.no-such-rule', message: 'unknown field' },
      ]),
    );
    expect(policy).toEqual({ rules: { politics: { severity: 'block' } } });
  });

  it('bad dates and periods that end before they start', () => {
    const errors = errorsOf({
      quietPeriods: [
        { start: '15/12/2026', end: '2027-01-29' },
        { start: '2027-02-01', end: '2027-01-01' },
        { start: '2026-04-01', end: '2026-04-30', label: 'Q1' },
      ],
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'quietPeriods.0.start', message: 'expected a date as YYYY-MM-DD' },
        { path: 'quietPeriods.1', message: 'expected end on or after start' },
      ]),
    );
    const state = buildPolicyState(
      {},
      {
        quietPeriods: [
          { start: '15/12/2026', end: '2027-01-29' },
          { start: '2026-04-01', end: '2026-04-30', label: 'Q1' },
        ],
      },
    );
    // The bad period is dropped, the good one applies.
    expect(state.policy.quietPeriods).toEqual([{ start: '2026-04-01', end: '2026-04-30', label: 'Q1' }]);
  });

  it('empty lists are valid values: IT can force an empty allow list', () => {
    const state = buildPolicyState(
      { rules: { tagging: { allow: ['@friend'] } } },
      { rules: { tagging: { allow: [] } } },
    );
    expect(state.managedErrors).toEqual([]);
    expect(state.policy.rules.tagging.allow).toEqual([]);
    expect(state.locked).toEqual(['rules.tagging.allow']);
  });

  it('empty strings inside lists are reported and dropped; the rest of the list applies', () => {
    const state = buildPolicyState({}, { company: { names: ['Acme', '  ', 'Acme Corp'] } });
    expect(state.managedErrors).toEqual([{ path: 'company.names.1', message: 'expected a non-empty string' }]);
    expect(state.policy.company.names).toEqual(['Acme', 'Acme Corp']);
  });

  it('huge lists and huge terms are refused with the bound', () => {
    const many = Array.from({ length: 5001 }, (_, i) => `term${i}`);
    expect(errorsOf({ company: { products: many } })).toEqual([
      { path: 'company.products', message: 'expected at most 5000 items' },
    ]);
    expect(errorsOf({ company: { names: ['x'.repeat(201)] } })).toEqual([
      { path: 'company.names.0', message: 'expected at most 200 characters' },
    ]);
  });

  it('not an object at all', () => {
    expect(readManagedPolicy(['a']).errors).toEqual([]);
    expect(readManagedPolicy(['a']).present).toBe(false);
    expect(buildPolicyState('nonsense', {}).userErrors).toEqual([
      { path: '(policy)', message: 'expected a JSON object' },
    ]);
  });
});
