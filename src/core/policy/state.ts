/**
 * The effective policy with everything the pages need to show it: where each value came from,
 * what IT locked, and which values were ignored as invalid. Pure: the background builds it from
 * storage, the options page rebuilds it while the user edits.
 */
import { type ManagedPolicy, readManagedPolicy } from './managed';
import { isLocked, stripLocked } from './paths';
import { type PolicySource, resolvePolicy } from './resolve';
import type { Policy, PolicyError, ResolvedPolicy } from './types';
import { validatePolicy } from './validate';

export interface PolicyState {
  policy: ResolvedPolicy;
  /** Dotted leaf path → the layer that set it; every locked path reads "managed". */
  sources: Record<string, PolicySource>;
  /** The user's layer as it applies (valid, without locked values). */
  user: Policy;
  userErrors: PolicyError[];
  /** The valid part of managed policy. */
  managed: Policy;
  managedErrors: PolicyError[];
  /** True when IT set anything at all: "Managed by your organization". */
  managedPresent: boolean;
  /** Dotted paths forced by managed policy; anything at or below them is locked. */
  locked: string[];
}

export function stateFromLayers(userInput: Policy, userErrors: PolicyError[], managed: ManagedPolicy): PolicyState {
  const user = stripLocked(userInput, managed.locked);
  const { policy, sources } = resolvePolicy([
    { source: 'user', policy: user },
    { source: 'managed', policy: managed.policy },
  ]);
  for (const path of Object.keys(sources)) if (isLocked(path, managed.locked)) sources[path] = 'managed';
  return {
    policy,
    sources,
    user,
    userErrors,
    managed: managed.policy,
    managedErrors: managed.errors,
    managedPresent: managed.present,
    locked: managed.locked,
  };
}

/** From raw storage values (already migrated user settings, raw managed storage). */
export function buildPolicyState(userRaw: unknown, managedRaw: unknown): PolicyState {
  const user = validatePolicy(userRaw ?? {});
  return stateFromLayers(user.policy, user.errors, readManagedPolicy(managedRaw));
}
