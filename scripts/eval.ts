/**
 * `npm run eval`: per-rule precision and recall of the engine on the labelled corpus
 * (tests/corpus), dev and held-out reported apart. A report, not a gate: exits 0 whatever it finds.
 *
 *   npm run eval [-- --json] [--examples N] [--cli]
 *     --json        machine-readable summary on stdout instead of the tables
 *     --examples N  misses and false alarms shown per rule (default 5)
 *     --cli         run the built `preflight check --jsonl` instead of the engine in-process
 *     --file PATH   score that file (corpus format) alone, as a fresh batch, instead of the corpus
 */
import { parseArgs } from 'node:util';
import type { PolicyError } from '../src/core/policy/types';
import { type CorpusPost, loadCorpus, loadCorpusFile, loadCorpusPolicy, SPLITS, type Split } from './eval/corpus';
import { formatExamples, formatPolicyWarnings, formatTable } from './eval/report';
import { runInProcess, runViaCli } from './eval/run';
import { type SplitScore, scoreSplit, TARGETS } from './eval/score';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    examples: { type: 'string', default: '5' },
    cli: { type: 'boolean', default: false },
    file: { type: 'string' },
  },
});
const perRule = Math.max(0, Number.parseInt(values.examples, 10) || 0);

function load() {
  try {
    const policy = loadCorpusPolicy();
    // A fresh batch is scored in the dev slot, so its misses and false alarms are listed.
    const posts = values.file ? loadCorpusFile(values.file, 'dev') : loadCorpus();
    return { policy, posts, results: values.cli ? runViaCli(posts, policy) : runInProcess(posts, policy) };
  } catch (e) {
    // A report, not a gate: say why there are no numbers, and still exit 0.
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    process.exit(0);
  }
}
const { policy, posts, results } = load();

const scores = Object.fromEntries(
  SPLITS.map((split) => [
    split,
    scoreSplit(
      posts.filter((p) => p.split === split),
      results,
    ),
  ]),
) as Record<Split, SplitScore>;

const perPostPolicyErrors = new Map<string, PolicyError[]>(
  posts.filter((p: CorpusPost) => p.policyErrors.length > 0).map((p) => [p.id, p.policyErrors]),
);

if (values.json) {
  const summary = {
    mode: values.cli ? 'cli' : 'in-process',
    targets: TARGETS,
    policyErrors: {
      file: policy.errors,
      posts: Object.fromEntries(perPostPolicyErrors),
    },
    splits: Object.fromEntries(
      SPLITS.map((split) => {
        const { misses, falseAlarms, ...rest } = scores[split];
        return [
          split,
          {
            ...rest,
            misses: misses.map(({ id, rule }) => ({ id, rule })),
            falseAlarms: falseAlarms.map(({ id, rule, finding }) => ({ id, rule, message: finding?.message })),
          },
        ];
      }),
    ),
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
} else {
  const warnings = formatPolicyWarnings('policy.json', policy.errors, perPostPolicyErrors);
  const out = [
    `Preflight evaluation (${values.cli ? 'built CLI' : 'engine in-process, as the CLI runs it'}) — a post counts once per rule.`,
    ...(warnings ? [warnings] : []),
    ...(values.file
      ? [formatTable(values.file, scores.dev)]
      : SPLITS.map((split) => formatTable(split, scores[split]))),
    'The holdout split is for measuring only: do not tune rules on it.',
    formatExamples(`Misses in ${values.file ? 'the file' : 'dev'} (labelled, rule silent)`, scores.dev.misses, perRule),
    formatExamples(
      `False alarms in ${values.file ? 'the file' : 'dev'} (rule fired, not labelled; clean posts first)`,
      scores.dev.falseAlarms,
      perRule,
    ),
  ];
  process.stdout.write(`${out.join('\n\n')}\n`);
}
