/**
 * The background policy store against an in-memory browser storage: layering, provenance,
 * locks, the managed cache, live re-apply on Chromium's "everything changed" events, pause and
 * acknowledgement.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type Listener = (changes: Changes, area: string) => void;

const fake = vi.hoisted(() => {
  const areas = { sync: {}, local: {}, session: {} } as Record<'sync' | 'local' | 'session', Record<string, unknown>>;
  const listeners = new Set<Listener>();
  const state = {
    areas,
    listeners,
    managed: {} as Record<string, unknown>,
    /** When false, storage.managed never answers (Chromium's worker with no tab open). */
    managedAnswers: true,
    managedReads: 0,
    broadcasts: [] as unknown[],
    emit(changes: Changes, area: string) {
      for (const l of listeners) l(changes, area);
    },
    reset() {
      for (const a of Object.values(areas)) for (const k of Object.keys(a)) delete a[k];
      listeners.clear();
      state.managed = {};
      state.managedAnswers = true;
      state.managedReads = 0;
      state.broadcasts = [];
    },
  };
  return state;
});

vi.mock('../../src/platform/storage', () => ({
  async getItems(area: string, keys: string[]) {
    return Object.fromEntries(
      keys
        .filter((k) => k in fake.areas[area as 'local'])
        .map((k) => [k, structuredClone(fake.areas[area as 'local'][k])]),
    );
  },
  async setItems(area: string, items: Record<string, unknown>) {
    const changes: Changes = {};
    for (const [k, v] of Object.entries(items)) {
      changes[k] = { oldValue: fake.areas[area as 'local'][k], newValue: structuredClone(v) };
      fake.areas[area as 'local'][k] = structuredClone(v);
    }
    fake.emit(changes, area);
  },
  async removeItems(area: string, keys: string[]) {
    const changes: Changes = {};
    for (const k of keys) {
      changes[k] = { oldValue: fake.areas[area as 'local'][k] };
      delete fake.areas[area as 'local'][k];
    }
    fake.emit(changes, area);
  },
  readManagedStorage(timeoutMs: number) {
    fake.managedReads++;
    if (fake.managedAnswers) return Promise.resolve({ answered: true, items: structuredClone(fake.managed) });
    return new Promise((resolve) => setTimeout(() => resolve({ answered: false }), timeoutMs));
  },
  onStorageChanged(listener: Listener) {
    fake.listeners.add(listener);
    return () => fake.listeners.delete(listener);
  },
}));

vi.mock('../../src/platform/tabs', () => ({
  async broadcastToTabs(message: unknown) {
    fake.broadcasts.push(message);
    return 1;
  },
}));

async function freshStore() {
  vi.resetModules();
  const store = await import('../../src/background/policy-store');
  store.startPolicyStore();
  return store;
}

/** Waits until `condition` holds, checking after each pending promise and timer settles. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 1));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeEach(() => fake.reset());

describe('layering and provenance', () => {
  it('merges defaults, user and managed, records sources, and locks managed paths', async () => {
    fake.areas.sync.settings = {
      rules: { tagging: { severity: 'block', allow: ['@me'] }, politics: { severity: 'off' } },
      company: { names: ['Acme'] },
    };
    fake.areas.sync.settingsVersion = 1;
    fake.areas.local.managedCache = { items: { rules: { politics: { severity: 'block' } } }, readAt: 1 };
    fake.managed = { rules: { politics: { severity: 'block' } } };
    const store = await freshStore();
    const state = await store.getPolicyState();
    expect(state.policy.rules.politics.severity).toBe('block');
    expect(state.policy.rules.tagging).toMatchObject({ severity: 'block', allow: ['@me'] });
    expect(state.policy.rules.hostile.severity).toBe('warn');
    expect(state.sources).toMatchObject({
      'rules.politics.severity': 'managed',
      'rules.tagging.severity': 'user',
      'rules.tagging.allow': 'user',
      'rules.hostile.severity': 'default',
      'company.names': 'user',
      'company.tickers': 'default',
    });
    expect(state.locked).toEqual(['rules.politics.severity']);
    expect(state.managedPresent).toBe(true);
    // The user's "off" for politics is not applied and not kept in the user layer.
    expect(state.user.rules?.politics).toBeUndefined();
  });

  it('a managed list replaces the user list whole and locks it', async () => {
    fake.areas.sync.settings = { company: { names: ['Mine'], tickers: ['MINE'] } };
    fake.areas.local.managedCache = { items: { company: { names: ['Acme', 'Acme Corp'] } }, readAt: 1 };
    fake.managed = { company: { names: ['Acme', 'Acme Corp'] } };
    const { getPolicyState } = await freshStore();
    const state = await getPolicyState();
    expect(state.policy.company.names).toEqual(['Acme', 'Acme Corp']);
    expect(state.policy.company.tickers).toEqual(['MINE']);
    expect(state.sources['company.names']).toBe('managed');
    expect(state.sources['company.tickers']).toBe('user');
  });

  it('ignores invalid managed values, reports them with path and reason, and applies the rest', async () => {
    const items = {
      rules: { politics: { severity: 'blocker' }, tagging: { severity: 'block' } },
      policyUrl: 'not a url',
      quietPeriods: [{ start: '2026-12-15', end: '2027-01-29' }],
    };
    fake.areas.local.managedCache = { items, readAt: 1 };
    fake.managed = items;
    const { getPolicyState } = await freshStore();
    const state = await getPolicyState();
    expect(state.managedErrors).toEqual(
      expect.arrayContaining([
        { path: 'rules.politics.severity', message: 'expected one of off, info, warn, block' },
        { path: 'policyUrl', message: 'expected a URL' },
      ]),
    );
    expect(state.policy.rules.tagging.severity).toBe('block');
    expect(state.policy.rules.politics.severity).toBe('warn');
    expect(state.policy.quietPeriods).toHaveLength(1);
    expect(state.locked).toEqual(expect.arrayContaining(['rules.tagging.severity', 'quietPeriods']));
    // An invalid value locks nothing: the user may still set politics.
    expect(state.locked).not.toContain('rules.politics.severity');
    expect(state.locked).not.toContain('rules.politics');
  });

  it('folds Chrome-form named topics back into custom.topics', async () => {
    const { readManagedPolicy } = await import('../../src/core/policy/managed');
    const { fromManagedStorage } = await import('../../src/core/policy/managed');
    const folded = fromManagedStorage({
      rules: { custom: { topics: ['alcohol'], namedTopics: [{ name: 'Rivals', terms: ['Globex'] }] } },
    });
    expect(folded).toEqual({
      rules: { custom: { topics: ['alcohol', { name: 'Rivals', terms: ['Globex'] }] } },
    });
    expect(readManagedPolicy({}).present).toBe(false);
  });
});

describe('start-up and the managed cache', () => {
  it('answers from the cached managed policy when storage.managed never answers', async () => {
    fake.managedAnswers = false;
    fake.areas.local.managedCache = { items: { rules: { tagging: { severity: 'block' } } }, readAt: 1 };
    const { getPolicyState } = await freshStore();
    const started = Date.now();
    const state = await getPolicyState();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(state.policy.rules.tagging.severity).toBe('block');
    expect(fake.managedReads).toBe(1);
  });

  it('stores a fresh managed read in the cache, re-applies it and tells open tabs', async () => {
    fake.managed = { rules: { politics: { severity: 'block' } } };
    const { getPolicyState } = await freshStore();
    const before = await getPolicyState();
    expect(before.policy.rules.politics.severity).toBe('warn');
    await until(() => fake.areas.local.managedCache !== undefined, 'the managed cache');
    expect((await getPolicyState()).policy.rules.politics.severity).toBe('block');
    expect(fake.broadcasts).toEqual([{ type: 'policy-changed' }]);
  });

  it('a managed read with no answer within the timeout keeps what was known', async () => {
    fake.managedAnswers = false;
    const { refreshManaged } = await freshStore();
    expect(await refreshManaged(5)).toBe(false);
    expect(fake.areas.local.managedCache).toBeUndefined();
  });
});

describe('live managed changes', () => {
  it('diffs Chromium’s every-key-changed events itself and re-applies only real changes', async () => {
    const items = { rules: { politics: { severity: 'block' } }, allowPause: false };
    fake.areas.local.managedCache = { items, readAt: 1 };
    fake.managed = items;
    const { getPolicyState } = await freshStore();
    await getPolicyState();
    await until(() => fake.managedReads === 1, 'the first managed read');
    const writesBefore = JSON.stringify(fake.areas.local);
    // Chromium: every key listed, nothing actually different.
    fake.emit(
      {
        rules: { oldValue: items.rules, newValue: items.rules },
        allowPause: { oldValue: false, newValue: false },
      },
      'managed',
    );
    await new Promise((r) => setTimeout(r, 5));
    expect(JSON.stringify(fake.areas.local)).toBe(writesBefore);
    expect(fake.broadcasts).toEqual([]);

    // A real edit: politics back to warn, allowPause removed.
    fake.managed = { rules: { politics: { severity: 'warn' } } };
    fake.emit(
      {
        rules: { oldValue: items.rules, newValue: fake.managed.rules },
        allowPause: { oldValue: false },
      },
      'managed',
    );
    await until(() => fake.broadcasts.length === 1, 'a policy-changed broadcast');
    const state = await getPolicyState();
    expect(state.policy.rules.politics.severity).toBe('warn');
    expect(state.policy.allowPause).toBe(true);
    expect(state.locked).toEqual(['rules.politics.severity']);
  });

  it('user settings changes re-apply and notify tabs', async () => {
    const { getPolicyState } = await freshStore();
    await getPolicyState();
    fake.broadcasts = [];
    fake.areas.sync.settings = { rules: { tagging: { severity: 'off' } } };
    fake.emit({ settings: { newValue: fake.areas.sync.settings } }, 'sync');
    expect((await getPolicyState()).policy.rules.tagging.severity).toBe('off');
    expect(fake.broadcasts).toEqual([{ type: 'policy-changed' }]);
  });
});

describe('migrations in the store', () => {
  it('migrates unversioned settings and writes them back without locked values', async () => {
    fake.areas.sync.settings = { rules: { politics: { level: 'off' }, tagging: { level: 'block' } } };
    fake.areas.local.managedCache = { items: { rules: { politics: { severity: 'block' } } }, readAt: 1 };
    fake.managed = { rules: { politics: { severity: 'block' } } };
    const { getPolicyState } = await freshStore();
    const state = await getPolicyState();
    expect(state.policy.rules.tagging.severity).toBe('block');
    expect(state.policy.rules.politics.severity).toBe('block');
    await until(() => fake.areas.sync.settingsVersion === 1, 'the migrated settings');
    expect(fake.areas.sync.settings).toEqual({ rules: { tagging: { severity: 'block' } } });
  });
});

describe('pause and acknowledgement', () => {
  it('pauses only while allowed and until the time passes', async () => {
    fake.areas.local.pausedUntil = 10_000;
    const { getCheckContext } = await freshStore();
    expect((await getCheckContext(5_000)).paused).toBe(true);
    expect((await getCheckContext(10_001)).paused).toBe(false);
  });

  it('ignores a pause when policy forbids pausing', async () => {
    fake.areas.local.pausedUntil = 10_000;
    fake.areas.local.managedCache = { items: { allowPause: false }, readAt: 1 };
    fake.managed = { allowPause: false };
    const { getCheckContext } = await freshStore();
    expect((await getCheckContext(5_000)).paused).toBe(false);
  });

  it('asks for acknowledgement until this version is acknowledged, and again for a new version', async () => {
    const policy = { policyUrl: 'https://intranet.example.com/p', requireAcknowledgement: true, version: '1' };
    fake.areas.local.managedCache = { items: policy, readAt: 1 };
    fake.managed = policy;
    const store = await freshStore();
    expect((await store.getCheckContext()).acknowledge).toEqual({
      policyUrl: 'https://intranet.example.com/p',
      version: '1',
    });
    await store.acknowledgePolicy('1');
    expect((await store.getCheckContext()).acknowledge).toBeUndefined();

    const next = { ...policy, version: '2' };
    fake.managed = next;
    fake.emit({ version: { oldValue: '1', newValue: '2' } }, 'managed');
    await until(() => (fake.areas.local.managedCache as { items: { version: string } }).items.version === '2', 'v2');
    expect((await store.getCheckContext()).acknowledge).toEqual({
      policyUrl: 'https://intranet.example.com/p',
      version: '2',
    });
  });

  it('never asks without a policy link or without requireAcknowledgement', async () => {
    fake.areas.sync.settings = { requireAcknowledgement: true };
    const { getCheckContext } = await freshStore();
    expect((await getCheckContext()).acknowledge).toBeUndefined();
  });
});
