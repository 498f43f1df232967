/**
 * Links, @mentions, #hashtags, e-mail addresses (linkifyjs) and $cashtags in the original text.
 *
 * linkifyjs scans every character of whatever it is given, which costs more than all the rules
 * together on a long post. Links, mentions, hashtags and addresses never contain whitespace, so
 * only the whitespace-separated chunks that could hold one are handed to it.
 */
import * as linkify from 'linkifyjs';
import 'linkify-plugin-hashtag';
import 'linkify-plugin-mention';
import { findIpLink } from '../links/ip-links';
import { withScheme } from '../links/url';

export type EntityType = 'url' | 'email' | 'mention' | 'hashtag' | 'cashtag';

export interface Entity {
  type: EntityType;
  /** As written in the post, e.g. "@AcmeCorp", "t.co/abc", "$ACME". */
  value: string;
  /** For links: the URL with a scheme ("http://t.co/abc"). */
  href: string;
  start: number;
  end: number;
}

/** Characters one of which every link, mention, hashtag or address contains. */
const TRIGGER = /[@#/.]/g;

/** Whitespace as `\s` defines it, tested by code point (a regex per character costs more). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The whitespace-separated chunks that hold a trigger character and pass MAY_HOLD_ENTITY.
 * Found from the triggers outward, so ordinary words are never visited one by one.
 */
function* candidateChunks(text: string): Generator<{ chunk: string; offset: number }> {
  let coveredUntil = 0;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m !== null; m = TRIGGER.exec(text)) {
    if (m.index < coveredUntil) continue;
    let start = m.index;
    while (start > coveredUntil && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    coveredUntil = end;
    TRIGGER.lastIndex = end;
    const chunk = text.slice(start, end);
    if (MAY_HOLD_ENTITY.test(chunk)) yield { chunk, offset: start };
  }
}
/**
 * A chunk is worth scanning when it has @, #, "/", "://" or a dot followed by a letter or
 * digit (no `u` flag: Unicode-aware regexes are several times slower on long posts).
 */
const MAY_HOLD_ENTITY = /[@#/]|:\/\/|\.[A-Za-z0-9\u00c0-\uffff]/;
/**
 * A plain "#tag" or "@handle" with trailing punctuation: the shape of nearly every mention and
 * hashtag, recognised here without the cost of a linkifyjs scan (it gives the same result).
 */
const SIMPLE_TAG = /^([#@])([A-Za-z0-9_]*[A-Za-z_][A-Za-z0-9_]*)[.,!?;:)\]'"]*$/;
/** A plain ASCII http(s) link (no brackets, quotes or commas inside) and trailing punctuation. */
const PLAIN_URL =
  /^(https?:\/\/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?::\d{1,5})?(?:[/?#][A-Za-z0-9\-._~%/?#=&+]*)?)[.,!?;:)\]'"]*$/i;

/**
 * The link in a chunk that is one plain http(s) URL, trimmed as linkifyjs trims it (a test checks
 * the two agree on thousands of variants), or null to leave the chunk to linkifyjs. Most shared
 * links look like this, and linkifyjs's scanner was the largest single cost of a check.
 */
export function plainSchemeUrl(chunk: string): string | null {
  const m = PLAIN_URL.exec(chunk);
  if (!m) return null;
  let url = m[1] as string;
  while (url.endsWith('.') || url.endsWith('?') || url.endsWith('%')) url = url.slice(0, -1);
  return url;
}
const CASHTAG = /(?<![\p{L}\p{N}_$])\$([A-Za-z][A-Za-z0-9]{0,5}(?:\.[A-Za-z]{1,2})?)(?![\p{L}\p{N}_])/gu;

/**
 * Top-level domains that are far more often file extensions in prose ("README.md", "main.py",
 * "deploy.sh") than web addresses, when written without a scheme, "www." or a path.
 */
const FILE_LIKE_TLDS = new Set(['md', 'py', 'sh', 'rs', 'zip', 'mov', 'ps']);
const BARE_HOST = /^(?!www\.)[^/?#:]+\.([A-Za-z]{2,})\.?$/;

/**
 * linkifyjs accepts any word ending in a top-level domain. Product and file names such as
 * "ASP.NET", "VB.NET" or "README.md" are not links: a bare host (no scheme, "www." or path)
 * whose top-level domain is written in capitals or is a common file extension is skipped.
 */
function looksLikeLink(value: string): boolean {
  const bare = BARE_HOST.exec(value);
  if (!bare) return true;
  const tld = bare[1] as string;
  return tld !== tld.toUpperCase() && !FILE_LIKE_TLDS.has(tld.toLowerCase());
}

export function findEntities(text: string): Entity[] {
  const found: Entity[] = [];
  for (const { chunk, offset } of candidateChunks(text)) {
    const before = found.length;
    const simple = SIMPLE_TAG.exec(chunk);
    if (simple) {
      const value = `${simple[1]}${simple[2]}`;
      const type = simple[1] === '#' ? 'hashtag' : 'mention';
      const href = type === 'mention' ? `/${simple[2]}` : value;
      found.push({ type, value, href, start: offset, end: offset + value.length });
      continue;
    }
    const plain = plainSchemeUrl(chunk);
    if (plain !== null) {
      found.push({ type: 'url', value: plain, href: plain, start: offset, end: offset + plain.length });
      continue;
    }
    for (const e of linkify.find(chunk)) {
      if (e.type === 'url' && !looksLikeLink(e.value)) continue;
      found.push({
        type: e.type as EntityType,
        value: e.value,
        href: e.href,
        start: offset + e.start,
        end: offset + e.end,
      });
    }
    // linkifyjs misses bracketed IPv6 hosts and scheme-less IPv4 hosts with a port or path.
    const ip = found.length === before ? findIpLink(chunk) : null;
    if (ip)
      found.push({
        type: 'url',
        value: ip.value,
        href: withScheme(ip.value),
        start: offset + ip.start,
        end: offset + ip.end,
      });
  }
  if (text.includes('$')) {
    for (const m of text.matchAll(CASHTAG)) {
      found.push({ type: 'cashtag', value: m[0], href: '', start: m.index, end: m.index + m[0].length });
    }
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}
