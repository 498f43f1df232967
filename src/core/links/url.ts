/**
 * Link normalisation shared by the rules and the background link service: links are compared
 * by what they point at, not by how they were typed.
 */
import { getDomain, getHostname } from 'tldts';

/** Query parameters that only track who shared or clicked; dropped before comparing links. */
const TRACKING_PARAMS = [
  /^utm_/,
  /^fbclid$/,
  /^gclid$/,
  /^dclid$/,
  /^msclkid$/,
  /^mc_(?:cid|eid)$/,
  /^igshid$/,
  /^si$/,
  /^ref_src$/,
  /^ref_url$/,
  /^_hsenc$/,
  /^_hsmi$/,
  /^mkt_tok$/,
  /^trk$/,
  /^trackingid$/,
  /^lipi$/,
  /^s$/,
  /^t$/,
];

/** Adds a scheme to a scheme-less link ("t.co/abc" → "https://t.co/abc"). */
export function withScheme(link: string): string {
  const trimmed = link.trim();
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

export function parseLink(link: string): URL | null {
  try {
    const url = new URL(withScheme(link));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The form two links are compared in: no scheme, host in punycode without "www.", no default
 * port, no fragment, no tracking parameters, remaining parameters sorted, no trailing slash.
 * Parameters X uses for tracking on its own share links (s, t) are dropped on x.com only.
 */
export function normalizeLink(link: string): string | null {
  const url = parseLink(link);
  if (!url) return null;
  const host = url.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  const isX = host === 'x.com' || host === 'twitter.com';
  const kept = [...url.searchParams.entries()]
    .filter(([k]) => !TRACKING_PARAMS.some((re) => re.test(k.toLowerCase())) || (!isX && (k === 's' || k === 't')))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  const port = url.port ? `:${url.port}` : '';
  return `${isX ? 'x.com' : host}${port}${path}${query}`;
}

export function hostnameOf(link: string): string | null {
  return getHostname(withScheme(link));
}

/**
 * The registrable domain, in punycode ("bbc.co.uk" for "news.bbc.co.uk"; "alice.github.io" stays whole:
 * private suffixes count, so two users' pages on one hosting service are told apart).
 */
export function registrableDomain(link: string): string | null {
  // The URL parser gives the host in punycode (IDN), the form every comparison uses.
  const host = parseLink(link)?.hostname;
  return host ? getDomain(host, { allowPrivateDomains: true }) : null;
}
