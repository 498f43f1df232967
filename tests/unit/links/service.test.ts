/**
 * The link service in Node against loopback shorteners: each scenario ends in the engine's
 * verdict; the cache (hit, expiry, survives a new worker), the concurrency limit, the grace
 * before a check answers offline, and the opened-links record matched on both forms of a link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHopWith } from '../../../src/background/links/hop-fetch';
import { createLinkService, type LinkServiceDeps } from '../../../src/background/links/service';
import { memoryArea } from '../../../src/background/links/store';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Finding, Post } from '../../../src/core/types';
import { type LinkWeb, startLinkWeb } from './link-web';

const POLICY: Policy = { company: { names: ['Acme'], tickers: ['ACME'], domains: ['acme.com'] } };
const policyOf = (p: Policy = POLICY) => resolvePolicy([{ source: 'file', policy: p }]).policy;
const SHORTENER = /^https?:\/\/(bit\.ly|lnkd\.in|t\.co)\//;

let web: LinkWeb;

beforeAll(async () => {
  web = await startLinkWeb({
    '/bit.ly/sa': { redirect: 'https://lnkd.in/sa' },
    '/lnkd.in/sa': { redirect: 'https://t.co/sa' },
    '/t.co/sa': { redirect: 'https://seekingalpha.com/article/4567-acme-upgraded-to-buy' },
    '/bit.ly/loop': { redirect: 'https://bit.ly/loop' },
    '/bit.ly/slow': { delayMs: 2_000 },
    '/bit.ly/gone': { status: 404 },
    '/bit.ly/huge': { hugeBody: true },
    '/bit.ly/phish': { redirect: 'https://paypa1.com/login' },
    '/bit.ly/report': { redirect: 'https://example.org/report-2026?utm_source=x' },
    '/bit.ly/later': { delayMs: 600 },
    ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`/bit.ly/c${i}`, { delayMs: 150 }])),
  });
});
afterAll(() => web.close());

function service(overrides: Partial<LinkServiceDeps> = {}) {
  return createLinkService({
    resolutions: memoryArea(),
    opened: memoryArea(),
    fetchHop: web.mapped(fetchHopWith({ readsHtml: () => true })),
    // Like the extension with permission for the shortener hosts only.
    mayContact: async (url) => SHORTENER.test(url),
    graceMs: 1_000,
    ...overrides,
  });
}

async function verdict(text: string, deps: Partial<LinkServiceDeps> = {}, policy: Policy = POLICY) {
  const resolved = policyOf(policy);
  const { post } = await service(deps).prepare({ text }, resolved);
  const findings = checkPost(post, resolved);
  const of = (rule: string) => findings.filter((f) => f.rule === rule).map((f: Finding) => f.message);
  return { post, risky: of('risky-link'), analyst: of('analyst-stock'), unread: of('unread-link') };
}

describe('verdicts for followed short links', () => {
  it('a 3-hop chain to an analyst article: the findings name the destination', async () => {
    const v = await verdict('Worth a read bit.ly/sa');
    expect(v.post.links).toEqual([
      {
        url: 'https://bit.ly/sa',
        status: 'resolved',
        resolved: 'https://seekingalpha.com/article/4567-acme-upgraded-to-buy',
        hops: 3,
      },
    ]);
    expect(v.analyst).toEqual([
      expect.stringMatching(
        /^bit\.ly\/sa leads to seekingalpha\.com\/article\/4567-acme-upgraded-to-buy — an analyst article on seekingalpha\.com/,
      ),
    ]);
    expect(v.risky).toEqual([expect.stringContaining('bit.ly/sa leads to seekingalpha.com/article/4567')]);
    expect(v.unread).toEqual([expect.stringContaining('(it leads to seekingalpha.com/article/4567')]);
  });

  it('offline, the same post only says the short link hides its destination', async () => {
    const before = web.requests.length;
    const v = await verdict('Worth a read bit.ly/sa', { mayContact: async () => false });
    expect(v.post.links).toBeUndefined();
    expect(v.analyst).toEqual([]);
    expect(v.risky).toEqual(['bit.ly/sa hides where it leads — share the full link (e.g. after opening it) instead.']);
    expect(web.requests.length).toBe(before);
  });

  it('a redirect loop', async () => {
    const v = await verdict('Look bit.ly/loop');
    expect(v.post.links?.[0]?.status).toBe('loop');
    expect(v.risky).toEqual([expect.stringContaining('redirects in a loop')]);
  });

  it('a slow server past the time-out leaves the offline verdict', async () => {
    const v = await verdict('Look bit.ly/slow', { timeoutMs: 300 });
    expect(v.post.links?.[0]?.status).toBe('timeout');
    expect(v.risky).toEqual([
      'bit.ly/slow hides where it leads — share the full link (e.g. after opening it) instead.',
    ]);
  });

  it('a 404', async () => {
    const v = await verdict('Look bit.ly/gone');
    expect(v.post.links?.[0]).toMatchObject({ status: 'http-error', httpStatus: 404 });
    expect(v.risky).toEqual([expect.stringContaining('answers “404 Not Found”')]);
  });

  it('a huge body is not read and the link is judged where it stands', async () => {
    const v = await verdict('Look bit.ly/huge');
    expect(v.post.links?.[0]).toMatchObject({ status: 'resolved', resolved: 'https://bit.ly/huge', hops: 0 });
    expect(v.risky).toEqual([
      'bit.ly/huge hides where it leads — share the full link (e.g. after opening it) instead.',
    ]);
  });

  it('a redirect to a look-alike domain (never contacted: no permission for it)', async () => {
    const before = web.requests.length;
    const v = await verdict('Update your account bit.ly/phish');
    expect(v.risky).toEqual([
      expect.stringMatching(/^bit\.ly\/phish leads to paypa1\.com\/login\. paypa1\.com\/login imitates paypal\.com/),
    ]);
    expect(web.requests.slice(before).map((r) => r.target)).toEqual(['/bit.ly/phish']);
  });

  it('policy links.resolveShortLinks: false follows nothing', async () => {
    const before = web.requests.length;
    const v = await verdict('Worth a read bit.ly/sa', {}, { ...POLICY, links: { resolveShortLinks: false } });
    expect(v.post.links).toBeUndefined();
    expect(web.requests.length).toBe(before);
  });
});

describe('trust', () => {
  it('ignores Post.links sent by a content script', async () => {
    const forged: Post = {
      text: 'Read bit.ly/forged',
      links: [{ url: 'https://bit.ly/forged', status: 'resolved', resolved: 'https://acme.com/x' }],
    };
    const { post } = await service({ mayContact: async () => false }).prepare(forged, policyOf());
    expect(post.links).toBeUndefined();
  });
});

describe('cache', () => {
  it('a second check is answered from storage, also by a new worker, until it expires', async () => {
    let now = 1_000_000;
    const resolutions = memoryArea();
    const deps = { resolutions, now: () => now };
    const policy = policyOf();
    const count = () => web.requests.filter((r) => r.target === '/bit.ly/report').length;
    const before = count();
    await service(deps).prepare({ text: 'bit.ly/report' }, policy);
    expect(count()).toBe(before + 1);
    // A new service over the same storage: a restarted worker.
    const again = await service(deps).prepare({ text: 'Read bit.ly/report!' }, policy);
    expect(again.post.links?.[0]?.resolved).toBe('https://example.org/report-2026?utm_source=x');
    expect(count()).toBe(before + 1);
    now += 25 * 60 * 60 * 1000;
    await service(deps).prepare({ text: 'bit.ly/report' }, policy);
    expect(count()).toBe(before + 2);
  });
});

describe('concurrency and timing', () => {
  it('follows at most 4 links at once', async () => {
    const svc = service({ graceMs: 5_000 });
    web.maxConcurrent = 0;
    const text = Array.from({ length: 10 }, (_, i) => `bit.ly/c${i}`).join(' ');
    const { post } = await svc.prepare({ text }, policyOf());
    expect(post.links).toHaveLength(10);
    expect(web.maxConcurrent).toBe(4);
  });

  it('answers after the grace with the offline verdict; `pending` says when more is known', async () => {
    const svc = service({ graceMs: 100 });
    const policy = policyOf();
    const started = performance.now();
    const first = await svc.prepare({ text: 'bit.ly/later' }, policy);
    expect(performance.now() - started).toBeLessThan(400);
    expect(first.post.links).toBeUndefined();
    expect(first.pending).not.toBeNull();
    expect(await first.pending).toBe(true);
    const second = await svc.prepare({ text: 'bit.ly/later' }, policy);
    expect(second.pending).toBeNull();
    expect(second.post.links?.[0]).toMatchObject({ status: 'resolved', resolved: 'https://bit.ly/later' });
  });
});

describe('opened links', () => {
  it('a link opened on the page counts as read, after a worker restart too', async () => {
    const opened = memoryArea();
    const policy = policyOf();
    await service({ opened }).recordOpened('https://example.org/paper?utm_source=linkedin', policy);
    const { post } = await service({ opened }).prepare({ text: 'Read example.org/paper' }, policy);
    expect(checkPost(post, policy).filter((f) => f.rule === 'unread-link')).toEqual([]);
  });

  it('a short link counts as read when its destination was opened, and vice versa', async () => {
    const opened = memoryArea();
    const policy = policyOf();
    await service({ opened }).recordOpened('https://example.org/report-2026', policy);
    const short = await service({ opened }).prepare({ text: 'Read bit.ly/report' }, policy);
    expect(checkPost(short.post, policy).filter((f) => f.rule === 'unread-link')).toEqual([]);

    const other = memoryArea();
    let recorded = 0;
    await service({ opened: other }).recordOpened('https://bit.ly/report', policy, () => recorded++);
    expect(recorded).toBe(2);
    const full = await service({ opened: other }).prepare({ text: 'Read https://example.org/report-2026' }, policy);
    expect(checkPost(full.post, policy).filter((f) => f.rule === 'unread-link')).toEqual([]);
  });

  it('an unopened link still fires, in a quoted post too, with the link for "Open link"', async () => {
    const policy = policyOf();
    const post: Post = { text: 'So true', surface: 'quote', quoted: { text: 'New study: example.org/study' } };
    const { post: prepared } = await service().prepare(post, policy);
    const unread = checkPost(prepared, policy).filter((f) => f.rule === 'unread-link');
    expect(unread).toEqual([expect.objectContaining({ inQuoted: true, link: 'https://example.org/study' })]);
  });

  it('the record is bounded and expires', async () => {
    let now = 0;
    const opened = memoryArea();
    const svc = service({ opened, now: () => now });
    const policy = policyOf();
    for (let i = 0; i < 2_010; i++) await svc.opened.put([[`example.org/${i}`, true]]);
    expect((await svc.opened.all()).size).toBe(2_000);
    expect(await svc.opened.get('example.org/0')).toBeUndefined();
    await svc.recordOpened('https://example.org/fresh', policy);
    now += 31 * 24 * 60 * 60 * 1000;
    expect(await svc.opened.get('example.org/fresh')).toBeUndefined();
  });

  it('browser history counts only when the policy turns it on', async () => {
    const policy = policyOf();
    const visitedInHistory = async (urls: string[]) => urls.filter((u) => u.includes('seen'));
    const off = await service({ visitedInHistory }).prepare({ text: 'example.org/seen' }, policy);
    expect(off.post.openedLinks).toBeUndefined();
    const onPolicy = policyOf({ ...POLICY, links: { useBrowserHistory: true } });
    const on = await service({ visitedInHistory }).prepare({ text: 'example.org/seen example.org/new' }, onPolicy);
    expect(on.post.openedLinks).toEqual(['example.org/seen']);
  });
});
