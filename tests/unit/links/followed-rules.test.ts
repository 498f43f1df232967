/**
 * The pure rules reading Post.links (what the background learned): no network here. Each way
 * following can end gives its verdict; without Post.links the offline verdict stands.
 */
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { destinationOf, followedLink } from '../../../src/core/links/followed';
import { registrableDomain } from '../../../src/core/links/url';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Post, PostLink } from '../../../src/core/types';

const policy = resolvePolicy([
  { source: 'file', policy: { company: { names: ['Acme'], domains: ['acme.com'] } } },
]).policy;

function messages(text: string, link?: Omit<PostLink, 'url'>, extra: Partial<Post> = {}) {
  const post: Post = { text, ...extra, ...(link && { links: [{ url: 'https://bit.ly/3xYz', ...link }] }) };
  const findings = checkPost(post, policy);
  const of = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.message);
  return { risky: of('risky-link'), analyst: of('analyst-stock'), unread: of('unread-link') };
}

const OFFLINE = 'bit.ly/3xYz hides where it leads — share the full link (e.g. after opening it) instead.';

describe('risky-link with a followed short link', () => {
  it('names a clean destination', () => {
    const m = messages('Read bit.ly/3xYz', { status: 'resolved', resolved: 'https://example.org/report', hops: 1 });
    expect(m.risky).toEqual([
      'bit.ly/3xYz leads to example.org/report — readers cannot see that before they click; share the full link instead.',
    ]);
  });

  it('says what is wrong with the destination', () => {
    const m = messages('Read bit.ly/3xYz', { status: 'resolved', resolved: 'http://203.0.113.7/login', hops: 2 });
    expect(m.risky).toEqual([
      expect.stringMatching(/^bit\.ly\/3xYz leads to http:\/\/203\.0\.113\.7\/login\. .*bare IP address/),
    ]);
  });

  it.each([
    [{ status: 'loop', resolved: 'https://bit.ly/3xYz', hops: 2 }, 'redirects in a loop'],
    [{ status: 'too-many-hops', resolved: 'https://z.example/11', hops: 10 }, 'more than 10 redirects'],
    [{ status: 'http-error', resolved: 'https://example.org/gone', hops: 1, httpStatus: 410 }, '“410 Gone”'],
  ] as const)('%o', (link, expected) => {
    expect(messages('Read bit.ly/3xYz', link).risky).toEqual([expect.stringContaining(expected)]);
  });

  it.each([
    { status: 'timeout', resolved: 'https://bit.ly/3xYz', hops: 0 },
    { status: 'failed', resolved: 'https://bit.ly/3xYz', hops: 0 },
  ] as const)('keeps the offline verdict on %o', (link) => {
    expect(messages('Read bit.ly/3xYz', link).risky).toEqual([OFFLINE]);
  });

  it('without Post.links (the CLI) the verdict is the offline one', () => {
    expect(messages('Read bit.ly/3xYz').risky).toEqual([OFFLINE]);
  });
});

describe('analyst-stock with a followed short link', () => {
  it('an analyst site', () => {
    const m = messages('Read bit.ly/3xYz', {
      status: 'resolved',
      resolved: 'https://seekingalpha.com/article/4567-acme-upgraded',
      hops: 1,
    });
    expect(m.analyst).toEqual([
      expect.stringMatching(
        /^bit\.ly\/3xYz leads to seekingalpha\.com\/article\/4567-acme-upgraded — an analyst article on seekingalpha\.com/,
      ),
    ]);
  });

  it('an analyst-rating path on another site', () => {
    const m = messages('Read bit.ly/3xYz', {
      status: 'resolved',
      resolved: 'https://news.example.com/markets/acme-price-target-raised',
      hops: 1,
    });
    expect(m.analyst).toEqual([
      expect.stringContaining('bit.ly/3xYz leads to news.example.com/markets/acme-price-target-raised'),
    ]);
  });

  it('a destination that is not about stocks stays quiet', () => {
    expect(
      messages('Read bit.ly/3xYz', { status: 'resolved', resolved: 'https://example.org/recipe', hops: 1 }).analyst,
    ).toEqual([]);
  });
});

describe('unread-link with a followed short link', () => {
  const toReport = { status: 'resolved', resolved: 'https://example.org/report?utm_source=x', hops: 1 } as const;

  it('names the destination and carries the link for "Open link"', () => {
    const post: Post = { text: 'Read bit.ly/3xYz', links: [{ url: 'https://bit.ly/3xYz', ...toReport }] };
    const [finding] = checkPost(post, policy).filter((f) => f.rule === 'unread-link');
    expect(finding).toMatchObject({
      message:
        'You have not opened bit.ly/3xYz (it leads to example.org/report?utm_source=x) — open it and read it before you share it.',
      link: 'https://bit.ly/3xYz',
      start: 5,
      end: 16,
    });
  });

  it('counts as read when the destination was opened', () => {
    expect(messages('Read bit.ly/3xYz', toReport, { openedLinks: ['https://example.org/report'] }).unread).toEqual([]);
  });

  it('a short link to the company’s own site is not flagged', () => {
    const m = messages('Read bit.ly/3xYz', { status: 'resolved', resolved: 'https://www.acme.com/blog/post', hops: 1 });
    expect(m.unread).toEqual([]);
  });
});

describe('helpers', () => {
  it('matches Post.links by normalised form and ignores a destination equal to the link', () => {
    const post: Post = {
      text: '',
      links: [
        { url: 'http://bit.ly/a?utm_source=x', status: 'resolved', resolved: 'https://example.org/a' },
        { url: 'https://bit.ly/b', status: 'resolved', resolved: 'https://bit.ly/b/' },
      ],
    };
    expect(followedLink(post, 'bit.ly/a')?.resolved).toBe('https://example.org/a');
    expect(destinationOf(post, 'https://bit.ly/a')).toBe('https://example.org/a');
    expect(destinationOf(post, 'bit.ly/b')).toBeUndefined();
    expect(destinationOf(post, 'bit.ly/c')).toBeUndefined();
  });

  it('registrable domains honour private suffixes and IDN', () => {
    expect(registrableDomain('news.bbc.co.uk/x')).toBe('bbc.co.uk');
    expect(registrableDomain('https://alice.github.io/blog')).toBe('alice.github.io');
    expect(registrableDomain('https://münchen.de/a')).toBe('xn--mnchen-3ya.de');
  });
});
