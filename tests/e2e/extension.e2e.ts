import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, useSuiteBrowser } from './harness';

/** The ID Chrome derives from the manifest key: sha256 of the key, first 32 hex digits as a–p. */
function idFromKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

describe('the built extension in Chromium', () => {
  const suite = useSuiteBrowser();

  it('starts its service worker under the stable ID from the manifest key', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { key: string };
    expect(suite.browser.extensionId).toBe(idFromKey(manifest.key));
    expect(suite.browser.extensionId).toBe('cpebobfhmophgofheghkleocmfdfljel');
  });

  it('answers a check from its own pages with findings from the engine', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`chrome-extension://${suite.browser.extensionId}/src/options/index.html`);
    const answer = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'check', seq: 1, post: { text: 'Thanks @someone for the demo' } }),
    );
    expect(answer).toMatchObject({ type: 'findings', seq: 1, findings: [{ rule: 'tagging', start: 7, end: 15 }] });
    await page.close();
  });
});
