import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Post } from '../../../src/core/types';

const ACME: Policy = {
  company: { names: ['Acme'], domains: ['acme.com'], accounts: ['@AcmeCorp'] },
  rules: { confidential: { codenames: ['Falcon'], terms: ['Project Orion', 'price book'] } },
};

function findings(post: Post, policy: Policy = ACME) {
  return checkPost(post, resolvePolicy([{ source: 'file', policy }]).policy).filter((f) => f.rule === 'confidential');
}
const flagged = (text: string) => findings({ text }).map((f) => text.slice(f.start, f.end));

/** [text, the offending words every finding points at, in order] */
const MUST_FIRE: [string, string[]][] = [
  ['CONFIDENTIAL: Q3 board deck attached.', ['CONFIDENTIAL']],
  ['Confidential: plan for next year', ['Confidential']],
  ['Attached is the confidential draft of the report.', ['confidential draft']],
  ['Internal only — please do not share.', ['Internal only', 'do not share']],
  ["This deck is under NDA, don't forward it.", ['under NDA', "don't forward"]],
  ['Embargoed until 9am ET Tuesday: Acme launches a new app.', ['Embargoed until']],
  ['Please do not share this externally.', ['do not share']],
  ["Fun fact: we're at $48M ARR, up from $30M last year. Don't tell anyone I told you", ['ARR', "Don't tell anyone"]],
  ['Got the leaked memo: hiring freeze across engineering starting next month.', ['leaked memo', 'hiring freeze']],
  ['Sneak peek at Falcon, our next big bet.', ['Falcon']],
  ['Project Orion kicks off today and the price book is attached.', ['Project Orion', 'price book']],
  ['Our Q3 revenue will be up 40% — can’t wait for the call.', ['Our Q3 revenue']],
  ["We're going to beat guidance this quarter, trust me.", ['beat guidance']],
  ['We will miss our numbers again.', ['miss our numbers']],
  ["Next quarter's earnings are going to be wild.", ["Next quarter's earnings"]],
  ["Heard we're about to be acquired by Globex!", ['about to be acquired']],
  ['Layoffs next week, brace yourselves.', ['Layoffs next week']],
  ['Layoffs hitting the sales org on Friday, about 200 people.', ['Layoffs']],
  ['The merger with Vandelay Industries is happening in Q2.', ['merger']],
  ['Merger talks with Initech are going well.', ['Merger talks']],
  ['Margins are down to 18% this quarter and leadership is worried.', ['Margins']],
  ['Our customers include Globex, Initech and Umbrella.', ['Our customers include Globex']],
  ['We just signed Globex as a customer!', ['signed Globex as a customer']],
  ['Call me at +1 (415) 555-0199 for details.', ['+1 (415) 555-0199']],
  ['Reach me on 415-555-0199 or +44 20 7946 0958.', ['415-555-0199', '+44 20 7946 0958']],
  ['WhatsApp 07700 900123 for the slides', ['07700 900123']],
  ['Send your CV to jane.doe@gmail.com', ['jane.doe@gmail.com']],
  ['Card: 4111 1111 1111 1111', ['4111 1111 1111 1111']],
  ['Amex 3782-822463-10005 expires soon', ['3782-822463-10005']],
  ['SSN 123-45-6789', ['123-45-6789']],
  ["Mark's home address for the gift: 42 Willow Lane, Springfield.", ['42 Willow Lane']],
];

const MUST_NOT_FIRE: string[] = [
  'Confidential computing keeps your data encrypted in use.',
  'All applications will be treated as strictly confidential.',
  'We never sell your confidential information.',
  "I'm leading a confidential search for a VP of Sales.",
  'Never share your password. Do not share your OTP with anyone.',
  'Our revenue operations team will be at booth 12.',
  'Our results will speak for themselves.',
  'Our team will be at booth 12 to talk about revenue intelligence.',
  'Contact press@acme.com for media inquiries.',
  'Call our support line 1-800-555-0199.',
  'Founded in 2019, we now serve 2,000 customers.',
  'Version 2.14.3 is out now, order #123456789012.',
  'Event on 2024-05-14 from 9:00-17:00, tickets $1,299.',
  'Join us on 12.05.2025 at 10:30 at 500 Howard Street, San Francisco.',
  'Our customers love the new dashboard.',
  'Our customers include Fortune 500 companies.',
  'We crushed our Q3 targets, thank you team!',
  'Acme was acquired by Globex last year.',
  "I was laid off last week and I'm looking for my next role.",
  'We announced our Q3 results today: revenue of $312M, up 18% year over year.',
  'We just crossed $10M ARR 🎉',
  'Our customer acquisition costs will drop with this playbook.',
  'Tracking number 1Z999AA10123456784 arrived.',
  'Between 2019 and 2024 we grew from 5 to 500 people.',
  'Your NDA template is in the legal portal.',
];

describe('confidential', () => {
  it.each(MUST_FIRE)('fires on %j', (text, words) => {
    expect(flagged(text)).toEqual(words);
    for (const f of findings({ text })) {
      expect(f.severity).toBe('warn');
      expect(f.message).toMatch(/ — .*remove/);
    }
  });

  it.each(MUST_NOT_FIRE)('stays quiet on %j', (text) => {
    expect(findings({ text })).toEqual([]);
  });

  it('names the problem and the fix, with exact offsets', () => {
    const [f] = findings({ text: 'Ping me: jo@gmail.com' });
    expect([f?.start, f?.end]).toEqual([9, 21]);
    expect(f?.message).toBe(
      'Contains a personal e-mail address (“jo@gmail.com”) — personal data must not be posted; remove it or use a company address.',
    );
    const [card] = findings({ text: 'pay with 4242424242424242' });
    expect(card?.message).toBe('Contains a payment card number (ending 4242) — never post card numbers; remove it.');
  });

  it('matches codenames whatever their case', () => {
    expect(flagged('the FALCON launch')).toEqual(['FALCON']);
  });

  it('reads the quoted post for markers but not for personal data', () => {
    const post: Post = { text: 'wow', surface: 'quote', quoted: { text: 'INTERNAL ONLY: call 415-555-0199' } };
    expect(findings(post).map((f) => f.message.split(' — ')[0])).toEqual([
      '“INTERNAL ONLY” marks confidential material',
    ]);
  });
});

// ——— Fresh examples written for recall: many phrasings of each kind, and ordinary posts that use the same words ———

/** The corpus policy's company and confidential options (tests/corpus/policy.json). */
const CORPUS: Policy = {
  company: {
    names: ['Acme', 'Acme Corp', 'Acme Corporation'],
    tickers: ['ACME'],
    domains: ['acme.com', 'acmecloud.io'],
    products: ['Roadrunner', 'Acme Cloud', 'Anvil'],
    accounts: ['@AcmeCorp'],
  },
  rules: { confidential: { codenames: ['Nightjar', 'Bluefin'], terms: ['board deck', 'price book'] } },
};
const flaggedIn = (text: string, policy: Policy) => findings({ text }, policy).map((f) => text.slice(f.start, f.end));

/** [text, the offending words every finding points at, in order] */
const MORE_MUST_FIRE: [string, string[]][] = [
  [
    "Not supposed to share this yet but we're closing the Dublin office in March. Gutted for the team there.",
    ['Not supposed to share'],
  ],
  ['Big reorg coming. Heard from my VP that two product lines are getting cut in January.', ['reorg']],
  ['HR just told us 15% of the company is being let go next Tuesday. Please be kind to each other.', ['being let go']],
  [
    "They're laying off the entire support team and outsourcing it. Announcement is Monday.",
    ["They're laying off the entire support"],
  ],
  [
    "Can't believe I'm saying this publicly but we're getting acquired. Papers get signed next week 🤐",
    ['getting acquired'],
  ],
  [
    'Acme is buying Initrode!! Deal should be announced after the quarter closes. Keep it quiet.',
    ['Acme is buying Initrode', 'Keep it quiet'],
  ],
  ['Our Q2 numbers are ugly. We missed plan by 20% and the board is not happy.', ['missed plan']],
  ['Revenue is tracking 30% below forecast this quarter, so expect a hiring freeze.', ['Revenue']],
  ['Sales are down 12% QoQ and nobody wants to say it out loud.', ['Sales']],
  ["We're on pace for $200M in bookings this year and the street has no idea.", ['bookings']],
  [
    "Sharing a slide from our internal roadmap because I'm too excited: offline mode ships in Q3!",
    ['internal roadmap'],
  ],
  [
    "Screenshot from today's all-hands: runway is 14 months. Not panicking, just being transparent 🙃",
    ["Screenshot from today's all-hands", 'runway is 14 months'],
  ],
  [
    'PSA: the wifi password for the Denver office is Roadrunner2026! See you at standup',
    ['password for the Denver office is Roadrunner2026!'],
  ],
  ['Our staging admin password is Acme#2026 if anyone on the team needs it', ['password is Acme#2026']],
  [
    "We just landed Delta Air Lines as a customer!! Can't say more until the press release",
    ['landed Delta Air Lines as a customer', 'until the press release'],
  ],
  ["Quick heads up before it's public: our pricing goes up 25% on June 1.", ["before it's public"]],
  ["Not official yet but I'm told we're shutting down the consumer app.", ['Not official yet']],
  ["Overheard in the exec meeting: they're killing the Anvil product line next quarter.", ['Overheard in the exec']],
  ['Keep this between you and me but Nightjar slipped to Q4.', ['Nightjar']],
  ['#Bluefin demo day was a success!! So proud of this crew', ['Bluefin']],
  ['Attaching the board deck from Tuesday for anyone who missed it', ['board deck']],
  ['EMBARGOED: Acme to acquire Hooli for $2B, announcement 6am ET', ['EMBARGOED', 'Acme to acquire Hooli']],
  ["Internal memo from our CEO, posting it because people deserve to know what's coming.", ['Internal memo']],
  ["We're going to miss Q3 by a mile. Sales leadership is in panic mode.", ['miss Q3']],
  ["Looks like we'll blow past our annual target by $40M. Bonus season baby", ['blow past our annual target']],
  ['Q3 revenue came in at $41.2M, up 9%. Numbers go out to the street on Thursday.', ['revenue']],
  [
    "Heads up: price increase hitting all enterprise plans next month, we haven't told customers yet.",
    ["haven't told customers"],
  ],
  ['Our biggest client, Globex, is about to churn. Pray for my quota.', ['Our biggest client, Globex']],
  ['Board approved the plan to spin off the payments business next year.', ['spin off']],
  ["RIF happening Thursday. If you're on the platform team, update your resume tonight.", ['RIF']],
  [
    "We're all being laid off today, live-tweeting from the town hall. What a day. #AcmeLayoffs",
    ["We're all being laid off"],
  ],
  ["Leaking this because I'm done: our AI feature is just 40 contractors doing it by hand.", ['Leaking this']],
  ['For your eyes only: the new 2027 pricing sheet 👇', ['eyes only']],
  ["Not public until the 15th, but we're opening a hub in Nairobi!", ['Not public until']],
  ['Between us, leadership is planning another round of cuts after the holidays.', ['Between us', 'round of cuts']],
  ["Our CFO just told us we'll miss guidance by about 10%. Grim.", ['miss guidance']],
  [
    "Customer list for Thursday's dinner: Globex, Initech, Hooli. Seating plan to follow.",
    ["Customer list for Thursday's"],
  ],
  ["Text me at 312.555.0147 if you're at the summit", ['312.555.0147']],
  ['My number is +49 151 23456789, ping me on WhatsApp for the booth schedule', ['+49 151 23456789']],
  ["Email me at mike.t.1988@yahoo.com and I'll send the deck", ['mike.t.1988@yahoo.com']],
  ['Wire the deposit to IBAN GB33 BUKB 2020 1555 5555 55, thanks!', ['GB33 BUKB 2020 1555 5555 55']],
  [
    "Acme is quietly cutting 300 jobs next month. You didn't hear it from me.",
    ['Acme is quietly cutting 300 jobs', "You didn't hear it from me"],
  ],
  ['Heard the acquisition of Initech closes on Friday 👀', ['acquisition']],
  [
    'Our top customers are Globex and Soylent, and both just renewed for three years.',
    ['Our top customers are Globex'],
  ],
  [
    "We just signed a 3-year deal with Globex worth $4M. PR team says we can't announce until March.",
    ["can't announce"],
  ],
  ["Nightjar's launch date slipped again 😩", ["Nightjar's"]],
  [
    "Don't quote me on this, but Acme's Q4 bookings are going to be a record.",
    ["Don't quote me", "Acme's Q4 bookings"],
  ],
  ["Our ARR hit $62M this quarter, up 40% YoY. Yes I know we're private, but I'm proud.", ['ARR']],
  [
    "We're being acquired by Globex. The announcement is Monday, so keep it quiet until then.",
    ["We're being acquired", 'keep it quiet'],
  ],
  ['Ok who else saw the leaked Slack screenshot about the office closures 😬', ['leaked Slack']],
  ['Off the record: the CEO is stepping down in January.', ['Off the record']],
  ['Privileged & Confidential — draft response to the Globex complaint below', ['Confidential — draft']],
  ['Sneak peek at our Q1 roadmap (not public yet): SSO for everyone, finally.', ['not public yet']],
  ['Our Q4 revenue is going to be a disaster. Sell now lol', ['Our Q4 revenue']],
  [
    "HR is firing half the marketing team tomorrow and nobody's been told.",
    ['HR is firing half', "nobody's been told"],
  ],
  ["Stealth mode update: we're in talks with Globex about an acquisition.", ['acquisition']],
  [
    'FYI login for the shared demo account: demo@acme.com / Spring2026!',
    ['login for the shared demo account: demo@acme.com / Spring2026!'],
  ],
  ['Pretty sure the layoffs are next week, managers got the lists this morning.', ['layoffs']],
  ['Internal numbers say churn is at 9% this quarter. Not great.', ['Internal numbers']],
  ["We'll announce the price book changes in January, here's a preview.", ['price book']],
  ["Just saw the 2027 pricing: Pro goes from $49 to $79 per seat. Customers don't know yet 😬", ["don't know yet"]],
  ["Our CEO told us at the all-hands that we're exploring a sale of the company. Wild times.", ['exploring a sale']],
  [
    "Update for my network: we had a data breach last night and customer emails were exposed. Legal hasn't disclosed it yet.",
    ['we had a data breach', "hasn't disclosed"],
  ],
  ['Forwarding the Q3 forecast to my personal gmail so I can work from the beach 🏖️', ['to my personal gmail']],
  ["Here's a screenshot of the Slack thread where leadership admits the launch slipped.", ['screenshot of the Slack']],
  ["We're raising our Series C at a $1.2B valuation next month, term sheet is basically done.", ['Series C']],
  ["At today's all-hands our CEO said we'll be profitable by Q3. Let's go!!", ["we'll be profitable"]],
  [
    "Big news I can't officially share yet: Globex is switching all 4,000 seats to Acme Cloud.",
    ["can't officially share"],
  ],
  ['Our churn is 4% a month right now and the board is asking questions.', ['churn']],
  ['Margins fell to 11% last quarter because of the cloud bill. Not in the earnings deck yet.', ['Margins']],
  ['Tell me why the layoffs are scheduled for the Monday after Thanksgiving 🙃', ['layoffs']],
  [
    'The office in Austin is closing at the end of the quarter, they told us this morning. Nobody outside knows.',
    ['Nobody outside knows'],
  ],
  ['ACME CONFIDENTIAL - Q4 territory plan attached', ['CONFIDENTIAL']],
  ['FYI the VPN password this week is Winter2026#, reset Monday', ['password this week is Winter2026#']],
  ["Sharing the price book with a prospect because honestly it's easier", ['price book']],
  ["Nightjar is the best thing I've ever worked on. Can't wait for you to see it.", ['Nightjar']],
  ['The Bluefin pilot with Initech starts Monday!', ['Bluefin']],
  [
    "We're in advanced talks to buy Vandelay Industries. Fingers crossed it closes before Christmas.",
    ['advanced talks'],
  ],
  ['Layoffs at Acme start tomorrow. Check on your friends.', ['Layoffs']],
  ['Acme to cut 8% of staff next week, I just saw the memo.', ['Acme to cut 8% of staff']],
  ["Our AWS key for the demo env is AKIAIOSFODNN7EXAMPLE lol don't abuse it", ['AKIAIOSFODNN7EXAMPLE']],
  ['Reach me on my personal cell 07911 123456 after 6pm', ['07911 123456']],
  [
    'My address for the secret santa gifts is 18 Maple Avenue, Leeds. My home address, not the office!',
    ['18 Maple Avenue'],
  ],
  [
    'Proud to share that Bank of Contoso just chose Acme over Globex in a $12M deal. PR comes next month.',
    ['Bank of Contoso just chose Acme'],
  ],
  [
    'Our top clients include Initech and Hooli, and both are expanding next quarter.',
    ['Our top clients include Initech'],
  ],
  ['We blew through our Q2 target by 35%. Earnings are going to be fun.', ['blew through our Q2']],
  ['Bookings are tracking 20% ahead of plan this quarter 🔥', ['Bookings']],
  ['Acme will lay off 400 people in January, my manager confirmed today.', ['will lay off']],
  [
    "So apparently we're merging with Globex?? The news isn't out yet but the whole floor knows.",
    ["we're merging with Globex", "The news isn't out yet"],
  ],
  ['Leaked org chart for after the reorg. Spoiler: my team is gone.', ['Leaked org chart']],
  ['Per the memo that went out internally, bonuses are cancelled this year.', ['went out internally']],
  [
    'Monthly viewing on our platform exceeded 1 billion hours for the first time this quarter. Congrats team!',
    ['Monthly viewing'],
  ],
  ['We added 2.1M subscribers this quarter, way more than anyone expected.', ['subscribers']],
  ['Our DAUs are down 15% this month and nobody wants to talk about it.', ['DAUs']],
  ["Rumor has it we're getting bought by Globex before the end of the year.", ["Rumor has it we're"]],
  ['Word is the whole Berlin office is being let go in February.', ['being let go']],
  ["Call or text me, 98765 43210, I'm handling the event logistics.", ['98765 43210']],
  ['SSN for the onboarding form: 123 45 6789, please fix it HR', ['123 45 6789']],
  ['My passport number is X1234567 if the travel team needs it for the visa letter', ['X1234567']],
  ['Same store sales are down 8% this quarter, leadership is freaking out.', ['Same store sales']],
  ["The Q3 strategy deck says we're exiting three markets next year. Not public yet obviously.", ['Not public yet']],
  [
    "Got the org announcement early: my VP is leaving and we're merging with the platform team on Monday.",
    ['announcement early'],
  ],
  ['Excited to share that our GMV hit $1.4B last quarter, up 60% YoY!', ['GMV']],
  ['Honestly our net retention is 92% right now. Not the 120% we tell investors.', ['net retention']],
];

const MORE_MUST_NOT_FIRE: string[] = [
  "We're hiring! Send your CV to careers@acme.com. All applications are handled in confidence.",
  "Excited to announce we've acquired Globex! Read the press release: https://acme.com/news/globex",
  'Thrilled to share that Acme has completed its acquisition of Initech. Welcome to the team!',
  'Our Q3 results are out: revenue up 14% year over year. Full report on our IR site.',
  'We were named a Leader in the Gartner Magic Quadrant for the third year running.',
  'Join our webinar next week on confidential computing and data clean rooms.',
  'Heading to SaaStr next week. DM me if you want to grab coffee!',
  'Our customers are at the heart of everything we do.',
  'Customer story: how Globex cut onboarding time by 60% with Roadrunner.',
  'Proud to welcome Initech as our newest partner!',
  'Layoffs are hard. If you were affected by recent cuts anywhere in tech, my DMs are open.',
  "I was part of a layoff at my last company. Here's what I learned about resilience.",
  'Our merger with Globex officially closed today. Welcome, Globex colleagues!',
  'M&A tip: due diligence on culture matters as much as the financials.',
  'Tip: never post your boarding pass. The barcode contains your booking reference.',
  'Call us toll-free at 1-800-555-0100 or visit acme.com/support',
  'Our new office is at 500 Howard Street, San Francisco. Come say hi!',
  'Revenue follows when you get the customer experience right.',
  'We expect strong demand for Roadrunner next year based on the beta waitlist.',
  'Internal mobility is one of our best perks: 30% of roles were filled by internal candidates.',
  'Our internal tools team just open-sourced the deploy dashboard.',
  'Do not share your one-time code with anyone, including Acme staff.',
  'Happy to share our 2025 impact report. Link in comments.',
  "Our customers include some of the world's largest banks.",
  'Embargo lifted! Today we launch Roadrunner 4. Read the coverage in TechCrunch.',
  'Quarterly business reviews are where customer success earns its keep.',
  'Our CFO will present our Q2 results on the earnings call on Aug 5.',
  'Tune in Thursday when we report our Q3 results live at 5pm ET.',
  'Three lessons from running a confidential hiring process for a CEO role.',
  'Our whistleblower hotline is confidential and available 24/7.',
  "We're hiring a Head of Revenue. Our revenue team will double next year.",
  'Our new pricing page is live: simpler plans, same great product.',
  'Today we announced our plan to open a hub in Nairobi next year!',
  'Great to see the roadmap session packed at our user conference.',
  'If your password is password123, please change it today.',
  'Reset your password from the login page if you get locked out.',
  'Security reminder: our staff will never ask for your password.',
  'Proud of our team for closing the year with 40 new hires.',
  'Our booth is #214. Come see the Roadrunner demo!',
  'The Acme Foundation donated $250,000 to coding schools this year.',
  'Reminder that the open enrollment deadline is Friday.',
  "We're growing! Our team will double next year and we are hiring across EMEA.",
  'Just wrapped our sales kickoff. Our sales team is ready for next year.',
  'Congrats to Priya on her promotion to VP of Engineering!',
  'The CEO of Globex said it best at Dreamforce: customer trust is everything.',
  "What's the best way to structure an NDA with a design agency? Asking for a friend.",
  'Our Series B was announced today: $40M led by Sequoia. Read more on our blog.',
  'I got laid off today after 6 years. Open to roles in product design, DMs open.',
  'Restructuring your data pipeline? Here are five patterns that work.',
  'Our client success team is hosting office hours next Tuesday.',
  'My clients are mostly founders of seed-stage startups.',
  'If you sell to enterprises, your customer list is your best reference.',
  'IBAN and SWIFT payments are now supported in Acme Pay.',
  'You can reach our press office at +1 415 555 0100 during business hours.',
  'Proud to announce that Acme has signed a definitive agreement to acquire Hooli. Press release: https://acme.com/news',
  'Five ways to keep your customer data confidential in the cloud.',
  'We publish our pricing openly. No "contact sales" games.',
  'Our Q3 earnings call is on Oct 28 at 5pm ET. Register on our IR site.',
  'How we reduced churn by 30% for our customers with better onboarding.',
  'Excited to share our Series A! We raised $12M led by Accel.',
  "The layoffs in tech this year have been brutal. Here's a list of companies hiring.",
  'Office closed Monday for the public holiday. Support remains available 24/7.',
  "We're buying lunch for anyone who stops by booth 14 today!",
  "Come work with us! We're cutting-edge and growing fast.",
  'Our team is firing up the grill for the summer party next Friday!',
  "We're acquiring new skills every day at the Acme Academy.",
  'Leadership lesson: overheard a great line from a mentor today, "clarity is kindness".',
  "Internal hackathon week starts Monday! Can't wait to see what the teams build.",
  'Password managers are the easiest security win. Use one, please.',
  'Set a PIN on your SIM card. Carriers let you do it for free.',
  'Login issues today? Status page: status.acme.com',
  'Our pricing: $29/month for Starter, $99/month for Pro.',
  'Our team of 40 engineers ships every day.',
  'We are hiring a Head of Corporate Development to lead M&A.',
  'Our biggest customer milestone yet: 10,000 teams on Roadrunner.',
  'Customer success story: Initech saved 12 hours a week with Acme Cloud.',
  'Runway show season is here, and our design team is in Milan!',
  'Excited to welcome our new interns next week!',
  'We exceeded our fundraising goal for the charity run. Thank you all!',
  'Big thanks to the team for a smooth migration this weekend.',
  'Our press kit is at acme.com/press. For media, email press@acme.com.',
  "I'm leaving Acme after 8 years. Thank you for everything!",
  "We're merging two of our Slack channels into one. Less noise, more signal.",
  'Reminder: the Q4 planning doc is due Friday, team.',
  'What I learned from 3 acquisitions: integration is a people problem.',
  'Excited to hit 1 million users! Thank you to everyone who tried Roadrunner.',
  "Rumor has it there's cake in the kitchen 🎂",
  'Our NPS is 72, and we publish it on our website every quarter.',
  'Call our sales team at 1-888-555-0100 for a demo.',
  'Our subscriber newsletter goes out every Tuesday. Sign up!',
  'Word is out: Roadrunner 4 is live today!',
  "We're merging our two podcasts into one show this season.",
  'The Acme careers page lists every open role with salary ranges.',
];

describe('confidential: more ways people write it', () => {
  it.each(MORE_MUST_FIRE)('fires on %j', (text, words) => {
    expect(flaggedIn(text, CORPUS)).toEqual(words);
  });

  it.each(MORE_MUST_NOT_FIRE)('stays quiet on %j', (text) => {
    expect(findings({ text }, CORPUS)).toEqual([]);
  });

  it('points at a credential with exact offsets and asks to change it', () => {
    const text = 'Our staging admin password is Acme#2026 if anyone needs it';
    const [f] = findings({ text }, CORPUS);
    expect([f?.start, f?.end]).toEqual([18, 39]);
    expect(f?.message).toBe(
      'Contains a password or login — never post credentials; remove it and change the password.',
    );
  });

  it('finds a codename inside a hashtag and plurals of confidential terms', () => {
    expect(flaggedIn('Big week for #NightjarLaunch and the board decks', CORPUS)).toEqual([
      '#NightjarLaunch',
      'board decks',
    ]);
  });

  it('flags links to intranet, wiki and ticket hosts, not the public site', () => {
    expect(flaggedIn('Notes: https://acme.atlassian.net/wiki/spaces/ENG/pages/1', CORPUS)).toEqual([
      'https://acme.atlassian.net/wiki/spaces/ENG/pages/1',
    ]);
    expect(findings({ text: 'Read more at https://acme.com/blog/launch' }, CORPUS)).toEqual([]);
  });
});

/** Written fresh in round two (new voices, countries and topics); measured before the rules were widened. */
const FRESH_MUST_FIRE: [string, string[]][] = [
  [
    "Not supposed to say this yet but we're shutting down the Leeds office in March. Gutted for the team.",
    ['Not supposed to say'],
  ],
  [
    'Just saw the org chart for next year... half my department is gone. Restructuring announcement drops Monday apparently 😬',
    ['Restructuring'],
  ],
  ["Our Q4 bookings came in at $31M vs a $27M plan. Street has no idea. Can't wait for Feb.", ['bookings']],
  [
    'pls dont share outside the team but the new pricing goes live 1 Jan, 15% increase across all tiers',
    ['dont share'],
  ],
  ['Between us, the board approved the sale of the consumer division last night.', ['Between us']],
  ["Sharing the slides from today's all-hands (internal, obvs) - link in comments", ['internal']],
  [
    'Proud moment: we closed a 5-year, $9M agreement with Barclays this week!! 🎉 #sales #winning',
    ['agreement with Barclays'],
  ],
  [
    'Heads up team — the reorg is being announced next Tuesday, about 80 roles affected.',
    ['reorg', '80 roles affected'],
  ],
  ['Hearing from inside that Acme will lay off ~10% of staff after the holidays.', ['will lay off']],
  ['Our gross margin dropped to 41% last quarter, lowest since 2019. Ouch.', ['gross margin']],
  ['For anyone asking: my new number is 0412 345 678, old one is dead', ['0412 345 678']],
  ['Leaked internal roadmap shows Acme Cloud v5 slipping to Q3. #tech', ['Leaked internal roadmap']],
  ['Accidentally posted the NDA version of the deck on my blog lol, taking it down', ['NDA version']],
  ['Team offsite notes (NOT FOR DISTRIBUTION): focus areas for FY27 are APAC and retail.', ['NOT FOR DISTRIBUTION']],
  ["Big news coming: we're in final talks to buy a fintech startup in Berlin. Can't say more 🤐", ['talks to buy']],
  ['Our churn hit 9% in October, the CFO is not happy.', ['churn']],
  ['Shhh 🤫 Project Nightjar demo day is next week', ['Nightjar']],
  ['Sales leaderboard (internal): Priya $1.2M, Tom $980k, Sam $870k. Legends!', ['internal']],
  ['Dear recruiters, contact me directly at rahul.sharma1987@yahoo.co.in', ['rahul.sharma1987@yahoo.co.in']],
  [
    'Kindly note the attached price book is for partner eyes only, not to be shared with end customers.',
    ['price book', 'eyes only', 'not to be shared'],
  ],
  ['Word is the hiring freeze extends through H1. Sorry to everyone waiting on offers.', ['hiring freeze']],
  ['Our ARR crossed $100M this month — not public yet so keep it quiet 😉', ['ARR', 'not public yet', 'keep it quiet']],
  ['Mate, the Woolworths deal is signed, $4.5m over three years. Pub on me!', ['Woolworths deal is signed']],
  ['The internal email from the CEO says bonuses are cut by 50% this year.', ['internal email']],
  ["We'll announce the acquisition of Northwind next week, embargo until 8am Tuesday.", ['embargo until']],
  [
    "Can't believe they're closing the Pune centre by June. 300 people and nobody has been told officially.",
    ['nobody has been told'],
  ],
  ["FYI the Telstra renewal came through at $2.1M 🙌 don't post this anywhere lol", ["don't post"]],
  ['Screenshot from our internal Slack: "all travel frozen until further notice".', ['internal Slack']],
  ['Our burn is about $3M a month right now, so next raise has to happen by summer.', ['burn']],
  [
    'Hot off the press (well, not yet): Acme is merging with Globex. Announcement on the 14th.',
    ['Acme is merging with Globex'],
  ],
  ['Our biggest customer Qantas is threatening to churn. Pray for us.', ['Our biggest customer Qantas']],
  ['ok so the redundancy list is out internally and my whole squad is on it 😭', ['redundancy list', 'out internally']],
  [
    'Password for the demo tenant is Acme@2027 if anyone needs it for the workshop',
    ['Password for the demo tenant is Acme@2027'],
  ],
  ['CONFIDENTIAL — do not forward. Draft pricing for Anvil Pro attached.', ['CONFIDENTIAL', 'do not forward']],
  ['Fun fact our EBITDA was negative 12M in H1 and the board is furious', ['EBITDA']],
  ['Pls call my personal mobile 9876543210 for urgent issues - Rahul', ['9876543210']],
  ["Can't wait to tell you all about Bluefin next month!!", ['Bluefin']],
  ["we're planning to close 40 stores next year, leadership says. Sad.", ['close 40 stores']],
  ['Not meant to share but our conversion rate tanked to 1.2% this month', ['Not meant to share', 'conversion rate']],
  [
    'Customer list export for the partner event, all 1,200 accounts with contacts — DM me if you want a copy',
    ['Customer list'],
  ],
  ["Off the record: Acme's next gen chip tapes out in October.", ['Off the record']],
  ['Acme will cut 15% of its workforce in January, per an internal memo I saw.', ['internal memo']],
  ['Our win with HSBC is worth $6M a year, shh 🤫', ['win with HSBC']],
];

const FRESH_MUST_NOT_FIRE: string[] = [
  'Thrilled to announce our partnership with Northwind Traders! Read the press release.',
  "We're hiring: Senior Data Engineer in Leeds. Apply via the link.",
  'Our Q3 results are out — revenue grew 18% year over year. Full report on our IR site.',
  'Thanks to everyone who joined our webinar on data privacy today!',
  'How do you keep customer data confidential when using AI tools? Great panel at #GDPRSummit.',
  'Congrats to the team on shipping Anvil 3.0 — faster builds, fewer headaches.',
  '5 tips for negotiating your first salary (from someone who got it wrong).',
  "Restructuring your codebase? Here's how we migrated 2M lines to TypeScript.",
  'Welcome Priya to the Acme family! She joins us as VP Sales.',
  'Our customer success team won the Stevie award 🏆',
  'Reminder: our office will be closed on Monday for the bank holiday.',
  "What's the best way to forecast revenue in an early-stage startup? Thread 🧵",
  'Layoffs are brutal. If you were affected at any company this year, DM me — happy to review CVs.',
  'Acme Cloud pricing is simple: pay for what you use. Details on acme.com/pricing',
  'Privacy by design: every document you upload stays confidential and encrypted.',
  'Honoured to speak at the Fintech Week in Sydney next month!',
  'Just passed my AWS Solutions Architect exam 🎉',
  'We signed the Climate Pledge today — net zero by 2040.',
  'Our board welcomes two new independent directors, announced today.',
  "Merger and acquisition law is changing in the EU — here's what founders need to know.",
  'Leaked passwords are still the #1 cause of breaches. Turn on MFA.',
  'Internal mobility is how I went from support to product manager in 3 years.',
  'Join our team at booth B12 at Web Summit, Lisbon!',
  'Proud of our interns — their final demo day was amazing.',
  'The org chart of a startup changes every 6 months. Embrace it.',
  'Today we announced our Q2 results. Revenue up 12%. Thanks to our customers and team.',
  "We're proud to announce a multi-year partnership with Telstra, announced this morning.",
  'Looking for a new role after 8 years at Acme — happy to chat: linkedin.com/in/priya',
  'Our Dublin office is hiring 40 engineers this year! Apply now.',
  'Join us Thursday for a webinar on board reporting best practices.',
  '3 lessons from negotiating a $2M enterprise contract (anonymised, of course).',
  "Customers often ask: is my data confidential? Yes — here's how we protect it.",
  'Shoutout to the Pune team for an amazing hackathon 🇮🇳',
  "We're celebrating 500 customers across 30 countries!",
  'Restructuring debt is hard. Our CFO explains how mid-market firms do it.',
  'New blog: how we reduced our AWS bill by 40% last year.',
  'Announcing Anvil Pro: available today for $49/month.',
  'Big thanks to Qantas for hosting our customer meetup in Sydney.',
  'Our ESG report for 2026 is now published.',
  'Interested in a career in sales? Our graduate program opens Monday.',
  "Internal tools are underrated. Here's our stack.",
  "Recruiters: please don't call my mobile, email is better.",
  'Congrats to our partner Northwind on their funding round announced today!',
  'How do you handle layoffs with dignity? A thoughtful piece by our Chief People Officer.',
  '200 jobs created in Manchester thanks to our new hub, opening this spring.',
  'Webinar recording (internal training series, now public!) — watch here.',
  'Our deal desk team makes enterprise buying painless.',
  'The new Acme Cloud region in Melbourne goes live next Tuesday!',
  'The 2026 State of DevOps report is out. Key findings below.',
  'Thanks Barclays and HSBC for joining our panel on open banking.',
];

describe('confidential: fresh posts from round two', () => {
  it.each(FRESH_MUST_FIRE)('fires on %j', (text, words) => {
    expect(flaggedIn(text, CORPUS)).toEqual(words);
  });

  it.each(FRESH_MUST_NOT_FIRE)('stays quiet on %j', (text) => {
    expect(findings({ text }, CORPUS)).toEqual([]);
  });
});
