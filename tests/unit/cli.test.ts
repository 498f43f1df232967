/**
 * The command line (DESIGN.md contract 3), run as a real process. Uses the source through tsx so
 * the unit tier needs no build; the e2e tier covers the built bin/preflight.js.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
const DIR = mkdtempSync(join(tmpdir(), 'preflight-cli-'));

function preflight(args: string[], stdin = '') {
  const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(DIR, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const ACME = file('acme.json', { company: { names: ['Acme'], domains: ['acme.com'] } });

describe('preflight check "TEXT"', () => {
  it('prints each finding with rule, severity, offsets and message, and exits 0', () => {
    const { code, stdout } = preflight(['check', '--policy', ACME, 'Read bit.ly/3xYz']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ findings?:/);
    expect(stdout).toContain('warn  risky-link 5-16 "bit.ly/3xYz"');
    expect(stdout).toContain('hides where it leads');
  });

  it('says so when there is nothing to report', () => {
    const { code, stdout } = preflight(['check', '--policy', ACME, 'Lovely weather for the team offsite today.']);
    expect(code).toBe(0);
    expect(stdout).toBe('No findings.\n');
  });

  it('exits 2 with usage on a missing text', () => {
    const { code, stderr } = preflight(['check']);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage:');
  });
});

describe('preflight check --jsonl', () => {
  it('writes one line per post, in input order, honouring per-post policy and openedLinks', () => {
    const lines = [
      { id: 'a', text: 'Read bit.ly/3xYz' },
      { id: 2, text: 'Nothing to see here.' },
      { id: 'c', text: 'Read bit.ly/3xYz', policy: { rules: { 'risky-link': { severity: 'block' } } } },
      { id: 'd', text: 'See https://example.org/report', openedLinks: ['example.org/report'] },
      { id: 'e', text: 'See https://example.org/report' },
    ];
    const { code, stdout, stderr } = preflight(
      ['check', '--jsonl', '--policy', ACME],
      lines.map((l) => JSON.stringify(l)).join('\n'),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            id: string | number;
            findings: { rule: string; severity: string; start: number; end: number }[];
          },
      );
    expect(out.map((o) => o.id)).toEqual(['a', 2, 'c', 'd', 'e']);
    expect(out[0]?.findings).toEqual([
      expect.objectContaining({ rule: 'risky-link', severity: 'warn', start: 5, end: 16, message: expect.any(String) }),
      expect.objectContaining({ rule: 'unread-link', start: 5, end: 16 }),
    ]);
    expect(out[1]?.findings).toEqual([]);
    expect(out[2]?.findings.find((f) => f.rule === 'risky-link')?.severity).toBe('block');
    expect(out[3]?.findings.map((f) => f.rule)).not.toContain('unread-link');
    expect(out[4]?.findings.map((f) => f.rule)).toContain('unread-link');
  });

  it('keeps order on a large batch', () => {
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: `post ${i} bit.ly/x${i}` }));
    const { code, stdout } = preflight(['check', '--jsonl'], lines.join('\n'));
    expect(code).toBe(0);
    const ids = stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: number }).id);
    expect(ids).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });

  it('exits 2 naming the line and the field of each bad line, still answering the good ones', () => {
    const input = [
      JSON.stringify({ id: 1, text: 'fine' }),
      '{not json',
      JSON.stringify({ id: 3, text: 42 }),
      JSON.stringify({ id: 4, text: 'x', site: 'facebook' }),
      JSON.stringify({ id: 5, text: 'x', policy: { rules: { politics: { severity: 'loud' } } } }),
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 7, text: 'also fine' }),
    ].join('\n');
    const { code, stdout, stderr } = preflight(['check', '--jsonl'], input);
    expect(code).toBe(2);
    expect(stderr).toContain('line 2: not valid JSON');
    expect(stderr).toContain('line 3: text: expected a string');
    expect(stderr).toContain('line 4: site: expected one of x, linkedin');
    expect(stderr).toContain('line 5: policy.rules.politics.severity: expected one of off, info, warn, block');
    expect(stderr).toMatch(/line 6: id: /);
    const ids = stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: number }).id);
    expect(ids).toEqual([1, 7]);
  });

  it('exits 2 naming the file and field of a bad --policy file', () => {
    const bad = file('bad.json', { rules: { politics: { severity: 'loud' } } });
    const { code, stdout, stderr } = preflight(
      ['check', '--jsonl', '--policy', bad],
      JSON.stringify({ id: 1, text: 'x' }),
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${bad}: rules.politics.severity: expected one of off, info, warn, block`);
  });

  it('exits 2 on a policy file that is missing or not JSON', () => {
    const missing = preflight(['check', '--policy', join(DIR, 'nope.json'), 'x']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: no such file');
    const broken = preflight(['check', '--policy', file('broken.json', '{"rules": '), 'x']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.json: not valid JSON');
  });
});

describe('preflight policy validate', () => {
  it('accepts a good policy', () => {
    const { code, stdout } = preflight(['policy', 'validate', ACME]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${ACME}: valid\n`);
  });

  it('lists every problem with its path and exits 2', () => {
    const bad = file('bad2.json', {
      colour: 'blue',
      rules: { politics: { severity: 'loud' } },
      quietPeriods: [{ start: 'soon', end: '2026-01-01' }],
    });
    const { code, stderr } = preflight(['policy', 'validate', bad]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${bad}: colour: unknown field`);
    expect(stderr).toContain(`${bad}: rules.politics.severity: expected one of off, info, warn, block`);
    expect(stderr).toContain(`${bad}: quietPeriods.0.start: expected a date as YYYY-MM-DD`);
  });
});
