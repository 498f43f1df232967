/**
 * Effective policy = defaults ⊕ user ⊕ managed (later layers win), with where each value came
 * from. Objects merge key by key; lists and plain values are replaced whole, so a list IT sets is
 * exactly IT's list.
 */
import { RULES } from '../rules';
import type { RuleId } from '../types';
import type { Policy, ResolvedPolicy, RuleSettings } from './types';

export type PolicySource = 'default' | 'user' | 'managed' | 'file' | 'post';

export interface PolicyLayer {
  source: PolicySource;
  policy: Policy;
}

export interface Resolution {
  policy: ResolvedPolicy;
  /** Dotted leaf path ("rules.politics.severity", "company.names") → the layer that set it. */
  sources: Record<string, PolicySource>;
}

export function defaultPolicy(): ResolvedPolicy {
  const rules = {} as Record<RuleId, RuleSettings>;
  for (const rule of RULES) rules[rule.id] = structuredClone(rule.defaults) as RuleSettings;
  return {
    company: { names: [], tickers: [], domains: [], products: [], accounts: [] },
    rules,
    quietPeriods: [],
    failClosed: false,
    allowPause: true,
    requireAcknowledgement: false,
    links: { resolveShortLinks: true, useBrowserHistory: false },
  };
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x);

function mergeInto(
  target: Record<string, unknown>,
  source: Record<string, unknown>,
  layer: PolicySource,
  prefix: string,
  sources: Record<string, PolicySource>,
): void {
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const current = target[key];
    if (isPlainObject(value) && (isPlainObject(current) || current === undefined)) {
      const next = isPlainObject(current) ? current : {};
      target[key] = next;
      mergeInto(next, value, layer, path, sources);
    } else {
      target[key] = structuredClone(value);
      sources[path] = layer;
    }
  }
}

function recordDefaults(value: unknown, prefix: string, sources: Record<string, PolicySource>): void {
  if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) recordDefaults(v, prefix ? `${prefix}.${k}` : k, sources);
  } else if (prefix) sources[prefix] = 'default';
}

export function resolvePolicy(layers: readonly PolicyLayer[]): Resolution {
  const policy = defaultPolicy();
  const sources: Record<string, PolicySource> = {};
  recordDefaults(policy, '', sources);
  for (const layer of layers) {
    mergeInto(
      policy as unknown as Record<string, unknown>,
      layer.policy as Record<string, unknown>,
      layer.source,
      '',
      sources,
    );
  }
  return { policy, sources };
}
