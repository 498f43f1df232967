/**
 * Posting from the company account something that reads as personal: the Chrysler F-bomb
 * (2011), the American Red Cross "#gettngslizzerd" tweet (2011), KitchenAid's debate tweet (2012).
 *
 * A post is weighed, not matched word by word, because brand posts are casual too ("Happy Friday
 * from all of us! 🍻"). Strong signs fire alone: profanity, being drunk or hungover, the author's
 * private life ("my wife", "my lovely wife", "she said yes", "called in sick"), explicit opinion
 * markers ("IMO"). Weaker signs each count one per kind: views, drinking, complaints (up to two),
 * chat shorthand, downtime, fandom, health, asks to the crowd ("send help"), home, family, one's own
 * career news, and political commentary (two: the politics rule's own check). First person singular
 * pronouns add one each (two at most), and speaking for the company ("we", "our", the company's
 * name, customer care phrasing) takes one away; two or more fire. CamelCase hashtags are read as
 * their words ("#DateNight"), and a few emoji carry a weak sign (🍻, 😩, 💍).
 * Text inside quotation marks is someone being quoted, so only profanity counts there.
 */
import { entriesOf, type WordListFile } from '../data/lists';
import asks from '../data/wrong-account/asks.json';
import brandVoice from '../data/wrong-account/brand-voice.json';
import career from '../data/wrong-account/career.json';
import commentary from '../data/wrong-account/commentary.json';
import complaint from '../data/wrong-account/complaint.json';
import drinking from '../data/wrong-account/drinking.json';
import family from '../data/wrong-account/family.json';
import fandom from '../data/wrong-account/fandom.json';
import firstPerson from '../data/wrong-account/first-person.json';
import health from '../data/wrong-account/health.json';
import home from '../data/wrong-account/home.json';
import informal from '../data/wrong-account/informal.json';
import intoxication from '../data/wrong-account/intoxication.json';
import intoxicationContext from '../data/wrong-account/intoxication-context.json';
import leisure from '../data/wrong-account/leisure.json';
import narration from '../data/wrong-account/narration.json';
import opinion from '../data/wrong-account/opinion.json';
import personalNouns from '../data/wrong-account/personal-nouns.json';
import privateLife from '../data/wrong-account/private-life.json';
import views from '../data/wrong-account/views.json';
import type { AnalyzedText, Token } from '../text/analyze';
import { compoundTags, findPhrase, phraseSet } from './custom/tags';
import { defineRule } from './types';
import {
  insideSpans,
  overlapsAny,
  ownerBefore,
  politicalSigns,
  profanitySigns,
  quotedSpans,
  type Sign,
} from './wrong-account/signs';
import { narrationSigns, signOff, speaksForCompany } from './wrong-account/voice';

const STRONG_LISTS = {
  'private-life': privateLife,
  intoxication,
  opinion,
} as const;
/** Each weaker kind of sign counts once (complaints up to twice: a rant piles them up). */
const WEAK_LISTS = {
  views,
  drinking,
  complaint,
  informal,
  leisure,
  commentary,
  fandom,
  health,
  asks,
  home,
  family,
  career,
} as const;
const OTHER_LISTS = {
  'intoxication-context': intoxicationContext,
  'brand-voice': brandVoice,
  'first-person': firstPerson,
  'personal-nouns': personalNouns,
  narration,
};
const ALL_LISTS: Record<string, unknown> = { ...STRONG_LISTS, ...WEAK_LISTS, ...OTHER_LISTS };

type WeakKind = keyof typeof WEAK_LISTS;

/** Words before "wasted", "hammered" … that make them mean drunk ("got wasted", "so hammered"). */
const GETTING_DRUNK = new Set([
  'get',
  'got',
  'getting',
  'gettin',
  'so',
  'totally',
  'completely',
  'absolutely',
  'super',
]);
/** Words that may follow them and still end the phrase ("got wasted last night"). */
const AFTER_DRUNK = new Set([
  'tonight',
  'last',
  'again',
  'af',
  'lol',
  'lmao',
  'haha',
  'today',
  'yesterday',
  'this',
  'after',
  'at',
]);
/**
 * Emoji that carry a weak sign of their own: drinks, one person's mood (a brand rarely sighs,
 * facepalms or cries), and a family's milestones. Found with indexOf: a handful of native scans.
 */
const SIGN_EMOJI: readonly [string, WeakKind][] = [
  ...['🍺', '🍻', '🍷', '🥂', '🍸', '🍹', '🥃'].map((e): [string, WeakKind] => [e, 'drinking']),
  ...['😩', '😫', '🥴', '🤦', '🙄', '😤', '🤬', '🤮', '😭', '🥲', '😴', '🥱', '😮‍💨'].map((e): [string, WeakKind] => [
    e,
    'complaint',
  ]),
  ...['💍', '👶', '🍼', '🤰'].map((e): [string, WeakKind] => [e, 'family']),
];
const HASHTAG_DRUNK = /drunk|wasted|hungover|slizz|turnt|tipsy|shitfaced/;
const HASHTAG_COMMENTARY = /politic|debate|election/;

/** Phrases of the lists, phrase → list, read inside hashtags (see `tagSign`). */
interface TagPhrases {
  /** Words joined by one space, for CamelCase tags ("#DateNight" → "date night"). */
  spaced: Map<string, string>;
  /** Phrases of two words or more written as one ("gettinglit"), for a lowercase tag read whole. */
  joined: Map<string, string>;
}
/** A joined phrase shorter than this could be a word of its own ("ooo", "pb"): not read in a tag. */
const MIN_JOINED = 7;
let tagPhrases: TagPhrases | undefined;
function tagPhrasesOfLists(): TagPhrases {
  if (!tagPhrases) {
    const spaced = new Map<string, string>();
    const joined = new Map<string, string>();
    for (const [list, file] of Object.entries({ ...STRONG_LISTS, ...WEAK_LISTS })) {
      for (const [phrase] of phraseSet(entriesOf(file as WordListFile))) {
        if (!spaced.has(phrase)) spaced.set(phrase, list);
        const glued = phrase.replaceAll(' ', '');
        if (glued !== phrase && glued.length >= MIN_JOINED && !joined.has(glued)) joined.set(glued, list);
      }
    }
    tagPhrases = { spaced, joined };
  }
  return tagPhrases;
}

function accountLabel(handle: string): string {
  const h = handle.trim();
  return h.includes('/') || h.startsWith('@') ? h : `@${h}`;
}

const KIND_LABEL: Record<string, string> = {
  profanity: 'profanity',
  'private-life': 'private life',
  intoxication: 'drinking',
  opinion: 'a personal opinion',
  views: 'a personal opinion',
  drinking: 'drinking',
  complaint: 'a personal complaint',
  informal: 'chat shorthand',
  leisure: 'private time',
  commentary: 'political commentary',
  'first-person': 'one person speaking',
  fandom: 'a fan’s aside',
  health: 'one person’s health',
  asks: 'a personal request',
  home: 'home life',
  family: 'family life',
  career: 'your own career news',
};

export default defineRule<object>({
  id: 'wrong-account',
  meta: {
    title: 'Personal post from the company account',
    description:
      'Flags posts from one of the company’s accounts that read as personal: private life, drinking, profanity, personal opinions and complaints.',
    checksQuoted: false,
  },
  defaults: { severity: 'warn' },
  options: {},
  lists: (_options, policy) =>
    policy.company.accounts.length === 0
      ? []
      : Object.entries(ALL_LISTS).map(([list, file]) => ({ list, entries: entriesOf(file as WordListFile) })),
  check(ctx) {
    const { post, text, company, policy, matches, inQuoted } = ctx;
    const handle = post.account?.handle;
    if (inQuoted || !handle || !company.isCompanyAccount(handle)) return [];
    const quotes = quotedSpans(text.original);
    const quoted = (s: { start: number }) => insideSpans(quotes, s.start);
    const { tokens } = text;

    const strong: Sign[] = profanitySigns(policy, text);
    for (const list of Object.keys(STRONG_LISTS)) {
      for (const m of matches(list)) {
        if (quoted(m)) continue;
        const next = tokens[m.lastToken + 1];
        if (m.entry.term === 'drunk' && next && !next.breakBefore && next.text.startsWith('driv')) continue;
        strong.push({ start: m.start, end: m.end, kind: list });
      }
    }
    for (const m of matches('personal-nouns')) {
      const owner = ownerBefore(tokens, m.firstToken);
      if (owner < 0 || quoted(m)) continue;
      const [start] = text.toOriginal((tokens[owner] as Token).start, (tokens[owner] as Token).end);
      strong.push({ start, end: m.end, kind: 'private-life' });
    }
    for (const m of matches('intoxication-context')) {
      const prev = tokens[m.firstToken - 1];
      const next = tokens[m.lastToken + 1];
      const gotDrunk = prev && !(tokens[m.firstToken] as Token).breakBefore && GETTING_DRUNK.has(prev.text);
      const endsPhrase = !next || next.breakBefore || AFTER_DRUNK.has(next.text);
      if (gotDrunk && endsPhrase && !quoted(m)) strong.push({ start: m.start, end: m.end, kind: 'intoxication' });
    }

    const weak = new Map<WeakKind, Sign[]>();
    const addWeak = (kind: WeakKind, sign: Sign) => {
      const list = weak.get(kind);
      if (list) list.push(sign);
      else weak.set(kind, [sign]);
    };
    for (const kind of Object.keys(WEAK_LISTS) as WeakKind[]) {
      for (const m of matches(kind)) if (!quoted(m)) addWeak(kind, { start: m.start, end: m.end, kind });
    }
    const phrases = tagPhrasesOfLists();
    const addTagSign = (list: string, sign: Sign) => {
      if (list in STRONG_LISTS) strong.push(sign);
      else addWeak(list as WeakKind, sign);
    };
    for (const t of tokens) {
      if (t.sigil !== '#') continue;
      const [start, end] = text.toOriginal(t.start - 1, t.end);
      // A lowercase tag is read whole, never split: "#gettinglit" is a phrase of the lists run together.
      const joined = phrases.joined.get(t.text);
      if (HASHTAG_DRUNK.test(t.text) && !t.text.includes('driv')) strong.push({ start, end, kind: 'intoxication' });
      else if (HASHTAG_COMMENTARY.test(t.text)) addWeak('commentary', { start, end, kind: 'commentary' });
      else if (joined) addTagSign(joined, { start, end, kind: joined });
    }
    for (const tag of compoundTags(text)) {
      const list = findPhrase(tag.words, phrases.spaced);
      if (list) addTagSign(list, { start: tag.start, end: tag.end, kind: list });
    }
    for (const [emoji, kind] of SIGN_EMOJI) {
      const at = text.original.indexOf(emoji);
      if (at >= 0) addWeak(kind, { start: at, end: at + emoji.length, kind });
    }

    const firstPerson: Sign[] = matches('first-person')
      .filter((m) => !quoted(m))
      .map((m) => ({ start: m.start, end: m.end, kind: 'first-person' }));
    // Words already read as a sign ("can't wait to see") are not also an unwritten "I".
    const readAlready = overlapsAny([...weak.values()].flat());
    const unwrittenI = narrationSigns(
      text,
      matches('narration').filter((m) => !quoted(m) && !readAlready(m)),
    );
    const kiss = signOff(text);
    if (kiss && !quoted(kiss)) addWeak('informal', kiss);
    // The politics check is a second lexicon pass: only worth it while the post is undecided.
    if (strong.length === 0) {
      for (const sign of politicalSigns(ctx)) if (!quoted(sign)) addWeak('commentary', sign);
    }
    // An unwritten "I" is pointed at only when nothing else is: "Woke" explains less than "my alarm".
    const pointable = [...[...weak.values()].flat(), ...firstPerson];
    const signs = strong.length > 0 ? strong : pointable.length > 0 ? pointable : unwrittenI;
    if (strong.length === 0) {
      let score = 0;
      for (const [kind, list] of weak) score += WEIGHT[kind]?.(text, list) ?? 1;
      // One "I" is a founder's voice or a care agent; several, with nothing for the company, is a diary.
      score += Math.min(firstPerson.length + unwrittenI.length, 2);
      if (speaksForCompany(text, matches('brand-voice'), company.mentions.length > 0)) score -= 1;
      if (score < 2) return [];
    }
    const first = signs.reduce((a, b) => (b.start < a.start ? b : a));
    const written = text.original.slice(first.start, first.end);
    const account = accountLabel(handle);
    return [
      {
        message: `You are posting as ${account}, a company account — this reads as a personal post (${KIND_LABEL[first.kind]}: “${written}”). Switch to your personal account, or rewrite it in the company’s voice.`,
        start: first.start,
        end: first.end,
      },
    ];
  },
});

/**
 * Most kinds count once. Complaints and health count up to twice (a rant piles them up); political commentary
 * twice, so that on its own, in no voice but the author's, it reads as a personal opinion — while
 * "we" or the company's name still keeps a company statement on an issue below the line.
 */
const WEIGHT: Partial<Record<WeakKind, (text: AnalyzedText, signs: readonly Sign[]) => number>> = {
  complaint: (text, signs) => Math.min(distinct(text, signs), 2),
  // A post about one body ("new PB on the deadlift", "booster today, arm is sore") piles up signs
  // the way a rant does; a health brand's pitch speaks for the company and loses one.
  health: (text, signs) => Math.min(distinct(text, signs), 2),
  // Downtime piles up the same way ("Sunday roast and a nap on the sofa"); one word is brand copy.
  leisure: (text, signs) => Math.min(distinct(text, signs), 2),
  commentary: () => 2,
};

function distinct(text: AnalyzedText, signs: readonly Sign[]): number {
  return new Set(signs.map((s) => text.original.slice(s.start, s.end).toLowerCase())).size;
}
