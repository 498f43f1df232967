/** Per-post scoring: a rule either fires on a post (any finding of it) or not. */
import { RULE_IDS, type RuleId } from '../../src/core/types';
import type { CorpusPost } from './corpus';
import type { ReportedFinding, Results } from './run';

/** The acceptance thresholds of issue 2, shown beside the numbers. */
export const TARGETS = { precision: 0.9, recall: 0.85, cleanFalseAlarmRate: 0.03 } as const;

export interface RuleScore {
  rule: RuleId;
  /** Posts labelled with the rule. */
  positives: number;
  tp: number;
  fp: number;
  fn: number;
  /** null when the rule never fired (precision) or has no positives (recall). */
  precision: number | null;
  recall: number | null;
}

export interface Example {
  id: string;
  rule: RuleId;
  labels: RuleId[];
  text: string;
  source: string;
  /** For false alarms: what the rule said and pointed at. */
  finding?: { message: string; excerpt?: string };
}

export interface SplitScore {
  posts: number;
  rules: RuleScore[];
  micro: { tp: number; fp: number; fn: number; precision: number | null; recall: number | null };
  clean: { posts: number; flagged: number; rate: number | null; flaggedIds: string[] };
  misses: Example[];
  falseAlarms: Example[];
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

function firedRules(findings: readonly ReportedFinding[]): Set<RuleId> {
  return new Set(findings.map((f) => f.rule));
}

export function scoreSplit(posts: readonly CorpusPost[], results: Results): SplitScore {
  const counts = new Map<RuleId, { positives: number; tp: number; fp: number; fn: number }>(
    RULE_IDS.map((r) => [r, { positives: 0, tp: 0, fp: 0, fn: 0 }]),
  );
  const misses: Example[] = [];
  const falseAlarms: Example[] = [];
  const flaggedClean: string[] = [];
  let cleanPosts = 0;
  for (const post of posts) {
    const findings = results.get(post.id) ?? [];
    const fired = firedRules(findings);
    const labels = new Set(post.labels);
    const text = post.parsed.post.text;
    if (labels.size === 0) {
      cleanPosts++;
      if (fired.size > 0) flaggedClean.push(post.id);
    }
    for (const rule of RULE_IDS) {
      const c = counts.get(rule) as { positives: number; tp: number; fp: number; fn: number };
      const base = { id: post.id, rule, labels: post.labels, text, source: post.source };
      if (labels.has(rule)) c.positives++;
      if (labels.has(rule) && fired.has(rule)) c.tp++;
      else if (labels.has(rule)) {
        c.fn++;
        misses.push(base);
      } else if (fired.has(rule)) {
        c.fp++;
        const f = findings.find((x) => x.rule === rule) as ReportedFinding;
        const excerpt = f.start !== undefined && f.end !== undefined ? text.slice(f.start, f.end) : undefined;
        falseAlarms.push({ ...base, finding: { message: f.message, ...(excerpt !== undefined && { excerpt }) } });
      }
    }
  }
  const rules = RULE_IDS.map((rule) => {
    const c = counts.get(rule) as { positives: number; tp: number; fp: number; fn: number };
    return { rule, ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.positives) };
  });
  const sum = (k: 'tp' | 'fp' | 'fn') => rules.reduce((n, r) => n + r[k], 0);
  const [tp, fp, fn] = [sum('tp'), sum('fp'), sum('fn')];
  // False alarms on clean posts first: they are what users complain about.
  falseAlarms.sort((a, b) => Number(a.labels.length > 0) - Number(b.labels.length > 0));
  return {
    posts: posts.length,
    rules,
    micro: { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) },
    clean: {
      posts: cleanPosts,
      flagged: flaggedClean.length,
      rate: ratio(flaggedClean.length, cleanPosts),
      flaggedIds: flaggedClean,
    },
    misses,
    falseAlarms,
  };
}

/** Whether a rule meets the acceptance bar on this split (null: nothing to judge). */
export function meetsTargets(r: RuleScore): boolean | null {
  if (r.positives === 0) return null;
  return (r.precision ?? 0) >= TARGETS.precision && (r.recall ?? 0) >= TARGETS.recall;
}
