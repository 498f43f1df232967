/**
 * The policy store: defaults ⊕ user settings (storage.sync) ⊕ managed policy (storage.managed).
 *
 * Start-up never waits on storage.managed: the last managed policy read is cached in
 * storage.local and used at once, and a fresh read (with a timeout: Chromium's worker gets no
 * answer while no tab is open) updates the cache when it differs. The in-memory state is only a
 * cache of storage, dropped on every relevant storage change, so a restarted worker loses nothing.
 */

import { migrateSettings, SETTINGS_VERSION } from '../core/policy/migrations';
import { isPlainObject, sameValue, stripLocked } from '../core/policy/paths';
import { buildPolicyState, type PolicyState } from '../core/policy/state';
import { type Acknowledgement, type ManagedCache, STORAGE_KEYS } from '../core/policy/storage-keys';
import { getItems, onStorageChanged, readManagedStorage, type StorageChanges, setItems } from '../platform/storage';
import { broadcastToTabs } from '../platform/tabs';

/** Long enough for a slow profile, short enough that a hung read is not kept around forever. */
export const MANAGED_READ_TIMEOUT_MS = 5_000;

let cachedState: Promise<PolicyState> | null = null;
let managedRead: Promise<boolean> | null = null;

const asManagedCache = (x: unknown): ManagedCache | undefined =>
  isPlainObject(x) && isPlainObject(x.items) ? (x as unknown as ManagedCache) : undefined;

async function loadState(): Promise<PolicyState> {
  const [sync, local] = await Promise.all([
    getItems('sync', [STORAGE_KEYS.settings, STORAGE_KEYS.settingsVersion]).catch(
      () => ({}) as Record<string, unknown>,
    ),
    getItems('local', [STORAGE_KEYS.managedCache]).catch(() => ({}) as Record<string, unknown>),
  ]);
  const managedItems = asManagedCache(local[STORAGE_KEYS.managedCache])?.items ?? {};
  const { settings, migrated } = migrateSettings(sync[STORAGE_KEYS.settings] ?? {}, sync[STORAGE_KEYS.settingsVersion]);
  const state = buildPolicyState(settings, managedItems);
  if (migrated) {
    // Stored back without anything IT locks: a locked value never reaches user storage.
    const stored = isPlainObject(settings) ? stripLocked(settings, state.locked) : {};
    void setItems('sync', { [STORAGE_KEYS.settings]: stored, [STORAGE_KEYS.settingsVersion]: SETTINGS_VERSION }).catch(
      () => undefined,
    );
  }
  // Not awaited: the answer, when it differs, lands in the cache and re-applies via onChanged.
  void refreshManaged();
  return state;
}

/**
 * The effective policy and its provenance, from storage (cached until storage changes).
 * `fresh` re-reads storage: pages ask right after a storage change they saw, and their request
 * may reach the worker before the worker's own change listener has dropped the cache.
 */
export function getPolicyState({ fresh = false } = {}): Promise<PolicyState> {
  if (fresh) cachedState = null;
  cachedState ??= loadState().catch((e: unknown) => {
    cachedState = null;
    throw e;
  });
  return cachedState;
}

/** Writes managed items to the cache when they differ; true when they did. */
async function storeManaged(items: Record<string, unknown>): Promise<boolean> {
  const local = await getItems('local', [STORAGE_KEYS.managedCache]);
  const previous = asManagedCache(local[STORAGE_KEYS.managedCache]);
  if (previous && sameValue(previous.items, items)) return false;
  const cache: ManagedCache = { items, readAt: Date.now() };
  await setItems('local', { [STORAGE_KEYS.managedCache]: cache });
  return true;
}

/** Re-reads storage.managed (one read at a time); true when the managed policy changed. */
export function refreshManaged(timeoutMs = MANAGED_READ_TIMEOUT_MS): Promise<boolean> {
  managedRead ??= (async () => {
    const read = await readManagedStorage(timeoutMs);
    return read.answered ? storeManaged(read.items) : false;
  })()
    .catch(() => false)
    .finally(() => {
      managedRead = null;
    });
  return managedRead;
}

/**
 * Chromium lists every managed key as changed, even when only one value moved, and gives no
 * full snapshot: rebuild the new managed object from the cache and the changes, then compare.
 */
async function applyManagedChanges(changes: StorageChanges): Promise<void> {
  const local = await getItems('local', [STORAGE_KEYS.managedCache]);
  const items = { ...(asManagedCache(local[STORAGE_KEYS.managedCache])?.items ?? {}) };
  for (const [key, change] of Object.entries(changes)) {
    if (change.newValue === undefined) delete items[key];
    else items[key] = change.newValue;
  }
  await storeManaged(items);
}

function notifyTabs(): void {
  void broadcastToTabs({ type: 'policy-changed' }).catch(() => undefined);
}

function onChanged(changes: StorageChanges, area: string): void {
  if (area === 'managed') {
    void applyManagedChanges(changes).catch(() => undefined);
    return;
  }
  if (area === 'sync' && (STORAGE_KEYS.settings in changes || STORAGE_KEYS.settingsVersion in changes)) {
    cachedState = null;
    const settings = changes[STORAGE_KEYS.settings];
    if (settings && !sameValue(settings.oldValue, settings.newValue)) notifyTabs();
    return;
  }
  if (area !== 'local') return;
  const managed = changes[STORAGE_KEYS.managedCache];
  if (managed) {
    cachedState = null;
    const before = asManagedCache(managed.oldValue)?.items ?? {};
    const after = asManagedCache(managed.newValue)?.items ?? {};
    if (!sameValue(before, after)) notifyTabs();
  }
  if (STORAGE_KEYS.pausedUntil in changes || STORAGE_KEYS.acknowledged in changes) notifyTabs();
}

/** Registers the storage listener; call once at the worker's top level so events wake it. */
export function startPolicyStore(): void {
  onStorageChanged(onChanged);
}

export interface CheckContext {
  state: PolicyState;
  paused: boolean;
  acknowledge?: { policyUrl: string; version?: string };
}

/** What a `check` answer needs besides findings: pause and acknowledgement state. */
export async function getCheckContext(now = Date.now()): Promise<CheckContext> {
  const [state, local] = await Promise.all([
    getPolicyState(),
    getItems('local', [STORAGE_KEYS.pausedUntil, STORAGE_KEYS.acknowledged]).catch(
      () => ({}) as Record<string, unknown>,
    ),
  ]);
  const { policy } = state;
  const pausedUntil = local[STORAGE_KEYS.pausedUntil];
  const paused = policy.allowPause && typeof pausedUntil === 'number' && pausedUntil > now;
  const context: CheckContext = { state, paused };
  if (policy.policyUrl && policy.requireAcknowledgement) {
    const acknowledged = local[STORAGE_KEYS.acknowledged] as Partial<Acknowledgement> | undefined;
    if (acknowledged?.version !== (policy.version ?? '')) {
      context.acknowledge = {
        policyUrl: policy.policyUrl,
        ...(policy.version !== undefined && { version: policy.version }),
      };
    }
  }
  return context;
}

/** The user read the policy at `version` (the version the check answer named). */
export async function acknowledgePolicy(version: string | undefined): Promise<void> {
  const record: Acknowledgement = { version: version ?? '', at: Date.now() };
  await setItems('local', { [STORAGE_KEYS.acknowledged]: record });
}
