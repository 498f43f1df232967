/**
 * Rated words that are acts against people rather than verdicts on them: contempt ("I loathe my
 * supervisor"), shaming ("you ought to feel ashamed") and accusations of wrongdoing against the
 * author or the reader ("the agency cheated us").
 */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import type { HostileText } from './text';
import { isPerson, objectAfter, spanOf, walkBackOver, withDeterminer } from './valence-people';
import { W } from './words';

/** "I despise my manager", "everyone hates you" — not "I hate Mondays" or "customers hate waiting". */
export function contemptVerb(h: HostileText, match: LexiconMatch): void {
  const back = walkBackOver(h, match.firstToken);
  if (back.negated) return;
  const object = objectAfter(h, match.lastToken);
  if (object < 0) return;
  const span = spanOf(h, match, object);
  h.report(
    span,
    match.start,
    `Says contempt for someone (${h.quoteFrom(match.firstToken, span)}) — it reads as hostile and reflects on you and the company; remove it.`,
  );
}

/**
 * "they cheat us every time", "Management lied to us", "you stole my idea": a person accused of
 * deceit, theft or abuse against the author or the reader. News about others ("he defrauded
 * investors") and the author's own acts ("we mocked up a design") are not.
 */
export function wrongdoing(h: HostileText, match: LexiconMatch): boolean {
  let subject = match.firstToken - 1;
  const adverb = h.tokens[subject];
  if (adverb && W.FILLER.has(adverb.text) && !(h.tokens[match.firstToken] as Token).breakBefore) subject--;
  // "the recruiter who lied to me": the word before "who" is the one accused.
  if (h.tokens[subject]?.text === 'who' && subject > 0) subject--;
  if (subject < 0 || (h.tokens[subject + 1] as Token).breakBefore || !isPerson(h, subject)) return false;
  const negated = h.tokens[subject - 1];
  if (negated && (W.NEGATIONS.has(negated.text) || W.CONDITIONS.has(negated.text))) return false;
  let object = -1;
  for (let k = match.lastToken + 1; k <= match.lastToken + 3; k++) {
    const tok = h.tokens[k];
    if (!tok || tok.breakBefore) break;
    if (W.WRONGED.has(tok.text)) {
      object = k;
      break;
    }
    if (!W.WRONGED_LINKS.has(tok.text)) break;
  }
  if (object < 0 || sameParty(h, subject, object)) return false;
  const start = withDeterminer(h, subject);
  const span = spanOf(h, match, object);
  h.report(
    span,
    h.startOf(start),
    `Accuses someone (${h.quoteFrom(start, span)}) — a public accusation of wrongdoing reads as hostile and can be defamatory; remove it or take it up privately.`,
  );
  return true;
}

/** "you … your" is not someone wronging the reader: "you cheat yourself", "you mock your own work". */
export function sameParty(h: HostileText, subject: number, object: number): boolean {
  const a = (h.tokens[subject] as Token).text;
  const b = (h.tokens[object] as Token).text;
  return W.YOU.has(a.split("'")[0] ?? a) && (W.YOU.has(b) || b === 'your' || b === 'ur');
}

/**
 * "you should feel embarrassed", "he ought to feel ashamed", "you make me sick": a feeling the
 * author says someone else ought to have, or causes. Not "I feel sick" or "it makes me sad".
 */
export function shamed(h: HostileText, match: LexiconMatch): void {
  const first = match.firstToken;
  const verb = h.tokens[first - 1];
  if (!verb || (h.tokens[first] as Token).breakBefore) return;
  let subject = -1;
  if (verb.text === 'feel' && W.OBLIGED.has(h.tokens[first - 2]?.text ?? '')) subject = first - 3;
  else if (verb.text === 'feel' && h.tokens[first - 2]?.text === 'to' && h.tokens[first - 3]?.text === 'ought')
    subject = first - 4;
  else if (W.AUTHOR_OBJECTS.has(verb.text) && W.MAKE.has(h.tokens[first - 2]?.text ?? '')) subject = first - 3;
  if (subject < 0 || (h.tokens[subject + 1] as Token).breakBefore || !isPerson(h, subject)) return;
  const start = withDeterminer(h, subject);
  h.report(
    match,
    h.startOf(start),
    `Shames someone (${h.quoteFrom(start, match)}) — telling a person how they should feel about themselves reads as hostile; remove it.`,
  );
}
