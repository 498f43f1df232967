/**
 * Anchor words compiled into the engine's one lexicon pass. A detector then learns for free
 * whether its anchor occurs, and where, instead of testing every token of every post: most posts
 * contain none of these, and the detector costs nothing there. One list for all of them, so a
 * check asks the engine once.
 */
import type { ListInput } from '../../text/lexicon';
import { CASH_WORDS, LOCKUP_WORDS, PRIVATE_WORDS, REACTIONS, SHORT_WORDS } from './events';
import { EQUITY_GRANTS, HOLDING_NOUNS, MULTIPLE_OF, SESSION, SESSION_PAIRS, VEST_WORDS, YIELD_WORDS } from './words';

export const CUE_LIST = 'cues';

const CUES = {
  stock: {
    words: ['stock', 'stocks', "stock's", 'shares'],
    note: 'Anchor of price moves, trading talk and "our stock".',
  },
  grant: { words: EQUITY_GRANTS, note: 'Employee equity: anchor of selling or trading a grant.' },
  we: { words: ['we', "we're"], note: 'Anchor of "we\'re up 40% YTD".' },
  multiple: { words: MULTIPLE_OF, note: 'After "NNx": anchor of a valuation multiple ("12x sales").' },
  dip: { words: ['dip'], note: 'Anchor of "bought the dip".' },
  yield: { words: YIELD_WORDS, note: 'Anchor of a dividend yield ("yields 3.2%").' },
  session: {
    words: [...SESSION, ...[...SESSION_PAIRS].map((p) => p.split(' ')[0] as string)],
    note: 'A trading session, or the first word of one ("after hours"): anchor of a session price move.',
  },
  short: { words: ['shorted', 'shorting'], note: 'Anchor of short selling ("shorted Acme").' },
  holding: { words: HOLDING_NOUNS, note: 'Anchor of "my Acme position".' },
  eps: { words: ['eps'], note: 'Anchor of an earnings-per-share figure.' },
  vest: { words: VEST_WORDS, note: 'A vest of employee equity: anchor of selling it ("quarterly vest today, sold").' },
  reaction: {
    words: REACTIONS,
    note: 'What a share price reacts to: anchor of a subjectless move ("-14% on a beat").',
  },
  lockup: { words: LOCKUP_WORDS, note: 'Anchor of an IPO lockup ending.' },
  cash: { words: CASH_WORDS, note: 'Anchor of "trading below cash".' },
  private: { words: PRIVATE_WORDS, note: 'Anchor of a take-private price ("taking us private at $88").' },
  shortAt: { words: SHORT_WORDS, note: 'Anchor of a short position at a price ("short us at 40").' },
} satisfies Record<string, { words: Iterable<string>; note: string }>;

export type Cue = keyof typeof CUES;

/** Each cue word and the cues it anchors (a word may anchor several). */
export const CUES_OF = new Map<string, Cue[]>();
const notes = new Map<string, string>();
for (const [cue, { words, note }] of Object.entries(CUES) as [Cue, (typeof CUES)[Cue]][]) {
  for (const word of words) {
    const cues = CUES_OF.get(word) ?? [];
    if (!cues.includes(cue)) cues.push(cue);
    CUES_OF.set(word, cues);
    if (!notes.has(word)) notes.set(word, note);
  }
}

/** Exact tokens only: the detectors compare token text, so "stock's" is its own cue, not "stock". */
export const CUE_LIST_INPUT: ListInput = {
  list: CUE_LIST,
  entries: [...notes].map(([term, note]) => ({ term, note })),
  possessive: false,
};
