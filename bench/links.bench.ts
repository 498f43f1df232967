/**
 * Link resolution benchmark (`npm run bench:links`, part of `npm run bench`; run `npm run build`
 * first). A 3-hop shortener chain on loopback — bit.ly → lnkd.in → t.co → destination — with a
 * fresh link each run, so nothing comes from cache. Prints:
 * - Node: the resolver alone (fetch per hop, no cache);
 * - Chromium, warm worker: a real `check` message to the built extension (with the short-link
 *   permissions granted), from sending the check to the answer naming the destination;
 *   target < 100 ms. Then the same check again, answered from the cache.
 */

import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fetchHopWith } from '../src/background/links/hop-fetch';
import { resolveLink } from '../src/background/links/resolver';
import { DIST, launchBrowser, startFixtureServer } from '../tests/e2e/harness';
import { grantedExtensionCopy } from '../tests/unit/links/granted-extension';
import { type Route, startLinkWeb } from '../tests/unit/links/link-web';

const RUNS = Number(process.env.LINK_RUNS ?? 30);
const WARMUP = 5;
const TARGET_MS = 100;

function chains(prefix: string, count: number): Record<string, Route> {
  const routes: Record<string, Route> = {};
  for (let i = 0; i < count; i++) {
    routes[`/bit.ly/${prefix}${i}`] = { redirect: `https://lnkd.in/${prefix}${i}` };
    routes[`/lnkd.in/${prefix}${i}`] = { redirect: `https://t.co/${prefix}${i}` };
    routes[`/t.co/${prefix}${i}`] = { redirect: `https://example.org/article-${prefix}${i}` };
  }
  return routes;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] as number };
};
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function inNode(): Promise<void> {
  const web = await startLinkWeb(chains('n', RUNS + WARMUP));
  const fetchHop = web.mapped(fetchHopWith());
  const onlyShorteners = (u: string) => /^https:\/\/(bit\.ly|lnkd\.in|t\.co)\//.test(u);
  const times: number[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const t0 = performance.now();
    const r = await resolveLink(`https://bit.ly/n${i}`, { fetchHop, mayContact: onlyShorteners });
    const ms = performance.now() - t0;
    if (r.hops !== 3 || r.resolved !== `https://example.org/article-n${i}`)
      throw new Error(`bad resolution ${JSON.stringify(r)}`);
    if (i >= WARMUP) times.push(ms);
  }
  await web.close();
  const s = stats(times);
  console.log(`Node resolver, 3 hops on loopback (${RUNS} runs): median ${fmt(s.median)}, p95 ${fmt(s.p95)}`);
}

async function inChromium(): Promise<boolean> {
  const fixtures = await startFixtureServer();
  const web = await startLinkWeb(chains('c', RUNS + WARMUP), { tls: true });
  const copy = grantedExtensionCopy(DIST);
  const browser = await launchBrowser(fixtures, { extensionDir: copy, hostRules: [`MAP * 127.0.0.1:${web.port}`] });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const check = (text: string) =>
      page.evaluate(async (t) => {
        const started = performance.now();
        const answer = (await chrome.runtime.sendMessage({ type: 'check', seq: 1, post: { text: t } })) as {
          findings: { rule: string; message: string }[];
        };
        return { ms: performance.now() - started, messages: answer.findings.map((f) => f.message) };
      }, text);
    const fresh: number[] = [];
    const cached: number[] = [];
    let offline = 0;
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const text = `Worth a read bit.ly/c${i}`;
      const first = await check(text);
      const named = first.messages.some((m) => m.includes(`leads to example.org/article-c${i}`));
      if (!named) offline++;
      const second = await check(text);
      if (i < WARMUP) continue;
      fresh.push(first.ms);
      cached.push(second.ms);
    }
    const f = stats(fresh);
    const c = stats(cached);
    const ok = f.median < TARGET_MS && offline === 0;
    console.log(
      `Chromium warm worker, check with a new 3-hop short link (${RUNS} runs): median ${fmt(f.median)}, p95 ${fmt(f.p95)}, max ${fmt(f.max)} — target < ${TARGET_MS} ms: ${ok ? 'PASS' : 'FAIL'}${offline ? ` (${offline} answered offline)` : ''}`,
    );
    console.log(`Chromium warm worker, the same check again (cached): median ${fmt(c.median)}, p95 ${fmt(c.p95)}`);
    return ok;
  } finally {
    await browser.close();
    await web.close();
    await fixtures.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

await inNode();
if (!(await inChromium())) process.exitCode = 1;
