/** Investing and analyst sites: a link costs a few map lookups, not a pass over every listed site. */
import domainsFile from '../../data/analyst-stock/domains.json';
import { URL_PATHS } from './words';

/** "seekingalpha.com" covers the site; "finance.yahoo.com/quote" only links under that path. */
interface Site {
  entry: string;
  domain: string;
  /** "/quote" for "finance.yahoo.com/quote"; "" for a whole site. */
  pathPrefix: string;
}

function parseSite(entry: string): Site {
  const slash = entry.indexOf('/');
  const domain = (slash < 0 ? entry : entry.slice(0, slash)).toLowerCase().replace(/^\.+/, '');
  const pathPrefix = slash < 0 ? '' : entry.slice(slash).toLowerCase().replace(/\/+$/, '');
  return { entry, domain, pathPrefix };
}

/** Parsed once: checking a link compares strings, with no URL parsing per entry. */
const INVESTING_SITES = domainsFile.entries.map((e) => parseSite(e.term));

/** Sites by domain, so a link costs a few map lookups rather than a pass over every site. */
type SiteIndex = Map<string, Site[]>;
const indexByExtra = new WeakMap<readonly string[], SiteIndex>();
const NO_EXTRA: readonly string[] = [];

export function siteIndex(extra: readonly string[]): SiteIndex {
  const key = extra.length === 0 ? NO_EXTRA : extra;
  let index = indexByExtra.get(key);
  if (!index) {
    index = new Map();
    for (const site of [...INVESTING_SITES, ...extra.map(parseSite)]) {
      const same = index.get(site.domain);
      if (same) same.push(site);
      else index.set(site.domain, [site]);
    }
    indexByExtra.set(key, index);
  }
  return index;
}

/** The listed site a host (or a parent domain of it) and path fall under, if any. */
export function findSite(host: string, path: string, index: SiteIndex): string | undefined {
  for (let domain = host; domain.includes('.'); domain = domain.slice(domain.indexOf('.') + 1)) {
    const site = index.get(domain)?.find((d) => siteMatches(host, path, d));
    if (site) return site.entry;
  }
  return undefined;
}

/** "seekingalpha.com" covers the site and its subdomains; "finance.yahoo.com/quote" only links under that path. */
function siteMatches(host: string, path: string, site: Site): boolean {
  if (host !== site.domain && !host.endsWith(`.${site.domain}`)) return false;
  return site.pathPrefix === '' || path === site.pathPrefix || path.startsWith(`${site.pathPrefix}/`);
}

/** Every word a listed path phrase starts with: a path holding none of them is no analyst page. */
const PATH_FIRST_WORDS = new RegExp(
  [...new Set(URL_PATHS.map((p) => p[0] as string))].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'i',
);
/** A plain link: ASCII, no user, no port, a host of letters, digits, dots and hyphens. */
const PLAIN_LINK = /^https?:\/\/([a-z0-9.-]+)(?=[/?#]|$)/i;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
const DOT = 46;
/** A last label the URL parser reads as an IPv4 number ("10.0.0.1", "0x7f"). */
const NUMERIC_LABEL = /(?:^|\.)(?:\d+|0x[0-9a-f]*)\.?$/i;

/**
 * False when a link can neither be on a listed site nor have an analyst path, told without
 * parsing it: parsing costs more than the rest of the rule on an ordinary post, whose links are
 * ordinary. For a plain link the parsed host is the written one lower-cased, and the parsed path
 * only drops or escapes characters, so every path word is in the text. Anything unusual
 * (Unicode, a port, a user, an IP address) answers true and is parsed as before.
 */
export function mayBeAnalyst(link: string, index: SiteIndex): boolean {
  if (!PRINTABLE_ASCII.test(link)) return true;
  const written = PLAIN_LINK.exec(link)?.[1];
  if (written === undefined || NUMERIC_LABEL.test(written)) return true;
  if (PATH_FIRST_WORDS.test(link)) return true;
  let domain = written.toLowerCase();
  if (domain.charCodeAt(domain.length - 1) === DOT) domain = domain.slice(0, -1);
  // The same parent domains findSite looks up.
  for (let dot = domain.indexOf('.'); dot >= 0; dot = domain.indexOf('.')) {
    if (index.has(domain)) return true;
    domain = domain.slice(dot + 1);
  }
  return false;
}

/** A path segment that is a quote page ("/quote/ACME") or whose words read "price-target", "analyst-ratings"… */
export function pathLooksAnalyst(path: string): boolean {
  for (const segment of path.split('/')) {
    if (!segment) continue;
    const words = segment.split(/[-_.+]+/).filter(Boolean);
    for (const phrase of URL_PATHS) {
      if (phrase.length === 1 ? words.length === 1 && words[0] === phrase[0] : containsRun(words, phrase)) return true;
    }
  }
  return false;
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let k = 0; k < run.length; k++) if (words[i + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}
