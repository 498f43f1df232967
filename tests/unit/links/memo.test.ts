import { describe, expect, it } from 'vitest';
import { memoize } from '../../../src/core/links/memo';

describe('memoize', () => {
  it('answers a repeated input from memory, null answers included', () => {
    const calls: string[] = [];
    const f = memoize((s: string) => {
      calls.push(s);
      return s === 'none' ? null : s.length;
    });
    expect([f('abc'), f('abc'), f('none'), f('none')]).toEqual([3, 3, null, null]);
    expect(calls).toEqual(['abc', 'none']);
  });

  it('keeps at most `max` answers, dropping the oldest first', () => {
    const calls: string[] = [];
    const f = memoize((s: string) => {
      calls.push(s);
      return s;
    }, 2);
    f('a');
    f('b');
    f('c'); // drops "a"
    f('b');
    f('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
