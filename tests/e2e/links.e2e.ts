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
import { rmSync } from 'node:fs';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editor, openX, panelFinding, typeInto } from '../fixtures/x/e2e-helpers';
import { grantedExtensionCopy } from '../unit/links/granted-extension';
import { type LinkWeb, startLinkWeb } from '../unit/links/link-web';
import { type Browser, DIST, type FixtureServer, launchBrowser, startFixtureServer } from './harness';

/** A word that appears only in post text: no request may ever carry it. */
const MARKER = 'Zephyrquux';

const ROUTES = {
  '/bit.ly/sa': { redirect: 'https://lnkd.in/sa' },
  '/lnkd.in/sa': { redirect: 'https://t.co/sa' },
  '/t.co/sa': { redirect: 'https://seekingalpha.com/article/4567-acme-upgraded-to-buy' },
  // Slower than the check's grace: the panel first shows the offline verdict.
  '/bit.ly/late': { redirect: 'https://seekingalpha.com/article/999-late', delayMs: 1_000 },
  '/example.org/report-2026': { html: '<title>Report</title>' },
  '/example.org/open-me': { html: '<title>Open me</title>' },
};

type Seen = LinkWeb['requests'][number];

/**
 * The worker's fetches arrive in "cors" mode (measured); page navigations are "navigate" and the
 * browser's own housekeeping (component updates, dictionaries) "no-cors".
 */
const fromExtension = (s: Seen) => s.headers['sec-fetch-mode'] === 'cors';

function expectNoPostText(seen: Seen[], workerRequests: string[]): void {
  for (const s of seen) expect(`${s.target} ${JSON.stringify(s.headers)} ${s.body}`).not.toContain(MARKER);
  for (const r of workerRequests) expect(r).not.toContain(MARKER);
}

describe('link checks in Chromium', () => {
  let fixtures: FixtureServer;
  let links: LinkWeb;
  beforeAll(async () => {
    fixtures = await startFixtureServer();
    links = await startLinkWeb(ROUTES, { tls: true });
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
        // CDP also reports redirect targets never fetched; the servers' logs say what was contacted.
        if (r.serviceWorker() && !r.url().startsWith('chrome-extension:'))
          workerRequests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`);
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
      // Preflight's panel sits over the timeline here, so the link is followed by keyboard (a click event too).
      await page.locator('[data-testid="tweetText"] a[href="https://example.org/report-2026"]').focus();
      await page.keyboard.press('Enter');
      await (await opened).close();
      await expect.poll(() => panelFinding(page, 'unread-link').count()).toBe(0);
      await page.close();
      // Recorded by the worker in storage: a new page knows it too.
      const next = await openX(browser.context, '/home');
      // The mention comes last: once its finding shows, the answer is for the whole link.
      await typeInto(editor(next), `${MARKER} again example.org/report-2026 thanks @someone`);
      await expect.poll(() => panelFinding(next, 'tagging').count()).toBe(1);
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
      expect(links.requests.filter(fromExtension)).toEqual([]);
      expect(workerRequests).toEqual([]);
    });

    it('the options page offers the permission, saying only the link is contacted', async () => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
      const section = page.locator('[data-section="links"]');
      await expect
        .poll(() => section.locator('[data-links-status]').getAttribute('data-links-status'))
        .toBe('not-granted');
      expect(await section.locator('[data-action="allow-short-links"]').textContent()).toBe(
        'Allow Preflight to follow short links',
      );
      expect(await section.textContent()).toContain('Only the link itself is contacted');
      await page.close();
      expectNoPostText(links.requests, workerRequests);
    });
  });

  describe('with permission for the shortener hosts', () => {
    let browser: Browser;
    let copy: string;
    const workerRequests: string[] = [];
    beforeAll(async () => {
      copy = grantedExtensionCopy(DIST);
      links.requests.length = 0;
      browser = await launchBrowser(fixtures, { extensionDir: copy, hostRules: [`MAP * 127.0.0.1:${links.port}`] });
      browser.context.on('request', (r: Request) => {
        // CDP also reports redirect targets never fetched; the servers' logs say what was contacted.
        if (r.serviceWorker() && !r.url().startsWith('chrome-extension:'))
          workerRequests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`);
      });
    });
    afterAll(async () => {
      await browser?.close();
      rmSync(copy, { recursive: true, force: true });
    });

    /** The finding's text once it names the destination (the first answer may be the offline one). */
    const findingText = (page: Page, rule: string) => async () =>
      (await panelFinding(page, rule).count()) === 1 ? await panelFinding(page, rule).textContent() : '';

    it('a shortened link to an analyst article shows the destination in the finding', async () => {
      const page = await openX(browser.context, '/home');
      await typeInto(editor(page), `${MARKER} worth a read bit.ly/sa`);
      await expect
        .poll(findingText(page, 'analyst-stock'), { timeout: 10_000 })
        .toContain('bit.ly/sa leads to seekingalpha.com/article/4567-acme-upgraded-to-buy — an analyst article');
      expect(await findingText(page, 'risky-link')()).toContain('bit.ly/sa leads to seekingalpha.com/article/4567');
      await page.close();
    });

    it('only the shortener hosts were contacted, each once, with GET and no post text', async () => {
      // Not seekingalpha.com: no permission for it, so the chain stops there with its address known.
      const extension = links.requests.filter(fromExtension);
      expect(extension.map((s) => `${s.method} ${s.target}`)).toEqual([
        'GET /bit.ly/sa',
        'GET /lnkd.in/sa',
        'GET /t.co/sa',
      ]);
      for (const s of extension) {
        expect(s.body).toBe('');
        expect(s.headers.cookie).toBeUndefined();
        expect(s.headers.referer).toBeUndefined();
      }
      expectNoPostText(links.requests, workerRequests);
    });

    it('a link followed after the check answered updates the panel by itself', async () => {
      const page = await openX(browser.context, '/home');
      await typeInto(editor(page), `${MARKER} later bit.ly/late`);
      await expect.poll(findingText(page, 'risky-link')).toContain('bit.ly/late hides where it leads');
      // No more typing: the worker tells the tab, which checks again and finds it in the cache.
      await expect
        .poll(findingText(page, 'analyst-stock'), { timeout: 10_000 })
        .toContain('bit.ly/late leads to seekingalpha.com/article/999-late');
      await page.close();
      expectNoPostText(links.requests, workerRequests);
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
