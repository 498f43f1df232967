/** Fixed phrases that are hostile on their own: threats, personal attacks and rude dismissals. */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import type { HostileText } from './text';
import { W } from './words';

export function checkThreat(h: HostileText, match: LexiconMatch): void {
  h.report(match, match.start, `Reads as a threat (${h.quote(match)}) — remove it.`);
}

export function checkAccusation(h: HostileText, match: LexiconMatch): void {
  // "Shame on me", "my last two brain cells": the author, up to two words before.
  for (let k = match.firstToken - 1; k >= 0 && k >= match.firstToken - 2; k--) {
    if ((h.tokens[k + 1] as Token).breakBefore) break;
    if (W.SELF.has((h.tokens[k] as Token).text)) return;
  }
  // "Shame on me for not trying this sooner" is about the author.
  const after = h.tokens[match.lastToken + 1];
  if (after && !after.breakBefore && W.SELF.has(after.text)) return;
  h.report(
    match,
    match.start,
    `Attacks someone (${h.quote(match)}) — personal attacks reflect on you and the company; remove it or make the point without it.`,
  );
}

export function checkDismissal(h: HostileText, match: LexiconMatch): void {
  if (isShutUpAndTakeMyMoney(h, match) || saidBySelf(h, match.firstToken)) return;
  // "Get lost in our new product tour", "shut it down": a particle makes it an ordinary verb.
  const next = h.tokens[match.lastToken + 1];
  if (next && !next.breakBefore && W.PARTICLES.has(next.text)) return;
  h.report(
    match,
    match.start,
    `Tells someone ${h.quote(match)} — a rude dismissal reads as hostile; remove it or answer the point instead.`,
  );
}

/**
 * "Nobody asked, Dave.", "Sit down." — rude only as a clause of its own: nothing follows it, and
 * it opens its clause ("I need to sit down." is not said to anyone).
 */
export function checkClosingDismissal(h: HostileText, match: LexiconMatch): void {
  if (!h.endsSentence(match.lastToken) && !h.commaAfter(match.lastToken)) return;
  const first = match.firstToken;
  if (first > 0 && !(h.tokens[first] as Token).breakBefore && !h.commaAfter(first - 1)) return;
  checkDismissal(h, match);
}

/** "I need to touch grass", "we should just cope": the author tells it to themself; "not a skill issue" denies it. */
function saidBySelf(h: HostileText, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    if ((h.tokens[k + 1] as Token).breakBefore) return false;
    const word = (h.tokens[k] as Token).text;
    if (W.SELF.has(word) && !W.POSSESSIVES.has(word)) return true;
    // "Age is not a skill issue": denied, not said to anyone.
    if (k >= first - 2 && (W.NEGATIONS.has(word) || word.endsWith("n't"))) return true;
  }
  return false;
}

function isShutUpAndTakeMyMoney(h: HostileText, match: LexiconMatch): boolean {
  const words = h.tokens.slice(match.lastToken + 1, match.lastToken + 5).map((t) => t.text);
  return words.join(' ') === 'and take my money';
}

export function checkSlur(h: HostileText, match: LexiconMatch): void {
  const kind = match.entry.note?.startsWith('Dog whistle') ? 'a dog whistle' : 'a slur';
  h.report(match, match.start, `Uses ${kind} (${h.quote(match)}) — it demeans people by who they are; remove it.`);
}

/**
 * "Management couldn't care less about their staff", "our CEO doesn't give a damn about the
 * people who…": someone said not to care about the people in their charge. Not the author
 * ("I don't care about haters"), and not "you" as the object ("customers don't care about you").
 */
export function checkIndifference(h: HostileText, match: LexiconMatch): void {
  const first = match.firstToken;
  const neg = h.tokens[first - 1];
  if (!neg || (h.tokens[first] as Token).breakBefore) return;
  const negated = neg.text.endsWith("n't") || neg.text === 'never' || neg.text === 'not';
  if (!negated) return;
  // "I don't care about haters", "we never cared about vanity metrics": the author.
  const subject = h.tokens[first - 2];
  if (subject && !neg.breakBefore && W.SELF.has(subject.text) && !W.POSSESSIVES.has(subject.text)) return;
  for (let k = match.lastToken + 1; k <= match.lastToken + 3; k++) {
    const tok = h.tokens[k];
    if (!tok || tok.breakBefore) return;
    if (h.targetAt.has(k) || tok.text === 'us' || W.PERSON_OBJECTS_3RD.has(tok.text)) {
      const span = { ...match, firstToken: first - 1, lastToken: k, start: h.startOf(first - 1), end: h.endOf(k) };
      h.report(
        span,
        span.start,
        `Accuses someone of not caring about people (${h.quote(span)}) — attacks like this reflect on you and the company; remove it or keep it factual.`,
      );
      return;
    }
    if (!W.OBJECT_DETERMINERS.has(tok.text) && !W.POSSESSIVES.has(tok.text)) return;
  }
}
