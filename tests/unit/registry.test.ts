/** Every rule id is registered, sorted, tested and documented (DESIGN.md house style). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules';
import { RULE_IDS, SEVERITIES } from '../../src/core/types';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the rule registry', () => {
  it('has exactly one entry per rule id', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it('is sorted by id', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });

  it.each(RULE_IDS)('%s lives in src/core/rules/<id>.ts', (id) => {
    expect(existsSync(join(ROOT, 'src/core/rules', `${id}.ts`))).toBe(true);
  });

  it.each(RULE_IDS)('%s has tests/unit/rules/<id>.test.ts', (id) => {
    expect(existsSync(join(ROOT, 'tests/unit/rules', `${id}.test.ts`))).toBe(true);
  });

  it.each(RULE_IDS)('%s has docs/rules/<id>.md that names the rule and its options', (id) => {
    const file = join(ROOT, 'docs/rules', `${id}.md`);
    expect(existsSync(file)).toBe(true);
    const doc = readFileSync(file, 'utf8');
    expect(doc).toContain(id);
    const rule = RULES.find((r) => r.id === id);
    for (const option of Object.keys(rule?.options ?? {}))
      expect(doc, `docs/rules/${id}.md names option ${option}`).toContain(option);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s has meta, a valid default severity and option schemas that accept its defaults',
    (_id, rule) => {
      expect(rule.meta.title.length).toBeGreaterThan(0);
      expect(rule.meta.description.length).toBeGreaterThan(0);
      expect(rule.meta.title).not.toBe(rule.id);
      expect(SEVERITIES).toContain(rule.defaults.severity);
      for (const [name, schema] of Object.entries(rule.options)) {
        const value = (rule.defaults as Record<string, unknown>)[name];
        expect(value, `${rule.id}.defaults.${name}`).not.toBeUndefined();
        expect(
          v.safeParse(schema as v.GenericSchema, value).success,
          `${rule.id}.options.${name} accepts its default`,
        ).toBe(true);
      }
    },
  );
});
