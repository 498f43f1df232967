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
