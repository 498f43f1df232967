/**
 * Confidential material: confidentiality markers, the policy's codenames and terms, unannounced
 * results, deals and layoffs, named customers, and personal data (phone numbers, personal
 * e-mail addresses, card numbers, US SSNs).
 *
 * Ordinary posts talk about confidentiality too ("applications are kept strictly confidential",
 * "confidential computing", "never share your password"), so markers are read with the words
 * around them, and forecasts need the company, a figure and a forward-looking word together.
 * The checks live in `./confidential/`; this file wires their word lists and order.
 */
import beatObjectsFile from '../data/confidential/beat-objects.json';
import companyMovesFile from '../data/confidential/company-moves.json';
import credentialsFile from '../data/confidential/credentials.json';
import customerCommsFile from '../data/confidential/customer-comms.json';
import customerListsFile from '../data/confidential/customer-lists.json';
import customerWinFile from '../data/confidential/customer-win.json';
import dealTalkFile from '../data/confidential/deal-talk.json';
import dealWordsFile from '../data/confidential/deal-words.json';
import doNotShareFile from '../data/confidential/do-not-share.json';
import financialsFile from '../data/confidential/financials.json';
import heldBackFile from '../data/confidential/held-back.json';
import hrFile from '../data/confidential/hr.json';
import incidentsFile from '../data/confidential/incidents.json';
import insideTeamsFile from '../data/confidential/inside-teams.json';
import leakCuesFile from '../data/confidential/leak-cues.json';
import markersFile from '../data/confidential/markers.json';
import overhearFile from '../data/confidential/overhear.json';
import photoSurfacesFile from '../data/confidential/photo-surfaces.json';
import profitabilityFile from '../data/confidential/profitability.json';
import relayLeadersFile from '../data/confidential/relay-leaders.json';
import { entriesOf } from '../data/lists';
import { termListSchema } from '../policy/fields';
import type { ListInput, TermEntry } from '../text/lexicon';
import {
  closedDeals,
  customers,
  customerWins,
  DEAL_NOUNS,
  EXAMPLES,
  namedDeals,
  SIGNED_NOUNS,
  servedCustomers,
  signedDeals,
} from './confidential/customers';
import {
  CLOSE_VERBS,
  CUT_UNITS,
  companyMoves,
  cutCounts,
  dealTalk,
  dealTiming,
  incidents,
  siteClosures,
} from './confidential/deals';
import {
  AHEAD,
  aheadOfResults,
  beatOrMiss,
  datedFigures,
  FIGURE_WORDS,
  forecasts,
  profitability,
  resultsVerdict,
  runway,
} from './confidential/figures';
import { hearsayFigures, heldBackResults, overheardAtWork, PRICED, priceTip } from './confidential/hints';
import { LEADER_POSSESSIVE, leaderDocuments, leakedDocuments, leaks } from './confidential/leaks';
import {
  announcedLater,
  CANNOT,
  doNotShare,
  hushed,
  markers,
  notYet,
  OFFICIAL,
  policyTerms,
} from './confidential/markers';
import { NOTICE_NOUNS, planBeforeNotice } from './confidential/notices';
import { credentials, IN_CARE, personalData } from './confidential/personal';
import { customerRecords, hrInvites, leaderWords } from './confidential/relays';
import { ANNOUNCING, type Options, PUBLISHED, Scan } from './confidential/scan';
import { RELEASE_NOUNS, resultsTeaser } from './confidential/teasers';
import { defineRule } from './types';

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
      { list: 'markers', entries: withoutApostrophes(entriesOf(markersFile)) },
      { list: 'do-not-share', entries: withoutApostrophes(entriesOf(doNotShareFile)) },
      { list: 'deal-talk', entries: withoutApostrophes(entriesOf(dealTalkFile)) },
      { list: 'deal-words', entries: entriesOf(dealWordsFile) },
      { list: 'financials', entries: entriesOf(financialsFile) },
      { list: 'beat-objects', entries: entriesOf(beatObjectsFile) },
      { list: 'customer-lists', entries: entriesOf(customerListsFile) },
      { list: 'leak-cues', entries: entriesOf(leakCuesFile) },
      { list: 'relay-leaders', entries: entriesOf(relayLeadersFile) },
      { list: 'customer-comms', entries: entriesOf(customerCommsFile) },
      { list: 'hr', entries: entriesOf(hrFile) },
      { list: 'inside-teams', entries: entriesOf(insideTeamsFile) },
      { list: 'overhear', entries: entriesOf(overhearFile) },
      { list: 'held-back', entries: withoutApostrophes(entriesOf(heldBackFile)) },
      { list: 'credentials', entries: entriesOf(credentialsFile) },
      { list: 'incidents', entries: entriesOf(incidentsFile) },
      { list: 'photo-surfaces', entries: entriesOf(photoSurfacesFile) },
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
          { term: 'inked', note: '"we inked a $6M renewal".' },
          { term: 'secured', note: '"secured Globex as a client", "we secured a $2M contract".' },
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
      ...cueLists(),
      { list: 'codenames', entries: options.codenames.map((term) => ({ term })) },
      // Plurals too: "board decks" for "board deck".
      { list: 'terms', entries: options.terms.map((term) => ({ term: term.endsWith('*') ? term : `${term}*` })) },
    ];
  },
  check(ctx) {
    const scan = new Scan(ctx);
    policyTerms(scan);
    markers(scan);
    leaks(scan);
    overheardAtWork(scan);
    leaderWords(scan);
    customerRecords(scan);
    hrInvites(scan);
    hearsayFigures(scan);
    priceTip(scan);
    leakedDocuments(scan);
    leaderDocuments(scan);
    doNotShare(scan);
    announcedLater(scan);
    planBeforeNotice(scan);
    notYet(scan);
    dealTalk(scan);
    companyMoves(scan);
    dealTiming(scan);
    cutCounts(scan);
    siteClosures(scan);
    incidents(scan);
    forecasts(scan);
    datedFigures(scan);
    beatOrMiss(scan);
    runway(scan);
    profitability(scan);
    aheadOfResults(scan);
    resultsVerdict(scan);
    resultsTeaser(scan);
    heldBackResults(scan);
    customerWins(scan);
    customers(scan);
    namedDeals(scan);
    servedCustomers(scan);
    signedDeals(scan);
    closedDeals(scan);
    hushed(scan);
    if (!ctx.inQuoted) {
      credentials(scan);
      personalData(scan);
    }
    return scan.findings;
  },
});

/**
 * Cue words for checks that used to scan every token: with the cue in the lexicon, a check runs
 * only at the words the one lexicon pass already found (`Scan.near`), and not at all on the
 * many posts without them. Built from the checks' own sets so the two cannot drift apart.
 */
function cueLists(): ListInput[] {
  const cues = (list: string, words: Iterable<string>, note: string): ListInput => ({
    list,
    entries: [...new Set(words)].map((term) => ({ term, note })),
  });
  return [
    cues('published', [...PUBLISHED, 'out'], 'The figures are out ("we reported", "results are out").'),
    cues('announcing', ANNOUNCING, 'The post reads as the official announcement.'),
    { list: 'company-moves', entries: entriesOf(companyMovesFile) },
    cues('cut-units', CUT_UNITS, 'Who is cut, after a count ("80 roles affected").'),
    cues('close-verbs', CLOSE_VERBS, 'Closing sites, before a count ("close 40 stores").'),
    cues('cannot', CANNOT, '"can\'t share details yet".'),
    cues('official', OFFICIAL, '"official announcement next month".'),
    cues('leader-possessive', LEADER_POSSESSIVE, '"quoting the CEO\'s email".'),
    cues('in-care', IN_CARE, 'A person in care named ("patient in bed 4 (Mrs. …)").'),
    cues('examples', EXAMPLES, 'Customers named as examples ("we serve …, including …").'),
    cues('deal-nouns', [...DEAL_NOUNS, ...SIGNED_NOUNS], 'A deal named with its value.'),
    { list: 'customer-win', entries: entriesOf(customerWinFile) },
    cues('ahead', AHEAD, '"ahead of our earnings".'),
    cues('figure-words', FIGURE_WORDS, 'A verdict on results ("good numbers").'),
    cues('release-nouns', RELEASE_NOUNS, 'Results still to come ("numbers drop on the 28th").'),
    cues('notice-nouns', NOTICE_NOUNS, 'A notice still to come ("official notice goes out next month").'),
    { list: 'profitability', entries: entriesOf(profitabilityFile) },
    cues('priced', PRICED, 'What is priced, before a rise with a date ("list prices go up 18% on March 1").'),
  ];
}

/**
 * Posts on X often drop apostrophes ("i probably shouldnt post this", "dont tell anyone"), so each
 * phrase with a contraction also matches without it. "it's", "we're" and "we'll" keep theirs:
 * "its", "were" and "well" are words of their own.
 */
function withoutApostrophes(entries: TermEntry[]): TermEntry[] {
  const terms = new Set(entries.map((e) => e.term));
  const extra: TermEntry[] = [];
  for (const e of entries) {
    if (!e.term.includes("'")) continue;
    const bare = e.term.replace(/\b(\w+)'(t|m|re|ve|ll|d|s)\b/g, (all, stem: string, tail: string) =>
      // "we'll" would become "well".
      (tail === 't' || tail === 'm' || tail === 've' || tail === 'll') && !(stem === 'we' && tail === 'll')
        ? stem + tail
        : all,
    );
    if (bare === e.term || terms.has(bare)) continue;
    terms.add(bare);
    extra.push({ ...e, term: bare });
  }
  return [...entries, ...extra];
}
