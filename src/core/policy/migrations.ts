/**
 * Stored user settings carry a schema version; each migration lifts settings one version, so a
 * user who skipped releases is brought forward step by step. Add a step here whenever a field is
 * renamed or reshaped — never make the validator accept the old spelling instead.
 *
 * Version 0 is anything stored without a version: the pre-release builds, which spelled a
 * rule's severity `level`, the company accounts `company.handles`, and kept one `quietPeriod`
 * object instead of the `quietPeriods` list.
 */
import { isPlainObject, type JsonObject } from './paths';

export const SETTINGS_VERSION = 1;

type Migration = (settings: JsonObject) => JsonObject;

/** MIGRATIONS[n] lifts version n to n + 1. */
const MIGRATIONS: readonly Migration[] = [
  function renamePrereleaseKeys(settings) {
    const next = structuredClone(settings);
    if (isPlainObject(next.rules)) {
      for (const rule of Object.values(next.rules)) {
        if (!isPlainObject(rule) || !('level' in rule)) continue;
        if (!('severity' in rule)) rule.severity = rule.level;
        delete rule.level;
      }
    }
    if (isPlainObject(next.company) && 'handles' in next.company) {
      if (!('accounts' in next.company)) next.company.accounts = next.company.handles;
      delete next.company.handles;
    }
    if ('quietPeriod' in next) {
      if (!('quietPeriods' in next) && isPlainObject(next.quietPeriod)) next.quietPeriods = [next.quietPeriod];
      delete next.quietPeriod;
    }
    return next;
  },
];

export interface MigrationResult {
  settings: unknown;
  version: number;
  /** True when anything was rewritten and the result should be stored back. */
  migrated: boolean;
}

/**
 * Brings stored settings to SETTINGS_VERSION. Settings from a newer release (a downgrade) are
 * left as they are: validation then drops what this release does not know, and the stored copy
 * is not overwritten until the user saves.
 */
export function migrateSettings(stored: unknown, storedVersion: unknown): MigrationResult {
  const from = typeof storedVersion === 'number' && Number.isInteger(storedVersion) ? storedVersion : 0;
  // Nothing stored yet: nothing to migrate, and nothing to write back.
  if (!isPlainObject(stored) || Object.keys(stored).length === 0 || from >= SETTINGS_VERSION) {
    return { settings: stored, version: Math.max(from, SETTINGS_VERSION), migrated: false };
  }
  let settings = stored;
  for (let v = Math.max(from, 0); v < SETTINGS_VERSION; v++) settings = (MIGRATIONS[v] as Migration)(settings);
  return { settings, version: SETTINGS_VERSION, migrated: true };
}
