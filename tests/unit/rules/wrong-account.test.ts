import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Post } from '../../../src/core/types';

const COMPANY: Policy = {
  company: {
    names: ['Acme', 'Acme Corp'],
    products: ['Roadrunner'],
    accounts: ['@AcmeCorp', 'linkedin.com/company/acme'],
  },
};
const policy = resolvePolicy([{ source: 'file', policy: COMPANY }]).policy;
const findings = (post: Post) => checkPost(post, policy).filter((f) => f.rule === 'wrong-account');
const asCompany = (text: string): Post => ({ text, site: 'x', account: { handle: '@AcmeCorp' } });

describe('wrong-account: must fire from a company account', () => {
  // [post text, start, end] of the sign the finding points at (UTF-16 offsets).
  const cases: [string, number, number][] = [
    // Chrysler, 2011.
    ['I find it ironic that Detroit is known as the #motorcity and yet no one here knows how to fucking drive', 90, 97],
    // American Red Cross, 2011.
    [
      "Ryan found two more 4 bottle packs of Dogfish Head's Midas Touch beer.... when we drink we do it right #gettngslizzerd",
      103,
      118,
    ],
    // KitchenAid, 2012.
    ["Obamas gma even knew it was going 2 b bad! 'She died 3 days b4 he became president'. #nbcpolitics", 7, 10],
    // StubHub, 2012.
    ["Thank f**k it's Friday! Can't wait to get out of this sh*thole", 6, 10],
    ["Can't wait for beers tonight, I deserve it", 15, 20],
    ['I think the new Star Wars movie is overrated lol', 0, 7],
    ['Hungover af. Never again.', 0, 8],
    ['Date night with the hubby ❤️', 0, 10],
    ['IMO the new iPhone is overpriced', 0, 3],
    ['Going to get so wasted this weekend', 16, 22],
    ['Happy birthday to my little girl! 🎂', 18, 32],
    ['My wife made the best lasagna tonight', 0, 7],
    ['Personally I prefer the old logo', 0, 12],
    ['Ugh, I hate Mondays', 0, 3],
    ['Stuck in traffic again, nobody in this town can drive', 9, 16],
    ['My boss is a tyrant. You may all now follow me @RobertDuffy', 0, 7],
    ['Watching the debate tonight with a glass of wine lol', 9, 19],
    ['Unpopular opinion: pineapple belongs on pizza', 0, 17],
    ['So tipsy after the holiday party haha', 3, 8],
    ['Taking my dog to the vet then sleeping all weekend', 7, 13],
    ["Can't believe my son's team won the final!", 14, 22],
    // HMV, 2013.
    ["We're tweeting live from HR where we're all being fired! Exciting!!", 44, 55],
    // A diary entry: several "I"/"my" and nothing that speaks for the company.
    ['Woke up late, missed my spin class, spilled coffee on my shirt.', 21, 23],
  ];
  it.each(cases)('%s', (text, start, end) => {
    const found = findings(asCompany(text));
    expect(found.map((f) => [f.start, f.end])).toEqual([[start, end]]);
    expect(found[0]?.message).toContain('You are posting as @AcmeCorp');
    expect(found[0]?.message).toContain(`“${text.slice(start, end)}”`);
    expect(found[0]?.severity).toBe('warn');
  });

  it('names a LinkedIn company page as it is configured', () => {
    const [f] = findings({ text: 'IMO remote work is overrated', account: { handle: 'linkedin.com/company/acme' } });
    expect(f?.message).toContain('posting as linkedin.com/company/acme');
  });

  it('recognises the account however the handle is written', () => {
    expect(findings({ text: 'So hungover today', account: { handle: 'acmecorp' } })).toHaveLength(1);
  });
});

describe('wrong-account: must not fire', () => {
  const brandVoice = [
    "We're excited to announce Roadrunner 2.0!",
    'Our team had a great time at the conference',
    'Happy Friday from all of us!',
    "Happy Friday! Who's ready for the weekend? 🍻",
    'Cheers to 10 years! Join us for drinks at booth 42',
    '"My wife and I started Acme in a garage," says founder Jane Doe.',
    '“I think AI will change how teams work,” said our CEO at #WebSummit.',
    "I'm sorry to hear that. Can you DM us your order number so we can help?",
    "Thanks for flagging! I'll pass this to our product team. ^JS",
    'We wasted no time shipping this one.',
    'Our booth got hammered by visitors all day — thank you!',
    'Happy Mother’s Day to all the moms on our team!',
    'Join us tonight for happy hour at the Acme office — RSVP below.',
    'New blog post: 5 ways to cut your commute with Roadrunner.',
    'Drunk driving kills. Plan a safe ride home this holiday season.',
    'Hiring: senior backend engineer, remote-friendly. Apply at acme.com/careers',
    'Our Q3 results are in: revenue up 18% year over year.',
    'Back to school season: get the kids ready with Roadrunner lunchboxes.',
    "Today we're proud to sponsor the Boston Marathon. Go runners!",
    'Thank you to every customer who made 2025 our best year yet.',
    'Webinar tomorrow: the state of B2B marketing. Register now.',
    'We think you will love the new dashboard. Try it today.',
    'Our CEO Jane Doe shares her thoughts on the future of retail in this interview.',
    'Watch the replay of our keynote from the US launch event.',
    'Live from #CES2026 — come see Roadrunner at booth 42!',
    'Need a break? Our new playlist is out.',
    'Craft beer fans: Roadrunner now tracks your brewery inventory too.',
  ];
  it.each(brandVoice)('%s', (text) => {
    expect(findings(asCompany(text))).toEqual([]);
  });

  it('never fires from a personal account', () => {
    for (const text of ['So hungover today', 'IMO the new iPhone is overpriced', 'fuck this traffic']) {
      expect(findings({ text, account: { handle: '@jane_doe' } })).toEqual([]);
      expect(findings({ text })).toEqual([]);
    }
  });

  it('never fires when the policy lists no company accounts', () => {
    const bare = resolvePolicy([]).policy;
    const found = checkPost(asCompany('So hungover today'), bare).filter((f) => f.rule === 'wrong-account');
    expect(found).toEqual([]);
  });
});
