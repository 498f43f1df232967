/**
 * Fetches one hop of a link: a GET without cookies, referrer or cache, redirects not followed.
 * The body is never downloaded, except the first few kilobytes of a short link's own HTML page,
 * where some shorteners (t.co for browsers) put a meta refresh instead of a redirect.
 *
 * In Node, `redirect: 'manual'` shows the Location header. In an extension service worker it
 * does not: Chromium returns an opaque redirect (status 0, no headers; measured in Chromium
 * 156). `redirectTarget` then supplies the target, learned from webRequest (see web-request.ts).
 */
import type { Hop, HopFetcher } from './resolver';

/** Enough for the <head> of a redirect page; a huge page is cut off here. */
export const MAX_HTML_BYTES = 32 * 1024;

const META_REFRESH =
  /<meta[^>]+http-equiv\s*=\s*["']?refresh["']?[^>]*content\s*=\s*["']?\s*\d*\s*[;,]\s*url\s*=\s*['"]?([^"'>\s]+)/i;
const META_REFRESH_REVERSED =
  /<meta[^>]+content\s*=\s*["']?\s*\d*\s*[;,]\s*url\s*=\s*['"]?([^"'>\s]+)[^>]*http-equiv\s*=\s*["']?refresh/i;

/** How long after fetch answered the webRequest event may still come. */
const REDIRECT_EVENT_GRACE_MS = 1_000;

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

export interface HopFetchOptions {
  /** Where an opaque redirect went (extension service worker only). */
  redirectTarget?: (url: string, signal: AbortSignal) => Promise<Hop | null>;
  /** Look for a meta refresh in this page? (Only a short link's own page is worth reading.) */
  readsHtml?: (url: string) => boolean;
}

/** Reads at most MAX_HTML_BYTES of the body, then cancels the rest of the download. */
async function readHead(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    while (bytes < MAX_HTML_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      text += decoder.decode(value, { stream: true });
      if (/<\/head>|<body/i.test(text)) break;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return text;
}

export function metaRefreshTarget(html: string): string | null {
  const match = META_REFRESH.exec(html) ?? META_REFRESH_REVERSED.exec(html);
  return match?.[1] ? match[1].replace(/&amp;/g, '&') : null;
}

export function fetchHopWith(options: HopFetchOptions = {}): HopFetcher {
  return async (url, signal) => {
    // Listening starts before the request so an early webRequest event is not missed, and ends
    // with this hop.
    const done = new AbortController();
    const opaqueTarget = options.redirectTarget?.(url, AbortSignal.any([signal, done.signal]));
    opaqueTarget?.catch(() => undefined);
    try {
      const response = await fetch(url, {
        method: 'GET',
        redirect: 'manual',
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        signal,
      });
      if (response.type !== 'opaqueredirect') return await readHop(response, url, options);
      const target = opaqueTarget ? await Promise.race([opaqueTarget, later(REDIRECT_EVENT_GRACE_MS, null)]) : null;
      if (!target) throw new Error(`redirect target of ${url} unknown`);
      return target;
    } finally {
      done.abort();
    }
  };
}

async function readHop(response: Response, url: string, options: HopFetchOptions): Promise<Hop> {
  const { status } = response;
  if (status >= 300 && status < 400) {
    await response.body?.cancel().catch(() => undefined);
    return { status, location: response.headers.get('location') };
  }
  const html = /text\/html/i.test(response.headers.get('content-type') ?? '');
  if (status === 200 && html && options.readsHtml?.(url)) {
    return { status, location: metaRefreshTarget(await readHead(response)) };
  }
  await response.body?.cancel().catch(() => undefined);
  return { status };
}
