/**
 * Typing benchmark for the content script, in the same real-Chromium harness as the e2e tests
 * (run `npm run build` first; `npm run bench:typing`). Prints:
 * - main-thread time per keystroke on the X fixture (a Draft-like editor that re-renders its
 *   blocks on every key) with the extension loaded vs. a browser without it, from Chromium's
 *   own TaskDuration metric (CDP Performance.getMetrics), rounds interleaved; target ratio ≤ 1.05;
 *   and, less exposed to the machine's noise, the content script's own share of that time from a
 *   sampling profile of the page with the extension;
 * - the time from the last keystroke to findings shown in the panel; target ≤ 300 ms;
 * - the size of each content script, gzip; target ≤ 30 KB.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import {
  CHROMIUM,
  chromiumArgs,
  DIST,
  type FixtureServer,
  launchBrowser,
  startFixtureServer,
} from '../tests/e2e/harness';
import { setUserSettings } from '../tests/fixtures/x/e2e-helpers';

const ROUNDS = Number(process.env.TYPING_ROUNDS ?? 5);
/** Sentences typed as people do: bursts of keys, a pause between sentences (checks run then). */
const SENTENCES = [
  'Shipping the new release today, thanks to the whole team. ',
  'It took a while but the numbers look good. ',
  'More details next week on the blog, stay tuned! ',
];
const KEY_DELAY_MS = 25;
const PAUSE_MS = 300;

async function plainContext(server: FixtureServer): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'preflight-bench-'));
  const mapping = ['x.com', 'twitter.com', 'www.linkedin.com']
    .map((h) => `MAP ${h} 127.0.0.1:${server.port}`)
    .join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    args: chromiumArgs(mapping),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function openComposer(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForSelector('[data-testid="tweetTextarea_0"][contenteditable="true"]');
  return page;
}

/** Main-thread milliseconds per keystroke while typing the sentences once. */
async function msPerKey(page: Page): Promise<number> {
  const editor = page.locator('[data-testid="tweetTextarea_0"][contenteditable="true"]');
  await page.evaluate(() => {
    const w = window as unknown as { __fixture: { setDraft(e: Element, t: string): void } };
    const e = document.querySelector('[data-testid="tweetTextarea_0"][contenteditable="true"]');
    if (e) w.__fixture.setDraft(e, '');
  });
  await editor.click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskDuration = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  let keys = 0;
  const before = await taskDuration();
  for (const sentence of SENTENCES) {
    await editor.pressSequentially(sentence, { delay: KEY_DELAY_MS });
    keys += sentence.length;
    // A pause people make: long enough for Preflight's debounced check to run and render.
    await page.waitForTimeout(PAUSE_MS);
  }
  const after = await taskDuration();
  await cdp.detach();
  return ((after - before) * 1000) / keys;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/**
 * The content script's own share of the main thread while typing, from a sampling profile of the
 * same run: every sample whose stack holds a frame of the extension's scripts (with what those
 * frames call, such as DOM reads) counts as the extension's. Unlike comparing two browsers, this
 * is not drowned by the machine's noise. Returns ms per keystroke: [all main-thread JS, extension].
 */
async function extensionShare(page: Page): Promise<{ totalMs: number; extensionMs: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const keys = SENTENCES.join('').length;
  const totalMs = await msPerKey(page);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  await cdp.detach();
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = (node?.callFrame.url.startsWith('chrome-extension://') ?? false) || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let extensionUs = 0;
  profile.samples.forEach((id, i) => {
    if (isOurs(id)) extensionUs += profile.timeDeltas[i] ?? 0;
  });
  return { totalMs, extensionMs: extensionUs / 1000 / keys };
}

/** From the last keydown to a finding in the panel, measured inside the page. */
async function findingLatency(page: Page, suffix: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __fixture: { setDraft(e: Element, t: string): void }; __lastKey: number };
    const e = document.querySelector('[data-testid="tweetTextarea_0"][contenteditable="true"]');
    if (e) w.__fixture.setDraft(e, '');
    window.addEventListener(
      'keydown',
      () => {
        w.__lastKey = performance.now();
      },
      { capture: true },
    );
  });
  await page.waitForFunction(
    () => !document.querySelector('[data-preflight="panel"]')?.shadowRoot?.querySelector('[data-rule]'),
  );
  const editor = page.locator('[data-testid="tweetTextarea_0"][contenteditable="true"]');
  await editor.click();
  // A string, not a function: tsx's helpers (__name) do not exist inside the page.
  const shown = page.evaluate(`new Promise((resolve) => {
    const poll = () => {
      const found = document.querySelector('[data-preflight="panel"]')?.shadowRoot?.querySelector('[data-rule]');
      if (found) resolve(performance.now() - window.__lastKey);
      else setTimeout(poll, 2);
    };
    poll();
  })`) as Promise<number>;
  // The mention (and so the finding) exists only once the last key is typed.
  await editor.pressSequentially(`Thanks to the team and @${suffix}`, { delay: KEY_DELAY_MS });
  return shown;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

function contentScriptSizes(): { file: string; gzip: number }[] {
  const dir = join(DIST, 'src/content');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => ({ file, gzip: gzipSync(readFileSync(join(dir, file)), { level: 9 }).length }));
}

async function main() {
  const server = await startFixtureServer();
  const withExt = await launchBrowser(server);
  const without = await plainContext(server);
  try {
    await setUserSettings(withExt.context, withExt.extensionId, { rules: { tagging: { severity: 'warn' } } });
    const pageWith = await openComposer(withExt.context);
    const pageWithout = await openComposer(without.context);
    // Warm up both (JIT, first layout) before measuring.
    await msPerKey(pageWith);
    await msPerKey(pageWithout);
    const ratios: number[] = [];
    const a: number[] = [];
    const b: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate the order so drift on the machine does not favour one side.
      let withMs: number;
      let withoutMs: number;
      if (round % 2 === 0) {
        withMs = await msPerKey(pageWith);
        withoutMs = await msPerKey(pageWithout);
      } else {
        withoutMs = await msPerKey(pageWithout);
        withMs = await msPerKey(pageWith);
      }
      a.push(withMs);
      b.push(withoutMs);
      ratios.push(withMs / withoutMs);
    }
    const shares: { totalMs: number; extensionMs: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) shares.push(await extensionShare(pageWith));
    const latencies: number[] = [];
    for (let i = 0; i < 8; i++) latencies.push(await findingLatency(pageWith, `someone${i}`));

    const fmt = (n: number) => n.toFixed(3);
    console.log(`typing: ${ROUNDS} rounds × ${SENTENCES.join('').length} keys, ${KEY_DELAY_MS} ms between keys`);
    console.log(`  main-thread ms/keystroke with extension:    median ${fmt(median(a))} (${a.map(fmt).join(', ')})`);
    console.log(`  main-thread ms/keystroke without extension: median ${fmt(median(b))} (${b.map(fmt).join(', ')})`);
    const ratio = median(a) / median(b);
    const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
    console.log(
      `  ratio with/without: ${ratio.toFixed(3)} of medians, ${(sum(a) / sum(b)).toFixed(3)} of totals (target ≤ 1.05) ${ratio <= 1.05 ? 'OK' : 'OVER'}`,
    );
    // Per-round ratios show the machine's noise; on a shared two-core box it exceeds 5%.
    console.log(`  per-round ratios: ${ratios.map((r) => r.toFixed(2)).join(', ')}`);
    const ext = median(shares.map((x) => x.extensionMs));
    const all = median(shares.map((x) => x.totalMs));
    const shareRatio = all / (all - ext);
    console.log(
      `  content script's own main-thread time (profiled): ${fmt(ext)} of ${fmt(all)} ms/keystroke → ratio ${shareRatio.toFixed(3)} (target ≤ 1.05) ${shareRatio <= 1.05 ? 'OK' : 'OVER'}`,
    );
    const p = [...latencies].sort((x, y) => x - y);
    const worst = p[p.length - 1] as number;
    console.log(
      `  last keystroke → findings shown: median ${median(p).toFixed(0)} ms, max ${worst.toFixed(0)} ms (target ≤ 300) ${worst <= 300 ? 'OK' : 'OVER'}`,
    );
    for (const { file, gzip } of contentScriptSizes()) {
      console.log(
        `  content script ${file}: ${(gzip / 1024).toFixed(1)} KB gzip (target ≤ 30) ${gzip <= 30 * 1024 ? 'OK' : 'OVER'}`,
      );
    }
  } finally {
    await without.close();
    await withExt.close();
    await server.close();
  }
}

await main();
