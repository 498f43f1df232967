/**
 * The guard under stress, end to end: a composer in a native modal <dialog> (top layer), the
 * policy acknowledgement, a service-worker restart, and an extension reload under a live draft.
 */
import { describe, expect, it } from 'vitest';
import {
  dialog,
  editor,
  openX,
  panelFinding,
  posts,
  setUserSettings,
  typeInto,
  waitForPosts,
} from '../fixtures/x/e2e-helpers';
import { useSuiteBrowser } from './harness';

describe('the guard in hard cases', () => {
  const suite = useSuiteBrowser();

  it('composer inside a native modal <dialog>: panel and dialog render in the top layer and work', async () => {
    await setUserSettings(suite.browser.context, suite.browser.extensionId, {
      rules: { tagging: { severity: 'warn' } },
    });
    const page = await openX(suite.browser.context, '/modal-dialog.html');
    await typeInto(editor(page, 'dialog'), 'Hi @someone');
    await expect.poll(() => panelFinding(page, 'tagging', 'warn').count()).toBe(1);
    // Our panel lives inside the page's modal dialog, or it would be inert and drawn underneath.
    expect(await page.locator('dialog[open] [data-preflight="panel"]').count()).toBe(1);
    await page.locator('dialog [data-testid="tweetButton"]').click();
    await dialog(page).waitFor();
    await page.locator('[data-preflight="dialog"] [data-action="proceed"]').click();
    await waitForPosts(page, 1);
    expect(await posts(page)).toEqual([{ kind: 'post', text: 'Hi @someone' }]);
    await page.close();
  });

  it('asks once for the policy acknowledgement before the first post, then posts', async () => {
    await setUserSettings(suite.browser.context, suite.browser.extensionId, {
      requireAcknowledgement: true,
      version: '2026-1',
      policyUrl: 'https://intranet.example.com/social-media-policy',
    });
    const page = await openX(suite.browser.context, '/home');
    await typeInto(editor(page), 'Lovely weather today');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await dialog(page).waitFor();
    const link = page.locator('[data-preflight="dialog"] a[href="https://intranet.example.com/social-media-policy"]');
    expect(await link.count()).toBe(1);
    expect(await posts(page)).toEqual([]);
    await page.locator('[data-preflight="dialog"] [data-action="acknowledge"]').click();
    await waitForPosts(page, 1);
    await typeInto(editor(page), 'Another clean post');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await waitForPosts(page, 2);
    expect(await page.evaluate(() => window.__dialogsSeen)).toBe(1);
    await page.close();
  });

  it('survives a service-worker restart: findings still arrive', async () => {
    await setUserSettings(suite.browser.context, suite.browser.extensionId, {
      rules: { tagging: { severity: 'warn' } },
    });
    const page = await openX(suite.browser.context, '/home');
    const cdp = await suite.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await typeInto(editor(page), 'Thanks @someone');
    await expect.poll(() => panelFinding(page, 'tagging', 'warn').count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('after an extension reload, the orphaned script stops quietly: the draft stays, Post works once', async () => {
    await setUserSettings(suite.browser.context, suite.browser.extensionId, {
      rules: { tagging: { severity: 'warn' } },
    });
    const page = await openX(suite.browser.context, '/home');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await typeInto(editor(page), 'Thanks @someone');
    await expect.poll(() => panelFinding(page, 'tagging', 'warn').count()).toBe(1);
    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/src/options/index.html`);
    await options.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await typeInto(editor(page), ' and more');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await waitForPosts(page, 1);
    expect(await posts(page)).toEqual([{ kind: 'post', text: 'Thanks @someone and more' }]);
    await expect.poll(() => page.locator('[data-preflight="panel"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
