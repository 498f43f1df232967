/** The readable report: a table per split, then the examples rule authors should look at. */
import type { PolicyError } from '../../src/core/policy/types';
import type { RuleId } from '../../src/core/types';
import { type Example, meetsTargets, type SplitScore, TARGETS } from './score';

const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(2));
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

function excerpt(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function formatTable(name: string, s: SplitScore): string {
  const head = `rule            posts   TP   FP   FN  precision  recall  target (P≥${TARGETS.precision} R≥${TARGETS.recall})`;
  const rows = s.rules.map((r) => {
    const ok = meetsTargets(r);
    const mark = ok === null ? 'no positives' : ok ? 'PASS' : 'FAIL';
    return `${r.rule.padEnd(15)} ${String(r.positives).padStart(5)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${fmt(r.precision).padStart(9)}  ${fmt(r.recall).padStart(6)}  ${mark}`;
  });
  const m = s.micro;
  const cleanOk = s.clean.rate !== null && s.clean.rate <= TARGETS.cleanFalseAlarmRate;
  return [
    `== ${name}: ${s.posts} posts ==`,
    head,
    ...rows,
    `${'all (micro)'.padEnd(15)} ${''.padStart(5)} ${String(m.tp).padStart(4)} ${String(m.fp).padStart(4)} ${String(m.fn).padStart(4)}  ${fmt(m.precision).padStart(9)}  ${fmt(m.recall).padStart(6)}`,
    `clean posts (no labels): ${s.clean.posts}; with any finding: ${s.clean.flagged} = ${pct(s.clean.rate)}  ` +
      `(target ≤ ${pct(TARGETS.cleanFalseAlarmRate)}: ${cleanOk ? 'PASS' : 'FAIL'})`,
  ].join('\n');
}

/** Up to `perRule` examples of each rule, rules with the most examples first. */
function pickPerRule(examples: readonly Example[], perRule: number): Example[] {
  const byRule = new Map<RuleId, Example[]>();
  for (const e of examples) byRule.set(e.rule, [...(byRule.get(e.rule) ?? []), e]);
  return [...byRule.values()].sort((a, b) => b.length - a.length).flatMap((list) => list.slice(0, perRule));
}

export function formatExamples(title: string, examples: readonly Example[], perRule: number): string {
  if (examples.length === 0) return `${title}: none`;
  const shown = pickPerRule(examples, perRule);
  const lines = shown.map((e) => {
    const said = e.finding
      ? `\n      ↳ ${e.finding.excerpt ? `"${e.finding.excerpt}": ` : ''}${excerpt(e.finding.message, 100)}`
      : '';
    const labels = e.labels.length ? e.labels.join(',') : 'clean';
    return `  ${e.rule.padEnd(14)} ${e.id} [${labels}] ${excerpt(e.text)}${said}`;
  });
  return [`${title} (${examples.length}; up to ${perRule} per rule shown):`, ...lines].join('\n');
}

export function formatPolicyWarnings(
  file: string,
  errors: readonly PolicyError[],
  perPost: Map<string, PolicyError[]>,
): string {
  const lines = errors.map((e) => `  ${file}: ${e.path}: ${e.message} (ignored)`);
  // The same refusal repeats across posts (one undeclared option): one line each, with the posts.
  const byProblem = new Map<string, string[]>();
  for (const [id, errs] of perPost)
    for (const e of errs)
      byProblem.set(`policy.${e.path}: ${e.message}`, [...(byProblem.get(`policy.${e.path}: ${e.message}`) ?? []), id]);
  for (const [problem, ids] of byProblem) {
    const shown = ids.slice(0, 6).join(', ') + (ids.length > 6 ? ', …' : '');
    lines.push(`  ${problem} (ignored) in ${ids.length} post${ids.length === 1 ? '' : 's'}: ${shown}`);
  }
  if (lines.length === 0) return '';
  return [
    'Policy values refused by the schema — the CLI would stop on these; until the rule declares the option, the eval runs without them:',
    ...lines,
  ].join('\n');
}
