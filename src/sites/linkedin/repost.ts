/**
 * LinkedIn reposts (SITES.md B6). "Repost" publishes the original at once, with no composer,
 * so the guard checks the original post's text, read from the post the Repost button belongs to.
 * "Repost with your thoughts" opens the share composer (checked on its own Post button).
 */
import { closestAny, closestWhere, collapsedText, isElement, queryAll, queryFirst } from './dom';
import {
  COMMENT_THREAD,
  FEED_POST,
  MENU_ITEM,
  POST_AUTHOR,
  POST_PERMALINK,
  POST_TEXT,
  POST_URN_ATTRIBUTES,
  REPOST_BUTTON,
  REPOST_ICON,
  REPOST_INSTANT_TEXT,
  REPOST_MENU,
  REPOST_WITH_THOUGHTS_TEXT,
} from './selectors';
import { readRenderedText } from './text';

export interface OriginalPost {
  text: string;
  url?: string;
  author?: string;
}

const URN = /urn:li:(?:activity|share|ugcPost):[A-Za-z0-9_-]+/;

/** The Repost button that opens the repost menu: the classic class, or a button with the SDUI icon. */
export function isRepostButton(el: Element): boolean {
  if (closestAny(el, COMMENT_THREAD)) return false;
  if (el.matches(REPOST_BUTTON.join(', '))) return true;
  return (
    el.matches('button, [role="button"]') && el.hasAttribute('aria-expanded') && queryFirst(el, REPOST_ICON) !== null
  );
}

/** The feed post an element belongs to (a list item counts only when it holds post text). */
export function postContainerOf(el: Element): HTMLElement | null {
  return closestWhere(el, FEED_POST, (c) => queryFirst(c, POST_TEXT) !== null || c.hasAttribute('data-urn'));
}

function permalinkOf(container: HTMLElement): string | undefined {
  for (let node: HTMLElement | null = container; node; node = node.parentElement) {
    for (const attribute of POST_URN_ATTRIBUTES) {
      const urn = URN.exec(node.getAttribute(attribute) ?? '')?.[0];
      if (urn) return `https://www.linkedin.com/feed/update/${urn}/`;
    }
  }
  const href = queryFirst(container, POST_PERMALINK)?.getAttribute('href');
  return href ? new URL(href, 'https://www.linkedin.com/').href : undefined;
}

/** The original post's text, link and author as shown in the feed or in a composer preview. */
export function readOriginal(container: HTMLElement): OriginalPost {
  const textEl = queryFirst(container, POST_TEXT) ?? container;
  const author = queryFirst(container, POST_AUTHOR);
  const url = permalinkOf(container);
  const authorName = author ? collapsedText(author) : '';
  return { text: readRenderedText(textEl), ...(url ? { url } : {}), ...(authorName ? { author: authorName } : {}) };
}

/** Repost buttons whose menu is open now, in the document and the shadow roots given. */
function openRepostButtons(roots: ParentNode[]): HTMLElement[] {
  return roots.flatMap((root) => queryAll(root, ['[aria-expanded="true"]']).filter((b) => isRepostButton(b)));
}

export type RepostChoice = { instant: true; original: OriginalPost; trigger: HTMLElement } | { instant: false };

/** The classic reshare dropdown, or an artdeco dropdown whose trigger is the Repost button. */
function isClassicRepostMenu(menu: HTMLElement): boolean {
  if (menu.matches('.social-reshare-button__share-dropdown-content')) return true;
  const dropdown = menu.parentElement?.closest('.artdeco-dropdown');
  return !!dropdown && queryAll(dropdown, REPOST_BUTTON).some((b) => !b.contains(menu));
}

/**
 * For a control inside a repost menu: which choice it is and which post it reposts.
 * Null when the control is not an item of a repost menu.
 */
export function repostChoice(
  control: HTMLElement,
  roots: ParentNode[],
  remembered: OriginalPost | null,
): RepostChoice | null {
  if (isRepostButton(control) || !control.matches(MENU_ITEM.join(', '))) return null;
  const menu = closestAny(control, REPOST_MENU);
  const label = collapsedText(control);
  const worded = REPOST_INSTANT_TEXT.test(label) || REPOST_WITH_THOUGHTS_TEXT.test(label);

  // Which post: the open Repost button in the same post (classic dropdowns render in place),
  // else the only open Repost button on the page (SDUI menus may be portals), else, by wording
  // only, the post remembered when a Repost button was last pressed.
  const ownPost = postContainerOf(control);
  const open = openRepostButtons(roots).filter((b) => !b.contains(control));
  const button =
    (ownPost ? open.find((b) => ownPost.contains(b)) : undefined) ?? (open.length === 1 ? open[0] : undefined);
  const classic = menu !== null && isClassicRepostMenu(menu);
  // An open Repost menu makes a menu-like control one of its items: inside a menu container,
  // a menu item by role, or worded like one (SDUI menus have no stable container).
  const inOpenMenu = button !== undefined && (menu !== null || control.matches('[role="menuitem"]') || worded);
  if (!classic && !inOpenMenu && !(remembered && REPOST_INSTANT_TEXT.test(label))) return null;

  if (REPOST_WITH_THOUGHTS_TEXT.test(label)) return { instant: false };
  const container = (button && postContainerOf(button)) ?? ownPost;
  const original = container ? readOriginal(container) : remembered;
  if (!original) return null;
  return { instant: true, original, trigger: control };
}

/** The post a Repost button was pressed on, for menus rendered away from their post. */
export function originalForRepostButton(el: Element): OriginalPost | null {
  if (!isElement(el) || !isRepostButton(el)) return null;
  const container = postContainerOf(el);
  return container ? readOriginal(container) : null;
}
