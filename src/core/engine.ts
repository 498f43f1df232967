/**
 * The engine: one post and an effective policy in, findings out. Pure and synchronous; the
 * background worker adds what needs the network (link resolution) before calling it.
 */
import { buildCompanyView, companyLists } from './company';
import type { ResolvedPolicy } from './policy/types';
import { RULES } from './rules';
import type { AnyRule, RuleContext } from './rules/types';
import { type AnalyzedText, analyzeText } from './text/analyze';
import { compileLexicon, type Lexicon, type LexiconMatch, type ListInput, matchLexicon } from './text/lexicon';
import type { Finding, Post, Severity } from './types';

export interface CheckOptions {
  /** The moment of checking, for quiet periods. */
  now?: Date;
}

interface CompiledRule {
  rule: AnyRule;
  severity: Exclude<Severity, 'off'>;
  options: Record<string, unknown>;
  /** The rule's list names → their names in the shared lexicon ("politics/strong"). */
  listNames: Map<string, string>;
}

interface Compiled {
  rules: CompiledRule[];
  lexicon: Lexicon;
}

/** Compiled word lists per policy object: the worker checks many drafts under one policy. */
const compiledByPolicy = new WeakMap<ResolvedPolicy, Compiled>();

function listName(ruleId: string, list: string): string {
  return `${ruleId}/${list}`;
}

function compile(policy: ResolvedPolicy): Compiled {
  const cached = compiledByPolicy.get(policy);
  if (cached) return cached;
  const lists: ListInput[] = companyLists(policy);
  const rules: Compiled['rules'] = [];
  for (const rule of RULES) {
    const settings = policy.rules[rule.id];
    if (!settings || settings.severity === 'off') continue;
    const options = { ...rule.defaults, ...settings } as Record<string, unknown>;
    const listNames = new Map<string, string>();
    for (const l of rule.lists?.(options, policy) ?? []) {
      listNames.set(l.list, listName(rule.id, l.list));
      lists.push({ ...l, list: listName(rule.id, l.list) });
    }
    rules.push({ rule, severity: settings.severity, options, listNames });
  }
  const result = { rules, lexicon: compileLexicon(lists) };
  compiledByPolicy.set(policy, result);
  return result;
}

function groupMatches(matches: LexiconMatch[]): Map<string, LexiconMatch[]> {
  const byList = new Map<string, LexiconMatch[]>();
  for (const m of matches) {
    const arr = byList.get(m.list);
    if (arr) arr.push(m);
    else byList.set(m.list, [m]);
  }
  return byList;
}

const SEVERITY_ORDER: Record<Exclude<Severity, 'off'>, number> = { block: 0, warn: 1, info: 2 };

function runRules(
  compiled: Compiled,
  post: Post,
  text: AnalyzedText,
  inQuoted: boolean,
  policy: ResolvedPolicy,
  now: Date,
): Finding[] {
  const byList = groupMatches(matchLexicon(compiled.lexicon, text));
  const all = (name: string) => byList.get(name) ?? [];
  const company = buildCompanyView(policy, text, all);
  const findings: Finding[] = [];
  for (const { rule, severity, options, listNames } of compiled.rules) {
    if (inQuoted && !rule.meta.checksQuoted) continue;
    // Rules ask for their lists often: look the full name up rather than build it on every call.
    const ctx: RuleContext<Record<string, unknown>> = {
      post,
      text,
      inQuoted,
      options,
      severity,
      policy,
      company,
      now,
      matches: (list) => all(listNames.get(list) ?? listName(rule.id, list)),
    };
    for (const f of rule.check(ctx)) {
      const finding: Finding = { ...f, rule: rule.id, severity: f.severity ?? severity };
      if (inQuoted) {
        finding.inQuoted = true;
        delete finding.start;
        delete finding.end;
      }
      findings.push(finding);
    }
  }
  return findings;
}

/** Drops repeats: the same rule pointing at the same text with the same message. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}|${f.start}|${f.end}|${f.inQuoted ? 'q' : ''}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function checkPost(post: Post, policy: ResolvedPolicy, options: CheckOptions = {}): Finding[] {
  const now = options.now ?? new Date();
  const compiled = compile(policy);
  const findings = runRules(compiled, post, analyzeText(post.text), false, policy, now);
  if (post.quoted?.text) findings.push(...runRules(compiled, post, analyzeText(post.quoted.text), true, policy, now));
  return dedupe(findings).sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.start ?? -1) - (b.start ?? -1),
  );
}
