/**
 * The link service as the service worker runs it: extension storage, the optional host and
 * "webRequest" permissions, and (when the user turned it on) the optional "history" permission.
 */
import { BUILTIN_LINK_DATA } from '../../core/links/defaults';
import { hostWithin } from '../../core/links/host';
import { originPattern } from '../../core/links/origins';
import { normalizeLink } from '../../core/links/url';
import { browser } from '../../platform/browser';
import { getItems, setItems, type WritableArea } from '../../platform/storage';
import { fetchHopWith } from './hop-fetch';
import { createLinkService, type LinkService } from './service';
import type { KeyValueArea } from './store';
import { listenForRedirects, redirectTargetFromWebRequest } from './web-request';

const HISTORY_DAYS = 30;

function extensionArea(area: WritableArea): KeyValueArea {
  return { get: (keys) => getItems(area, keys), set: (items) => setItems(area, items) };
}

/**
 * A host is contacted only with its host permission AND webRequest (without it a redirect's
 * target cannot be read hop by hop, and following blindly would contact hosts not allowed).
 */
async function mayContact(url: string): Promise<boolean> {
  const origin = originPattern(url);
  if (!origin) return false;
  try {
    const allowed = await browser.permissions.contains({ origins: [origin], permissions: ['webRequest'] });
    return allowed && listenForRedirects();
  } catch {
    return false;
  }
}

async function visitedInHistory(urls: string[]): Promise<string[]> {
  if (!(await browser.permissions.contains({ permissions: ['history'] }).catch(() => false))) return [];
  const startTime = Date.now() - HISTORY_DAYS * 24 * 60 * 60 * 1000;
  const visited: string[] = [];
  for (const url of urls) {
    const key = normalizeLink(url);
    const host = key?.split(/[/?]/)[0];
    if (!key || !host) continue;
    const items = await browser.history.search({ text: host, startTime, maxResults: 200 });
    if (items.some((item) => item.url && normalizeLink(item.url) === key)) visited.push(url);
  }
  return visited;
}

const readsHtml = (url: string) => {
  const host = new URL(url).hostname;
  return BUILTIN_LINK_DATA.shorteners.some((s) => hostWithin(host, s));
};

let service: LinkService | null = null;

/** One service per worker life; everything it knows is in storage. */
export function linkService(): LinkService {
  service ??= createLinkService({
    resolutions: extensionArea('session'),
    opened: extensionArea('local'),
    fetchHop: fetchHopWith({ redirectTarget: redirectTargetFromWebRequest, readsHtml }),
    mayContact,
    visitedInHistory,
  });
  return service;
}
