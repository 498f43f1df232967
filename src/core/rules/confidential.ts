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
import companyMovesFile from '../data/confidential/company-moves.json';
import credentialsFile from '../data/confidential/credentials.json';
import customerListsFile from '../data/confidential/customer-lists.json';
import customerWinFile from '../data/confidential/customer-win.json';
import dealTalkFile from '../data/confidential/deal-talk.json';
import dealTimingFile from '../data/confidential/deal-timing.json';
import dealWordsFile from '../data/confidential/deal-words.json';
import doNotShareFile from '../data/confidential/do-not-share.json';
import financialsFile from '../data/confidential/financials.json';
import forwardFile from '../data/confidential/forward.json';
import leadershipFile from '../data/confidential/leadership-meetings.json';
import leakCuesFile from '../data/confidential/leak-cues.json';
import leakDocumentsFile from '../data/confidential/leak-documents.json';
import markersFile from '../data/confidential/markers.json';
import peopleFile from '../data/confidential/people.json';
import personalEmailDomainsFile from '../data/confidential/personal-email-domains.json';
import profitabilityFile from '../data/confidential/profitability.json';
import { entriesOf } from '../data/lists';
import {
  findApiKeys,
  findCardNumbers,
  findIbans,
  findIdNumbersAfterCue,
  findPhoneNumbers,
  findSsns,
  findStreetAddresses,
} from '../personal-data';
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
const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
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
const PUBLISHED = new Set([
  'announced',
  'reported',
  'published',
  'released',
  'filed',
  'filing',
  'report',
  'ir',
  '10k',
  '10q',
]);
/** Before "announced", "released": still to come ("is being announced next week", "to be released"). */
const NOT_YET = new Set(['be', 'being', 'get', 'gets', 'getting']);
/** After "NDA": the material it covers ("the NDA version of the deck", "NDA slides"). */
const NDA_MATERIAL = new Set([
  'version',
  'copy',
  'draft',
  'build',
  'deck',
  'slides',
  'doc',
  'docs',
  'roadmap',
  'info',
  'material',
  'materials',
  'preview',
  'details',
  'numbers',
]);
/** After a number: who is cut ("80 roles affected", "300 jobs going"). Not "people": "500 people affected by the floods". */
const CUT_UNITS = new Set(['roles', 'jobs', 'positions', 'heads', 'fte', 'ftes', 'seats', 'redundancies']);
const CUT_OUTCOME = new Set([
  'affected',
  'impacted',
  'cut',
  'cuts',
  'eliminated',
  'axed',
  'gone',
  'going',
  'redundant',
  'lost',
  'slashed',
  'at',
]);
/** A deal document or relationship: "a $9M agreement with Barclays", "the Woolworths deal is signed". */
const DEAL_NOUNS = new Set([
  'win',
  'deal',
  'contract',
  'agreement',
  'renewal',
  'expansion',
  'order',
  'po',
  'partnership',
  'account',
  'mou',
  'sow',
]);
/** "close 40 stores", "shutting 3 plants": closing sites, counted. */
const CLOSE_VERBS = /^(?:clos(?:e|es|ing)|shut(?:s|ting)?|shutter(?:s|ing)?)$/;
const SITE_NOUNS = new Set([
  'offices',
  'stores',
  'shops',
  'branches',
  'plants',
  'factories',
  'sites',
  'locations',
  'warehouses',
  'centres',
  'centers',
  'hubs',
  'campuses',
  'studios',
  'labs',
  'restaurants',
  'outlets',
  'clinics',
]);
const DEAL_LINK = new Set(['with', 'from', 'for']);
/** After "the Woolworths deal": it is done ("is signed", "closed", "over the line"). */
const DEAL_DONE = new Set([
  'signed',
  'closed',
  'inked',
  'done',
  'won',
  'landed',
  'agreed',
  'finalised',
  'finalized',
  'sealed',
  'booked',
]);
/** Read only after "internal"/"leaked", "overheard", a company subject, or a layoff verb. */
const LEAK_DOCUMENTS = TokenPhrases.of(leakDocumentsFile);
const LEADERSHIP = TokenPhrases.of(leadershipFile);
const COMPANY_MOVES = TokenPhrases.of(companyMovesFile);
const PEOPLE = TokenPhrases.of(peopleFile);
/** What a screenshot shows when it is a product shot, not a leak. */
const NOT_SCREENSHOT_LEAK = new Set(['dashboard', 'video', 'audio', 'report', 'recording', 'plan', 'plans']);
/** "we'll be profitable by Q3": profitability, forecast by the company itself. */
const PROFITABILITY = TokenPhrases.of(profitabilityFile);
/** Words between the company and a forecast of profitability: "we'll finally be", "Acme is going to be". */
const FORECAST_GLUE = new Set([
  'be',
  'will',
  'going',
  'to',
  'finally',
  'gonna',
  'should',
  'on',
  'track',
  'is',
  'are',
  'expect',
  'expects',
]);
/** After "we'll be profitable": when. */
const WHEN = /^(?:q[1-4]|h[12]|fy\d{0,4}|next|by|year|quarter|202\d|month|months|eoy)$/;
const CUSTOMER_WIN = TokenPhrases.of(customerWinFile);
/** Not a customer's name before "chose us": pronouns and sentence openers. */
const NOT_A_NAME = new Set([
  'i',
  'we',
  'you',
  'they',
  'he',
  'she',
  'it',
  'this',
  'that',
  'the',
  'so',
  'and',
  'but',
  'today',
  'why',
  'how',
]);

/** Company moves whose object is people (layoffs); the others need a named target (a deal). */
const LAYOFF_MOVE = /(?:lay|laying|letting|firing|cutting|cut|axing)/;
/** Who can be the subject of layoffs; deals need the company itself ("we", its name). */
const LAYOFF_SUBJECTS = new Set(['they', "they're", 'hr', 'management', 'leadership', 'company', 'execs']);
/** "we are", "Acme is": the verb between the company and its move. */
const BE = new Set(['is', 'are', "'s", 'was', 'will', 'be', 'now', 'quietly', 'reportedly', 'officially', 'finally']);
/** The post reads as the official announcement: "excited to announce we're acquiring Globex". */
const ANNOUNCING = new Set(['announce', 'announcing', 'officially', 'completed', 'welcome', 'welcoming']);
/** Before a credential word: advice about passwords, not a password. */
const CREDENTIAL_ADVICE = new Set([
  'your',
  'never',
  'a',
  'strong',
  'weak',
  'reset',
  'change',
  'forgot',
  'forget',
  'new',
  'default',
  'common',
  'if',
  'bad',
  'same',
]);
/** After "revenue", "bookings"…: a results event or publication, not a forecast ("present our Q2 results on the call"). */
const REPORTING = new Set([
  'present',
  'presents',
  'presenting',
  'report',
  'reports',
  'reporting',
  'announce',
  'announces',
  'announcing',
  'release',
  'releases',
  'publish',
  'publishes',
  'discuss',
  'call',
  'webcast',
  'livestream',
  'listen',
  'join',
]);
/** Before "customer list": advice about someone's list, not ours ("your customer list is your best reference"). */
const NOT_OUR_LIST = new Set(['your', 'a', 'their', 'build', 'building', 'grow', 'growing', 'his', 'her']);
/** After a bare label word: the label is history ("Embargo lifted! Today we launch…"). */
const LABEL_OVER = new Set(['lifted', 'lifts', 'over', 'ended', 'ends', 'expired', 'is']);
/** Before a phone number: the company's published line, not a person's ("our press office at …"). */
const COMPANY_LINE =
  /\b(?:our|the)\s+(?:press|media|sales|support|service|main|front|reception|head|customer|booking|reservations?|help|office|clinic|store|shop)\b[^\n]{0,40}$|\b(?:call|contact|reach|text|phone)\s+us\b[^\n]{0,25}$|\b(?:hotline|helpline|switchboard|customer service|front desk)\b[^\n]{0,25}$/i;
/** Intranet, wiki and ticket hosts: "intranet.acme.com", "acme.atlassian.net", "jira.corp.acme.com", "go/launch". */
const INTERNAL_HOST =
  /^(?:(?:intranet|internal|wiki|confluence|jira|corp|sharepoint|vpn)\.|[^/]*\.(?:internal|corp|intranet|local|lan)$|[^/]*\.(?:atlassian\.net|sharepoint\.com)$)/;
/** Money: "$4M", "€2m", "4 million". */
const MONEY_UNIT = new Set(['million', 'billion', 'k', 'm', 'mm', 'bn', 'b']);

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
      { list: 'leak-cues', entries: entriesOf(leakCuesFile) },
      { list: 'credentials', entries: entriesOf(credentialsFile) },
      {
        list: 'confidential',
        entries: [
          { term: 'confidential', note: 'The bare word, read in context.' },
          { term: 'embargoed', note: 'A label: "EMBARGOED: …".' },
          { term: 'embargo', note: 'A label: "Embargo: 9am ET Tuesday".' },
        ],
      },
      {
        list: 'signed',
        entries: [
          { term: 'signed', note: '"signed Globex as a customer".' },
          { term: 'landed', note: '"landed Delta as a customer".' },
          { term: 'won', note: '"won Globex as a client".' },
          { term: 'closed', note: '"closed Initech as our newest customer".' },
          { term: 'onboarded', note: '"onboarded Hooli as a customer".' },
        ],
      },
      {
        list: 'deal-with',
        entries: [
          { term: 'deal with', note: '"a $4M deal with Globex".' },
          { term: 'contract with', note: '"a 3-year contract with Globex worth $2M".' },
        ],
      },
      { list: 'runway', entries: [{ term: 'runway', note: 'Cash runway: "runway is 14 months".' }] },
      {
        list: 'id-cues',
        entries: [
          { term: 'ssn', note: 'A US Social Security number follows.' },
          { term: 'social security', note: 'A US Social Security number follows.' },
          { term: 'passport', note: 'A passport number follows.' },
        ],
      },
      { list: 'codenames', entries: options.codenames.map((term) => ({ term })) },
      // Plurals too: "board decks" for "board deck".
      { list: 'terms', entries: options.terms.map((term) => ({ term: term.endsWith('*') ? term : `${term}*` })) },
    ];
  },
  check(ctx) {
    const scan = new ConfidentialScan(ctx);
    scan.policyTerms();
    scan.markers();
    scan.leaks();
    scan.doNotShare();
    scan.dealTalk();
    scan.companyMoves();
    scan.dealTiming();
    scan.cutCounts();
    scan.siteClosures();
    scan.forecasts();
    scan.datedFigures();
    scan.beatOrMiss();
    scan.runway();
    scan.profitability();
    scan.customerWins();
    scan.customers();
    scan.namedDeals();
    if (!ctx.inQuoted) {
      scan.credentials();
      scan.personalData();
    }
    return scan.findings;
  },
});

class ConfidentialScan {
  readonly findings: RuleFinding[] = [];
  private readonly tokens: Token[];
  private covered: Uint8Array | null = null;
  private companyNames: Set<string> | undefined;
  private publishedCache: boolean | undefined;
  private announcingCache: boolean | undefined;

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
    // "#NightjarLaunch", "#ProjectBluefin": a codename inside a hashtag.
    const names = this.ctx.options.codenames
      .map((c) => c.trim().toLowerCase())
      .filter((c) => c.length >= 4 && !c.includes(' '));
    if (names.length === 0) return;
    for (const e of this.ctx.text.entities) {
      if (e.type !== 'hashtag') continue;
      const tag = e.value.slice(1).toLowerCase();
      const name = names.find((c) => tag !== c && tag.includes(c));
      if (name)
        this.addRange(
          `Mentions “${e.value}”, which contains the internal codename “${name}” — codenames must not be made public; remove it.`,
          e.start,
          e.end,
        );
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
      if (m.entry.term !== 'confidential' && LABEL_OVER.has(next)) continue;
      const shouted = word === word.toUpperCase();
      const labelled = /^\s*[:\]\-–—]/.test(original.slice(m.end, m.end + 3));
      const opensLine = /(?:^|[\n[(])\s*$/.test(original.slice(Math.max(0, m.start - 3), m.start));
      if (shouted || labelled || opensLine)
        this.add(`“${word}” marks confidential material — don’t post internal information; remove it.`, m);
    }
    // "(internal)", "[internal, obvs]", "Sales leaderboard (internal):": "internal" as a label, not "internal tools".
    for (const m of this.ctx.matches('leak-cues')) {
      if (m.entry.term !== 'internal') continue;
      const before = original.slice(Math.max(0, m.start - 2), m.start);
      const after = original.slice(m.end, m.end + 2);
      const enclosed = /[([]\s?$/.test(before) && /^\s?[),\]:]/.test(after);
      const tagged = /^\s?[:\]]/.test(after) && /(?:^|\n)\s*$/.test(original.slice(Math.max(0, m.start - 2), m.start));
      if (enclosed || tagged)
        this.add(`“${this.written(m)}” marks internal material — it is not for publication; remove it.`, m);
    }
  }

  /** "internal memo", "the leaked Slack screenshot", "overheard in the exec meeting". */
  leaks(): void {
    for (const m of this.ctx.matches('leak-cues')) {
      const cue = m.entry.term;
      if (cue === 'nda') {
        this.ndaMaterial(m);
        continue;
      }
      const span = cue === 'overheard' ? 6 : 3;
      const nouns = cue === 'overheard' ? LEADERSHIP : LEAK_DOCUMENTS;
      for (let k = m.lastToken + 1; k <= m.lastToken + span && this.continues(k); k++) {
        const end = nouns.endAt(this.tokens, k);
        if (end < 0) continue;
        // "a screenshot of our new dashboard" is a product shot.
        if (cue.startsWith('screenshot') && NOT_SCREENSHOT_LEAK.has(this.tok(end))) break;
        // "internal tools", "internal mobility" never get here; "our internal report found…" is a leak only when shared.
        if (cue === 'internal' && this.protective(m.firstToken)) break;
        const [s, e] = this.range(m.firstToken, end);
        this.addRange(
          `“${this.ctx.text.original.slice(s, e)}” is internal or leaked material — it is not for publication; remove it.`,
          s,
          e,
        );
        break;
      }
    }
  }

  /** "the NDA version of the deck", "NDA slides" (not "sign an NDA before the demo"). */
  private ndaMaterial(m: LexiconMatch): void {
    for (let k = m.lastToken + 1; k <= m.lastToken + 2 && this.continues(k); k++) {
      if (!NDA_MATERIAL.has(this.tok(k))) continue;
      const [s, e] = this.range(m.firstToken, k);
      this.addRange(
        `“${this.ctx.text.original.slice(s, e)}” is material under NDA — it is not for publication; remove it.`,
        s,
        e,
      );
      return;
    }
  }

  /** "we're planning to close 40 stores next year", "shutting 3 plants": counted site closures. */
  siteClosures(): void {
    if (this.announcing || this.published) return;
    for (let i = 0; i < this.tokens.length - 2; i++) {
      if (!CLOSE_VERBS.test(this.tok(i))) continue;
      let k = i + 1;
      if (this.tok(k) === 'down' && this.continues(k)) k++;
      if (!this.continues(k) || !/^\d/.test(this.tok(k))) continue;
      const site = k + (this.continues(k + 2) && SITE_NOUNS.has(this.tok(k + 2)) ? 2 : 1);
      if (!this.continues(site) || !SITE_NOUNS.has(this.tok(site))) continue;
      const [s, e] = this.range(i, site);
      this.addRange(
        `“${this.ctx.text.original.slice(s, e)}” reveals unannounced closures — only announced news may be posted; remove it.`,
        s,
        e,
      );
    }
  }

  /** "about 80 roles affected", "300 jobs going": a count of cuts before any announcement. */
  cutCounts(): void {
    if (this.announcing || this.published) return;
    for (let i = 1; i < this.tokens.length; i++) {
      if (!CUT_UNITS.has(this.tok(i)) || !/^\d/.test(this.tok(i - 1)) || !this.continues(i)) continue;
      let k = i + 1;
      if (/^(?:are|will|be|to|being|getting|were)$/.test(this.tok(k)) && this.continues(k)) k++;
      if (!this.continues(k) || !CUT_OUTCOME.has(this.tok(k))) continue;
      if (this.tok(k) === 'at' && this.tok(k + 1) !== 'risk') continue;
      const [s, e] = this.range(i - 1, k);
      this.addRange(
        `“${this.ctx.text.original.slice(s, e)}” reveals unannounced job cuts — only announced news may be posted; remove it.`,
        s,
        e,
      );
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

  /**
   * The company as the subject of a deal or layoffs: "Acme is buying Initrode", "we're acquiring
   * Hooli for $2B", "they're laying off the entire support team", "HR is firing half the team".
   */
  companyMoves(): void {
    const names = this.names();
    for (let i = 0; i < this.tokens.length; i++) {
      const subject = this.tok(i);
      // One set lookup per word: most words are neither the company nor a layoff subject.
      const company = (COMPANY_REF.has(subject) || names.has(subject)) && subject !== 'our' && subject !== 'us';
      if (!company && !LAYOFF_SUBJECTS.has(subject)) continue;
      let k = i + 1;
      while (k <= i + 3 && this.continues(k) && BE.has(this.tok(k))) k++;
      if (!this.continues(k)) continue;
      const end = COMPANY_MOVES.endAt(this.tokens, k);
      if (end < 0) continue;
      const layoff = LAYOFF_MOVE.test(this.tok(end)) || LAYOFF_MOVE.test(this.tok(k));
      let last = -1;
      if (layoff) {
        for (let o = end + 1; o <= end + 4 && this.continues(o); o++) {
          const people = PEOPLE.endAt(this.tokens, o);
          if (people >= 0 || (/^\d/.test(this.tok(o)) && PEOPLE.has(this.tokens, o + 1))) {
            last = people >= 0 ? people : PEOPLE.endAt(this.tokens, o + 1);
            break;
          }
        }
      } else if (company && !this.announcing) {
        const target = this.capitalizedAfter(end, 1);
        if (target !== undefined && !this.isCompanyRef(target) && !this.continuesLowercase(target)) last = target;
      }
      if (last < 0) continue;
      const [s, e] = this.range(i, last);
      this.addRange(
        `“${this.ctx.text.original.slice(s, e)}” reveals an unannounced deal or layoffs — only announced news may be posted; remove it.`,
        s,
        e,
      );
    }
  }

  /** "we'll be profitable by Q3", "Acme is going to break even next year". */
  profitability(): void {
    for (let i = 0; i < this.tokens.length; i++) {
      const end = PROFITABILITY.endAt(this.tokens, i);
      if (end < 0) continue;
      let k = i - 1;
      while (k >= 0 && k >= i - 5 && this.continues(k + 1) && FORECAST_GLUE.has(this.tok(k))) k--;
      if (k < 0 || k === i - 1 || !this.continues(k + 1) || !this.isCompanyRef(k) || !this.forwardNear(k, end))
        continue;
      let when = false;
      for (let w = end + 1; w <= end + 4 && this.continues(w) && !when; w++) when = WHEN.test(this.tok(w));
      if (!when) continue;
      const [s, e] = this.range(k, end);
      this.addRange(
        `“${this.ctx.text.original.slice(s, e)}” forecasts the company’s results — only published guidance may be shared; remove it.`,
        s,
        e,
      );
      i = end;
    }
  }

  /** "Bank of Contoso just chose Acme in a $12M deal": a named customer and the money, before any announcement. */
  customerWins(): void {
    if (this.announcing || this.published) return;
    for (let i = 1; i < this.tokens.length; i++) {
      const end = CUSTOMER_WIN.endAt(this.tokens, i);
      if (end < 0 || !this.continues(i)) continue;
      const us = end + 1;
      if (!this.continues(us) || !this.isCompanyRef(us) || !this.moneyInSentence(i, us)) continue;
      let name = -1;
      for (let k = i - 1; k >= i - 4 && k >= 0; k--) {
        if (this.isCapitalizedWord(k) && !NOT_A_NAME.has(this.tok(k)) && !this.isCompanyRef(k)) name = k;
        if (!this.continues(k)) break;
      }
      if (name < 0) continue;
      const [s, e] = this.range(name, us);
      this.addRange(
        `“${this.ctx.text.original.slice(s, e)}” names a customer and the deal — naming them needs their consent; remove it.`,
        s,
        e,
      );
    }
  }

  /** "runway is 14 months": the company's cash position. */
  runway(): void {
    for (const m of this.ctx.matches('runway')) {
      for (let k = m.lastToken + 1; k <= m.lastToken + 4 && this.continues(k); k++) {
        if (!/^\d/.test(this.tok(k)) || !/^(?:months?|years?|weeks?|mo)$/.test(this.tok(k + 1))) continue;
        const [s, e] = this.range(m.firstToken, k + 1);
        this.addRange(
          `“${this.ctx.text.original.slice(s, e)}” discloses the company’s cash runway — internal financials must not be posted; remove it.`,
          s,
          e,
        );
        break;
      }
    }
  }

  /** "the wifi password is Roadrunner2026!", "login: demo@acme.com / Spring2026!" — not "never share your password". */
  credentials(): void {
    const { original } = this.ctx.text;
    for (const m of this.ctx.matches('credentials')) {
      if (this.adviceBefore(m.firstToken)) continue;
      const digitsOnly = /^(?:pin|passcode)/.test(m.entry.term);
      const value = secretAfter(original, m.end, digitsOnly);
      if (!value) continue;
      this.addRange(
        'Contains a password or login — never post credentials; remove it and change the password.',
        m.start,
        value.end,
      );
    }
    for (const h of findApiKeys(original)) {
      this.addRange(
        'Contains what looks like an API key or access token — never post secrets; remove it and revoke the key.',
        h.start,
        h.end,
      );
    }
  }

  /** "layoffs hitting the sales org on Friday", "the merger … is happening in Q2". */
  dealTiming(): void {
    for (const m of this.ctx.matches('deal-words')) {
      if (NOT_DEAL_BEFORE.has(this.tok(m.firstToken - 1)) || this.announcing || this.published) continue;
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
      // "Q3 revenue came in at…": a period opening the sentence dates the company's own figure.
      const periodLed = i >= 1 && PERIOD_WORD.test(this.tok(i - 1)) && (i === 1 || !this.continues(i - 1));
      let owned = sentenceStart || periodLed;
      for (let k = i - 1; k >= i - 6 && k >= 0 && !owned; k--) {
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
      if (!this.forwardNear(owner, m.lastToken) || this.reportingNear(owner, m.lastToken)) continue;
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
      if (verb < 0 || !this.companyInSentence(verb)) continue;
      // "we'll miss Q3", or done and measured: "we missed plan by 20%" (not "we crushed our targets, thank you team!").
      const past = /ed$|^(?:beat|blew|fell|came|missed|crushed)/.test(this.tok(verb)) && !this.forwardNear(verb, verb);
      if (past ? !this.figureInSentence(verb, object.lastToken) : !this.forwardNear(verb, verb)) continue;
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
      const isList = m.entry.term.endsWith(' list') && !NOT_OUR_LIST.has(this.tok(m.firstToken - 1));
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
    // "a 3-year deal with Globex worth $4M": a named customer and the money.
    for (const m of this.ctx.matches('deal-with')) {
      const named = this.capitalizedAfter(m.lastToken, 2);
      if (named === undefined || this.isCompanyRef(named) || this.announcing) continue;
      if (!this.moneyInSentence(m.firstToken, named)) continue;
      const [s, e] = this.range(m.firstToken, named);
      this.addRange(
        `“${this.ctx.text.original.slice(s, e)}” names a customer and the deal — naming them needs their consent; remove it.`,
        s,
        e,
      );
    }
  }

  /**
   * "we closed a 5-year, $9M agreement with Barclays", "the Woolworths deal is signed, $4.5m":
   * a named customer and the money, before any announcement.
   */
  namedDeals(): void {
    if (this.announcing || this.published) return;
    for (let i = 0; i < this.tokens.length; i++) {
      if (!DEAL_NOUNS.has(this.tok(i))) continue;
      let first = -1;
      let last = -1;
      if (DEAL_LINK.has(this.tok(i + 1)) && this.continues(i + 1)) {
        const named = this.capitalizedAfter(i + 1, 2);
        if (named !== undefined && !this.isCompanyRef(named) && !NOT_A_NAME.has(this.tok(named)))
          [first, last] = [i, named];
      } else if (i >= 1 && this.continues(i) && this.isCapitalizedWord(i - 1) && !this.isCompanyRef(i - 1)) {
        const opens = i - 1 === 0 || !this.continues(i - 1);
        let k = i + 1;
        while (k <= i + 3 && this.continues(k) && BE.has(this.tok(k))) k++;
        if (!opens && !NOT_A_NAME.has(this.tok(i - 1)) && this.continues(k) && DEAL_DONE.has(this.tok(k)))
          [first, last] = [i - 1, k];
      }
      if (first < 0 || !this.moneyInSentence(first, last)) continue;
      const [s, e] = this.range(first, last);
      this.addRange(
        `“${this.ctx.text.original.slice(s, e)}” names a customer and the deal — naming them needs their consent; remove it.`,
        s,
        e,
      );
    }
  }

  personalData(): void {
    const { original, entities } = this.ctx.text;
    for (const e of entities) {
      if (e.type !== 'url' || !INTERNAL_HOST.test(hostOf(e.href))) continue;
      this.addRange(
        `Links to an internal page (“${e.value}”) — intranet, wiki and ticket links must not be posted; remove it.`,
        e.start,
        e.end,
      );
    }
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
    const idNumbers = this.ctx.matches('id-cues').length > 0 ? findIdNumbersAfterCue(original) : [];
    for (const h of idNumbers) {
      this.addRange('Contains an identity number (SSN or passport) — never post it; remove it.', h.start, h.end);
    }
    for (const h of findIbans(original)) {
      this.addRange('Contains a bank account number (IBAN) — never post account details; remove it.', h.start, h.end);
    }
    for (const h of findPhoneNumbers(original)) {
      // "our press office at +1 415…", "call us on…": the company's published line.
      if (COMPANY_LINE.test(original.slice(Math.max(0, h.start - 60), h.start))) continue;
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
    this.publishedCache ??= this.tokens.some(
      (t, i) =>
        (PUBLISHED.has(t.text) && !NOT_YET.has(this.tok(i - 1))) ||
        (t.text === 'out' && /^(?:are|is|now)$/.test(this.tok(i - 1))),
    );
    return this.publishedCache;
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
    const figure = /^\d/.test(t) || MOVES.has(t) || t === 'million' || t === 'billion';
    const prev = this.tok(k - 1);
    // "last quarter", "this year", and rates that describe now: "4% a month", "right now", "currently".
    const period =
      DATED.test(t) ||
      t === 'monthly' ||
      t === 'currently' ||
      ((t === 'year' || t === 'month') && THIS_OR_LAST.has(prev)) ||
      (t === 'month' && (prev === 'a' || prev === 'per')) ||
      (t === 'now' && prev === 'right') ||
      (MONTHS.has(t) && (prev === 'in' || prev === 'for' || prev === 'during' || prev === 'through'));
    note(figure, period);
  }

  private tok(i: number): string {
    return this.tokens[i]?.text ?? '';
  }

  private continues(i: number): boolean {
    const t = this.tokens[i];
    if (t === undefined) return false;
    if (!t.breakBefore) return true;
    // A decimal point is no sentence break: "$41.2M, up 9%".
    const prev = this.tokens[i - 1];
    const norm = this.ctx.text.normalized.norm;
    return (
      prev !== undefined &&
      prev.end + 1 === t.start &&
      norm[prev.end] === '.' &&
      isDigit(norm, prev.end - 1) &&
      isDigit(norm, t.start)
    );
  }

  /** The post reads as the official announcement ("excited to announce…", "welcome to the team"). */
  private get announcing(): boolean {
    this.announcingCache ??= this.tokens.some((t) => ANNOUNCING.has(t.text));
    return this.announcingCache;
  }

  /** Up to two words before a credential word give advice ("your password", "never share a password"). */
  private adviceBefore(first: number): boolean {
    for (let k = first - 1; k >= first - 2 && k >= 0 && this.continues(k + 1); k--)
      if (CREDENTIAL_ADVICE.has(this.tok(k))) return true;
    return false;
  }

  /** Token k is followed, in the same sentence, by a lowercase word that is not a preposition ("Salesforce licenses"). */
  private continuesLowercase(k: number): boolean {
    if (!this.continues(k + 1)) return false;
    const next = this.tok(k + 1);
    if (/^(?:for|in|at|and|to|from|this|next|by|after|before|on|is|was|will|soon|today|tomorrow)$/.test(next))
      return false;
    const [s] = this.range(k + 1, k + 1);
    const c = this.ctx.text.original[s] ?? '';
    return c === c.toLowerCase();
  }

  /** A results event or publication near a figure: "present our Q2 results on the earnings call". */
  private reportingNear(first: number, last: number): boolean {
    for (let k = first - 1; k >= first - 4 && k >= 0 && this.continues(k + 1); k--)
      if (REPORTING.has(this.tok(k))) return true;
    for (let k = last + 1; k <= last + 6 && this.continues(k); k++) if (REPORTING.has(this.tok(k))) return true;
    return false;
  }

  /** A number anywhere in the sentence around tokens [first, last]. */
  private figureInSentence(first: number, last: number): boolean {
    for (let k = first; k >= 0 && k >= first - 12; k--) {
      if (/^\d/.test(this.tok(k))) return true;
      if (!this.continues(k)) break;
    }
    for (let k = last + 1; k <= last + 12 && this.continues(k); k++) if (/^\d/.test(this.tok(k))) return true;
    return false;
  }

  /** An amount of money in the sentence: "$4M", "€2m", "4 million". */
  private moneyInSentence(first: number, last: number): boolean {
    const money = (k: number) => {
      const t = this.tokens[k];
      if (!t || !/^\d/.test(t.text)) return false;
      const before = this.ctx.text.normalized.norm[t.start - 1] ?? '';
      return (
        t.sigil === '$' ||
        before === '€' ||
        before === '£' ||
        MONEY_UNIT.has(this.tok(k + 1)) ||
        /^\d+(?:m|k|mm|bn)$/.test(t.text)
      );
    };
    for (let k = first; k >= 0 && k >= first - 10; k--) {
      if (money(k)) return true;
      if (!this.continues(k)) break;
    }
    for (let k = last + 1; k <= last + 10 && this.continues(k); k++) if (money(k)) return true;
    return false;
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
    return COMPANY_REF.has(t) || this.names().has(t);
  }

  /** The company's names as words, with their possessives ("acme", "acme's"), built once per check. */
  private names(): Set<string> {
    this.companyNames ??= new Set(
      this.ctx.policy.company.names.flatMap((n) => [n.toLowerCase(), `${n.toLowerCase()}'s`]),
    );
    return this.companyNames;
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

  private isCapitalizedWord(k: number): boolean {
    const [s] = this.range(k, k);
    const c = this.ctx.text.original[s] ?? '';
    return c !== c.toLowerCase();
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

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Characters a password is made of, read from the original text. */
const SECRET_VALUE = /^\s*(?:is|=|:|-)?\s*[:=]?\s*["'“‘]?([^\s"'”’,;]{4,64})/;

/**
 * The value after a credential word, if it looks like a secret: a mix of letters and digits or
 * symbols ("Spring2026!", "Acme#2026"), or digits for a PIN. Looks at most three values ahead,
 * so "login: demo@acme.com / Spring2026!" finds the password after the user name.
 */
function secretAfter(text: string, from: number, digitsOnly: boolean): { end: number } | undefined {
  const head = /^[^\n.!?]{0,40}?(?:\s(?:is|=)\s|[:=]\s*)/.exec(text.slice(from, from + 60));
  if (!head) return undefined;
  let at = from + head[0].length;
  for (let n = 0; n < 3; n++) {
    const m = SECRET_VALUE.exec(text.slice(at, at + 72));
    if (!m) return undefined;
    const value = (m[1] as string).replace(/[.!?)]+$/, (tail) => (/[!?]/.test(tail) && tail.length === 1 ? tail : ''));
    const end = at + (m[0].length - (m[1] as string).length) + value.length;
    if (looksSecret(value, digitsOnly)) return { end };
    at = at + m[0].length;
    const sep = /^\s*\/\s*/.exec(text.slice(at, at + 8));
    if (!sep) return undefined;
    at += sep[0].length;
  }
  return undefined;
}

function looksSecret(value: string, digitsOnly: boolean): boolean {
  // An e-mail address or a link is the login, not the secret ("Acme@2027" is a password).
  if (/^https?:|@[^@]*\./.test(value)) return false;
  if (digitsOnly && /^\d{4,8}$/.test(value)) return true;
  if (value.length < 6) return false;
  const letters = /[A-Za-z]/.test(value);
  return letters && (/\d/.test(value) || /[!#$%^&*_+~]/.test(value));
}

function hostOf(href: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(href);
  return (m?.[1] ?? '').toLowerCase();
}
