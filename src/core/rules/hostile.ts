/**
 * Hostile remarks: insults and name-calling aimed at people or companies, threats, rude
 * dismissals, and trashing one's (former) employer.
 *
 * An insult word is hostile only when it is aimed at someone. The rule finds who it is said of
 * by walking back from the word over articles and intensifiers ("a total", "such a bunch of")
 * to "you", a demonstrative ("those clowns") or a copula and its subject ("@bob is a clown",
 * "Globex are a bunch of crooks", "my old boss was a tyrant"). Said of the author ("I was an
 * idiot to miss this talk") or of a thing ("this update is useless") it is not hostile; inside a
 * compound ("idiot-proof", "scope creep", "dummy data") it is not an insult at all.
 */
import accusations from '../data/hostile/accusations.json';
import aimCues from '../data/hostile/aim-cues.json';
import dismissals from '../data/hostile/dismissals.json';
import employerCues from '../data/hostile/employer-cues.json';
import employerTrash from '../data/hostile/employer-trash.json';
import harmVerbs from '../data/hostile/harm-verbs.json';
import illWishes from '../data/hostile/ill-wishes.json';
import insultAdjectives from '../data/hostile/insult-adjectives.json';
import insults from '../data/hostile/insults.json';
import mistreatment from '../data/hostile/mistreatment.json';
import putDowns from '../data/hostile/put-downs.json';
import targets from '../data/hostile/targets.json';
import threats from '../data/hostile/threats.json';
import { entriesOf } from '../data/lists';
import type { Token } from '../text/analyze';
import type { LexiconMatch, ListInput } from '../text/lexicon';
import { defineRule, type RuleContext, type RuleFinding } from './types';

const words = (s: string) => new Set(s.split(' '));

/** Grammar the directedness check relies on (closed word classes, not policy lists). */
const W = {
  SELF: words("i me my myself we us our ourselves im i'm i've i'd i'll we're we've"),
  SECOND_PERSON: words("you u ya ye yall y'all your ur youre you're you've you'd thou"),
  THIRD_PERSON: words('he she they him them these those'),
  DEMONSTRATIVES: words('this that these those such another some every'),
  /** After an insult that opens a sentence, these show it refers to someone ("Dickhead in the Tesla…"). */
  REFERRING_AFTER: words('in at on who from with that over'),
  COORDINATION: words('and or nor'),
  /** Object pronouns before a copula belong to a relative clause ("the consultants they sent us are…"). */
  OBJECT_PRONOUNS: words('us me'),
  /** "Hey idiots, read the docs". */
  VOCATIVE: words('hey hi hello dear yo oi listen'),
  NEGATIONS: words('not never no nobody nothing neither nor hardly'),
  /** Between a subject or "you" and the insult: articles, intensifiers, linking words. */
  FILLER: words(
    'a an the total complete completely absolute absolutely utter utterly real really bunch buncha pack band load ' +
      'couple group of fucking freaking effing bloody damn damned goddamn just truly literally honestly clearly ' +
      'obviously basically frankly so such big huge massive little lying all nothing but always still like ' +
      'too very extremely incredibly plain downright beyond kind sort bit of sack pile heap most least proper ' +
      'right walking certified grade',
  ),
  LINKING_VERBS: words(
    'is are was were be been being am isnt arent wasnt werent seems seem seemed sound sounds sounded look looks ' +
      'looked act acts acted acting behave behaves behaving behaved become became becomes remain remains r',
  ),
  CONTRACTED_COPULAS: words('s re m'),
  /** "I work with idiots", "surrounded by clowns". */
  AMONG: words('with by among around amongst'),
  /** Words that may follow an insult used as a noun; any other word makes it a compound ("idiot proof"). */
  AFTER_INSULT: words(
    'who that and or but like you at in on for with of to from if when because as is are was were lol haha ' +
      "here there out again too already everywhere i i've he she they we ever all over around right still now " +
      'then this today yesterday anyway honestly tbh smh ffs omg',
  ),
  /** Put-downs that are verbs: the subject comes right before them ("my manager sucks"). */
  VERB_PUT_DOWNS: words('suck sucks'),
  /** Capitalised sentence starters that are not names ("This is stupid", "Life is a joke"). */
  NOT_A_NAME: words(
    'this that it there here what which who everything nothing something everyone everybody nobody anyone anybody ' +
      'someone somebody life today work monday tuesday wednesday thursday friday saturday sunday honestly ' +
      'seriously yes no well so and but or if when why how the a an our my your their his her its in on at for ' +
      'after before while with from to of as all some most many',
  ),
  /** Right before an employer complaint these make it advice or recruiting copy. */
  /** Insult words that name a thing as often as a person ("the joke that…", "the hack that saved us"). */
  THING_INSULTS: words('joke scam trash garbage cult circus hack hacks failure disgrace fraud'),
  /** After "the idiot" these single out one person or group ("the idiot who…", "the clowns at Globex"). */
  ARTICLES: words('a an the'),
  INDEFINITE: words('a an'),
  /** Insult words that make an ordinary compound before a person word ("fraud team", "hack week crew"). */
  NOT_BEFORE_TARGET: words('fraud scam hack hacks joke cult failure'),
  SINGLING_OUT: words('who that at from running behind'),
  /** Before "treat…like…" these make it advice ("stop treating customers like …"). */
  ADVICE_BEFORE: words("stop don't dont never not how why if avoid"),
  /** "Stop being so stupid": an imperative before "being" addresses the reader. */
  STOP: words('stop quit'),
  SUBJECT_PREPOSITIONS: words('at from in on of'),
  /** "Globex is run by a bunch of frauds": an organisation said to be run by the insulted people. */
  RUN_BY: words('run ran led managed staffed owned'),
  /** A threat says the author will do it: "I'll", "gonna", "going to", "want to" right before the harm verb. */
  INTENT: words("i'll ill will gonna wanna shall i'd gon finna"),
  INTENT_BEFORE_TO: words('going want like need gotta about'),
  /** Who a threat or an ill wish can be about, besides pronouns, @handles and listed targets. */
  ANY_PERSON: words('whoever anyone anybody someone somebody everyone everybody'),
  /** Pronouns that can be the object of a harm verb ("kill you", "punch him"), not possessives ("kill your darlings"). */
  PERSON_OBJECTS: words("you u ya yall y'all him her them he she they"),
  /** Intent words that need the author as subject ("I will", "we're going to"), unlike "I'll" or "gonna". */
  NEEDS_SUBJECT: words('will shall going want like need about'),
  /** Determiners between a harm verb and the person ("punch the next person", "slap that guy"). */
  OBJECT_DETERMINERS: words('the that this next first whole every one of your his her their'),
  /** Words that open an ill wish: "hope your startup burns". */
  WISH: words('hope hoping hopefully wish wishing pray praying'),
  GENERIC_BEFORE: words(
    'no not never without zero escape escaping avoid avoiding unlike instead prevent preventing spot spotting ' +
      'fix fixing signs sign how why stop if your any',
  ),
} as const;

/** Endings of an adjective opening a two-word verdict ("Creepy weirdo.", "Spineless coward.", "Smug prick."). */
const ADJECTIVE_ENDING = /(?:y|less|ous|ful|ive|ed|ing|ic|al|ish|ent|ant|ible|able|ile)$/;

const LISTS: readonly ListInput[] = [
  { list: 'insults', entries: entriesOf(insults), obfuscatable: true, possessive: false },
  { list: 'adjectives', entries: entriesOf(insultAdjectives), obfuscatable: true, possessive: false },
  { list: 'putDowns', entries: entriesOf(putDowns) },
  { list: 'threats', entries: entriesOf(threats) },
  { list: 'accusations', entries: entriesOf(accusations) },
  { list: 'dismissals', entries: entriesOf(dismissals) },
  { list: 'employerTrash', entries: entriesOf(employerTrash) },
  { list: 'employerCues', entries: entriesOf(employerCues) },
  { list: 'targets', entries: entriesOf(targets) },
  { list: 'aimCues', entries: entriesOf(aimCues) },
  { list: 'mistreatment', entries: entriesOf(mistreatment) },
  { list: 'harmVerbs', entries: entriesOf(harmVerbs), possessive: false },
  { list: 'illWishes', entries: entriesOf(illWishes), possessive: false },
];

/** How many words away an employer cue or the company's name still ties a complaint to them. */
const EMPLOYER_WINDOW = 12;

export default defineRule<object>({
  id: 'hostile',
  meta: {
    title: 'Hostile remarks',
    description:
      'Flags insults and name-calling aimed at people or companies, threats, rude dismissals and trashing an employer.',
    checksQuoted: true,
  },
  defaults: { severity: 'warn' },
  options: {},
  lists() {
    return [...LISTS];
  },
  check(ctx) {
    return new HostileCheck(ctx).run();
  },
});

type Aim = 'self' | 'other' | 'none';

class HostileCheck {
  private readonly tokens: readonly Token[];
  private readonly original: string;
  private readonly targetAt = new Set<number>();
  private readonly adjectiveAt = new Set<number>();
  private readonly companyAt = new Set<number>();
  private readonly insultAt = new Set<number>();
  /** Sorted token indices of company mentions and of employer cues, for window look-ups. */
  private companyTokens = new Int32Array(0);
  private readonly cueTokens: Int32Array;
  /** Sorted token indices of call-out phrases ("looking at you", "imagine being so"). */
  private readonly aimCueTokens: Int32Array;
  private readonly findings: RuleFinding[] = [];
  /** Token ranges already reported, so an adjective inside "clueless morons" is not reported twice. */
  private readonly covered = new Set<number>();

  constructor(private readonly ctx: RuleContext<object>) {
    this.tokens = ctx.text.tokens;
    this.original = ctx.text.original;
    for (const m of ctx.matches('targets')) this.targetAt.add(m.lastToken);
    for (const m of [...ctx.matches('adjectives'), ...ctx.matches('putDowns')]) {
      for (let t = m.firstToken; t <= m.lastToken; t++) this.adjectiveAt.add(t);
    }
    for (const m of ctx.matches('insults')) this.insultAt.add(m.firstToken);
    this.cueTokens = Int32Array.from(ctx.matches('employerCues').flatMap((m) => [m.firstToken, m.lastToken])).sort();
    this.aimCueTokens = Int32Array.from(ctx.matches('aimCues').flatMap((m) => [m.firstToken, m.lastToken])).sort();
    this.markCompanyTokens();
  }

  run(): RuleFinding[] {
    const links = this.ctx.text.entities.filter((e) => e.type === 'url' || e.type === 'email');
    const linkStarts = Int32Array.from(links.map((l) => l.start));
    // Words inside a link or an address ("www.fool.com") are not said to anyone.
    const inLink = (offset: number) => {
      const i = lastAtOrBefore(linkStarts, offset);
      return i >= 0 && offset < (links[i] as (typeof links)[number]).end;
    };
    const m = (list: string) =>
      this.ctx
        .matches(list)
        .filter((x) => !inLink(x.start))
        .map((x) => this.wholeWord(x));
    for (const match of m('threats')) {
      this.report(match, match.start, `Reads as a threat (${this.quote(match)}) — remove it.`);
    }
    for (const match of uniqueByToken(m('accusations'))) {
      const before = this.tokens[match.firstToken - 1];
      if (before && !this.tokens[match.firstToken]?.breakBefore && W.SELF.has(before.text)) continue;
      // "Shame on me for not trying this sooner" is about the author.
      const after = this.tokens[match.lastToken + 1];
      if (after && !after.breakBefore && W.SELF.has(after.text)) continue;
      this.report(
        match,
        match.start,
        `Attacks someone (${this.quote(match)}) — personal attacks reflect on you and the company; remove it or make the point without it.`,
      );
    }
    for (const match of m('dismissals')) {
      if (this.isShutUpAndTakeMyMoney(match)) continue;
      // "Get lost in our new product tour".
      if (match.entry.term === 'get lost' && this.tokens[match.lastToken + 1]?.text === 'in') continue;
      this.report(
        match,
        match.start,
        `Tells someone ${this.quote(match)} — a rude dismissal reads as hostile; remove it or answer the point instead.`,
      );
    }
    for (const match of uniqueByToken(m('insults'))) this.checkInsult(match);
    for (const match of uniqueByToken(m('adjectives'))) this.checkAdjective(match, false);
    for (const match of uniqueByToken(m('putDowns'))) this.checkAdjective(match, true);
    for (const match of m('employerTrash')) this.checkEmployerTrash(match);
    for (const match of m('mistreatment')) this.checkMistreatment(match);
    for (const match of uniqueByToken(m('harmVerbs'))) this.checkHarmVerb(match);
    for (const match of uniqueByToken(m('illWishes'))) this.checkIllWish(match);
    for (const match of m('targets')) this.checkWorstEver(match);
    return this.findings;
  }

  private checkInsult(match: LexiconMatch): void {
    const tok = this.tokens[match.firstToken];
    if (!tok || this.covered.has(match.firstToken)) return;
    const plural = /s$/.test(tok.text) && !/ss$/.test(tok.text);
    // "What kind of idiot schedules…": after "kind of" a verb may follow the noun.
    if (!plural && !this.afterKindOf(match.firstToken) && this.isCompound(match.lastToken)) return;
    const back = this.walkBack(match.firstToken);
    if (back.negated) return;
    let aimed = false;
    const j = back.index;
    const before = j >= 0 ? (this.tokens[j] as Token) : undefined;
    if (!before) {
      // "Clueless morons." / "Absolute clown." / "Morons everywhere." — a sentence that is the insult
      // ("Clowns, magicians and food trucks at our family day" is not).
      const next = this.tokens[match.lastToken + 1];
      aimed =
        back.spanStart < match.firstToken ||
        this.endsSentence(match.lastToken) ||
        (plural && this.endsSentence(match.lastToken + 1)) ||
        // "Garbage in, garbage out" names a thing.
        (!plural && next !== undefined && W.REFERRING_AFTER.has(next.text) && !W.THING_INSULTS.has(tok.text)) ||
        // "Bunch of clowns at the DMV", "Total morons in charge": an opening quantifier points at people.
        (plural && this.opensWithQuantifier(match.firstToken) && W.REFERRING_AFTER.has(next?.text ?? '')) ||
        // "Absolute scum, every single one of them."
        (this.opensWithQuantifier(match.firstToken) && this.commaAfter(match.lastToken)) ||
        // "Crooks and liars, every one of them."
        (next !== undefined && W.COORDINATION.has(next.text) && this.insultAt.has(match.lastToken + 2));
    } else if (this.isTwoWordVerdict(j, match)) {
      // "Creepy weirdo." — an unlisted adjective and the insult make the whole sentence.
      aimed = true;
      back.spanStart = j;
    } else if (plural && before.text === 'by' && W.RUN_BY.has(this.tokens[j - 1]?.text ?? '')) {
      // "Globex is run by frauds", "a team led by clowns".
      aimed = true;
    } else if (
      W.SECOND_PERSON.has(before.text) ||
      W.DEMONSTRATIVES.has(before.text) ||
      W.VOCATIVE.has(before.text) ||
      before.sigil === '@'
    ) {
      aimed = true;
    } else if (before.text === 'what') {
      // "What an idiot." — unless the author means themself ("what an idiot I was").
      aimed = !this.selfFollows(match.lastToken);
    } else if (this.companyAt.has(j)) {
      aimed = true;
    } else if (this.isLinkingVerb(j)) {
      aimed = this.subjectOf(j, false) === 'other';
    } else if (plural && W.AMONG.has(before.text)) {
      // "I work with idiots", "surrounded by clowns": aimed at colleagues when the post is about work.
      aimed = this.nearEmployer(match) !== undefined;
    }
    if (!aimed) {
      aimed =
        this.followedByTarget(match.lastToken) ||
        this.isVocative(back.spanStart, match.lastToken) ||
        this.isTheOneWho(back.spanStart, match) ||
        // "trash company", "clown CEO", "idiot manager": the insult describes the person after it.
        (this.targetAt.has(match.lastToken + 1) && !W.NOT_BEFORE_TARGET.has(tok.text)) ||
        this.calledOut(match, back.index);
    }
    if (!aimed) return;
    this.report(
      match,
      this.startOf(back.spanStart),
      `Calls someone ${this.quoteFrom(back.spanStart, match)} — name-calling aimed at people or companies reflects on you and the company; remove it or make the point without the insult.`,
    );
  }

  /** Insult adjectives ("clueless") and put-downs ("useless", "sucks") said of someone. */
  private checkAdjective(match: LexiconMatch, strict: boolean): void {
    if (this.covered.has(match.firstToken)) return;
    const next = this.tokens[match.lastToken + 1];
    // "the worst leader", "the worst job": a superlative before a noun is the employer list's business.
    if (strict && match.entry.term === 'the worst' && next && !next.breakBefore && !W.AFTER_INSULT.has(next.text))
      return;
    let aimed = false;
    const back = this.walkBack(match.firstToken);
    if (back.negated) return;
    if (!strict && next && !next.breakBefore && this.targetAt.has(match.lastToken + 1)) {
      aimed = true; // "clueless recruiters", "incompetent management"
    } else if (back.index < 0) {
      aimed = this.endsSentence(match.lastToken); // "Pathetic." after a complaint about someone
    } else {
      const before = this.tokens[back.index] as Token;
      if (this.isLinkingVerb(back.index)) aimed = this.subjectOf(back.index, strict) === 'other';
      else if (W.VERB_PUT_DOWNS.has(match.entry.term)) {
        aimed = this.classify(back.index, strict) === 'other';
        back.spanStart = back.index; // quote "my manager sucks", not just "sucks"
      } else if (W.SECOND_PERSON.has(before.text) && !strict) aimed = true;
    }
    if (!aimed) aimed = this.calledOut(match, back.index);
    if (!aimed) return;
    const end = !strict && next && this.targetAt.has(match.lastToken + 1) ? match.lastToken + 1 : match.lastToken;
    const [, endOffset] = this.ctx.text.toOriginal((this.tokens[end] as Token).start, (this.tokens[end] as Token).end);
    const span = { ...match, end: Math.max(match.end, endOffset), lastToken: end };
    const verb = strict ? 'Puts down someone with' : 'Calls someone';
    this.report(
      span,
      this.startOf(back.spanStart),
      `${verb} ${this.quoteFrom(back.spanStart, span)} — name-calling aimed at people or companies reflects on you and the company; remove it or make the point without the insult.`,
    );
  }

  private checkEmployerTrash(match: LexiconMatch): void {
    for (let t = Math.max(0, match.firstToken - 3); t < match.firstToken; t++) {
      // Advice and recruiting copy: "how to spot a toxic workplace", "no toxic culture here".
      if (W.GENERIC_BEFORE.has((this.tokens[t] as Token).text)) return;
    }
    const who = this.nearEmployer(match) ?? (this.isWorstEver(match) ? 'a (former) employer' : undefined);
    if (who === undefined) {
      // "You were the worst leader I've ever had."
      const back = this.walkBack(match.firstToken);
      const j = back.index;
      const aimed =
        !back.negated &&
        j >= 0 &&
        (W.SECOND_PERSON.has((this.tokens[j] as Token).text) ||
          (this.isLinkingVerb(j) && this.subjectOf(j, true) === 'other'));
      if (aimed) {
        this.report(
          match,
          match.start,
          `Calls someone ${this.quote(match)} — name-calling aimed at people or companies reflects on you and the company; remove it or make the point without the insult.`,
        );
      }
      return;
    }
    this.report(
      match,
      match.start,
      `Trashes ${who} (${this.quote(match)}) — criticising an employer in public reflects on you and on them; remove it or keep it factual.`,
    );
  }

  /** "treats us like dirt", "treated staff like garbage" — but not advice ("stop treating customers like …"). */
  private checkMistreatment(match: LexiconMatch): void {
    for (let t = match.firstToken - 1; t >= 0 && t >= match.firstToken - 4; t--) {
      const tok = this.tokens[t] as Token;
      if (tok.text.startsWith('treat')) {
        for (let k = Math.max(0, t - 2); k < t; k++) {
          if (W.ADVICE_BEFORE.has((this.tokens[k] as Token).text)) return;
        }
        const span = { ...match, firstToken: t, start: this.startOf(t) };
        const who = this.nearEmployer(match);
        const quoted = this.quote(span);
        this.report(
          span,
          span.start,
          who === undefined
            ? `Attacks someone (${quoted}) — personal attacks reflect on you and the company; remove it or make the point without it.`
            : `Trashes ${who} (${quoted}) — criticising an employer in public reflects on you and on them; remove it or keep it factual.`,
        );
        return;
      }
      if (tok.breakBefore) return;
    }
  }

  private commaAfter(last: number): boolean {
    const tok = this.tokens[last] as Token;
    const next = this.tokens[last + 1];
    if (!next || next.breakBefore) return false;
    return this.original.slice(this.ctx.text.toOriginal(tok.start, tok.end)[1], this.startOf(last + 1)).includes(',');
  }

  /** "Worst boss ever." is a verdict on someone the author worked with (not "the worst job I ever had taught me"). */
  private isWorstEver(match: LexiconMatch): boolean {
    const ever = this.tokens[match.lastToken + 1];
    return ever?.text === 'ever' && !ever.breakBefore && this.endsSentence(match.lastToken + 1);
  }

  /** "What kind of idiot", "what sort of clown". */
  private afterKindOf(first: number): boolean {
    const of = this.tokens[first - 1];
    const kind = this.tokens[first - 2];
    return of?.text === 'of' && (kind?.text === 'kind' || kind?.text === 'sort' || kind?.text === 'type');
  }

  /** Whether the sentence opens with a quantifier or intensifier before `first` ("Bunch of", "Total"), not just "The". */
  private opensWithQuantifier(first: number): boolean {
    if (first === 0 || (this.tokens[first] as Token).breakBefore) return false;
    for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
      const tok = this.tokens[k] as Token;
      if (!W.ARTICLES.has(tok.text)) return true;
      if (tok.breakBefore) break;
    }
    return false;
  }

  /** "Go cry somewhere else, loser." — an insult after a comma that closes the sentence addresses the reader. */
  private isVocative(spanStart: number, last: number): boolean {
    const first = this.tokens[spanStart] as Token;
    if (spanStart === 0 || first.breakBefore || !this.endsSentence(last)) return false;
    const prev = this.tokens[spanStart - 1] as Token;
    const gap = this.original.slice(this.ctx.text.toOriginal(prev.start, prev.end)[1], this.startOf(spanStart));
    return gap.includes(',');
  }

  /** "the idiot who parked…", "the clowns in charge of…": one particular person or group. */
  private isTheOneWho(spanStart: number, match: LexiconMatch): boolean {
    const the = this.tokens[spanStart - 1];
    const next = this.tokens[match.lastToken + 1];
    if (the?.text !== 'the' || !next || next.breakBefore) return false;
    if (W.THING_INSULTS.has((this.tokens[match.firstToken] as Token).text)) return false;
    return W.SINGLING_OUT.has(next.text);
  }

  /**
   * A call-out elsewhere in the post ("Looking at you, Brian", "Imagine being so useless…")
   * aims an insult at someone, unless the author says it of themself ("I was useless").
   */
  private calledOut(match: LexiconMatch, beforeIndex: number): boolean {
    if (!hasValueIn(this.aimCueTokens, match.firstToken - 20, match.lastToken + 20)) return false;
    if (beforeIndex < 0) return true;
    const before = this.tokens[beforeIndex] as Token;
    if (W.SELF.has(before.text)) return false;
    return !this.isLinkingVerb(beforeIndex) || this.subjectOf(beforeIndex, true) !== 'self';
  }

  /** The employer a complaint is tied to: the company by name, or "a (former) employer" from a cue. */
  private nearEmployer(match: LexiconMatch): string | undefined {
    const from = match.firstToken - EMPLOYER_WINDOW;
    const to = match.lastToken + EMPLOYER_WINDOW;
    if (hasValueIn(this.companyTokens, from, to)) return this.ctx.company.name ?? 'your employer';
    if (hasValueIn(this.cueTokens, from, to)) return 'a (former) employer';
    return undefined;
  }

  /**
   * Steps back over articles, intensifiers and insult adjectives within the sentence.
   * Returns the first other word (-1 at the sentence start), where the insult's span starts,
   * and whether a negation was passed ("you're not an idiot").
   */
  private walkBack(first: number): { index: number; spanStart: number; negated: boolean } {
    let cur = first;
    let spanStart = first;
    let negated = false;
    for (let steps = 0; steps < 8; steps++) {
      const tok = this.tokens[cur] as Token;
      if (cur === 0 || tok.breakBefore) return { index: -1, spanStart, negated };
      const prev = this.tokens[cur - 1] as Token;
      if (W.NEGATIONS.has(prev.text) || prev.text.endsWith("n't")) negated = true;
      else if (this.adjectiveAt.has(cur - 1)) spanStart = cur - 1;
      else if (!W.FILLER.has(prev.text) && !prev.breakBefore && W.INDEFINITE.has(this.tokens[cur - 2]?.text ?? '')) {
        // "a sadistic little tyrant": one unlisted word after "a"/"an" is an adjective of the insult.
        spanStart = cur - 1;
      } else if (W.COORDINATION.has(prev.text)) {
        // "is a dinosaur and a moron": continue from the linking verb of the first half.
        const link = this.linkingVerbBefore(cur - 1, 5);
        if (link < 0) return { index: cur - 1, spanStart, negated };
        cur = link + 1;
        continue;
      } else if (!W.FILLER.has(prev.text)) return { index: cur - 1, spanStart, negated };
      cur--;
    }
    return { index: -1, spanStart, negated };
  }

  /** "Creepy weirdo." — a sentence of two words: an adjective-looking word and the insult. */
  private isTwoWordVerdict(j: number, match: LexiconMatch): boolean {
    const adjective = this.tokens[j] as Token;
    if (j !== match.firstToken - 1 || !(j === 0 || adjective.breakBefore) || !this.endsSentence(match.lastToken)) {
      return false;
    }
    const insult = (this.tokens[match.firstToken] as Token).text;
    return !W.THING_INSULTS.has(insult) && ADJECTIVE_ENDING.test(adjective.text) && adjective.sigil === '';
  }

  /**
   * "I'm going to punch the next person who…", "gonna slap you", "I'll end you": the author
   * says they will harm someone. Needs an intent right before the verb and a person right after.
   */
  private checkHarmVerb(match: LexiconMatch): void {
    const first = match.firstToken;
    const prev = this.tokens[first - 1];
    if (!prev || this.tokens[first]?.breakBefore) return;
    let intentAt = -1;
    if (W.INTENT.has(prev.text)) intentAt = first - 1;
    else if (prev.text === 'to' && W.INTENT_BEFORE_TO.has(this.tokens[first - 2]?.text ?? '')) intentAt = first - 2;
    if (intentAt < 0 || prev.breakBefore) return;
    const intent = (this.tokens[intentAt] as Token).text;
    if (W.NEEDS_SUBJECT.has(intent) && !this.selfBefore(intentAt)) return;
    // "I will never hurt you", "won't", "don't want to".
    for (let k = Math.max(0, intentAt - 2); k < first; k++) {
      const t = (this.tokens[k] as Token).text;
      if (W.NEGATIONS.has(t) || t.endsWith("n't")) return;
      if (k > intentAt - 2 && (this.tokens[k] as Token).breakBefore && k !== intentAt) return;
    }
    const object = this.personAfter(match.lastToken);
    if (object < 0) return;
    const start = W.INTENT.has(prev.text) && prev.text !== 'will' ? first - 1 : intentAt;
    const span = {
      ...match,
      firstToken: start,
      lastToken: object,
      start: this.startOf(start),
      end: this.endOf(object),
    };
    this.report(span, span.start, `Reads as a threat (${this.quote(span)}) — remove it.`);
  }

  /** "hope your startup burns to the ground", "hope they go bankrupt" — harm wished on someone. */
  private checkIllWish(match: LexiconMatch): void {
    for (let k = match.firstToken - 1; k >= 0 && k >= match.firstToken - 6; k--) {
      const tok = this.tokens[k] as Token;
      if (W.NEGATIONS.has(tok.text) || tok.text.endsWith("n't")) return;
      if (W.WISH.has(tok.text)) {
        // The one wished ill comes right after "hope" (or "hope that"): not the author ("hope our servers don't crash").
        let who = k + 1;
        if (this.tokens[who]?.text === 'that') who++;
        const whoTok = this.tokens[who];
        if (!whoTok || who >= match.firstToken || !this.isPersonWord(who)) return;
        const span = { ...match, firstToken: k, start: this.startOf(k) };
        this.report(span, span.start, `Wishes harm on someone (${this.quote(span)}) — remove it.`);
        return;
      }
      if (tok.breakBefore) return;
    }
  }

  /** "Worst management I've ever seen", "the worst recruiter ever": a verdict on people the author dealt with. */
  private checkWorstEver(match: LexiconMatch): void {
    const worst = this.tokens[match.firstToken - 1];
    if (worst?.text !== 'worst' || this.tokens[match.firstToken]?.breakBefore) return;
    for (let k = match.lastToken + 1; k <= match.lastToken + 4; k++) {
      const tok = this.tokens[k];
      if (!tok || tok.breakBefore) return;
      if (tok.text === 'ever') {
        const span = { ...match, firstToken: match.firstToken - 1, start: this.startOf(match.firstToken - 1) };
        const who = this.nearEmployer(match) ?? 'someone';
        this.report(
          span,
          span.start,
          `Trashes ${who} (${this.quote(span)}) — criticising people you worked with in public reflects on you and on them; remove it or keep it factual.`,
        );
        return;
      }
    }
  }

  /** Index of the person a harm verb is aimed at ("you", "@bob", "the next person", "whoever"), or -1. */
  private personAfter(last: number): number {
    for (let k = last + 1; k <= last + 4; k++) {
      const tok = this.tokens[k];
      if (!tok || tok.breakBefore) return -1;
      const pronoun = W.SECOND_PERSON.has(tok.text) || W.THIRD_PERSON.has(tok.text);
      if (pronoun ? W.PERSON_OBJECTS.has(tok.text) : this.isPersonWord(k)) return k;
      if (!W.OBJECT_DETERMINERS.has(tok.text)) return -1;
    }
    return -1;
  }

  /** A word that names another person or company: you, they, @bob, "manager", the company. */
  private isPersonWord(index: number): boolean {
    const tok = this.tokens[index] as Token;
    return (
      W.SECOND_PERSON.has(tok.text) ||
      W.THIRD_PERSON.has(tok.text) ||
      tok.sigil === '@' ||
      this.targetAt.has(index) ||
      this.companyAt.has(index) ||
      W.ANY_PERSON.has(tok.text)
    );
  }

  /** The author is the subject right before an intent word ("I will", "I'm going", "we're about"). */
  private selfBefore(index: number): boolean {
    for (let k = index - 1; k >= 0 && k >= index - 2; k--) {
      const tok = this.tokens[k] as Token;
      if (W.SELF.has(tok.text) || tok.text === 'am') return true;
      if (tok.breakBefore) return false;
    }
    return false;
  }

  private endOf(tokenIndex: number): number {
    const tok = this.tokens[tokenIndex] as Token;
    return this.ctx.text.toOriginal(tok.start, tok.end)[1];
  }

  /** The nearest linking verb up to `max` words before `index` in the same sentence, or -1. */
  private linkingVerbBefore(index: number, max: number): number {
    for (let k = index - 1; k >= 0 && k >= index - max; k--) {
      if (this.isLinkingVerb(k)) return k;
      if ((this.tokens[k] as Token).breakBefore) break;
    }
    return -1;
  }

  /** "is", "are", "'re", "seems", "sounds like", or a contraction that contains one ("he's"). */
  private isLinkingVerb(index: number): boolean {
    const text = (this.tokens[index] as Token).text;
    if (W.LINKING_VERBS.has(text)) return true;
    const apostrophe = text.indexOf("'");
    return apostrophe > 0 && W.CONTRACTED_COPULAS.has(text.slice(apostrophe + 1));
  }

  /** Who the linking verb at `index` is said of. */
  private subjectOf(index: number, strict: boolean): Aim {
    const tok = this.tokens[index] as Token;
    const apostrophe = tok.text.indexOf("'");
    if (apostrophe > 0 && !W.LINKING_VERBS.has(tok.text))
      return this.classifyWord(tok.text.slice(0, apostrophe), index, strict);
    if (index === 0 || tok.breakBefore) return 'none';
    const subject = this.tokens[index - 1] as Token;
    // "Stop being so stupid": said to the reader.
    if (tok.text === 'being' && W.STOP.has(subject.text)) return 'other';
    const direct = W.OBJECT_PRONOUNS.has(subject.text) ? 'none' : this.classify(index - 1, strict);
    return direct === 'none' ? this.distantSubject(index - 1, strict) : direct;
  }

  /**
   * When the word before the verb is not its subject: "anyone who still uses Excel is a moron"
   * (the word before "who"), "the consultants McKinsey sent us are clowns" (a name just before).
   */
  private distantSubject(index: number, strict: boolean): Aim {
    for (let k = index; k > 0 && k >= index - 12; k--) {
      const tok = this.tokens[k] as Token;
      if (tok.text === 'who') return this.classify(k - 1, strict);
      if (tok.breakBefore) break;
    }
    // "HR at my last place were snakes", "the devs from our agency are idiots": the head before a preposition.
    for (let k = index; k > 0 && k >= index - 5; k--) {
      const tok = this.tokens[k] as Token;
      if (tok.breakBefore) break;
      if (W.SUBJECT_PREPOSITIONS.has(tok.text) && this.classify(k - 1, true) === 'other') return 'other';
    }
    for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
      const tok = this.tokens[k] as Token;
      const sentenceStart = k === 0 || tok.breakBefore;
      // A capitalised first word of the sentence is too weak a sign of a name this far from the verb.
      const aim = W.OBJECT_PRONOUNS.has(tok.text) ? 'none' : this.classify(k, strict || sentenceStart);
      if (aim !== 'none') return aim;
      if (sentenceStart) break;
    }
    return 'none';
  }

  private classify(index: number, strict: boolean): Aim {
    const tok = this.tokens[index] as Token;
    const apostrophe = tok.text.indexOf("'");
    return this.classifyWord(apostrophe > 0 ? tok.text.slice(0, apostrophe) : tok.text, index, strict);
  }

  private classifyWord(word: string, index: number, strict: boolean): Aim {
    const tok = this.tokens[index] as Token;
    if (W.SELF.has(word)) return 'self';
    if (W.SECOND_PERSON.has(word) || W.THIRD_PERSON.has(word) || tok.sigil === '@') return 'other';
    if (this.targetAt.has(index) || this.companyAt.has(index)) return 'other';
    if (strict) return 'none';
    // A name: "Bob is an idiot", "Globex are a bunch of crooks" (not "This is stupid").
    const [start] = this.ctx.text.toOriginal(tok.start, tok.end);
    const sentenceStart = index === 0 || tok.breakBefore;
    if (isCapitalized(this.original, start) && !(sentenceStart && W.NOT_A_NAME.has(word))) return 'other';
    return 'none';
  }

  /** "idiot-proof", "clown show", "dummy data": an insult word used as a modifier. */
  private isCompound(last: number): boolean {
    const next = this.tokens[last + 1];
    if (!next || next.breakBefore || next.sigil === '@') return false;
    // "a trash company", "that idiot manager": the insult describes the person or company after it;
    // "another idiot explaining…", "Arrogant jerk, talked over…": a participle or a comma follows.
    if (W.AFTER_INSULT.has(next.text) || this.targetAt.has(last + 1) || next.text.endsWith('ing')) return false;
    const tok = this.tokens[last] as Token;
    const gap = this.original.slice(this.ctx.text.toOriginal(tok.start, tok.end)[1], this.startOf(last + 1));
    return !/[,;:()"“”—–]/.test(gap);
  }

  private endsSentence(last: number): boolean {
    const next = this.tokens[last + 1];
    return !next || next.breakBefore;
  }

  private selfFollows(last: number): boolean {
    for (let t = last + 1; t <= last + 3; t++) {
      const tok = this.tokens[t];
      if (!tok || tok.breakBefore) return false;
      if (W.SELF.has(tok.text)) return true;
    }
    return false;
  }

  /** "idiots like you", "clowns like @bob". */
  private followedByTarget(last: number): boolean {
    const like = this.tokens[last + 1];
    const who = this.tokens[last + 2];
    if (!like || !who || like.breakBefore || who.breakBefore || like.text !== 'like') return false;
    return W.SECOND_PERSON.has(who.text) || W.THIRD_PERSON.has(who.text) || who.sigil === '@';
  }

  private isShutUpAndTakeMyMoney(match: LexiconMatch): boolean {
    const words = this.tokens.slice(match.lastToken + 1, match.lastToken + 5).map((t) => t.text);
    return words.join(' ') === 'and take my money';
  }

  private markCompanyTokens(): void {
    // Mentions come sorted by start; walk them alongside the tokens.
    const mentions = this.ctx.company.mentions.filter((m) => m.kind === 'name' || m.kind === 'account');
    if (mentions.length === 0) return;
    let k = 0;
    this.tokens.forEach((tok, i) => {
      const [s, e] = this.ctx.text.toOriginal(tok.start, tok.end);
      while (k < mentions.length && (mentions[k] as (typeof mentions)[number]).end <= s) k++;
      const m = mentions[k];
      if (m && s < m.end && e > m.start) this.companyAt.add(i);
    });
    this.companyTokens = Int32Array.from(this.companyAt).sort();
  }

  /** A masked word ("m*ron") is split into tokens ("m", "ron"): make the match cover all of them. */
  private wholeWord(match: LexiconMatch): LexiconMatch {
    if (match.via !== 'obfuscated') return match;
    const lastToken = Math.max(match.firstToken, this.tokenAt(match.end) - 1);
    return lastToken === match.lastToken ? match : { ...match, lastToken };
  }

  /** Index of the token that starts at an original offset (or the match's own first token). */
  private tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.startOf(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private startOf(tokenIndex: number): number {
    const tok = this.tokens[tokenIndex] as Token;
    return this.ctx.text.toOriginal(tok.start, tok.end)[0];
  }

  private report(match: LexiconMatch, start: number, message: string): void {
    if (this.covered.has(match.firstToken) && this.covered.has(match.lastToken)) return;
    const first = Math.min(match.firstToken, this.tokenAt(start));
    for (let t = first; t <= match.lastToken; t++) this.covered.add(t);
    this.findings.push({ message, start: Math.min(start, match.start), end: match.end });
  }

  private quote(match: LexiconMatch): string {
    return quoteText(this.original.slice(match.start, match.end));
  }

  private quoteFrom(firstToken: number, match: LexiconMatch): string {
    return quoteText(this.original.slice(Math.min(this.startOf(firstToken), match.start), match.end));
  }
}

/** One match per starting word: an inflected and a plain term may both match the same word. */
function uniqueByToken(matches: readonly LexiconMatch[]): LexiconMatch[] {
  const seen = new Set<number>();
  return [...matches]
    .sort((a, b) => a.firstToken - b.firstToken || b.lastToken - a.lastToken)
    .filter((m) => !seen.has(m.firstToken) && seen.add(m.firstToken) !== undefined);
}

function isCapitalized(original: string, offset: number): boolean {
  const cp = original.codePointAt(offset);
  return cp !== undefined && /\p{Lu}/u.test(String.fromCodePoint(cp));
}

function quoteText(s: string): string {
  const oneLine = s.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine}”`;
}

/** Index of the last value ≤ `x` in a sorted array, or -1. */
function lastAtOrBefore(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether a sorted array holds a value in [from, to]. */
function hasValueIn(sorted: Int32Array, from: number, to: number): boolean {
  const i = lastAtOrBefore(sorted, to);
  return i >= 0 && (sorted[i] as number) >= from;
}
