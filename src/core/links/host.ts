/**
 * Takes a link apart the way a reader and a browser each see it: the host the browser will
 * contact, the host as it was written (case and script kept, for look-alike checks), and the
 * parts that can disguise a destination (userinfo before "@", a bare IP address).
 */
import { parse } from 'tldts';
import { parseLink } from './url';

export interface LinkParts {
  url: URL;
  /** The scheme as typed ("http", "https"), or "" when the link was written without one. */
  typedScheme: string;
  /** What the browser contacts: lowercase, punycode, IPv6 in brackets. */
  host: string;
  /** The host as written in the post, labels split, case and script kept. */
  writtenLabels: string[];
  /** "user:pass" or "paypal.com" in "https://paypal.com@evil.io", as written; "" when none. */
  userinfo: string;
  isIp: boolean;
  /** localhost and loopback addresses: the reader's own machine, not a destination. */
  isLocal: boolean;
  /** Registrable domain ("evil.io" for "paypal.com.evil.io"), private suffixes honoured. */
  domain: string | null;
  /** Number of labels in the public suffix ("co.uk" → 2). */
  suffixLabels: number;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
/** Label separators IDNA accepts besides ".": ideographic and full-width full stops. */
const DOTS = /[.\u3002\uff0e\uff61]/;

function writtenAuthority(rest: string): { userinfo: string; host: string } {
  const end = rest.search(/[/?#\\]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  const at = authority.lastIndexOf('@');
  const userinfo = at === -1 ? '' : authority.slice(0, at);
  let host = at === -1 ? authority : authority.slice(at + 1);
  if (host.startsWith('[')) host = host.slice(0, host.indexOf(']') + 1);
  else host = host.replace(/:\d*$/, '');
  return { userinfo, host };
}

function isLoopback(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '[::1]' ||
    host === '[0:0:0:0:0:0:0:1]'
  );
}

/** null when the text is not an http(s) link a browser would open. */
export function linkParts(link: string): LinkParts | null {
  const written = link.trim();
  const schemeMatch = SCHEME.exec(written);
  const typedScheme = schemeMatch ? (schemeMatch[1] as string).toLowerCase() : '';
  if (typedScheme && typedScheme !== 'http' && typedScheme !== 'https') return null;
  const url = parseLink(written);
  if (!url) return null;
  const host = url.hostname.replace(/\.$/, '');
  const { userinfo, host: writtenHost } = writtenAuthority(
    schemeMatch ? written.slice(schemeMatch[0].length) : written,
  );
  const parsed = parse(host, { allowPrivateDomains: true });
  const isIp = parsed.isIp === true || host.startsWith('[');
  return {
    url,
    typedScheme,
    host,
    writtenLabels: writtenHost.replace(/[.\u3002\uff0e\uff61]$/, '').split(DOTS),
    userinfo: url.username || url.password ? userinfo : '',
    isIp,
    isLocal: isLoopback(host),
    domain: isIp ? null : parsed.domain,
    suffixLabels: parsed.publicSuffix ? parsed.publicSuffix.split('.').length : 0,
  };
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostWithin(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** "https://www.Example.com/a/" → "example.com/a": a link as short as it can be shown. */
export function displayLink(link: string, max = 60): string {
  const shown = link
    .trim()
    .replace(/^https:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}
