/** Name-calling: insult nouns ("clown", "crooks") and adjectives ("clueless", "useless") aimed at someone. */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';
import { calledOut, classify, isLinkingVerb, subjectOf, walkBack } from './aim';
import type { HostileText } from './text';
import { ADJECTIVE_ENDING, W } from './words';

/** Sentences are read at most this many words around a match, so a post without full stops stays linear. */
const SCAN = 40;

export function checkInsult(h: HostileText, match: LexiconMatch): void {
  const tok = h.tokens[match.firstToken];
  if (!tok || h.covered.has(match.firstToken) || quotedWord(h, match)) return;
  const plural = /s$/.test(tok.text) && !/ss$/.test(tok.text);
  // "What kind of idiot schedules…": after "kind of" a verb may follow the noun.
  if (!plural && !afterKindOf(h, match.firstToken) && isCompound(h, match.lastToken)) return;
  const back = walkBack(h, match.firstToken);
  if (back.negated) return;
  let aimed = false;
  const j = back.index;
  const before = j >= 0 ? (h.tokens[j] as Token) : undefined;
  if (!before) {
    // "Clueless morons." / "Absolute clown." / "Morons everywhere." — a sentence that is the insult
    // ("Clowns, magicians and food trucks at our family day" is not).
    const next = h.tokens[match.lastToken + 1];
    aimed =
      back.spanStart < match.firstToken ||
      h.endsSentence(match.lastToken) ||
      (plural && h.endsSentence(match.lastToken + 1)) ||
      // "Garbage in, garbage out" names a thing.
      (!plural && next !== undefined && W.REFERRING_AFTER.has(next.text) && !W.THING_INSULTS.has(tok.text)) ||
      // "Bunch of clowns at the DMV", "Total morons in charge": an opening quantifier points at people.
      (plural && opensWithQuantifier(h, match.firstToken) && W.REFERRING_AFTER.has(next?.text ?? '')) ||
      // "Absolute scum, every single one of them."
      (opensWithQuantifier(h, match.firstToken) && h.commaAfter(match.lastToken)) ||
      // "Crooks and liars, every one of them."
      (next !== undefined && W.COORDINATION.has(next.text) && h.insultAt.has(match.lastToken + 2));
  } else if (isTwoWordVerdict(h, j, match)) {
    // "Creepy weirdo." — an unlisted adjective and the insult make the whole sentence.
    aimed = true;
    back.spanStart = j;
  } else if (plural && before.text === 'by' && W.RUN_BY.has(h.tokens[j - 1]?.text ?? '')) {
    // "Globex is run by frauds", "a team led by clowns".
    aimed = true;
  } else if (
    W.SECOND_PERSON.has(before.text) ||
    (W.DEMONSTRATIVES.has(before.text) && (!W.THING_INSULTS.has(tok.text) || ofA(h, match.lastToken))) ||
    W.VOCATIVE.has(before.text) ||
    before.sigil === '@'
  ) {
    aimed = true;
  } else if (before.text === 'what') {
    // "What an idiot." — unless the author means themself ("what an idiot I was").
    aimed = !h.selfFollows(match.lastToken);
  } else if (h.companyAt.has(j)) {
    aimed = true;
  } else if (isLinkingVerb(h, j)) {
    aimed = subjectOf(h, j, false) === 'other';
  } else if (plural && W.AMONG.has(before.text)) {
    // "I work with idiots", "surrounded by clowns": aimed at colleagues when the post is about work.
    aimed = h.nearEmployer(match) !== undefined;
  }
  if (!aimed) {
    aimed =
      followedByTarget(h, match.lastToken) ||
      isVocative(h, back.spanStart, match.lastToken) ||
      closingAppositive(h, match, back) ||
      isTheOneWho(h, back.spanStart, match) ||
      // "trash company", "clown CEO", "idiot manager": the insult describes the person after it.
      (h.targetAt.has(match.lastToken + 1) && !W.NOT_BEFORE_TARGET.has(tok.text)) ||
      calledOut(h, match, back.index) ||
      conductVerdict(h, match.lastToken) ||
      // "let incompetent morons run a bank": an insult adjective and a plural insult name people.
      (plural && h.adjectiveAt.has(back.spanStart) && back.spanStart < match.firstToken && !saidOfSelf(h, back.index));
  }
  if (!aimed) return;
  h.report(
    match,
    h.startOf(back.spanStart),
    `Calls someone ${h.quoteFrom(back.spanStart, match)} — name-calling aimed at people or companies reflects on you and the company; remove it or make the point without the insult.`,
  );
}

/** Insult adjectives ("clueless") and put-downs ("useless", "sucks") said of someone. */
/**
 * "maybe read the manual, genius", "Nice try, Sherlock.", "Hey genius, …": a word that is praise
 * or neutral elsewhere mocks when it addresses someone — unless the sentence is warm
 * ("Happy birthday, genius!").
 */
export function checkMockVocative(h: HostileText, match: LexiconMatch): void {
  const first = match.firstToken;
  if (h.covered.has(first)) return;
  const prev = h.tokens[first - 1];
  const closes = h.endsSentence(match.lastToken) || h.commaAfter(match.lastToken);
  const opens = (first === 0 || (h.tokens[first] as Token).breakBefore) && h.commaAfter(match.lastToken);
  const addressed =
    isVocative(h, first, match.lastToken) ||
    // "Sweetheart, I've been doing this for 20 years." — a term of endearment opening a reply.
    (opens && W.ENDEARMENTS.has(match.entry.term)) ||
    (prev !== undefined && !(h.tokens[first] as Token).breakBefore && W.VOCATIVE.has(prev.text) && closes);
  if (!addressed) return;
  let from = first;
  while (from > 0 && from > first - SCAN && !(h.tokens[from] as Token).breakBefore) from--;
  for (
    let k = from;
    k < h.tokens.length && k < first + SCAN && (k === from || !(h.tokens[k] as Token).breakBefore);
    k++
  ) {
    if (W.WARM.has((h.tokens[k] as Token).text)) return;
  }
  h.report(
    match,
    match.start,
    `Mocks someone (${h.quote(match)}) — sarcasm aimed at a person reads as contempt; remove it or make the point plainly.`,
  );
}

export function checkAdjective(h: HostileText, match: LexiconMatch, strict: boolean): void {
  if (h.covered.has(match.firstToken) || quotedWord(h, match)) return;
  const next = h.tokens[match.lastToken + 1];
  // "the worst leader", "the worst job": a superlative before a noun is the employer list's business.
  if (strict && match.entry.term === 'the worst' && next && !next.breakBefore && !W.AFTER_INSULT.has(next.text)) return;
  let aimed = false;
  // "Brexit was the dumbest decision", "a stupid idea": the act is judged, not a person.
  if (next && !next.breakBefore && W.ACT_NOUNS.has(next.text)) return;
  const back = walkBack(h, match.firstToken);
  if (back.negated) return;
  if (!strict && next && !next.breakBefore && h.targetAt.has(match.lastToken + 1)) {
    // "Our nurses deal with abusive patients": people the staff have to cope with, reported, not named.
    if (copedWith(h, match.firstToken)) return;
    aimed = true; // "clueless recruiters", "incompetent management"
  } else if (back.index < 0) {
    // "Pathetic." after a complaint about someone (not a question: "Entitled? No —"); "Brainless, all of them."
    aimed = (h.endsSentence(match.lastToken) && !questionAfter(h, match.lastToken)) || themAll(h, match.lastToken);
  } else {
    const before = h.tokens[back.index] as Token;
    if (isLinkingVerb(h, back.index)) aimed = subjectOf(h, back.index, strict) === 'other';
    else if (W.VERB_PUT_DOWNS.has(match.entry.term)) {
      aimed = classify(h, back.index, strict) === 'other';
      back.spanStart = back.index; // quote "my manager sucks", not just "sucks"
    } else if (W.SECOND_PERSON.has(before.text) && !strict) aimed = true;
  }
  if (!aimed && openingVerdict(h, match)) {
    aimed = true;
    back.spanStart = sentenceStart(h, match.firstToken);
  }
  if (!aimed) aimed = calledOut(h, match, back.index);
  if (!aimed) return;
  const end = !strict && next && h.targetAt.has(match.lastToken + 1) ? match.lastToken + 1 : match.lastToken;
  const [, endOffset] = h.ctx.text.toOriginal((h.tokens[end] as Token).start, (h.tokens[end] as Token).end);
  const span = { ...match, end: Math.max(match.end, endOffset), lastToken: end };
  const verb = strict ? 'Puts down someone with' : 'Calls someone';
  h.report(
    span,
    h.startOf(back.spanStart),
    `${verb} ${h.quoteFrom(back.spanStart, span)} — name-calling aimed at people or companies reflects on you and the company; remove it or make the point without the insult.`,
  );
}

/** "deal with abusive patients", "protect staff from rude customers", "handling angry callers". */
function copedWith(h: HostileText, first: number): boolean {
  const prev = h.tokens[first - 1];
  if (!prev || (h.tokens[first] as Token).breakBefore) return false;
  if (W.COPING_VERBS.has(prev.text)) return true;
  const verb = h.tokens[first - 2];
  return W.COPING_PREPOSITIONS.has(prev.text) && !prev.breakBefore && !!verb && W.COPING_VERBS.has(verb.text);
}

/**
 * The word alone in quotation marks is mentioned, not used: "moderators see 'idiot', 'clown'",
 * "called staff 'lazy'". Scare quotes around other words ("this 'influencer' is a grifter") do not count.
 */
function quotedWord(h: HostileText, match: LexiconMatch): boolean {
  const before = h.original[match.start - 1];
  const after = h.original[match.end];
  return before !== undefined && after !== undefined && QUOTE_MARKS.includes(before) && QUOTE_MARKS.includes(after);
}

const QUOTE_MARKS = `"“”'‘’«»`;

/** "Creepy weirdo." — a sentence of two words: an adjective-looking word and the insult. */
function isTwoWordVerdict(h: HostileText, j: number, match: LexiconMatch): boolean {
  const adjective = h.tokens[j] as Token;
  if (j !== match.firstToken - 1 || !(j === 0 || adjective.breakBefore) || !h.endsSentence(match.lastToken)) {
    return false;
  }
  const insult = (h.tokens[match.firstToken] as Token).text;
  return !W.THING_INSULTS.has(insult) && ADJECTIVE_ENDING.test(adjective.text) && adjective.sigil === '';
}

/** "What kind of idiot", "what sort of clown". */
function afterKindOf(h: HostileText, first: number): boolean {
  const of = h.tokens[first - 1];
  const kind = h.tokens[first - 2];
  return of?.text === 'of' && (kind?.text === 'kind' || kind?.text === 'sort' || kind?.text === 'type');
}

/** Whether the sentence opens with a quantifier or intensifier before `first` ("Bunch of", "Total"), not just "The". */
function opensWithQuantifier(h: HostileText, first: number): boolean {
  if (first === 0 || (h.tokens[first] as Token).breakBefore) return false;
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    const tok = h.tokens[k] as Token;
    if (!W.ARTICLES.has(tok.text)) return true;
    if (tok.breakBefore) break;
  }
  return false;
}

/** "Go cry somewhere else, loser." — an insult after a comma that closes the sentence addresses the reader. */
function isVocative(h: HostileText, spanStart: number, last: number): boolean {
  const first = h.tokens[spanStart] as Token;
  if (spanStart === 0 || first.breakBefore || !h.endsSentence(last)) return false;
  const prev = h.tokens[spanStart - 1] as Token;
  const gap = h.original.slice(h.ctx.text.toOriginal(prev.start, prev.end)[1], h.startOf(spanStart));
  return gap.includes(',');
}

/**
 * "…until the owner apologises, the arrogant old fool.": a noun phrase after a comma that closes
 * the sentence renames the person just mentioned, whatever words describe the insult.
 */
function closingAppositive(h: HostileText, match: LexiconMatch, back: { spanStart: number }): boolean {
  if (!h.endsSentence(match.lastToken) || W.THING_INSULTS.has((h.tokens[match.firstToken] as Token).text)) return false;
  for (let k = match.firstToken - 1; k >= 1 && k >= match.firstToken - 4; k--) {
    const tok = h.tokens[k] as Token;
    if (tok.breakBefore || W.SELF.has(tok.text)) return false;
    if (W.APPOSITIVE_OPENERS.has(tok.text)) {
      if (!h.commaAfter(k - 1)) return false;
      // Report the describing words with the insult: "arrogant old fool".
      back.spanStart = Math.min(back.spanStart, k + 1);
      return true;
    }
  }
  return false;
}

/** "the idiot who parked…", "the clowns in charge of…": one particular person or group. */
function isTheOneWho(h: HostileText, spanStart: number, match: LexiconMatch): boolean {
  const the = h.tokens[spanStart - 1];
  const next = h.tokens[match.lastToken + 1];
  if (the?.text !== 'the' || !next || next.breakBefore) return false;
  if (W.THING_INSULTS.has((h.tokens[match.firstToken] as Token).text)) return false;
  // "I'm the idiot who forgot to unmute", "I was the clown who…": the author.
  const verb = h.tokens[spanStart - 2];
  if (
    verb &&
    (W.SELF.has(verb.text) || (isLinkingVerb(h, spanStart - 2) && W.SELF.has(h.tokens[spanStart - 3]?.text ?? '')))
  )
    return false;
  return W.SINGLING_OUT.has(next.text);
}

/** "idiots like you", "clowns like @bob". */
function followedByTarget(h: HostileText, last: number): boolean {
  const like = h.tokens[last + 1];
  const who = h.tokens[last + 2];
  if (!like || !who || like.breakBefore || who.breakBefore || like.text !== 'like') return false;
  return W.SECOND_PERSON.has(who.text) || W.THIRD_PERSON.has(who.text) || who.sigil === '@';
}

/** "idiot-proof", "clown show", "dummy data": an insult word used as a modifier. */
function isCompound(h: HostileText, last: number): boolean {
  const next = h.tokens[last + 1];
  if (!next || next.breakBefore || next.sigil === '@') return false;
  // "a trash company", "that idiot manager": the insult describes the person or company after it;
  // "another idiot explaining…", "Arrogant jerk, talked over…": a participle or a comma follows.
  if (W.AFTER_INSULT.has(next.text) || h.targetAt.has(last + 1) || next.text.endsWith('ing')) return false;
  // "that narcissist I'm unfollowing": a pronoun starts the next clause; "clown behaviour" judges conduct.
  if (W.SELF.has(next.text) || W.SECOND_PERSON.has(next.text) || W.THIRD_PERSON.has(next.text)) return false;
  if (conductVerdict(h, last)) return false;
  const tok = h.tokens[last] as Token;
  const gap = h.original.slice(h.ctx.text.toOriginal(tok.start, tok.end)[1], h.startOf(last + 1));
  return !/[,;:()"“”—–]/.test(gap);
}

/** "this joke of a company", "that disgrace of a CEO": a thing-insult said of whoever follows. */
function ofA(h: HostileText, last: number): boolean {
  return h.tokens[last + 1]?.text === 'of' && W.INDEFINITE.has(h.tokens[last + 2]?.text ?? '');
}

function sentenceStart(h: HostileText, index: number): number {
  let k = index;
  while (k > 0 && k > index - SCAN && !(h.tokens[k] as Token).breakBefore) k--;
  return k;
}

/**
 * "Fat, lazy and useless - that's how I'd describe the contractor": a list of insult adjectives
 * opening the sentence, closed by a dash or colon, then the person it describes.
 */
function openingVerdict(h: HostileText, match: LexiconMatch): boolean {
  const from = sentenceStart(h, match.firstToken);
  if (match.lastToken - from > 5) return false;
  const tok = h.tokens[match.lastToken] as Token;
  const next = h.tokens[match.lastToken + 1];
  if (!next || next.breakBefore) return false;
  const gap = h.original.slice(h.ctx.text.toOriginal(tok.start, tok.end)[1], h.startOf(match.lastToken + 1));
  if (!/[-–—:]/.test(gap)) return false;
  let adjectives = 0;
  for (let k = from; k <= match.lastToken; k++) {
    const text = (h.tokens[k] as Token).text;
    if (h.adjectiveAt.has(k)) adjectives++;
    else if (!W.COORDINATION.has(text) && !h.commaAfter(k)) return false;
  }
  if (adjectives < 2) return false;
  for (let k = match.lastToken + 1; k < h.tokens.length && k <= match.lastToken + SCAN; k++) {
    if ((h.tokens[k] as Token).breakBefore) break;
    if (h.targetAt.has(k) || h.companyAt.has(k) || (h.tokens[k] as Token).sigil === '@') return true;
  }
  return false;
}

function questionAfter(h: HostileText, last: number): boolean {
  const tok = h.tokens[last] as Token;
  const end = h.ctx.text.toOriginal(tok.start, tok.end)[1];
  const next = h.tokens[last + 1];
  const gap = h.original.slice(end, next ? h.startOf(last + 1) : undefined);
  return gap.trimStart().startsWith('?');
}

/** ", all of them", ", every one of them", ", the lot of them": a verdict on a group. */
function themAll(h: HostileText, last: number): boolean {
  if (!h.commaAfter(last) || !W.QUANTIFIERS.has(h.tokens[last + 1]?.text ?? '')) return false;
  for (let k = last + 2; k <= last + 5; k++) {
    const tok = h.tokens[k];
    if (!tok || tok.breakBefore) return false;
    if (tok.text === 'them') return true;
  }
  return false;
}

/** "we were clueless idiots", "I'm one of those lazy slackers": the word before is the author or their copula. */
function saidOfSelf(h: HostileText, index: number): boolean {
  if (index < 0) return false;
  const tok = h.tokens[index] as Token;
  if (W.SELF.has(tok.text)) return true;
  return isLinkingVerb(h, index) && subjectOf(h, index, true) === 'self';
}

/** "clown behaviour", "loser energy", "idiot move": an insult judging someone's conduct. */
function conductVerdict(h: HostileText, last: number): boolean {
  const next = h.tokens[last + 1];
  const insult = (h.tokens[last] as Token).text;
  if (!next || next.breakBefore || W.THING_INSULTS.has(insult) || W.NOT_CONDUCT.has(insult)) return false;
  return W.CONDUCT.has(next.text);
}
