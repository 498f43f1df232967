import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { classifyLink, compileLinkTrust } from '../../../src/core/links/classify';
import { BUILTIN_LINK_DATA } from '../../../src/core/links/defaults';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Post } from '../../../src/core/types';

const ACME: Policy = {
  company: { names: ['Acme'], domains: ['acme.com', 'acme.io'], accounts: ['@AcmeCorp'] },
};

function riskyLinks(text: string, policy: Policy = ACME, post: Partial<Post> = {}) {
  const resolved = resolvePolicy([{ source: 'file', policy }]).policy;
  return checkPost({ text, ...post }, resolved).filter((f) => f.rule === 'risky-link');
}

/** [post, the offending text, a phrase the message must contain] */
const MUST_FIRE: [string, string, string][] = [
  ['Read more: bit.ly/3xYz', 'bit.ly/3xYz', 'bit.ly/3xYz hides where it leads — share the full link'],
  ['Full story → https://lnkd.in/eXyZ12Ab', 'https://lnkd.in/eXyZ12Ab', 'lnkd.in/eXyZ12Ab hides where it leads'],
  ['via t.co/AbC123 (h/t the team)', 't.co/AbC123', 'hides where it leads'],
  ['Register here: https://tinyurl.com/acme-summit', 'https://tinyurl.com/acme-summit', 'hides where it leads'],
  ['Slides: ow.ly/Xy9z50R and buff.ly/3abc', 'ow.ly/Xy9z50R', 'hides where it leads'],
  ['Survey https://forms.gle/x https://rb.gy/a1b2c3', 'https://rb.gy/a1b2c3', 'hides where it leads'],
  ['Claim it at http://203.0.113.7/login', 'http://203.0.113.7/login', 'bare IP address (203.0.113.7)'],
  ['Mirror: https://[2001:db8::7]/files', 'https://[2001:db8::7]/files', 'bare IP address ([2001:db8::7])'],
  ['Try 198.51.100.20:8080/demo today', '198.51.100.20:8080/demo', 'bare IP address'],
  ['Verify your account at pаypal.com/verify', 'pаypal.com/verify', 'imitates paypal.com'],
  ['Update at https://xn--pypal-4ve.com/a', 'https://xn--pypal-4ve.com/a', 'reads as “pаypal.com”'],
  ['Login: https://PaypaI.com/signin', 'https://PaypaI.com/signin', 'imitates paypal.com'],
  ['Free credits at rnicrosoft.com/offer', 'rnicrosoft.com/offer', 'imitates microsoft.com'],
  ['Visit g00gle.com for more', 'g00gle.com', 'imitates google.com'],
  ['Connect with me on linkedln.com/in/ana', 'linkedln.com/in/ana', 'imitates linkedin.com'],
  ['Reset here: paypall.com/reset', 'paypall.com/reset', 'one typo away'],
  ['Deals on amazom.com/deals', 'amazom.com/deals', 'imitates amazon.com'],
  [
    'Sign in: https://paypal.com.account-check.io/login',
    'https://paypal.com.account-check.io/login',
    'imitates paypal.com',
  ],
  ['Your parcel: dhl-parcel.com/track', 'dhl-parcel.com/track', 'imitates dhl.com'],
  ['Secure your account: microsoft-login.net', 'microsoft-login.net', 'imitates microsoft.com'],
  ['Staff portal at acrne.com/portal', 'acrne.com/portal', 'imitates acme.com'],
  ['Staff portal at acme-login.com', 'acme-login.com', 'imitates acme.com'],
  [
    'Log in via https://acme.com@evil.example/login',
    'https://acme.com@evil.example/login',
    'really leads to evil.example',
  ],
  ['Docs: gооgle-docs.net/x', 'gооgle-docs.net/x', 'imitates google.com'],
  ['Partner portal: acme-partners-login.net/portal', 'acme-partners-login.net/portal', 'imitates acme.com'],
  ['Claim it: https://amaz0n-rewards.co/claim', 'https://amaz0n-rewards.co/claim', 'imitates amazon.com'],
  ['Deals at frеsh-deals.net today', 'frеsh-deals.net', 'mixes letters from different alphabets'],
  ['Visit xn--mnchen-3ya.de today', 'xn--mnchen-3ya.de', 'reads as “münchen.de”'],
  ['Our old page http://example.org/about is still up', 'http://example.org/about', 'plain http://'],
  ['New login page: https://gooogle-workspace.com/signin', 'https://gooogle-workspace.com/signin', 'one typo away'],
  ['Teams update at micosoft-teams.net/join', 'micosoft-teams.net/join', 'imitates microsoft.com'],
  ['SHOUTY: HTTP://EXAMPLE.ORG', 'HTTP://EXAMPLE.ORG', 'plain http://'],
];

const MUST_NOT_FIRE: string[] = [
  '',
  'We just launched Roadrunner 2.0! Read the announcement: https://acme.com/blog/roadrunner-2',
  'Our careers page is live: acme.io/careers — come build with us.',
  'Even http://acme.com/old-page is ours, so it is trusted.',
  'Great write-up by TechCrunch https://techcrunch.com/2025/03/04/acme-raises-series-b/',
  'Thrilled to share our Forbes feature: https://www.forbes.com/sites/janedoe/2025/01/10/the-future-of-logistics/',
  'Join us at the summit! Tickets: https://www.eventbrite.com/e/acme-summit-2025-tickets-123456789',
  'Code is on GitHub: github.com/acme/roadrunner. Stars welcome.',
  'Watch the keynote: https://www.youtube.com/watch?v=dQw4w9WgXcQ or youtu.be/dQw4w9WgXcQ',
  'We are hiring! Apply: https://boards.greenhouse.io/acme/jobs/4012345 or jobs.lever.co/acme',
  'Apply through paypal.wd1.myworkdayjobs.com/jobs — PayPal is hiring too.',
  'Tracking via google-analytics.com works fine for our site.',
  'Pages hosted at google.github.io/styleguide are a great reference.',
  'Amazon Australia: amazon.com.au, Google Germany: google.de, PayPal.me/ana',
  'We use bit.ly for tracking campaign links.',
  'Node.js, ASP.NET and Vue.js meetup tonight!',
  'Upgraded to v1.2.3.4 of the firmware; our network is 10.0.0.0/8 and DNS is 1.1.1.1.',
  'Run it locally and open http://localhost:3000 or http://127.0.0.1:8080/docs',
  'Email ana@acme.com or partners@example.org for details.',
  'Our Munich office: münchen.de has the city info.',
  'Sberbank’s site is сбер.рф, for the curious.',
  'PayPay (paypay.ne.jp) is Japan’s big wallet.',
  'Congrats to the team at officer.com and googleblog.com!',
  'Read the paper: https://arxiv.org/abs/2401.01234 and the docs at https://docs.python.org/3/',
  'Slides are at https://www.slideshare.net/acme/roadrunner-launch-deck',
  'Details in the press release: https://www.businesswire.com/news/home/20250101005000/en/',
  'Sign up at https://login.microsoftonline.com? No — use https://learn.microsoft.com/en-us/azure/',
  'New post on our Substack: acme.substack.com/p/why-we-built-roadrunner',
  'Tickets at https://linked-data-conf.org and https://google-analytics-summit.com/agenda',
];

describe('risky-link', () => {
  it.each(MUST_FIRE)('fires on %j', (text, offending, phrase) => {
    const findings = riskyLinks(text);
    const start = text.indexOf(offending);
    expect(findings.length).toBeGreaterThan(0);
    const first = findings[0];
    expect(first).toMatchObject({ rule: 'risky-link', severity: 'warn', start, end: start + offending.length });
    expect(first?.message).toContain(phrase);
  });

  it.each(MUST_NOT_FIRE)('stays quiet on %j', (text) => {
    expect(riskyLinks(text)).toEqual([]);
  });

  it('flags every risky link once, with exact offsets', () => {
    const text = 'Links: bit.ly/a1 and http://example.org, again bit.ly/a1.';
    const findings = riskyLinks(text);
    expect(findings.map((f) => [f.start, f.end])).toEqual([
      [7, 16],
      [21, 39],
    ]);
  });

  it('trusts domains from the policy and the rule’s own `trusted` option', () => {
    expect(riskyLinks('See http://acme.com/x')).toEqual([]);
    expect(riskyLinks('See http://partner.example/x')).toHaveLength(1);
    expect(
      riskyLinks('See http://partner.example/x', { rules: { 'risky-link': { trusted: ['partner.example'] } } }),
    ).toEqual([]);
  });

  it('protects extra domains and knows extra shorteners from the options', () => {
    const policy: Policy = { rules: { 'risky-link': { protect: ['globex.com'], shorteners: ['acme.link'] } } };
    expect(riskyLinks('Visit gl0bex.com/pay', policy)[0]?.message).toContain('imitates globex.com');
    expect(riskyLinks('Visit acme.link/x7', policy)[0]?.message).toContain('hides where it leads');
  });

  it('flags look-alikes of the company domain, naming the one imitated, but not every name that contains it', () => {
    expect(riskyLinks('Benefits: https://acme-benefits.com and acmecorp-careers.com', ACME)).toEqual([]);
    expect(riskyLinks('Benefits portal: https://acrne.io/benefits', ACME)[0]?.message).toContain('imitates acme.io');
  });

  it('checks the post being reposted, without offsets', () => {
    const findings = riskyLinks('Worth a read', ACME, { surface: 'repost', quoted: { text: 'Big news: bit.ly/xyz' } });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ inQuoted: true });
    expect(findings[0]?.start).toBeUndefined();
    expect(findings[0]?.message).toMatch(/^In the post you are sharing: bit\.ly\/xyz hides/);
  });

  it('is silent when the rule is off', () => {
    expect(riskyLinks('bit.ly/3xYz', { rules: { 'risky-link': { severity: 'off' } } })).toEqual([]);
  });
});

describe('classifyLink (reusable by the background on resolved destinations)', () => {
  const trust = compileLinkTrust({
    trusted: ['acme.com'],
    protectedDomains: ['acme.com', ...BUILTIN_LINK_DATA.impersonatedDomains],
    shorteners: BUILTIN_LINK_DATA.shorteners,
    baitWords: BUILTIN_LINK_DATA.baitWords,
    legitimate: BUILTIN_LINK_DATA.legitimate,
  });

  it('lists every problem, most serious first', () => {
    expect(classifyLink('http://user:secret@bit.ly/x', trust).map((p) => p.kind)).toEqual([
      'userinfo',
      'shortener',
      'http',
    ]);
    expect(classifyLink('http://198.51.100.1/a', trust).map((p) => p.kind)).toEqual(['ip', 'http']);
  });

  it('judges a resolved destination like any link', () => {
    expect(classifyLink('https://www.example.org/article?id=7', trust)).toEqual([]);
    expect(classifyLink('https://paypal.com.evil.example/login', trust)).toEqual([
      { kind: 'lookalike', imitates: 'paypal.com', how: 'prefix', readsAs: 'paypal.com.evil.example' },
    ]);
    // A short link that leads to a misspelt brand in a hyphenated name is judged the same way.
    expect(classifyLink('https://gooogle-workspace.com/signin', trust)).toEqual([
      { kind: 'lookalike', imitates: 'google.com', how: 'typo', readsAs: 'gooogle-workspace.com' },
    ]);
  });

  it('ignores what is not an http(s) link', () => {
    expect(classifyLink('mailto:ana@acme.com', trust)).toEqual([]);
    expect(classifyLink('ftp://203.0.113.1/file', trust)).toEqual([]);
    expect(classifyLink('not a link at all', trust)).toEqual([]);
  });

  it('a shortener home page without a path hides nothing', () => {
    expect(classifyLink('https://bit.ly/', trust)).toEqual([]);
    expect(classifyLink('https://bit.ly/abc', trust)).toEqual([{ kind: 'shortener', service: 'bit.ly' }]);
  });
});
