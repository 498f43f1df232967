/**
 * The one typed message contract between content scripts, pages and the background worker.
 * Every message is validated on arrival (valibot) before any work: content scripts run in pages
 * we do not control.
 */
import * as v from 'valibot';
import { SITES, SURFACES } from './types';

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
});

export const requestSchema = v.variant('type', [
  /** Check a draft; `seq` lets the content script drop stale answers. */
  v.object({ type: v.literal('check'), seq: v.pipe(v.number(), v.integer()), post: postSchema }),
  /** The user opened a link on the page (read-before-share). */
  v.object({ type: v.literal('link-opened'), url: shortString }),
  /** Pages ask for the effective policy and where each value came from. */
  v.object({ type: v.literal('get-policy') }),
  /** The popup asks what the tab's content script found. */
  v.object({ type: v.literal('ping') }),
]);

export type Request = v.InferOutput<typeof requestSchema>;
export type CheckRequest = Extract<Request, { type: 'check' }>;

export function parseRequest(message: unknown): Request | null {
  const result = v.safeParse(requestSchema, message);
  return result.success ? result.output : null;
}
