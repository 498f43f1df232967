/**
 * Follows a link hop by hop to learn where it leads. Only the link itself is contacted: a GET
 * with no cookies, no referrer and no body, one hop at a time, and only to hosts `mayContact`
 * allows (the extension's host permission). Runs the same in Node (tests, bench) and in the
 * service worker; what differs is how one hop is fetched (see hop-fetch.ts).
 */
import type { LinkStatus } from '../../core/types';

export const RESOLVE_TIMEOUT_MS = 3_000;
export const MAX_HOPS = 10;

/** One answer: a redirect target, or the final status. */
export interface Hop {
  status: number;
  /** Where the answer sends us next (Location header or an HTML meta refresh), absolute or relative. */
  location?: string | null;
}

export type HopFetcher = (url: string, signal: AbortSignal) => Promise<Hop>;

export interface ResolveOptions {
  fetchHop: HopFetcher;
  /** May this address be contacted? A host without permission is never contacted. */
  mayContact(url: string): boolean | Promise<boolean>;
  timeoutMs?: number;
  maxHops?: number;
  signal?: AbortSignal;
}

export interface Resolution {
  status: LinkStatus;
  /** The last address reached (or known, when the next host may not be contacted). */
  resolved?: string;
  /** Redirects followed. */
  hops: number;
  httpStatus?: number;
  /** True when following stopped at a host the extension may not contact. */
  stopped?: boolean;
  /** Every address in order, starting with the link itself. */
  chain: string[];
}

const isRedirect = (status: number) => status >= 300 && status < 400;

function nextUrl(location: string, base: string): string | null {
  try {
    const url = new URL(location, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export async function resolveLink(link: string, options: ResolveOptions): Promise<Resolution> {
  const maxHops = options.maxHops ?? MAX_HOPS;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? RESOLVE_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const chain = [new URL(link).href];
  const seen = new Set(chain);
  let current = chain[0] as string;
  for (let hops = 0; ; ) {
    if (!(await options.mayContact(current)))
      return { status: 'resolved', resolved: current, hops, stopped: true, chain };
    let hop: Hop;
    try {
      hop = await options.fetchHop(current, signal);
    } catch {
      return { status: signal.aborted ? 'timeout' : 'failed', resolved: current, hops, chain };
    }
    const target = hop.location ? nextUrl(hop.location, current) : null;
    if (!target) {
      if (hop.status >= 400 || isRedirect(hop.status))
        return { status: 'http-error', resolved: current, hops, httpStatus: hop.status, chain };
      return { status: 'resolved', resolved: current, hops, chain };
    }
    hops++;
    chain.push(target);
    if (seen.has(target)) return { status: 'loop', resolved: target, hops, chain };
    if (hops > maxHops) return { status: 'too-many-hops', resolved: target, hops: maxHops, chain };
    seen.add(target);
    current = target;
  }
}
