/**
 * What the background learned by following a post's links (Post.links), as the pure rules read
 * it: where a short link leads, and how to say so. The rules stay synchronous and offline; the
 * CLI never fills Post.links, so its verdicts are the offline ones.
 */
import type { Post, PostLink } from '../types';
import { classifyLink, type LinkTrust } from './classify';
import { describeLinkProblem } from './describe';
import { displayLink } from './host';
import { normalizeLink } from './url';

/** The background's record of `link` (as written or with a scheme), if it followed it. */
export function followedLink(post: Post, link: string): PostLink | undefined {
  if (!post.links?.length) return undefined;
  const key = normalizeLink(link);
  if (key === null) return undefined;
  return post.links.find((l) => normalizeLink(l.url) === key);
}

/** Where `link` really leads, when following it arrived at another address. */
export function destinationOf(post: Post, link: string): string | undefined {
  const followed = followedLink(post, link);
  if (followed?.status !== 'resolved' || !followed.resolved) return undefined;
  return normalizeLink(followed.resolved) === normalizeLink(link) ? undefined : followed.resolved;
}

const HTTP_REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/**
 * The risky-link message for a short link the background followed, naming the destination;
 * null when following told nothing (time-out, network error): the offline verdict stands.
 */
export function describeFollowedShortLink(shown: string, followed: PostLink, trust: LinkTrust): string | null {
  const destination = followed.resolved ? displayLink(followed.resolved) : '';
  switch (followed.status) {
    case 'resolved': {
      // A short link page that answered without redirecting tells nothing new.
      if (!followed.resolved || normalizeLink(followed.resolved) === normalizeLink(followed.url)) return null;
      const [problem] = classifyLink(followed.resolved, trust);
      if (problem) return `${shown} leads to ${destination}. ${describeLinkProblem(destination, problem)}`;
      return `${shown} leads to ${destination} — readers cannot see that before they click; share the full link instead.`;
    }
    case 'loop':
      return `${shown} redirects in a loop and never arrives anywhere — check the link before you share it.`;
    case 'too-many-hops':
      return `${shown} goes through more than ${followed.hops ?? 10} redirects without arriving — a sign of a tracking or spam chain; share the destination itself instead.`;
    case 'http-error': {
      const code = followed.httpStatus ?? 0;
      const reason = HTTP_REASONS[code] ? ` ${HTTP_REASONS[code]}` : '';
      return `${shown} leads to ${destination || 'a page'} that answers “${code}${reason}” — the page is missing or broken; check the link before you share it.`;
    }
    default:
      return null;
  }
}
