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
    ["Obamas gma even knew it was going 2 b bad! 'She died 3 days b4 he became president'. #nbcpolitics", 0, 6],
    // StubHub, 2012.
    ["Thank f**k it's Friday! Can't wait to get out of this sh*thole", 6, 10],
    ["Can't wait for beers tonight, I deserve it", 15, 20],
    ['I think the new Star Wars movie is overrated lol', 0, 7],
    ['Hungover af. Never again.', 0, 8],
    ['Date night with the hubby ❤️', 16, 25],
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
    // A household "we" after a personal sign is not the company speaking.
    ["Date night! Finally got a sitter and we're off to that new tapas place downtown 😍", 0, 10],
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

describe('wrong-account: everyday personal posts from company accounts (written for this suite)', () => {
  const ACCOUNTS: Policy = {
    company: {
      names: ['Acme', 'Acme Corp'],
      products: ['Roadrunner'],
      accounts: ['@AcmeCorp', '@AcmeSupport', '@AcmeEngineering', 'linkedin.com/company/acme'],
    },
  };
  const accounts = resolvePolicy([{ source: 'file', policy: ACCOUNTS }]).policy;
  const check = (handle: string, text: string) =>
    checkPost({ text, site: 'x', account: { handle } }, accounts).filter((f) => f.rule === 'wrong-account');

  // [account, post text, the words the finding points at]: family, pets, health, dating, home, sport
  // and pop culture, skipping work, drinking, moods, UK and US slang, CamelCase hashtags.
  const personal: [string, string, string][] = [
    ['@AcmeCorp', "Finally booked my flights home for Christmas, can't wait to see the fam", 'my flights'],
    ['@AcmeCorp', 'Anyone have a good plumber in Leeds? Kitchen sink exploded at 6am, send help', 'Anyone have a good'],
    ['linkedin.com/company/acme', 'She said yes!!! 💍 best day of my life', 'She said yes'],
    ['@AcmeCorp', 'Called in sick to watch the World Cup final, no regrets', 'Called in sick'],
    ['@AcmeCorp', 'Flu has knocked me out for three days, someone bring soup', 'Flu'],
    ['@AcmeCorp', "First date tonight and I'm so nervous lol", 'First date'],
    ['@AcmeCorp', "My landlord still hasn't fixed the boiler. Week three. Freezing.", 'My landlord'],
    ['@AcmeCorp', 'Lost my wallet on the tube again, what is wrong with me', 'my wallet'],
    ['@AcmeCorp', 'Can someone recommend a good divorce lawyer? asking for a friend', 'Can someone recommend'],
    ['@AcmeCorp', "Arsenal bottling the league again. I can't watch this anymore", 'bottling'],
    ['@AcmeCorp', "Honestly Taylor Swift's new album is mid, fight me", 'Honestly'],
    ['@AcmeCorp', 'New tattoo! Mum is going to kill me 😂', 'New tattoo'],
    ['linkedin.com/company/acme', 'Our little boy took his first steps today 🥹', 'Our little boy'],
    ['@AcmeCorp', "Wine night with the girls 🍷 don't judge", 'Wine'],
    ['@AcmeCorp', "Three coffees in and still can't function. Mondays, man", "can't function"],
    ['@AcmeCorp', 'sooo bored in this meeting rn', 'sooo'],
    ['@AcmeCorp', 'Who wants to come to my bday drinks Saturday? Shoreditch, 8pm', 'my bday'],
    ['@AcmeCorp', 'Just dropped my phone in the toilet. Great start to the week', 'my phone'],
    ['@AcmeCorp', 'Dentist at 9, root canal, pray for me', 'Dentist'],
    ['@AcmeCorp', 'Spent the whole weekend binge-watching The Bear and regret nothing', 'whole weekend'],
    ['@AcmeCorp', 'Got dumped by text. In 2025. Wow.', 'Got dumped'],
    ['@AcmeSupport', 'Cannot wait to clock out and crack open a cold one', 'clock out'],
    [
      '@AcmeCorp',
      'Stuck at the airport for 6 hours, this airline is a joke and I want my money back',
      'Stuck at the airport',
    ],
    ['@AcmeCorp', 'Miss my grandma so much today. 3 years gone.', 'my grandma'],
    ['@AcmeCorp', 'Moving house this weekend, if anyone has spare boxes hmu', 'Moving house'],
    ['@AcmeCorp', "Babysitter cancelled so I'm working from the couch with a toddler on my lap", 'Babysitter'],
    ['linkedin.com/company/acme', 'Up all night with a teething baby, running on zero sleep', 'teething'],
    ['@AcmeCorp', "Vegas this weekend for my cousin's bachelor party. Pray for my liver", "my cousin's"],
    ['@AcmeCorp', 'rip my sleep schedule, gonna need so much coffee', 'my sleep'],
    ['@AcmeCorp', '#DateNight with the hubby, finally!', 'the hubby'],
    ['@AcmeEngineering', "ngl this standup could have been an email, I'm so done", "I'm so done"],
    ['@AcmeCorp', 'My lovely wife just surprised me with concert tickets ❤️', 'My lovely wife'],
    ['@AcmeCorp', 'Period cramps are the worst, working from bed today', 'Period cramps'],
    ['@AcmeCorp', "Skipping the afternoon all-hands to catch the cricket, don't tell anyone", 'catch the cricket'],
    ['@AcmeCorp', "Going out for my sister's hen do tonight, pray for me", "my sister's"],
    ['@AcmeCorp', "Can't believe the ref gave that penalty. Robbed. Absolutely robbed.", "Can't believe"],
    ['@AcmeCorp', 'Just bought my first house!!! Keys in hand 🔑', 'my first house'],
  ];
  it.each(personal)('%s: %s', (handle, text, pointed) => {
    const found = check(handle, text);
    const start = text.indexOf(pointed);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(found.map((f) => [f.start, f.end])).toEqual([[start, start + pointed.length]]);
    expect(found[0]?.message).toContain(`“${pointed}”`);
  });

  // Casual brand voice, customer care, seasonal greetings, people news told by the company.
  const brand: [string, string][] = [
    ['@AcmeCorp', "Monday mood: coffee, code review and a fresh sprint board. Let's go!"],
    ['@AcmeCorp', 'Our team is heading to the airport for #DevConf, see you in Lisbon!'],
    ['linkedin.com/company/acme', 'Congratulations to Priya from our sales team on her engagement! 💍'],
    ['@AcmeCorp', 'Happy Pride from everyone at Acme 🏳️‍🌈'],
    ['@AcmeCorp', "Flu season tip: Roadrunner's clinic scheduling fills appointments in minutes."],
    ['linkedin.com/company/acme', 'Bring your kids to work day was a blast! Thanks to all the families who joined.'],
    ['@AcmeCorp', 'Spotted: our engineers watching the World Cup final in the break room ⚽'],
    ['@AcmeCorp', 'Sick of spreadsheets? Roadrunner automates your route planning.'],
    ['@AcmeCorp', 'Hate waiting on hold? Our new chat support answers in under a minute.'],
    ['@AcmeCorp', 'Stuck in traffic? Live ETAs keep your customers updated automatically.'],
    ['linkedin.com/company/acme', 'Customer story: how a family-run bakery in Leeds cut delivery costs by 20%.'],
    ['linkedin.com/company/acme', 'Meet Sam, our newest support engineer. Fun fact: Sam has run 12 marathons!'],
    ['@AcmeCorp', "We're closed on Monday for the bank holiday. Enjoy the long weekend!"],
    ['@AcmeSupport', 'Thanks for reaching out, Jamie. Could you DM us the tracking number?'],
    ['@AcmeSupport', 'Sorry about the delay! Our team is looking into it right now.'],
    ['@AcmeCorp', 'Celebrating 5 years of Acme today. Cake in the kitchen at 3pm 🎂'],
    ['@AcmeCorp', 'Shoutout to our night shift: you keep the trucks moving while we sleep.'],
    ['@AcmeCorp', 'Weekend reading: our guide to peak-season planning.'],
    ['linkedin.com/company/acme', "Happy Father's Day to all the dads on our team and in our community."],
    ['@AcmeCorp', "It's National Pet Day! Meet the office dogs of Acme 🐶"],
    ['@AcmeCorp', 'Throwback to our first office: one desk, two laptops, and a dream.'],
    ['linkedin.com/company/acme', 'Mental health matters. Our EAP offers free counselling to every employee.'],
    ['linkedin.com/company/acme', 'Excited to welcome 12 interns this summer! Applications close Friday.'],
    ['@AcmeCorp', 'Winter storm update: deliveries in the Northeast may run a day late.'],
    [
      'linkedin.com/company/acme',
      'Our founder on why she started Acme: "I was tired of losing parcels and my dad\'s shop lost customers."',
    ],
    ['@AcmeCorp', 'Game day! Our London team is cheering on the Lionesses tonight.'],
    ['@AcmeCorp', "The new dashboard is here. Honestly? It's our best release yet."],
    ['@AcmeCorp', "Ugh, spreadsheets. We get it. That's why we built Roadrunner."],
    ['@AcmeCorp', 'Tired of manual dispatch? Roadrunner does it for you.'],
    ['@AcmeCorp', 'Coffee chat with our VP of Product at 2pm ET, bring your questions!'],
    [
      '@AcmeSupport',
      "Hi Sam, I'm sorry to hear your parcel is late. I've escalated it and will update you by 5pm. ^MK",
    ],
    ['@AcmeSupport', 'I can help with that! Could you send me your order number in a DM?'],
    ['@AcmeCorp', 'Send help: our Roadrunner stickers are out of stock again. Restock Friday!'],
    ['@AcmeCorp', 'Anyone know a good way to cut fuel costs? We do. Link below.'],
    ['@AcmeCorp', "Our CEO's new book is out today: lessons from 20 years of logistics."],
    ['linkedin.com/company/acme', "Parental leave at Acme is now 20 weeks for every parent. Here's why."],
    ['@AcmeCorp', 'Wish us luck! Our team is pitching at #TechCrunchDisrupt today.'],
    ['@AcmeCorp', 'Dentists love Roadrunner: appointment reminders that actually work.'],
    ['@AcmeCorp', 'Date night? Order dinner with Roadrunner Delivery in two taps.'],
    ['linkedin.com/company/acme', 'Our engineering blog: how my team migrated 40 services in a weekend, by our CTO.'],
    ['@AcmeCorp', 'Who else is watching the launch livestream? Drop a 🚀 below.'],
    ['@AcmeCorp', 'POV: you just automated your whole dispatch board.'],
    ['@AcmeCorp', "New year, new features: here's what shipped in January."],
    ['@AcmeCorp', 'Friday feeling: 1,000 new customers this month. Thank you!'],
    ['@AcmeCorp', 'Happy Diwali to everyone celebrating! 🪔'],
    ['linkedin.com/company/acme', "We're proud to sponsor the Leeds children's hospital run this Sunday."],
  ];
  it.each(brand)('%s: %s', (handle, text) => {
    expect(check(handle, text)).toEqual([]);
  });

  it('reads political remarks in no one’s voice but the author’s as personal, not a company statement', () => {
    expect(check('@AcmeCorp', 'Vote Labour on Thursday, the Tories have wrecked this country')).toHaveLength(1);
    expect(check('@AcmeCorp', 'We encourage everyone on our team to vote on Thursday. Polls open at 7am.')).toEqual([]);
  });
});

describe('wrong-account: second-round fresh batches (written before the lists were widened)', () => {
  const ACCOUNTS: Policy = {
    company: {
      names: ['Acme', 'Acme Corp'],
      products: ['Roadrunner'],
      accounts: ['@AcmeCorp', 'linkedin.com/company/acme'],
    },
  };
  const accounts = resolvePolicy([{ source: 'file', policy: ACCOUNTS }]).policy;
  const check = (text: string) =>
    checkPost({ text, site: 'x', account: { handle: '@AcmeCorp' } }, accounts).filter(
      (f) => f.rule === 'wrong-account',
    );

  // [post text, the words the finding points at]: UK/India/Australia English, fitness, gigs, prices,
  // neighbours, dating, parental leave, gripes about other people, bodies and sleep.
  const personal: [string, string][] = [
    ["Can't believe I locked myself out of the flat AGAIN. Locksmith wants £120. Kill me.", "Can't believe"],
    ['bruh my train got cancelled for the third time this week, Southern Rail you absolute clowns', 'my train'],
    ['Happy anniversary to the love of my life, 12 years and counting ❤️', 'the love of my life'],
    ['just finished my first half marathon!!! legs are jelly but so proud of myself', 'my first half marathon'],
    ['Feeling so blessed today, my parents flew in from Chennai to visit 🙏', 'my parents'],
    [
      "Who's watching the match tonight? Kohli better not get out early or I'm throwing my remote",
      'watching the match',
    ],
    ['Slept through my alarm, missed the bus, and forgot my lunch. Classic Tuesday for me.', 'my alarm'],
    ['Mate the pub quiz last night was a disaster, we came dead last but the pints were good', 'Mate'],
    ['Honestly the Oscars this year were a snoozefest. Who picks these winners??', 'Honestly'],
    ['Going to Bali next month for our honeymoon, any tips for where to stay?', 'our honeymoon'],
    ["Kind of gutted I didn't get that promotion. Onwards I guess.", 'Kind of gutted'],
    ["Can anyone recommend a good paediatrician in Sydney's inner west? Asking for my daughter", 'my daughter'],
    ['My cat just knocked my coffee all over the laptop. Working from my phone for the rest of the day lol', 'My cat'],
    ['Thoughts and prayers to my hamstring after leg day 😭', 'my hamstring'],
    ['Brekkie with the in-laws this morning, somehow survived', 'Brekkie'],
    ['I am very much happy to share that I have cleared my driving test today in first attempt', 'my driving test'],
    ['So excited!!! Tickets for Coldplay in Mumbai booked finally 🎉🎉', 'So excited'],
    ['whoever stole my bike outside the gym, I hope you step on a lego every day for the rest of your life', 'my bike'],
    ['New personal best on the deadlift today, 140kg. Gains.', 'personal best'],
    ["Sunday roast at mum's, then a nap. Perfect.", 'Sunday roast'],
    ['Elon has completely lost the plot, this platform is unusable now', 'lost the plot'],
    ['need a vacation so bad rn. 3 more days 😮‍💨', 'need a vacation'],
    ['Is it just me or is the new Zelda overrated? Controversial take maybe', 'Is it just me'],
    ['got the covid booster today, arm is killing me, going to bed early', 'covid'],
    ['Kids are finally asleep. Wine, sofa, Bake Off. Bliss.', 'Wine'],
    ['Anyone else find the new Teams update absolutely unbearable? Asking for literally everyone', 'Anyone else find'],
    ["Forgot my own mother's birthday. Worst son of the year award goes to...", "my own mother's"],
    ['Just got back from two weeks in Goa, feeling so refreshed 🌴', 'Just got back from'],
    ['The amount of people who still do not know how to use a roundabout astounds me', 'The amount of people who'],
    ['My flatmate ate my leftovers AGAIN. War has been declared.', 'My flatmate'],
    ['yall the new Beyonce album is everything. no skips', 'yall'],
    ['Wedding season is killing my bank account, 4 weddings in 6 weeks', 'my bank account'],
    ['Passed my driving test on the 3rd try!!! Watch out roads', 'my driving test'],
    ['Cannot believe how much a coffee costs in London now. £5.20 for a flat white?!', 'Cannot believe'],
    ['First day back after paternity leave, missing the little one already 🥲', 'the little one'],
    ['Really hope the Blues win tonight or my weekend is ruined', 'my weekend'],
    ['Got stood up tonight. Cool cool cool.', 'Got stood up'],
    ['Dear neighbours, please stop drilling at 7am on a Saturday. Sincerely, me', 'Dear neighbours'],
    ['Sleep deprived, caffeinated, and somehow still behind on laundry', 'Sleep deprived'],
    ['Proud dad moment: my daughter scored her first goal today ⚽', 'Proud dad moment'],
    ['Traffic on the M25 is a nightmare today, been sat here 2 hours', 'Traffic'],

    ['I seriously need a holiday. Somewhere hot, no wifi, no emails.', 'I seriously'],
    ['Got my wisdom tooth out, face like a hamster, send ice cream', 'my wisdom tooth'],
  ];
  it.each(personal)('%s', (text, pointed) => {
    const start = text.indexOf(pointed);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(check(text).map((f) => [f.start, f.end])).toEqual([[start, start + pointed.length]]);
  });

  // Ordinary company posts: launches, hiring, events, customer stories, service updates, greetings.
  const brand: string[] = [
    "Our Sydney office is now open! Come say g'day at 200 George St.",
    'Huge congrats to the Roadrunner team on winning Best Logistics App at the #TechAwards 🏆',
    "We're hiring graduate engineers in Bangalore. Apply by 30 June.",
    'Thank you to everyone who joined our webinar on fleet electrification. Recording below.',
    'Customer spotlight: how Northwind cut failed deliveries by 35% with Roadrunner.',
    "Service update: some users may see delays in tracking updates. We're on it.",
    'Happy Lunar New Year from all of us at Acme! 🧧',
    'Our team volunteered at the local food bank this weekend. Proud of everyone who showed up.',
    'Big news: Acme Cloud is now available in the EU region.',
    'Join us at booth B12 at #LogiMAT — free coffee and live demos all day.',
    "We're sorry for the trouble, Priya. Please DM us your order number and we'll sort it out.",
    'Five tips to prepare your warehouse for peak season — read the blog.',
    'New in Roadrunner: dark mode. You asked, we listened 🌙',
    'Meet our new Chief Product Officer, Daniel Okafor, who joins us from Globex.',
    'Our interns presented their summer projects today. The future is bright!',
    'Planned maintenance this Sunday 02:00–04:00 UTC. Acme Cloud dashboards will be read-only.',
    'Thanks for the love on Product Hunt yesterday! We hit #2 product of the day.',
    "It's International Women's Day. Here's to the women building Acme every day.",
    'Register now for our annual customer summit in Austin, 14–16 October.',
    'Case study: a family-owned grocery chain in Kerala now ships same-day with Roadrunner.',
    'Did you know? Route optimisation can cut fuel use by up to 20%.',
    'Shout out to our support team for a 98% satisfaction score this quarter!',
    "We're partnering with Northwind Traders to bring real-time tracking to 5,000 stores.",
    'Our engineering team wrote up how we cut API latency in half. Link in bio.',
    'Rain or shine, our drivers deliver. Thanks for your patience during the storm this week.',
    'Kids coding camp registration is open! Spots fill fast.',
    "Our London office is moving to King's Cross this summer.",
    'Wishing everyone a safe and restful holiday season from the Acme family.',
    'Roadrunner now supports multi-stop routes for school runs and field teams.',
    "We're proud to sponsor the Goa Marathon this December.",
    'Traffic slowing your drivers down? Roadrunner reroutes in real time.',
    'Congrats to our partner Northwind on their IPO today!',
    'New integration: Acme Cloud + Slack. Get alerts where you work.',
    'Our people are our product. Meet the support team behind the 4.9 rating.',
    'Read our 2025 sustainability report: emissions down 22%.',
    'Webinar replay: scaling last-mile delivery in Southeast Asia.',
    'Happy Independence Day to our colleagues and customers in India 🇮🇳',
    'Thanks to everyone who stopped by our booth at #RetailTechWeek.',
    'Looking for a new role? Acme is hiring across 12 countries.',
    'Pro tip: schedule your reports to arrive before your Monday standup.',
    'Update: the outage affecting EU customers has been resolved.',
    'We just crossed 50,000 drivers on Roadrunner. Thank you!',
    "Our VP of Engineering on building resilient systems, in this week's podcast.",
    "Ready for Black Friday? Here's how to prepare your fulfilment team.",
    'Introducing Anvil: analytics for fleets of every size.',
  ];
  it.each(brand)('%s', (text) => {
    expect(check(text)).toEqual([]);
  });
});
