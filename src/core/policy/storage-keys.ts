/**
 * Where policy-related state lives in extension storage. Shared by the worker and the pages so
 * both name the same keys; the values are read and written only through src/platform.
 */
export const STORAGE_KEYS = {
  /** storage.sync: the user's settings, only what differs from defaults (policy JSON shape). */
  settings: 'settings',
  /** storage.sync: schema version of `settings` (see migrations.ts). */
  settingsVersion: 'settingsVersion',
  /** storage.local: last managed policy read, raw, so start-up never waits on storage.managed. */
  managedCache: 'managedCache',
  /** storage.local: the policy version the user acknowledged ({ version }). */
  acknowledged: 'acknowledged',
  /** storage.local: epoch milliseconds until which the user paused checks (allowPause). */
  pausedUntil: 'pausedUntil',
} as const;

/** "Pause for an hour" in the popup. */
export const PAUSE_MS = 60 * 60 * 1000;

export interface ManagedCache {
  items: Record<string, unknown>;
  /** When storage.managed last answered (epoch ms). */
  readAt: number;
}

export interface Acknowledgement {
  version: string;
  at: number;
}
