/**
 * Taking a side on a policy question: "Marijuana should be legal", "The monarchy should be
 * abolished", "Legalize weed", "Ban assault rifles", "keep abortion legal". The object must be a
 * live legal question (policy-objects.json): "Meetings before 10am should be banned" and
 * "Legalize naps at work" are jokes about the office, not politics.
 */
import type { Token } from '../../text/analyze';
import type { LexiconMatch } from '../../text/lexicon';

/** Verdict forms ("should be legal", "banned"): the rest of stance-words.json are calls ("legalize X"). */
const VERDICTS = new Set(
  'legal illegal legalized legalised decriminalized decriminalised criminalized criminalised banned outlawed abolished defunded repealed scrapped forgiven cancelled canceled nationalized nationalised'.split(
    ' ',
  ),
);

/** Modals that turn a verdict into a demand: "should be legal", "needs to be abolished". */
const MODALS = new Set("should shouldn't must mustn't need needs ought has have deserve deserves gotta".split(' '));

/** Words between a modal and its verdict: "should (never have) been banned", "needs to be (fully) legal". */
const VERDICT_FILLERS = new Set(
  'to be been being made stay remain get have not never all fully totally completely just already simply really federally also immediately outright entirely finally still honestly'.split(
    ' ',
  ),
);

/** Verbs that make a verdict about an object: "keep abortion legal", "make weed legal". */
const MAKERS = new Set(['make', 'keep', 'making', 'keeping']);

/** Words between a call and its object: "ban (all) guns", "abolish (the) monarchy", "a ban on guns". */
const CALL_FILLERS = new Set('the all every recreational medical private these those on'.split(' '));

/** The office where a demand is only a house rule: "should be banned from meetings", "at work". */
const WORKPLACE = new Set(
  'work office offices workplace meeting meetings standup standups slack zoom desk desks'.split(' '),
);
const SCOPE_PREPOSITIONS = new Set(['at', 'in', 'from', 'during', 'on']);
const OWN = new Set(['our', 'my', 'your']);
/** Places of our own that are still public ones: "banned in our country", "off our streets". */
const PUBLIC_PLACES = new Set(
  'country nation state states streets schools communities community city cities borders society'.split(' '),
);

/** Adverbs between a subject and its modal: "TikTok (honestly) should be banned". */
const SUBJECT_FILLERS = new Set(
  'honestly really just also too simply seriously frankly absolutely clearly definitely obviously'.split(' '),
);

function inSentence(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if ((tokens[i] as Token).breakBefore) return false;
  return true;
}

/**
 * "banned from meetings", "legal at work", "banned from our team's Slack": a house rule, not a
 * law — but "banned in our country" and "off our streets" stay political.
 */
function aboutOurOwnSpace(tokens: readonly Token[], after: number): boolean {
  const prep = tokens[after + 1];
  if (!prep || prep.breakBefore || !SCOPE_PREPOSITIONS.has(prep.text)) return false;
  let i = after + 2;
  if (tokens[i]?.text === 'the' && !tokens[i]?.breakBefore) i++;
  const word = tokens[i];
  if (!word || word.breakBefore) return false;
  if (WORKPLACE.has(word.text)) return true;
  const place = tokens[i + 1];
  return OWN.has(word.text) && !(place && !place.breakBefore && PUBLIC_PLACES.has(place.text));
}

/** Ends of policy objects by last token, for "X … should be legal". */
function byLastToken(objects: readonly LexiconMatch[]): Map<number, LexiconMatch> {
  const out = new Map<number, LexiconMatch>();
  for (const o of objects) {
    const prev = out.get(o.lastToken);
    if (!prev || o.firstToken < prev.firstToken) out.set(o.lastToken, o);
  }
  return out;
}

function span(entry: LexiconMatch, first: LexiconMatch, last: LexiconMatch): LexiconMatch {
  return {
    ...entry,
    firstToken: first.firstToken,
    lastToken: last.lastToken,
    start: first.start,
    end: last.end,
  };
}

/**
 * The subject of "… should be legal": a policy object right before the modal, or before a
 * sentence adverb ("TikTok honestly should be banned") — not "Guns N' Roses should be …".
 */
function subjectBefore(
  tokens: readonly Token[],
  ends: Map<number, LexiconMatch>,
  modal: number,
): LexiconMatch | undefined {
  let t = modal - 1;
  while (t >= 0 && SUBJECT_FILLERS.has((tokens[t] as Token).text) && !(tokens[t + 1] as Token).breakBefore) t--;
  const o = ends.get(t);
  return o && inSentence(tokens, o.lastToken, modal) ? o : undefined;
}

/**
 * Stances on policy objects, each spanning the object and the verdict or call. `objects` and
 * `words` are the matches of policy-objects.json and stance-words.json, in text order.
 */
export function findStances(
  tokens: readonly Token[],
  objects: readonly LexiconMatch[],
  words: readonly LexiconMatch[],
): LexiconMatch[] {
  if (objects.length === 0 || words.length === 0) return [];
  const ends = byLastToken(objects);
  const starts = new Map(objects.map((o) => [o.firstToken, o]));
  const out: LexiconMatch[] = [];
  for (const w of words) {
    const word = (tokens[w.firstToken] as Token).text;
    if (aboutOurOwnSpace(tokens, w.lastToken)) continue;
    if (VERDICTS.has(word)) {
      // "X should (never have been) banned": walk back over fillers to a modal, then to the subject.
      let t = w.firstToken - 1;
      while (t >= 0 && VERDICT_FILLERS.has((tokens[t] as Token).text) && !(tokens[t + 1] as Token).breakBefore) t--;
      const at = tokens[t];
      if (!at || (tokens[t + 1] as Token).breakBefore) continue;
      if (MODALS.has(at.text)) {
        const subject = subjectBefore(tokens, ends, t);
        if (subject) out.push(span(subject, subject, w));
        continue;
      }
      // "keep abortion legal", "make weed legal everywhere".
      const object = ends.get(t);
      const maker = object ? tokens[object.firstToken - 1] : undefined;
      if (object && maker && MAKERS.has(maker.text) && inSentence(tokens, object.firstToken - 1, w.firstToken)) {
        out.push(span(object, object, w));
      }
      continue;
    }
    // A call: "legalize weed", "ban all handguns", "abolish the monarchy", "a ban on guns".
    let t = w.lastToken + 1;
    while (tokens[t] && CALL_FILLERS.has((tokens[t] as Token).text) && !(tokens[t] as Token).breakBefore) t++;
    const object = starts.get(t);
    if (!object || !inSentence(tokens, w.lastToken, object.firstToken)) continue;
    if (aboutOurOwnSpace(tokens, object.lastToken)) continue;
    out.push(span(object, w, object));
  }
  return out;
}
