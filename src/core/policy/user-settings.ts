/**
 * The user's layer as stored: only what differs from the defaults (so a default changed in a
 * later release reaches users who never touched it), never anything managed policy forces.
 */
import { deleteAt, getAt, leafPaths, pruneEmpty, sameValue, stripLocked } from './paths';
import { defaultPolicy } from './resolve';
import type { Policy, PolicyError } from './types';
import { validatePolicy } from './validate';

/** Drops every leaf equal to its default. */
export function diffFromDefaults(policy: Policy): Policy {
  const defaults = defaultPolicy();
  let result = policy;
  for (const path of leafPaths(policy)) {
    if (sameValue(getAt(policy, path), getAt(defaults, path))) result = deleteAt(result, path);
  }
  return pruneEmpty(result);
}

export interface PreparedSettings {
  /** What to write to storage. */
  settings: Policy;
  /** Values that were dropped because they are invalid. */
  errors: PolicyError[];
}

/** Validates, strips locked paths and defaults: the one way settings are made ready to store. */
export function prepareUserSettings(input: unknown, locked: readonly string[]): PreparedSettings {
  const { policy, errors } = validatePolicy(input);
  return { settings: diffFromDefaults(stripLocked(policy, locked)), errors };
}
