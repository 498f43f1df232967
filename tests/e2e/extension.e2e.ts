import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, DIST, type FixtureServer, launchBrowser, startFixtureServer } from './harness';

/** The ID Chrome derives from the manifest key: sha256 of the key, first 32 hex digits as a–p. */
function idFromKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

describe('the built extension in Chromium', () => {
  let server: FixtureServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts its service worker under the stable ID from the manifest key', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { key: string };
    expect(browser.extensionId).toBe(idFromKey(manifest.key));
    expect(browser.extensionId).toBe('cpebobfhmophgofheghkleocmfdfljel');
  });

  it('answers a check from its own pages with findings from the engine', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const answer = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'check', seq: 1, post: { text: 'Thanks @someone for the demo' } }),
    );
    expect(answer).toMatchObject({ type: 'findings', seq: 1, findings: [{ rule: 'tagging', start: 7, end: 15 }] });
    await page.close();
  });
});
