/** Secrets and personal data: passwords, API keys, intranet links, personal e-mail, phone, card and ID numbers. */
import personalEmailDomainsFile from '../../data/confidential/personal-email-domains.json';
import photoSecretsFile from '../../data/confidential/photo-secrets.json';
import {
  findApiKeys,
  findCardNumbers,
  findIbans,
  findIdNumbersAfterCue,
  findPhoneNumbers,
  findSsns,
  findStreetAddresses,
} from '../../personal-data';
import type { Token } from '../../text/analyze';
import { TokenPhrases } from '../../token-phrases';
import type { Scan } from './scan';

const PERSONAL_MAIL = new Set(personalEmailDomainsFile.entries.map((e) => e.term));
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
/** Before a phone number: the company's published line, not a person's ("our press office at …"). */
const COMPANY_LINE =
  /\b(?:our|the)\s+(?:press|media|sales|support|service|main|front|reception|head|customer|booking|reservations?|help|office|clinic|store|shop)\b[^\n]{0,40}$|\b(?:call|contact|reach|text|phone)\s+us\b[^\n]{0,25}$|\b(?:hotline|helpline|switchboard|customer service|front desk)\b[^\n]{0,25}$/i;
/** Intranet, wiki and ticket hosts: "intranet.acme.com", "acme.atlassian.net", "jira.corp.acme.com", "go/launch". */
const INTERNAL_HOST =
  /^(?:(?:intranet|internal|wiki|confluence|jira|corp|sharepoint|vpn)\.|[^/]*\.(?:internal|corp|intranet|local|lan)$|[^/]*\.(?:atlassian\.net|sharepoint\.com)$)/;
/** Words that say the address is a person's home, not a venue: "home address", "lives at". */
const HOME_CUE = /\b(?:home address|(?:my|his|her|their) address|lives at|live at|living at|house is at|apartment)\b/i;
/** HOME_CUE matches ASCII only, which the normalised text keeps, lowercased: one plain pattern is cheaper. */
const HOME_CUE_PLAIN = /address|live at|lives at|living at|house is at|apartment/;

/** Codes that are digits only: "PIN 4512", "door code 7741#". */
const DIGIT_CODES = /^(?:pin|passcode|door|gate|alarm|entry|keypad)/;
/** A code straight after its name, with no "is" or ":" ("door code 7741#"). */
const DIRECT_CODE = /^\s*#?\s*(\d{4,8})#?(?!\d)/;
/** A login inside a link: "postgres://admin:Hunter2!@10.0.4.12". */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s:/@]+:[^\s@/]+@/gi;
/** People in someone's care, whose details are health data: "patient in bed 4 (Mrs. Alvarez, 82)". */
export const IN_CARE = new Set(['patient', 'resident']);
const HONORIFIC = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);
/** What must not be readable in a photo: "the admin password on the sticky note". */
const PHOTO_SECRETS = TokenPhrases.of(photoSecretsFile);
/** A passport number after its cue, a few words on: "passport number for the visa form is 533380006". */
const ID_VALUE = /^(?=[a-z]*\d)[a-z0-9]{6,9}$/;

/** "the wifi password is Roadrunner2026!", "login: demo@acme.com / Spring2026!" — not "never share your password". */
export function credentials(scan: Scan): void {
  const { original } = scan.ctx.text;
  for (const m of scan.ctx.matches('credentials')) {
    if (adviceBefore(scan, m.firstToken)) continue;
    const digitsOnly = DIGIT_CODES.test(m.entry.term);
    const direct = digitsOnly ? DIRECT_CODE.exec(original.slice(m.end, m.end + 12)) : null;
    const value = direct ? { end: m.end + direct[0].length } : secretAfter(original, m.end, digitsOnly);
    if (!value) continue;
    scan.addRange(
      'Contains a password or login — never post credentials; remove it and change the password.',
      m.start,
      value.end,
    );
  }
  if (loginInLinkPossible(original))
    for (const h of original.matchAll(URL_CREDENTIALS))
      scan.addRange(
        'Contains a login inside a link — never post credentials; remove it and change the password.',
        h.index,
        h.index + h[0].length,
      );
  photoSecrets(scan);
  for (const h of apiKeyPossible(original) ? findApiKeys(original) : []) {
    scan.addRange(
      'Contains what looks like an API key or access token — never post secrets; remove it and revoke the key.',
      h.start,
      h.end,
    );
  }
}

export function personalData(scan: Scan): void {
  const { original, entities } = scan.ctx.text;
  for (const e of entities) {
    if (e.type !== 'url' || !INTERNAL_HOST.test(hostOf(e.href))) continue;
    scan.addRange(
      `Links to an internal page (“${e.value}”) — intranet, wiki and ticket links must not be posted; remove it.`,
      e.start,
      e.end,
    );
  }
  for (const e of entities) {
    if (e.type !== 'email') continue;
    const domain = e.value.slice(e.value.lastIndexOf('@') + 1).toLowerCase();
    if (!PERSONAL_MAIL.has(domain) || scan.ctx.company.isCompanyHost(domain)) continue;
    scan.addRange(
      `Contains a personal e-mail address (“${e.value}”) — personal data must not be posted; remove it or use a company address.`,
      e.start,
      e.end,
    );
  }
  for (const h of ssnPossible(original) ? findSsns(original) : []) {
    scan.addRange('Contains what looks like a US Social Security number — never post it; remove it.', h.start, h.end);
  }
  const digits = digitChains(scan.tokens);
  for (const h of digits.card >= 13 ? findCardNumbers(original) : []) {
    const last4 = h.value.replace(/\D/g, '').slice(-4);
    scan.addRange(
      `Contains a payment card number (ending ${last4}) — never post card numbers; remove it.`,
      h.start,
      h.end,
    );
  }
  const home = HOME_CUE_PLAIN.test(scan.ctx.text.normalized.norm) ? HOME_CUE.exec(original) : null;
  if (home) {
    for (const h of findStreetAddresses(original.slice(home.index, home.index + 120))) {
      const start = home.index + h.start;
      scan.addRange(
        `Contains a home address (“${h.value}”) — personal data must not be posted; remove it.`,
        start,
        start + h.value.length,
      );
    }
  }
  const idNumbers = scan.ctx.matches('id-cues').length > 0 ? findIdNumbersAfterCue(original) : [];
  for (const h of idNumbers) {
    scan.addRange('Contains an identity number (SSN or passport) — never post it; remove it.', h.start, h.end);
  }
  patientDetails(scan);
  for (const m of scan.ctx.matches('id-cues')) {
    if (m.entry.term !== 'passport') continue;
    for (let k = m.lastToken + 1; k <= m.lastToken + 8 && scan.continues(k); k++) {
      if (!ID_VALUE.test(scan.tok(k))) continue;
      const [s, e] = scan.range(k, k);
      scan.addRange('Contains an identity number (SSN or passport) — never post it; remove it.', s, e);
      break;
    }
  }
  for (const h of ibanPossible(scan) ? findIbans(original) : []) {
    scan.addRange('Contains a bank account number (IBAN) — never post account details; remove it.', h.start, h.end);
  }
  for (const h of digits.phone >= 7 ? findPhoneNumbers(original) : []) {
    // "our press office at +1 415…", "call us on…": the company's published line.
    if (COMPANY_LINE.test(original.slice(Math.max(0, h.start - 60), h.start))) continue;
    scan.addRange(
      `Contains a phone number (“${h.value}”) — personal data must not be posted; remove it or point to a contact page.`,
      h.start,
      h.end,
    );
  }
}

// ——— helpers ———

/** "patient in bed 4 (Mrs. Alvarez, 82)": a person in care named, unless shared with consent. */
function patientDetails(scan: Scan): void {
  const inCare = scan.ctx.matches('in-care');
  if (inCare.length === 0 || scan.tokens.some((t) => t.text === 'consent' || t.text === 'permission')) return;
  let done = false;
  scan.near('in-care', 0, 0, 0, scan.tokens.length - 2, (i) => {
    if (done || !IN_CARE.has(scan.tok(i))) return;
    // "Mrs." ends in a full stop that reads as a sentence break, so only the honorific must be in the sentence.
    for (let k = i + 1; k <= i + 6 && scan.continues(k) && k + 1 < scan.tokens.length; k++) {
      if (!HONORIFIC.has(scan.tok(k)) || !scan.isCapitalizedWord(k + 1)) continue;
      const [s, e] = scan.range(i, k + 1);
      scan.addRange(
        `“${scan.ctx.text.original.slice(s, e)}” names someone in your care — their details are private; remove the name.`,
        s,
        e,
      );
      done = true;
      return;
    }
  });
}

/** "ignore the sticky note with the admin password", "the 2027 roadmap on the whiteboard behind us". */
function photoSecrets(scan: Scan): void {
  for (const m of scan.ctx.matches('photo-surfaces')) {
    let secret = -1;
    for (let k = m.firstToken - 1; k >= m.firstToken - 8 && k >= 0 && scan.continues(k + 1) && secret < 0; k--)
      if (PHOTO_SECRETS.has(scan.tokens, k)) secret = k;
    for (let k = m.lastToken + 1; k <= m.lastToken + 8 && scan.continues(k) && secret < 0; k++)
      if (PHOTO_SECRETS.has(scan.tokens, k)) secret = k;
    if (secret < 0 || adviceBefore(scan, secret)) continue;
    const last = Math.max(PHOTO_SECRETS.endAt(scan.tokens, secret), m.lastToken);
    const [s, e] = scan.range(Math.min(secret, m.firstToken), last);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” may show secrets in the picture — check the photo and crop or blur them.`,
      s,
      e,
    );
  }
}

/** Up to two words before a credential word give advice ("your password", "never share a password"). */
function adviceBefore(scan: Scan, first: number): boolean {
  for (let k = first - 1; k >= first - 2 && k >= 0 && scan.continues(k + 1); k--)
    if (CREDENTIAL_ADVICE.has(scan.tok(k))) return true;
  return false;
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

// ——— cheap necessary conditions, so the full patterns run only on posts that could match ———

/** URL_CREDENTIALS needs "://" followed, before any space or "/", by an "@". */
function loginInLinkPossible(text: string): boolean {
  for (let p = text.indexOf(':'); p >= 0; p = text.indexOf(':', p + 1)) {
    if (text[p + 1] !== '/' || text[p + 2] !== '/') continue;
    for (let q = p + 3; q < text.length; q++) {
      const c = text.charCodeAt(q);
      if (c === 64) return true;
      // "/" or an ASCII space ends the run; rarer spaces only make this say yes more often.
      if (c === 47 || c === 32 || (c >= 9 && c <= 13)) break;
    }
  }
  return false;
}

/**
 * findApiKeys needs one of its prefixes, each holding an "A", "-" or "_": found from those single
 * characters, since searching a long text for a multi-character string costs far more.
 */
function apiKeyPossible(text: string): boolean {
  for (let p = text.indexOf('A'); p >= 0; p = text.indexOf('A', p + 1))
    if (text.startsWith('AKIA', p) || text.startsWith('AIza', p)) return true;
  for (let p = text.indexOf('-'); p >= 0; p = text.indexOf('-', p + 1))
    if (
      (text[p - 2] === 's' && text[p - 1] === 'k') ||
      (text.startsWith('xox', p - 4) && 'abprs'.includes(text[p - 1] as string)) ||
      text.startsWith('glpat', p - 5)
    )
      return true;
  for (let p = text.indexOf('_'); p >= 0; p = text.indexOf('_', p + 1))
    if (
      (text[p - 1] === 'k' && text.startsWith('live_', p + 1)) ||
      (text[p - 3] === 'g' && text[p - 2] === 'h' && 'pousr'.includes(text[p - 1] as string))
    )
      return true;
  return false;
}

/** findSsns needs "ddd-dd-dddd": a digit on each side of a "-" with another "-" three on. */
function ssnPossible(text: string): boolean {
  for (let p = text.indexOf('-'); p >= 0; p = text.indexOf('-', p + 1))
    if (digitAt(text, p - 1) && digitAt(text, p + 1) && digitAt(text, p + 2) && text[p + 3] === '-') return true;
  return false;
}

/** An IBAN starts with two letters and two digits, so one word holds both ("gb33"). */
function ibanPossible(scan: Scan): boolean {
  for (const t of scan.tokens) if (t.mixed && IBAN_HEAD.test(t.text)) return true;
  return false;
}
const IBAN_HEAD = /[a-z]{2}\d{2}/;

/**
 * The most digits a phone number (up to two of " ().-" between digits) or a card number (one
 * " " or "-") could hold, from the words: every ASCII digit sits in a word with digits, and such
 * separators leave a gap of at most two or one characters between words. Word lengths over-count
 * ("4pm"), which only lets the full patterns run more often.
 */
function digitChains(tokens: readonly Token[]): { phone: number; card: number } {
  let phone = 0;
  let card = 0;
  let runPhone = 0;
  let runCard = 0;
  let prevEnd = Number.NEGATIVE_INFINITY;
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && !t.mixed) {
      prevEnd = Number.NEGATIVE_INFINITY;
      continue;
    }
    const gap = t.start - prevEnd;
    runPhone = gap <= 2 ? runPhone + t.text.length : t.text.length;
    runCard = gap <= 1 ? runCard + t.text.length : t.text.length;
    if (runPhone > phone) phone = runPhone;
    if (runCard > card) card = runCard;
    prevEnd = t.end;
  }
  return { phone, card };
}

function digitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}
