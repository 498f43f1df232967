/**
 * The company named inside a CamelCase hashtag: "#AcmeSummit", "#RoadrunnerTips",
 * "#ThanksAcme". The lexicon reads a tag as one word, so the name inside is found here, from the
 * capitals as written. A lowercase tag ("#acmesummit") is left alone: guessing where its words
 * break would find names inside unrelated words.
 */
import type { CompanyMention } from '../../company';
import type { AnalyzedText } from '../../text/analyze';

/** "AcmeSummit2026" → ["acme", "summit", "2026"]; "AI" stays one part. */
function camelParts(tag: string): string[] {
  return (tag.match(/\p{Lu}+(?![\p{Ll}])|\p{Lu}?\p{Ll}+|\p{N}+/gu) ?? []).map((p) => p.toLowerCase());
}

/** Names and products as the parts of a tag would spell them ("Acme Cloud" → ["acme", "cloud"]). */
export function tagNames(names: readonly string[]): string[][] {
  return names
    .map((n) =>
      n
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    )
    .filter((p) => p.length > 0);
}

/** The first CamelCase hashtag holding one of `names` as whole parts, as a mention. */
export function hashtagMention(
  text: AnalyzedText,
  names: readonly string[][],
  kind: CompanyMention['kind'],
): CompanyMention | undefined {
  if (names.length === 0) return undefined;
  for (const e of text.entities) {
    if (e.type !== 'hashtag') continue;
    const written = e.value.slice(1);
    // CamelCase only: a capital after the first letter, or a capitalised word before digits.
    if (written === written.toLowerCase() || !/\p{Lu}/u.test(written.slice(1))) continue;
    const parts = camelParts(written);
    if (parts.length < 2) continue;
    for (const name of names) {
      for (let i = 0; i + name.length <= parts.length; i++) {
        if (name.every((w, k) => parts[i + k] === w)) return { kind, start: e.start, end: e.end, value: e.value };
      }
    }
  }
  return undefined;
}
