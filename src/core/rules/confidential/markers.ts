/**
 * Labels that say a post is not for sharing: the policy's codenames and terms, "CONFIDENTIAL",
 * "do not share this", "official announcement next month", a hushed "shhh 🤫".
 */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import type { Scan } from './scan';

/** Before a "confidential" marker: the post is about protecting someone's data, not leaking it. */
const PROTECTIVE = new Set([
  'your',
  'their',
  'customer',
  'customers',
  'client',
  'clients',
  'candidate',
  'candidates',
  'patient',
  'patients',
  'applicant',
  'applicants',
  'application',
  'applications',
  'kept',
  'keep',
  'keeps',
  'keeping',
  'treated',
  'treat',
  'treats',
  'held',
  'handled',
  'handle',
  'remain',
  'remains',
  'stay',
  'stays',
  'protect',
  'protects',
  'protected',
  'protecting',
  'safeguard',
  'safeguards',
  'secure',
  'secures',
  'encrypt',
  'encrypts',
  'encrypted',
  'sensitive',
]);
/** After a bare "confidential": a technology or a service, not a label. */
const CONFIDENTIAL_NOUN = new Set([
  'computing',
  'compute',
  'vm',
  'vms',
  'containers',
  'ai',
  'inference',
  'search',
  'searches',
  'inquiries',
  'enquiries',
  'conversation',
  'conversations',
  'discussion',
  'discussions',
  'chat',
  'chats',
  'consultation',
  'consultations',
  'hotline',
  'reporting',
  'support',
  'counseling',
  'counselling',
  'line',
  'basis',
  'manner',
]);
/** After "do not share": about this text ("do not share this", "…externally"), or the sentence ends. */
const SHARE_OBJECT = new Set([
  'this',
  'these',
  'it',
  'externally',
  'outside',
  'publicly',
  'further',
  'yet',
  'beyond',
  'widely',
  'until',
  'before',
  'with',
]);
/** After a bare label word: the label is history ("Embargo lifted! Today we launch…"). */
const LABEL_OVER = new Set(['lifted', 'lifts', 'over', 'ended', 'ends', 'expired', 'is']);
/** In the sentence of a Title Case marker, these make it the name of a work ("Off the Record, our new podcast"). */
const WORKS = new Set([
  'podcast',
  'show',
  'series',
  'book',
  'film',
  'movie',
  'newsletter',
  'episode',
  'season',
  'album',
  'song',
  'documentary',
  'exhibition',
  'novel',
  'column',
  'webinar',
  'panel',
]);
/** "don't tell my mother-in-law": the secret is a family one, not the company's. */
const FAMILY = new Set([
  'wife',
  'husband',
  'mum',
  'mom',
  'mother',
  'dad',
  'father',
  'kids',
  'partner',
  'girlfriend',
  'boyfriend',
  'grandma',
  'nan',
  'family',
  'dentist',
  'trainer',
]);
/** "official announcement next month", "the official email goes out Monday": the news comes later. */
const ANNOUNCEMENT_NOUNS = new Set(['announcement', 'email', 'memo', 'news', 'comms', 'release', 'word', 'launch']);
const LATER =
  /^(?:next|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|coming|until|till|later|goes|drops|lands|soon)$/;
/** Before a plural like "leaked documents": a topic, not material in hand ("why internal emails should…"). */
const GENERIC_BEFORE = new Set(['', 'why', 'how', 'about', 'on', 'of', 'with', 'like', 'when', 'and', 'or']);
/** After "internal emails", "leaked documents": said of the kind, not of one ("should be written…", "are forever"). */
const GENERIC_AFTER = new Set(['should', 'must', 'can', 'could', 'would', 'are', 'never', 'always', 'and', 'or']);
/** "official announcement", "officially": the start of an announcement still to come. */
export const OFFICIAL = new Set(['official', 'officially']);
export const CANNOT = new Set(["can't", 'cant', 'cannot', "couldn't", "won't"]);
const DISCLOSE = new Set(['share', 'say', 'reveal', 'disclose', 'name', 'tell', 'announce', 'confirm']);
/** "shhh", "shh": a hushed post, when it also gives a figure or a date. */
const HUSH_WORD = /^sh{2,}$/;
const HUSH_WORK = new Set([
  'ships',
  'shipping',
  'launch',
  'launches',
  'launching',
  'release',
  'releasing',
  'beta',
  'ga',
  'pricing',
  'price',
  'seat',
  'deal',
  'customer',
  'customers',
  'revenue',
  'roadmap',
  'feature',
  'version',
  // "list prices go up 18% on March 1", "get those renewals signed".
  'prices',
  'renewal',
  'renewals',
]);
const HUSH_EMOJI = /\u{1F92B}|\u{1F910}/u;

export function policyTerms(scan: Scan): void {
  for (const m of scan.ctx.matches('codenames')) {
    scan.add(`Mentions “${scan.written(m)}”, an internal codename — codenames must not be made public; remove it.`, m);
  }
  for (const m of scan.ctx.matches('terms')) {
    scan.add(`Mentions “${scan.written(m)}”, which the company treats as confidential — remove it.`, m);
  }
  // "#NightjarLaunch", "#ProjectBluefin": a codename inside a hashtag.
  const names = scan.ctx.options.codenames
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c.length >= 4 && !c.includes(' '));
  if (names.length === 0) return;
  for (const e of scan.ctx.text.entities) {
    if (e.type !== 'hashtag') continue;
    const tag = e.value.slice(1).toLowerCase();
    const name = names.find((c) => tag !== c && tag.includes(c));
    if (name)
      scan.addRange(
        `Mentions “${e.value}”, which contains the internal codename “${name}” — codenames must not be made public; remove it.`,
        e.start,
        e.end,
      );
  }
}

export function markers(scan: Scan): void {
  const { matches } = scan.ctx;
  if (matches('markers').length + matches('confidential').length + matches('leak-cues').length === 0) return;
  if (familySecret(scan)) return;
  for (const m of scan.ctx.matches('markers')) {
    if (m.entry.term.includes('confidential') && protective(scan, m.firstToken)) continue;
    if (namesAWork(scan, m)) continue;
    if (/^(?:leaked|internal|confidential) /.test(m.entry.term) && generic(scan, m.firstToken, m.lastToken)) continue;
    scan.add(
      `“${scan.written(m)}” marks confidential material — don’t post internal or embargoed information; remove it.`,
      m,
    );
  }
  // The bare word counts as a label: "CONFIDENTIAL", "Confidential: Q3 plan", "— confidential".
  const { original } = scan.ctx.text;
  for (const m of scan.ctx.matches('confidential')) {
    const word = scan.written(m);
    const next = scan.tok(m.lastToken + 1);
    if (CONFIDENTIAL_NOUN.has(next) || protective(scan, m.firstToken)) continue;
    if (m.entry.term !== 'confidential' && LABEL_OVER.has(next)) continue;
    const shouted = word === word.toUpperCase();
    const labelled = /^\s*[:\]\-–—]/.test(original.slice(m.end, m.end + 3));
    const opensLine = /(?:^|[\n[(])\s*$/.test(original.slice(Math.max(0, m.start - 3), m.start));
    if (shouted || labelled || opensLine)
      scan.add(`“${word}” marks confidential material — don’t post internal information; remove it.`, m);
  }
  // "(internal)", "[internal, obvs]", "Sales leaderboard (internal):": "internal" as a label, not "internal tools".
  for (const m of scan.ctx.matches('leak-cues')) {
    if (m.entry.term !== 'internal') continue;
    const before = original.slice(Math.max(0, m.start - 2), m.start);
    const after = original.slice(m.end, m.end + 2);
    const enclosed = /[([]\s?$/.test(before) && /^\s?[),\]:]/.test(after);
    const tagged = /^\s?[:\]]/.test(after) && /(?:^|\n)\s*$/.test(original.slice(Math.max(0, m.start - 2), m.start));
    if (enclosed || tagged)
      scan.add(`“${scan.written(m)}” marks internal material — it is not for publication; remove it.`, m);
  }
}

/** "can't share details yet", "cannot say who yet": the author holds back what is not out. */
export function notYet(scan: Scan): void {
  scan.near('cannot', 0, 0, 0, scan.tokens.length - 2, (i) => {
    if (!CANNOT.has(scan.tok(i)) || !scan.continues(i + 1) || !DISCLOSE.has(scan.tok(i + 1))) return;
    for (let k = i + 2; k <= i + 5 && scan.continues(k); k++) {
      if (scan.tok(k) !== 'yet') continue;
      const [s, e] = scan.range(i, k);
      scan.addRange(
        `“${scan.ctx.text.original.slice(s, e)}” says this is not public yet — wait for the announcement; remove it.`,
        s,
        e,
      );
      break;
    }
  });
}

/** "Official announcement next month, but I couldn't wait": the post runs ahead of the announcement. */
export function announcedLater(scan: Scan): void {
  if (scan.ctx.matches('official').length === 0) return;
  if (scan.ctx.company.isCompanyAccount(scan.ctx.post.account?.handle)) return;
  scan.near('official', 0, 0, 0, scan.tokens.length - 2, (i) => {
    if (!OFFICIAL.has(scan.tok(i))) return;
    let noun = -1;
    for (let k = i + 1; k <= i + 2 && scan.continues(k); k++) if (ANNOUNCEMENT_NOUNS.has(scan.tok(k))) noun = k;
    if (noun < 0) return;
    let later = -1;
    for (let k = noun + 1; k <= noun + 3 && scan.continues(k); k++) if (LATER.test(scan.tok(k))) later = k;
    if (later < 0) return;
    const [s, e] = scan.range(i, later);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” says this is not announced yet — wait for the announcement; remove it.`,
      s,
      e,
    );
  });
}

/** "launching May 2. shhh 🤫": a hushed personal post that gives a figure or a date. */
export function hushed(scan: Scan): void {
  // A weak cue: only worth a finding when nothing more specific was found.
  if (scan.findings.length > 0) return;
  const { original } = scan.ctx.text;
  // The cue first: it is rare, the conditions below are not.
  const word = hushWord(scan);
  if (word < 0 && !hushEmojiPossible(original)) return;
  if (scan.ctx.company.isCompanyAccount(scan.ctx.post.account?.handle)) return;
  if (!scan.tokens.some((t) => /^\d/.test(t.text))) return;
  // About work, not an album or a birthday: the company, or a launch, a deal, a price.
  if (!scan.tokens.some((t, i) => HUSH_WORK.has(t.text) || scan.isCompanyRef(i))) return;
  if (word >= 0) {
    const [s, e] = scan.range(word, word);
    scan.addRange(`“${original.slice(s, e)}” says this is a secret — don’t post it; remove it.`, s, e);
    return;
  }
  const emoji = HUSH_EMOJI.exec(original);
  if (emoji)
    scan.addRange(
      `“${emoji[0]}” says this is a secret — don’t post it; remove it.`,
      emoji.index,
      emoji.index + emoji[0].length,
    );
}

/** Both hush emoji (U+1F92B, U+1F910) start with the surrogate U+D83E: one fast single-character search. */
export function hushEmojiPossible(text: string): boolean {
  for (let p = text.indexOf('\uD83E'); p >= 0; p = text.indexOf('\uD83E', p + 1)) {
    const low = text.charCodeAt(p + 1);
    if (low === 0xdd2b || low === 0xdd10) return true;
  }
  return false;
}

/** Index of the first "shh…" word, or -1; "sh" is checked by hand before the pattern runs. */
function hushWord(scan: Scan): number {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    const t = (tokens[i] as Token).text;
    if (t.charCodeAt(0) === 115 && t.charCodeAt(1) === 104 && HUSH_WORD.test(t)) return i;
  }
  return -1;
}

export function doNotShare(scan: Scan): void {
  for (const m of scan.ctx.matches('do-not-share')) {
    const k = m.lastToken + 1;
    const ends = !scan.continues(k);
    if (!ends && !SHARE_OBJECT.has(scan.tok(k)) && !m.entry.term.startsWith('keep')) continue;
    scan.add(`“${scan.written(m)}” says this is not for sharing — so it must not be posted; remove it.`, m);
  }
}

/** Up to three words before, in the same sentence, describe protecting data. */
export function protective(scan: Scan, first: number): boolean {
  for (let k = first - 1; k >= first - 3 && k >= 0 && scan.continues(k + 1); k--) {
    if (PROTECTIVE.has(scan.tok(k))) return true;
  }
  return false;
}

/** "Off the Record, our new podcast": a marker in Title Case naming a work. */
function namesAWork(scan: Scan, m: LexiconMatch): boolean {
  if (m.lastToken === m.firstToken) return false;
  const written = scan.written(m);
  if (written === written.toUpperCase() || !scan.isCapitalizedWord(m.lastToken)) return false;
  // The work is often named in the next sentence: "Off The Record is back for season 2! New episode…".
  for (let k = m.lastToken + 1; k <= m.lastToken + 16 && k < scan.tokens.length; k++)
    if (WORKS.has(scan.tok(k))) return true;
  return false;
}

/** "don't tell my mother-in-law": a family secret. */
function familySecret(scan: Scan): boolean {
  return scan.tokens.some((t, i) => t.text === 'tell' && scan.tok(i + 1) === 'my' && FAMILY.has(scan.tok(i + 2)));
}

/** "Leaked documents, whistleblowers and the press", "why internal emails should…": the kind, not one in hand. */
export function generic(scan: Scan, first: number, last: number): boolean {
  if (!scan.tok(last).endsWith('s')) return false;
  const before = scan.continues(first) ? scan.tok(first - 1) : '';
  if (!GENERIC_BEFORE.has(before)) return false;
  const after = scan.ctx.text.original.slice(scan.range(last, last)[1]).trimStart();
  return after.startsWith(',') || (scan.continues(last + 1) && GENERIC_AFTER.has(scan.tok(last + 1)));
}
