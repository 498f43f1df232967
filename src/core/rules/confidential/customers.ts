/** Named customers and deals: "our customers include…", "signed Globex as a customer", "a $4M deal with Globex". */
import customerWinFile from '../../data/confidential/customer-win.json';
import { TokenPhrases } from '../../token-phrases';
import { BE, type Scan } from './scan';

const CUSTOMER_WORDS = new Set(['customer', 'client', 'customers', 'clients']);
/** Before "customer list": advice about someone's list, not ours ("your customer list is your best reference"). */
const NOT_OUR_LIST = new Set(['your', 'a', 'their', 'build', 'building', 'grow', 'growing', 'his', 'her']);
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
/** A deal document or relationship: "a $9M agreement with Barclays", "the Woolworths deal is signed". */
export const DEAL_NOUNS = new Set([
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

/** The company serving someone: "we now serve 9 of the top 10 banks, including…". */
const SERVE = new Set(['serve', 'serves', 'power', 'powers', 'support', 'supports', 'count', 'protect', 'protects']);
/** Introduces examples: "…including JPMorgan, Citi and Wells Fargo". */
export const EXAMPLES = new Set(['including', 'incl', 'like', 'such']);
/** A deal the company signed, even unnamed: "we just signed a 3-year $18M contract". */
export const SIGNED_NOUNS = new Set(['contract', 'deal', 'agreement', 'renewal', 'order']);

/** "we now serve 9 of the top 10 US banks including JPMorgan, Citi and Wells Fargo". */
export function servedCustomers(scan: Scan): void {
  scan.near('examples', 0, 0, 2, scan.tokens.length - 2, (i) => {
    if (!EXAMPLES.has(scan.tok(i)) || !scan.continues(i)) return;
    let names = 0;
    let last = -1;
    for (let k = i + 1; k <= i + 8 && scan.continues(k); k++) {
      if (scan.tok(k) === 'as' || scan.tok(k) === 'and') continue;
      if (!scan.isCapitalizedWord(k) || scan.isCompanyRef(k)) break;
      names++;
      last = k;
    }
    if (names < 2) return;
    let serve = -1;
    for (let k = i - 1; k >= i - 10 && k >= 1 && scan.continues(k + 1) && serve < 0; k--) {
      if (!SERVE.has(scan.tok(k))) continue;
      for (let c = k - 1; c >= k - 2 && c >= 0 && scan.continues(c + 1); c--) if (scan.isCompanyRef(c)) serve = c;
    }
    if (serve < 0) return;
    const [s, e] = scan.range(serve, last);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” names customers — naming them needs their consent; remove the names.`,
      s,
      e,
    );
  });
}

/** "we just signed a 3-year $18M contract": the company's deal and its value, before any announcement. */
export function signedDeals(scan: Scan): void {
  if (scan.announcing || scan.published) return;
  for (const m of scan.ctx.matches('signed')) {
    let subject = m.firstToken - 1;
    if (scan.tok(subject) === 'just' || scan.tok(subject) === 'finally') subject--;
    if (subject < 0 || !scan.isCompanyRef(subject) || !scan.continues(subject + 1)) continue;
    for (let k = m.lastToken + 1; k <= m.lastToken + 6 && scan.continues(k); k++) {
      if (!SIGNED_NOUNS.has(scan.tok(k))) continue;
      if (!scan.moneyInSentence(subject, k)) break;
      const [s, e] = scan.range(subject, k);
      scan.addRange(
        `“${scan.ctx.text.original.slice(s, e)}” reveals an unannounced deal and its value — only announced deals may be posted; remove it.`,
        s,
        e,
      );
      break;
    }
  }
}

/** "Our biggest deal of the year just closed: a 5-year, $30M agreement": the company's own deal, done. */
export function closedDeals(scan: Scan): void {
  if (scan.ctx.matches('deal-nouns').length === 0 || scan.announcing || scan.published) return;
  scan.near('deal-nouns', 0, 0, 1, scan.tokens.length - 1, (i) => {
    if (!SIGNED_NOUNS.has(scan.tok(i))) return;
    let owner = -1;
    for (let k = i - 1; k >= i - 3 && k >= 0 && scan.continues(k + 1) && owner < 0; k--)
      if (scan.isCompanyRef(k)) owner = k;
    if (owner < 0) return;
    let done = -1;
    for (let k = i + 1; k <= i + 6 && scan.continues(k) && done < 0; k++) if (DEAL_DONE.has(scan.tok(k))) done = k;
    if (done < 0 || !scan.moneyInSentence(owner, done)) return;
    const [s, e] = scan.range(owner, done);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” reveals an unannounced deal and its value — only announced deals may be posted; remove it.`,
      s,
      e,
    );
  });
}

/** "our customers include Globex, Initech and Umbrella", "we just signed Globex as a customer". */
export function customers(scan: Scan): void {
  for (const m of scan.ctx.matches('customer-lists')) {
    let named = scan.capitalizedAfter(m.lastToken, 4);
    // "our customers include Fortune 500 companies" names nobody.
    if (named !== undefined && /^\d/.test(scan.tok(named + 1))) named = undefined;
    const isList = m.entry.term.endsWith(' list') && !NOT_OUR_LIST.has(scan.tok(m.firstToken - 1));
    if (!named && !isList) continue;
    const endTok = named ?? m.lastToken;
    const [s, e] = scan.range(m.firstToken, endTok);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” names customers — naming them needs their consent; remove the names.`,
      s,
      e,
    );
  }
  for (const m of scan.ctx.matches('signed')) {
    const named = scan.capitalizedAfter(m.lastToken, 3);
    if (named === undefined) continue;
    for (let k = named + 1; k <= named + 5 && scan.continues(k); k++) {
      if (scan.tok(k) !== 'as' && scan.tok(k) !== 'our') continue;
      for (let c = k + 1; c <= k + 3 && scan.continues(c); c++) {
        if (!CUSTOMER_WORDS.has(scan.tok(c))) continue;
        const [s, e] = scan.range(m.firstToken, c);
        scan.addRange(
          `“${scan.ctx.text.original.slice(s, e)}” names a customer — naming them needs their consent; remove the name.`,
          s,
          e,
        );
        return;
      }
    }
  }
  // "a 3-year deal with Globex worth $4M": a named customer and the money.
  for (const m of scan.ctx.matches('deal-with')) {
    const named = scan.capitalizedAfter(m.lastToken, 2);
    if (named === undefined || scan.isCompanyRef(named) || scan.announcing) continue;
    if (!scan.moneyInSentence(m.firstToken, named)) continue;
    const [s, e] = scan.range(m.firstToken, named);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” names a customer and the deal — naming them needs their consent; remove it.`,
      s,
      e,
    );
  }
}

/** "Bank of Contoso just chose Acme in a $12M deal": a named customer and the money, before any announcement. */
export function customerWins(scan: Scan): void {
  if (scan.ctx.matches('customer-win').length === 0 || scan.announcing || scan.published) return;
  scan.near('customer-win', 0, 0, 1, scan.tokens.length, (i) => {
    const end = CUSTOMER_WIN.endAt(scan.tokens, i);
    if (end < 0 || !scan.continues(i)) return;
    const us = end + 1;
    if (!scan.continues(us) || !scan.isCompanyRef(us) || !scan.moneyInSentence(i, us)) return;
    let name = -1;
    for (let k = i - 1; k >= i - 4 && k >= 0; k--) {
      if (scan.isCapitalizedWord(k) && !NOT_A_NAME.has(scan.tok(k)) && !scan.isCompanyRef(k)) name = k;
      if (!scan.continues(k)) break;
    }
    if (name < 0) return;
    const [s, e] = scan.range(name, us);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” names a customer and the deal — naming them needs their consent; remove it.`,
      s,
      e,
    );
  });
}

/**
 * "we closed a 5-year, $9M agreement with Barclays", "the Woolworths deal is signed, $4.5m":
 * a named customer and the money, before any announcement.
 */
export function namedDeals(scan: Scan): void {
  if (scan.ctx.matches('deal-nouns').length === 0 || scan.announcing || scan.published) return;
  scan.near('deal-nouns', 0, 0, 0, scan.tokens.length, (i) => {
    if (!DEAL_NOUNS.has(scan.tok(i))) return;
    let first = -1;
    let last = -1;
    if (DEAL_LINK.has(scan.tok(i + 1)) && scan.continues(i + 1)) {
      const named = scan.capitalizedAfter(i + 1, 2);
      if (named !== undefined && !scan.isCompanyRef(named) && !NOT_A_NAME.has(scan.tok(named)))
        [first, last] = [i, named];
    } else if (i >= 1 && scan.continues(i) && scan.isCapitalizedWord(i - 1) && !scan.isCompanyRef(i - 1)) {
      const opens = i - 1 === 0 || !scan.continues(i - 1);
      let k = i + 1;
      while (k <= i + 3 && scan.continues(k) && BE.has(scan.tok(k))) k++;
      if (!opens && !NOT_A_NAME.has(scan.tok(i - 1)) && scan.continues(k) && DEAL_DONE.has(scan.tok(k)))
        [first, last] = [i - 1, k];
    }
    if (first < 0 || !scan.moneyInSentence(first, last)) return;
    const [s, e] = scan.range(first, last);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” names a customer and the deal — naming them needs their consent; remove it.`,
      s,
      e,
    );
  });
}
