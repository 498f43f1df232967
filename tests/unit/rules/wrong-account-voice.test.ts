import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';

const COMPANY: Policy = {
  company: {
    names: ['Acme', 'Acme Corp'],
    products: ['Roadrunner', 'Anvil'],
    accounts: ['@AcmeCorp', '@AcmeSupport', 'linkedin.com/company/acme'],
  },
};
const policy = resolvePolicy([{ source: 'file', policy: COMPANY }]).policy;
const check = (text: string, handle = '@AcmeCorp') =>
  checkPost({ text, site: 'x', account: { handle } }, policy).filter((f) => f.rule === 'wrong-account');
const pointed = (text: string, handle?: string) => check(text, handle).map((f) => text.slice(f.start, f.end));

describe('wrong-account: a diary sentence drops its "I"', () => {
  // [post, the words the finding points at]: the unwritten "I" adds to one other sign.
  it.each([
    ['Missed the last bus home AGAIN. Surge pricing is daylight robbery', 'daylight robbery'],
    ['Been off sick all week with the flu, finally feel human again', 'off sick'],
    ['Leaving work early to see Coldplay tonight', 'Coldplay'],
    ['Flight delayed 5 hours. Sitting on the floor at gate 32', 'delayed'],
    ['ngl kinda want to quit and open a bakery', 'ngl'],
    ['Just found out I’m going to be an aunt!!!', 'I’m'],
    ['Need someone to cover my shift Saturday, will buy you lunch', 'my'],
    ['Overslept and missed the school drop-off', 'school drop-off'],
    // Nothing but two unwritten "I"s: the finding points at the first verb.
    ['Weekend: did nothing, saw no one, perfect', 'did'],
  ])('%s', (text, words) => {
    expect(pointed(text)).toEqual([words]);
  });

  it.each([
    // Brand copy opens with verbs too: questions, verbs aimed at the reader, and the company's "we".
    'Missed the webinar? The recording is up on our blog.',
    'Stuck in traffic? Live ETAs keep your customers updated.',
    'Lost your password? Reset it in two clicks.',
    "Can't wait to see you all at the summit next month!",
    'Woke up to 500 new sign-ups overnight. Welcome, everyone!',
    'Off to Lisbon for Web Summit! Come find us at stand A12.',
    'Spent the week at the customer advisory board in Denver. Huge thanks to everyone who came.',
    'Got feedback on the new dashboard? Tell us in the replies.',
    // One unwritten "I" alone is not enough.
    'Finished the migration to the new region tonight.',
  ])('must not fire: %s', (text) => {
    expect(check(text)).toEqual([]);
  });

  it('reads verbs inside quotation marks as someone else’s', () => {
    expect(check('"Missed the bus, got soaked, still made the demo," says our driver of the year.')).toEqual([]);
  });
});

describe('wrong-account: sign-offs, tags and care replies', () => {
  it('a kiss at the end is a sign-off between friends', () => {
    expect(pointed('Dealing with some family stuff, back soon x')).toEqual(['family stuff']);
    expect(check('Dealing with some family stuff, back soon')).toEqual([]);
    // A capital X ends a name, not a kiss.
    expect(check('Roadrunner now runs on Xbox Series X')).toEqual([]);
  });

  it('reads a lowercase tag whole when it is a listed phrase run together', () => {
    const text = 'Found another case of beers in the fridge. when we party we party right #gettinglit';
    expect(pointed(text)).toEqual(['#gettinglit']);
    // A tag that only contains a listed phrase is not split to find it.
    expect(check('New dashboards for every team #forgettinglittlethings')).toEqual([]);
  });

  it('counts several kinds of downtime as a personal weekend', () => {
    expect(pointed('Nothing like a Sunday roast and a nap on the sofa.')).toEqual(['Sunday roast']);
    expect(check('Need a break? Our new playlist is out.')).toEqual([]);
  });

  it('reads a customer-care reply in the first person as the company', () => {
    const reply =
      "Hi Dana — I'm sorry this happened. I've refunded the duplicate charge; it should show in 3–5 days. Anything else I can help with?";
    expect(check(reply, '@AcmeSupport')).toEqual([]);
  });
});
