/**
 * Where an opaque redirect went. In a service worker, fetch with `redirect: 'manual'` hides the
 * Location header, and `redirect: 'follow'` would contact every host of the chain, permitted or
 * not (both measured in Chromium 156). webRequest.onBeforeRedirect reports each redirect of the
 * extension's own requests (tabId -1) to hosts it has permission for, so the resolver can go one
 * hop at a time and decide about each next host itself. Needs the optional "webRequest"
 * permission, which Chromium grants without a prompt together with the hosts.
 */
import { browser } from '../../platform/browser';
import type { Hop } from './resolver';

interface Waiter {
  url: string;
  resolve(hop: Hop): void;
}

/** Registered before each request, so an event that arrives before fetch answers is kept. */
const waiters = new Set<Waiter>();
let listening = false;

interface RedirectDetails {
  url: string;
  redirectUrl: string;
  statusCode: number;
  tabId: number;
  initiator?: string;
}

function onBeforeRedirect(details: RedirectDetails): void {
  // Only the worker's own requests: pages' redirects are none of our business.
  if (details.tabId !== -1 || (details.initiator && !details.initiator.startsWith(self.location.origin))) return;
  const hop: Hop = { status: details.statusCode, location: details.redirectUrl };
  for (const w of waiters) {
    if (w.url !== details.url) continue;
    waiters.delete(w);
    w.resolve(hop);
  }
}

/** True once the listener is registered (needs the webRequest permission). */
export function listenForRedirects(): boolean {
  if (listening) return true;
  const webRequest = (browser as { webRequest?: typeof browser.webRequest }).webRequest;
  if (!webRequest?.onBeforeRedirect) return false;
  try {
    webRequest.onBeforeRedirect.addListener(onBeforeRedirect as never, { urls: ['<all_urls>'], tabId: -1 });
    listening = true;
  } catch {
    return false;
  }
  return true;
}

/** The redirect webRequest reports for `url`, or null when none arrives before `signal` ends. */
export function redirectTargetFromWebRequest(url: string, signal: AbortSignal): Promise<Hop | null> {
  return new Promise((resolve) => {
    const waiter: Waiter = { url, resolve };
    waiters.add(waiter);
    signal.addEventListener('abort', () => waiters.delete(waiter) && resolve(null), { once: true });
  });
}
