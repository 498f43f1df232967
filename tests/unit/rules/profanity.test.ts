import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Post } from '../../../src/core/types';

const policyOf = (policy: Policy = {}) => resolvePolicy([{ source: 'file', policy }]).policy;
const findings = (post: Post, policy?: Policy) =>
  checkPost(post, policyOf(policy)).filter((f) => f.rule === 'profanity');

describe('profanity: must fire', () => {
  // [post text, start, end] of the offending word in the original text (UTF-16 offsets).
  const cases: [string, number, number][] = [
    ['What the fuck is going on with this release?', 9, 13],
    // Swearing mixed in from other languages, "bs" written small, "af" before a new clause.
    ['Kurwa, the client moved the deadline AGAIN', 0, 5],
    ["merde. j'ai oublié mon chargeur in Lyon", 0, 5],
    ['scheiße, badge vergessen. again.', 0, 7],
    ['bruh this is peak bs from the airline', 18, 20],
    ['tired af but we made it. 3 cities in 2 days', 6, 8],
    ['This launch is fucking incredible, team.', 15, 22],
    ['Honestly f**k Mondays.', 9, 13],
    ["That's total b*llsh*t and everyone knows it.", 13, 21],
    ['Sh!t happens, we ship anyway.', 0, 4],
    ['Well that was a f***ing disaster.', 16, 23],
    ['Holy sh1t, look at these numbers', 5, 9],
    ['fvck this traffic', 0, 4],
    ['What an a$$hole move by the airline.', 8, 15],
    ['Fuuuuuck, the demo crashed.', 0, 8],
    ['Some motherfucker stole my parking spot', 5, 17],
    ['The guy is a dickhead.', 13, 21],
    ['WTF is this pricing?', 0, 3],
    ['Just stfu about crypto already', 5, 9],
    ['What the hell were they thinking?', 0, 13],
    ["Don't be a dick about it.", 11, 15],
    ['Dick move, Comcast.', 0, 4],
    ['f u c k this week', 0, 7],
    ['Best day ever #fuckcancer', 15, 25],
    ['That keynote was absofuckinglutely brilliant', 17, 34],
    ['This is bullshit.', 8, 16],
    ['Our CEO is a total badass', 19, 25],
    ['Damn, what a quarter!', 0, 4],
    ['Pretty crappy weather for the offsite', 7, 13],
    ['Such a clusterfuck at the airport today', 7, 18],
    ["I'm so pissed off right now", 7, 13],
    ['Ｓｈｉｔ happens', 0, 4],
    ['She is such a b*tch', 14, 19],
    ['jfc this meme', 0, 3],
    ['This week has been exhausting af.', 30, 32],
    ["I don't give a sh*t", 15, 19],
    ['Stop bitching about the new office', 5, 13],
    ['Kick some ass this quarter!', 10, 13],
    ['That was a shiiiiit show', 11, 19],
    ['Bloody hell, that was close', 0, 11],
  ];
  it.each(cases)('%s', (text, start, end) => {
    const found = findings({ text });
    expect(found.map((f) => [f.start, f.end])).toEqual([[start, end]]);
    const written = text.slice(start, end);
    expect(found[0]?.message).toContain(`“${written}”`);
    expect(found[0]?.severity).toBe('warn');
  });

  it('offers a milder word where one exists', () => {
    const [f] = findings({ text: 'This launch is fucking incredible.' });
    expect(f?.suggestion).toBe('really');
    expect(f?.message).toContain('say “really” instead');
  });

  it('reports the post being shared, without offsets', () => {
    const found = findings({ text: 'Worth a read.', surface: 'quote', quoted: { text: 'This is bullshit.' } });
    expect(found).toHaveLength(1);
    expect(found[0]?.inQuoted).toBe(true);
    expect(found[0]?.start).toBeUndefined();
    expect(found[0]?.message).toContain('post you are sharing');
  });

  it('flags each profane word once', () => {
    const found = findings({ text: 'fuck this shit, fuck it' });
    expect(found.map((f) => [f.start, f.end])).toEqual([
      [0, 4],
      [10, 14],
      [16, 20],
    ]);
  });

  it('adds the policy’s own terms, with inflections and disguises', () => {
    const policy: Policy = { rules: { profanity: { terms: ['frak*'] } } };
    expect(findings({ text: 'Frakking printers.' }, policy).map((f) => [f.start, f.end])).toEqual([[0, 8]]);
    expect(findings({ text: 'fr*k this' }, policy).map((f) => [f.start, f.end])).toEqual([[0, 4]]);
  });
});

describe('profanity: must not fire', () => {
  const clean = [
    // Words and names that contain or resemble vulgar ones.
    'Greetings from Scunthorpe!',
    'BS in Computer Science, then an MS in robotics.',
    'Finished my bs in cs last spring!',
    'A classic case of scope creep.',
    "Assassin's Creed launch party recap",
    'Shiitake risotto at the team lunch',
    'Our shitake mushroom supplier just expanded.',
    'Cockpit view from our test flight',
    'Penistone office opens Monday',
    'Dick Van Dyke visited our studio today!',
    'Reading Moby Dick on the flight home',
    'Philip K. Dick predicted a lot of this.',
    'Pussy Riot played the festival.',
    'Cocktail reception at 6pm in the lobby',
    'Hello world, hello Sussex!',
    'Scrap the old process and start again.',
    'Our analysis of the market is out.',
    'Boarding pass, bass guitar, and a long weekend.',
    'Matt Hancock spoke at the summit.',
    'Matsushita Electric history lesson',
    'Meet the Samsung Galaxy A55 in our store',
    'Ass. Prof. Jane Smith joins our advisory board.',
    'Graduated magna cum laude from MIT',
    'One hell of a launch week!',
    "Hell's Kitchen catering for the holiday party",
    'The damning report changed everything.',
    'We shipped a cock-a-doodle-doo alarm feature.',
    'Title IX compliance training is due Friday.',
    'Passwords like P@ssw0rd are banned.',
    'S&P 500 closed higher.',
    'Rate us 5*****!',
    '**Bold** claims need **data**',
    'Pen test results: all clear',
    'Moscow and Essex teams met in Middlesex.',
    'Hit the ground running at the Butte, Montana plant.',
    'Knob Creek distillery tour for the sales team',
    'Spot the difference: a/b testing made easy',
    'We announced a cocktail of new features: SSO, SCIM and audit logs.',
    'Dickens wrote about this in 1843.',
    'Deploy to af-south-1 for lower latency in Cape Town.',
    'Fast AF tracking on the new camera body.',
    'lol this meme',
    'Tit for tat pricing wars help nobody.',
    'Sofa, scones and a sussex sunset.',
    // Ordinary B2B posts.
    'We are thrilled to announce our Series B led by Sequoia. Thank you to our customers and team!',
    "We're hiring! Join our engineering team in Berlin: https://acme.com/careers",
    'Great to meet so many of you at #SaaStr this week. Slides are up on our blog.',
    'Our Q3 product update: faster search, dark mode, and a new API for webhooks.',
    'Proud to be named a Leader in the 2025 Gartner Magic Quadrant.',
    'Join us on 12 March for a webinar on zero-trust security.',
    'Huge thanks to everyone who stopped by booth 42 at CES!',
    'Happy Friday from all of us at Acme!',
    "Today is my last day at Acme. I'm grateful for five amazing years.",
    'Customer story: how Globex cut onboarding time by 40%.',
  ];
  it.each(clean)('%s', (text) => {
    expect(findings({ text })).toEqual([]);
  });

  it('respects the policy’s allow list', () => {
    const policy: Policy = { rules: { profanity: { allow: ['damn', 'crap'] } } };
    expect(findings({ text: 'Damn, what a quarter! No crap.' }, policy)).toEqual([]);
    expect(findings({ text: 'Damn, what a shitty quarter!' }, policy)).toHaveLength(1);
  });

  it('is silent when turned off', () => {
    expect(findings({ text: 'fuck' }, { rules: { profanity: { severity: 'off' } } })).toEqual([]);
  });
});
