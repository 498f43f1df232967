/**
 * The LinkedIn site adapter: the only code that knows LinkedIn's DOM (selectors live in
 * ./linkedin/selectors.ts). Supports the three composer generations side by side, detected by
 * what the DOM offers rather than by URL (SITES.md B0): the classic Quill share box (inside the
 * open shadow root of #interop-outlet since 2025), the SDUI Tiptap share dialog, the company-page
 * composer; comment boxes of both generations; and Repost / Repost with your thoughts.
 */
import type { Post } from '../core/types';
import { readAccount } from './linkedin/account';
import { composerFor, type LinkedInComposer, previewRoot, resharedPost } from './linkedin/composer';
import { eventOrigin, queryAll } from './linkedin/dom';
import { countMedia } from './linkedin/media';
import { type OriginalPost, originalForRepostButton, readOriginal } from './linkedin/repost';
import { EDITOR, IGNORED_FRAME, INTEROP_OUTLET } from './linkedin/selectors';
import { resolveSubmitIntent } from './linkedin/submit';
import { readEditorText, readMentions } from './linkedin/text';
import type { Composer, SiteAdapter, SubmitIntent } from './types';

/** How long a pressed Repost button is remembered for its (possibly detached) menu. */
const REMEMBER_REPOST_MS = 60_000;

/**
 * The post whose Repost button was pressed last. Strings only, never nodes: it survives the
 * feed re-rendering the post, and it is used only when the open menu cannot be tied to a post.
 */
let lastRepostOpened: { original: OriginalPost; at: number } | null = null;

/** True inside the hidden /preload/ or interop iframes that hold a second composer copy (B11). */
export function isIgnoredFrame(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win || win === win.top) return false;
  if ((doc.location?.pathname ?? '').startsWith('/preload/')) return true;
  try {
    const frame = win.frameElement;
    return !!frame && (frame.matches(IGNORED_FRAME.join(', ')) || frame.hasAttribute('hidden'));
  } catch {
    return false;
  }
}

/** Open shadow roots of the interop outlet, found again on each call (the host is re-created). */
function shadowRoots(doc: Document): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const host of queryAll(doc, INTEROP_OUTLET)) {
    if (host.shadowRoot && !roots.includes(host.shadowRoot)) roots.push(host.shadowRoot);
  }
  return roots;
}

function findEditors(doc: Document): HTMLElement[] {
  if (isIgnoredFrame(doc)) return [];
  const found: HTMLElement[] = [];
  for (const root of [doc, ...shadowRoots(doc)]) {
    for (const editor of queryAll(root, EDITOR)) {
      if (!found.includes(editor) && composerFor(editor)) found.push(editor);
    }
  }
  return found;
}

/** The LinkedIn view of a composer handed back by the content script (re-derived if plain). */
function linkedInComposer(composer: Composer): LinkedInComposer | null {
  return 'kind' in composer && 'root' in composer ? (composer as LinkedInComposer) : composerFor(composer.editor);
}

function readPost(composer: Composer): Post {
  const text = readEditorText(composer.editor);
  const post: Post = { text, site: 'linkedin', surface: composer.surface };
  const mentions = readMentions(composer.editor);
  if (mentions.length > 0) post.mentions = mentions;
  const lc = linkedInComposer(composer);
  if (!lc) return post;
  post.media = countMedia(lc.surface === 'comment' ? lc.root : previewRoot(lc), lc.editor);
  const account = readAccount(lc);
  if (account) post.account = account;
  const reshared = resharedPost(lc.root, lc.editor);
  if (reshared) post.quoted = readOriginal(reshared);
  return post;
}

function noteEvent(event: Event): void {
  if (event.type !== 'click' && event.type !== 'keydown') return;
  const origin = eventOrigin(event);
  const button = origin?.closest('button, [role="button"]');
  const original = button ? originalForRepostButton(button) : null;
  if (original) lastRepostOpened = { original, at: Date.now() };
}

function submitIntent(event: Event): SubmitIntent | null {
  const origin = eventOrigin(event);
  if (!origin) return null;
  const doc = origin.ownerDocument;
  const remembered =
    lastRepostOpened && Date.now() - lastRepostOpened.at < REMEMBER_REPOST_MS ? lastRepostOpened.original : null;
  return resolveSubmitIntent(event, [doc, ...shadowRoots(doc)], remembered);
}

function selectionFor(editor: HTMLElement): Selection | null {
  const root = editor.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  // Chrome's ShadowRoot.getSelection() sees inside the shadow tree; document's selection only
  // sees the host there.
  return ('getSelection' in root && root.getSelection?.()) || editor.ownerDocument.getSelection();
}

function caretInside(editor: HTMLElement): boolean {
  const node = selectionFor(editor)?.anchorNode;
  return !!node && editor.contains(node);
}

/** The caret at the end of the editor's last paragraph (so text lands inside a <p>). */
function caretToEnd(editor: HTMLElement): void {
  const selection = selectionFor(editor);
  if (!selection) return;
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor.lastElementChild ?? editor);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Quill and Tiptap both take execCommand('insertText') as user input (SITES.md B7). The text
 * goes where the user's caret is, or at the end of the draft when the caret is elsewhere
 * (focusing an editor puts the caret at its start, which is never where an addition belongs).
 */
function insertText(composer: Composer, text: string): void {
  const editor = composer.editor;
  const keepCaret = caretInside(editor);
  editor.focus();
  if (!keepCaret) caretToEnd(editor);
  editor.ownerDocument.execCommand('insertText', false, text);
}

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  findEditors,
  composerFor,
  readPost,
  submitIntent,
  shadowRoots,
  insertText,
  noteEvent,
};

/** For tests and callers that want the LinkedIn details of a composer. */
export { composerFor as linkedInComposerFor };
