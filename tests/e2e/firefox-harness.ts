/**
 * Real Firefox with the built dist/firefox installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi (shared E2E.md, "Firefox").
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { FIREFOX_EXTENSION_ID } from '../../src/core/policy/identity';
import { type FixtureServer, ROOT, startFixtureServer } from './harness';

export const DIST_FIREFOX = join(ROOT, 'dist/firefox');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The moz-extension:// host is a random UUID per profile unless a pref names it; naming it lets
 * the tests open the extension's own pages.
 */
const EXTENSION_UUID = '5f0c1b7e-7d1a-4c53-9a55-3b9a1e0f2c71';

/** `browser` as extension pages see it (the typings of the polyfill match Firefox's API). */
export type ExtensionGlobal = typeof globalThis & { browser: WebExtensionApi };

export interface FirefoxSuite {
  readonly server: FixtureServer;
  readonly browser: Browser;
  /** The add-on ID Firefox installed it under (manifest `browser_specific_settings.gecko.id`). */
  readonly addonId: string;
}

/**
 * Firefox maps host names to an address only (`network.dns.forceResolve`), never to a port, so
 * the fixtures must be served on 443. Each run takes its own random loopback address (all of
 * 127.0.0.0/8 reaches this machine) so that two test runs on one machine never fight over
 * 127.0.0.1:443. Binding 443 needs root (or CAP_NET_BIND_SERVICE), as on CI.
 */
async function startServerOn443(): Promise<{ server: FixtureServer; address: string }> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const byte = () => 1 + Math.floor(Math.random() * 254);
    const address = `127.${byte()}.${byte()}.${byte()}`;
    try {
      return { server: await startFixtureServer({ host: address, port: 443 }), address };
    } catch (error) {
      lastError = error;
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') break;
    }
  }
  throw new Error(`cannot serve the fixtures on port 443 (needs root): ${String(lastError)}`);
}

/** Headless Firefox sending every host name to `address`, with dist/firefox installed. */
export async function launchFirefox(address: string): Promise<{ browser: Browser; addonId: string }> {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) {
    throw new Error('dist/firefox is missing: run `npm run build` first');
  }
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: apt-get install firefox-esr`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // The fixture server's certificate is self-signed.
    acceptInsecureCerts: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it; the tests open
    // the options page to write settings and to talk to the background, as the Chromium ones do.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Every host name (x.com, www.linkedin.com, and any background traffic) to the fixtures.
      'network.dns.forceResolve': address,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: EXTENSION_UUID }),
    },
  });
  try {
    const addonId = await browser.installExtension(DIST_FIREFOX);
    return { browser, addonId };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Polls `check` until it returns a value other than undefined. For states a page cannot wait on
 * by itself (a navigation the driver loses track of); errors while the page changes are retried.
 */
export async function until<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}

/**
 * Opens one of the extension's pages. Puppeteer never sees this navigation finish (the page moves
 * to the extension's process), so wait on the page itself: the right URL, loaded, with `browser`.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const url = `moz-extension://${EXTENSION_UUID}/${path}`;
  const page = await browser.newPage();
  page.goto(url).catch(() => undefined);
  await until(
    () =>
      page.evaluate(
        (expected) =>
          location.href === expected &&
          document.readyState === 'complete' &&
          typeof (globalThis as ExtensionGlobal).browser?.runtime?.sendMessage === 'function'
            ? true
            : undefined,
        url,
      ),
    `${url} to load`,
  );
  return page;
}

/**
 * The user's own settings, where the options page keeps them (storage.sync "settings"), in force
 * in the background when this returns.
 */
export async function setUserSettings(browser: Browser, settings: unknown): Promise<void> {
  const page = await openExtensionPage(browser, 'src/options/index.html');
  await page.evaluate(
    async (s) => {
      const { browser } = globalThis as ExtensionGlobal;
      await browser.storage.sync.set({ settings: s, settingsVersion: 1 });
      // A fresh policy read, so the background's next check cannot race its storage listener.
      await browser.runtime.sendMessage({ type: 'get-policy' });
    },
    settings as Record<string, unknown>,
  );
  await page.close();
}

/** A fixture server on a loopback address's port 443 and Firefox with dist/firefox, per `describe`. */
export function useFirefoxSuite(): FirefoxSuite {
  let server: FixtureServer | undefined;
  let launched: { browser: Browser; addonId: string } | undefined;
  beforeAll(async () => {
    const started = await startServerOn443();
    server = started.server;
    launched = await launchFirefox(started.address);
  });
  afterAll(async () => {
    await launched?.browser.close();
    await server?.close();
  });
  const started = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('the Firefox suite is used before beforeAll started it');
    return x;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(launched).browser;
    },
    get addonId() {
      return started(launched).addonId;
    },
  };
}
