import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Post } from '../../../src/core/types';

const ACME: Policy = { company: { names: ['Acme'], domains: ['acme.com'] } };

function unread(post: Post, policy: Policy = ACME) {
  return checkPost(post, resolvePolicy([{ source: 'file', policy }]).policy).filter((f) => f.rule === 'unread-link');
}

/** [text, openedLinks, each unread link as written] */
const MUST_FIRE: [string, string[], string[]][] = [
  ['Must read: https://example.org/report', [], ['https://example.org/report']],
  [
    'Must read: example.org/report and https://news.example.net/a?id=7',
    ['https://example.org/report'],
    ['https://news.example.net/a?id=7'],
  ],
  ['See https://example.org/a and https://example.org/b', ['https://example.org/a'], ['https://example.org/b']],
  ['Great thread https://x.com/someone/status/123', [], ['https://x.com/someone/status/123']],
  ['Read bit.ly/3xYz', ['bit.ly/other'], ['bit.ly/3xYz']],
  ['Details: logisticssummit.eu and www.freightwaves.com', [], ['logisticssummit.eu', 'www.freightwaves.com']],
  ['Video https://youtu.be/abc123XYZ', ['https://youtu.be/zzz999'], ['https://youtu.be/abc123XYZ']],
  ['Read https://example.org/a?id=2', ['https://example.org/a?id=1'], ['https://example.org/a?id=2']],
  ['Read https://example.org/s?a=1', ['https://example.org/s?b=2'], ['https://example.org/s?a=1']],
];

/** [text, openedLinks] */
const MUST_NOT_FIRE: [string, string[]][] = [
  ['', []],
  ['No links here, just a note about our offsite.', []],
  ['Our blog: https://acme.com/blog and docs.acme.com/start', []],
  ['Read https://example.org/report', ['https://example.org/report']],
  ['Read http://www.example.org/report/', ['https://example.org/report']],
  ['Read example.org/report#summary', ['https://example.org/report']],
  ['Read https://example.org/report?utm_source=linkedin&utm_medium=social', ['https://example.org/report']],
  ['Read https://example.org/p?b=2&a=1', ['https://example.org/p?a=1&b=2']],
  ['Thread https://twitter.com/acme/status/1?s=20&t=abc', ['https://x.com/acme/status/1']],
  ['Email ana@example.org for the deck.', []],
  ['Run it and open http://localhost:5173 or http://127.0.0.1:8000/docs', []],
  ['Congrats to Maya who just joined Booking.com and Monday.com!', []],
  ['We use bit.ly for tracking; I posted it on x.com and linkedin.com', []],
  ['Great job team.Next step: launch', []],
  ['Video https://youtu.be/abc123XYZ', ['https://www.youtube.com/watch?v=abc123XYZ&feature=share']],
  ['Video https://www.youtube.com/watch?v=abc123XYZ&feature=youtu.be', ['https://youtu.be/abc123XYZ']],
  ['Read https://m.example.org/story/1', ['https://example.org/story/1']],
  ['Read https://example.org/story/1/amp', ['https://example.org/story/1']],
  ['Read https://example.org/a?ref=linkedin&smid=li-share', ['https://example.org/a']],
  ['Read https://example.org/news/a?srnd=premium', ['https://example.org/news/a']],
  ['Read https://example.org/watch?v=A', ['https://example.org/watch?v=A&list=xyz']],
];

describe('unread-link', () => {
  it.each(MUST_FIRE)('fires on %j (opened: %j)', (text, openedLinks, links) => {
    const findings = unread({ text, openedLinks });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(links);
    for (const f of findings) {
      expect(f.severity).toBe('warn');
      expect(f.message).toMatch(/^You have not opened .+ — open it and read it before you share it\.$/);
    }
  });

  it.each(MUST_NOT_FIRE)('stays quiet on %j (opened: %j)', (text, openedLinks) => {
    expect(unread({ text, openedLinks })).toEqual([]);
  });

  it('flags a repeated link once, at its first place', () => {
    const text = 'A: https://example.org/a. Again: example.org/a';
    expect(unread({ text }).map((f) => [f.start, f.end])).toEqual([[3, 24]]);
  });

  it('reads the post being reposted: links in it are shared too', () => {
    const findings = unread({
      text: 'This!',
      surface: 'repost',
      quoted: { text: 'New study https://example.org/study' },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ inQuoted: true });
    expect(
      unread({ text: 'This!', quoted: { text: 'https://example.org/study' }, openedLinks: ['example.org/study'] }),
    ).toEqual([]);
  });
});
