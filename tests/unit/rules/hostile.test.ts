import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Post } from '../../../src/core/types';

// The company is Acme: "Acme is a dumpster fire" trashes the employer.
const BASE: Policy = { company: { names: ['Acme'], domains: ['acme.com'] } };
const resolved = new Map<Policy, ReturnType<typeof resolvePolicy>['policy']>();
const resolve = (policy: Policy) => {
  const cached = resolved.get(policy) ?? resolvePolicy([{ source: 'file', policy }]).policy;
  resolved.set(policy, cached);
  return cached;
};
const findings = (post: Post, policy: Policy = BASE) =>
  checkPost(post, resolve(policy)).filter((f) => f.rule === 'hostile');
const spans = (text: string) => findings({ text }).map((f) => [f.start, f.end]);

describe('hostile: must fire', () => {
  // [post text, expected [start, end] of every finding] (UTF-16 offsets).
  const cases: [string, number[][]][] = [
    ["You're an idiot.", [[10, 15]]], // idiot
    ['What a moron.', [[7, 12]]], // moron
    ['@bob is a clown', [[10, 15]]], // clown
    ['Globex are a bunch of crooks.', [[22, 28]]], // crooks
    ['Shut up.', [[0, 7]]], // Shut up
    ['Clueless morons everywhere.', [[0, 15]]], // Clueless morons
    ['my old boss was a tyrant', [[18, 24]]], // tyrant
    ['Worst company I ever worked for.', [[0, 13]]], // Worst company
    ['Acme is a dumpster fire.', [[10, 23]]], // dumpster fire
    ['Management is clueless about what engineers actually do.', [[14, 22]]], // clueless
    ['You are so stupid.', [[11, 17]]], // stupid
    ['Those clowns at Globex copied our pricing page.', [[6, 12]]], // clowns
    ["He's a liar and everyone knows it.", [[7, 11]]], // liar
    ["you're a 1d10t", [[9, 14]]], // 1d10t
    ['what a m0r0n, honestly', [[7, 12]]], // m0r0n
    ['I work with idiots.', [[12, 18]]], // idiots
    ['I left a toxic workplace last year. Best decision ever.', [[9, 24]]], // toxic workplace
    ['My manager sucks.', [[3, 16]]], // manager sucks
    ['I will kill you if you push to main again.', [[0, 15]]], // I will kill you
    ['Watch your back, Globex.', [[0, 15]]], // Watch your back
    ['Go to hell.', [[0, 10]]], // Go to hell
    ['Recruiters are clueless.', [[15, 23]]], // clueless
    ['Incompetent CEOs ruin good companies.', [[0, 16]]], // Incompetent CEOs
    ['Hey idiots, read the docs before filing a ticket.', [[4, 10]]], // idiots
    ['You guys are a joke.', [[15, 19]]], // joke
    ['Our vendor is a bunch of scammers, avoid them.', [[25, 33]]], // scammers
    ["Globex's CEO is a liar.", [[18, 22]]], // liar
    ['Honestly my manager is an incompetent clown.', [[26, 43]]], // incompetent clown
    ['Acme sucks.', [[0, 10]]], // Acme sucks
    ['Screw you, Globex.', [[0, 9]]], // Screw you
    [
      'Anyone who still thinks spreadsheets are a CRM is a dinosaur and a moron.',
      [
        [52, 60],
        [67, 72],
      ],
    ], // dinosaur | moron
    ['The consultants they sent us are overpaid clowns with fancy slides.', [[33, 48]]], // overpaid clowns
    ['Another day, another idiot explaining my own job to me.', [[21, 26]]], // idiot
    ['Never buy from Globex. Crooks and liars, every one of them.', [[23, 29]]], // Crooks
    ["You were the worst leader I've ever had.", [[13, 25]]], // worst leader
    ['Execs who cut the bonus pool should be ashamed of themselves.', [[29, 60]]], // should be ashamed of themselves
    ['Globex is a scam and everybody knows it.', [[12, 16]]], // scam
    ['Interviewed a candidate today. Arrogant jerk, talked over everyone.', [[31, 44]]], // Arrogant jerk
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('hostile: must stay quiet', () => {
  const clean: string[] = [
    'I was an idiot to miss this talk.',
    'This new update is useless and slow, please fix the sync bug.',
    'This is our killer feature.',
    'The sales team is crushing it this quarter!',
    'This demo slaps.',
    'We beat the competition in every benchmark.',
    'Listening to "Loser" by Beck while I code.',
    'Our fraud detection API blocks 99% of bad transactions.',
    'Make your onboarding idiot-proof.',
    'Avoid scope creep with clear requirements.',
    'Shut up and take my money!',
    'How to spot a toxic workplace before you accept an offer.',
    "No toxic culture here \u2014 we're hiring!",
    'I felt like an idiot when the demo crashed.',
    'Stupid question: does anyone use Terraform with Pulumi?',
    'Python for Dummies is still a great book.',
    'Jira is useless for roadmapping.',
    'Data is the new oil; dummy data is not.',
    "You're not an idiot for asking.",
    "We're going to kill it at re:Invent this year!",
    'Our new release absolutely destroys the old benchmarks.',
    "Don't be fooled by vendors promising 100x ROI.",
    "April Fools! We're not really shipping a blockchain toaster.",
    'Garbage collection pauses dropped 80% in the new JVM.',
    'Use snake case for your Python variables.',
    "Anti-bullying week: here's how we support our people.",
    'We built a dummy API so you can test without credentials.',
    "Loser's bracket? Not this year \u2014 our team won the hackathon!",
    'Our CEO told a joke about Kubernetes that nobody understood.',
    'Take out the trash: how we cleaned up 10 years of tech debt.',
    'I was a complete fool to ignore observability for so long.',
    'We were idiots for not shipping this sooner, honestly.',
    'Customers told us our old dashboard was useless. So we rebuilt it.',
    'The old process was stupid, so we automated it.',
    'Stop treating your customers like idiots \u2014 explain your pricing.',
    "Imposter syndrome makes you feel like a fraud. You're not.",
    "Happy to announce I'm joining Acme as a Senior Engineer!",
    "Our competitors are great, but we're better for mid-market.",
    'Guinea pigs wanted: join our beta program.',
    'Great panel on toxic workplace culture and how leaders can fix it.',
    'The worst job I ever had taught me the most.',
    "Crooked lines in your chart? Here's how to fix the axis.",
    'Clowns, magicians and food trucks at our family day!',
    'My boss is the best. Grateful for great mentors.',
    'Lazy loading images cut our page weight in half.',
    'Dumb pipes, smart endpoints \u2014 the principle behind our design.',
    'Stupidly simple pricing. No per-seat fees.',
    'Reality check: most startups fail because of bad timing, not bad founders.',
    'Monday mood: caffeinated and ready to ship.',
    'Snakes and ladders night at the office was a hit.',
    'I quit my job to start this company three years ago. Best decision.',
    "Fool's take on Acme: https://www.fool.com/investing/acme-stock",
    'Knee-jerk reactions to outages make things worse.',
    'Our product has a cult following among SREs.',
    'Trolls will troll; we keep shipping.',
    'Read our report on scam calls targeting small businesses.',
    'Acme is a great place to work \u2014 no micromanagers, no politics.',
  ];
  it.each(clean)('%s', (text) => {
    expect(findings({ text })).toEqual([]);
  });
});

describe('hostile: real-world phrasings, must fire', () => {
  // [post text, the text of every finding in order]; offsets come from where each first occurs.
  const cases: [string, string[]][] = [
    ['Whoever approved this release is an absolute muppet.', ['muppet']],
    ['The sales guy from that vendor is a snake. Lied to our faces for six months.', ['snake', 'Lied to our faces']],
    ['Imagine being this bad at your job and still getting promoted. Looking at you, Dave.', ['bad at your job']],
    ['Honestly the guy running procurement at our biggest client is a complete imbecile.', ['imbecile']],
    ['Ex-employer update: still underpaying women, still lying about it. Avoid Initrode.', ['underpaying']],
    ["Acme treats its employees like garbage. Don't believe the careers page.", ['treats its employees like garbage']],
    ['Glad I left that hellhole. Best decision of my life.', ['hellhole']],
    ['Shoutout to the idiot who parked across three spaces at the office again.', ['idiot']],
    [
      "You clearly have no idea what you're talking about. Stick to selling courses.",
      ["no idea what you're talking about"],
    ],
    ['Nobody asked for your opinion, Karen.', ['Nobody asked for your']],
    ['Go cry somewhere else, loser.', ['Go cry', 'loser']],
    ['What a pathetic excuse for a leader.', ['pathetic excuse for']],
    ['Get lost, spammer.', ['Get lost']],
    ["You're a disgrace to the profession.", ['a disgrace']],
    ['The founders of that startup are frauds and everybody in the VC world knows it.', ['frauds']],
    ["Our competitor's CEO is a pathological liar.", ['pathological liar']],
    ['Your support team is useless and your product is garbage. Cancelling today.', ['useless', 'garbage']],
    ['HR at my last job was run by clowns.', ['run by clowns', 'clowns']],
    ['The hiring manager was rude, dismissive and clearly a misogynist.', ['rude', 'misogynist']],
    ['People who still use Internet Explorer deserve to suffer.', ['deserve to suffer']],
    ["Tell your boss he's an idiot from me.", ['idiot']],
    ['Kevin in accounting is the laziest person alive.', ['laziest person']],
    ['Management here are complete morons.', ['morons']],
    ['The clowns in charge of this airline should all be fired.', ['should all be fired']],
    ["I hope you get what's coming to you.", ["what's coming to you"]],
    ['You should be ashamed of yourself for posting this.', ['should be ashamed of yourself']],
    ['Globex leadership are greedy, spineless cowards.', ['greedy, spineless cowards']],
    ["I wouldn't trust these crooks with a used napkin.", ['crooks']],
    ['That journalist is a hack who never checks facts.', ['hack']],
    ['Sit down, kid. The adults are talking.', ['Sit down, kid', 'The adults are talking']],
    ['Imagine being so incompetent that your own team laughs at you.', ['incompetent']],
    ['Absolute scum, every single one of them.', ['scum']],
    ['Leaving Acme was the best thing I ever did. Toxic culture from the top down.', ['Toxic culture']],
    ['Stop being such a coward and reply to my email, Mark.', ['coward']],
    ["He's a dinosaur who should have retired a decade ago.", ['dinosaur']],
    ["Whoever runs Globex's social media is a complete idiot.", ['idiot']],
    ['Dear Initech: your recruiters are rude, your offers are insulting and your CEO is a clown.', ['rude', 'clown']],
    [
      "This guy has no idea what he's talking about and somehow has 50k followers.",
      ["no idea what he's talking about"],
    ],
    ['That recruiter was a lying snake.', ['lying snake']],
    ['Initech management are parasites, plain and simple.', ['parasites']],
    ["You're pathetic, and everyone on this thread knows it.", ['pathetic']],
    ['Losers like you are why this industry is broken.', ['Losers']],
    ['Stop whining and do your job, you lazy bum.', ['whining', 'lazy']],
    ['Go back to your basement, troll.', ['troll']],
    ['Another clueless exec who thinks AI will replace everyone.', ['clueless exec']],
  ];
  it.each(cases)('%s', (text, quoted) => {
    expect(spans(text)).toEqual(quoted.map((q) => [text.indexOf(q), text.indexOf(q) + q.length]));
  });
});

describe('hostile: real-world ordinary posts, must stay quiet', () => {
  const clean: string[] = [
    'Our new release kills the competition on cold-start time.',
    'Huge shoutout to the legends on our support team who stayed late to help a customer.',
    'Nobody asked for another AI chatbot, so we built something useful instead.',
    'Get lost in our new 3D product tour!',
    'Imposter syndrome is real. You are not a fraud.',
    'Our old onboarding flow was a disaster, so we rebuilt it from scratch.',
    'Lazy evaluation in Haskell explained in five minutes.',
    'Hack week results are in: 42 projects, 3 shipped to production!',
    'The ugly truth about data pipelines: most of them break silently.',
    'Our fraud team caught 12,000 fake signups last month.',
    'Thank you to the amazing crew at Globex for a smooth integration.',
    'How to deal with a toxic boss: advice from 10 HR leaders.',
    "If your manager micromanages you, here's how to talk about it.",
    'Sit down with our CEO for a live AMA on Thursday.',
    'Trash talk is for the basketball court. In the office, we lift each other up.',
    "We were dumb enough to try writing our own database. Here's what we learned.",
    'Insanely fast builds with our new cache.',
    'My manager is the reason I stayed here for 8 years. Grateful.',
    "Even the best engineers feel stupid sometimes. That's how learning works.",
    "Legacy systems aren't dinosaurs — they run the world's banks.",
    'Shame is not a management strategy. Psychological safety is.',
    "Coward's Way Out is the name of the escape room we booked. We didn't escape.",
    'Tell your boss about our free trial — no credit card needed.',
    "Bunch of new features landed this week: here's the roundup.",
    'Frauds, fakes and phishing: our 2025 threat report.',
    "Don't be a hero — write the runbook.",
    'Brutal honesty: our first product was terrible. Version two is much better.',
    'My code from 2019 is a crime scene.',
    "Monday meetings are a joke. Let's make them async.",
    'We fired our biggest customer. Best decision we made.',
    "She's a machine — 200 PRs reviewed this quarter!",
    'Silly mistake: I forgot the time zone in the invite. See you at 3pm CET!',
    'Dumb question, but how are you all handling SOC 2 evidence collection?',
    "The bullies in my school days made me a stronger person. Here's my story.",
    'Our team destroyed the hackathon this year 🔥',
    "We're retiring our legacy API. Thanks for 10 great years!",
    "I disagree with the author's take on remote work, but it's a good read.",
    "Frankly, I was clueless about pricing when I started. Here's what I learned.",
    'My bad — the link in my last post was broken. Fixed now!',
    'Our first version was embarrassing. Ship it anyway.',
    'Cheaters never win: why our ranking algorithm punishes link farms.',
    'This is a crazy good deal for early adopters.',
    'If this code review feels harsh, remember we all write bad code sometimes.',
    'The villain in our product story is manual data entry.',
    'We got roasted by a customer on Twitter and they were right. Fix shipping Monday.',
  ];
  it.each(clean)('%s', (text) => {
    expect(findings({ text })).toEqual([]);
  });
});

describe('hostile: messages and quoted posts', () => {
  it('quotes the insult and says what to do', () => {
    const [f] = findings({ text: 'Globex are a bunch of crooks.' });
    expect(f?.message).toContain('“crooks”');
    expect(f?.message).toMatch(/remove it/);
    expect(f?.severity).toBe('warn');
  });

  it('names the company when its own employer is trashed', () => {
    const [f] = findings({ text: 'Honestly Acme is a dumpster fire right now.' });
    expect(f?.message).toContain('Trashes Acme');
  });

  it('catches masked insults', () => {
    expect(spans('you absolute m*ron')).toEqual([[13, 18]]);
  });

  it('reads the post being reposted', () => {
    const post: Post = { text: 'lol', surface: 'quote', quoted: { text: "You're all idiots." } };
    const [f] = findings(post);
    expect(f?.inQuoted).toBe(true);
  });

  it('uses the configured severity', () => {
    const policy: Policy = { ...BASE, rules: { hostile: { severity: 'block' } } } as Policy;
    expect(findings({ text: 'Shut up.' }, policy).map((f) => f.severity)).toEqual(['block']);
  });
});

// Round 2: fresh posts written for this round (varied voices, countries and slang); each flagged text is checked by offset.
describe('hostile: round-2 fresh posts, must fire', () => {
  const cases: [string, string[]][] = [
    ["Our 'head of product' couldn't spec a lemonade stand. Absolute muppet.", ['muppet']],
    ['Whoever designed the new Jira workflow should be fired into the sun.', ['should be fired', 'into the sun']],
    ['@GlobexSupport you lot are useless. Three weeks and no reply.', ['useless']],
    ["Left Initech after 4 years. Worst management I've ever seen, zero respect for engineers.", ['Worst management']],
    ['My ex-boss is a narcissist who took credit for everything I built.', ['narcissist']],
    ['Imagine being this incompetent and still getting a VP title.', ['incompetent']],
    ['These LinkedIn gurus are such frauds. Stop selling courses.', ['frauds']],
    ['Dear recruiters: stop spamming me, you absolute clowns.', ['clowns']],
    ['That CEO is a complete psychopath. Laying off 2000 people by Zoom.', ['psychopath']],
    ['Globex support is a bunch of brain-dead bots.', ['brain-dead']],
    ['Shut your mouth @dave, nobody asked.', ['Shut your mouth', 'nobody asked']],
    ['The intern who pushed to prod on Friday is a total dimwit. 🙄', ['dimwit']],
    ['Honestly the new VP is a spineless coward.', ['spineless coward']],
    ['Get a life, mate. Nobody cares about your hot takes.', ['Get a life', 'Nobody cares']],
    ["You're pathetic, @marketingbro. Stealing other people's posts.", ['pathetic']],
    ['my manager is such a moron lol', ['moron']],
    ["Acme's leadership are a pack of liars. Don't believe a word about 'no layoffs'.", ['liars']],
    ['Hope your startup burns to the ground, @founderguy.', ['Hope your startup burns to the ground']],
    ['Recruiters at Globex are arrogant and rude. Ghosted me after 5 rounds.', ['arrogant', 'rude']],
    ["F off with your 'hustle culture' nonsense, Gary.", ['F off']],
    ['Sales guy at the vendor meeting was a smug prick.', ['smug prick']],
    ['What a clown show this company is. Leadership has no clue.', ['clown show']],
    ['The devs at our agency are idiots, the site is down again.', ['idiots']],
    ['This manager is a bully and HR does nothing.', ['bully']],
    ["Stupid people shouldn't be allowed to run companies. Looking at you, Globex.", ['Stupid people']],
    ['Our old CTO was a dinosaur who thought cloud was a fad.', ['dinosaur']],
    ['Your take is trash and so are you.', ['trash']],
    ['Absolute snake. Stabbed me in the back in front of the whole team.', ['snake', 'Stabbed me in the back']],
    ["I'll find you and make you regret this, @scammer123.", ["I'll find you"]],
    ['Initech is a sweatshop, they pay peanuts and work you to death.', ['pay peanuts', 'work you to death']],
    ["Ngl my TL is the most useless person I've ever worked with.", ['useless']],
    ['HR at my last place were absolute snakes.', ['snakes']],
    ['This guy sent me 14 DMs after I said no. Creepy weirdo.', ['Creepy weirdo']],
    ['Vendor rep literally lied to our faces about the roadmap. Never again, liars.', ['lied to our faces', 'liars']],
    ["Some of you 'thought leaders' are just plagiarists with ring lights.", ['plagiarists']],
    ['Our new director is clueless, arrogant and allergic to feedback.', ['clueless', 'clueless, arrogant']],
    ['Bloody cowboys, the lot of them. Installed the racks upside down.', ['cowboys']],
    ['Sir please do the needful and stop being so stupid in every meeting.', ['stupid']],
    ['Mate, your CEO is a walking red flag.', ['red flag']],
    ["Founder bros with daddy's money lecturing us about grit. Spare me, you leeches.", ['leeches']],
    ['The team lead at my old firm was a proper bully, made two juniors cry.', ['bully']],
    ['Landlord is a greedy parasite. Rent up 30% again.', ['greedy parasite']],
    ['@AirlineX worst airline ever, you lost my bag twice. Incompetent clowns.', ['Incompetent clowns']],
    ['Honestly Globex is run by a bunch of frauds.', ['frauds']],
    ["Their new product is garbage made by idiots who've never talked to a customer.", ['idiots']],
    ['Designed by clowns.', ['clowns']],
    ['What a bunch of losers at that panel yesterday.', ['losers']],
    ['He is useless, she is lazy, and the boss is a coward. Welcome to my team.', ['useless', 'lazy', 'coward']],
    ['Go back to your cave, troll.', ['troll']],
    ["Imagine hiring a 'growth hacker' who can't even spell SEO. Idiot.", ['Idiot']],
    ['Shame on Initech for laying off staff by email on Christmas Eve.', ['Shame on']],
    ['u r such a loser bro', ['loser']],
    ["ppl who reply 'interested' on every post are brainless bots", ['brainless']],
    [
      'My previous employer treated contractors like disposable cogs and paid them late.',
      ['treated contractors like disposable'],
    ],
    ['Worked at Globex for 6 months. Toxic, chaotic, and the managers are bullies.', ['bullies']],
    [
      "Dear Karen from procurement, you're the reason we can't have nice things.",
      ["the reason we can't have nice things"],
    ],
    ["I'm going to punch the next person who says 'synergy' in a meeting.", ['going to punch the next person']],
    ['Congrats to our competitor on another outage. Amateurs.', ['Amateurs']],
    ['The guy who reviewed my PR is a pedantic gatekeeping dork.', ['pedantic']],
    ['Recruiter ghosted me after the final round. Spineless.', ['Spineless']],
    ['These crypto grifters should be in jail.', ['should be in jail']],
    ['Total scumbags at the car dealership today, tried to sneak in $2k of fees.', ['scumbags']],
  ];
  it.each(cases)('%s', (text, flagged) => {
    expect(findings({ text }).map((f) => text.slice(f.start, f.end))).toEqual(flagged);
  });
});

describe('hostile: round-2 fresh ordinary posts, must stay quiet', () => {
  it.each([
    'Idiot-proof onboarding is our goal — if a step needs a manual, we redesigned it.',
    'I was such an idiot to miss this talk. Catching the recording tonight.',
    'Killer demo from the team today 🔥',
    'This bug is stupid, but we found it.',
    'Crushing it at the hackathon!',
    "Don't be a hero: write the test first.",
    'No jerks policy: we hire kind people.',
    'Dumb question: does anyone know a good Postgres GUI for Mac?',
    'Garbage collection pauses dropped 80% after the upgrade.',
    'We killed the old pricing page. Long live the new one.',
    'Our support team is amazing, shoutout to Priya!',
    'The worst part of travel is the jet lag. Worth it for this conference though.',
    "Feeling like a fraud? Imposter syndrome is normal, here's how I cope.",
    'Thanks to the clowns and face painters at our family day!',
    'Rockstar engineers wanted. Apply below.',
    'Stupidly simple deploys with Acme Cloud.',
    'I hate Mondays, but I love my team.',
    'The dummy data in staging fooled everyone, including me.',
    "That's insane — 10x faster builds.",
    'Roast my landing page! Brutal feedback welcome.',
    'Ruthlessly prioritise, kindly communicate.',
    'Our beta testers are savages at finding edge cases 😂',
    'Shut up and take my money! This keyboard is perfect.',
    "Scope creep killed our last project. Here's what we changed.",
    'Stop treating your customers like tickets — treat them like partners.',
    "Please don't be that person who replies-all to 500 people.",
    'A bad manager can ruin a great job. A great manager can save a bad one.',
    'Brutally honest review of my first year as a founder.',
    "We're hiring sharks for our sales team 🦈 (kind humans only)",
    'Our recycling partner diverted 1M tonnes of toxic waste from landfill this year.',
    'Killing it with the new release, team!',
    "Our red team is ruthless — and that's why our pentest passed.",
    'Stupid simple: one command to deploy.',
    'Proud of my team for handling a brutal quarter with grace.',
    'Worst-case scenario planning saved us during the outage.',
    "I'm the worst at remembering names, sorry!",
    'Feeling lazy this Sunday, recharging for the week.',
    'Our chaos engineering team breaks things on purpose.',
    'Fool me once: always back up your database.',
    'Crazy week! Three launches and a conference.',
    'Never be afraid to ask dumb questions in your first month.',
    "Toxic positivity is real. Let's be honest about burnout.",
    'Lazy loading images cut our LCP by 1.2s.',
    'Our pirate-themed hackathon was a blast 🏴‍☠️',
    "This spreadsheet is a nightmare, but we'll tame it.",
    'Beast mode activated for the launch.',
    'Big shoutout to the guy who fixed the coffee machine. Legend.',
    'The greedy algorithm works here because the costs are monotone.',
    "The customer is not always right, but they're always worth listening to.",
    'Trash talk is banned at our ping-pong table (mostly).',
    "Bully-free schools initiative: we're donating 100 laptops.",
    'Blunt feedback from a mentor changed my career.',
    'The dummies guide to Kubernetes networking, v2.',
    'Survived my first on-call week. Pager was merciless.',
    'Clowning around at the company picnic 🤡',
    'Hate to say it, but I was wrong about microservices.',
    'The worst thing you can do in a postmortem is blame people.',
    'Our customers are brutally honest and we love them for it.',
    'Nightmare before Christmas themed office party tonight!',
    'Kill the meeting, write the doc.',
  ])('%s', (text) => {
    expect(findings({ text })).toEqual([]);
  });
});
