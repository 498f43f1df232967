/**
 * Managed policy for real: a policy file in Chromium's Linux policy folder reaches the extension
 * through storage.managed (validated against the generated managed_schema.json), is shown locked
 * in the options page, stops a post on the X fixture, re-applies live when the file changes,
 * reports invalid values while the rest applies, and a file written by
 * `preflight policy export --format chrome-json` is enforced. The policy file has a unique name
 * and is always removed, even when a test fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialog, editor, openX, posts, typeInto } from '../fixtures/x/e2e-helpers';
import { type Browser, type FixtureServer, launchBrowser, ROOT, startFixtureServer } from './harness';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `preflight-e2e-${process.pid}-${Date.now()}.json`);
const ID = 'cpebobfhmophgofheghkleocmfdfljel';
/** Chromium notices an edited policy file after a few seconds; wait on the page, up to this. */
const LIVE_TIMEOUT = 30_000;

function writePolicy(policy: unknown): void {
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [ID]: policy } } }));
}

function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

// Removed even if the run is interrupted between the hooks.
process.once('exit', removePolicy);

const rule = (page: Page, id: string) => page.locator(`section[data-rule="${id}"]`);
const severity = (page: Page, id: string) => rule(page, id).locator('select').first();

describe('managed policy in Chromium', () => {
  let server: FixtureServer;
  let browser: Browser;
  let options: Page;

  beforeAll(async () => {
    mkdirSync(POLICY_DIR, { recursive: true });
    writePolicy({
      rules: { politics: { severity: 'block' }, tagging: { severity: 'block' } },
      company: { names: ['Acme'] },
      // Valid for Chrome's schema (a string), not for Preflight: reported, and the rest applies.
      policyUrl: 'intranet/social-media-policy',
    });
    server = await startFixtureServer();
    browser = await launchBrowser(server);
    // A tab stays open throughout: Chromium's worker gets no storage.managed answer without one.
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  });

  afterAll(async () => {
    removePolicy();
    await browser?.close();
    await server?.close();
  });

  it('shows a rule set to block by policy as locked, with its controls disabled', async () => {
    await rule(options, 'politics').and(options.locator('[data-locked="true"]')).waitFor({ timeout: LIVE_TIMEOUT });
    expect(await severity(options, 'politics').inputValue()).toBe('block');
    expect(await severity(options, 'politics').isDisabled()).toBe(true);
    expect(await rule(options, 'politics').textContent()).toContain('Set by your organization');
    expect(await rule(options, 'hostile').getAttribute('data-locked')).toBe('false');
    expect(await severity(options, 'hostile').isDisabled()).toBe(false);
    expect(await options.locator('#f-company-names').inputValue()).toBe('Acme');
    expect(await options.locator('#f-company-names').isDisabled()).toBe(true);
  });

  it('reports the invalid value for IT while the rest applies', async () => {
    const problems = options.locator('[data-section="managed-errors"]');
    await problems.waitFor();
    expect(await problems.locator('li[data-path="policyUrl"]').textContent()).toContain('expected a URL');
    expect(await options.locator('#f-policyUrl').inputValue()).toBe('');
    expect(await severity(options, 'tagging').inputValue()).toBe('block');
  });

  it('enforces it in the worker and stops a post on the X fixture', async () => {
    const answer = await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'check', seq: 1, post: { text: 'Thanks @someone for the demo' } }),
    );
    expect(answer).toMatchObject({ type: 'findings', findings: [{ rule: 'tagging', severity: 'block' }] });

    const x = await openX(browser.context, '/home');
    await typeInto(editor(x), 'Thanks @someone for the demo');
    await x.locator('[data-testid="tweetButtonInline"]').click();
    await dialog(x).waitFor();
    expect(await x.locator('[data-preflight="dialog"] [data-rule="tagging"][data-severity="block"]').count()).toBe(1);
    expect(await x.locator('[data-preflight="dialog"] [data-action="proceed"]').count()).toBe(0);
    expect(await posts(x)).toEqual([]);
    await x.close();
  });

  it('shows "Managed by your organization" in the popup', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
    await popup.locator('[data-managed="true"]').waitFor();
    await popup.close();
  });

  it('re-applies an edited policy file live, without a restart', async () => {
    writePolicy({ rules: { politics: { severity: 'warn' } }, allowPause: false });
    await rule(options, 'tagging').and(options.locator('[data-locked="false"]')).waitFor({ timeout: LIVE_TIMEOUT });
    expect(await severity(options, 'tagging').inputValue()).toBe('info');
    expect(await severity(options, 'politics').inputValue()).toBe('warn');
    expect(await severity(options, 'politics').isDisabled()).toBe(true);
    expect(await options.locator('[data-section="managed-errors"]').count()).toBe(0);
    expect(await options.locator('#f-allowPause').isDisabled()).toBe(true);
  });

  it('enforces a policy written by `preflight policy export --format chrome-json`', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-export-e2e-'));
    try {
      const source = join(dir, 'policy.json');
      writeFileSync(
        source,
        JSON.stringify({
          company: { names: ['Globex'], tickers: ['GLBX'] },
          rules: {
            hostile: { severity: 'block' },
            tagging: { severity: 'warn', allow: ['@GlobexCorp'] },
            // Object topics travel to Chrome under the managed-only key namedTopics.
            custom: { severity: 'block', topics: ['alcohol', { name: 'Rivals', terms: ['Initech'] }] },
          },
          quietPeriods: [{ start: '2026-12-15', end: '2027-01-29', label: 'Q4 results' }],
        }),
      );
      execFileSync(
        process.execPath,
        [join(ROOT, 'bin/preflight.js'), 'policy', 'export', '--format', 'chrome-json', '--out', POLICY_FILE, source],
        { cwd: ROOT },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await rule(options, 'hostile').and(options.locator('[data-locked="true"]')).waitFor({ timeout: LIVE_TIMEOUT });
    expect(await severity(options, 'hostile').inputValue()).toBe('block');
    expect(await options.locator('#f-company-tickers').inputValue()).toBe('GLBX');
    expect(await options.locator('#f-company-tickers').isDisabled()).toBe(true);
    expect(await rule(options, 'tagging').locator('textarea').first().inputValue()).toBe('@GlobexCorp');
    expect(await options.locator('#quiet-0-start').inputValue()).toBe('2026-12-15');
    const custom = rule(options, 'custom');
    expect(await custom.locator('textarea').first().inputValue()).toBe('alcohol');
    expect(await custom.locator('input[id$="-named-0-name"]').inputValue()).toBe('Rivals');
    expect(await custom.locator('input[id$="-named-0-name"]').isDisabled()).toBe(true);
    const answer = await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'check', seq: 2, post: { text: 'We beat Initech again' } }),
    );
    expect(answer).toMatchObject({ findings: [{ rule: 'custom', severity: 'block' }] });
    // politics is no longer managed: the user may change it again.
    expect(await rule(options, 'politics').getAttribute('data-locked')).toBe('false');
  });
});
