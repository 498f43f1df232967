/**
 * Mockery without insult words (round 5 of the hostile rule): condescension, sarcastic praise and
 * backhanded thanks, mocking similes, hyperbole of incompetence, calls for firing, reply-thread
 * slang, and abuse quoted in order to report it. Each case checks the text every finding points at.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from './hostile-support';

describe('hostile mockery: must fire', () => {
  const cases: [string, string[]][] = [
    // Condescension said to someone: "you", a name, an endearment, someone who is to follow.
    ['Let me explain this slowly for you, since reading the brief was too much.', ['explain this slowly']],
    ["I'll use small words so the sales team can follow along.", ['use small words']],
    ['Try to keep up, Kevin. We covered this last week.', ['Try to keep up']],
    ["It's cute that you think a bootcamp makes you an engineer.", ['cute that you think']],
    ['Dear customer, maybe read the manual like a normal adult before tweeting at us.', ['like a normal adult']],
    // Sarcastic praise closing a complaint; the opener or a clown emoji marks it.
    ['Love how Derek can lose a purchase order in a one-page spreadsheet. Truly a gift.', ['Truly a gift']],
    ['They cut the team in half and ask why nothing ships. Pure genius. 🤡', ['Pure genius']],
    ['Impressive how our landlord manages to be wrong about everything.', ['Impressive how our landlord']],
    // Backhanded thanks and congratulations.
    [
      'Special thanks to Jason for contributing absolutely nothing to this launch.',
      ['thanks to Jason for contributing absolutely nothing'],
    ],
    [
      'Congrats to our new director on finally doing his job.',
      ['Congrats to our new director on finally doing his job'],
    ],
    [
      'Congrats to @mark_pm, a well deserved reward for years of lying.',
      ['Congrats to @mark_pm, a well deserved reward for years of lying'],
    ],
    // A person's faculty likened to a thing; a reduced relative clause is not the author.
    ['Our new VP has the IQ of a houseplant.', ['has the IQ of a houseplant']],
    ["Every Globex rep I've met has the ethics of a used car salesman.", ['has the ethics of a used car salesman']],
    // Hyperbole of incompetence after a negated ability.
    [
      "Our product owner couldn't find the bug if it was stapled to his forehead.",
      ["couldn't find the bug if it was stapled"],
    ],
    [
      "Initech engineers couldn't build a login page if their lives depended on it.",
      ["couldn't build a login page if their lives depended on it"],
    ],
    ["That consultant couldn't organise a bake sale.", ["couldn't organise a bake sale"]],
    // People likened to animals.
    ['The contractors swarmed the kitchen like rats again.', ['like rats']],
    ['Managing this team is like herding cattle.', ['like herding cattle']],
    // Calls for firing: passive with a person subject, or an imperative with a person object.
    ['Whoever approved this campaign needs to be fired into the sun.', ['needs to be fired', 'into the sun']],
    ['The clowns at that airline must both be sacked.', ['clowns', 'must both be sacked']],
    ['Fire the entire comms team at Acme.', ['Fire the entire comms team']],
    ['Sack him. Sack whoever hired him.', ['Sack him', 'Sack whoever']],
    // Reply-thread slang, a closing appositive, an ill wish.
    ['L + ratio + your product is mid', ['L + ratio']],
    ['Ratio. Stay mad, Kevin.', ['Ratio', 'Stay mad']],
    ['People like you are why support staff quit.', ['People like you are why']],
    ['Boycott that bakery until the owner apologises, the arrogant old fool.', ['arrogant old fool']],
    ["Don't give that guy a cent. Let him rot.", ['Let him rot']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
});

describe('hostile mockery: must stay quiet', () => {
  it.each([
    'Someone asked me to explain it slowly for the folks new to finance, so here goes.',
    'Things move fast in AI. Try to keep up with our weekly newsletter.',
    'Tom stayed until midnight to help a customer recover their data. Class act.',
    'Our designer nailed the rebrand in two days. Pure genius.',
    'Someone get this man a medal! Dave just closed our biggest deal.',
    'Amazing how our customers never stop surprising us.',
    'Love how our customers keep finding new uses for Anvil.',
    'Thank you to all our volunteers for asking for nothing in return.',
    'Congrats to our security team for stopping bullying on the platform.',
    'I have the attention span of a goldfish today, sorry team.',
    'Our founder has the heart of a lion and the patience of a saint.',
    'This wine has the taste of a summer garden.',
    "I couldn't find the bug if it was stapled to my forehead, so I asked for help.",
    "Reminder: you can't run a bake sale without a permit in some states.",
    'Our team worked like animals to hit the deadline.',
    'Managing engineers is like herding cats, and I love it.',
    'Our sales team hunts like a pack of wolves.',
    'Nobody should be fired for asking questions.',
    'The agency should be fired up about this brief.',
    'Fire drill at 3pm, everyone please use the stairs.',
    'Fire up the grill, it is Friday!',
    'Ratio of applicants to hires this year: 200 to 1.',
    'How to cope when your startup fails.',
    'Lakers fans, it is time to cope with the fact that we got swept.',
    'Skill issue on my part, the docs were fine.',
    'I need to touch grass after this week.',
    "Someone called me 'too old for tech' in the comments. Reported. Age is not a skill issue.",
    'Got this in my DMs today: "you\'re a worthless idiot and nobody wants you here". Reported and blocked.',
    "I'm the idiot who forgot to unmute for my own keynote.",
    'I was the clown who broke prod on day two.',
    'Reminder that messages like "go back to the kitchen" are harassment, not feedback. I reported the account.',
  ])('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});
