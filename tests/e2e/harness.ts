import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { selfSignedCertificate } from '../support/certificate';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist/chrome');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Which fixture folder serves which real host. */
const HOST_DIRS: Record<string, string> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.linkedin.com': 'linkedin',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  port: number;
  /** Every request the fixture server saw: host, path, method and body. */
  requests: { host: string; path: string; method: string; body: string }[];
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures/<site>/ by Host header. A path without an extension serves the
 * fixture named after its first segment ("/home" → home.html, "/compose/post" → compose.html),
 * the way the real sites' routes do. Listens on a free port of 127.0.0.1 unless told otherwise
 * (Firefox maps host names to an address only, so its tests need port 443).
 */
export async function startFixtureServer(listen: { host?: string; port?: number } = {}): Promise<FixtureServer> {
  const tls = selfSignedCertificate(Object.keys(HOST_DIRS));
  const requests: FixtureServer['requests'] = [];
  const server: Server = createServer(tls, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString();
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `https://${host}`);
      requests.push({ host, path: url.pathname + url.search, method: req.method ?? 'GET', body });
      const dir = HOST_DIRS[host];
      if (!dir) {
        res.writeHead(404).end();
        return;
      }
      let rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      if (!extname(rel)) rel = `${rel.split('/').filter(Boolean)[0] ?? 'home'}.html`;
      const file = join(FIXTURES, dir, rel);
      if (!file.startsWith(join(FIXTURES, dir)) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('no fixture');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(listen.port ?? 0, listen.host ?? '127.0.0.1', ok);
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/**
 * Flags for headless Chromium here (shared E2E.md): no sandbox as root, no background traffic on a
 * closed network, the real host names mapped to loopback, and the extension when one is given.
 */
export function chromiumArgs(hostRules: string, extensionDir?: string): string[] {
  return [
    '--headless=new',
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--no-sandbox',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    '--disable-quic',
    `--host-resolver-rules=${hostRules}`,
    '--ignore-certificate-errors',
  ];
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Load this copy of the extension instead of dist/chrome (same key, so the same ID). */
  extensionDir?: string;
  /** More --host-resolver-rules after the fixture hosts, e.g. "MAP * 127.0.0.1:PORT" for link servers. */
  hostRules?: string[];
}

/** Launches Chromium with dist/chrome loaded and the real host names mapped to the server. */
export async function launchBrowser(server: FixtureServer, options: LaunchOptions = {}): Promise<Browser> {
  const extension = options.extensionDir ?? DIST;
  if (!existsSync(join(extension, 'manifest.json')))
    throw new Error('dist/chrome is missing: run `npm run build` first');
  const profile = mkdtempSync(join(tmpdir(), 'preflight-profile-'));
  const mapping = [
    ...Object.keys(HOST_DIRS).map((h) => `MAP ${h} 127.0.0.1:${server.port}`),
    ...(options.hostRules ?? []),
  ].join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    args: chromiumArgs(mapping, extension),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface SuiteBrowser {
  readonly server: FixtureServer;
  readonly browser: Browser;
}

/**
 * The fixture server and a browser with the built extension, for the enclosing `describe`:
 * started before its first test, closed after its last.
 */
export function useSuiteBrowser(options: LaunchOptions = {}): SuiteBrowser {
  let server: FixtureServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser(server, options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('the suite browser is used before beforeAll started it');
    return x;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}
