/**
 * Political content: politicians by name, parties, elections and voting, legislation fights,
 * hot-button topics and war talk. Companies keep their accounts and their employees' work
 * posts out of partisan politics, whatever side a post takes.
 *
 * Precision comes from three tiers of word lists (src/core/data/politics/):
 * - strong terms that are political on their own (full names, parties, "abortion", "Brexit");
 * - names that are also ordinary words or other people's surnames, with a check on how they
 *   are written ("Trump" but not "trump card"; "Modi" but not "Priya Modi");
 * - ambiguous words ("vote", "election", "Congress", "Ukraine") that need a political signal
 *   nearby and no non-political context ("vote for us in the awards", "leader election").
 */

import { entriesOf } from '../data/lists';
import benign from '../data/politics/benign.json';
import casedParties from '../data/politics/cased-parties.json';
import casedSurnames from '../data/politics/cased-surnames.json';
import civic from '../data/politics/civic.json';
import civicAnchors from '../data/politics/civic-anchors.json';
import civicSignals from '../data/politics/civic-signals.json';
import conflictAnchors from '../data/politics/conflict-anchors.json';
import conflictSignals from '../data/politics/conflict-signals.json';
import handles from '../data/politics/handles.json';
import hashtagStems from '../data/politics/hashtag-stems.json';
import hashtagTags from '../data/politics/hashtag-tags.json';
import legislation from '../data/politics/legislation.json';
import nameAnchors from '../data/politics/name-anchors.json';
import parties from '../data/politics/parties.json';
import partyWords from '../data/politics/party-words.json';
import people from '../data/politics/people.json';
import surnames from '../data/politics/surnames.json';
import titles from '../data/politics/titles.json';
import topics from '../data/politics/topics.json';
import weakAnchors from '../data/politics/weak-anchors.json';
import weakBenign from '../data/politics/weak-benign.json';
import { termListSchema } from '../policy/fields';
import type { Token } from '../text/analyze';
import type { LexiconMatch, TermEntry } from '../text/lexicon';
import { normalizeText } from '../text/normalize';
import { defineRule, type RuleContext, type RuleFinding } from './types';

interface PoliticsOptions {
  /** Extra political terms from the policy (lexicon syntax), political on their own. */
  terms: string[];
  /** Terms never to flag here (e.g. a party name that is also a customer's name). */
  allow: string[];
}

/** How many words away a signal or a non-political context still counts. */
const WINDOW = 8;

/**
 * Names also match in the possessive ("Modi's", which the tokenizer keeps as one word) and,
 * for bare surnames, with the apostrophe left out or as a family ("Obamas").
 */
function withPossessives(entries: TermEntry[], plural = false): TermEntry[] {
  const out = [...entries];
  for (const e of entries) {
    if (e.term.endsWith('*') || e.term.endsWith('s') || /^[#@]/.test(e.term)) continue;
    out.push({ ...e, term: `${e.term}'s` });
    if (plural) out.push({ ...e, term: `${e.term}s` });
  }
  return out;
}

const LISTS = {
  people: withPossessives(entriesOf(people)),
  surnames: withPossessives(entriesOf(surnames), true),
  handles: entriesOf(handles),
  cased: withPossessives(entriesOf(casedSurnames)),
  casedParties: entriesOf(casedParties),
  titles: entriesOf(titles),
  parties: entriesOf(parties),
  topics: entriesOf(topics),
  civic: entriesOf(civic),
  legislation: entriesOf(legislation),
  civicAnchors: entriesOf(civicAnchors),
  civicSignals: entriesOf(civicSignals),
  conflictAnchors: entriesOf(conflictAnchors),
  conflictSignals: entriesOf(conflictSignals),
  benign: entriesOf(benign),
  nameAnchors: withPossessives(entriesOf(nameAnchors)),
  weakAnchors: entriesOf(weakAnchors),
  weakBenign: entriesOf(weakBenign),
  partyWords: entriesOf(partyWords),
} as const;
type ListName = keyof typeof LISTS | 'terms';

type Kind = 'person' | 'party' | 'topic' | 'civic' | 'legislation' | 'conflict' | 'policy';
const KIND_OF: Partial<Record<ListName, Kind>> = {
  people: 'person',
  handles: 'person',
  surnames: 'person',
  cased: 'person',
  titles: 'person',
  parties: 'party',
  casedParties: 'party',
  partyWords: 'party',
  topics: 'topic',
  civic: 'civic',
  legislation: 'legislation',
  civicAnchors: 'civic',
  weakAnchors: 'civic',
  nameAnchors: 'person',
  conflictAnchors: 'conflict',
  terms: 'policy',
};

/**
 * Capitalised words that may stand before a politician's surname without being a first name
 * of someone else: titles, and words that often open a sentence.
 */
const NOT_A_FIRST_NAME = new Set(
  (
    'president pm prime minister mr mrs ms dr shri sri smt ji senator sen governor gov chancellor premier leader ' +
    'comrade secretary speaker mayor rep congressman congresswoman ambassador vp vice general sir dame lord ' +
    'herr frau madame monsieur elect former ex dear hey hi thanks thank congrats congratulations and or but so ' +
    'because why when what how if as after before with by for from to at on in of the a an like unlike did does ' +
    "do is was will can should would could has have had not yes no even only also just both let lets let's " +
    'meanwhile today yesterday tomorrow now then here there this that these those my our your their his her its ' +
    'i we you they he she it me us them breaking news update via says said under against while where who ' +
    'whether since until during imagine apparently honestly look listen lol lmao omg wow ugh yeah ok okay well ' +
    'sure see watch read guess seriously rt'
  ).split(' '),
);

/** Words after "Trump" or "Labour" that make them the ordinary word ("trump card", "Labour costs"). */
const ORDINARY_SENSE_AFTER = new Set(
  'card cards suit suits market markets cost costs shortage shortages force law laws day union unions supply rate rates pool productivity intensive saving savings'.split(
    ' ',
  ),
);

/** Words that follow "trump" written in lowercase when it is the man, not the verb ("trump is", "trump said"). */
const NAME_SENSE_AFTER = new Set(
  'is was has had will would said says just and administration supporters voters tariffs era campaign rally won lost wants signed'.split(
    ' ',
  ),
);

/** Political roles after a party word: "Green candidate", "Liberal MP", "Labor voters", "ANC government". */
const POLITICAL_ROLES = new Set(
  (
    'candidate candidates mp mps mla mlas mep meps councillor councillors councilor councilors senator senators ' +
    'congressman congresswoman voters voter government govt manifesto leader leadership politician politicians ' +
    'minister ministers premier mayor frontbench frontbencher backbench backbencher backbenchers whip caucus ' +
    'supporters members campaign activists majority opposition cabinet'
  ).split(' '),
);

/** Words before a capitalised word that make it someone's name ("our intern Tory", "my colleague Reform"). */
const PERSON_ROLES = new Set(
  'intern colleague coworker teammate friend manager engineer designer developer founder mentor boss client customer son daughter wife husband brother sister'.split(
    ' ',
  ),
);

const SURNAME_ONLY_TITLES = new Set(['president', 'chancellor', 'premier']);
const ELECTION_DETERMINERS = new Set(['the', 'this', 'upcoming', 'next', 'last', 'recent', 'contested']);
const CENTRAL_BANK = new Set(['bank', 'rbi', 'fed', 'boe', 'ecb', 'central', 'reserve', 'england']);

interface Candidate {
  kind: Kind;
  match: LexiconMatch;
}

function normalizedTerm(s: string): string {
  return normalizeText(s.trim()).norm.replace(/\s+/g, ' ');
}

export default defineRule<PoliticsOptions>({
  id: 'politics',
  meta: {
    title: 'Political content',
    description:
      'Flags politicians by name, parties, elections and voting, legislation fights, hot-button topics and war talk.',
    checksQuoted: true,
  },
  defaults: { severity: 'warn', terms: [], allow: [] },
  options: { terms: termListSchema(), allow: termListSchema() },
  lists(options) {
    const lists = Object.entries(LISTS).map(([list, entries]) => ({ list, entries }));
    lists.push({ list: 'terms', entries: options.terms.map((term) => ({ term, note: 'listed in the policy' })) });
    return lists;
  },
  check(ctx) {
    const allowed = new Set(ctx.options.allow.map(normalizedTerm));
    const candidates = findCandidates(ctx);
    return keepLongest(candidates)
      .filter((c) => !allowed.has(normalizedTerm(ctx.text.original.slice(c.match.start, c.match.end))))
      .map((c) => toFinding(c, ctx.text.original));
  },
});

function findCandidates(ctx: RuleContext<PoliticsOptions>): Candidate[] {
  const inLink = linkRanges(ctx);
  // Words inside a link or an e-mail address ("fool.com", "/election-day-deals") are not prose.
  const m = (list: ListName) => (inLink ? ctx.matches(list).filter((x) => !inLink(x.start)) : ctx.matches(list));
  const { tokens, original } = ctx.text;
  const out: Candidate[] = [];
  const add = (list: ListName, match: LexiconMatch) => out.push({ kind: KIND_OF[list] as Kind, match });

  for (const list of ['people', 'handles', 'parties', 'topics', 'legislation', 'terms'] as const) {
    for (const match of m(list)) {
      // "Our intern Tory crushed her demo": a capitalised one-word name after a person's role.
      if (match.firstToken === match.lastToken && PERSON_ROLES.has(tokens[match.firstToken - 1]?.text ?? '')) continue;
      add(list, match);
    }
  }
  for (const match of m('partyWords')) {
    const tok = tokens[match.firstToken];
    const next = tokens[match.lastToken + 1];
    if (!tok || !next || next.breakBefore || !POLITICAL_ROLES.has(next.text)) continue;
    if (isCapitalized(original, match.start) || tok.sigil !== '') add('partyWords', match);
  }
  for (const match of m('surnames')) {
    if (!followsAnotherName(tokens, original, match.firstToken, ctx.text)) add('surnames', match);
  }

  // Strong political matches also serve as signals for the ambiguous words below.
  const strongSignals = tokenIndexList(out.map((c) => c.match));
  const civicSignalIdx = tokenIndexList(
    [...m('civicSignals'), ...m('civicAnchors'), ...m('civic'), ...m('titles'), ...m('casedParties')],
    strongSignals,
  );
  const benignIdx = tokenIndexList(m('benign'));

  for (const match of m('cased')) {
    const tok = tokens[match.firstToken];
    const next = tokens[match.lastToken + 1];
    const nextInSentence = next && !next.breakBefore ? next.text : '';
    if (ORDINARY_SENSE_AFTER.has(nextInSentence)) continue;
    if (followsAnotherName(tokens, original, match.firstToken, ctx.text)) continue;
    const asName =
      tok?.sigil !== '' ||
      isCapitalized(original, match.start) ||
      tok.text.endsWith("'s") ||
      NAME_SENSE_AFTER.has(nextInSentence) ||
      hasMatchNear(civicSignalIdx, match, WINDOW);
    if (asName) add('cased', match);
  }
  for (const match of m('casedParties')) {
    const tok = tokens[match.firstToken];
    const next = tokens[match.lastToken + 1];
    if (!tok || ((tok.breakBefore || match.firstToken === 0) && tok.sigil === '')) continue;
    if (!isCapitalized(original, match.start) && tok.sigil === '') continue;
    if (
      next &&
      !next.breakBefore &&
      (ORDINARY_SENSE_AFTER.has(next.text) || startsCapitalized(next, original, ctx.text))
    ) {
      continue;
    }
    add('casedParties', match);
  }
  for (const match of m('titles')) {
    const next = tokens[match.lastToken + 1];
    const after = tokens[match.lastToken + 2];
    // "President Ruto", not "President Jane Smith" (a company's or a club's president).
    const surnameOnly = !after || after.breakBefore || !startsCapitalized(after, original, ctx.text);
    if (SURNAME_ONLY_TITLES.has(match.entry.term) && !surnameOnly) continue;
    // "RBI Governor Sanjay Malhotra", "Bank of England Governor": central bankers, not politicians.
    if (CENTRAL_BANK.has(tokens[match.firstToken - 1]?.text ?? '')) continue;
    // "The Prime Minister's Award": a title in the possessive is not followed by the name.
    if ((tokens[match.lastToken] as Token).text.endsWith("'s")) continue;
    if (next && !next.breakBefore && startsCapitalized(next, original, ctx.text)) {
      add('titles', { ...match, lastToken: match.lastToken + 1, end: ctx.text.toOriginal(next.start, next.end)[1] });
    }
  }
  for (const match of m('civic')) {
    if (!hasMatchNear(benignIdx, match, WINDOW)) add('civic', match);
  }
  for (const match of m('civicAnchors')) {
    if (hasMatchNear(benignIdx, match, WINDOW)) continue;
    if (isPersonNamedBill(tokens, original, match, ctx.text)) continue;
    if (
      hasMatchNear(civicSignalIdx, match, WINDOW, true) ||
      isTheElection(tokens, match) ||
      isTheLegislature(tokens, original, match, ctx.text)
    ) {
      add('civicAnchors', match);
    }
  }
  const conflictIdx = tokenIndexList(m('conflictSignals'));
  for (const match of m('conflictAnchors')) {
    if (hasMatchNear(conflictIdx, match, WINDOW)) add('conflictAnchors', match);
  }

  // Weak words ("candidate", "rally", "Washington", "Bernie") need a political word from the
  // stronger lists nearby; they never confirm each other, so "candidate debate" stays quiet.
  const weak = m('weakAnchors');
  const signalIdx = tokenIndexList(
    out.map((c) => c.match),
    civicSignalIdx,
    tokenIndexList(weak),
  );
  for (const match of m('nameAnchors')) {
    if (isNameAnchor(tokens, original, match, ctx.text) && hasMatchNear(signalIdx, match, WINDOW, true)) {
      add('nameAnchors', match);
    }
  }
  // A weak word next to a finding adds nothing ("Trump's tariffs": the name is the finding).
  const foundIdx = tokenIndexList(out.map((c) => c.match));
  const weakBenignIdx = tokenIndexList(m('weakBenign'), benignIdx);
  for (const match of weak) {
    if (hasMatchNear(foundIdx, match, WINDOW) || hasMatchNear(weakBenignIdx, match, WINDOW)) continue;
    if (hasMatchNear(civicSignalIdx, match, WINDOW, true)) add('weakAnchors', match);
  }
  out.push(...politicalHashtags(ctx, out));
  return out;
}

/** One alternation of every stem: a hashtag is tested once, not once per stem. */
const STEMS = new RegExp(hashtagStems.entries.map((e) => e.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
/** "#Harris2024", "#Modi2029", "#Sunak24": a politician's one-word name followed by a year is a campaign tag. */
const NAME_TAGS = new Set(
  [...surnames.entries, ...nameAnchors.entries, ...casedSurnames.entries]
    .map((e) => e.term)
    .filter((t) => /^[a-z]+$/.test(t)),
);
const WHOLE_TAGS = new Set(hashtagTags.entries.map((e) => e.term.slice(1)));

/** "#ukpolitics", "#Election2024": hashtags that contain a political stem (not "#TrumpCard"). */
function politicalHashtags(ctx: RuleContext<PoliticsOptions>, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const starts = Int32Array.from(found.map((c) => c.match.start)).sort();
  for (const e of ctx.text.entities) {
    // Already reported through a word list ("#Brexit")?
    if (e.type !== 'hashtag' || hasValueIn(starts, e.start, e.end - 1)) continue;
    const tag = e.value.slice(1).toLowerCase();
    // "#MAGA2028", "#GE2024": a listed tag, as it is or followed by a year or number.
    const withoutYear = tag.replace(/[\d_]+$/, '');
    const whole =
      WHOLE_TAGS.has(tag) || WHOLE_TAGS.has(withoutYear) || (withoutYear !== tag && NAME_TAGS.has(withoutYear));
    if (!whole && (!STEMS.test(tag) || tag.includes('trumpcard'))) continue;
    const entry = { term: e.value, note: 'a political hashtag' };
    out.push({
      kind: 'topic',
      match: { list: 'hashtags', entry, firstToken: -1, lastToken: -1, start: e.start, end: e.end, via: 'word' },
    });
  }
  return out;
}

/** Whether an original-text offset lies inside a link or an e-mail address. */
function linkRanges(ctx: RuleContext<PoliticsOptions>): ((offset: number) => boolean) | undefined {
  // Entities come sorted by start and never overlap, so a binary search finds the one before.
  const links = ctx.text.entities.filter((e) => e.type === 'url' || e.type === 'email');
  if (links.length === 0) return undefined;
  return (offset) => {
    let lo = 0;
    let hi = links.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((links[mid] as (typeof links)[number]).start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const link = links[lo - 1];
    return link !== undefined && offset < link.end;
  };
}

/** Whether a sorted array holds a value in [from, to]. */
function hasValueIn(sorted: Int32Array, from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && (sorted[lo] as number) <= to;
}

/**
 * "Priya Modi", "Ivanka Trump", "50 Pence": the word right before the surname shows it is
 * someone else (another capitalised first name) or something else (an amount).
 */
function followsAnotherName(
  tokens: readonly Token[],
  original: string,
  index: number,
  text: RuleContext<unknown>['text'],
): boolean {
  const tok = tokens[index];
  const prev = tokens[index - 1];
  if (!tok || !prev || tok.breakBefore || tok.sigil !== '') return false;
  if (/^\p{N}+$/u.test(prev.text)) return true;
  if (NOT_A_FIRST_NAME.has(prev.text)) return false;
  const [start, end] = text.toOriginal(prev.start, prev.end);
  const word = original.slice(start, end);
  // An all-capitals word is a shout or an acronym ("BREAKING", "USA"), not a first name.
  return isCapitalized(original, start) && word !== word.toUpperCase();
}

/** "after the election", "this election" — but not "the election of our board chair". */
function isTheElection(tokens: readonly Token[], match: LexiconMatch): boolean {
  const tok = tokens[match.firstToken];
  if (!tok || (tok.text !== 'election' && tok.text !== 'elections') || tok.breakBefore) return false;
  const prev = tokens[match.firstToken - 1];
  const next = tokens[match.lastToken + 1];
  const nextWord = next && !next.breakBefore ? next.text : '';
  return prev !== undefined && ELECTION_DETERMINERS.has(prev.text) && nextWord !== 'of';
}

/**
 * "Bernie", "Boris", "#Kamala" as a politician's name: written with a capital (or as a tag),
 * not the first name of someone else ("Boris Becker", "Warren Buffett") and not the surname of
 * someone else ("Ivanka Trump", "Emma Watson").
 */
function isNameAnchor(
  tokens: readonly Token[],
  original: string,
  match: LexiconMatch,
  text: RuleContext<unknown>['text'],
): boolean {
  const tok = tokens[match.firstToken];
  if (!tok) return false;
  if (tok.sigil !== '') return true;
  if (!isCapitalized(original, match.start)) return false;
  if (followsAnotherName(tokens, original, match.firstToken, text)) return false;
  const next = tokens[match.lastToken + 1];
  return !next || next.breakBefore || !startsCapitalized(next, original, text);
}

/**
 * "Congress is owned by corporations": the legislature by its proper name, capitalised inside a
 * sentence and standing alone — not "Mobile World Congress", "Congress Avenue" or "Congress of
 * Cardiology" (a conference or a place).
 */
function isTheLegislature(
  tokens: readonly Token[],
  original: string,
  match: LexiconMatch,
  text: RuleContext<unknown>['text'],
): boolean {
  const tok = tokens[match.firstToken];
  if (tok?.text !== 'congress' || !isCapitalized(original, match.start)) return false;
  const prev = tokens[match.firstToken - 1];
  const next = tokens[match.lastToken + 1];
  if (prev && !tok.breakBefore && startsCapitalized(prev, original, text)) return false;
  return !next || next.breakBefore || (next.text !== 'of' && !startsCapitalized(next, original, text));
}

/** "Bill Gates", "Bill Smith": the name Bill, not a bill in a legislature. */
function isPersonNamedBill(
  tokens: readonly Token[],
  original: string,
  match: LexiconMatch,
  text: RuleContext<unknown>['text'],
): boolean {
  const tok = tokens[match.firstToken];
  if (tok?.text !== 'bill' || !isCapitalized(original, match.start)) return false;
  const next = tokens[match.firstToken + 1];
  if (!next || next.breakBefore) return false;
  const [start] = text.toOriginal(next.start, next.end);
  return isCapitalized(original, start);
}

function startsCapitalized(tok: Token, original: string, text: RuleContext<unknown>['text']): boolean {
  return isCapitalized(original, text.toOriginal(tok.start, tok.end)[0]);
}

/** Overlapping matches ("vote republican" and "republican"): the longest one speaks. */
function keepLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => a.match.start - b.match.start || b.match.end - b.match.start - (a.match.end - a.match.start),
  );
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.match.start < lastEnd) continue;
    kept.push(c);
    lastEnd = c.match.end;
  }
  return kept;
}

const FIX = 'political content is off-limits on posts tied to the company; remove it.';

function toFinding({ kind, match }: Candidate, original: string): RuleFinding {
  const q = quote(original.slice(match.start, match.end));
  const note = match.entry.note;
  const messages: Record<Kind, string> = {
    person: `Names ${q}${note ? ` (${note})` : ''} — ${FIX}`,
    party: `Mentions ${q}, a political party or movement — ${FIX}`,
    topic: `Raises ${q}, a political hot-button topic — ${FIX}`,
    civic: `Talks about elections, voting or political office (${q}) — ${FIX}`,
    legislation: `Talks about a political fight over legislation (${q}) — ${FIX}`,
    conflict: `Talks about war or conflict involving ${q} — ${FIX}`,
    policy: `Mentions ${q}, which your policy lists as political — ${FIX}`,
  };
  return { message: messages[kind], start: match.start, end: match.end };
}

/** Every token index covered by the matches, sorted, for window look-ups. */
function tokenIndexList(matches: readonly LexiconMatch[], ...more: readonly Int32Array[]): Int32Array {
  const idx: number[] = [];
  for (const m of matches) for (let t = m.firstToken; t <= m.lastToken; t++) idx.push(t);
  for (const arr of more) for (const t of arr) idx.push(t);
  return Int32Array.from(idx).sort();
}

/** Whether a listed token lies within `window` tokens of the match (not inside it, if `outside`). */
function hasMatchNear(sorted: Int32Array, match: LexiconMatch, window: number, outside = false): boolean {
  const from = match.firstToken - window;
  const to = match.lastToken + window;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && (sorted[i] as number) <= to; i++) {
    const t = sorted[i] as number;
    if (!outside || t < match.firstToken || t > match.lastToken) return true;
  }
  return false;
}

/** Whether the text at `offset` starts with a capital letter (Unicode-aware). */
function isCapitalized(original: string, offset: number): boolean {
  const cp = original.codePointAt(offset);
  return cp !== undefined && /\p{Lu}/u.test(String.fromCodePoint(cp));
}

/** The offending words in quotes, shortened when long. */
function quote(s: string): string {
  const oneLine = s.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine}”`;
}
