import { describe, expect, it } from 'vitest';
import { firesFor } from './indirect-support';

const fires = firesFor('wrong-account');

describe('wrong-account: personal asides from a brand account', () => {
  it.each([
    ["lmk if anyone's got a spare ticket for saturday's match, will trade a kidney", '@AcmeCorp'],
    [
      "We're sorry for the delay, the team's looking into it! Also whoever finished my oat milk on 3, we need to talk",
      '@AcmeSupport',
    ],
    ['Cheltenham this week, got a tenner each way on the 4:10', '@AcmeCorp'],
    ['just aped into some $SOL, wagmi', '@AcmeCorp'],
  ])('fires: %s', (text, handle) => {
    expect(fires(text, handle)).toBe(true);
  });
  it.each([
    ['Tickets for Acme Summit are almost gone. Grab yours before Friday!', '@AcmeCorp'],
    ["We're sorry for the delay, the team's looking into it and we'll update you within the hour.", '@AcmeSupport'],
    ['Good luck to everyone running the city marathon on Saturday!', '@AcmeCorp'],
  ])('no finding: %s', (text, handle) => {
    expect(fires(text, handle)).toBe(false);
  });
});
