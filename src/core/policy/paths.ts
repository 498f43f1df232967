/**
 * Dotted paths into a policy ("rules.politics.severity", "company.names") and the locks they
 * carry. The same paths name provenance (resolve.ts), validation errors and page controls.
 *
 * Lock rule: a value present in managed policy is forced and locked, together with everything
 * below it. A value is a leaf when it is not a plain object: lists are replaced whole, so a list
 * IT sets is one locked leaf. Objects only group leaves; an empty one sets (and locks) nothing,
 * which also keeps an object emptied by validation from locking anything.
 */
import type { Policy } from './types';

export type JsonObject = Record<string, unknown>;

export const isPlainObject = (x: unknown): x is JsonObject => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Every leaf path of a policy tree, in document order. */
export function leafPaths(tree: unknown, prefix = ''): string[] {
  if (!isPlainObject(tree)) return prefix ? [prefix] : [];
  const keys = Object.keys(tree).filter((k) => tree[k] !== undefined);
  return keys.flatMap((k) => leafPaths(tree[k], prefix ? `${prefix}.${k}` : k));
}

/** True when `path` is `ancestor` or lies below it. */
export function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

/** True when a managed value forces `path` (the path itself or one of its ancestors is set). */
export function isLocked(path: string, locked: readonly string[]): boolean {
  return locked.some((l) => isWithin(path, l));
}

/** True when anything at or below `prefix` is forced (e.g. any setting of one rule). */
export function hasLockWithin(prefix: string, locked: readonly string[]): boolean {
  return locked.some((l) => isWithin(l, prefix) || isWithin(prefix, l));
}

export function getAt(tree: unknown, path: string): unknown {
  let node: unknown = tree;
  for (const key of path.split('.')) {
    if (!isPlainObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Returns a copy of `tree` with `value` at `path`, creating objects on the way. */
export function setAt<T extends object>(tree: T, path: string, value: unknown): T {
  const copy = structuredClone(tree) as JsonObject;
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node[key] = isPlainObject(next) ? next : {};
    node = node[key] as JsonObject;
  }
  node[keys[keys.length - 1] as string] = structuredClone(value);
  return copy as T;
}

/** Returns a copy of `tree` without `path`; objects left empty on the way are removed too. */
export function deleteAt<T extends object>(tree: T, path: string): T {
  const copy = structuredClone(tree) as JsonObject;
  const keys = path.split('.');
  const trail: JsonObject[] = [copy];
  for (const key of keys.slice(0, -1)) {
    const next = (trail[trail.length - 1] as JsonObject)[key];
    if (!isPlainObject(next)) return copy as T;
    trail.push(next);
  }
  delete (trail[trail.length - 1] as JsonObject)[keys[keys.length - 1] as string];
  for (let i = trail.length - 1; i > 0; i--) {
    if (Object.keys(trail[i] as JsonObject).length > 0) break;
    delete (trail[i - 1] as JsonObject)[keys[i - 1] as string];
  }
  return copy as T;
}

/** A user layer without anything managed policy forces: locked values never reach user storage. */
export function stripLocked(policy: Policy, locked: readonly string[]): Policy {
  let result = policy;
  for (const path of leafPaths(policy)) if (isLocked(path, locked)) result = deleteAt(result, path);
  return result;
}

/** Key order does not matter for equality of policy values; list order does. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

/** A copy without objects that hold nothing (left behind when values are removed). */
export function pruneEmpty<T extends object>(tree: T): T {
  const walk = (node: unknown): unknown => {
    if (!isPlainObject(node)) return node;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) {
      const pruned = walk(v);
      if (pruned === undefined || (isPlainObject(pruned) && Object.keys(pruned).length === 0)) continue;
      out[k] = pruned;
    }
    return out;
  };
  return walk(tree) as T;
}
