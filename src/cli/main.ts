/**
 * `preflight` — the engine on the command line (contract 3). Offline: it contacts no network.
 *   preflight check [--policy FILE] "TEXT"
 *   preflight check --jsonl [--policy FILE]      (JSON Lines on stdin)
 *   preflight policy validate FILE
 *   preflight policy export --format chrome-json|reg|mobileconfig|admin-console|firefox FILE (export.ts)
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { checkPost } from '../core/engine';
import { type PolicyLayer, resolvePolicy } from '../core/policy/resolve';
import type { Policy, ResolvedPolicy } from '../core/policy/types';
import { formatPolicyErrors, validatePolicy } from '../core/policy/validate';
import { type Finding, SITES, type Site } from '../core/types';
import { EXPORT_USAGE, exportCommand } from './export';
import { InputError, parseLine } from './input';

const USAGE = `Usage:
  preflight check [--policy FILE] [--site x|linkedin] [--account @handle] [--media N] [--now DATE] "TEXT"
  preflight check --jsonl [--policy FILE]      one JSON post per line on stdin
  preflight policy validate FILE
  ${EXPORT_USAGE}`;

class UsageError extends Error {}

function readPolicyFile(file: string): Policy {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(
      `${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not valid JSON (${(e as Error).message})`}`,
    );
  }
  const { policy, errors } = validatePolicy(json);
  if (errors.length > 0) throw new InputError(formatPolicyErrors(errors).replace(/^/gm, `${file}: `));
  return policy;
}

function formatFinding(f: Finding, text: string): string {
  const where =
    f.start !== undefined && f.end !== undefined ? ` ${f.start}-${f.end} "${text.slice(f.start, f.end)}"` : '';
  const quoted = f.inQuoted ? ' (in the quoted post)' : '';
  const suggestion = f.suggestion ? `\n        suggestion: ${f.suggestion}` : '';
  return `  ${f.severity.padEnd(5)} ${f.rule}${where}${quoted}\n        ${f.message}${suggestion}`;
}

function checkOne(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      site: { type: 'string' },
      account: { type: 'string' },
      media: { type: 'string' },
      now: { type: 'string' },
      jsonl: { type: 'boolean' },
    },
  });
  const base: PolicyLayer[] = values.policy ? [{ source: 'file', policy: readPolicyFile(values.policy) }] : [];
  if (values.jsonl) return -1;
  if (positionals.length !== 1) throw new UsageError('check takes exactly one TEXT argument (quote it), or --jsonl');
  if (values.site && !SITES.includes(values.site as Site))
    throw new UsageError(`--site: expected one of ${SITES.join(', ')}`);
  const media = values.media === undefined ? undefined : Number(values.media);
  if (media !== undefined && !(Number.isInteger(media) && media >= 0))
    throw new UsageError('--media: expected a whole number');
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new UsageError('--now: expected a date such as 2026-12-20');
  const text = positionals[0] as string;
  const findings = checkPost(
    {
      text,
      ...(values.site && { site: values.site as Site }),
      ...(values.account && { account: { handle: values.account } }),
      ...(media !== undefined && { media }),
    },
    resolvePolicy(base).policy,
    { now },
  );
  process.stdout.write(
    findings.length === 0
      ? 'No findings.\n'
      : `${findings.length} finding${findings.length === 1 ? '' : 's'}:\n${findings.map((f) => formatFinding(f, text)).join('\n')}\n`,
  );
  return 0;
}

async function checkJsonl(policyFile: string | undefined): Promise<number> {
  const basePolicy: Policy = policyFile ? readPolicyFile(policyFile) : {};
  const baseLayers: PolicyLayer[] = [{ source: 'file', policy: basePolicy }];
  const shared: ResolvedPolicy = resolvePolicy(baseLayers).policy;
  let lineNo = 0;
  let failed = false;
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of rl) {
    lineNo++;
    if (raw.trim() === '') continue;
    try {
      const { id, post, policy, now } = parseLine(raw, lineNo);
      const effective = policy ? resolvePolicy([...baseLayers, { source: 'post', policy }]).policy : shared;
      const findings = checkPost(post, effective, now ? { now } : {}).map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        start: f.start,
        end: f.end,
        ...(f.suggestion && { suggestion: f.suggestion }),
        ...(f.inQuoted && { inQuoted: true }),
      }));
      process.stdout.write(`${JSON.stringify({ id, findings })}\n`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`preflight: ${e.message}\n`);
      failed = true;
    }
  }
  return failed ? 2 : 0;
}

function validateCommand(args: string[]): number {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) throw new UsageError('policy validate takes exactly one FILE');
  readPolicyFile(file);
  process.stdout.write(`${file}: valid\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'check') {
    const code = checkOne(rest);
    if (code !== -1) return code;
    const { values } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { policy: { type: 'string' }, jsonl: { type: 'boolean' } },
      strict: false,
    });
    return checkJsonl(typeof values.policy === 'string' ? values.policy : undefined);
  }
  if (command === 'policy' && rest[0] === 'validate') return validateCommand(rest.slice(1));
  if (command === 'policy' && rest[0] === 'export') return exportCommand(rest.slice(1));
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  throw new UsageError(
    command ? `unknown command "${[command, rest[0]].filter(Boolean).join(' ')}"` : 'no command given',
  );
}

// exitCode rather than exit(): let stdout drain when it is a pipe.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) process.stderr.write(`preflight: ${e.message}\n${USAGE}\n`);
    else if (e instanceof InputError) process.stderr.write(`preflight: ${e.message}\n`);
    else if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))
      process.stderr.write(`preflight: ${e.message}\n${USAGE}\n`);
    else process.stderr.write(`preflight: internal error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  },
);
