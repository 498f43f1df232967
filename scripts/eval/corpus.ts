/**
 * The labelled corpus (tests/corpus/*.jsonl): each line is a CLI input line (DESIGN.md contract 3)
 * plus `labels` (the rules a careful communications lead wants to fire) and `source`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ParsedLine, parseLine } from '../../src/cli/input';
import type { Policy, PolicyError } from '../../src/core/policy/types';
import { validatePolicy } from '../../src/core/policy/validate';
import { RULE_IDS, type RuleId } from '../../src/core/types';

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'tests', 'corpus');
export const SPLITS = ['dev', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];

export interface CorpusPost {
  split: Split;
  line: number;
  id: string;
  labels: RuleId[];
  source: string;
  /** The line as the CLI parses it, without its own policy (validated separately below). */
  parsed: ParsedLine;
  /** The post's own policy layer, with the values that did not validate dropped. */
  policy?: Policy;
  /** Values dropped from the post's policy: the CLI would refuse the whole line. */
  policyErrors: PolicyError[];
  /** The raw JSON line, for feeding the built CLI. */
  raw: string;
}

export class CorpusError extends Error {}

const isRuleId = (x: unknown): x is RuleId => typeof x === 'string' && (RULE_IDS as readonly string[]).includes(x);

export function parseCorpusLine(raw: string, split: Split, line: number): CorpusPost {
  const where = `${split}.jsonl line ${line}`;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new CorpusError(`${where}: not valid JSON (${(e as Error).message})`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new CorpusError(`${where}: not an object`);
  const { labels, source, policy, ...cliFields } = json as Record<string, unknown>;
  if (!Array.isArray(labels) || !labels.every(isRuleId))
    throw new CorpusError(`${where}: labels: expected a list of rule ids (${RULE_IDS.join(', ')})`);
  if (new Set(labels).size !== labels.length) throw new CorpusError(`${where}: labels: repeated rule id`);
  if (typeof source !== 'string' || source.trim() === '') throw new CorpusError(`${where}: source: expected a string`);
  let parsed: ParsedLine;
  try {
    parsed = parseLine(JSON.stringify(cliFields), line);
  } catch (e) {
    throw new CorpusError(`${split}.jsonl ${(e as Error).message}`);
  }
  const checked = policy === undefined ? undefined : validatePolicy(policy);
  return {
    split,
    line,
    id: String(parsed.id),
    labels: [...labels].sort(),
    source,
    parsed,
    ...(checked && { policy: checked.policy }),
    policyErrors: checked?.errors ?? [],
    raw,
  };
}

export function loadSplit(split: Split, dir = CORPUS_DIR): CorpusPost[] {
  return loadCorpusFile(join(dir, `${split}.jsonl`), split);
}

/** Any file in the corpus format, scored as `split` (e.g. a fresh batch not yet in the corpus). */
export function loadCorpusFile(file: string, split: Split): CorpusPost[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const posts: CorpusPost[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() !== '') posts.push(parseCorpusLine(raw, split, i + 1));
  });
  return posts;
}

/** Both splits; ids must be unique across them so a report line names one post. */
export function loadCorpus(dir = CORPUS_DIR): CorpusPost[] {
  const posts = SPLITS.flatMap((split) => loadSplit(split, dir));
  const seen = new Map<string, CorpusPost>();
  for (const p of posts) {
    const first = seen.get(p.id);
    if (first) throw new CorpusError(`id "${p.id}" used twice (${first.split}:${first.line}, ${p.split}:${p.line})`);
    seen.set(p.id, p);
  }
  return posts;
}

export interface CorpusPolicy {
  file: string;
  policy: Policy;
  /** Values the policy schema refused (e.g. a rule option not declared yet); the rest applies. */
  errors: PolicyError[];
}

export function loadCorpusPolicy(dir = CORPUS_DIR): CorpusPolicy {
  const file = join(dir, 'policy.json');
  const { policy, errors } = validatePolicy(JSON.parse(readFileSync(file, 'utf8')));
  return { file, policy, errors };
}
