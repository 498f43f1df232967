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

import { termListSchema } from '../policy/fields';
import type { Token } from '../text/analyze';
import type { LexiconMatch } from '../text/lexicon';
import { normalizeText } from '../text/normalize';
import { findAsides } from './politics/asides';
import { politicalHashtags } from './politics/hashtags';
import { KIND_OF, type Kind, LISTS, type ListName, WEAK_LISTS, WEAK_PARTNERS } from './politics/lists';
import {
  ABBREVIATED_TITLES,
  CENTRAL_BANK,
  followsAnotherName,
  isAbbreviated,
  isAmongOurOwn,
  isNameAnchor,
  isOrdinaryOffice,
  isOurOwnRule,
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
import { hasMatchInSentence, hasMatchNear, isCapitalized, linkRanges, tokenIndexList } from './politics/spans';
import { findStances } from './politics/stances';
import { defineRule, type RuleContext, type RuleFinding } from './types';

interface PoliticsOptions {
  /** Extra political terms from the policy (lexicon syntax), political on their own. */
  terms: string[];
  /** Terms never to flag here (e.g. a party name that is also a customer's name). */
  allow: string[];
}

/** How many words away a signal or a non-political context still counts. */
const WINDOW = 8;
/** How far a law may stand from the group it is aimed at, within one sentence. */
const GROUP_REACH = 12;

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

  // Said sideways ("@SenatorX", "Four more years?", "Free Belarus!"): as strong as a listed name.
  out.push(...findAsides(ctx, m));

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
  const weakBenignIdx = tokenIndexList(m('weakBenign'), benignIdx);
  // A politician's short name also counts where politicians act ("AOC … in the hearing", "Rishi at
  // PMQs"), unless that setting is an ordinary one near ("the keynote speech at our summit").
  const settingIdx = tokenIndexList(m('nameSettings'));
  for (const match of m('nameAnchors')) {
    if (!isNameAnchor(tokens, original, match, ctx.text)) continue;
    const inSetting =
      hasMatchNear(settingIdx, match, WINDOW, true) &&
      !hasMatchNear(weakBenignIdx, match, WINDOW) &&
      !isAmongOurOwn(tokens, match, WINDOW);
    if (inSetting || hasMatchNear(signalIdx, match, WINDOW, true)) {
      add('nameAnchors', match);
    }
  }
  // A weak word next to a finding adds nothing ("Trump's tariffs": the name is the finding).
  const foundIdx = tokenIndexList(out.map((c) => c.match));
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
  // A group that law-making is aimed at: "legislation designed to erase [transgender kids]",
  // "a law banning drag shows", "the governor … systemic racism".
  // The group may close a long clause ("signed an order cutting funds to any school that teaches
  // about systemic racism"), so the law may stand anywhere in its sentence within GROUP_REACH words.
  const laws = m('groupActions').filter((match) => !isOurOwnRule(tokens, match));
  const groupPartners = tokenIndexList(laws, weakIdx[offices] as Int32Array);
  for (const match of m('weakGroups')) {
    if (hasMatchNear(foundIdx, match, WINDOW) || hasMatchNear(weakBenignIdx, match, WINDOW)) continue;
    if (hasMatchInSentence(tokens, groupPartners, match, GROUP_REACH)) add('weakGroups', match);
  }
  for (const match of findStances(tokens, m('policyObjects'), m('stanceWords'))) {
    out.push({ kind: 'stance', match });
  }
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
    stance: `Takes a side on a policy question (${q}) — ${FIX}`,
  };
  return { message: messages[kind], start: match.start, end: match.end };
}

/** The offending words in quotes, shortened when long. */
function quote(s: string): string {
  const oneLine = s.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine}”`;
}
