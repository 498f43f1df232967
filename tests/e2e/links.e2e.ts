/**
 * Link checks end to end in Chromium: unread links and "read before share" (a click on the page,
 * the panel's "Open link"), and short links followed by the worker. Every host is mapped to
 * loopback: the fixture pages to the fixture server, everything else to a recording HTTPS
 * server acting as bit.ly, lnkd.in, t.co and the destination sites, so every request made
 * during the run is seen, and none can leave the machine.
 *
 * Headless Chromium cannot answer the permission prompt ("Allow Preflight to follow short
 * links" waits forever; checked), so the granted case loads a copy of the build whose manifest
 * holds the same host and webRequest permissions as required ones: the worker code is the same
 * and asks `permissions.contains` exactly as after a user's grant.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editor, openX, panelFinding, typeInto } from '../fixtures/x/e2e-helpers';
import { type Browser, DIST, type FixtureServer, launchBrowser, startFixtureServer } from './harness';

/** A word that appears only in post text: no request may ever carry it. */
const MARKER = 'Zephyrquux';

interface Seen {
  host: string;
  path: string;
  method: string;
  mode: string;
  headers: string;
  body: string;
}

const REDIRECTS: Record<string, string> = {
  'bit.ly/sa': 'https://lnkd.in/sa',
  'lnkd.in/sa': 'https://t.co/sa',
  't.co/sa': 'https://seekingalpha.com/article/4567-acme-upgraded-to-buy',
};

async function startLinkServer(): Promise<{ port: number; seen: Seen[]; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-links-cert-'));
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-subj', '/CN=bit.ly'],
    { stdio: 'ignore' },
  );
  const seen: Seen[] = [];
  const server: Server = createServer({ key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) }, (req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString();
    });
    req.on('end', () => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      const path = req.url ?? '/';
      seen.push({
        host,
        path,
        method: req.method ?? '',
        mode: String(req.headers['sec-fetch-mode'] ?? ''),
        headers: JSON.stringify(req.headers),
        body,
      });
      const target = REDIRECTS[`${host}${path}`];
      if (target) res.writeHead(301, { location: target }).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<title>page</title><p>An article.</p>');
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
        rmSync(dir, { recursive: true, force: true });
      }),
  };
}

/** dist/chrome with the short-link permissions granted up front (see the file comment). */
function grantedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-granted-'));
  cpSync(DIST, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = ['*://*.bit.ly/*', '*://*.lnkd.in/*', '*://*.t.co/*'];
  manifest.permissions = [...manifest.permissions, 'webRequest'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** Extension requests: neither page navigations nor page subresources (those carry a referrer). */
const fromExtension = (s: Seen) => s.mode !== 'navigate' && !/"referer"/.test(s.headers);

function expectNoPostText(seen: Seen[], workerRequests: string[]): void {
  for (const s of seen) expect(`${s.path} ${s.headers} ${s.body}`).not.toContain(MARKER);
  for (const r of workerRequests) expect(r).not.toContain(MARKER);
}

describe('link checks in Chromium', () => {
  let fixtures: FixtureServer;
  let links: Awaited<ReturnType<typeof startLinkServer>>;
  beforeAll(async () => {
    fixtures = await startFixtureServer();
    links = await startLinkServer();
  });
  afterAll(async () => {
    await links?.close();
    await fixtures?.close();
  });

  describe('without the optional permission (as installed)', () => {
    let browser: Browser;
    const workerRequests: string[] = [];
    beforeAll(async () => {
      browser = await launchBrowser(fixtures, { hostRules: [`MAP * 127.0.0.1:${links.port}`] });
      browser.context.on('request', (r: Request) => {
        if (r.serviceWorker()) workerRequests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`);
      });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('an unopened link shows unread-link; clicking it on the page clears it, and it stays read', async () => {
      const page = await openX(browser.context, '/home');
      await typeInto(editor(page), `${MARKER} read https://example.org/report-2026`);
      await expect.poll(() => panelFinding(page, 'unread-link').count()).toBe(1);
      const opened = browser.context.waitForEvent('page');
      await page.locator('[data-testid="tweetText"] a[href="https://example.org/report-2026"]').click();
      await (await opened).close();
      await expect.poll(() => panelFinding(page, 'unread-link').count()).toBe(0);
      await page.close();
      // Recorded by the worker in storage: a new page knows it too.
      const next = await openX(browser.context, '/home');
      await typeInto(editor(next), `${MARKER} again example.org/report-2026`);
      await expect.poll(() => next.locator('[data-preflight="panel"]').count()).toBe(1);
      await expect.poll(() => panelFinding(next, 'risky-link').count()).toBe(0);
      expect(await panelFinding(next, 'unread-link').count()).toBe(0);
      await next.close();
    });

    it('"Open link" in the panel opens the link in a tab and the finding goes away', async () => {
      const page = await openX(browser.context, '/home');
      await typeInto(editor(page), `${MARKER} see example.org/open-me`);
      await expect.poll(() => panelFinding(page, 'unread-link').count()).toBe(1);
      const opened = browser.context.waitForEvent('page');
      await page.locator('[data-preflight="panel"] [data-rule="unread-link"] [data-action="open-link"]').click();
      const tab = await opened;
      await tab.waitForLoadState();
      expect(tab.url()).toBe('https://example.org/open-me');
      await tab.close();
      await expect.poll(() => panelFinding(page, 'unread-link').count()).toBe(0);
      await page.close();
    });

    it('a short link keeps the offline verdict and no shortener is contacted', async () => {
      const page = await openX(browser.context, '/home');
      await typeInto(editor(page), `${MARKER} worth a read bit.ly/sa`);
      await expect.poll(() => panelFinding(page, 'risky-link').count()).toBe(1);
      expect(await panelFinding(page, 'risky-link').textContent()).toContain('bit.ly/sa hides where it leads');
      expect(await panelFinding(page, 'analyst-stock').count()).toBe(0);
      await page.close();
      expect(links.seen.filter(fromExtension)).toEqual([]);
      expect(workerRequests).toEqual([]);
    });

    it('the options page offers the permission, saying only the link is contacted', async () => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
      const section = page.locator('[data-section="links"]');
      await expect.poll(() => section.locator('[data-links-status]').getAttribute('data-links-status')).toBe('not-granted');
      expect(await section.locator('[data-action="allow-short-links"]').textContent()).toBe(
        'Allow Preflight to follow short links',
      );
      expect(await section.textContent()).toContain('Only the link itself is contacted');
      await page.close();
      expectNoPostText(links.seen, workerRequests);
    });
  });

  describe('with permission for the shortener hosts', () => {
    let browser: Browser;
    let copy: string;
    const workerRequests: string[] = [];
    beforeAll(async () => {
      copy = grantedCopy();
      links.seen.length = 0;
      browser = await launchBrowser(fixtures, { extensionDir: copy, hostRules: [`MAP * 127.0.0.1:${links.port}`] });
      browser.context.on('request', (r: Request) => {
        if (r.serviceWorker()) workerRequests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`);
      });
    });
    afterAll(async () => {
      await browser?.close();
      rmSync(copy, { recursive: true, force: true });
    });

    async function finding(page: Page, rule: string): Promise<string> {
      await expect.poll(() => panelFinding(page, rule).count(), { timeout: 10_000 }).toBe(1);
      return (await panelFinding(page, rule).textContent()) ?? '';
    }

    it('a shortened link to an analyst article shows the destination in the finding', async () => {
      const page = await openX(browser.context, '/home');
      await typeInto(editor(page), `${MARKER} worth a read bit.ly/sa`);
      const analyst = await finding(page, 'analyst-stock');
      expect(analyst).toContain('bit.ly/sa leads to seekingalpha.com/article/4567-acme-upgraded-to-buy');
      expect(await finding(page, 'risky-link')).toContain('bit.ly/sa leads to seekingalpha.com/article/4567');
      await page.close();
    });

    it('only the shortener hosts were contacted, each once, with GET and no post text', async () => {
      console.log(JSON.stringify(links.seen, null, 1), workerRequests);
      const extension = links.seen.filter(fromExtension);
      expect(extension.map((s) => `${s.method} ${s.host}${s.path}`)).toEqual([
        'GET bit.ly/sa',
        'GET lnkd.in/sa',
        'GET t.co/sa',
      ]);
      for (const s of extension) {
        expect(s.body).toBe('');
        expect(s.headers).not.toMatch(/"cookie"/);
      }
      expectNoPostText(links.seen, workerRequests);
    });

    it('the options page shows the permission as granted', async () => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
      await expect
        .poll(() => page.locator('[data-section="links"] [data-links-status]').getAttribute('data-links-status'))
        .toBe('granted');
      await page.close();
    });
  });
});
