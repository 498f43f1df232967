/**
 * The organisation's own topics to avoid (DESIGN.md contract 2, `custom.topics`):
 * - a built-in pack by name (`alcohol`, `gambling`, `cannabis`, `tobacco`, `cryptocurrency`,
 *   `firearms`), data under src/core/data/custom/<pack>/;
 * - any other string: a term of its own ("Globex");
 * - `{ name, terms }`: a named list ("Rivals": ["Globex", "Initech"]).
 *
 * A pack knows which of its words are ambiguous ("pot", "joint", "shot", "bet", "token"): those
 * count only with another word of the topic nearby, and idioms that contain a topic word
 * ("joint venture", "coin toss", "jump the gun") never count. Nothing happens until topics are set.
 */
import * as v from 'valibot';
import alcoholAmbiguous from '../data/custom/alcohol/ambiguous.json';
import alcoholCues from '../data/custom/alcohol/cues.json';
import alcoholExceptions from '../data/custom/alcohol/exceptions.json';
import alcoholTerms from '../data/custom/alcohol/terms.json';
import cannabisAmbiguous from '../data/custom/cannabis/ambiguous.json';
import cannabisCues from '../data/custom/cannabis/cues.json';
import cannabisExceptions from '../data/custom/cannabis/exceptions.json';
import cannabisTerms from '../data/custom/cannabis/terms.json';
import cryptoAmbiguous from '../data/custom/cryptocurrency/ambiguous.json';
import cryptoCues from '../data/custom/cryptocurrency/cues.json';
import cryptoExceptions from '../data/custom/cryptocurrency/exceptions.json';
import cryptoTerms from '../data/custom/cryptocurrency/terms.json';
import firearmsAmbiguous from '../data/custom/firearms/ambiguous.json';
import firearmsCues from '../data/custom/firearms/cues.json';
import firearmsExceptions from '../data/custom/firearms/exceptions.json';
import firearmsTerms from '../data/custom/firearms/terms.json';
import gamblingAmbiguous from '../data/custom/gambling/ambiguous.json';
import gamblingCues from '../data/custom/gambling/cues.json';
import gamblingExceptions from '../data/custom/gambling/exceptions.json';
import gamblingTerms from '../data/custom/gambling/terms.json';
import tobaccoAmbiguous from '../data/custom/tobacco/ambiguous.json';
import tobaccoCues from '../data/custom/tobacco/cues.json';
import tobaccoExceptions from '../data/custom/tobacco/exceptions.json';
import tobaccoTerms from '../data/custom/tobacco/terms.json';
import { entriesOf, type WordListFile } from '../data/lists';
import { LIMITS, termListSchema, termSchema } from '../policy/fields';
import { type AnalyzedText, firstTokenEndingAfter, tokenize } from '../text/analyze';
import { coveredBy } from '../text/coverage';
import type { LexiconMatch, ListInput, TermEntry } from '../text/lexicon';
import { normalizeText } from '../text/normalize';
import { emojiContext } from './custom/context';
import { type CompoundTag, compoundTags, findPhrase, phraseSet } from './custom/tags';
import { defineRule, type RuleFinding } from './types';

interface Pack {
  terms: WordListFile;
  ambiguous: WordListFile;
  cues: WordListFile;
  exceptions: WordListFile;
}

export const TOPIC_PACKS: Readonly<Record<string, Pack>> = {
  alcohol: { terms: alcoholTerms, ambiguous: alcoholAmbiguous, cues: alcoholCues, exceptions: alcoholExceptions },
  cannabis: { terms: cannabisTerms, ambiguous: cannabisAmbiguous, cues: cannabisCues, exceptions: cannabisExceptions },
  cryptocurrency: { terms: cryptoTerms, ambiguous: cryptoAmbiguous, cues: cryptoCues, exceptions: cryptoExceptions },
  firearms: { terms: firearmsTerms, ambiguous: firearmsAmbiguous, cues: firearmsCues, exceptions: firearmsExceptions },
  gambling: { terms: gamblingTerms, ambiguous: gamblingAmbiguous, cues: gamblingCues, exceptions: gamblingExceptions },
  tobacco: { terms: tobaccoTerms, ambiguous: tobaccoAmbiguous, cues: tobaccoCues, exceptions: tobaccoExceptions },
};

export type Topic = string | { name: string; terms: string[] };
export interface CustomOptions {
  topics: Topic[];
}

/** How many words apart an ambiguous word and the word confirming its topic may be. */
const CONTEXT_WINDOW = 12;

const namedListSchema = v.strictObject(
  { name: termSchema, terms: termListSchema() },
  'expected an object with a name and a list of terms',
);
const topicsSchema = v.pipe(
  v.array(
    v.union(
      [termSchema, namedListSchema],
      `expected a topic pack (${Object.keys(TOPIC_PACKS).join(', ')}), a term, or an object {name, terms}`,
    ),
    'expected a list of topics',
  ),
  v.maxLength(LIMITS.listItems, `expected at most ${LIMITS.listItems} items`),
);

function packOf(topic: Topic): Pack | undefined {
  return typeof topic === 'string' ? TOPIC_PACKS[topic.trim().toLowerCase()] : undefined;
}

const LAST_WORD_PLAIN = /[a-z]\*?$/;

/**
 * An organisation's own term also in the plural ("lawsuit" → "lawsuits", "class action" →
 * "class actions"): people write both, and the policy author lists one.
 */
function withPlurals(terms: readonly string[]): TermEntry[] {
  const out: TermEntry[] = [];
  for (const raw of terms) {
    const term = raw.trim();
    out.push({ term });
    if (!LAST_WORD_PLAIN.test(term) || term.endsWith('*')) continue;
    out.push({ term: /(s|x|z|ch|sh)$/.test(term) ? `${term}es` : `${term}s` });
  }
  return out;
}

/**
 * Each term also as a possessive ("Globex's", "Rifle's cleaned"): the tokenizer keeps "'s" in the
 * word, so "rifle*" alone would miss it.
 */
function withPossessives(entries: readonly TermEntry[]): TermEntry[] {
  const out: TermEntry[] = [];
  for (const e of entries) {
    out.push(e);
    const term = e.term.trim();
    if (LAST_WORD_PLAIN.test(term)) out.push({ ...e, term: `${term.replace(/\*$/, '')}'s` });
  }
  return out;
}

/** A policy term with a full stop or other break inside ("Hendricks v. Acme") cannot be a phrase. */
function hasInnerBreak(term: string): boolean {
  return tokenize(normalizeText(term).norm).some((t) => t.breakBefore);
}

function ownTerms(topic: Topic): string[] {
  return typeof topic === 'string' ? [topic] : topic.terms;
}

/** Lists are numbered by topic so two topics sharing a word each report it under their own name. */
function topicLists(topic: Topic, index: number): ListInput[] {
  const pack = packOf(topic);
  if (pack) {
    return (['terms', 'ambiguous', 'cues', 'exceptions'] as const).map((kind) => ({
      list: `${index}:${kind}`,
      entries:
        kind === 'terms' || kind === 'ambiguous' ? withPossessives(entriesOf(pack[kind])) : entriesOf(pack[kind]),
    }));
  }
  const terms = ownTerms(topic).filter((term) => !hasInnerBreak(term));
  return [{ list: `${index}:terms`, entries: withPossessives(withPlurals(terms)) }];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Policy terms with a break inside, found as written (case-folded) with word boundaries. */
function literalHits(text: AnalyzedText, topic: Topic): LexiconMatch[] {
  if (packOf(topic)) return [];
  const out: LexiconMatch[] = [];
  const { norm } = text.normalized;
  for (const term of ownTerms(topic)) {
    if (!hasInnerBreak(term)) continue;
    const needle = normalizeText(term.trim()).norm;
    for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (WORD_CHAR.test(norm[at - 1] ?? '') || WORD_CHAR.test(norm[end] ?? '')) continue;
      const [start, stop] = text.toOriginal(at, end);
      out.push({
        list: 'literal',
        entry: { term },
        firstToken: firstTokenEndingAfter(text.tokens, at),
        lastToken: firstTokenEndingAfter(text.tokens, end - 1),
        start,
        end: stop,
        via: 'word',
      });
    }
  }
  return out;
}

interface TagPhrases {
  terms: Map<string, TermEntry>;
  exceptions: Map<string, TermEntry>;
}

/** Compiled once per policy's options object (the engine keeps one per policy). */
const tagPhrasesByOptions = new WeakMap<CustomOptions, TagPhrases[]>();

function tagPhrasesOf(options: CustomOptions): TagPhrases[] {
  let compiled = tagPhrasesByOptions.get(options);
  if (!compiled) {
    compiled = options.topics.map((topic) => {
      const pack = packOf(topic);
      // Only a pack's unambiguous terms: a tag gives no context to confirm "pot" or "shot".
      const terms = pack ? entriesOf(pack.terms) : withPlurals(ownTerms(topic));
      return { terms: phraseSet(terms), exceptions: phraseSet(pack ? entriesOf(pack.exceptions) : []) };
    });
    tagPhrasesByOptions.set(options, compiled);
  }
  return compiled;
}

/** Topic words inside CamelCase tags ("#NationalBeerDay", "@GlobexCorp"), as whole-tag matches. */
function tagHits(tags: readonly CompoundTag[], phrases: TagPhrases | undefined): LexiconMatch[] {
  if (!phrases || tags.length === 0) return [];
  const out: LexiconMatch[] = [];
  for (const tag of tags) {
    if (findPhrase(tag.words, phrases.exceptions)) continue;
    const entry = findPhrase(tag.words, phrases.terms);
    if (!entry) continue;
    out.push({
      list: 'tag',
      entry,
      firstToken: tag.token,
      lastToken: tag.token,
      start: tag.start,
      end: tag.end,
      via: 'word',
    });
  }
  return out;
}

function describeTopic(topic: Topic, written: string): string {
  if (packOf(topic)) return `${(topic as string).trim().toLowerCase()} is on your company’s list of topics to avoid`;
  if (typeof topic === 'string') return `“${written}” is on your company’s list of terms to avoid`;
  return `${topic.name} is on your company’s list of topics to avoid`;
}

/** Index of the first match starting at or after `token` (context is sorted by first token). */
function firstFrom(context: readonly LexiconMatch[], token: number): number {
  let lo = 0;
  let hi = context.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((context[mid] as LexiconMatch).firstToken < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Another word of the topic within the window, not overlapping `m` and not the same word. */
function confirmedByContext(m: LexiconMatch, context: readonly LexiconMatch[]): boolean {
  for (let k = firstFrom(context, m.firstToken - CONTEXT_WINDOW); k < context.length; k++) {
    const c = context[k] as LexiconMatch;
    if (c.firstToken > m.firstToken + CONTEXT_WINDOW) return false;
    const apart = c.lastToken < m.firstToken || c.firstToken > m.lastToken;
    if (apart && c.entry.term !== m.entry.term) return true;
  }
  return false;
}

/** Matches of one topic that count: outside exceptions, ambiguous ones only with context nearby. */
function topicHits(
  matches: (list: string) => LexiconMatch[],
  index: number,
  text: AnalyzedText,
  pack: string | undefined,
): LexiconMatch[] {
  const inException = coveredBy(matches(`${index}:exceptions`), text.tokens.length);
  const terms = matches(`${index}:terms`).filter((m) => !inException(m));
  const ambiguous = matches(`${index}:ambiguous`).filter((m) => !inException(m));
  if (ambiguous.length === 0) return terms;
  const context = [...terms, ...matches(`${index}:cues`), ...ambiguous, ...(pack ? emojiContext(text, pack) : [])].sort(
    (a, b) => a.firstToken - b.firstToken,
  );
  return [...terms, ...ambiguous.filter((m) => confirmedByContext(m, context))];
}

/** Longest match first at each place; overlapping shorter ones ("e cigarette" / "cigarette") drop. */
function withoutOverlaps(hits: LexiconMatch[]): LexiconMatch[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: LexiconMatch[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

export default defineRule<CustomOptions>({
  id: 'custom',
  meta: {
    title: 'Topics to avoid',
    description:
      'Flags the topics your company avoids: built-in packs (alcohol, gambling, cannabis, tobacco, cryptocurrency, firearms) and your own terms.',
    checksQuoted: true,
  },
  defaults: { severity: 'warn', topics: [] },
  options: { topics: topicsSchema },
  lists: (options) => options.topics.flatMap((topic, i) => topicLists(topic, i)),
  check({ text, options, matches, inQuoted }) {
    if (options.topics.length === 0) return [];
    const findings: RuleFinding[] = [];
    // Words already reported: a word two topics share is reported once, under the first listed.
    const claimed = new Set<number>();
    const tags = compoundTags(text);
    const tagPhrases = tags.length > 0 ? tagPhrasesOf(options) : [];
    options.topics.forEach((topic, index) => {
      const hits = [
        ...topicHits(matches, index, text, packOf(topic) ? (topic as string).trim().toLowerCase() : undefined),
        ...literalHits(text, topic),
        ...tagHits(tags, tagPhrases[index]),
      ];
      for (const m of withoutOverlaps(hits)) {
        if (claimed.has(m.firstToken) || claimed.has(m.lastToken)) continue;
        for (let t = m.firstToken; t <= m.lastToken; t++) claimed.add(t);
        const written = text.original.slice(m.start, m.end);
        const why = describeTopic(topic, written);
        findings.push({
          message: inQuoted
            ? `The post you are sharing mentions “${written}” — ${why}; share something else or check the policy.`
            : `Mentions “${written}” — ${why}; remove it or check the policy.`,
          start: m.start,
          end: m.end,
        });
      }
    });
    return findings;
  },
});
