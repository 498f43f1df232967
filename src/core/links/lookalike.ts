/**
 * Does a host imitate a protected domain? Four ways a phisher makes a name read like another:
 * - confusable letters: "pаypal.com" (Cyrillic а), "paypa1.com", "rnicrosoft.com" (TR39 skeleton);
 * - one typo: "paypall.com", "gooogle.com", "micosoft.com" (names of 6+ letters only);
 * - the real domain in front of another: "paypal.com.evil.io", "paypal.com-login.evil.io";
 * - the name plus a lure word, or disguised, in a hyphenated name: "paypal-login.com",
 *   "dhl-parcel.net", "amaz0n-rewards.co".
 * The same name under another suffix ("google.de", "amazon.com.au") is the brand's own, not a look-alike.
 */
import { decodeLabel, labelSkeleton } from './skeleton';

export interface ProtectedDomain {
  /** "paypal.com" */
  domain: string;
  /** "paypal" */
  label: string;
  skeleton: string;
  /** Skeletons of every label, for "paypal.com.evil.io". */
  labelSkeletons: string[];
}

export type LookalikeHow = 'confusable' | 'typo' | 'prefix' | 'combo';

export interface Lookalike {
  imitates: string;
  how: LookalikeHow;
}

/** Typos are judged only on names this long: shorter ones sit one letter from too many real sites. */
const MIN_TYPO_LENGTH = 6;

export function protectDomain(domain: string, suffixLabels: number): ProtectedDomain {
  const labels = domain.split('.');
  const label = labels[Math.max(0, labels.length - suffixLabels - 1)] ?? domain;
  return { domain, label, skeleton: labelSkeleton(label), labelSkeletons: labels.map(labelSkeleton) };
}

/** True when a and b differ by exactly one insertion, deletion, substitution or adjacent swap. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    if (short.slice(i + 1) === long.slice(i + 1)) return true;
    return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
  }
  return short.slice(i) === long.slice(i + 1);
}

function isTypoOf(candidate: string, brand: string): boolean {
  if (brand.length < MIN_TYPO_LENGTH || candidate[0] !== brand[0] || !oneEditApart(candidate, brand)) return false;
  // "officer", "googled", "amazons" are other words; only a doubled last letter ("paypall") is a typo.
  if (candidate.length === brand.length + 1 && candidate.startsWith(brand)) return candidate.at(-1) === brand.at(-1);
  return true;
}

export interface LookalikeIndex {
  /** Protected domains by skeleton of their name; several when one name has several suffixes. */
  bySkeleton: Map<string, ProtectedDomain[]>;
  byLabel: Set<string>;
  all: ProtectedDomain[];
  baitWords: Set<string>;
  legitimate: Set<string>;
}

export function buildLookalikeIndex(
  protectedDomains: readonly ProtectedDomain[],
  baitWords: Iterable<string>,
  legitimate: Iterable<string>,
): LookalikeIndex {
  const bySkeleton = new Map<string, ProtectedDomain[]>();
  for (const p of protectedDomains) {
    const same = bySkeleton.get(p.skeleton);
    if (same) same.push(p);
    else bySkeleton.set(p.skeleton, [p]);
  }
  return {
    bySkeleton,
    byLabel: new Set(protectedDomains.map((p) => p.label)),
    all: [...protectedDomains],
    baitWords: new Set(baitWords),
    legitimate: new Set(legitimate),
  };
}

/** Subdomain labels hold a protected domain's labels in a row: "paypal.com.evil.io", "www-paypal-com.x.io". */
function prefixTrick(subdomainLabels: readonly string[], index: LookalikeIndex): ProtectedDomain | undefined {
  const pieces = subdomainLabels.flatMap((l) => l.split('-')).map(labelSkeleton);
  for (const p of index.all) {
    const want = p.labelSkeletons;
    for (let i = 0; i + want.length <= pieces.length; i++) {
      if (want.every((w, k) => pieces[i + k] === w)) return p;
    }
  }
  return undefined;
}

/**
 * A hyphenated name built on a protected one: "paypal-login", "acme-partners-login" (the name
 * plus a lure word), "amaz0n-rewards" (the name itself disguised) or "gooogle-workspace" (the
 * name misspelt: phishing kits combine the two tricks, and the typo is the disguise, so no lure
 * word is needed). "google-analytics" has neither and stays clean.
 */
function comboTrick(label: string, index: LookalikeIndex): Lookalike | undefined {
  if (!label.includes('-')) return undefined;
  let brand: ProtectedDomain | undefined;
  let how: LookalikeHow = 'combo';
  let lure = false;
  for (const piece of label.toLowerCase().split('-')) {
    if (!piece) continue;
    const skeleton = labelSkeleton(piece);
    const p = brand ? undefined : index.bySkeleton.get(skeleton)?.[0];
    const typo = brand || p ? undefined : index.all.find((q) => isTypoOf(skeleton, q.skeleton));
    if (p) {
      brand = p;
      if (piece !== p.label) how = 'confusable';
    } else if (typo) {
      brand = typo;
      how = 'typo';
    } else if (index.baitWords.has(piece)) lure = true;
  }
  if (!brand || (how === 'combo' && !lure)) return undefined;
  return { imitates: brand.domain, how };
}

/**
 * @param writtenLabels the host's labels as written (case and script kept; punycode allowed)
 * @param asciiLabels the same labels as the browser sees them
 * @param suffixLabels how many trailing labels are the public suffix
 */
export function findLookalike(
  writtenLabels: readonly string[],
  asciiLabels: readonly string[],
  suffixLabels: number,
  index: LookalikeIndex,
): Lookalike | null {
  const labels = writtenLabels.length === asciiLabels.length ? writtenLabels : asciiLabels;
  const at = labels.length - suffixLabels - 1;
  if (at < 0) return null;
  const registrable = asciiLabels.slice(at).join('.');
  if (index.legitimate.has(registrable)) return null;
  const written = decodeLabel(labels[at] as string);
  const plain = decodeLabel(asciiLabels[at] as string);
  const sub = labels.slice(0, at).map(decodeLabel);
  const prefix = prefixTrick(sub, index);
  if (prefix) return { imitates: prefix.domain, how: 'prefix' };
  // The brand's own name under another suffix: google.de, amazon.com.au, paypal.me.
  if (index.byLabel.has(plain)) return null;
  const skeleton = labelSkeleton(written);
  const same = index.bySkeleton.get(skeleton);
  if (same) {
    // "acrne.io" imitates acme.io rather than acme.com when both are protected.
    const suffix = asciiLabels.slice(at + 1).join('.');
    const best = same.find((p) => p.domain.endsWith(`.${suffix}`)) ?? (same[0] as ProtectedDomain);
    return { imitates: best.domain, how: 'confusable' };
  }
  for (const p of index.all) if (isTypoOf(skeleton, p.skeleton)) return { imitates: p.domain, how: 'typo' };
  return comboTrick(written, index) ?? null;
}
