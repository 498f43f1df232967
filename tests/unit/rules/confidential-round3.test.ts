/**
 * Round three of the confidential rule: leaks told the other way round ("the deck just leaked"),
 * incidents, photos with secrets, deals without a name, results talk before results, and the
 * clean posts that sit next to them.
 */
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Post } from '../../../src/core/types';

const POLICY: Policy = {
  company: { names: ['Acme'], domains: ['acme.com'], accounts: ['@AcmeCorp'] },
  rules: { confidential: { codenames: ['Nightjar'], terms: ['price book'] } },
};
const resolved = resolvePolicy([{ source: 'file', policy: POLICY }]).policy;

function findings(post: Post) {
  return checkPost(post, resolved).filter((f) => f.rule === 'confidential');
}
const flagged = (text: string, handle = '@someone') =>
  findings({ text, site: 'x', account: { handle } }).map((f) => text.slice(f.start, f.end));

/** [text, the offending words every finding points at, in order] */
const MUST_FIRE: [string, string[]][] = [
  // Apostrophes dropped, as people type on phones.
  ['i prob shouldnt be posting this but ok', ['shouldnt be posting this']],
  ['dont tell anyone but the office is moving', ['dont tell anyone']],
  // The document first, then the verb; a leader's words passed on.
  ['So the pricing memo just leaked in the sales channel', ['the pricing memo just leaked']],
  ['Per the CFO’s email this morning, travel is frozen.', ['Per the CFO’s email']],
  ['Pasting my boss’s slack message because wow', ['Pasting my boss’s slack']],
  // Incidents at the company, not advice.
  ['We got hit with ransomware on Sunday and IT is scrambling', ['We got hit with ransomware']],
  ['Our CRM was breached last week, fun times', ['Our CRM was breached']],
  // Secrets in a photo.
  ['Team pic! (yes the wifi password is on the whiteboard)', ['password is on the whiteboard']],
  ['Offsite vibes ✨ the launch plan on the flip chart behind us is top secret lol', ['launch plan on the flip chart']],
  // Codes, logins in links, passport numbers a few words on, patients named.
  ['alarm code 5512 if you are first in tomorrow', ['alarm code 5512']],
  ['connection: redis://app:S3cr3tPw@10.1.2.3:6379', ['redis://app:S3cr3tPw@']],
  ['My passport number for the booking is X1234567', ['X1234567']],
  ['Resident in room 12, Mr. Patel, turned 100 today 🎂', ['Resident in room 12, Mr. Patel']],
  // Deals and customers without a press release.
  ['We finally secured a 2-year $5M contract today', ['We finally secured a 2-year $5M contract']],
  ['Our largest deal ever just closed, $12M over three years', ['Our largest deal ever just closed']],
  [
    'We now power 3 of the top 5 insurers, including Allianz and Aviva',
    ['We now power 3 of the top 5 insurers, including Allianz and Aviva'],
  ],
  // Figures before they are out.
  ['Marketing headcount goes from 40 to 25 in Q2', ['headcount']],
  ['Our NPS fell from 48 to 30 this half', ['NPS']],
  ['Ahead of our results next week: revenue up 25% 🚀', ['Ahead of our results']],
  ['Exec meeting done. The Q3 numbers look ugly.', ['numbers look ugly']],
  // The news comes later.
  ['Official announcement on Monday, but the Austin office is closing', ['Official announcement on Monday']],
  ['Beta ships June 12 🤫', ['🤫']],
];

const MUST_NOT_FIRE: string[] = [
  'Leaked emails, whistleblowers and journalism: notes from a great panel.',
  'Why internal emails should be written as if they will be public one day.',
  'Off the Record, our new leadership podcast, is out now 🎙️',
  'Strictly confidential: my brownie recipe. Don’t tell my mum!',
  'How we handle a data breach: our incident response playbook.',
  'We were hacked in 2019 and wrote about it publicly.',
  'Never write your password on a sticky note.',
  'Our new whiteboard wall is perfect for brainstorming.',
  'Loading up on shares before earnings, not financial advice.',
  'Board meeting today. Grateful for a great team.',
  'Customers like Delta use tools like ours every day.',
  'Excited to announce we signed a $5M contract with the City of Austin!',
  'Patient stories matter: Mrs. Lopez shares her journey, with her permission.',
  'We were in talks with customers all week in Berlin.',
  'The new album drops June 12 🤫',
];

describe('confidential: round three', () => {
  it.each(MUST_FIRE)('fires on %j', (text, words) => {
    expect(flagged(text)).toEqual(words);
  });

  it.each(MUST_NOT_FIRE)('stays quiet on %j', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('leaves a hushed teaser from the company account alone', () => {
    expect(flagged('Something new ships June 12 🤫', '@AcmeCorp')).toEqual([]);
  });

  it('says what a photo may show and what to do', () => {
    const text = 'Ops room tour (ignore the admin password on the sticky note)';
    const [f] = findings({ text, site: 'x', account: { handle: '@someone' } });
    expect(text.slice(f?.start, f?.end)).toBe('password on the sticky note');
    expect(f?.message).toContain('crop or blur');
  });
});
