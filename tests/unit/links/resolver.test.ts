/**
 * The resolver against real HTTP servers on loopback: multi-hop chains, loops, a slow server,
 * 404, a huge body, meta refresh, too many hops, and hosts it may not contact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHopWith, metaRefreshTarget } from '../../../src/background/links/hop-fetch';
import { resolveLink } from '../../../src/background/links/resolver';
import { type LinkWeb, startLinkWeb } from './link-web';

let web: LinkWeb;
const fetchHop = () => web.mapped(fetchHopWith({ readsHtml: () => true }));
const anyHost = () => true;

beforeAll(async () => {
  const chain: Record<string, { redirect: string }> = {};
  for (let i = 0; i < 12; i++) chain[`/chain.test/${i}`] = { redirect: `https://chain.test/${i + 1}` };
  web = await startLinkWeb({
    '/bit.ly/three': { redirect: 'https://lnkd.in/two' },
    '/lnkd.in/two': { redirect: 'https://t.co/one', status: 302 },
    '/t.co/one': { redirect: '/final', status: 307 },
    '/t.co/final': { html: '<h1>The report</h1>' },
    '/bit.ly/loop-a': { redirect: 'https://bit.ly/loop-b' },
    '/bit.ly/loop-b': { redirect: 'https://bit.ly/loop-a' },
    '/bit.ly/slow': { redirect: 'https://slow.test/page' },
    '/slow.test/page': { hangs: true },
    '/bit.ly/missing': { redirect: 'https://example.org/gone' },
    '/bit.ly/huge': { hugeBody: true },
    '/bit.ly/meta': {
      html: '<html><head><meta http-equiv="refresh" content="0;URL=https://example.org/via-meta?a=1&amp;b=2"></head></html>',
    },
    '/bit.ly/phish': { redirect: 'https://paypa1.com/login' },
    ...chain,
  });
});
afterAll(() => web.close());

describe('resolveLink', () => {
  it('follows a 3-hop chain (301, 302, relative 307) to its destination', async () => {
    const r = await resolveLink('https://bit.ly/three', { fetchHop: fetchHop(), mayContact: anyHost });
    expect(r).toMatchObject({ status: 'resolved', resolved: 'https://t.co/final', hops: 3 });
    expect(r.chain).toEqual(['https://bit.ly/three', 'https://lnkd.in/two', 'https://t.co/one', 'https://t.co/final']);
  });

  it('sends no cookies, no referrer and no body, only GETs', async () => {
    const before = web.requests.length;
    await resolveLink('https://bit.ly/three', { fetchHop: fetchHop(), mayContact: anyHost });
    const sent = web.requests.slice(before);
    expect(sent.length).toBe(4);
    for (const r of sent) {
      expect(r.method).toBe('GET');
      expect(r.bodyBytes).toBe(0);
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
    }
  });

  it('detects a redirect loop', async () => {
    const r = await resolveLink('https://bit.ly/loop-a', { fetchHop: fetchHop(), mayContact: anyHost });
    expect(r.status).toBe('loop');
    expect(r.hops).toBe(2);
  });

  it('stops after 10 hops', async () => {
    const before = web.requests.length;
    const r = await resolveLink('https://chain.test/0', { fetchHop: fetchHop(), mayContact: anyHost });
    expect(r.status).toBe('too-many-hops');
    expect(r.hops).toBe(10);
    // The 11th target is never contacted.
    expect(web.requests.length - before).toBe(11);
  });

  it('gives up on a slow server at the time-out', async () => {
    const started = performance.now();
    const r = await resolveLink('https://bit.ly/slow', { fetchHop: fetchHop(), mayContact: anyHost, timeoutMs: 400 });
    const took = performance.now() - started;
    expect(r.status).toBe('timeout');
    expect(took).toBeGreaterThanOrEqual(390);
    expect(took).toBeLessThan(1_500);
  });

  it('reports a 404 at the destination with the last address', async () => {
    const r = await resolveLink('https://bit.ly/missing', { fetchHop: fetchHop(), mayContact: anyHost });
    expect(r).toMatchObject({ status: 'http-error', httpStatus: 404, resolved: 'https://example.org/gone', hops: 1 });
  });

  it('does not download a huge body', async () => {
    const started = performance.now();
    const r = await resolveLink('https://bit.ly/huge', { fetchHop: fetchHop(), mayContact: anyHost });
    expect(r).toMatchObject({ status: 'resolved', resolved: 'https://bit.ly/huge', hops: 0 });
    expect(performance.now() - started).toBeLessThan(1_000);
    await expect.poll(() => web.hugeBytesSent).toBeGreaterThan(0);
    // The server stops once the client hangs up: far below the 1 GB on offer (socket buffers aside).
    expect(web.hugeBytesSent).toBeLessThan(16 * 1024 * 1024);
  });

  it('follows an HTML meta refresh on a short link page', async () => {
    const r = await resolveLink('https://bit.ly/meta', {
      fetchHop: fetchHop(),
      mayContact: (u) => u.includes('bit.ly'),
    });
    expect(r).toMatchObject({ status: 'resolved', resolved: 'https://example.org/via-meta?a=1&b=2', stopped: true });
  });

  it('never contacts a host it may not, and reports where the link was going', async () => {
    const before = web.requests.length;
    const onlyShorteners = (u: string) => /^https:\/\/(bit\.ly|lnkd\.in|t\.co)\//.test(u);
    const r = await resolveLink('https://bit.ly/phish', { fetchHop: fetchHop(), mayContact: onlyShorteners });
    expect(r).toMatchObject({ status: 'resolved', resolved: 'https://paypa1.com/login', stopped: true, hops: 1 });
    expect(web.requests.slice(before).map((q) => q.target)).toEqual(['/bit.ly/phish']);
    const none = await resolveLink('https://bit.ly/three', { fetchHop: fetchHop(), mayContact: () => false });
    expect(none).toMatchObject({ status: 'resolved', resolved: 'https://bit.ly/three', hops: 0, stopped: true });
    expect(web.requests.length).toBe(before + 1);
  });

  it('fails cleanly when nothing listens', async () => {
    const closed = await startLinkWeb({});
    await closed.close();
    const r = await resolveLink('https://bit.ly/x', {
      fetchHop: closed.mapped(fetchHopWith()),
      mayContact: anyHost,
    });
    expect(r.status).toBe('failed');
  });
});

describe('metaRefreshTarget', () => {
  it('reads both attribute orders and ignores pages without one', () => {
    expect(metaRefreshTarget('<meta http-equiv="refresh" content="0; url=https://a.example/x">')).toBe(
      'https://a.example/x',
    );
    expect(metaRefreshTarget("<meta content='0;URL=https://b.example/' http-equiv='Refresh'>")).toBe(
      'https://b.example/',
    );
    expect(metaRefreshTarget('<meta name="description" content="url=https://c.example">')).toBeNull();
  });
});
