/**
 * Realistic English B2B post text of an exact length, the same on every run: ordinary sentences
 * with some links, @mentions, #hashtags and numbers, chosen by a seeded generator.
 */
const SENTENCES = [
  'We just shipped a new version of our routing engine with faster ETAs for every customer.',
  'Thanks to everyone who joined our webinar on last-mile delivery this week.',
  'The recording is here: https://www.example.com/webinars/last-mile-2026',
  'Huge thanks to @dana_builds and @tomreyes for an incredible demo at the booth.',
  'Our team is hiring backend engineers in Berlin, Lisbon and remote across the EU.',
  'Customer story: a regional grocer cut fuel spend by 18% in six months.',
  'Read the full case study at https://www.example.org/customers/fresh-fields?utm_source=social',
  'What a week at the conference! So many great conversations about supply chain resilience.',
  'Three lessons from interviewing forty customers: onboarding matters, errors matter, speed matters.',
  '#logistics #supplychain #hiring',
  'Proud of this team for closing the quarter with a record satisfaction score of 97%.',
  'Join us next Thursday at 4pm CET for a live Q&A with our product team.',
  'If you are at the expo, come find us at booth S1234 for coffee and a live demo.',
  'Our new driver app works offline and syncs proof of delivery when the signal returns.',
  'Happy holidays from all of us, and thank you for a wonderful year of partnership.',
  'We wrote up how we rebuilt the ETA service to handle 50,000 requests per second.',
  'Congratulations to the winners of this year’s customer innovation awards! 🎉',
  'Slides from my talk are on my blog: https://blog.example.net/talks/routing-at-scale',
  'Reminder: registration for the summer summit closes on March 1.',
  'Shoutout to the support team, who answered 12,000 tickets last month.',
  'New in the dashboard: scheduled reports, bulk edits and a dark mode many of you asked for.',
  'Welcome to our newest colleagues who joined this month across sales, design and engineering.',
  'Great panel with @priya_codes on data contracts, notes in the thread below.',
  'Our sustainability report shows emissions down 41% since 2022. #sustainability',
];

/** mulberry32: a tiny, well-distributed seeded generator. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Exactly `length` characters (UTF-16 units), cut at a space so no word or link is broken. */
export function sampleText(length: number, seed = 2026): string {
  const next = seeded(seed);
  let text = '';
  let sinceBreak = 0;
  while (text.length < length + 200) {
    const sentence = SENTENCES[Math.floor(next() * SENTENCES.length)] as string;
    sinceBreak++;
    // A paragraph break every few sentences, as real posts have.
    const sep = text === '' ? '' : sinceBreak > 3 && next() < 0.4 ? '\n\n' : ' ';
    if (sep === '\n\n') sinceBreak = 0;
    text += sep + sentence;
  }
  const cut = text.lastIndexOf(' ', length);
  // Trailing spaces make up the exact length without a broken word at the end.
  return text.slice(0, cut).padEnd(length, ' ');
}
