/**
 * Talking about the employer without saying so: from a personal account, a post that mentions
 * the company (its names, products, tickers, domains or accounts) must disclose the relationship
 * in the post itself — endorsement rules (FTC 16 CFR 255) treat an undisclosed employee's praise
 * as deceptive. Speaking as the company ("we launched", "our customers", "join our team") is
 * itself a disclosure, so ordinary launch and hiring posts stay quiet.
 */
import type { CompanyMention } from '../company';
import afterCompanyFile from '../data/disclaimer/after-company.json';
import beforeCompanyFile from '../data/disclaimer/before-company.json';
import disclosuresFile from '../data/disclaimer/disclosures.json';
import notDisclosuresFile from '../data/disclaimer/not-disclosures.json';
import { entriesOf } from '../data/lists';
import { termListSchema } from '../policy/fields';
import type { ResolvedPolicy } from '../policy/types';
import { analyzeText } from '../text/analyze';
import { compileLexicon, type Lexicon, type LexiconMatch, type ListInput, matchLexicon } from '../text/lexicon';
import { hashtagMention, tagNames } from './disclaimer/hashtags';
import { speaksAsOwner, speaksFromInside } from './disclaimer/inside';
import { defineRule, type RuleContext } from './types';

interface Options {
  /** Extra disclosure phrases in lexicon syntax ("#acmepartner", "i consult for acme"). */
  phrases: string[];
}

/** Company hashtags that say "I work here": #AcmeLife, #LifeAtAcme, #TeamAcme … */
const HASHTAG_FORMS = [
  (n: string) => `${n}life`,
  (n: string) => `lifeat${n}`,
  (n: string) => `team${n}`,
  (n: string) => `${n}team`,
  (n: string) => `${n}employee`,
  (n: string) => `${n}proud`,
  (n: string) => `${n}family`,
  (n: string) => `proud${n}`,
  (n: string) => `weare${n}`,
];

function disclosureLists(options: Options, policy: ResolvedPolicy): ListInput[] {
  const companyWords = [...policy.company.names, ...policy.company.products]
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  const generated = new Set<string>();
  for (const name of policy.company.names) {
    const word = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (!word) continue;
    for (const form of HASHTAG_FORMS) generated.add(`#${form(word)}`);
    const plain = name.trim().toLowerCase();
    generated.add(`${plain} employee*`);
    generated.add(`ex ${plain}`);
    generated.add(`former ${plain}`);
    // "joined Acme", "leaving Acme", "my Acme colleagues": the company as the author's workplace.
    for (const e of beforeCompanyFile.entries) generated.add(`${e.term} ${plain}`);
    for (const e of afterCompanyFile.entries) generated.add(`${plain} ${e.term}`);
  }
  const possessives = companyWords.map((w) => ({ term: `${w}'s` }));
  return [
    { list: 'disclosures', entries: entriesOf(disclosuresFile) },
    { list: 'not-disclosures', entries: entriesOf(notDisclosuresFile) },
    { list: 'company-disclosures', entries: [...generated].map((term) => ({ term })) },
    { list: 'custom', entries: options.phrases.map((term) => ({ term })) },
    // The tokenizer keeps "Acme's" as one word, which the company's own name list does not match.
    { list: 'possessives', entries: possessives },
  ];
}

const hasCompany = (p: ResolvedPolicy) =>
  p.company.names.length + p.company.products.length + p.company.tickers.length + p.company.domains.length > 0;

export default defineRule<Options>({
  id: 'disclaimer',
  meta: {
    title: 'Undisclosed employer',
    description:
      'From a personal account, flags a post that mentions the company without saying you work there, and suggests the disclosure to add.',
    checksQuoted: true,
  },
  defaults: { severity: 'warn', phrases: [] },
  options: { phrases: termListSchema() },
  lists: disclosureLists,
  check(ctx) {
    const { post, policy, company } = ctx;
    if (!hasCompany(policy) || company.isCompanyAccount(post.account?.handle)) return [];
    const name = company.name ?? policy.company.products[0];
    const disclosure = name ? `I work at ${name}; opinions are my own` : 'I work here; opinions are my own';
    if (ctx.inQuoted) return checkQuote(ctx, name, disclosure);
    const mention = firstMention(ctx);
    if (!mention || discloses(ctx)) return [];
    return [
      {
        message: `Mentions ${mention.value} from a personal account without saying you work there — add a disclosure such as “${disclosure}”.`,
        start: mention.start,
        end: mention.end,
        suggestion: ` (${disclosure})`,
      },
    ];
  },
});

/** The first mention of the company that a reader would take as the company. */
function firstMention(ctx: RuleContext<Options>): CompanyMention | undefined {
  const { text, policy } = ctx;
  const mentions: CompanyMention[] = [...ctx.company.mentions];
  for (const m of ctx.matches('possessives')) {
    // Point at "Acme" in "Acme's".
    const end = m.end - 2;
    mentions.push({ kind: 'name', start: m.start, end, value: text.original.slice(m.start, end) });
  }
  const inTag =
    hashtagMention(text, tagNames(policy.company.names), 'name') ??
    hashtagMention(text, tagNames(policy.company.products), 'product');
  if (inTag) mentions.push(inTag);
  // One-word names only: "acme cloud" in lower case is still the product, "target" is a word.
  const capitalised = new Set(
    [...policy.company.names, ...policy.company.products]
      .filter((n) => n !== n.toLowerCase() && !/\s/.test(n.trim()))
      .map((n) => n.toLowerCase()),
  );
  let first: CompanyMention | undefined;
  for (const m of mentions) {
    // The earliest mention, and the longest of those starting there ("Acme Corp" over "Acme").
    if (first && (m.start > first.start || (m.start === first.start && m.end <= first.end))) continue;
    // "target", "slack", "notion" in lower case are words; the company is written with a capital
    // (hashtags and handles excepted: "#acme", "@acme").
    const before = text.original[m.start - 1];
    const lowered = m.value.toLowerCase();
    if (
      (m.kind === 'name' || m.kind === 'product') &&
      m.value === m.value.toLowerCase() &&
      capitalised.has(lowered) &&
      before !== '#' &&
      before !== '@'
    )
      continue;
    first = m;
  }
  return first;
}

/** Whether a match shares a word with any of `others`. */
function overlapsAny(m: LexiconMatch, covered: ReadonlySet<number>): boolean {
  for (let t = m.firstToken; t <= m.lastToken; t++) if (covered.has(t)) return true;
  return false;
}

/**
 * The tokens inside users' idioms ("makes my job easier"), where disclosure words do not count.
 * `idioms` are matches of the not-disclosures list only (the engine names lists per rule, so
 * their `list` is not compared here).
 */
function idiomTokens(idioms: readonly LexiconMatch[]): Set<number> {
  const covered = new Set<number>();
  for (const m of idioms) for (let t = m.firstToken; t <= m.lastToken; t++) covered.add(t);
  return covered;
}

function discloses(ctx: RuleContext<Options>): boolean {
  if (ctx.matches('company-disclosures').length > 0 || ctx.matches('custom').length > 0) return true;
  // "makes my job easier", "role-based access": a disclosure's words inside a user's idiom.
  const idioms = idiomTokens(ctx.matches('not-disclosures'));
  if (ctx.matches('disclosures').some((m) => !overlapsAny(m, idioms))) return true;
  return speaksAsOwner(ctx.text.tokens, idioms) || speaksFromInside(ctx.text, ctx.company.mentions);
}

/** Disclosure lexicons for the author's own text when the rule runs over a quoted post. */
const quoteLexicons = new WeakMap<ResolvedPolicy, Lexicon>();

/**
 * Quoting a post about the company with words of your own ("This is huge — go try it") is an
 * endorsement too. A plain repost adds no words, and when the author's own text names the
 * company the main pass already speaks, so only a quote with words and no disclosure fires.
 */
function checkQuote(ctx: RuleContext<Options>, name: string | undefined, disclosure: string) {
  const { post } = ctx;
  if (post.surface !== 'quote' || !firstMention(ctx)) return [];
  const own = analyzeText(post.text);
  if (own.tokens.length < 3) return [];
  let lex = quoteLexicons.get(ctx.policy);
  if (!lex) {
    lex = compileLexicon(disclosureLists(ctx.options, ctx.policy).filter((l) => l.list !== 'possessives'));
    quoteLexicons.set(ctx.policy, lex);
  }
  const found = matchLexicon(lex, own);
  const idioms = idiomTokens(found.filter((m) => m.list === 'not-disclosures'));
  if (found.some((m) => m.list !== 'not-disclosures' && !overlapsAny(m, idioms)) || speaksAsOwner(own.tokens, idioms))
    return [];
  const names = [...ctx.policy.company.names, ...ctx.policy.company.products].map((n) => n.toLowerCase());
  const ownWords = new Set(own.tokens.map((t) => t.text.replace(/'s$/, '')));
  if (names.some((n) => ownWords.has(n))) return [];
  const who = name ?? 'the company';
  return [
    {
      message: `Quotes a post about ${who} from a personal account without saying you work there — add a disclosure such as “${disclosure}”.`,
      suggestion: ` (${disclosure})`,
    },
  ];
}
