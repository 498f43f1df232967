/**
 * `preflight policy export`: each format's syntax and shape, read back the way the browser reads
 * it, and the command's validation (exit 2 with path and reason).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/export';
import { InputError } from '../../src/cli/input';
import {
  encodeRegFile,
  toAdminConsoleJson,
  toChromeJson,
  toFirefoxPolicies,
  toMobileconfig,
  toRegText,
} from '../../src/core/policy/formats';
import { CHROME_EXTENSION_ID } from '../../src/core/policy/identity';
import { fromManagedStorage, readManagedPolicy, toManagedStorage } from '../../src/core/policy/managed';
import type { Policy } from '../../src/core/policy/types';

const ID = CHROME_EXTENSION_ID;

const POLICY: Policy = {
  company: {
    names: ['Acme', 'Acme "Corp"', 'Müller & Söhne <GmbH>'],
    tickers: ['ACME'],
    accounts: ['@AcmeCorp'],
  },
  rules: {
    politics: { severity: 'block' },
    tagging: { severity: 'warn', allow: Array.from({ length: 12 }, (_, i) => `@friend${i + 1}`) },
  },
  quietPeriods: [{ start: '2026-12-15', end: '2027-01-29', label: 'Q4 \\ results' }],
  policyUrl: 'https://intranet.example.com/policy?a=1&b=2',
  requireAcknowledgement: true,
  failClosed: false,
  version: '2026.1',
};

/**
 * Reads a .reg file back the way Chrome reads its registry branch: values under keys, DWORDs as
 * numbers (booleans where the policy has booleans), subkeys of numbered entries as lists.
 */
function readReg(text: string, root: string): unknown {
  const keys = new Map<string, Map<string, unknown>>();
  let current: Map<string, unknown> | undefined;
  for (const line of text.split('\r\n')) {
    const header = /^\[(-?)(.+)\]$/.exec(line);
    if (header) {
      current = header[1] ? undefined : new Map();
      if (current) keys.set(header[2] as string, current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (value && current) {
      const unescapeReg = (s: string) => s.replace(/\\(.)/g, '$1');
      current.set(
        unescapeReg(value[1] as string),
        value[2] !== undefined ? unescapeReg(value[2]) : Number.parseInt(value[3] as string, 16),
      );
    } else if (line !== '' && !line.startsWith('Windows Registry Editor')) throw new Error(`bad .reg line: ${line}`);
  }
  const build = (path: string): unknown => {
    // Subkeys one level down, including ones only implied by deeper keys.
    const impliedChildren = new Set(
      [...keys.keys()]
        .filter((k) => k.startsWith(`${path}\\`))
        .map((k) => k.slice(path.length + 1).split('\\')[0] as string),
    );
    const entries: [string, unknown][] = [...(keys.get(path) ?? new Map()).entries()];
    for (const name of impliedChildren) entries.push([name, build(`${path}\\${name}`)]);
    const numbered = entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k));
    if (numbered) return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
    return Object.fromEntries(entries);
  };
  return build(root);
}

describe('chrome-json (Linux policy folder)', () => {
  it('wraps the policy under 3rdparty.extensions.<id>', () => {
    const json = JSON.parse(toChromeJson(POLICY, { id: ID }));
    expect(Object.keys(json)).toEqual(['3rdparty']);
    expect(json['3rdparty'].extensions[ID]).toEqual(POLICY);
  });

  it('moves object topics to the managed-only key Chrome can validate, and reads them back', () => {
    const policy = {
      rules: { custom: { severity: 'warn', topics: ['alcohol', { name: 'Rivals', terms: ['Globex'] }] } },
    } as Policy;
    const managed = JSON.parse(toChromeJson(policy, { id: ID }))['3rdparty'].extensions[ID];
    expect(managed.rules.custom).toEqual({
      severity: 'warn',
      topics: ['alcohol'],
      namedTopics: [{ name: 'Rivals', terms: ['Globex'] }],
    });
    expect(fromManagedStorage(managed)).toEqual(policy);
  });
});

describe('admin-console (Google Admin console JSON)', () => {
  it('wraps every top-level key in {"Value": …}', () => {
    const json = JSON.parse(toAdminConsoleJson(POLICY));
    expect(json.rules).toEqual({ Value: POLICY.rules });
    expect(json.requireAcknowledgement).toEqual({ Value: true });
    expect(Object.values(json).every((v) => Object.keys(v as object).join() === 'Value')).toBe(true);
  });
});

describe('firefox (policies.json)', () => {
  it('puts the policy, object topics and all, under policies.3rdparty.Extensions.<id>', () => {
    const json = JSON.parse(toFirefoxPolicies(POLICY, { id: 'preflight@example.com' }));
    expect(json).toEqual({ policies: { '3rdparty': { Extensions: { 'preflight@example.com': POLICY } } } });
  });
});

describe('reg (Windows registry)', () => {
  const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${ID}\\policy`;

  it('is a version 5 file, CRLF, that first removes the old policy key', () => {
    const text = toRegText(POLICY, { id: ID });
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
    expect(lines).toContain(`[-${root}]`);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('escapes quotes and backslashes, writes booleans as DWORDs and keeps list order past 9 items', () => {
    const text = toRegText(POLICY, { id: ID });
    expect(text).toContain('"2"="Acme \\"Corp\\""');
    expect(text).toContain('"label"="Q4 \\\\ results"');
    expect(text).toContain('"requireAcknowledgement"=dword:00000001');
    expect(text).toContain('"failClosed"=dword:00000000');
    expect(text).toContain(`[${root}\\rules\\tagging\\allow]\r\n"01"="@friend1"`);
  });

  it('reads back, as Chrome reads the registry, to the same policy', () => {
    const read = readReg(toRegText(POLICY, { id: ID }), root) as Record<string, unknown>;
    // DWORD booleans read back as numbers; Chrome converts them by the schema's boolean type.
    expect({
      ...read,
      requireAcknowledgement: read.requireAcknowledgement === 1,
      failClosed: read.failClosed === 1,
    }).toEqual(toManagedStorage(POLICY));
    expect(readManagedPolicy({ ...read, requireAcknowledgement: true, failClosed: false }).errors).toEqual([]);
  });

  it('writes the Edge and Chromium branches on request', () => {
    expect(toRegText(POLICY, { id: ID, browser: 'edge' })).toContain(
      `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${ID}\\policy]`,
    );
    expect(toRegText(POLICY, { id: ID, browser: 'chromium' })).toContain(
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Chromium\\3rdparty',
    );
  });

  it('is encoded as UTF-16LE with a byte-order mark, so non-ASCII names survive regedit', () => {
    const bytes = encodeRegFile(toRegText(POLICY, { id: ID }));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(new TextDecoder('utf-16le').decode(bytes.slice(2))).toContain('Müller & Söhne <GmbH>');
  });
});

describe('mobileconfig (macOS configuration profile)', () => {
  it('is well-formed plist XML with one payload for Chrome’s extension preference domain', () => {
    const xml = toMobileconfig(POLICY, { id: ID });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('&lt;GmbH&gt;');
    const profile = parsePlist(xml) as Record<string, unknown>;
    expect(profile).toMatchObject({ PayloadType: 'Configuration', PayloadVersion: 1, PayloadScope: 'System' });
    const [payload, ...more] = profile.PayloadContent as Record<string, unknown>[];
    expect(more).toEqual([]);
    const { PayloadType, PayloadVersion, PayloadIdentifier, PayloadUUID, PayloadDisplayName, ...policy } =
      payload as Record<string, unknown>;
    expect(PayloadType).toBe(`com.google.Chrome.extensions.${ID}`);
    expect(PayloadUUID).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(PayloadUUID).not.toBe(profile.PayloadUUID);
    expect([PayloadVersion, PayloadIdentifier, PayloadDisplayName].every(Boolean)).toBe(true);
    expect(policy).toEqual(toManagedStorage(POLICY));
  });

  it('gives the same profile for the same policy, and a new payload UUID when the policy changes', () => {
    const uuid = (xml: string) =>
      ((parsePlist(xml) as { PayloadContent: { PayloadUUID: string }[] }).PayloadContent[0] as { PayloadUUID: string })
        .PayloadUUID;
    expect(toMobileconfig(POLICY, { id: ID })).toBe(toMobileconfig(POLICY, { id: ID }));
    expect(uuid(toMobileconfig({ ...POLICY, version: '2' }, { id: ID }))).not.toBe(
      uuid(toMobileconfig(POLICY, { id: ID })),
    );
  });
});

describe('the export command', () => {
  const files: Record<string, string> = {};
  const io = (written: Record<string, string | Uint8Array>) => ({
    readText: (f: string) => {
      if (!(f in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[f] as string;
    },
    writeFile: (f: string, c: string | Uint8Array) => {
      written[f] = c;
    },
  });

  it('validates first: invalid input names the file, the path and the reason', () => {
    files['bad.json'] = JSON.stringify({
      rules: { politics: { severity: 'blocker' } },
      quietPeriods: [{ start: 'soon', end: '2027-01-01' }],
    });
    const written = {};
    expect(() => exportCommand(['--format', 'chrome-json', '--out', 'x.json', 'bad.json'], io(written))).toThrow(
      new InputError(
        'bad.json: quietPeriods.0.start: expected a date as YYYY-MM-DD\nbad.json: rules.politics.severity: expected one of off, info, warn, block',
      ),
    );
    expect(written).toEqual({});
  });

  it('refuses unknown formats, a missing file and a malformed ID', () => {
    files['ok.json'] = JSON.stringify(POLICY);
    expect(() => exportCommand(['--format', 'pdf', 'ok.json'], io({}))).toThrow(/--format: expected one of/);
    expect(() => exportCommand(['--format', 'reg', 'nope.json'], io({}))).toThrow('nope.json: no such file');
    expect(() => exportCommand(['--format', 'reg', '--id', 'a b"c', 'ok.json'], io({}))).toThrow(/--id/);
    expect(() => exportCommand(['--format', 'firefox', '--browser', 'edge', 'ok.json'], io({}))).toThrow(/--browser/);
  });

  it('writes the chosen format with the given ID', () => {
    files['ok.json'] = JSON.stringify(POLICY);
    const written: Record<string, string | Uint8Array> = {};
    expect(
      exportCommand(['--format', 'reg', '--browser', 'edge', '--id', 'abc', '-o', 'out.reg', 'ok.json'], io(written)),
    ).toBe(0);
    const text = new TextDecoder('utf-16le').decode((written['out.reg'] as Uint8Array).slice(2));
    expect(text).toContain('Microsoft\\Edge\\3rdparty\\extensions\\abc\\policy');
  });

  it('runs as `preflight policy export` and exits 2 on a bad policy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-export-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    const out = join(dir, 'out.json');
    writeFileSync(good, JSON.stringify(POLICY));
    writeFileSync(bad, JSON.stringify({ failClosed: 'yes' }));
    const main = join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts');
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8' });
    const ok = run(['policy', 'export', '--format', 'chrome-json', '--out', out, good]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))['3rdparty'].extensions[ID]).toEqual(POLICY);
    const failed = run(['policy', 'export', '--format', 'chrome-json', bad]);
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain(`${bad}: failClosed: expected true or false`);
  });
});
