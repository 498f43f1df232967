/**
 * Runs the corpus through the engine the way `preflight check --jsonl --policy policy.json` does:
 * the policy file is one layer, a post's own `policy` another merged over it for that post only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkPost } from '../../src/core/engine';
import { type PolicyLayer, resolvePolicy } from '../../src/core/policy/resolve';
import type { Finding } from '../../src/core/types';
import type { CorpusPolicy, CorpusPost } from './corpus';

/** What the CLI writes per finding (contract 3). */
export type ReportedFinding = Pick<Finding, 'rule' | 'severity' | 'message' | 'start' | 'end'>;

export type Results = Map<string, ReportedFinding[]>;

export function runInProcess(posts: readonly CorpusPost[], base: CorpusPolicy): Results {
  const baseLayers: PolicyLayer[] = [{ source: 'file', policy: base.policy }];
  // One resolved policy shared by every post without its own: the engine compiles lists once per policy.
  const shared = resolvePolicy(baseLayers).policy;
  const results: Results = new Map();
  for (const p of posts) {
    const effective = p.policy ? resolvePolicy([...baseLayers, { source: 'post', policy: p.policy }]).policy : shared;
    const findings = checkPost(p.parsed.post, effective, p.parsed.now ? { now: p.parsed.now } : {});
    results.set(
      p.id,
      findings.map(({ rule, severity, message, start, end }) => ({ rule, severity, message, start, end })),
    );
  }
  return results;
}

const CLI_ENTRY = join(import.meta.dirname, '..', '..', 'bin', 'preflight.js');

/** The built command line itself (`npm run build` first): proves the in-process run matches it. */
export function runViaCli(posts: readonly CorpusPost[], base: CorpusPolicy): Results {
  if (!existsSync(join(import.meta.dirname, '..', '..', 'dist', 'cli')))
    throw new Error('the CLI is not built: run `npm run build` first');
  const input = `${posts.map((p) => p.raw).join('\n')}\n`;
  const run = spawnSync(process.execPath, [CLI_ENTRY, 'check', '--jsonl', '--policy', base.file], {
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`preflight exited ${run.status}: ${run.stderr.trim()}`);
  const results: Results = new Map();
  for (const line of run.stdout.split('\n')) {
    if (line.trim() === '') continue;
    const { id, findings } = JSON.parse(line) as { id: string | number; findings: ReportedFinding[] };
    results.set(String(id), findings);
  }
  return results;
}
