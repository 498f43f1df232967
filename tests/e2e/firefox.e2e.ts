/**
 * The Firefox build (dist/firefox) in real Firefox: installed as a temporary add-on, on the
 * fixtures served as https://x.com/ and https://www.linkedin.com/. Proves that what differs from
 * Chromium works there: the background runs as an event page from the module loader, the classic
 * content scripts run, and the submit guard holds a post on the site's own page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_ID } from '../../src/core/policy/identity';
import { countPreflightDialogs } from '../fixtures/x/e2e-helpers';
import {
  DIST_FIREFOX,
  type ExtensionGlobal,
  openExtensionPage,
  setUserSettings,
  useFirefoxSuite,
} from './firefox-harness';

const EDITOR = '[data-testid="tweetTextarea_0"][contenteditable="true"]';
const panelFinding = (rule: string, severity: string) =>
  `[data-preflight="panel"] >>> [data-rule="${rule}"][data-severity="${severity}"]`;
const DIALOG = '[data-preflight="dialog"] >>> [role="alertdialog"]';

async function openX(page: Page, path: string): Promise<void> {
  await page.goto(`https://x.com${path}`);
  await page.waitForSelector(EDITOR);
  await page.evaluate(countPreflightDialogs);
}

async function typeIntoEditor(page: Page, text: string): Promise<void> {
  await page.click(EDITOR);
  await page.keyboard.type(text);
}

const posts = (page: Page) => page.evaluate(() => window.__posts);
const waitForPosts = (page: Page, n: number) => page.waitForFunction((count) => window.__posts.length === count, {}, n);

describe('the Firefox build', () => {
  it('has the fixed add-on ID and an event-page background, and no Chrome-only keys', () => {
    const manifest = JSON.parse(readFileSync(join(DIST_FIREFOX, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe(FIREFOX_EXTENSION_ID);
    expect(manifest.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
    expect(manifest).not.toHaveProperty('key');
    expect(manifest).not.toHaveProperty('minimum_chrome_version');
    expect(manifest).not.toHaveProperty('storage');
  });
});

describe('Preflight in Firefox', () => {
  const suite = useFirefoxSuite();
  beforeAll(async () => {
    // Tagging asks before posting (by default it only informs).
    await setUserSettings(suite.browser, { rules: { tagging: { severity: 'warn' } } });
  });

  it('installs under its gecko ID and the background answers a check', async () => {
    expect(suite.addonId).toBe(FIREFOX_EXTENSION_ID);
    const page = await openExtensionPage(suite.browser, 'src/options/index.html');
    const answer = await page.evaluate(() =>
      (globalThis as ExtensionGlobal).browser.runtime.sendMessage({
        type: 'check',
        seq: 1,
        post: { text: 'Thanks @someone for the demo' },
      }),
    );
    expect(answer).toMatchObject({
      type: 'findings',
      seq: 1,
      findings: [{ rule: 'tagging', severity: 'warn', start: 7, end: 15 }],
    });
    await page.close();
  });

  it('runs the content scripts on x.com and www.linkedin.com: each answers the popup', async () => {
    const x = await suite.browser.newPage();
    await openX(x, '/home');
    const linkedIn = await suite.browser.newPage();
    await linkedIn.goto('https://www.linkedin.com/feed/');
    await linkedIn.waitForSelector('button.share-box-feed-entry__trigger');
    const extensionPage = await openExtensionPage(suite.browser, 'src/popup/index.html');
    // What the popup asks a tab (get-status); only our content scripts answer it.
    const statuses = await extensionPage.evaluate(async () => {
      const { browser } = globalThis as ExtensionGlobal;
      const tabs = await browser.tabs.query({});
      const answers = await Promise.allSettled(
        tabs.map((t) => browser.tabs.sendMessage(t.id as number, { type: 'get-status' })),
      );
      return answers.flatMap((a) => (a.status === 'fulfilled' && a.value ? [a.value] : []));
    });
    expect(statuses).toHaveLength(2);
    expect(statuses).toEqual(
      expect.arrayContaining([
        { type: 'status', site: 'x', composerFound: true, findings: [] },
        expect.objectContaining({ type: 'status', site: 'linkedin' }),
      ]),
    );
    await extensionPage.close();
    await linkedIn.close();
    await x.close();
  });

  it('shows a finding while typing, holds Post until "Post anyway", then posts once', async () => {
    const page = await suite.browser.newPage();
    await openX(page, '/home');
    await typeIntoEditor(page, 'Thanks @someone for the demo');
    await page.waitForSelector(panelFinding('tagging', 'warn'));
    await page.click('[data-testid="tweetButtonInline"]');
    await page.waitForSelector(DIALOG);
    expect(await page.$$eval('[data-preflight="dialog"] >>> [data-rule="tagging"]', (els) => els.length)).toBe(1);
    expect(await posts(page)).toEqual([]);
    await page.click('[data-preflight="dialog"] >>> [data-action="proceed"]');
    await waitForPosts(page, 1);
    expect(await posts(page)).toEqual([{ kind: 'post', text: 'Thanks @someone for the demo' }]);
    await page.close();
  });

  it('lets a clean post through at once, with no dialog', async () => {
    const page = await suite.browser.newPage();
    await openX(page, '/home');
    await typeIntoEditor(page, 'Lovely weather in Lisbon today');
    await page.click('[data-testid="tweetButtonInline"]');
    await waitForPosts(page, 1);
    expect(await posts(page)).toEqual([{ kind: 'post', text: 'Lovely weather in Lisbon today' }]);
    expect(await page.evaluate(() => window.__dialogsSeen)).toBe(0);
    await page.close();
  });
});
