/**
 * Managed policy as it travels through Chrome's `storage.managed`. Chrome's managed_schema has no
 * unions, and Chrome drops a whole list when one item does not fit the schema. A list whose items
 * may be a string or an object (custom.topics: "alcohol" or {"name", "terms"}) therefore travels
 * as two lists: the strings under the usual key, the objects under a managed-only sibling key.
 * Reading folds them back, so everything after this point sees the one policy shape.
 */
import { getAt, isPlainObject, type JsonObject, leafPaths, setAt } from './paths';
import type { Policy, PolicyError } from './types';
import { validatePolicy } from './validate';

export interface ObjectItemSplit {
  /** Path of the object holding the list, e.g. "rules.custom". */
  parent: string;
  /** The list's own key (strings stay here). */
  key: string;
  /** The managed-only sibling key carrying the object items. */
  objectKey: string;
}

export const OBJECT_ITEM_SPLITS: readonly ObjectItemSplit[] = [
  { parent: 'rules.custom', key: 'topics', objectKey: 'namedTopics' },
];

/** Chrome form → policy shape: object items rejoin their list (after the strings). */
export function fromManagedStorage(raw: unknown): unknown {
  if (!isPlainObject(raw)) return raw;
  let result: JsonObject = raw;
  for (const { parent, key, objectKey } of OBJECT_ITEM_SPLITS) {
    const holder = getAt(result, parent);
    if (!isPlainObject(holder) || !(objectKey in holder)) continue;
    const strings = holder[key];
    const objects = holder[objectKey];
    const { [objectKey]: _dropped, ...rest } = holder;
    // A wrong type under either key stays as it is, so validation reports it under that key.
    const merged =
      Array.isArray(objects) && (strings === undefined || Array.isArray(strings))
        ? { ...rest, [key]: [...((strings as unknown[] | undefined) ?? []), ...objects] }
        : { ...rest, [key]: strings ?? objects };
    result = setAt(result, parent, merged);
  }
  return result;
}

/** Policy shape → Chrome form, for the exporters. */
export function toManagedStorage(policy: Policy): JsonObject {
  let result = structuredClone(policy) as JsonObject;
  for (const { parent, key, objectKey } of OBJECT_ITEM_SPLITS) {
    const list = getAt(result, `${parent}.${key}`);
    if (!Array.isArray(list) || !list.some(isPlainObject)) continue;
    const strings = list.filter((item) => !isPlainObject(item));
    const holder = { ...(getAt(result, parent) as JsonObject) };
    if (strings.length > 0) holder[key] = strings;
    else delete holder[key];
    holder[objectKey] = list.filter(isPlainObject);
    result = setAt(result, parent, holder);
  }
  return result;
}

export interface ManagedPolicy {
  /** The valid part: what is enforced and locked. */
  policy: Policy;
  /** Invalid values, ignored, for the options page to list and the user to forward to IT. */
  errors: PolicyError[];
  /** Dotted paths IT set (validly): these are forced and locked. */
  locked: string[];
  /** True when storage.managed holds anything at all, valid or not. */
  present: boolean;
}

export function readManagedPolicy(raw: unknown): ManagedPolicy {
  const present = isPlainObject(raw) && Object.keys(raw).length > 0;
  if (!present) return { policy: {}, errors: [], locked: [], present: false };
  const { policy, errors } = validatePolicy(fromManagedStorage(raw));
  return { policy, errors, locked: leafPaths(policy), present };
}
