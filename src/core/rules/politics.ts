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
import conflictSolidarity from '../data/politics/conflict-solidarity.json';
import handles from '../data/politics/handles.json';
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
import weakCamps from '../data/politics/weak-camps.json';
import weakIssues from '../data/politics/weak-issues.json';
import weakOffices from '../data/politics/weak-offices.json';
import { termListSchema } from '../policy/fields';
import type { Token } from '../text/analyze';
import type { LexiconMatch, TermEntry } from '../text/lexicon';
import { normalizeText } from '../text/normalize';
import { politicalHashtags } from './politics/hashtags';
import {
  ABBREVIATED_TITLES,
  CENTRAL_BANK,
  followsAnotherName,
  isAbbreviated,
  isNameAnchor,
  isOrdinaryOffice,
  isPersonNamedBill,
  isSideAsSubject,
  isSolidarityWith,
  isTheElection,
  isTheLegislature,
  NAME_SENSE_AFTER,
  ORDINARY_SENSE_AFTER,
  PERSON_ROLES,
  POLITICAL_ROLES,
  SURNAME_ONLY_TITLES,
  startsCapitalized,
} from './politics/senses';
import { hasMatchNear, isCapitalized, linkRanges, tokenIndexList } from './politics/spans';
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
  conflictSolidarity: entriesOf(conflictSolidarity),
  benign: entriesOf(benign),
  nameAnchors: withPossessives(entriesOf(nameAnchors)),
  weakAnchors: entriesOf(weakAnchors),
  weakOffices: entriesOf(weakOffices),
  weakIssues: entriesOf(weakIssues),
  weakCamps: entriesOf(weakCamps),
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
  weakOffices: 'civic',
  weakIssues: 'civic',
  weakCamps: 'civic',
  nameAnchors: 'person',
  conflictAnchors: 'conflict',
  terms: 'policy',
};

const WEAK_LISTS = ['weakAnchors', 'weakOffices', 'weakIssues', 'weakCamps'] as const;
type WeakList = (typeof WEAK_LISTS)[number];
/** Which weak lists confirm each other: an office with an issue, anything with a political camp. */
const WEAK_PARTNERS: Record<WeakList, WeakList[]> = {
  weakAnchors: [],
  weakOffices: ['weakIssues', 'weakCamps'],
  weakIssues: ['weakOffices', 'weakCamps'],
  weakCamps: ['weakOffices', 'weakIssues', 'weakCamps'],
};

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
  // Ambiguous civic words confirm each other, but a word repeated does not confirm itself
  // ("vote for features, vote for outcomes"), so they are kept apart from the other signals.
  const anchors = m('civicAnchors');
  const othersIdx = tokenIndexList(
    [...m('civicSignals'), ...m('civic'), ...m('titles'), ...m('casedParties')],
    strongSignals,
  );
  const civicSignalIdx = tokenIndexList(anchors, othersIdx);
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
    // "Sen. Warren", "Gov. Newsom": an abbreviated title ends in a full stop, which breaks the sentence.
    const joined = ABBREVIATED_TITLES.has(match.entry.term)
      ? isCapitalized(original, match.start) && isAbbreviated(original, match.end)
      : !next?.breakBefore && !ABBREVIATED_TITLES.has(match.entry.term);
    if (next && joined && startsCapitalized(next, original, ctx.text)) {
      add('titles', { ...match, lastToken: match.lastToken + 1, end: ctx.text.toOriginal(next.start, next.end)[1] });
    }
  }
  for (const match of m('civic')) {
    if (!hasMatchNear(benignIdx, match, WINDOW)) add('civic', match);
  }
  anchors.forEach((match, i) => {
    if (hasMatchNear(benignIdx, match, WINDOW)) return;
    if (isPersonNamedBill(tokens, original, match, ctx.text)) return;
    if (
      hasMatchNear(othersIdx, match, WINDOW, true) ||
      hasOtherAnchorNear(anchors, i, WINDOW) ||
      isTheElection(tokens, match) ||
      isTheLegislature(tokens, original, match, ctx.text)
    ) {
      add('civicAnchors', match);
    }
  });
  const conflictIdx = tokenIndexList(m('conflictSignals'));
  const solidarity = m('conflictSolidarity');
  for (const match of m('conflictAnchors')) {
    if (hasMatchNear(conflictIdx, match, WINDOW) || isSolidarityWith(tokens, solidarity, match)) {
      add('conflictAnchors', match);
    }
  }

  // Weak words ("candidate", "rally", "Washington", "Bernie") need a political word from the
  // stronger lists nearby. They confirm each other only across kinds — an office with an issue
  // or a camp ("Washington's tariffs", "woke elites") — so "candidate debate" and "cross-border
  // tariffs" stay quiet.
  const weak = WEAK_LISTS.map((list) => m(list));
  const weakIdx = weak.map((matches) => tokenIndexList(matches));
  const signalIdx = tokenIndexList(
    out.map((c) => c.match),
    civicSignalIdx,
    ...weakIdx,
  );
  for (const match of m('nameAnchors')) {
    if (isNameAnchor(tokens, original, match, ctx.text) && hasMatchNear(signalIdx, match, WINDOW, true)) {
      add('nameAnchors', match);
    }
  }
  // A weak word next to a finding adds nothing ("Trump's tariffs": the name is the finding).
  const foundIdx = tokenIndexList(out.map((c) => c.match));
  const weakBenignIdx = tokenIndexList(m('weakBenign'), benignIdx);
  // An office that is someone's own ("our Washington warehouse") is no political office.
  const offices = WEAK_LISTS.indexOf('weakOffices');
  weakIdx[offices] = tokenIndexList(
    (weak[offices] as LexiconMatch[]).filter((match) => !isOrdinaryOffice(tokens, match)),
  );
  WEAK_LISTS.forEach((list, i) => {
    if ((weak[i] as LexiconMatch[]).length === 0) return;
    const partners = tokenIndexList(
      [],
      ...WEAK_PARTNERS[list].map((p) => weakIdx[WEAK_LISTS.indexOf(p)] as Int32Array),
    );
    for (const match of weak[i] as LexiconMatch[]) {
      if (hasMatchNear(foundIdx, match, WINDOW) || hasMatchNear(weakBenignIdx, match, WINDOW)) continue;
      if (i === offices && isOrdinaryOffice(tokens, match)) continue;
      if (isSideAsSubject(tokens, match)) {
        add(list, match);
        continue;
      }
      if (hasMatchNear(civicSignalIdx, match, WINDOW, true) || hasMatchNear(partners, match, WINDOW, true)) {
        add(list, match);
      }
    }
  });
  const reported = out.map((c) => c.match.start);
  for (const match of politicalHashtags(ctx, reported)) out.push({ kind: 'topic', match });
  return out;
}

/** Whether another ambiguous word, not the same one again, lies near `anchors[i]` (matches come in text order). */
function hasOtherAnchorNear(anchors: readonly LexiconMatch[], i: number, window: number): boolean {
  const match = anchors[i] as LexiconMatch;
  for (let j = i - 1; j >= 0; j--) {
    const a = anchors[j] as LexiconMatch;
    if (a.lastToken < match.firstToken - window) break;
    if (a.entry.term !== match.entry.term) return true;
  }
  for (let j = i + 1; j < anchors.length; j++) {
    const a = anchors[j] as LexiconMatch;
    if (a.firstToken > match.lastToken + window) break;
    if (a.entry.term !== match.entry.term) return true;
  }
  return false;
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

/** The offending words in quotes, shortened when long. */
function quote(s: string): string {
  const oneLine = s.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine}”`;
}
