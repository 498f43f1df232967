/**
 * `preflight policy export`: one policy JSON → the file IT deploys for a platform (see
 * docs/admin.md). The policy is validated first, exactly as the extension would; any invalid
 * value stops the export (exit 2) so a broken policy never reaches thousands of browsers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat, exportPolicy, REG_BROWSERS, type RegBrowser } from '../core/policy/formats';
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from '../core/policy/identity';
import type { Policy } from '../core/policy/types';
import { formatPolicyErrors, validatePolicy } from '../core/policy/validate';
import { InputError } from './input';

export const EXPORT_USAGE = `preflight policy export --format ${EXPORT_FORMATS.join('|')} [--id ID] [--browser ${REG_BROWSERS.join('|')}] [--out OUTFILE] FILE`;

/** Reads and validates a policy file ("-" reads stdin); every problem names the file and field. */
export function readValidPolicy(file: string, readText: (file: string) => string = defaultRead): Policy {
  let json: unknown;
  try {
    json = JSON.parse(readText(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : `not valid JSON (${(e as Error).message})`}`);
  }
  const { policy, errors } = validatePolicy(json);
  if (errors.length > 0) throw new InputError(formatPolicyErrors(errors).replace(/^/gm, `${file}: `));
  return policy;
}

function defaultRead(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

export interface ExportIo {
  readText?: (file: string) => string;
  writeFile?: (file: string, content: string | Uint8Array) => void;
  writeStdout?: (content: string | Uint8Array) => void;
}

/** Runs the command; returns the exit code. Throws InputError (exit 2) on bad input. */
export function exportCommand(args: string[], io: ExportIo = {}): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      id: { type: 'string' },
      browser: { type: 'string' },
      out: { type: 'string', short: 'o' },
    },
  });
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format))
    throw new InputError(`--format: expected one of ${EXPORT_FORMATS.join(', ')}\nUsage: ${EXPORT_USAGE}`);
  const browser = (values.browser ?? 'chrome') as RegBrowser;
  if (!REG_BROWSERS.includes(browser)) throw new InputError(`--browser: expected one of ${REG_BROWSERS.join(', ')}`);
  if (values.browser && format !== 'reg') throw new InputError('--browser applies to --format reg only');
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0)
    throw new InputError(`policy export takes exactly one policy FILE\nUsage: ${EXPORT_USAGE}`);
  const id = values.id ?? (format === 'firefox' ? FIREFOX_EXTENSION_ID : CHROME_EXTENSION_ID);
  if (!/^[\w.@{}-]{1,200}$/.test(id)) throw new InputError('--id: expected an extension ID');

  const policy = readValidPolicy(file, io.readText);
  const { content } = exportPolicy(policy, format, { id, browser });
  if (values.out) (io.writeFile ?? writeFileSync)(values.out, content);
  else (io.writeStdout ?? ((c) => process.stdout.write(c)))(content);
  return 0;
}
