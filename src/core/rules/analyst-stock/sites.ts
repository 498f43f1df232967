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
