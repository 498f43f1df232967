/**
 * One policy JSON → the files IT deploys: Chrome/Chromium/Edge policy JSON (Linux), a Windows
 * .reg file (Chrome or Edge), a macOS configuration profile, Google Admin console JSON, and
 * Firefox policies.json. The Chrome forms carry object list items under their managed-only key
 * (see managed.ts); Firefox does no schema validation and takes the policy as written.
 * Pure (no Node or browser API), so the options page could offer the same files.
 */
import { build as buildPlist, type PlistValue } from 'plist';
import { toManagedStorage } from './managed';
import { isPlainObject } from './paths';
import type { Policy } from './types';

export const EXPORT_FORMATS = ['chrome-json', 'reg', 'mobileconfig', 'admin-console', 'firefox'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const REG_BROWSERS = ['chrome', 'edge', 'chromium'] as const;
export type RegBrowser = (typeof REG_BROWSERS)[number];

export interface ExportOptions {
  /** The extension ID (Chrome/Edge) or add-on ID (Firefox). */
  id: string;
  /** Which browser's registry branch the .reg file writes. */
  browser?: RegBrowser;
}

export interface ExportedFile {
  /** Text, or bytes when the format needs an encoding of its own (.reg is UTF-16LE). */
  content: string | Uint8Array;
  /** Usual file name ending, for messages. */
  extension: string;
}

/** Linux: drop into /etc/opt/chrome/policies/managed/ (Chrome) or /etc/chromium/policies/managed/. */
export function toChromeJson(policy: Policy, { id }: ExportOptions): string {
  return `${JSON.stringify({ '3rdparty': { extensions: { [id]: toManagedStorage(policy) } } }, null, 2)}\n`;
}

/** Google Admin console, Apps & extensions → the extension → "Policy for extensions" (JSON). */
export function toAdminConsoleJson(policy: Policy): string {
  const wrapped = Object.fromEntries(Object.entries(toManagedStorage(policy)).map(([k, v]) => [k, { Value: v }]));
  return `${JSON.stringify(wrapped, null, 2)}\n`;
}

/** /etc/firefox/policies/policies.json (or distribution/policies.json beside Firefox). */
export function toFirefoxPolicies(policy: Policy, { id }: ExportOptions): string {
  return `${JSON.stringify({ policies: { '3rdparty': { Extensions: { [id]: policy } } } }, null, 2)}\n`;
}

const REG_ROOTS: Record<RegBrowser, string> = {
  chrome: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome',
  chromium: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Chromium',
  edge: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge',
};

const regString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Zero-padded so Chrome, which reads numbered entries in name order, keeps list order. */
const listNames = (length: number) =>
  Array.from({ length }, (_, i) => String(i + 1).padStart(String(length).length, '0'));

/**
 * Chrome reads 3rdparty policy from the registry by its schema: strings as REG_SZ, booleans and
 * integers as REG_DWORD, objects as subkeys, lists as subkeys of numbered entries ("1", "2", …).
 * Entries are pairs, not an object: JavaScript would reorder numeric-looking names.
 */
function regKey(path: string, entries: [string, unknown][], out: string[]): void {
  const values: string[] = [];
  const subkeys: [string, [string, unknown][]][] = [];
  for (const [name, v] of entries) {
    if (typeof v === 'string') values.push(`${regString(name)}=${regString(v)}`);
    else if (typeof v === 'boolean') values.push(`${regString(name)}=dword:${v ? '00000001' : '00000000'}`);
    else if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff)
      values.push(`${regString(name)}=dword:${v.toString(16).padStart(8, '0')}`);
    else if (typeof v === 'number') values.push(`${regString(name)}=${regString(String(v))}`);
    else if (Array.isArray(v)) {
      const names = listNames(v.length);
      subkeys.push([name, v.map((item, i) => [names[i] as string, item])]);
    } else if (isPlainObject(v)) subkeys.push([name, Object.entries(v)]);
  }
  // Parent keys are created by regedit on the way; only keys holding values get a section.
  if (values.length > 0) out.push('', `[${path}]`, ...values);
  for (const [name, child] of subkeys) regKey(`${path}\\${name}`, child, out);
}

/** Text of a .reg file; write it with `encodeRegFile` (regedit expects UTF-16LE for version 5). */
export function toRegText(policy: Policy, { id, browser = 'chrome' }: ExportOptions): string {
  const key = `${REG_ROOTS[browser]}\\3rdparty\\extensions\\${id}\\policy`;
  // Remove the old policy first, so values IT dropped from the policy do not linger.
  const lines = ['Windows Registry Editor Version 5.00', '', `[-${key}]`];
  regKey(key, Object.entries(toManagedStorage(policy)), lines);
  return `${lines.join('\r\n')}\r\n`;
}

/** UTF-16LE with a byte-order mark: what regedit writes and reads for version 5 files. */
export function encodeRegFile(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + i * 2] = unit & 0xff;
    bytes[3 + i * 2] = unit >> 8;
  }
  return bytes;
}

/** FNV-1a over UTF-16 units, 32 bits; four seeds give the 128 bits of a UUID. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * A stable UUID from a seed, so exporting the same policy twice gives the same profile (MDMs
 * treat a new PayloadUUID as a new profile). Not a security boundary; only needs to be stable.
 */
function stableUuid(seed: string): string {
  const hex = [1, 2, 3, 4].map((n) => fnv1a(seed, n).toString(16).padStart(8, '0')).join('');
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`.toUpperCase();
}

/**
 * macOS configuration profile: one payload whose type is Chrome's preference domain for the
 * extension, `com.google.Chrome.extensions.<id>`, holding the policy keys.
 */
export function toMobileconfig(policy: Policy, { id }: ExportOptions): string {
  const domain = `com.google.Chrome.extensions.${id}`;
  const managed = toManagedStorage(policy);
  const content = JSON.stringify(managed);
  const payload = {
    PayloadType: domain,
    PayloadVersion: 1,
    PayloadIdentifier: `${domain}.policy`,
    PayloadUUID: stableUuid(`payload:${domain}:${content}`),
    PayloadDisplayName: 'Preflight policy',
    ...managed,
  };
  const profile = {
    PayloadContent: [payload],
    PayloadDisplayName: 'Preflight social media policy',
    PayloadDescription: 'Settings for the Preflight browser extension, enforced and locked.',
    PayloadIdentifier: `${domain}.profile`,
    PayloadOrganization: 'IT',
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: stableUuid(`profile:${domain}:${content}`),
    PayloadVersion: 1,
  };
  return `${buildPlist(profile as unknown as PlistValue)}\n`;
}

export function exportPolicy(policy: Policy, format: ExportFormat, options: ExportOptions): ExportedFile {
  switch (format) {
    case 'chrome-json':
      return { content: toChromeJson(policy, options), extension: '.json' };
    case 'admin-console':
      return { content: toAdminConsoleJson(policy), extension: '.json' };
    case 'firefox':
      return { content: toFirefoxPolicies(policy, options), extension: '.json' };
    case 'reg':
      return { content: encodeRegFile(toRegText(policy, options)), extension: '.reg' };
    case 'mobileconfig':
      return { content: toMobileconfig(policy, options), extension: '.mobileconfig' };
  }
}
