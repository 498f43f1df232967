/**
 * Politics said sideways: a politician tagged by a titled handle ("@SenatorBlanchard"), a
 * re-election chant ("Four more years? I'd rather eat my keyboard"), a mocking nickname ("the
 * orange guy"), a protest slogan ("Free Belarus!"), an accusation against those in power ("the
 * goverment is stealing from people") and a culture-war label used as an adjective ("woke HR").
 * Each word is ordinary elsewhere, so each check reads the grammar around it.
 */
import epithetPersons from '../../data/politics/epithet-persons.json';
import handleBenign from '../../data/politics/handle-benign.json';
import handleTitles from '../../data/politics/handle-titles.json';
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import type { RuleContext } from '../types';
import type { Kind, ListName } from './lists';
import { hasMatchNear, tokenIndexList } from './spans';

export interface Aside {
  kind: Kind;
  match: LexiconMatch;
}

type Matcher = (list: ListName) => LexiconMatch[];

/** How many words away ordinary business context still counts. */
const WINDOW = 8;

/** Longest first, so "@SenatorX" is read as "senator", not "sen" + "atorX". */
const HANDLE_TITLES = handleTitles.entries.map((e) => e.term).sort((a, b) => b.length - a.length);
const HANDLE_BENIGN = new Set(handleBenign.entries.map((e) => e.term));
const EPITHET_PERSONS = new Set(epithetPersons.entries.map((e) => e.term));

/** Words before a chant that make it a span of time ("for four more years", "the next four more years"). */
const CHANT_BLOCK_PREV = new Set(['for', 'the', 'next', 'spend', 'spent', 'signed', 'extended', 'renewed']);
/** Words after a chant that make it a span of time ("four more years until…", "… at Acme"). */
const CHANT_BLOCK_NEXT = new Set(
  'until till til at to in on for with and before after ago left remaining from as into under since later of'.split(
    ' ',
  ),
);
/** "four more years of him / this guy": the chant aimed at a person. */
const CHANT_TARGETS = new Set('him her them this that these those his their same'.split(' '));
/** What may open a mocking nickname ("the orange guy", "that tangerine man"). */
const EPITHET_OPENERS = new Set(['the', 'that', 'this', 'mr', 'mr.']);
/** What may stand before a slogan's "Free" ("Free Tibet and free Hong Kong"). */
const SLOGAN_OPENERS = new Set(['and']);
/** Auxiliaries and adverbs between those in power and the accusation ("Government keeps stealing"). */
const ACCUSATION_LINKS = new Set(
  'is are was were has have had keeps keep kept just always still been being now openly literally constantly again all'.split(
    ' ',
  ),
);
/** "stole the show": the idiom, not a theft. */
const SHOW_IDIOMS = new Set(['show', 'spotlight', 'limelight']);
/** "data lies in silos": "lies" followed by a place is where something sits, not a falsehood. */
const LIES_PLACE = new Set(['in', 'within', 'at', 'on', 'with', 'behind', 'ahead', 'beneath', 'between']);
/** Words after "woke" that make it the verb ("woke up", "woke me", "woke early"). */
const WOKE_VERB_NEXT = new Set(
  (
    'up me us him her them you everyone everybody early late at to from with in on by this the my our his their ' +
    'a an around before after just again today yesterday tonight feeling thinking refreshed'
  ).split(' '),
);
/** Words before "woke" that make it an adjective ("the woke crowd", "went full woke", "so woke"). */
const WOKE_ADJ_PREV = new Set(
  (
    'the a an another this that these those so too very full more most go went gone going get got getting ' +
    'become became super such how all their your its our of is are being ultra hyper'
  ).split(' '),
);

export function findAsides(ctx: RuleContext<unknown>, m: Matcher): Aside[] {
  const { tokens } = ctx.text;
  const out: Aside[] = [];
  // A chant or a nickname near ordinary business ("Four more years! Partnership renewed",
  // "the orange guy in our ad") is a celebration or a costume, not politics.
  const ordinary = tokenIndexList(m('weakBenign'), tokenIndexList(m('benign')));
  const near = (match: LexiconMatch) => hasMatchNear(ordinary, match, WINDOW);
  for (const match of titledHandles(ctx)) out.push({ kind: 'person', match });
  for (const match of m('chants')) if (isChant(tokens, match) && !near(match)) out.push({ kind: 'civic', match });
  for (const match of m('epithets')) {
    const noun = tokens[match.lastToken + 1];
    const asNickname = noun && !noun.breakBefore && EPITHET_PERSONS.has(noun.text);
    if (!asNickname || !opensPhrase(tokens, match, EPITHET_OPENERS) || near(match)) continue;
    out.push({ kind: 'person', match: extend(ctx, match, noun) });
  }
  for (const match of m('freeCauses')) {
    const free = tokens[match.firstToken - 1];
    const next = tokens[match.lastToken + 1];
    const first = tokens[match.firstToken] as Token;
    if (free?.text !== 'free' || first.breakBefore) continue;
    if (!opensPhrase(tokens, { ...match, firstToken: match.firstToken - 1 }, SLOGAN_OPENERS)) continue;
    if (next && !next.breakBefore && next.text !== 'free' && next.text !== 'and') continue;
    const [start] = ctx.text.toOriginal(free.start, free.end);
    out.push({ kind: 'topic', match: { ...match, firstToken: match.firstToken - 1, start } });
  }
  const rulerEnds = new Map(m('rulers').map((r) => [r.lastToken, r]));
  for (const match of m('misdeeds')) {
    const ruler = accuser(tokens, rulerEnds, match);
    if (!ruler) continue;
    out.push({ kind: 'topic', match: { ...match, firstToken: ruler.firstToken, start: ruler.start } });
  }
  for (const match of m('adjectiveCamps')) if (isAdjective(tokens, match)) out.push({ kind: 'topic', match });
  return out;
}

/** "@SenatorBlanchard", "@RepDianaOrtiz": a title then a capitalised name part ("@SenseiMaria" is no senator). */
function titledHandles(ctx: RuleContext<unknown>): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  for (const e of ctx.text.entities) {
    if (e.type !== 'mention') continue;
    const handle = e.value.slice(1);
    const lower = handle.toLowerCase();
    const title = HANDLE_TITLES.find((t) => lower.startsWith(t) && /^[A-Z]/.test(handle.slice(t.length)));
    if (!title) continue;
    const part = /^[A-Z][a-z]+|^[A-Z]+(?![a-z])/.exec(handle.slice(title.length))?.[0] ?? '';
    if (part === '' || HANDLE_BENIGN.has(part.toLowerCase())) continue;
    const entry = { term: e.value, note: 'a politician’s account, by its title' };
    out.push({ list: 'handles', entry, firstToken: -1, lastToken: -1, start: e.start, end: e.end, via: 'word' });
  }
  return out;
}

function isChant(tokens: readonly Token[], match: LexiconMatch): boolean {
  const first = tokens[match.firstToken] as Token;
  const prev = first.breakBefore ? undefined : tokens[match.firstToken - 1];
  if (prev && CHANT_BLOCK_PREV.has(prev.text)) return false;
  const next = tokens[match.lastToken + 1];
  const standalone = match.entry.term.includes('more');
  if (!next || next.breakBefore) return standalone;
  if (next.text === 'of') {
    const target = tokens[match.lastToken + 2];
    return target !== undefined && !target.breakBefore && CHANT_TARGETS.has(target.text);
  }
  return standalone && !CHANT_BLOCK_NEXT.has(next.text);
}

/** Whether the match opens its sentence or follows one of `openers` that does. */
function opensPhrase(tokens: readonly Token[], match: LexiconMatch, openers: ReadonlySet<string>): boolean {
  const first = tokens[match.firstToken] as Token;
  if (match.firstToken === 0 || first.breakBefore) return true;
  const prev = tokens[match.firstToken - 1] as Token;
  return openers.has(prev.text);
}

/** Those in power as the subject of the accusation, perhaps across a few auxiliaries ("govt is corrupt"). */
function accuser(
  tokens: readonly Token[],
  rulerEnds: ReadonlyMap<number, LexiconMatch>,
  match: LexiconMatch,
): LexiconMatch | undefined {
  const next = tokens[match.lastToken + 1];
  if (match.entry.term.startsWith('lie') && next && !next.breakBefore && LIES_PLACE.has(next.text)) return undefined;
  const object = tokens[match.lastToken + 2];
  if (next?.text === 'the' && object && SHOW_IDIOMS.has(object.text)) return undefined;
  for (let t = match.firstToken - 1, hops = 0; t >= 0 && hops <= 3; t--, hops++) {
    if ((tokens[t + 1] as Token).breakBefore) return undefined;
    const ruler = rulerEnds.get(t);
    if (ruler) return ruler;
    if (!ACCUSATION_LINKS.has((tokens[t] as Token).text)) return undefined;
  }
  return undefined;
}

function isAdjective(tokens: readonly Token[], match: LexiconMatch): boolean {
  const first = tokens[match.firstToken] as Token;
  const nextTok = tokens[match.lastToken + 1];
  const next = nextTok && !nextTok.breakBefore ? nextTok : undefined;
  if (next && WOKE_VERB_NEXT.has(next.text)) return false;
  if (match.firstToken === 0 || first.breakBefore) return next !== undefined;
  return WOKE_ADJ_PREV.has((tokens[match.firstToken - 1] as Token).text);
}

function extend(ctx: RuleContext<unknown>, match: LexiconMatch, to: Token): LexiconMatch {
  const [, end] = ctx.text.toOriginal(to.start, to.end);
  return { ...match, lastToken: match.lastToken + 1, end };
}
