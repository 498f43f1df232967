/**
 * The options page and popup in real Chromium, without managed policy: a change saves to
 * storage.sync and the worker applies it at once; "Try a post" runs the engine in the page;
 * pausing from the popup makes the worker answer paused; reset brings the defaults back.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSuiteBrowser } from './harness';

const check = (page: Page, text: string) =>
  page.evaluate((t) => chrome.runtime.sendMessage({ type: 'check', seq: 1, post: { text: t } }), text);

describe('options page and popup in Chromium', () => {
  const suite = useSuiteBrowser();
  let options: Page;

  beforeAll(async () => {
    options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/src/options/index.html`);
    await options.locator('section[data-rule="tagging"]').waitFor();
  });

  it('saves a change to storage.sync, only what differs from defaults, and the worker applies it', async () => {
    expect(await options.locator('[data-managed]').count()).toBe(0);
    await options.locator('section[data-rule="tagging"] select').selectOption('block');
    await options.locator('[data-status]', { hasText: 'Saved.' }).waitFor();
    expect(await options.evaluate(() => chrome.storage.sync.get(['settings', 'settingsVersion']))).toEqual({
      settings: { rules: { tagging: { severity: 'block' } } },
      settingsVersion: 1,
    });
    expect(await check(options, 'Thanks @someone')).toMatchObject({
      findings: [{ rule: 'tagging', severity: 'block' }],
      paused: false,
    });
  });

  it('"Try a post" shows the findings and highlights them', async () => {
    await options.locator('#try-text').fill('Thanks @someone for the demo');
    const finding = options.locator('[data-section="try"] [data-finding-rule="tagging"]');
    await finding.waitFor();
    expect(await finding.getAttribute('data-severity')).toBe('block');
    expect(await options.locator('[data-section="try"] mark').first().textContent()).toBe('@someone');
  });

  it('the popup pauses checks for an hour; the worker answers paused', async () => {
    const popup = await suite.browser.context.newPage();
    await popup.goto(`chrome-extension://${suite.browser.extensionId}/src/popup/index.html`);
    await popup.locator('#pause').check();
    await expect.poll(() => check(popup, 'Thanks @someone')).toMatchObject({ paused: true, findings: [] });
    await popup.locator('#pause').uncheck();
    await expect.poll(() => check(popup, 'Thanks @someone')).toMatchObject({ paused: false });
    await popup.close();
  });

  it('asks for acknowledgement until the version is acknowledged', async () => {
    await options.locator('#f-policyUrl').fill('https://intranet.example.com/policy');
    await options.locator('#f-policyUrl').blur();
    await options.locator('#f-version').fill('7');
    await options.locator('#f-version').blur();
    await options.locator('#f-requireAcknowledgement').check();
    await expect
      .poll(() => check(options, 'hello'))
      .toMatchObject({ acknowledge: { policyUrl: 'https://intranet.example.com/policy', version: '7' } });
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'acknowledge', version: '7' }));
    expect(await check(options, 'hello')).not.toHaveProperty('acknowledge');
  });

  it('resets to defaults', async () => {
    await options.locator('[data-action="reset"]').click();
    await options.locator('[data-action="confirm-reset"]').click();
    await expect.poll(() => options.locator('section[data-rule="tagging"] select').inputValue()).toBe('info');
    expect(await options.evaluate(() => chrome.storage.sync.get(null))).toEqual({});
    expect(await check(options, 'Thanks @someone')).toMatchObject({
      findings: [{ rule: 'tagging', severity: 'info' }],
    });
  });
});
