/**
 * Chrome's storage.managed_schema (public/managed_schema.json) is generated from the policy
 * schema; this fails when the checked-in file is stale or a policy field is missing from it.
 * Regenerate with: node scripts/run-ts.mjs scripts/gen-managed-schema.ts (part of npm run build).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ChromeSchema, managedSchema } from '../../src/core/policy/managed-schema';
import { policySchema } from '../../src/core/policy/schema';
import { RULES } from '../../src/core/rules';

const FILE = join(import.meta.dirname, '..', '..', 'public', 'managed_schema.json');

interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  options?: unknown[];
}

/** Every dotted field path of a valibot object schema ("rules.politics.severity", "quietPeriods[].start"). */
function fieldPaths(node: SchemaNode, prefix = ''): string[] {
  if (node.type === 'optional' && node.wrapped) return fieldPaths(node.wrapped, prefix);
  if (node.type === 'array' && node.item) return fieldPaths(node.item, `${prefix}[]`);
  if (node.type === 'union' && Array.isArray(node.options)) return fieldPaths(node.options[0] as SchemaNode, prefix);
  if (!node.entries) return [];
  return Object.entries(node.entries).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...fieldPaths(child, path)];
  });
}

function chromeNodeAt(schema: ChromeSchema, path: string): ChromeSchema | undefined {
  let node: ChromeSchema | undefined = schema;
  for (const part of path.split('.')) {
    const key = part.replace(/\[\]/g, '');
    node = node?.properties?.[key];
    for (let i = 0; i < (part.match(/\[\]/g) ?? []).length; i++) node = node?.items;
  }
  return node;
}

describe('managed_schema.json', () => {
  const generated = managedSchema();

  it('is exactly what scripts/gen-managed-schema.ts generates now', () => {
    expect(readFileSync(FILE, 'utf8'), 'public/managed_schema.json is stale: run npm run build').toBe(
      `${JSON.stringify(generated, null, 2)}\n`,
    );
  });

  it('contains every field of the policy schema', () => {
    const paths = fieldPaths(policySchema as unknown as SchemaNode);
    expect(paths).toEqual(expect.arrayContaining(['company.names', 'rules.politics.severity', 'quietPeriods[].start']));
    const missing = paths.filter((p) => chromeNodeAt(generated, p) === undefined);
    expect(missing).toEqual([]);
  });

  it('names every rule and every rule option', () => {
    const rules = generated.properties?.rules?.properties ?? {};
    for (const rule of RULES) {
      const node = rules[rule.id];
      expect(node, rule.id).toBeDefined();
      expect(node?.properties?.severity?.type).toBe('string');
      for (const option of Object.keys(rule.options))
        expect(node?.properties?.[option], `${rule.id}.${option}`).toBeDefined();
    }
  });

  it('uses only what Chrome accepts: one type per node, objects with properties, arrays with items', () => {
    const check = (node: ChromeSchema, path: string): void => {
      expect(['object', 'array', 'string', 'boolean', 'integer', 'number'], path).toContain(node.type);
      if (node.type === 'object') {
        expect(node.properties, path).toBeDefined();
        for (const [k, child] of Object.entries(node.properties ?? {})) check(child, `${path}.${k}`);
      }
      if (node.type === 'array') {
        expect(node.items, path).toBeDefined();
        if (node.items) check(node.items, `${path}[]`);
      }
    };
    check(generated, '(policy)');
  });
});
