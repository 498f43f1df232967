/** Political hashtags: "#ukpolitics", "#Election2024", "#Trump2028" (not "#TrumpCard", "#magazine"). */
import casedParties from '../../data/politics/cased-parties.json';
import casedSurnames from '../../data/politics/cased-surnames.json';
import conflictAnchors from '../../data/politics/conflict-anchors.json';
import freeCauses from '../../data/politics/free-causes.json';
import hashtagPrefixes from '../../data/politics/hashtag-prefixes.json';
import hashtagRoots from '../../data/politics/hashtag-roots.json';
import hashtagStems from '../../data/politics/hashtag-stems.json';
import hashtagSuffixes from '../../data/politics/hashtag-suffixes.json';
import hashtagTags from '../../data/politics/hashtag-tags.json';
import hashtagYearTags from '../../data/politics/hashtag-year-tags.json';
import nameAnchors from '../../data/politics/name-anchors.json';
import parties from '../../data/politics/parties.json';
import surnames from '../../data/politics/surnames.json';
import type { LexiconMatch } from '../../text/lexicon';
import { hasValueIn } from '../../text/sorted';
import type { RuleContext } from '../types';

/** One alternation of every stem: a hashtag is tested once, not once per stem. */
const STEMS = new RegExp(hashtagStems.entries.map((e) => e.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
const squash = (term: string) => term.replace(/[\s']/g, '');
/** "#Harris2024", "#Modi2029", "#Sunak24": a politician's one-word name followed by a year is a campaign tag. */
const NAME_TAGS = new Set(
  [...surnames.entries, ...nameAnchors.entries, ...casedSurnames.entries]
    .map((e) => e.term)
    .filter((t) => /^[a-z]+$/.test(t)),
);
/**
 * What a campaign or protest tag is built around: a politician, a party, a place at war, or a
 * political institution ("#StandWithUkraine", "#FreeIran", "#ToriesOut", "#AbolishICE").
 */
const ROOTS = new Set([
  ...NAME_TAGS,
  ...[
    ...parties.entries,
    ...casedParties.entries,
    ...conflictAnchors.entries,
    ...freeCauses.entries,
    ...hashtagRoots.entries,
  ]
    .map((e) => squash(e.term))
    .filter((t) => /^[a-z]+$/.test(t)),
]);
const PREFIXES = hashtagPrefixes.entries.map((e) => e.term);
const SUFFIXES = hashtagSuffixes.entries.map((e) => e.term);
/** "#Debate2024", "#Vote2026": election words that are political only with a year. */
const YEAR_TAGS = new Set(hashtagYearTags.entries.map((e) => e.term));
const WHOLE_TAGS = new Set(hashtagTags.entries.map((e) => e.term.slice(1)));

/** "#StandWithUkraine", "#ImpeachBiden", "#StarmerOut": a campaign word fused to a political root. */
function isCampaignTag(tag: string): boolean {
  for (const p of PREFIXES)
    if (tag.length > p.length && tag.startsWith(p) && ROOTS.has(tag.slice(p.length))) return true;
  for (const s of SUFFIXES)
    if (tag.length > s.length && tag.endsWith(s) && ROOTS.has(tag.slice(0, -s.length))) return true;
  return false;
}

/**
 * "#ukpolitics", "#Election2024", "#BringThemHome": political hashtags not already reported
 * through a word list (offsets in `reported` are the starts of earlier findings).
 */
export function politicalHashtags(ctx: RuleContext<unknown>, reported: readonly number[]): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  const starts = Int32Array.from(reported).sort();
  for (const e of ctx.text.entities) {
    if (e.type !== 'hashtag' || hasValueIn(starts, e.start, e.end - 1)) continue;
    const tag = e.value.slice(1).toLowerCase();
    // "#MAGA2028", "#GE2024": a listed tag, as it is or followed by a year or number.
    const withoutYear = tag.replace(/[\d_]+$/, '');
    const whole =
      WHOLE_TAGS.has(tag) ||
      WHOLE_TAGS.has(withoutYear) ||
      (withoutYear !== tag && (NAME_TAGS.has(withoutYear) || YEAR_TAGS.has(withoutYear))) ||
      isCampaignTag(withoutYear);
    if (!whole && (!STEMS.test(tag) || tag.includes('trumpcard'))) continue;
    const entry = { term: e.value, note: 'a political hashtag' };
    out.push({ list: 'hashtags', entry, firstToken: -1, lastToken: -1, start: e.start, end: e.end, via: 'word' });
  }
  return out;
}
