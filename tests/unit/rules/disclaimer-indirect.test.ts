import { describe, expect, it } from 'vitest';
import { firesFor } from './indirect-support';

const fires = firesFor('disclaimer');

describe('disclaimer: self-introductions disclose', () => {
  it.each([
    'Proud Acme engineer here: our team open-sourced a library today. PRs welcome!',
    'Acme SRE here, yes we saw the outage and Roadrunner is back up',
    'Longtime Acme designer, first-time poster: how we redesigned the dashboard',
    '(Acme engineer, obvious bias) Roadrunner 4.0 is out',
    'Former Acme PM here. The new Anvil pricing makes sense',
  ])('no finding: %s', (text) => {
    expect(fires(text, '@jane')).toBe(false);
  });
  it.each([
    'Happy Acme customer here: Roadrunner saved us hours',
    'Acme Summit attendee here! Loved the keynote',
    'Love the Acme engineers here, great support this week',
    'Met an Acme engineer here, Roadrunner looks great',
  ])('still fires: %s', (text) => {
    expect(fires(text, '@jane')).toBe(true);
  });
});
