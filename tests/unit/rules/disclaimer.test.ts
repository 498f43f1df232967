import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Post } from '../../../src/core/types';

const ACME: Policy = {
  company: {
    names: ['Acme', 'Acme Corp'],
    tickers: ['ACME'],
    domains: ['acme.com'],
    products: ['Roadrunner'],
    accounts: ['@AcmeCorp'],
  },
};
const PERSONAL = { handle: '@jane' };

function findings(post: Post, policy: Policy = ACME) {
  return checkPost(post, resolvePolicy([{ source: 'file', policy }]).policy).filter((f) => f.rule === 'disclaimer');
}

/** [text, the company mention the finding points at] */
const MUST_FIRE: [string, string][] = [
  ["Just tried Acme's new Roadrunner — best tool on the market, go get it!", 'Acme'],
  ['Acme is hiring! Apply at acme.com/careers', 'Acme'],
  ['Huge congrats to Acme on the Series C.', 'Acme'],
  ['Check out the new Roadrunner release: https://acme.com/roadrunner', 'Roadrunner'],
  ['If you evaluate route planners, try Roadrunner. It saved our dispatch team hours a week.', 'Roadrunner'],
  ['My favourite feature in Roadrunner nobody talks about: lineage graphs.', 'Roadrunner'],
  ['Five stars for Acme Corp on G2 from me.', 'Acme Corp'],
  ['$ACME is the best company in logistics, period.', '$ACME'],
  ['Everyone should follow @AcmeCorp for logistics tips.', '@AcmeCorp'],
  // A disclosure's words inside a user's idiom ("my job", "my company", "role") disclose nothing.
  ['Roadrunner makes my job so much easier. Route planning used to take me two hours.', 'Roadrunner'],
  ["We use Acme Cloud at my company and honestly it's the most reliable tool in our stack.", 'Acme'],
  ["Acme's new role-based access controls are exactly what our security team asked for.", 'Acme'],
];

const MUST_NOT_FIRE: string[] = [
  'Proud of my team at Acme for shipping Roadrunner 2.0 (I work here)',
  'We just launched Roadrunner 2.0 at Acme!',
  "I'm the CTO of Acme and here is what we learned.",
  "Acme's new dashboard is great. Opinions are my own.",
  "Thrilled to share that I'm starting a new position as Senior PM at Acme!",
  'Celebrating 5 years at Acme today.',
  '#AcmeLife Hackathon day!',
  "Join our team at Acme — we're hiring engineers.",
  'Loving the new Roadrunner update. #employee',
  'Working at Acme means I get to solve real problems.',
  "I'll be at the Acme booth at Web Summit all week (I work on the product team).",
  "I'm moving to Singapore to help open our APAC office at Acme.",
  "Excited to announce I've been promoted to Engineering Manager at Acme.",
  'Great panel on AI governance today.',
  'The roadrunner is a fast bird.',
  'Hit the target, ship the thing.',
  '',
];

describe('disclaimer', () => {
  it.each(MUST_FIRE)('fires on %j', (text, mention) => {
    const found = findings({ text, account: PERSONAL });
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(text.slice(f?.start, f?.end)).toBe(mention);
    expect(f?.severity).toBe('warn');
    expect(f?.suggestion).toBe(' (I work at Acme; opinions are my own)');
    expect(f?.message).toBe(
      `Mentions ${mention} from a personal account without saying you work there — add a disclosure such as “I work at Acme; opinions are my own”.`,
    );
  });

  it.each(MUST_NOT_FIRE)('stays quiet on %j', (text) => {
    expect(findings({ text, account: PERSONAL })).toEqual([]);
  });

  it('points at the first mention with exact offsets', () => {
    const [f] = findings({ text: 'Go try Roadrunner from Acme' });
    expect([f?.start, f?.end]).toEqual([7, 17]);
  });

  it('treats a post with no account as personal', () => {
    expect(findings({ text: 'Acme rocks' })).toHaveLength(1);
  });

  it('stays quiet on the company’s own accounts', () => {
    expect(findings({ text: 'Acme rocks', account: { handle: '@AcmeCorp' } })).toEqual([]);
  });

  it('does nothing when the policy names no company', () => {
    expect(findings({ text: 'Acme rocks' }, {})).toEqual([]);
  });

  it('accepts the policy’s own disclosure phrases', () => {
    const policy: Policy = { ...ACME, rules: { disclaimer: { phrases: ['#acmepartner'] } } };
    expect(findings({ text: 'Acme rocks #AcmePartner' }, policy)).toEqual([]);
    expect(findings({ text: 'Acme rocks' }, policy)).toHaveLength(1);
  });

  describe('quotes', () => {
    const quoted = { text: 'Acme launches Roadrunner 3 today', author: '@AcmeCorp' };
    it('fires when the author adds words of their own without a disclosure', () => {
      const [f] = findings({ text: 'This is huge, go try it', surface: 'quote', quoted });
      expect(f?.inQuoted).toBe(true);
      expect(f?.suggestion).toBe(' (I work at Acme; opinions are my own)');
    });
    it('stays quiet on a plain repost and on a disclosed quote', () => {
      expect(findings({ text: '', surface: 'repost', quoted })).toEqual([]);
      expect(findings({ text: 'Proud of what we shipped (I work here)', surface: 'quote', quoted })).toEqual([]);
    });
  });

  describe('word order around the name', () => {
    /** Employees placing themselves at the company, in words no single phrase list covers. */
    const INSIDE: string[] = [
      "Excited to share that I've accepted an offer from Acme!",
      'Leaving Acme after 9 great years. Thank you all.',
      "After 4 amazing years, I'm moving on from Acme.",
      'Since joining Acme in 2022 I have shipped three launches.',
      'Acme alum here, so happy to see this launch.',
      '8 years with Acme this week.',
      'Heading to ProMat with my Acme colleagues, come say hi!',
      'Onboarding our newest Acme team members today 👋',
      'At Acme, we believe every delivery should be traceable.',
      'Thrilled to welcome 40 new graduates to Acme this week!',
      'Proud of our Sustainability Council at Acme for cutting waste by 40%.',
      'Our Women in Engineering group at Acme hosted 60 students today.',
      "I'm an Acme engineer and yes, we read every bug report.",
      'As a proud Acme product manager I talk to customers daily.',
      "We're a small team at Acme building the future of fleet routing.",
      'Just wrapped my first quarter on the Roadrunner team.',
      'Retiring after 31 years, the last 12 at Acme.',
      'Back at Acme HQ after two weeks of customer visits.',
      "It's been a privilege to lead the Roadrunner product team for three years.",
      'Thrilled to have joined the Acme data team this month!',
    ];
    /** Outsiders: the same words, but a customer, a fan, a visitor or an event. */
    const OUTSIDE: [string, string][] = [
      ['As a happy customer of Acme for five years, I recommend them.', 'Acme'],
      ["I'm a big fan of Roadrunner, it made audits painless.", 'Roadrunner'],
      ['As an Acme customer I was impressed by the new reporting.', 'Acme'],
      ["I'll be at the Acme booth at ProMat on Tuesday, come find me!", 'Acme'],
      ["I'm speaking at Acme Summit next week. See you there!", 'Acme'],
      ['Seriously impressed by the team at Acme. Fast and thoughtful.', 'Acme'],
      ['My friends at Acme just shipped offline mode.', 'Acme'],
      ['Welcome news: Acme cut its prices.', 'Acme'],
      ['Lunch with the Acme team today, great people!', 'Acme'],
      ['Congrats to the Acme team on the launch.', 'Acme'],
    ];
    it.each(INSIDE)('reads %j as a disclosure', (text) => {
      expect(findings({ text, account: PERSONAL })).toEqual([]);
    });
    it.each(OUTSIDE)('still fires on %j', (text, mention) => {
      const [f] = findings({ text, account: PERSONAL });
      expect(f && text.slice(f.start, f.end)).toBe(mention);
    });
  });

  describe('names in other forms', () => {
    it('finds the company inside a CamelCase hashtag, pointing at the tag', () => {
      const text = "Can't wait for #AcmeSummit next week!";
      const [f] = findings({ text, account: PERSONAL });
      expect(f && [f.start, f.end]).toEqual([15, 26]);
      expect(findings({ text: 'Great week at #RoadrunnerDays', account: PERSONAL })).toHaveLength(1);
    });
    it('leaves lowercase tags and tags that only contain the letters alone', () => {
      expect(findings({ text: 'Loved #acmesummit', account: PERSONAL })).toEqual([]);
      expect(findings({ text: 'New record #AcmeOfPerfection', account: PERSONAL })).toHaveLength(1);
      expect(findings({ text: 'On top of #AcmeticsWorld', account: PERSONAL })).toEqual([]);
    });
    it('reads a several-word product in lower case, but not a one-word name', () => {
      const policy: Policy = { ...ACME, company: { ...ACME.company, products: ['Acme Cloud', 'Roadrunner'] } };
      expect(findings({ text: 'acme cloud just saved my weekend', account: PERSONAL }, policy)).toHaveLength(1);
      expect(findings({ text: 'Reached the acme of my career', account: PERSONAL }, policy)).toEqual([]);
    });
  });
});
