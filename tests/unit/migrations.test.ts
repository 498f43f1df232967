import { describe, expect, it } from 'vitest';
import { migrateSettings, SETTINGS_VERSION } from '../../src/core/policy/migrations';
import { deleteAt, isLocked, leafPaths, setAt, stripLocked } from '../../src/core/policy/paths';
import { diffFromDefaults, prepareUserSettings } from '../../src/core/policy/user-settings';
import { validatePolicy } from '../../src/core/policy/validate';

describe('settings migrations', () => {
  it('lifts unversioned pre-release settings: level → severity, handles → accounts, quietPeriod → list', () => {
    const result = migrateSettings(
      {
        rules: { politics: { level: 'block' }, tagging: { level: 'warn', allow: ['@a'] } },
        company: { handles: ['@AcmeCorp'], names: ['Acme'] },
        quietPeriod: { start: '2026-12-15', end: '2027-01-29' },
      },
      undefined,
    );
    expect(result).toEqual({
      migrated: true,
      version: SETTINGS_VERSION,
      settings: {
        rules: { politics: { severity: 'block' }, tagging: { severity: 'warn', allow: ['@a'] } },
        company: { accounts: ['@AcmeCorp'], names: ['Acme'] },
        quietPeriods: [{ start: '2026-12-15', end: '2027-01-29' }],
      },
    });
    // The result is a valid policy with no errors.
    expect(validatePolicy(result.settings).errors).toEqual([]);
  });

  it('keeps the new spelling when both are present', () => {
    const { settings } = migrateSettings({ rules: { politics: { level: 'off', severity: 'block' } } }, 0);
    expect(settings).toEqual({ rules: { politics: { severity: 'block' } } });
  });

  it('leaves current and newer settings alone, and has nothing to do for empty settings', () => {
    const current = { rules: { politics: { severity: 'block' } } };
    expect(migrateSettings(current, SETTINGS_VERSION)).toEqual({ settings: current, version: 1, migrated: false });
    expect(migrateSettings(current, SETTINGS_VERSION + 3).migrated).toBe(false);
    expect(migrateSettings({}, undefined).migrated).toBe(false);
    expect(migrateSettings('garbage', undefined).migrated).toBe(false);
  });

  it('does not mutate the stored object', () => {
    const stored = { rules: { politics: { level: 'block' } } };
    migrateSettings(stored, 0);
    expect(stored).toEqual({ rules: { politics: { level: 'block' } } });
  });
});

describe('user settings as stored', () => {
  it('stores only what differs from the defaults', () => {
    expect(
      diffFromDefaults({
        rules: { tagging: { severity: 'info', allow: [] }, politics: { severity: 'block' } },
        allowPause: true,
        failClosed: true,
        company: { names: [] },
      }),
    ).toEqual({ rules: { politics: { severity: 'block' } }, failClosed: true });
  });

  it('never keeps a locked value, and reports invalid ones', () => {
    const { settings, errors } = prepareUserSettings(
      { rules: { politics: { severity: 'off' }, tagging: { severity: 'nope' } }, company: { names: ['Acme'] } },
      ['rules.politics.severity'],
    );
    expect(settings).toEqual({ company: { names: ['Acme'] } });
    expect(errors).toEqual([{ path: 'rules.tagging.severity', message: 'expected one of off, info, warn, block' }]);
  });

  it('paths: leaves, locks below a managed value, set and delete with pruning', () => {
    const tree = { a: { b: 1, c: [1, 2] }, d: {} };
    expect(leafPaths(tree)).toEqual(['a.b', 'a.c']);
    expect(isLocked('company.names', ['company'])).toBe(true);
    expect(isLocked('company', ['company.names'])).toBe(false);
    expect(isLocked('company.namesake', ['company.names'])).toBe(false);
    expect(setAt({}, 'x.y.z', 1)).toEqual({ x: { y: { z: 1 } } });
    expect(deleteAt({ x: { y: { z: 1 } }, w: 2 }, 'x.y.z')).toEqual({ w: 2 });
    expect(stripLocked({ company: { names: ['a'], tickers: ['b'] } }, ['company.names'])).toEqual({
      company: { tickers: ['b'] },
    });
  });
});
