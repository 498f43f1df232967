/**
 * The account a LinkedIn post would be published from, read from the open composer at the
 * moment of asking (SITES.md B4, B10; never inferred or cached). Handles look like the policy's
 * `company.accounts`: "linkedin.com/company/<id>" for pages, "linkedin.com/in/<slug>" for people.
 */

import type { LinkedInComposer } from './composer';
import { closestAny, queryAll, queryFirst } from './dom';
import {
  AUTHOR_AUDIENCE_TEXT,
  CARET_ICON,
  CLASSIC_AUTHOR_BUTTON,
  MEMBER_NAME,
  MEMBER_PROFILE_LINK,
  NOT_AUTHOR_ICONS,
  RESHARED_POST,
  SDUI_POST_AS_BUTTON,
} from './selectors';
import { readRenderedText } from './text';

export interface Account {
  handle: string;
  name?: string;
}

/** "/company/acme/admin/…" → "acme": the composer there posts as that page (B1, B4). */
const COMPANY_ADMIN_PATH = /^\/company\/([^/?#]+)\/admin(?:[/?#]|$)/;
/** " • Post to Anyone" after the author's name on one line. */
const AUDIENCE_TAIL = /\s*[•·…|]?\s*(?:post to|posten an|publier pour|publicar para|pubblica per)\b.*$/i;
const PROFILE_PATH = /^\/(in|company)\/([^/?#]+)/;

/** "https://www.linkedin.com/in/jane-doe/?x" → "linkedin.com/in/jane-doe". */
export function handleFromHref(href: string, base: string): string | null {
  try {
    const match = PROFILE_PATH.exec(new URL(href, base).pathname);
    return match ? `linkedin.com/${match[1]}/${decodeURIComponent(match[2] ?? '')}` : null;
  } catch {
    return null;
  }
}

/** Line 1 of an author control is the author; line 2, or a "• Post to Anyone" tail, the audience. */
function firstLine(el: Element | null): string | undefined {
  if (!el) return undefined;
  const lines = readRenderedText(el)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines[0]?.replace(AUDIENCE_TAIL, '').trim() || undefined;
}

/** The SDUI "Post as" control: a div button with a caret, not the audience or comment controls. */
function sduiPostAs(root: HTMLElement): HTMLElement | null {
  return (
    queryAll(root, SDUI_POST_AS_BUTTON).find(
      (b) =>
        queryFirst(b, CARET_ICON) !== null &&
        queryFirst(b, NOT_AUTHOR_ICONS) === null &&
        !closestAny(b, RESHARED_POST) &&
        !b.matches('[contenteditable="true"] *'),
    ) ?? null
  );
}

/** A button reading "<Author> • Post to Anyone" (company-page composer), by wording. */
function audienceButton(root: HTMLElement): HTMLElement | null {
  return (
    [...root.querySelectorAll<HTMLElement>('button, [role="button"]')].find(
      (b) =>
        !closestAny(b, RESHARED_POST) &&
        AUTHOR_AUDIENCE_TEXT.test(`${b.getAttribute('aria-label') ?? ''} ${b.textContent ?? ''}`),
    ) ?? null
  );
}

/** The name on the composer's author control, if it shows one. */
export function authorName(composer: LinkedInComposer): string | undefined {
  const control =
    queryFirst(composer.root, CLASSIC_AUTHOR_BUTTON) ?? sduiPostAs(composer.root) ?? audienceButton(composer.root);
  return firstLine(control);
}

/** The signed-in member, from the page around the composer (B10). */
function member(doc: Document): { handle?: string; name?: string } {
  const base = doc.location?.href ?? 'https://www.linkedin.com/';
  const link = queryFirst(doc, MEMBER_PROFILE_LINK);
  const href = link?.getAttribute('href') ?? link?.querySelector('a[href]')?.getAttribute('href');
  const handle = href ? (handleFromHref(href, base) ?? undefined) : undefined;
  const name = queryFirst(doc, MEMBER_NAME)?.getAttribute('alt')?.trim() || undefined;
  return { ...(handle ? { handle } : {}), ...(name ? { name } : {}) };
}

/** A page's likely vanity name from its display name. A guess, used only when nothing better exists. */
function pageSlug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function readAccount(composer: LinkedInComposer): Account | undefined {
  const doc = composer.editor.ownerDocument;
  const name = authorName(composer);
  const admin = COMPANY_ADMIN_PATH.exec(doc.location?.pathname ?? '');
  if (admin?.[1]) {
    return { handle: `linkedin.com/company/${decodeURIComponent(admin[1])}`, ...(name ? { name } : {}) };
  }
  const me = member(doc);
  // The classic author line names someone other than the signed-in member: the author was
  // switched to a page in post settings (B4). Its vanity name is not in the DOM; derive it.
  if (name && me.name && name !== me.name && composer.surface !== 'comment') {
    return { handle: `linkedin.com/company/${pageSlug(name)}`, name };
  }
  if (me.handle) return { handle: me.handle, ...((name ?? me.name) ? { name: name ?? me.name } : {}) };
  return name ? { handle: name, name } : undefined;
}
