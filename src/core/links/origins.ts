/**
 * Host permission patterns for following short links. The manifest lists "<all_urls>" only as
 * an optional host permission; what is requested (and shown in the browser's prompt) is the
 * narrow list of shortener hosts: built-in ones plus any the policy adds.
 */

import type { ResolvedPolicy } from '../policy/types';
import { BUILTIN_LINK_DATA } from './defaults';

/** The pattern `permissions.contains` is asked about before a URL is contacted. */
export function originPattern(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return `${protocol}//${hostname}/*`;
  } catch {
    return null;
  }
}

const HOST = /^[a-z0-9.-]+\.[a-z0-9-]+$/i;

/** Patterns for the shortener hosts, http and https ("*.bit.ly" covers bit.ly and its subdomains). */
export function shortenerOrigins(policy: ResolvedPolicy): string[] {
  const extra = policy.rules['risky-link']?.shorteners;
  const hosts = [...BUILTIN_LINK_DATA.shorteners, ...(Array.isArray(extra) ? (extra as string[]) : [])]
    .map((h) => h.trim().toLowerCase())
    .filter((h) => HOST.test(h));
  return [...new Set(hosts)].map((h) => `*://*.${h}/*`);
}

/** What "Allow Preflight to follow short links" asks the browser for. */
export function resolvePermissionRequest(policy: ResolvedPolicy): { origins: string[]; permissions: string[] } {
  return { origins: shortenerOrigins(policy), permissions: ['webRequest'] };
}
