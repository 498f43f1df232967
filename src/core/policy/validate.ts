/**
 * Validation that keeps what is good: each bad value is reported with its path and reason,
 * dropped, and the rest of the policy still applies (contract 2).
 */
import * as v from 'valibot';
import { policySchema } from './schema';
import type { Policy, PolicyError } from './types';

export interface ValidationResult {
  policy: Policy;
  errors: PolicyError[];
}

type Key = string | number;

function pathOf(issue: v.BaseIssue<unknown>): Key[] {
  return (issue.path ?? []).map((item) => item.key as Key);
}

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field';
  return issue.message;
}

/** Removes the value at `path` from a JSON-like tree; array items are spliced out. */
function removeAt(root: unknown, path: Key[]): boolean {
  if (path.length === 0) return false;
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false;
    parent = (parent as Record<Key, unknown>)[key];
  }
  const last = path[path.length - 1] as Key;
  if (Array.isArray(parent) && typeof last === 'number') {
    parent.splice(last, 1);
    return true;
  }
  if (parent !== null && typeof parent === 'object' && last in parent) {
    delete (parent as Record<Key, unknown>)[last];
    return true;
  }
  return false;
}

export function validatePolicy(input: unknown): ValidationResult {
  const errors: PolicyError[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { policy: {}, errors: [{ path: '(policy)', message: 'expected a JSON object' }] };
  }
  const draft: unknown = structuredClone(input);
  // Paths already reported: a value removed in one round may leave a required field missing in
  // the next (a quiet period without its bad start date); that is the same problem, said once.
  const reported = new Set<string>();
  // Each round drops the offending values; bounded because every round removes at least one.
  for (let round = 0; round < 10_000; round++) {
    const result = v.safeParse(policySchema, draft);
    if (result.success) return { policy: result.output as Policy, errors };
    // Deepest paths and highest array indices first, so removals do not shift later ones.
    const issues = [...result.issues].sort((a, b) => compareForRemoval(pathOf(a), pathOf(b)));
    let removed = false;
    const seen = new Set<string>();
    for (const issue of issues) {
      const path = pathOf(issue);
      const dotted = path.join('.') || '(policy)';
      if (seen.has(dotted)) continue;
      seen.add(dotted);
      if (!reported.has(dotted)) {
        reported.add(dotted);
        errors.push({ path: dotted, message: describe(issue) });
      }
      // A missing required field cannot be removed: drop the nearest enclosing value instead.
      let dropped = false;
      for (let end = path.length; end > 0 && !dropped; end--) dropped = removeAt(draft, path.slice(0, end));
      removed = dropped || removed;
    }
    if (!removed) break;
  }
  return { policy: {}, errors };
}

function compareForRemoval(a: Key[], b: Key[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as Key;
    const y = b[i] as Key;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(x) < String(y) ? -1 : 1;
  }
  return b.length - a.length;
}

export function formatPolicyErrors(errors: readonly PolicyError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}
