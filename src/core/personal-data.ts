/**
 * Personal data written into a post: phone numbers, payment card numbers and US Social Security
 * numbers, found in the original text with offsets. Pure and linear: every pattern is anchored on
 * a digit or "+", its repetitions are bounded, and candidates are then validated in code
 * (digit counts, card prefixes and the Luhn checksum, SSN ranges) so that years, dates, prices,
 * version numbers and order numbers are not taken for personal data.
 */

export interface PersonalDataHit {
  kind: 'phone' | 'card' | 'ssn' | 'address' | 'iban' | 'secret' | 'id';
  start: number;
  end: number;
  value: string;
}

/**
 * "+44 20 7946 0958", "+1 (415) 555-0199", "+4930123456789". Every group after the first needs a
 * separator, so a long digit run cannot be split many ways (no backtracking blow-up).
 */
const INTERNATIONAL_PHONE =
  /(?<![\p{L}\p{N}+])\+(?:\d{8,15}|\d{1,3}(?:[ .-]?\(\d{1,5}\))?(?:[ .-]\d{1,8}){1,5})(?![\p{L}\p{N}]|[.-]\d)/gu;
/** "(415) 555-0199", "415-555-0199", "415.555.0199", "1-415-555-0199". */
const NORTH_AMERICAN_PHONE =
  /(?<![\p{L}\p{N}$#@/+.-])(?:1[ .-])?(?:\(\d{3}\)[ .-]?|\d{3}[.-])\d{3}[.-]\d{4}(?![\p{L}\p{N}]|[.-]\d)/gu;
/** Any digit run after a word that says it is a phone number: "call me on 07700 900123". */
const PHONE_AFTER_CUE =
  /(?:\b(?:call|phone|tel|telephone|mobile|cell|whatsapp|sms|text me|mob|ph|ring me|reach me|message me|msg me|hmu|hit me up|viber|signal|telegram|(?:my|his|her)(?: new| personal| private| direct| work| home)? (?:number|no\.?|digits))\b[^\p{N}\n]{0,20}|[📞☎📱]\uFE0F?\s{0,3})(\+?\d[\d ().-]{5,20}\d)/giu;
/** Mobile numbers written the local way, distinctive by prefix: UK "07700 900123", Australia "0412 345 678". */
const LOCAL_MOBILE = /(?<![\p{L}\p{N}.,/-])0(?:7\d{3} ?\d{3} ?\d{3}|4\d{2} ?\d{3} ?\d{3})(?![\p{L}\p{N}]|[.,-]\d)/gu;
/** 13–19 digits, optionally in groups separated by single spaces or dashes. */
const CARD = /(?<![\p{N}.,/-])\d(?:[ -]?\d){12,18}(?![\p{N}]|[.,]\d)/gu;
const SSN = /(?<![p{N}-])(\d{3})-(\d{2})-(\d{4})(?![p{N}-])/g;

/** Toll-free codes: a company's published support line, not a person's number. */
const TOLL_FREE = new Set(['800', '888', '877', '866', '855', '844', '833']);

const digitsOf = (s: string) => s.replace(/\D/g, '');

/**
 * Seven digits with at most two separators between neighbours: every phone pattern below needs
 * at least that. A plain (non-Unicode) regex, so most posts are ruled out in one cheap scan.
 */
const SEVEN_DIGITS = /\d(?:[ ().-]{0,2}\d){6}/;

export function findPhoneNumbers(text: string): PersonalDataHit[] {
  if (!SEVEN_DIGITS.test(text)) return [];
  const hits: PersonalDataHit[] = [];
  const push = (start: number, value: string) => hits.push({ kind: 'phone', start, end: start + value.length, value });
  if (text.includes('+')) {
    for (const m of text.matchAll(INTERNATIONAL_PHONE)) {
      const n = digitsOf(m[0]).length;
      // E.164 numbers have at most 15 digits; fewer than 8 is a price or a score ("+1 2").
      if (n >= 8 && n <= 15) push(m.index, m[0]);
    }
  }
  for (const m of text.matchAll(NORTH_AMERICAN_PHONE)) {
    const digits = digitsOf(m[0]);
    const area = digits.length === 11 ? digits.slice(1, 4) : digits.slice(0, 3);
    if (TOLL_FREE.has(area) || area[0] === '0' || area[0] === '1') continue;
    push(m.index, m[0]);
  }
  for (const m of text.matchAll(LOCAL_MOBILE)) push(m.index, m[0]);
  for (const m of text.matchAll(PHONE_AFTER_CUE)) {
    const value = (m[1] as string).trim();
    const digits = digitsOf(value);
    if (digits.length < 7 || digits.length > 15) continue;
    const area = digits.length === 11 && digits[0] === '1' ? digits.slice(1, 4) : digits.slice(0, 3);
    if (TOLL_FREE.has(area)) continue;
    const start = m.index + m[0].length - (m[1] as string).length;
    push(start, value);
  }
  return withoutOverlaps(hits);
}

/** The patterns overlap ("+1 (415) 555-0199" also holds "(415) 555-0199"): keep the longest. */
function withoutOverlaps(hits: PersonalDataHit[]): PersonalDataHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalDataHit[] = [];
  let reach = -1;
  for (const h of hits) {
    if (h.start < reach) continue;
    kept.push(h);
    reach = h.end;
  }
  return kept;
}

/** Luhn checksum, as every payment card number satisfies. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Issuer prefixes: Visa 4, Mastercard 51–55 and 22–27, Amex 34/37, Diners 30/36/38, JCB 35, Discover/UnionPay 6. */
const CARD_PREFIX = /^(?:4|5[1-5]|2[2-7]|3[0456789]|6)/;

/** Groups as cards are printed: 4-4-4-4(-3), 4-4-4-1..4, Amex 4-6-5, Diners 4-6-4, or none. */
function cardGrouping(raw: string): boolean {
  const groups = raw.split(/[ -]/);
  if (groups.length === 1) return true;
  const lens = groups.map((g) => g.length);
  if (lens.join() === '4,6,5' || lens.join() === '4,6,4') return true;
  const last = lens.at(-1) as number;
  return lens.slice(0, -1).every((l) => l === 4) && last >= 1 && last <= 4;
}

/** Thirteen digits, single spaces or dashes between: the shortest card number (a cheap scan). */
const THIRTEEN_DIGITS = /\d(?:[ -]?\d){12}/;

export function findCardNumbers(text: string): PersonalDataHit[] {
  if (!THIRTEEN_DIGITS.test(text)) return [];
  const hits: PersonalDataHit[] = [];
  for (const m of text.matchAll(CARD)) {
    const digits = digitsOf(m[0]);
    if (digits.length < 13 || digits.length > 19 || !CARD_PREFIX.test(digits)) continue;
    if (/^(\d)\1+$/.test(digits) || !cardGrouping(m[0]) || !passesLuhn(digits)) continue;
    hits.push({ kind: 'card', start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return hits;
}

/** US SSN "123-45-6789": never area 000, 666 or 9xx, group 00 or serial 0000. */
export function findSsns(text: string): PersonalDataHit[] {
  if (!text.includes('-')) return [];
  const hits: PersonalDataHit[] = [];
  for (const m of text.matchAll(SSN)) {
    const [, area, group, serial] = m as unknown as [string, string, string, string];
    if (area === '000' || area === '666' || area[0] === '9' || group === '00' || serial === '0000') continue;
    hits.push({ kind: 'ssn', start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return hits;
}

/** "42 Willow Lane", "1600 Pennsylvania Avenue NW": a number, capitalised words, a street type. */
const STREET =
  /\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\p{L}'-]*\s+){1,3}(?:Street|St|Lane|Ln|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Square|Sq)\b\.?/gu;

/** Street addresses; the caller decides whether the text says it is someone's home. */
export function findStreetAddresses(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const m of text.matchAll(STREET)) {
    hits.push({ kind: 'address', start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return hits;
}

/**
 * IBANs ("GB33 BUKB 2020 1555 5555 55"): two letters, two check digits, then 11–30 letters and
 * digits, optionally in groups of four; kept only when the ISO 13616 mod-97 check passes.
 */
const IBAN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;

export function findIbans(text: string): PersonalDataHit[] {
  if (!/[A-Z]{2}\d{2}/.test(text)) return [];
  const hits: PersonalDataHit[] = [];
  for (const m of text.matchAll(IBAN)) {
    const compact = m[0].replace(/ /g, '');
    if (compact.length < 15 || compact.length > 34 || !/\d{4}/.test(compact) || !ibanChecks(compact)) continue;
    hits.push({ kind: 'iban', start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return hits;
}

/** ISO 13616: move the first four characters to the end, letters to 10–35, the number mod 97 is 1. */
function ibanChecks(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const c = ch.charCodeAt(0);
    const value = c >= 65 ? c - 55 : c - 48;
    rest = (value >= 10 ? rest * 100 + value : rest * 10 + value) % 97;
  }
  return rest === 1;
}

/**
 * Access keys with a recognisable prefix: AWS ("AKIA…"), Stripe ("sk_live_…"), OpenAI ("sk-…"),
 * GitHub ("ghp_…"), Slack ("xoxb-…"), Google ("AIza…"), GitLab ("glpat-…").
 */
const API_KEY =
  /(?<![A-Za-z0-9])(?:AKIA[0-9A-Z]{16}|[sr]k_live_[0-9A-Za-z]{16,}|sk-(?:proj-)?[A-Za-z0-9_-]{32,}|gh[pousr]_[A-Za-z0-9]{36,}|xox[abprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35}|glpat-[0-9A-Za-z_-]{20,})(?![A-Za-z0-9])/g;
const API_KEY_PREFIX = /AKIA|k_live_|sk-|gh[pousr]_|xox[abprs]-|AIza|glpat-/;

export function findApiKeys(text: string): PersonalDataHit[] {
  if (!API_KEY_PREFIX.test(text)) return [];
  return [...text.matchAll(API_KEY)].map((m) => ({
    kind: 'secret' as const,
    start: m.index,
    end: m.index + m[0].length,
    value: m[0],
  }));
}

/** After a word that names it: "SSN 123 45 6789", "social security number: 123456789". */
const SSN_AFTER_CUE = /\b(?:ssn|social security(?: number| no\.?)?)\b[^\d\n]{0,30}(\d{3}[ -]?\d{2}[ -]?\d{4})(?!\d)/gi;
/** "passport number X1234567", "passport no. 123456789". */
const PASSPORT_AFTER_CUE = /\bpassport(?: number| no\.?| #)?(?: is)?[\s:#]{1,3}([A-Z0-9]{6,9})\b/gi;

/** Identity numbers introduced by their name (SSNs without dashes, passport numbers). */
export function findIdNumbersAfterCue(text: string): PersonalDataHit[] {
  if (!/ssn|social security|passport/i.test(text)) return [];
  const hits: PersonalDataHit[] = [];
  for (const re of [SSN_AFTER_CUE, PASSPORT_AFTER_CUE]) {
    for (const m of text.matchAll(re)) {
      const value = m[1] as string;
      if (!/\d/.test(value)) continue;
      const start = m.index + m[0].length - value.length;
      hits.push({ kind: re === SSN_AFTER_CUE ? 'ssn' : 'id', start, end: start + value.length, value });
    }
  }
  return hits;
}
