/**
 * When has the author opened "the same" link? `normalizeLink` already ignores scheme, "www.",
 * fragments and the common tracking parameters; sites also serve one page under a mobile host
 * ("m.economist.com"), an AMP copy, or a share address ("youtu.be/ID"), and tag shared links
 * with parameters of their own ("?ref=…", "?smid=…"). Those point at the page the author read.
 */
import { BUILTIN_LINK_DATA } from '../../links/defaults';
import { linkParts } from '../../links/host';
import { memoize } from '../../links/memo';
import { normalizeLink, parseLink } from '../../links/url';

/** Share and referral parameters that do not change the page (besides normalizeLink's list). */
const SHARE_PARAMS = new Set([
  'ref',
  'source',
  'src',
  'rcm',
  'cmpid',
  'cmp',
  'smid',
  'ito',
  'mod',
  'sref',
  'ocid',
  'guccounter',
  'feature',
  'share',
  'sharetype',
  'via',
  'sh',
  'sk',
  'originalsubdomain',
]);
/** Mobile and AMP copies of a site: "m.", "mobile.", "amp." in front of the real host. */
const COPY_HOST = /^(?:m|mobile|amp)\./;

/** The page a link shows, as one comparable string; null when it is not a web link. */
export const pageKey = memoize(pageKeyOf);

function pageKeyOf(link: string): string | null {
  const url = parseLink(link);
  if (!url) return null;
  let host = url.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(COPY_HOST, '');
  let path = url.pathname.replace(/\/amp\/?$/, '/');
  // youtu.be/ID is YouTube's share address for youtube.com/watch?v=ID.
  if (host === 'youtu.be' && path.length > 1) {
    url.searchParams.set('v', path.slice(1));
    host = 'youtube.com';
    path = '/watch';
  }
  for (const k of [...url.searchParams.keys()]) if (SHARE_PARAMS.has(k.toLowerCase())) url.searchParams.delete(k);
  const query = url.searchParams.toString();
  return normalizeLink(`https://${host}${url.port ? `:${url.port}` : ''}${path}${query ? `?${query}` : ''}`);
}

/** Shorteners' and big platforms' bare names: "we use bit.ly", "posted on x.com", "on linkedin.com". */
const SITE_NAMES = [...BUILTIN_LINK_DATA.shorteners, ...BUILTIN_LINK_DATA.impersonatedDomains];

/**
 * Text the linker reads as a link that is not one to read: the reader's own machine
 * ("http://localhost:5173"); and, written with no scheme, "www." or path: a company named by its
 * domain ("Booking.com", "Monday.com": a capital first), two sentences missing a space ("the
 * team.Next step": a capitalised last label), or a shortener's or big platform's bare name ("we
 * use bit.ly", "posted on x.com": a home page, nothing there to read).
 */
export const notAPage = memoize(isNotAPage);

function isNotAPage(written: string): boolean {
  const parts = linkParts(written);
  if (!parts) return true;
  if (parts.isLocal) return true;
  const bare = parts.typedScheme === '' && !/^www\./i.test(written) && !/[/?#:]/.test(written);
  if (!bare) return false;
  if (/^\p{Lu}/u.test(written) || /\.\p{Lu}[^.]*$/u.test(written)) return true;
  return SITE_NAMES.includes(parts.host);
}

/**
 * The pages the author opened, matched loosely on parameters: sites add their own tracking
 * ("?srnd=premium", "?src=rss") that no list keeps up with, so a link is read when an opened
 * page has the same address and the parameters of one are a subset of the other's, with the
 * same values ("/watch?v=A" and "/watch?v=B" stay different pages).
 */
export class OpenedPages {
  private readonly byAddress = new Map<string, Map<string, string>[]>();

  constructor(links: readonly string[]) {
    for (const link of links) {
      const key = pageKey(link);
      if (key === null) continue;
      const [address, params] = split(key);
      const known = this.byAddress.get(address);
      if (known) known.push(params);
      else this.byAddress.set(address, [params]);
    }
  }

  has(key: string): boolean {
    const [address, params] = split(key);
    return this.byAddress.get(address)?.some((opened) => nested(params, opened) || nested(opened, params)) ?? false;
  }
}

function split(key: string): [string, Map<string, string>] {
  const q = key.indexOf('?');
  if (q === -1) return [key, new Map()];
  return [key.slice(0, q), new Map(new URLSearchParams(key.slice(q + 1)))];
}

/** Every parameter of `a` is in `b` with the same value. */
function nested(a: Map<string, string>, b: Map<string, string>): boolean {
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
