/**
 * Confidential material: confidentiality markers, the policy's codenames and terms, unannounced
 * results, deals and layoffs, named customers, and personal data (phone numbers, personal
 * e-mail addresses, card numbers, US SSNs).
 *
 * Ordinary posts talk about confidentiality too ("applications are kept strictly confidential",
 * "confidential computing", "never share your password"), so markers are read with the words
 * around them, and forecasts need the company, a figure and a forward-looking word together.
 */
import notFiguresFile from '../data/analyst-stock/not-results.json';
import beatMissVerbsFile from '../data/confidential/beat-miss.json';
import beatObjectsFile from '../data/confidential/beat-objects.json';
import customerListsFile from '../data/confidential/customer-lists.json';
import dealTalkFile from '../data/confidential/deal-talk.json';
import dealTimingFile from '../data/confidential/deal-timing.json';
import dealWordsFile from '../data/confidential/deal-words.json';
import doNotShareFile from '../data/confidential/do-not-share.json';
import financialsFile from '../data/confidential/financials.json';
import forwardFile from '../data/confidential/forward.json';
import markersFile from '../data/confidential/markers.json';
import personalEmailDomainsFile from '../data/confidential/personal-email-domains.json';
import { entriesOf } from '../data/lists';
import { findCardNumbers, findPhoneNumbers, findSsns, findStreetAddresses } from '../personal-data';
import { termListSchema } from '../policy/fields';
import type { Token } from '../text/analyze';
import type { LexiconMatch, ListInput } from '../text/lexicon';
import { TokenPhrases } from '../token-phrases';
import { defineRule, type RuleContext, type RuleFinding } from './types';

interface Options {
  /** Internal project codenames: never to be posted. */
  codenames: string[];
  /** Other words or phrases the organisation treats as confidential. */
  terms: string[];
}

type Ctx = RuleContext<Options>;

/** After a money word, these make it a team or a thing: "our sales team", "revenue operations". */
const NOT_FIGURES = new Set(notFiguresFile.entries.map((e) => e.term));
const PERSONAL_MAIL = new Set(personalEmailDomainsFile.entries.map((e) => e.term));
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
const COMPANY_REF = new Set(['our', 'we', "we're", "we'll", "we've", 'us']);
const PERIOD_WORD = /^(?:q[1-4]|h[12]|fy\d{0,4}|quarter|quarterly|quarter's|fiscal|annual|financial|year's)$/;
const FIGURE_WORDS = new Set(['results', 'numbers', 'figures', 'financials']);
const CUSTOMER_WORDS = new Set(['customer', 'client', 'customers', 'clients']);
// Common words ("will", "next", "top") consulted only next to a figure or a deal word.
const FORWARD = TokenPhrases.of(forwardFile);
const DEAL_TIMING = TokenPhrases.of(dealTimingFile);
const BEAT_MISS = TokenPhrases.of(beatMissVerbsFile);
/** "customer acquisition", "talent acquisition": marketing and hiring, not a deal. */
const NOT_DEAL_BEFORE = new Set(['customer', 'user', 'talent', 'lead', 'data', 'client', 'patient', 'land']);
/** Periods that date a figure: "last quarter", "this year", "Q3", "YoY". */
const DATED = /^(?:q[1-4]|h[12]|fy\d{0,4}|quarter|quarterly|yoy|qoq|mom)$/;
const THIS_OR_LAST = new Set(['this', 'last', 'past']);
const MOVES = new Set([
  'up',
  'down',
  'doubled',
  'tripled',
  'halved',
  'dropped',
  'fell',
  'grew',
  'rose',
  'jumped',
  'plunged',
]);
/** Words that say figures were published, so quoting them leaks nothing. */
const PUBLISHED = new Set(['announced', 'reported', 'published', 'released', 'filed', 'filing']);
/** Words that say the address is a person's home, not a venue: "home address", "lives at". */
const HOME_CUE = /\b(?:home address|(?:my|his|her|their) address|lives at|live at|living at|house is at|apartment)\b/i;

export default defineRule<Options>({
  id: 'confidential',
  meta: {
    title: 'Confidential material',
    description:
      'Flags confidentiality markers, internal codenames and terms, unannounced results, deals and layoffs, named customers, and personal data (phone numbers, personal e-mail addresses, card numbers, SSNs).',
    checksQuoted: true,
  },
  defaults: { severity: 'warn', codenames: [], terms: [] },
  options: { codenames: termListSchema(), terms: termListSchema() },
  lists(options): ListInput[] {
    return [
      { list: 'markers', entries: entriesOf(markersFile) },
      { list: 'do-not-share', entries: entriesOf(doNotShareFile) },
      { list: 'deal-talk', entries: entriesOf(dealTalkFile) },
      { list: 'deal-words', entries: entriesOf(dealWordsFile) },
      { list: 'financials', entries: entriesOf(financialsFile) },
      { list: 'beat-objects', entries: entriesOf(beatObjectsFile) },
      { list: 'customer-lists', entries: entriesOf(customerListsFile) },
      { list: 'confidential', entries: [{ term: 'confidential', note: 'The bare word, read in context.' }] },
      { list: 'signed', entries: [{ term: 'signed', note: '"signed Globex as a customer".' }] },
      { list: 'codenames', entries: options.codenames.map((term) => ({ term })) },
      { list: 'terms', entries: options.terms.map((term) => ({ term })) },
    ];
  },
  check(ctx) {
    const scan = new ConfidentialScan(ctx);
    scan.policyTerms();
    scan.markers();
    scan.doNotShare();
    scan.dealTalk();
    scan.dealTiming();
    scan.forecasts();
    scan.datedFigures();
    scan.beatOrMiss();
    scan.customers();
    if (!ctx.inQuoted) scan.personalData();
    return scan.findings;
  },
});

class ConfidentialScan {
  readonly findings: RuleFinding[] = [];
  private readonly tokens: Token[];
  private covered: Uint8Array | null = null;

  constructor(private readonly ctx: Ctx) {
    this.tokens = ctx.text.tokens;
  }

  policyTerms(): void {
    for (const m of this.ctx.matches('codenames')) {
      this.add(
        `Mentions “${this.written(m)}”, an internal codename — codenames must not be made public; remove it.`,
        m,
      );
    }
    for (const m of this.ctx.matches('terms')) {
      this.add(`Mentions “${this.written(m)}”, which the company treats as confidential — remove it.`, m);
    }
  }

  markers(): void {
    for (const m of this.ctx.matches('markers')) {
      if (m.entry.term.includes('confidential') && this.protective(m.firstToken)) continue;
      this.add(
        `“${this.written(m)}” marks confidential material — don’t post internal or embargoed information; remove it.`,
        m,
      );
    }
    // The bare word counts as a label: "CONFIDENTIAL", "Confidential: Q3 plan", "— confidential".
    const { original } = this.ctx.text;
    for (const m of this.ctx.matches('confidential')) {
      const word = this.written(m);
      const next = this.tok(m.lastToken + 1);
      if (CONFIDENTIAL_NOUN.has(next) || this.protective(m.firstToken)) continue;
      const shouted = word === word.toUpperCase();
      const labelled = /^\s*[:\]\-–—]/.test(original.slice(m.end, m.end + 3));
      const opensLine = /(?:^|[\n[(])\s*$/.test(original.slice(Math.max(0, m.start - 3), m.start));
      if (shouted || labelled || opensLine)
        this.add(`“${word}” marks confidential material — don’t post internal information; remove it.`, m);
    }
  }

  doNotShare(): void {
    for (const m of this.ctx.matches('do-not-share')) {
      const k = m.lastToken + 1;
      const ends = !this.continues(k);
      if (!ends && !SHARE_OBJECT.has(this.tok(k)) && !m.entry.term.startsWith('keep')) continue;
      this.add(`“${this.written(m)}” says this is not for sharing — so it must not be posted; remove it.`, m);
    }
  }

  dealTalk(): void {
    for (const m of this.ctx.matches('deal-talk')) {
      this.add(
        `“${this.written(m)}” reveals an unannounced deal, layoffs or results — only announced news may be posted; remove it.`,
        m,
      );
    }
  }

  /** "layoffs hitting the sales org on Friday", "the merger … is happening in Q2". */
  dealTiming(): void {
    for (const m of this.ctx.matches('deal-words')) {
      if (NOT_DEAL_BEFORE.has(this.tok(m.firstToken - 1))) continue;
      if (!this.phraseInSentence(DEAL_TIMING, m.firstToken, m.lastToken, 10)) continue;
      this.add(
        `“${this.written(m)}” with a date reveals unannounced news — only announced news may be posted; remove it.`,
        m,
      );
    }
  }

  /** "we're at $48M ARR, up from $30M last year", "our churn doubled last quarter": internal figures, dated. */
  datedFigures(): void {
    for (const m of this.ctx.matches('financials')) {
      const i = m.firstToken;
      if (FIGURE_WORDS.has(m.entry.term)) continue;
      if (NOT_FIGURES.has(this.tok(m.lastToken + 1)) && this.continues(m.lastToken + 1)) continue;
      const sentenceStart = i === 0 || !this.continues(i);
      let owned = sentenceStart;
      for (let k = i - 1; k >= i - 4 && k >= 0 && !owned; k--) {
        owned = this.isCompanyRef(k);
        if (!this.continues(k + 1)) break;
      }
      if (!owned || !this.hasFigureAndPeriod(i, m.lastToken) || this.published) continue;
      this.add(
        `“${this.written(m)}” with figures for the period discloses internal results — only published figures may be shared; remove them.`,
        m,
      );
    }
  }

  /** "our Q3 revenue will be up 20%", "we expect our margins to double", "Acme's revenue is going to…". */
  forecasts(): void {
    for (const m of this.ctx.matches('financials')) {
      const i = m.firstToken;
      if (NOT_FIGURES.has(this.tok(m.lastToken + 1)) && this.continues(m.lastToken + 1)) continue;
      let owner = i - 1;
      let qualified = false;
      if (owner >= 0 && PERIOD_WORD.test(this.tok(owner)) && this.continues(i)) {
        qualified = true;
        owner--;
      }
      if (owner < 0 || !this.continues(owner + 1) || !this.isCompanyRef(owner)) continue;
      if (FIGURE_WORDS.has(m.entry.term) && !qualified) continue;
      if (!this.forwardNear(owner, m.lastToken)) continue;
      const [s, e] = this.range(owner, m.lastToken);
      this.addRange(
        `“${this.ctx.text.original.slice(s, e)}” in a forecast discloses unannounced figures — only published results may be shared; remove it.`,
        s,
        e,
      );
    }
  }

  /** "we're going to beat guidance", "we will miss our numbers". */
  beatOrMiss(): void {
    // Anchored on the (rare) objects, looking back for the (common) verbs.
    for (const object of this.ctx.matches('beat-objects')) {
      let verb = -1;
      for (let k = object.firstToken - 1; k >= object.firstToken - 3 && k >= 0; k--) {
        if (BEAT_MISS.endAt(this.tokens, k) >= 0 && BEAT_MISS.endAt(this.tokens, k) < object.firstToken) verb = k;
        if (!this.continues(k)) break;
      }
      if (verb < 0 || !this.forwardNear(verb, verb) || !this.companyInSentence(verb)) continue;
      const [s, e] = this.range(verb, object.lastToken);
      this.addRange(
        `“${this.ctx.text.original.slice(s, e)}” predicts unannounced results — only published results may be shared; remove it.`,
        s,
        e,
      );
    }
  }

  /** "our customers include Globex, Initech and Umbrella", "we just signed Globex as a customer". */
  customers(): void {
    for (const m of this.ctx.matches('customer-lists')) {
      let named = this.capitalizedAfter(m.lastToken, 4);
      // "our customers include Fortune 500 companies" names nobody.
      if (named !== undefined && /^\d/.test(this.tok(named + 1))) named = undefined;
      const isList = m.entry.term.endsWith(' list');
      if (!named && !isList) continue;
      const endTok = named ?? m.lastToken;
      const [s, e] = this.range(m.firstToken, endTok);
      this.addRange(
        `“${this.ctx.text.original.slice(s, e)}” names customers — naming them needs their consent; remove the names.`,
        s,
        e,
      );
    }
    for (const m of this.ctx.matches('signed')) {
      const named = this.capitalizedAfter(m.lastToken, 3);
      if (named === undefined) continue;
      for (let k = named + 1; k <= named + 5 && this.continues(k); k++) {
        if (this.tok(k) !== 'as' && this.tok(k) !== 'our') continue;
        for (let c = k + 1; c <= k + 3 && this.continues(c); c++) {
          if (!CUSTOMER_WORDS.has(this.tok(c))) continue;
          const [s, e] = this.range(m.firstToken, c);
          this.addRange(
            `“${this.ctx.text.original.slice(s, e)}” names a customer — naming them needs their consent; remove the name.`,
            s,
            e,
          );
          return;
        }
      }
    }
  }

  personalData(): void {
    const { original, entities } = this.ctx.text;
    for (const e of entities) {
      if (e.type !== 'email') continue;
      const domain = e.value.slice(e.value.lastIndexOf('@') + 1).toLowerCase();
      if (!PERSONAL_MAIL.has(domain) || this.ctx.company.isCompanyHost(domain)) continue;
      this.addRange(
        `Contains a personal e-mail address (“${e.value}”) — personal data must not be posted; remove it or use a company address.`,
        e.start,
        e.end,
      );
    }
    for (const h of findSsns(original)) {
      this.addRange('Contains what looks like a US Social Security number — never post it; remove it.', h.start, h.end);
    }
    for (const h of findCardNumbers(original)) {
      const last4 = h.value.replace(/\D/g, '').slice(-4);
      this.addRange(
        `Contains a payment card number (ending ${last4}) — never post card numbers; remove it.`,
        h.start,
        h.end,
      );
    }
    const home = HOME_CUE.exec(original);
    if (home) {
      for (const h of findStreetAddresses(original.slice(home.index, home.index + 120))) {
        const start = home.index + h.start;
        this.addRange(
          `Contains a home address (“${h.value}”) — personal data must not be posted; remove it.`,
          start,
          start + h.value.length,
        );
      }
    }
    for (const h of findPhoneNumbers(original)) {
      this.addRange(
        `Contains a phone number (“${h.value}”) — personal data must not be posted; remove it or point to a contact page.`,
        h.start,
        h.end,
      );
    }
  }

  // ——— helpers ———

  /** The post says its figures are out ("we announced our Q3 results today"). */
  private get published(): boolean {
    return this.tokens.some((t) => PUBLISHED.has(t.text));
  }

  private phraseInSentence(phrases: TokenPhrases, first: number, last: number, radius: number): boolean {
    for (let k = first - 1; k >= first - radius && k >= 0 && this.continues(k + 1); k--)
      if (phrases.has(this.tokens, k)) return true;
    for (let k = last + 1; k <= last + radius && this.continues(k); k++) if (phrases.has(this.tokens, k)) return true;
    return false;
  }

  /** A number or a move ("doubled", "up 20%") and a dating period, within the sentence. */
  private hasFigureAndPeriod(first: number, last: number): boolean {
    let figure = false;
    let period = false;
    const lo = Math.max(0, first - 8);
    for (let k = first; k >= lo; k--) {
      this.noteFigure(k, (f, p) => {
        figure ||= f;
        period ||= p;
      });
      if (!this.continues(k)) break;
    }
    for (let k = last + 1; k <= last + 10 && this.continues(k); k++) {
      this.noteFigure(k, (f, p) => {
        figure ||= f;
        period ||= p;
      });
    }
    return figure && period;
  }

  private noteFigure(k: number, note: (figure: boolean, period: boolean) => void): void {
    const t = this.tok(k);
    const figure = /^\d/.test(t) || MOVES.has(t);
    const period = DATED.test(t) || ((t === 'year' || t === 'month') && THIS_OR_LAST.has(this.tok(k - 1)));
    note(figure, period);
  }

  private tok(i: number): string {
    return this.tokens[i]?.text ?? '';
  }

  private continues(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && !t.breakBefore;
  }

  private range(first: number, last: number): [number, number] {
    return this.ctx.text.toOriginal((this.tokens[first] as Token).start, (this.tokens[last] as Token).end);
  }

  private written(m: LexiconMatch): string {
    return this.ctx.text.original.slice(m.start, m.end);
  }

  /** Up to three words before, in the same sentence, describe protecting data. */
  private protective(first: number): boolean {
    for (let k = first - 1; k >= first - 3 && k >= 0 && this.continues(k + 1); k--) {
      if (PROTECTIVE.has(this.tok(k))) return true;
    }
    return false;
  }

  private isCompanyRef(i: number): boolean {
    const t = this.tok(i);
    if (COMPANY_REF.has(t)) return true;
    const names = this.ctx.policy.company.names.map((n) => n.toLowerCase());
    return names.some((n) => t === n || t === `${n}'s`);
  }

  /** A forward-looking word in the same sentence, from 4 words before to 7 after. */
  private forwardNear(first: number, last: number): boolean {
    for (let k = first - 1; k >= first - 4 && k >= 0 && this.continues(k + 1); k--)
      if (FORWARD.has(this.tokens, k)) return true;
    for (let k = first; k <= last + 7 && k < this.tokens.length; k++) {
      if (k > first && !this.continues(k)) break;
      if (FORWARD.has(this.tokens, k)) return true;
    }
    return false;
  }

  private companyInSentence(i: number): boolean {
    for (let k = i; k >= 0 && k >= i - 12; k--) {
      if (this.isCompanyRef(k)) return true;
      if (this.tokens[k]?.breakBefore) break;
    }
    return false;
  }

  /** Index of the first capitalised word within `span` words after `last`, same sentence. */
  private capitalizedAfter(last: number, span: number): number | undefined {
    const { original } = this.ctx.text;
    for (let k = last + 1; k <= last + span && this.continues(k); k++) {
      const [s] = this.range(k, k);
      const c = original[s] ?? '';
      if (c !== c.toLowerCase()) return k;
    }
    return undefined;
  }

  private add(message: string, m: LexiconMatch): void {
    this.addRange(message, m.start, m.end);
  }

  /** Adds a finding unless it overlaps one already made (earlier checks are more specific). */
  private addRange(message: string, start: number, end: number): void {
    if (end <= start) return;
    if (!this.covered) this.covered = new Uint8Array(this.ctx.text.original.length);
    for (let k = start; k < end; k++) if (this.covered[k]) return;
    this.covered.fill(1, start, end);
    this.findings.push({ message, start, end });
  }
}
