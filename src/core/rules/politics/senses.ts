/**
 * Which sense a word has where it stands: a politician's name or someone else's ("Priya Modi"),
 * the legislature or a conference ("Mobile World Congress"), a bill or a man named Bill.
 */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import type { RuleContext } from '../types';
import { isCapitalized } from './spans';

type Text = RuleContext<unknown>['text'];

/**
 * Capitalised words that may stand before a politician's surname without being a first name
 * of someone else: titles, and words that often open a sentence.
 */
export const NOT_A_FIRST_NAME = new Set(
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
export const ORDINARY_SENSE_AFTER = new Set(
  'card cards suit suits market markets cost costs shortage shortages force law laws day union unions supply rate rates pool productivity intensive saving savings'.split(
    ' ',
  ),
);

/** Words that follow "trump" written in lowercase when it is the man, not the verb ("trump is", "trump said"). */
export const NAME_SENSE_AFTER = new Set(
  (
    'is was has had will would said says just and administration supporters voters tariffs era campaign rally won ' +
    "lost wants signed wins winning loses losing gets got isn't wasn't won't doesn't didn't did does tweeted " +
    'posted announced claims claimed again himself presidency admin supporter fans voter tower org organization'
  ).split(' '),
);

/** Political roles after a party word: "Green candidate", "Liberal MP", "Labor voters", "ANC government". */
export const POLITICAL_ROLES = new Set(
  (
    'candidate candidates mp mps mla mlas mep meps councillor councillors councilor councilors senator senators ' +
    'congressman congresswoman voters voter government govt manifesto leader leadership politician politicians ' +
    'minister ministers premier mayor frontbench frontbencher backbench backbencher backbenchers whip caucus ' +
    'supporters members campaign activists majority opposition cabinet'
  ).split(' '),
);

/** Words before a capitalised word that make it someone's name ("our intern Tory", "my colleague Reform"). */
export const PERSON_ROLES = new Set(
  'intern colleague coworker teammate friend manager engineer designer developer founder mentor boss client customer son daughter wife husband brother sister'.split(
    ' ',
  ),
);

/** Titles that count only abbreviated, with their full stop ("Rep. Jordan", not "sales rep Jordan"). */
export const ABBREVIATED_TITLES = new Set(['sen', 'rep', 'gov', 'sens', 'reps']);

/** Whether a full stop and a space, and nothing else, follow the word ending at `end`: "Sen. Warren". */
export function isAbbreviated(original: string, end: number): boolean {
  return original[end] === '.' && /^ \p{Lu}/u.test(original.slice(end + 1, end + 3));
}

export const SURNAME_ONLY_TITLES = new Set(['president', 'chancellor', 'premier']);
export const ELECTION_DETERMINERS = new Set(['the', 'this', 'upcoming', 'next', 'last', 'recent', 'contested']);
export const CENTRAL_BANK = new Set(['bank', 'rbi', 'fed', 'boe', 'ecb', 'central', 'reserve', 'england']);

/**
 * "Priya Modi", "Ivanka Trump", "50 Pence": the word right before the surname shows it is
 * someone else (another capitalised first name) or something else (an amount).
 */
export function followsAnotherName(tokens: readonly Token[], original: string, index: number, text: Text): boolean {
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
export function isTheElection(tokens: readonly Token[], match: LexiconMatch): boolean {
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
export function isNameAnchor(tokens: readonly Token[], original: string, match: LexiconMatch, text: Text): boolean {
  const tok = tokens[match.firstToken];
  if (!tok) return false;
  if (tok.sigil !== '') return true;
  if (!isCapitalized(original, match.start)) return false;
  if (followsAnotherName(tokens, original, match.firstToken, text)) return false;
  if (isSomeoneWeKnow(tokens, match, text)) return false;
  const next = tokens[match.lastToken + 1];
  return !next || next.breakBefore || !startsCapitalized(next, original, text);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'my', 'your', 'their']);
const COLLEAGUE_PLACES = new Set(['on', 'in', 'at']);

/**
 * A first name or short name that is a colleague, a pet or a product, not the politician:
 * "our intern Kamala", "the AOC monitor" (a determiner before a name makes it a modifier),
 * "Bernie from our support team", "Kamala on our design team", "Boris, our office dog".
 */
function isSomeoneWeKnow(tokens: readonly Token[], match: LexiconMatch, text: Text): boolean {
  const tok = tokens[match.firstToken] as Token;
  const prev = tokens[match.firstToken - 1];
  const next = tokens[match.lastToken + 1];
  const after = tokens[match.lastToken + 2];
  const nextWord = next && !next.breakBefore ? next.text : '';
  if (prev && !tok.breakBefore) {
    if (PERSON_ROLES.has(prev.text)) return true;
    // "a Bernie rally", "the Kamala campaign" are still the politician's.
    const political = NAME_SENSE_AFTER.has(nextWord) || POLITICAL_ROLES.has(nextWord);
    if (DETERMINERS.has(prev.text) && !political) return true;
  }
  if (!next || next.breakBefore) return false;
  if (next.text === 'from') return true;
  if (COLLEAGUE_PLACES.has(next.text) && after && POSSESSIVE_DETERMINERS.has(after.text)) return true;
  // Apposition: "Boris, our office dog".
  const between = text.normalized.norm.slice((tokens[match.lastToken] as Token).end, next.start);
  return between.includes(',') && POSSESSIVE_DETERMINERS.has(next.text);
}

/**
 * "Congress is owned by corporations": the legislature by its proper name, capitalised inside a
 * sentence and standing alone — not "Mobile World Congress", "Congress Avenue" or "Congress of
 * Cardiology" (a conference or a place).
 */
export function isTheLegislature(tokens: readonly Token[], original: string, match: LexiconMatch, text: Text): boolean {
  const tok = tokens[match.firstToken];
  if (tok?.text !== 'congress' || !isCapitalized(original, match.start)) return false;
  const prev = tokens[match.firstToken - 1];
  const next = tokens[match.lastToken + 1];
  if (prev && !tok.breakBefore && startsCapitalized(prev, original, text)) return false;
  return !next || next.breakBefore || (next.text !== 'of' && !startsCapitalized(next, original, text));
}

/** "Bill Gates", "Bill Smith": the name Bill, not a bill in a legislature. */
export function isPersonNamedBill(
  tokens: readonly Token[],
  original: string,
  match: LexiconMatch,
  text: Text,
): boolean {
  const tok = tokens[match.firstToken];
  if (tok?.text !== 'bill' || !isCapitalized(original, match.start)) return false;
  const next = tokens[match.firstToken + 1];
  if (!next || next.breakBefore) return false;
  const [start] = text.toOriginal(next.start, next.end);
  return isCapitalized(original, start);
}

export function startsCapitalized(tok: Token, original: string, text: Text): boolean {
  return isCapitalized(original, text.toOriginal(tok.start, tok.end)[0]);
}

const POSSESSIVE_DETERMINERS = new Set(['our', 'my', 'your', 'their', 'its', 'his', 'her']);
/** Nouns after a place that make it an address, not a seat of power ("our Washington warehouse"). */
const PLACE_USES = new Set(
  'office offices warehouse team store branch hq headquarters site facility location state dc campus chapter area region'.split(
    ' ',
  ),
);

/**
 * An office word that belongs to someone or somewhere ordinary: "our Washington warehouse",
 * "Acme's president", "the president of our chapter" — not the political office, so it cannot
 * confirm an issue word.
 */
export function isOrdinaryOffice(tokens: readonly Token[], match: LexiconMatch): boolean {
  const prev = tokens[match.firstToken - 1];
  const first = tokens[match.firstToken] as Token;
  if (prev && !first.breakBefore && (POSSESSIVE_DETERMINERS.has(prev.text) || prev.text.endsWith("'s"))) return true;
  const next = tokens[match.lastToken + 1];
  if (!next || next.breakBefore) return false;
  if (PLACE_USES.has(next.text)) return true;
  const after = tokens[match.lastToken + 2];
  return next.text === 'of' && after !== undefined && (POSSESSIVE_DETERMINERS.has(after.text) || after.text === 'a');
}

/** Words that may stand between solidarity and the place: "stand with the brave people of Ukraine". */
const PEOPLE_OF = new Set(
  'the people peoples of brave citizens civilians innocent families children women all those free'.split(' '),
);

function onlyPeopleBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (!PEOPLE_OF.has((tokens[i] as Token).text)) return false;
  return true;
}

/** How far a place may follow a word of solidarity: "stand with the people of Ukraine". */
const SOLIDARITY_REACH = 4;

/**
 * "We stand with Ukraine", "Ukraine, we stand with you": solidarity aimed at the place — not
 * "our Kyiv team, standing with our customers", where the place is only nearby.
 */
export function isSolidarityWith(
  tokens: readonly Token[],
  solidarity: readonly LexiconMatch[],
  place: LexiconMatch,
): boolean {
  for (const s of solidarity) {
    const gap = place.firstToken - s.lastToken;
    if (gap > 0 && gap <= SOLIDARITY_REACH && onlyPeopleBetween(tokens, s.lastToken, place.firstToken)) return true;
    const next = tokens[s.lastToken + 1];
    const addressed = next !== undefined && !next.breakBefore && (next.text === 'you' || next.text === 'them');
    if (addressed && gap < 0 && s.firstToken - place.lastToken <= SOLIDARITY_REACH + 2) return true;
  }
  return false;
}

const SIDES = new Set(['the left', 'the right']);
/** Clause openers before a subject: "and the left wants…", "why the right keeps…". */
const CLAUSE_OPENERS = new Set(
  'and but because why how when while if so yet since honestly frankly clearly seriously meanwhile'.split(' '),
);
/** Verbs that follow a political camp as the subject of a sentence. */
const SUBJECT_VERBS = new Set(
  (
    "has wants hates loves keeps always never will won't can't cannot doesn't didn't just " +
    'lost thinks believes claims says said needs must should would could refuses'
  ).split(' '),
);

/**
 * "The left has lost its mind", "…and the right wants a fight": a side of politics as the subject
 * of its own sentence. "The left panel", "pick the right tool", "the icon on the left is new"
 * stay quiet (a noun follows, or the side does not open the clause).
 */
export function isSideAsSubject(tokens: readonly Token[], match: LexiconMatch): boolean {
  if (!SIDES.has(match.entry.term)) return false;
  const first = tokens[match.firstToken] as Token;
  const prev = tokens[match.firstToken - 1];
  const opens = !prev || first.breakBefore || CLAUSE_OPENERS.has(prev.text);
  const next = tokens[match.lastToken + 1];
  return opens && next !== undefined && !next.breakBefore && SUBJECT_VERBS.has(next.text);
}

/**
 * Words of the author's own circle and its get-togethers: a name near them is a colleague's or a
 * friend's ("the team dinner", "our offsite", "grilled at the BBQ"). Not "my", which political
 * posts use as freely ("my new favourite show").
 */
const OWN_CIRCLE = new Set(
  'our team teams colleague colleagues coworker coworkers office offsite dinner podcast bbq barbecue'.split(' '),
);

/** Whether a word of the author's own circle lies within `window` words of the match. */
export function isAmongOurOwn(tokens: readonly Token[], match: LexiconMatch, window: number): boolean {
  const to = Math.min(tokens.length - 1, match.lastToken + window);
  for (let i = Math.max(0, match.firstToken - window); i <= to; i++) {
    if (OWN_CIRCLE.has((tokens[i] as Token).text)) return true;
  }
  return false;
}

const WE = new Set(['we', 'our', "we've", "we'll", "we're", 'i', 'my', "i've"]);
/** "We ban discrimination", "our ban on …": a company's own rule, not a law aimed at a group. */
export function isOurOwnRule(tokens: readonly Token[], match: LexiconMatch): boolean {
  const first = tokens[match.firstToken] as Token;
  const prev = tokens[match.firstToken - 1];
  return prev !== undefined && !first.breakBefore && WE.has(prev.text);
}
