/**
 * What the message router calls: nothing here may fail a check or block it past the grace; a
 * broken link service leaves the offline verdict.
 */
import { parseLink } from '../../core/links/url';
import type { ResolvedPolicy } from '../../core/policy/types';
import type { Post } from '../../core/types';
import { browser } from '../../platform/browser';
import { linkService } from './extension';

/** The post with what is known about its links; `onMoreKnown` runs when following finishes later. */
export async function prepareLinks(post: Post, policy: ResolvedPolicy, onMoreKnown: () => void): Promise<Post> {
  try {
    const prepared = await linkService().prepare(post, policy);
    prepared.pending?.then((more) => more && onMoreKnown()).catch(() => undefined);
    return prepared.post;
  } catch {
    return post;
  }
}

/** A link clicked on the page: recorded in the background, the answer does not wait for it. */
export function recordOpenedLink(url: string, policy: ResolvedPolicy, onRecorded: () => void): void {
  void linkService()
    .recordOpened(url, policy, onRecorded)
    .catch(() => undefined);
}

/** The panel's "Open link": a new tab (http and https only), and the link counts as read. */
export async function openLink(url: string, policy: ResolvedPolicy, onRecorded: () => void): Promise<void> {
  const parsed = parseLink(url);
  if (!parsed) return;
  await browser.tabs.create({ url: parsed.href, active: true });
  recordOpenedLink(parsed.href, policy, onRecorded);
}
