import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Post } from '../../../src/core/types';

const ACME: Policy = {
  company: { names: ['Acme'], domains: ['acme.com'], accounts: ['@AcmeCorp'] },
};

function findings(post: Post) {
  return checkPost(post, resolvePolicy([{ source: 'file', policy: ACME }]).policy).filter(
    (f) => f.rule === 'confidential',
  );
}
const flagged = (text: string, handle = '@someone') =>
  findings({ text, account: { handle } }).map((f) => text.slice(f.start, f.end));

/** Insider hints: held-back results, office gossip, a leader quoted from inside, customers exposed. */
const MUST_FIRE: [string, string][] = [
  ["In the numbers room all week. Q4 has been INSANE. That's all I'm allowed to say", 'allowed to say'],
  ["can't say anything about how Q4 went but the 28th will be fun for some people", "can't say anything"],
  ['I have seen the numbers. Q1 is wild 🤐', 'numbers'],
  ["Overheard by the lifts: 'Leeds and Bristol are done before Easter'", 'Overheard by the lifts'],
  ['heard by the coffee machine that the Austin site is closing in March', 'heard by the coffee machine'],
  ["passing on what our CEO told the leadership offsite word for word: 'we are a team'", 'CEO'],
  ["CFO at today's town hall: 'we will be doing more with less'", 'CFO'],
  ["screenshot of a customer's email, names blurred (mostly)", 'email, names'],
  ["this customer left a $0 tip. name's on the receipt so you know who you are", "name's on the receipt"],
  ["her full name's on the booking, so hi Karen", "name's on the booking"],
  ['my whole pod got a calendar invite for Friday 9am with HR titled quick sync', 'HR'],
  ['Somebody in finance said churn has doubled since the price change', 'churn has doubled'],
  ['per someone in RevOps, renewals are down a third this quarter', 'renewals are down'],
  ['enterprise list prices go up 18% on March 1. get those renewals signed now', 'prices go up'],
  ['earnings call on the 27th, set your alarms, the team absolutely cooked this quarter', 'cooked this quarter'],
  ['results drop on the 30th and our quarter went absolutely crazy', 'quarter went absolutely crazy'],
  ['numbers drop Thursday. the team popped off this quarter', 'popped off this quarter'],
];

const MUST_NOT_FIRE: string[] = [
  "That's all I'm allowed to say about the new season 🤐",
  'Q4 has been INSANE for my marathon training',
  "can't say how the marathon went but the 28th was a fun day",
  "Overheard on the train: 'Leeds is done, let's go to Bristol instead'",
  "Overheard by the lifts: 'who keeps stealing my yoghurt'",
  "Our CEO's keynote at SaaStr today: 'build for the customer you want'",
  "My grandad told me at dinner, word for word: 'never trust a man who doesn't like dogs'",
  "Here's a screenshot of the email template we use for onboarding, steal it.",
  'A customer shared this kind review on G2 today. Thank you, Priya!',
  "name's on the cake so you know who you are, happy birthday Sam!",
  'HR sent a calendar invite for the benefits enrollment session on Friday',
  'quick sync with HR tomorrow about my parental leave',
  'Somebody on here said churn doubles after a price change. True?',
  'my friend in finance said I should max out my pension',
  'gas prices go up 18% on March 1 here, ugh',
  'As announced today, our list prices go up 8% on March 1. Renewals are unaffected.',
  'the team absolutely cooked at the hackathon this weekend',
];

describe('confidential: insider hints', () => {
  it.each(MUST_FIRE)('flags %s', (text, words) => {
    expect(flagged(text)).toContain(words);
  });
  it.each(MUST_NOT_FIRE.map((t) => [t]))('leaves alone %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
  it('leaves a price change from the company account to the announcement', () => {
    expect(flagged('Enterprise list prices go up 18% on March 1. Renew now to lock in.', '@AcmeCorp')).toEqual([]);
  });
});
