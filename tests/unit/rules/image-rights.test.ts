import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Post } from '../../../src/core/types';

function imageRights(post: Post, policy: Policy = {}) {
  return checkPost(post, resolvePolicy([{ source: 'file', policy }]).policy).filter((f) => f.rule === 'image-rights');
}

describe('image-rights', () => {
  it.each([
    [1, 'Confirm you have the right to share the attached image or video'],
    [3, 'Confirm you have the right to share the 3 attached images or videos'],
  ])('reminds the author when %i media are attached', (media, phrase) => {
    const findings = imageRights({ text: 'Team photo from the offsite!', media });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('info');
    expect(findings[0]?.message).toContain(phrase);
    expect(findings[0]?.message).toContain('no one shown objects');
    // About the attachment, not about any words: no offsets.
    expect(findings[0]?.start).toBeUndefined();
  });

  it.each([
    ['no media field', { text: 'Team photo from the offsite!' }],
    ['zero media', { text: 'Photo credit: Jane Doe', media: 0 }],
    ['text that talks about images', { text: 'New screenshot tool, image editing and video calls — all in one.' }],
    [
      'a quoted post with media is someone else’s',
      { text: 'Look', surface: 'quote' as const, quoted: { text: 'my photo' } },
    ],
  ])('stays quiet with %s', (_name, post) => {
    expect(imageRights(post)).toEqual([]);
  });

  it('follows the configured severity', () => {
    expect(imageRights({ text: 'x', media: 1 }, { rules: { 'image-rights': { severity: 'warn' } } })[0]?.severity).toBe(
      'warn',
    );
    expect(imageRights({ text: 'x', media: 1 }, { rules: { 'image-rights': { severity: 'off' } } })).toEqual([]);
  });
});
