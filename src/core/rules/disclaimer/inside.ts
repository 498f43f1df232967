/**
 * Does the author speak from inside the company? Word order around the company's name tells an
 * employee ("I'm a designer at Acme", "At Acme, we…", "our Women in Tech group at Acme",
 * "welcome our new graduates to Acme") from a customer or a fan ("the team at Acme", "my rep at
 * Acme"), which single phrases cannot.
 */
import type { CompanyMention } from '../../company';
import makerNounsFile from '../../data/disclaimer/maker-nouns.json';
import rolesFile from '../../data/disclaimer/roles.json';
import type { AnalyzedText, Token } from '../../text/analyze';

const MAKER_NOUNS = new Set(makerNounsFile.entries.map((e) => e.term));
const OWNERS = new Set(['our', 'my']);
/** "I'm the CTO of Acme", "As a designer at Acme", "my first quarter on the Anvil team". */
const SELF = new Set(["i'm", "i've", "i'll", 'i', 'as', 'am', 'my', 'we', "we're", "we've"]);
const ROLE_LINK = new Set(['at', 'of', 'for', 'on']);
const ROLE_LOOKBACK = 7;
/**
 * What outsiders are to a company: "a happy customer of Acme", "a big fan of Anvil", "as an Acme
 * user", "my friends at Acme". Before the link or after "an Acme", these words undo the role
 * reading.
 */
const OUTSIDERS = new Set([
  'customer',
  'customers',
  'client',
  'clients',
  'user',
  'users',
  'fan',
  'fans',
  'admirer',
  'investor',
  'investors',
  'shareholder',
  'shareholders',
  'supporter',
  'supporters',
  'subscriber',
  'subscribers',
  'buyer',
  'buyers',
  'reseller',
  'resellers',
  'guest',
  'guests',
  'visitor',
  'visitors',
  'attendee',
  'attendees',
  'alternative',
  // People the author knows there: "my friends at Acme", "our rep at Acme".
  'friend',
  'friends',
  'mates',
  'pals',
  'contact',
  'contacts',
  'rep',
  'reps',
  'competitor',
  'competitors',
  'rival',
]);
/** Being somewhere rather than working there: "I'm speaking at Acme Summit", "I'll be at Acme". */
const VISITING = new Set([
  'be',
  'speak',
  'speaking',
  'present',
  'presenting',
  'talk',
  'talking',
  'attend',
  'attending',
  'exhibit',
  'exhibiting',
  'visit',
  'visiting',
  'meet',
  'meeting',
  'demo',
  'demoing',
  'stop',
  'stopping',
]);
/** An event or a place named after the company: "at Acme Summit", "at Acme HQ today". */
const VENUES = new Set([
  'summit',
  'booth',
  'stand',
  'event',
  'events',
  'conference',
  'webinar',
  'meetup',
  'party',
  'day',
  'days',
  'forum',
  'world',
  'connect',
  'live',
  'hq',
  'headquarters',
  'office',
  'offices',
  'store',
  'stores',
  'academy',
  'university',
]);
/** "I'm an Acme engineer", "As a proud Acme PM": the name used as the employer of a role. */
const ARTICLES = new Set(['a', 'an']);
const BEFORE_ARTICLE = new Set(["i'm", 'as', 'am', 'was', "we're", 'are', 'were']);
/** "At Acme, we…": the company's name followed by the company's "we". */
const WE = new Set(['we', "we're", "we've", "we'll", 'our', 'us']);
const WELCOME = new Set(['welcome', 'welcomed', 'welcoming', 'welcomes']);
const WELCOME_REACH = 6;
/** Groups one belongs to at work: "our Women in Engineering group at Acme". */
const UNITS = new Set([
  'team',
  'teams',
  'group',
  'groups',
  'network',
  'council',
  'committee',
  'department',
  'squad',
  'chapter',
  'guild',
  'crew',
  'club',
  'colleagues',
  'teammates',
  'coworkers',
  'folks',
]);
const UNIT_LOOKBACK = 5;

/**
 * "our APAC office", "my product team", "our new API": the author speaks from inside — unless
 * those words sit in a user's idiom ("at my company"; `idioms` holds those tokens' indices).
 */
export function speaksAsOwner(tokens: readonly Token[], idioms: ReadonlySet<number> = new Set()): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!OWNERS.has((tokens[i] as Token).text)) continue;
    if (idioms.has(i)) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length && !(tokens[k] as Token).breakBefore; k++) {
      if (MAKER_NOUNS.has((tokens[k] as Token).text)) return true;
    }
  }
  return false;
}

/** Index of the token whose original start is `offset` (or one after, past a sigil), or -1. */
function tokenStartingAt(text: AnalyzedText, offset: number): number {
  const { tokens } = text;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Token;
    const [s] = text.toOriginal(t.start, t.end);
    // A mention may start at a sigil ("#Acme", "@Acme", "$ACME") one character before the word.
    if (s === offset || s === offset + 1) return mid;
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The first token after the mention, or -1. */
function tokenAfter(text: AnalyzedText, first: number, end: number): number {
  for (let k = first + 1; k < text.tokens.length; k++) {
    const t = text.tokens[k] as Token;
    if (text.toOriginal(t.start, t.end)[0] >= end) return k;
  }
  return -1;
}

/** Whether any of tokens [from, to] starts a sentence (so a phrase would cross a break). */
function crossesBreak(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (tokens[k]?.breakBefore) return true;
  return false;
}

/** A role held at the company: SELF … <role> <link> Acme, or "on the Anvil team". */
function holdsRole(tokens: readonly Token[], at: number, after: number): boolean {
  let link = at - 1;
  if (tokens[link]?.text === 'the' && tokens[link - 1]?.text === 'on') link--;
  if (link < 1 || !ROLE_LINK.has(tokens[link]?.text ?? '') || crossesBreak(tokens, link, at)) return false;
  const role = tokens[link - 1]?.text ?? '';
  if (OUTSIDERS.has(role) || VISITING.has(role) || VENUES.has(tokens[after]?.text ?? '')) return false;
  for (let k = link - 2; k >= Math.max(0, link - ROLE_LOOKBACK); k--) {
    if (SELF.has(tokens[k]?.text ?? '')) return true;
    if (tokens[k + 1]?.breakBefore) break;
  }
  return false;
}

/** "I'm an Acme engineer", "As a proud Acme product manager" — not "as an Acme customer". */
function namedRole(tokens: readonly Token[], at: number, after: number): boolean {
  if (after < 0 || OUTSIDERS.has(tokens[after]?.text ?? '') || VENUES.has(tokens[after]?.text ?? '')) return false;
  for (let a = at - 1; a >= Math.max(1, at - 3); a--) {
    if (tokens[a + 1]?.breakBefore) return false;
    if (ARTICLES.has(tokens[a]?.text ?? '')) return BEFORE_ARTICLE.has(tokens[a - 1]?.text ?? '');
  }
  return false;
}

/** "At Acme, we believe…", "Here at Acme our people…". */
function atCompanyWe(tokens: readonly Token[], at: number, after: number): boolean {
  return (
    tokens[at - 1]?.text === 'at' &&
    after >= 0 &&
    !tokens[after]?.breakBefore &&
    !tokens[at]?.breakBefore &&
    WE.has(tokens[after]?.text ?? '')
  );
}

/** "Welcome to Acme", "welcoming 40 new graduates to Acme this week". */
function welcomedTo(tokens: readonly Token[], at: number): boolean {
  let to = at - 1;
  if (tokens[to]?.text === 'the') to--;
  if (tokens[to]?.text !== 'to' || crossesBreak(tokens, to, at)) return false;
  for (let k = to - 1; k >= Math.max(0, to - WELCOME_REACH); k--) {
    if (WELCOME.has(tokens[k]?.text ?? '')) return true;
    if (tokens[k + 1]?.breakBefore) break;
  }
  return false;
}

/** "our Women in Engineering group at Acme", "my colleagues in Acme's Berlin office" is left out. */
function ownUnitAt(tokens: readonly Token[], at: number): boolean {
  const link = at - 1;
  const unit = link - 1;
  if (unit < 0 || (tokens[link]?.text !== 'at' && tokens[link]?.text !== 'in')) return false;
  if (!UNITS.has(tokens[unit]?.text ?? '') || crossesBreak(tokens, unit, at)) return false;
  for (let k = unit - 1; k >= Math.max(0, unit - UNIT_LOOKBACK); k--) {
    if (OWNERS.has(tokens[k]?.text ?? '')) return true;
    if (tokens[k + 1]?.breakBefore) break;
  }
  return false;
}

/** Taking part in a team named after the company: "to lead the Anvil product team", "joined the Acme crew". */
const MEMBER_VERBS = new Set([
  'lead',
  'leads',
  'leading',
  'led',
  'run',
  'running',
  'manage',
  'managing',
  'managed',
  'head',
  'heading',
  'headed',
  'join',
  'joined',
  'joining',
  'rejoin',
  'rejoined',
  'rejoining',
]);
function inTeamOf(tokens: readonly Token[], at: number, after: number): boolean {
  if (tokens[at - 1]?.text !== 'the' || !MEMBER_VERBS.has(tokens[at - 2]?.text ?? '') || after < 0) return false;
  if (crossesBreak(tokens, at - 2, at)) return false;
  for (let k = after; k < Math.min(tokens.length, after + 3); k++) {
    if (k > after && tokens[k]?.breakBefore) return false;
    if (UNITS.has(tokens[k]?.text ?? '')) return true;
  }
  return false;
}

/**
 * A self-introduction: "Proud Acme engineer here", "(Acme designer, obvious bias)", "Longtime
 * Acme PM, first-time poster:". The name opens a clause (after at most two words such as
 * "proud", or an opening bracket), a job word follows within two words, and the phrase ends
 * there ("here", punctuation, a break). Outsider words are not jobs: "Acme customer here".
 */
const ROLES = new Set(rolesFile.entries.map((e) => e.term));
const INTRO_LEAD = 2;
/** How people describe themselves before the name: "proud", "longtime", "former". */
const INTRO_WORDS = new Set([
  'proud',
  'longtime',
  'former',
  'ex',
  'senior',
  'junior',
  'new',
  'lowly',
  'humble',
  'just',
  'a',
  'an',
]);
const INTRO_ENDS = new Set([44, 58, 41, 93, 45, 0x2014, 0x2013]);
function selfIntroduced(text: AnalyzedText, at: number, after: number): boolean {
  const { tokens } = text;
  const norm = text.normalized.norm;
  let first = at;
  while (first > 0 && at - first < INTRO_LEAD && !tokens[first]?.breakBefore && !opensBracket(norm, tokens, first)) {
    if (!INTRO_WORDS.has(tokens[first - 1]?.text ?? '')) return false;
    first--;
  }
  if (first > 0 && !tokens[first]?.breakBefore && !opensBracket(norm, tokens, first)) return false;
  if (after < 0) return false;
  for (let k = after; k < Math.min(tokens.length, after + 2); k++) {
    const t = tokens[k] as Token;
    if (k > after && t.breakBefore) return false;
    if (OUTSIDERS.has(t.text) || VENUES.has(t.text)) return false;
    if (!ROLES.has(t.text)) continue;
    const next = tokens[k + 1];
    if (!next || next.breakBefore || next.text === 'here') return true;
    for (let i = t.end; i < next.start; i++) if (INTRO_ENDS.has(norm.charCodeAt(i))) return true;
    return false;
  }
  return false;
}
function opensBracket(norm: string, tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  for (let i = (tokens[k] as Token).start - 1; i >= (prev ? prev.end : 0); i--) {
    const c = norm.charCodeAt(i);
    if (c === 40 || c === 91) return true;
  }
  return false;
}

/** Whether the words around any mention of the company place the author inside it. */
export function speaksFromInside(text: AnalyzedText, mentions: readonly CompanyMention[]): boolean {
  const { tokens } = text;
  for (const m of mentions) {
    if (m.kind !== 'name' && m.kind !== 'product') continue;
    const at = tokenStartingAt(text, m.start);
    if (at < 0) continue;
    if (at === 0) {
      if (m.kind === 'name' && selfIntroduced(text, at, tokenAfter(text, at, m.end))) return true;
      continue;
    }
    const after = tokenAfter(text, at, m.end);
    if (holdsRole(tokens, at, after) || welcomedTo(tokens, at) || ownUnitAt(tokens, at)) return true;
    if (inTeamOf(tokens, at, after)) return true;
    if (m.kind === 'name' && (atCompanyWe(tokens, at, after) || namedRole(tokens, at, after))) return true;
    if (m.kind === 'name' && selfIntroduced(text, at, after)) return true;
  }
  return false;
}
