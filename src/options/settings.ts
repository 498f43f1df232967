/**
 * The options page's access to settings: the effective state comes from the background (one
 * source of truth, managed policy included); the user's layer is written straight to
 * storage.sync, prepared the same way the worker reads it.
 */
import type { ManagedPolicy } from '../core/policy/managed';
import { SETTINGS_VERSION } from '../core/policy/migrations';
import { isPlainObject } from '../core/policy/paths';
import { type PolicyState, stateFromLayers } from '../core/policy/state';
import { STORAGE_KEYS } from '../core/policy/storage-keys';
import type { Policy, PolicyError } from '../core/policy/types';
import { prepareUserSettings } from '../core/policy/user-settings';
import { sendToBackground } from '../platform/runtime';
import { removeItems, setItems } from '../platform/storage';

function isPolicyState(x: unknown): x is PolicyState {
  return (
    isPlainObject(x) &&
    isPlainObject(x.policy) &&
    isPlainObject(x.sources) &&
    Array.isArray(x.locked) &&
    Array.isArray(x.managedErrors) &&
    Array.isArray(x.userErrors)
  );
}

export async function fetchPolicyState(): Promise<PolicyState> {
  const answer = await sendToBackground({ type: 'get-policy' });
  if (!isPlainObject(answer) || answer.type !== 'policy' || !isPolicyState(answer))
    throw new Error('The Preflight background did not answer with settings.');
  return answer;
}

export function managedOf(state: PolicyState): ManagedPolicy {
  return {
    policy: state.managed,
    errors: state.managedErrors,
    locked: state.locked,
    present: state.managedPresent,
  };
}

/** The state as it will be once `user` is saved: shown at once, before storage answers. */
export function withUserLayer(state: PolicyState, user: Policy, userErrors: PolicyError[] = []): PolicyState {
  return stateFromLayers(user, userErrors, managedOf(state));
}

export interface SaveResult {
  /** Values dropped as invalid (with path and reason); the rest was saved. */
  errors: PolicyError[];
  settings: Policy;
}

export async function saveUserSettings(user: unknown, locked: readonly string[]): Promise<SaveResult> {
  const { settings, errors } = prepareUserSettings(user, locked);
  await setItems('sync', { [STORAGE_KEYS.settings]: settings, [STORAGE_KEYS.settingsVersion]: SETTINGS_VERSION });
  return { settings, errors };
}

export async function resetUserSettings(): Promise<void> {
  await removeItems('sync', [STORAGE_KEYS.settings, STORAGE_KEYS.settingsVersion]);
}

/** Browser sync allows 8 KB per item: say so plainly instead of a raw quota error. */
export function describeSaveError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/quota/i.test(message))
    return 'Not saved: your settings are larger than browser sync allows (8 KB). Shorten your lists, or ask IT to set long lists through policy.';
  return `Not saved: ${message}`;
}
