import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Post } from '../../../src/core/types';

const BASE: Policy = { company: { names: ['Acme'], domains: ['acme.com'] } };
// The engine compiles word lists once per resolved policy object, as the worker does.
const resolved = new Map<Policy, ReturnType<typeof resolvePolicy>['policy']>();
const resolve = (policy: Policy) => {
  const cached = resolved.get(policy) ?? resolvePolicy([{ source: 'file', policy }]).policy;
  resolved.set(policy, cached);
  return cached;
};
const findings = (post: Post, policy: Policy = BASE) =>
  checkPost(post, resolve(policy)).filter((f) => f.rule === 'politics');
const spans = (text: string, policy?: Policy) => findings({ text }, policy).map((f) => [f.start, f.end]);

describe('politics: must fire', () => {
  // [post text, expected [start, end] of every finding] (UTF-16 offsets).
  const cases: [string, number[][]][] = [
    ["The Biden administration's new rule on non-competes changes hiring.", [[4, 9]]], // Biden
    ['Narendra Modi inaugurated the new semiconductor fab today.', [[0, 13]]], // Narendra Modi
    ["Trump's tariffs are going to wreck supply chains.", [[0, 7]]], // Trump's
    ['lol trump is unhinged', [[4, 9]]], // trump
    ["Honestly #Trump2028 can't come soon enough.", [[9, 19]]], // #Trump2028
    [
      'Go vote today! Polls close at 8pm.',
      [
        [0, 7],
        [15, 26],
      ],
    ], // Go vote | Polls close
    [
      'Congress passed the bill last night after a long debate.',
      [
        [0, 8],
        [20, 24],
      ],
    ], // Congress | bill
    ['Thoughts and prayers for everyone affected by the war in Ukraine.', [[50, 64]]], // war in Ukraine
    [
      'Abortion rights are on the ballot this November.',
      [
        [0, 8],
        [27, 33],
      ],
    ], // Abortion | ballot
    ['Vote Labour on Thursday.', [[0, 11]]], // Vote Labour
    ['Brexit made exporting to the EU painful for small businesses.', [[0, 6]]], // Brexit
    ["China's threats to invade Taiwan rattle chip markets.", [[26, 32]]], // Taiwan
    ['Emmanuel Macron visited VivaTech and our stand!', [[0, 15]]], // Emmanuel Macron
    ['Senator Warren grilled bank CEOs today about overdraft fees.', [[0, 14]]], // Senator Warren
    [
      'Republicans and Democrats finally agree on something: nobody likes robocalls.',
      [
        [0, 11],
        [16, 25],
      ],
    ], // Republicans | Democrats
    [
      'Polls show Labour ahead in every region.',
      [
        [0, 5],
        [11, 17],
      ],
    ], // Polls | Labour
    [
      'The Senate voted 52-48 to confirm the nominee.',
      [
        [4, 10],
        [11, 16],
      ],
    ], // Senate | voted
    [
      'Elections have consequences. Register to vote by October 7.',
      [
        [0, 9],
        [29, 45],
      ],
    ], // Elections | Register to vote
    [
      'Free Palestine. Ceasefire now.',
      [
        [0, 14],
        [16, 29],
      ],
    ], // Free Palestine | Ceasefire now
    ['The MAGA crowd is furious about it.', [[4, 8]]], // MAGA
    ["Putin's invasion has to end.", [[0, 7]]], // Putin's
    ['Thanks to Mayor Bass for joining our ribbon cutting.', [[10, 20]]], // Mayor Bass
    ['Markets always wobble before the election.', [[33, 41]]], // election
    ['Vote NO on Prop 22. Gig workers deserve real benefits.', [[0, 10]]], // Vote NO on
    [
      '@BarackObama happy birthday Mr President!',
      [
        [0, 12],
        [28, 40],
      ],
    ], // @BarackObama | Mr President
    ["The Obamas' new podcast deal is huge.", [[4, 10]]], // Obamas
    [
      'Erdoğan and Zelenskyy met in Istanbul.',
      [
        [0, 7],
        [12, 21],
      ],
    ], // Erdoğan | Zelenskyy
    ['Go woke go broke, as they say.', [[0, 16]]], // Go woke go broke
    ['The government needs to stop this DOGE nonsense.', [[34, 38]]], // DOGE
    ['President Ruto opened the tech week in Nairobi.', [[0, 14]]], // President Ruto
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('politics: must stay quiet', () => {
  const clean: string[] = [
    'The party at our booth was amazing \u2014 thanks to everyone who came by!',
    'Vote for us in the DevTools awards, category Best API!',
    'Policy update to our API: tokens now expire after 24 hours.',
    'Our cabinet of curiosities: 10 weird bugs we fixed this year.',
    'Data residency is our trump card in Europe.',
    "There's a Bush in the garden outside our new office.",
    'Johnson & Johnson joins our customer advisory board.',
    'Congrats to Priya Modi on her promotion to VP Engineering!',
    "We're at Mobile World Congress in Barcelona, booth 5B21.",
    'Our engineers explain leader election and how nodes vote in Raft.',
    'Our Kyiv team shipped the new dashboard.',
    'Bill Gates says AI will change everything.',
    'Please pay the bill by Friday.',
    "We're hiring a Senior Public Policy Manager in Brussels.",
    'Cast your vote in the poll below: tabs or spaces?',
    'Taiwan semiconductor supply is crucial for our roadmap.',
    'My midterms are done, back to building side projects.',
    'The election of our new board chair will take place at the AGM on 12 May.',
    'Vote for our founder in the Women in Tech awards \u2014 voting closes Friday!',
    "We're expanding to Israel! Our Tel Aviv R&D center opens next month.",
    'New blog post: how the EU AI Act affects your ML pipeline.',
    'Government agencies trust our platform to modernize citizen services.',
    'Tax season tip: talk to your accountant about the S corp election before March 15.',
    "The party's just getting started \u2014 happy 10th birthday to our team!",
    'After a long campaign our marketing team hit 1M impressions.',
    'Thrilled to partner with the Ministry of Education on digital classrooms.',
    'Congrats to the winners of our internal hackathon \u2014 you voted, and the results are in!',
    "Exporters: new tariffs on steel will change your sourcing math. Here's our guide.",
    'Our sanctions screening API now covers the latest OFAC updates.',
    "Iranian hackers targeted energy companies; here's how to defend your network.",
    'Democratize data access across your company with self-serve analytics.',
    'Labour shortages are hitting construction hard.',
    'The UK Labour Market Outlook for Q3 is out.',
    'Eat your greens and ship your code.',
    'RBI Governor Sanjay Malhotra kept rates unchanged.',
    'Does speed trump accuracy in forecasting?',
    'Our President, Jane Smith, opened the partner summit.',
    'We just hit 500 upvotes on Product Hunt \u2014 thank you, voters!',
    'The team voted on the holiday party theme: 80s it is.',
    'Our Russian and Ukrainian localisations are live.',
    'Great view of Parliament from our new London office.',
    'Join our webinar on the new data protection legislation and what it means for HR.',
    'Read our guide: https://example.com/blog/election-day-email-deliverability',
    'Our new Democratic Republic of Congo office is open.',
    'Our senate of advisors met for the first time today.',
    'She was elected chair of the Women in Data association.',
    'Our new liberal return policy: 90 days, no questions asked.',
    'Conservative estimates put the market at $4B.',
    'The DOGE price rallied 12% today.',
    'Happy Independence Day to our team in India!',
  ];
  it.each(clean)('%s', (text) => {
    expect(findings({ text })).toEqual([]);
  });
});

describe('politics: messages, options and quoted posts', () => {
  it('names the politician, the office and the fix', () => {
    const [f] = findings({ text: 'Great chat with Narendra Modi about chips.' });
    expect(f?.message).toContain('Narendra Modi');
    expect(f?.message).toContain('Prime Minister of India');
    expect(f?.message).toMatch(/remove it/);
    expect(f?.severity).toBe('warn');
  });

  it('adds the policy’s own terms', () => {
    const policy: Policy = {
      ...BASE,
      rules: { politics: { terms: ['ballot box bonanza', 'Proposition 7'] } },
    } as Policy;
    expect(spans('Join the ballot box bonanza!', policy)).toEqual([[9, 27]]);
    expect(spans('We oppose Proposition 7.', policy)).toEqual([[10, 23]]);
  });

  it('leaves terms listed in allow alone', () => {
    const policy: Policy = { ...BASE, rules: { politics: { allow: ['Brexit'] } } } as Policy;
    expect(spans('Our Brexit customs guide for exporters', policy)).toEqual([]);
    expect(spans('Our Brexit customs guide for exporters')).toEqual([[4, 10]]);
  });

  it('uses the configured severity', () => {
    const policy: Policy = { ...BASE, rules: { politics: { severity: 'block' } } } as Policy;
    expect(findings({ text: 'Vote Republican!' }, policy).map((f) => f.severity)).toEqual(['block']);
  });

  it('reads the post being reposted', () => {
    const post: Post = {
      text: 'Interesting take.',
      surface: 'repost',
      quoted: { text: 'Macron is wrong about pensions.' },
    };
    const [f] = findings(post);
    expect(f?.inQuoted).toBe(true);
    expect(f?.message).toContain('Macron');
  });

  it('points at the name as typed, through look-alike letters and accents', () => {
    const text = 'Тrump and Erdoğan';
    expect(spans(text)).toEqual([
      [0, 5],
      [10, 17],
    ]);
  });

  it('ignores words inside links', () => {
    expect(spans('Slides: https://example.com/talks/why-brexit-broke-our-forecasts')).toEqual([]);
  });
});
