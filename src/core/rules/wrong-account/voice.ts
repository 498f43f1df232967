/**
 * Who is speaking, read from grammar rather than vocabulary: a diary sentence that drops its "I",
 * a kiss sign-off, and the company's own "we".
 */
import type { AnalyzedText, Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import type { Sign } from './signs';

/**
 * Words a diary sentence may open with before its verb ("Just found out", "ngl kinda want to",
 * "Finally finished"): fillers and adverbs, not vocabulary of any topic.
 */
const LEAD_WORDS = new Set([
  'just',
  'finally',
  'still',
  'so',
  'and',
  'also',
  'then',
  'now',
  'ok',
  'okay',
  'welp',
  'well',
  'ngl',
  'tbh',
  'honestly',
  'literally',
  'lol',
  'omg',
  'ugh',
  'kinda',
  'sorta',
  'really',
  'actually',
  'already',
  'officially',
]);
const MAX_LEAD = 2;
/** A verb aimed at the reader or the company is brand copy ("Lost your password?", "Got our swag"). */
const ADDRESSED = new Set(['you', 'your', "you're", 'yours', 'we', 'our', 'us']);

/** Words after the verb that may still name its object ("Can't wait to see you", "Lost your password"). */
const OBJECT_WINDOW = 3;

function addressed(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + OBJECT_WINDOW; k++) {
    const t = tokens[k] as Token;
    if (t.breakBefore) return false;
    if (ADDRESSED.has(t.text)) return true;
  }
  return false;
}

/** Whether a clause starts at token `i`: the post's start, a sentence break, a comma or a colon. */
function clauseStart(text: AnalyzedText, i: number): boolean {
  const t = text.tokens[i] as Token;
  if (i === 0 || t.breakBefore) return true;
  const gap = text.normalized.norm.slice((text.tokens[i - 1] as Token).end, t.start);
  return gap.includes(',') || gap.includes(':');
}

/** Joins a second diary verb to the first ("Overslept and missed the drop-off"). */
const COORDINATORS = new Set(['and', 'then', 'but', 'n']);

/**
 * Whether the sentence holding token `i` ends in a question mark. Matches come in token order, so
 * one sentence's answer is kept for the next match in it: each sentence is walked once.
 */
function questionReader(text: AnalyzedText): (i: number) => boolean {
  const { tokens } = text;
  let last = -1;
  let question = false;
  return (i) => {
    if (i <= last) return question;
    last = i;
    while (last + 1 < tokens.length && !(tokens[last + 1] as Token).breakBefore) last++;
    const next = tokens[last + 1];
    question = text.normalized.norm.slice((tokens[last] as Token).end, next ? next.start : undefined).includes('?');
    return question;
  };
}

/**
 * Diary sentences drop their subject: "Woke up late", "Missed the last bus home", "Been off sick
 * all week", "Need someone to cover my shift". A clause that opens with one of these verbs (after
 * at most two fillers) has an unwritten "I" — one person speaking, counted like the pronoun.
 * Questions ("Missed the webinar?", "Stuck in traffic?") and verbs aimed at the reader or the
 * company ("Lost your password", "Got our swag") are brand copy and do not count.
 */
export function narrationSigns(text: AnalyzedText, matches: readonly LexiconMatch[]): Sign[] {
  const { tokens } = text;
  const signs: Sign[] = [];
  const inQuestion = questionReader(text);
  // The last token of the previous accepted verb, so "woke up" is one sign, not "woke" and "woke up".
  let lastTaken = -1;
  for (const m of matches) {
    const first = tokens[m.firstToken] as Token;
    if (first.sigil !== '' || m.firstToken <= lastTaken) continue;
    let start = m.firstToken;
    while (
      !clauseStart(text, start) &&
      m.firstToken - start < MAX_LEAD &&
      LEAD_WORDS.has((tokens[start - 1] as Token).text)
    )
      start--;
    const coordinated =
      lastTaken >= 0 &&
      COORDINATORS.has((tokens[start - 1] as Token).text) &&
      !tokens.slice(lastTaken + 1, start + 1).some((t) => t.breakBefore);
    if (!clauseStart(text, start) && !coordinated) continue;
    if (addressed(tokens, m.lastToken)) continue;
    if (inQuestion(m.lastToken)) continue;
    signs.push({ start: m.start, end: m.end, kind: 'first-person' });
    lastTaken = m.lastToken;
  }
  return signs;
}

/** A kiss at the end of a post ("Back soon x", "love you all xx"): a sign-off between friends. */
const KISSES = new Set(['x', 'xx', 'xxx', 'xo', 'xoxo']);

export function signOff(text: AnalyzedText): Sign | undefined {
  const last = text.tokens[text.tokens.length - 1];
  if (last?.sigil !== '' || !KISSES.has(last.text) || text.tokens.length < 3) return undefined;
  const [start, end] = text.toOriginal(last.start, last.end);
  // Capital "X" closes names ("Series X", "Gen X"); a kiss is written small.
  if (text.original.slice(start, end) !== last.text) return undefined;
  return { start, end, kind: 'informal' };
}

/** "we", "our", the company's name; "US" in capitals is the country, not "us". */
export function speaksForCompany(
  text: AnalyzedText,
  brand: readonly LexiconMatch[],
  mentionsCompany: boolean,
): boolean {
  if (mentionsCompany) return true;
  return brand.some((m) => text.original.slice(m.start, m.end) !== 'US');
}
