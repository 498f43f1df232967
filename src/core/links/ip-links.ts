/**
 * Links to bare IP addresses that linkifyjs does not recognise: bracketed IPv6 hosts
 * ("http://[2001:db8::1]/x") and IPv4 hosts written without a scheme but with a port or a path
 * ("203.0.113.7:8080", "203.0.113.7/login"). A bare "10.0.0.1" or "10.0.0.0/8" is a version
 * number or a network range, not a link, and is left alone.
 */

/** One whitespace-free chunk of text, leading and trailing punctuation already trimmed. */
const IPV6_LINK = /^https?:\/\/(?:[^\s/@[\]]+@)?\[[0-9a-f:.]+\](?::\d{1,5})?(?:[/?#]\S*)?$/i;
const IPV4_LINK = /^(?:https?:\/\/)?\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5}(?:[/?#]\S*)?|[/?#][^\d\s]\S*)$/i;
const LEADING = /^[("'“‘<]+/;
const TRAILING = /[.,;:!?)"'”’>]+$/;

/** The IP link inside a chunk, as offsets into the chunk, or null. */
export function findIpLink(chunk: string): { start: number; end: number; value: string } | null {
  if (!chunk.includes('[') && !/\d\.\d/.test(chunk)) return null;
  const lead = LEADING.exec(chunk)?.[0].length ?? 0;
  const value = chunk.slice(lead).replace(TRAILING, '');
  if (!IPV6_LINK.test(value) && !IPV4_LINK.test(value)) return null;
  return { start: lead, end: lead + value.length, value };
}
