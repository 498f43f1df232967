/**
 * The one typed message contract between content scripts, pages and the background worker.
 * Every message is validated on arrival (valibot) before any work: content scripts run in pages
 * we do not control.
 */
import * as v from 'valibot';
import { LINK_STATUSES, SITES, SURFACES } from './types';

/** Far above any real post (X: 25,000 chars for Premium; LinkedIn: 3,000) but bounded. */
export const MAX_TEXT = 1_000_000;

const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const shortString = v.pipe(v.string(), v.maxLength(2048));

export const postSchema = v.object({
  text,
  site: v.optional(v.picklist(SITES)),
  surface: v.optional(v.picklist(SURFACES)),
  mentions: v.optional(
    v.pipe(
      v.array(
        v.object({
          text: shortString,
          id: v.optional(shortString),
          kind: v.optional(v.picklist(['person', 'company'])),
        }),
      ),
      v.maxLength(500),
    ),
  ),
  media: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
  account: v.optional(v.object({ handle: shortString, name: v.optional(shortString) })),
  quoted: v.optional(v.object({ text, url: v.optional(shortString), author: v.optional(shortString) })),
  openedLinks: v.optional(v.pipe(v.array(shortString), v.maxLength(1000))),
  /** Filled by the background (link service), validated like the rest when it comes from outside. */
  links: v.optional(
    v.pipe(
      v.array(
        v.object({
          url: shortString,
          status: v.picklist(LINK_STATUSES),
          resolved: v.optional(shortString),
          hops: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
          httpStatus: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999))),
        }),
      ),
      v.maxLength(200),
    ),
  ),
});

export const requestSchema = v.variant('type', [
  /** Check a draft; `seq` lets the content script drop stale answers. */
  v.object({ type: v.literal('check'), seq: v.pipe(v.number(), v.integer()), post: postSchema }),
  /** The user opened a link on the page (read-before-share). */
  v.object({ type: v.literal('link-opened'), url: shortString }),
  /** The panel's "Open link" button: the background opens a tab and counts the link as read. */
  v.object({ type: v.literal('open-link'), url: shortString }),
  /** Pages ask for the effective policy and where each value came from. */
  v.object({ type: v.literal('get-policy') }),
  /** Liveness check from pages and content scripts. */
  v.object({ type: v.literal('ping') }),
  /** The user read the company policy (requireAcknowledgement) at this policy version. */
  v.object({ type: v.literal('acknowledge'), version: v.optional(shortString) }),
]);

export type Request = v.InferOutput<typeof requestSchema>;
export type CheckRequest = Extract<Request, { type: 'check' }>;

export function parseRequest(message: unknown): Request | null {
  const result = v.safeParse(requestSchema, message);
  return result.success ? result.output : null;
}

/** The background's answer to a `check`. */
export interface CheckResponse {
  type: 'findings';
  seq: number;
  findings: import('./types').Finding[];
  /** The policy asks for failClosed: stop the post when no verdict arrives in time. */
  failClosed: boolean;
  /** Checks are paused by the user (allowPause); the guard lets posts through. */
  paused: boolean;
  /** Set when the policy must be acknowledged before the first post. */
  acknowledge?: { policyUrl: string; version?: string };
}

/**
 * Messages the background or popup send to a tab's content script.
 * `get-status`: the popup asks whether Preflight is active in the tab and what it found.
 * `policy-changed`: the effective policy changed (managed or user); re-check open drafts.
 * `links-changed`: a link was opened or a short link resolved; re-check open drafts.
 */
export type TabRequest = { type: 'get-status' } | { type: 'policy-changed' } | { type: 'links-changed' };

export interface TabStatus {
  type: 'status';
  site: import('./types').Site;
  composerFound: boolean;
  findings: import('./types').Finding[];
}
