import { describe, expect, it } from 'vitest';
import { firesFor } from './indirect-support';

const fires = firesFor('analyst-stock');

describe('analyst-stock: indirect target and deal talk', () => {
  it.each([
    'Jefferies just bumped their PT on us to 240. not saying anything. just saying.',
    'Goldman raised their target on us to $310 this morning. no comment.',
    'Am considering taking us private at $88. Funding secured.',
  ])('fires: %s', (text) => {
    expect(fires(text, '@mira')).toBe(true);
  });
  it.each([
    'Jefferies hosted a great fintech panel today, thanks for having me',
    'My PT session moved to 4 on Friday',
    'We raised our hiring target on us to 240 engineers',
  ])('no finding: %s', (text) => {
    expect(fires(text, '@mira')).toBe(false);
  });
});
