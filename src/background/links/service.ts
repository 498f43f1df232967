/**
 * The link service: before the engine runs, it fills Post.links (where the post's short links
 * lead, from cache or by following them) and Post.openedLinks (from the opened-links record).
 * A check never waits longer than a short grace for a link to be followed: it gets the offline
 * verdict, and `pending` tells the caller when a later check would know more.
 *
 * Everything it keeps is in storage (ExpiringRecord); the in-flight map only joins requests for
 * the same link while the worker lives.
 */
import pLimit from 'p-limit';
import { classifyLink, type LinkTrust } from '../../core/links/classify';
import { normalizeLink, parseLink } from '../../core/links/url';
import type { ResolvedPolicy } from '../../core/policy/types';
import riskyLink, { trustFor } from '../../core/rules/risky-link';
import { findEntities } from '../../core/text/entities';
import type { Post, PostLink } from '../../core/types';
import { type HopFetcher, type Resolution, resolveLink } from './resolver';
import { ExpiringRecord, type KeyValueArea } from './store';

export const RESOLUTION_KEY = 'linkResolutions';
export const OPENED_KEY = 'openedLinks';
/** How long a check waits for short links before answering with what it knows. */
export const CHECK_GRACE_MS = 250;
/** At most this many links are followed at once. */
export const CONCURRENCY = 4;

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Where a link leads changes rarely; a failure may be passing. */
function resolutionTtl(link: PostLink): number {
  return link.status === 'timeout' || link.status === 'failed' ? 5 * 60 * 1000 : DAY;
}

export interface LinkServiceDeps {
  /** Area for followed links (storage.session in the extension). */
  resolutions: KeyValueArea;
  /** Area for the opened-links record (storage.local in the extension). */
  opened: KeyValueArea;
  fetchHop: HopFetcher;
  /** May this address be contacted (the extension's host permission)? */
  mayContact(url: string): Promise<boolean>;
  /** Links among `urls` the browser history shows as visited (optional "history" permission). */
  visitedInHistory?(urls: string[]): Promise<string[]>;
  concurrency?: number;
  timeoutMs?: number;
  graceMs?: number;
  now?: () => number;
}

export interface PreparedPost {
  post: Post;
  /** Settles when links still being followed are done: true when a new check would know more. */
  pending: Promise<boolean> | null;
}

const trustByPolicy = new WeakMap<ResolvedPolicy, LinkTrust>();

function shortenerTrust(policy: ResolvedPolicy): LinkTrust {
  let trust = trustByPolicy.get(policy);
  if (!trust) {
    const options = { ...riskyLink.defaults, ...(policy.rules['risky-link'] ?? {}) } as typeof riskyLink.defaults;
    trust = trustFor(options, policy);
    trustByPolicy.set(policy, trust);
  }
  return trust;
}

const LINK_RULES = ['risky-link', 'analyst-stock', 'unread-link'] as const;

function linkRulesOn(policy: ResolvedPolicy): boolean {
  return LINK_RULES.some((id) => policy.rules[id]?.severity !== 'off');
}

/** Every link in the post and in the post it shares, with a scheme, once per normalised form. */
export function linksOf(post: Post): { href: string; key: string }[] {
  const found = new Map<string, string>();
  for (const text of [post.text, post.quoted?.text]) {
    if (!text) continue;
    for (const e of findEntities(text)) {
      if (e.type !== 'url') continue;
      // linkifyjs gives scheme-less links "http://"; a link typed without a scheme is fetched over https.
      const href = parseLink(e.value)?.href ?? e.href;
      const key = normalizeLink(href);
      if (key !== null && !found.has(key)) found.set(key, href);
    }
  }
  return [...found].map(([key, href]) => ({ key, href }));
}

const toPostLink = (url: string, r: Resolution): PostLink => ({
  url,
  status: r.status,
  ...(r.resolved !== undefined && { resolved: r.resolved }),
  hops: r.hops,
  ...(r.httpStatus !== undefined && { httpStatus: r.httpStatus }),
});

export function createLinkService(deps: LinkServiceDeps) {
  const now = deps.now ?? Date.now;
  const resolutions = new ExpiringRecord<PostLink>(deps.resolutions, RESOLUTION_KEY, {
    maxEntries: 500,
    ttlMs: resolutionTtl,
    now,
  });
  const opened = new ExpiringRecord<true>(deps.opened, OPENED_KEY, { maxEntries: 2000, ttlMs: () => 30 * DAY, now });
  const limit = pLimit(deps.concurrency ?? CONCURRENCY);
  const inFlight = new Map<string, Promise<PostLink>>();

  const isShortLink = (href: string, policy: ResolvedPolicy) =>
    classifyLink(href, shortenerTrust(policy)).some((p) => p.kind === 'shortener');

  /** May we follow this link at all: policy allows it and its own host is permitted. */
  const mayFollow = async (href: string, policy: ResolvedPolicy) =>
    policy.links.resolveShortLinks && (await deps.mayContact(href));

  /** Where `href` leads: cached, joined to a running request, or followed now. */
  function follow(href: string, key: string): Promise<PostLink> {
    let running = inFlight.get(key);
    if (!running) {
      running = limit(async () => {
        const cached = await resolutions.get(key);
        if (cached) return cached;
        const r = await resolveLink(parseLink(href)?.href ?? href, {
          fetchHop: deps.fetchHop,
          mayContact: deps.mayContact,
          ...(deps.timeoutMs !== undefined && { timeoutMs: deps.timeoutMs }),
        });
        const link = toPostLink(href, r);
        await resolutions.put([[key, link]]);
        return link;
      }).finally(() => inFlight.delete(key));
      inFlight.set(key, running);
    }
    return running;
  }

  async function prepare(input: Post, policy: ResolvedPolicy): Promise<PreparedPost> {
    // Post.links is the worker's to fill: whatever a sender put there is dropped.
    const { links: _fromSender, ...post } = input;
    if (!linkRulesOn(policy)) return { post, pending: null };
    const links = linksOf(post);
    if (links.length === 0) return { post, pending: null };
    const known = new Map<string, PostLink>();
    const running: Promise<unknown>[] = [];
    const cache = await resolutions.all();
    for (const { href, key } of links) {
      if (!isShortLink(href, policy)) continue;
      const cached = cache.get(key);
      if (cached) known.set(key, { ...cached, url: href });
      else if (await mayFollow(href, policy))
        running.push(follow(href, key).then((done) => known.set(key, { ...done, url: href })));
    }
    let pending: Promise<boolean> | null = null;
    if (running.length > 0) {
      const all = Promise.allSettled(running);
      if (!(await waitAtMost(all, deps.graceMs ?? CHECK_GRACE_MS))) pending = all.then(() => true);
    }
    // Copied now: a link followed after the grace belongs to the next check, not this one.
    const postLinks = [...known.values()];
    const openedLinks = await openedAmong(links, postLinks, policy);
    const prepared: Post = { ...post };
    if (postLinks.length > 0) prepared.links = postLinks;
    if (openedLinks.length > 0) prepared.openedLinks = [...new Set([...(post.openedLinks ?? []), ...openedLinks])];
    return { post: prepared, pending };
  }

  /** The post's links (as written or where they lead) that the record or history shows opened. */
  async function openedAmong(
    links: { href: string; key: string }[],
    followed: PostLink[],
    policy: ResolvedPolicy,
  ): Promise<string[]> {
    const candidates = new Map<string, string>(links.map((l) => [l.key, l.href]));
    for (const f of followed) {
      const key = f.resolved ? normalizeLink(f.resolved) : null;
      if (key && f.resolved) candidates.set(key, f.resolved);
    }
    const record = await opened.all();
    const found = [...candidates.keys()].filter((k) => record.has(k));
    if (policy.links.useBrowserHistory && deps.visitedInHistory && found.length < candidates.size) {
      const rest = [...candidates].filter(([k]) => !record.has(k)).map(([, href]) => href);
      const visited = await deps.visitedInHistory(rest).catch(() => []);
      for (const v of visited) {
        const key = normalizeLink(v);
        if (key) found.push(key);
      }
    }
    return found;
  }

  /**
   * The user opened `url` (a click on the page, or the panel's "Open link"). Records it, and —
   * when it is a short link we may follow — where it leads, so the destination counts as read
   * too. `onRecorded` runs after each write, so the tab can re-check at once.
   */
  async function recordOpened(url: string, policy: ResolvedPolicy, onRecorded?: () => void): Promise<void> {
    const key = normalizeLink(url);
    if (key === null) return;
    await opened.put([[key, true]]);
    onRecorded?.();
    const href = parseLink(url)?.href;
    if (!href || !isShortLink(href, policy) || !(await mayFollow(href, policy))) return;
    const followed = await follow(href, key);
    const destination = followed.status === 'resolved' && followed.resolved ? normalizeLink(followed.resolved) : null;
    if (destination && destination !== key) {
      await opened.put([[destination, true]]);
      onRecorded?.();
    }
  }

  return { prepare, recordOpened, follow, resolutions, opened };
}

export type LinkService = ReturnType<typeof createLinkService>;

/** True when `promise` settled within `ms`; never rejects. */
function waitAtMost(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(true);
      },
    );
  });
}
