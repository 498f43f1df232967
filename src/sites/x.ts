/**
 * The X (x.com / twitter.com) adapter: the only code that knows X's DOM. Every selector is a
 * named list of alternatives; each says what it matches, since when, and how sure SITES.md is.
 * Only stable hooks (data-testid, aria-*, role, Draft.js editor classes): X's atomic classes
 * change without notice. Nothing here holds a node across calls; the one exception is the
 * WeakMap latches below, keyed by element, which only remember what an element already showed.
 */
import type { Post, Surface } from '../core/types';
import type { Composer, SiteAdapter, SubmitIntent } from './types';

const any = (alternatives: readonly string[]) => alternatives.join(',');

/** The editable node itself, never its wrappers (A1 pitfall: prefix selectors hit wrappers). */
export const EDITOR = [
  // Draft.js contenteditable with webDriverTestID tweetTextarea_N (2020-10 → 2026; High).
  '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  // Same node by role, in case contenteditable is rendered as "plaintext-only" (High).
  '[role="textbox"][data-testid^="tweetTextarea_"]',
  // Mobile web without Draft: a plain textarea (Mask selector, 2024; Med).
  'textarea[data-testid^="tweetTextarea_"]',
] as const;

/** Editors we must leave alone: DMs (A2; High). */
export const DM_EDITOR = [
  // DM composer input (X code 2025; High).
  '[data-testid="dmComposerTextInput"]',
] as const;

/** Draft's per-line blocks inside the editor (twitter-forks/draft-js; High). */
export const TEXT_BLOCK = [
  // One per line/paragraph; an empty line holds br[data-text] (draft-js DraftEditorBlock; High).
  '[data-block="true"]',
] as const;

/** The open modal composer (A2): scope to it while it is open (two tweetTextarea_0 exist). */
export const MODAL = [
  // #layers modal since 2019 (Mask, browser-cli doc, Vichar; Med–High).
  '[role="dialog"][aria-modal="true"]',
  // Same, should aria-modal ever be dropped (Med).
  '[role="dialog"]',
  // A native modal <dialog>: not seen on X as of 2025; covers a move to the top layer (Low).
  'dialog[open]',
] as const;

/** The composer toolbar; a sibling subtree of the editor, never an ancestor (2020-03 →; High). */
export const TOOLBAR = ['[data-testid="toolBar"]'] as const;

/** Submit buttons. Match the attribute only: the tag moved from div to button in 2025 (A0). */
export const SUBMIT = [
  // Modal composer submit, "Post"/"Reply"/"Post all" (X code 2025; High).
  '[data-testid="tweetButton"]',
  // Inline composer submit (2021-10 →; High).
  '[data-testid="tweetButtonInline"]',
] as const;

/** Media, poll or quoted post below the editor (X code 2025; High). */
export const ATTACHMENTS = ['[data-testid="attachments"]'] as const;

/** The quoted post card inside attachments (smart-reply extension 2025–26, X code; Med–High). */
export const QUOTED_TEXT = ['[data-testid="tweetText"]'] as const;
export const USER_NAME = ['[data-testid="User-Name"]'] as const;

/** Avatars carry the screen name: UserAvatar-Container-<handle> (2022-08 →; High). */
export const AVATAR = ['[data-testid^="UserAvatar-Container-"]'] as const;
const AVATAR_PREFIX = 'UserAvatar-Container-';

/** The acting account (A9). */
export const ACCOUNT_SWITCHER = [
  // Sidebar switcher, text "Name\n@handle" (2020-10 →; High).
  '[data-testid="SideNav_AccountSwitcher_Button"]',
] as const;
export const PROFILE_LINK = [
  // Tab bar profile link href="/<handle>" (Med–High).
  'a[data-testid="AppTabBar_Profile_Link"]',
] as const;

/** Placeholder outside the contenteditable; "Post your reply" marks a reply (Vichar 2026; Med). */
export const PLACEHOLDER = [
  // Draft placeholder root (draft-js class, stable for years; High).
  '.public-DraftEditorPlaceholder-root',
  // Looser form used by Vichar 2026 (Med).
  '[class*="DraftEditorPlaceholder"]',
] as const;

/** Posts in timelines and conversations (High). */
export const ARTICLE = [
  // Every post card (2020 →; High).
  'article[data-testid="tweet"]',
  // Any article, should the test id move (Med).
  'article',
] as const;
export const STATUS_LINK = [
  // The post's permalink holds its <time> (A3; High).
  'a[href*="/status/"]:has(time)',
  'a[href*="/status/"]',
] as const;

/** Repost button on a post: "retweet", or "unretweet" once reposted (A5; High). */
export const REPOST_BUTTON = ['[data-testid="retweet"]', '[data-testid="unretweet"]'] as const;
/** "Repost" in the repost menu (A5; High). Undo repost (unretweetConfirm) is not a share. */
export const REPOST_CONFIRM = ['[data-testid="retweetConfirm"]'] as const;
/** "Quote" in the repost menu: a menuitem link to the composer (A4; X code 2025; Med). */
export const QUOTE_ITEM = [
  // 2023 → : /compose/post.
  '[role="menuitem"][href*="/compose/post"]',
  // Before 2023: /compose/tweet.
  '[role="menuitem"][href*="/compose/tweet"]',
] as const;

/** Text that marks a reply composer when no placeholder is left (A3; English only, Med). */
const REPLY_PLACEHOLDER = /post your reply|tweet your reply/i;
const REPLYING_TO = /replying to/i;
const HANDLE = /@([A-Za-z0-9_]{1,15})/;

/** Routes that look like the composer but are not posts (A2): Grok. */
const IGNORED_PATHS = /^\/i\/grok(?:\/|$)/;

const ZERO_WIDTH = /[\u200b\ufeff]/g;

function elementsOf(path: EventTarget[]): Element[] {
  return path.filter((t): t is Element => typeof (t as Element).matches === 'function');
}

function firstMatch(path: EventTarget[], selectors: readonly string[]): HTMLElement | null {
  const selector = any(selectors);
  for (const el of elementsOf(path)) if (el.matches(selector)) return el as HTMLElement;
  return null;
}

function ignoredPage(doc: Document): boolean {
  return IGNORED_PATHS.test(doc.location?.pathname ?? '');
}

function isEditor(el: Element): el is HTMLElement {
  return el.matches(any(EDITOR)) && !el.matches(any(DM_EDITOR));
}

/** The smallest ancestor holding both the editor and its toolbar: one composer. */
function composerRoot(editor: HTMLElement): HTMLElement {
  const modal = editor.closest<HTMLElement>(any(MODAL));
  for (let el = editor.parentElement; el; el = el.parentElement) {
    if (el.querySelector(any(TOOLBAR)) || el.querySelector(any(SUBMIT))) return el;
    if (el === modal) return el;
  }
  return modal ?? editor;
}

function editorsIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(any(EDITOR))].filter((el) => isEditor(el));
}

/** Threads: tweetTextarea_0, _1, … in number order. */
function editorIndex(el: HTMLElement): number {
  const m = /tweetTextarea_(\d+)/.exec(el.dataset.testid ?? '');
  return m ? Number(m[1]) : 0;
}

/** Remembers "reply" per editor: the placeholder that says so disappears once the user types. */
const replyLatch = new WeakMap<HTMLElement, true>();

function isReply(editor: HTMLElement, root: HTMLElement, submit: HTMLElement | null): boolean {
  if (replyLatch.has(editor)) return true;
  const placeholder = root.querySelector(any(PLACEHOLDER))?.textContent ?? '';
  const modal = editor.closest<HTMLElement>(any(MODAL));
  const reply =
    REPLY_PLACEHOLDER.test(placeholder) ||
    /^\s*reply\s*$/i.test(submit?.textContent ?? '') ||
    (modal !== null && (modal.querySelector(any(ARTICLE)) !== null || hasReplyingTo(modal, editor)));
  if (reply) replyLatch.set(editor, true);
  return reply;
}

/** "Replying to @x" above a modal composer, ignoring what the user typed. */
function hasReplyingTo(modal: HTMLElement, editor: HTMLElement): boolean {
  for (const el of modal.querySelectorAll('div, span')) {
    if (el.childElementCount === 0 && !editor.contains(el) && REPLYING_TO.test(el.textContent ?? '')) return true;
  }
  return false;
}

/** The quoted post card: the attachments' child that holds tweetText or User-Name. */
function quotedCard(root: HTMLElement): HTMLElement | null {
  for (const attachments of root.querySelectorAll<HTMLElement>(any(ATTACHMENTS))) {
    const inner = attachments.querySelector<HTMLElement>(`${any(QUOTED_TEXT)},${any(USER_NAME)}`);
    if (!inner) continue;
    let card: HTMLElement = inner;
    while (card.parentElement && card.parentElement !== attachments) card = card.parentElement;
    return card;
  }
  return null;
}

/** Draft text by blocks (A6): textContent loses line breaks between blocks, innerText needs layout. */
export function readEditorText(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement) return normalise(editor.value);
  const blocks = editor.querySelectorAll(any(TEXT_BLOCK));
  const raw =
    blocks.length > 0
      ? [...blocks].map((b) => (b.textContent ?? '').replace(/\n$/, '')).join('\n')
      : (editor.textContent ?? '');
  return normalise(raw);
}

function normalise(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(ZERO_WIDTH, '');
}

function handleFromAvatar(scope: ParentNode): string | null {
  const avatar = scope.querySelector<HTMLElement>(any(AVATAR));
  const id = avatar?.dataset.testid ?? '';
  return id.startsWith(AVATAR_PREFIX) && id.length > AVATAR_PREFIX.length ? id.slice(AVATAR_PREFIX.length) : null;
}

/** The acting account, read fresh: composer avatar (shows a delegated account) → switcher → tab bar. */
export function readAccount(doc: Document, root?: HTMLElement): { handle: string; name?: string } | undefined {
  const fromComposer = root ? handleFromAvatar(root) : null;
  if (fromComposer) return { handle: `@${fromComposer}` };
  const switcher = doc.querySelector<HTMLElement>(any(ACCOUNT_SWITCHER));
  if (switcher) {
    const text = switcher.textContent ?? '';
    const m = HANDLE.exec(text);
    const handle = m?.[1] ?? handleFromAvatar(switcher);
    if (handle) {
      const name = text.slice(0, m?.index ?? 0).trim();
      return name ? { handle: `@${handle}`, name } : { handle: `@${handle}` };
    }
  }
  const href = doc.querySelector<HTMLAnchorElement>(any(PROFILE_LINK))?.getAttribute('href') ?? '';
  const fromLink = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(href)?.[1];
  return fromLink ? { handle: `@${fromLink}` } : undefined;
}

function countMedia(root: HTMLElement): number {
  const card = quotedCard(root);
  let count = 0;
  for (const attachments of root.querySelectorAll(any(ATTACHMENTS))) {
    for (const el of attachments.querySelectorAll('img, video')) {
      if (card?.contains(el) || el.closest(any(AVATAR))) continue;
      // A video's poster image is the same attachment.
      if (el.tagName === 'IMG' && el.parentElement?.querySelector('video')) continue;
      count++;
    }
  }
  return count;
}

/** A post card as the quote/repost original: its text, permalink and author. */
export function readArticle(article: Element): { text: string; url?: string; author?: string } {
  const text = normalise(article.querySelector(any(QUOTED_TEXT))?.textContent ?? '');
  const link = article.querySelector<HTMLAnchorElement>(any(STATUS_LINK))?.href;
  const author = HANDLE.exec(article.querySelector(any(USER_NAME))?.textContent ?? '')?.[0];
  return { text, ...(link ? { url: link } : {}), ...(author ? { author } : {}) };
}

/** The post a Repost/Quote menu was opened on (the menu in #layers carries no link to it). */
let menuOrigin: { text: string; url?: string; author?: string } | null = null;
/** The post "Quote" was chosen on, for the quote modal (its card is rendered without links). */
let quoteOrigin: { text: string; url?: string; author?: string } | null = null;

function noteEvent(event: Event): void {
  const path = event.composedPath();
  const isKey = event.type === 'keydown';
  const repostButton = firstMatch(path, REPOST_BUTTON);
  // The repost menu opens from the button (click) or the "t" shortcut on a focused post.
  if (repostButton || (isKey && (event as KeyboardEvent).key === 't')) {
    const article = (repostButton ?? (path[0] as Element | undefined))?.closest?.(any(ARTICLE));
    if (article) menuOrigin = readArticle(article);
  }
  if (event.type === 'click' && firstMatch(path, QUOTE_ITEM)) quoteOrigin = menuOrigin;
}

function composerFor(editor: HTMLElement): Composer | null {
  if (!editor.isConnected || !isEditor(editor) || ignoredPage(editor.ownerDocument)) return null;
  const root = composerRoot(editor);
  const editors = editorsIn(root).sort((a, b) => editorIndex(a) - editorIndex(b));
  const submitButton = root.querySelector<HTMLElement>(any(SUBMIT));
  const text = editors.map(readEditorText).join('');
  let surface: Surface = 'post';
  if (quotedCard(root)) surface = text.trim() === '' && countMedia(root) === 0 ? 'repost' : 'quote';
  else if (isReply(editor, root, submitButton)) surface = 'reply';
  return { editor, surface, anchor: root, submitButton, editors: editors.length > 0 ? editors : [editor] };
}

function readPost(composer: Composer): Post {
  const root = composer.anchor;
  const editors = composer.editors ?? [composer.editor];
  const post: Post = {
    site: 'x',
    surface: composer.surface,
    // Thread items are separate posts; a blank line keeps their words apart for the engine.
    text: editors.map(readEditorText).join('\n\n'),
    media: countMedia(root),
  };
  const account = readAccount(root.ownerDocument, root);
  if (account) post.account = account;
  const card = quotedCard(root);
  if (card) {
    const fromCard = readArticle(card);
    const url = quoteOrigin?.text === fromCard.text ? quoteOrigin.url : undefined;
    post.quoted = { ...fromCard, ...(url ? { url } : {}) };
  }
  return post;
}

/** The composer a submit button belongs to: the editors in the same dialog or composer root. */
function composerForButton(button: HTMLElement): Composer | null {
  const scope = button.closest<HTMLElement>(any(MODAL)) ?? button.ownerDocument;
  for (let el: HTMLElement | null = button.parentElement; el; el = el.parentElement) {
    const editors = editorsIn(el);
    if (editors.length > 0) {
      const active = editors.find((e) => e.contains(e.ownerDocument.activeElement)) ?? editors[0];
      return active ? composerFor(active) : null;
    }
    if (el === scope) break;
  }
  return null;
}

function isDisabled(el: HTMLElement): boolean {
  return el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled === true;
}

const isActivationKey = (e: KeyboardEvent) => e.key === 'Enter' || e.key === ' ';

function submitIntent(event: Event): SubmitIntent | null {
  const path = event.composedPath();
  const doc = elementsOf(path)[0]?.ownerDocument;
  if (!doc || ignoredPage(doc)) return null;
  if (event.type === 'click') {
    const mouse = event as MouseEvent;
    const button = firstMatch(path, SUBMIT);
    // react-native-web ignores alt-clicks (and ctrl-clicks in older builds): nothing is posted.
    if (button && !mouse.altKey && !mouse.ctrlKey && !isDisabled(button)) {
      const composer = composerForButton(button);
      return composer ? { kind: 'post', composer } : null;
    }
    const repost = firstMatch(path, REPOST_CONFIRM);
    if (repost && menuOrigin) return { kind: 'repost', original: menuOrigin, trigger: repost };
    return null;
  }
  if (event.type !== 'keydown' && event.type !== 'keyup') return null;
  const key = event as KeyboardEvent;
  // Draft: Enter + command modifier is "send-tweet"; plain Enter adds a line (A7).
  if (event.type === 'keydown' && key.key === 'Enter' && (key.ctrlKey || key.metaKey) && !key.altKey) {
    const editor = elementsOf(path).find(isEditor);
    if (editor) {
      const composer = composerFor(editor);
      return composer ? { kind: 'post', composer } : null;
    }
  }
  if (!isActivationKey(key) || key.ctrlKey || key.metaKey || key.altKey) return null;
  // RNW fires onPress from keyup Enter/Space on non-native elements, with no click (A5).
  const repost = firstMatch(path, REPOST_CONFIRM);
  if (repost && menuOrigin) return { kind: 'repost', original: menuOrigin, trigger: repost };
  const button = firstMatch(path, SUBMIT);
  if (button && !(button instanceof HTMLButtonElement) && !isDisabled(button)) {
    const composer = composerForButton(button);
    return composer ? { kind: 'post', composer } : null;
  }
  return null;
}

/** Draft accepts a synthetic paste (handlePastedText) and updates its own model (A6). */
function insertText(composer: Composer, text: string): void {
  const editor = composer.editor;
  editor.focus();
  const view = editor.ownerDocument.defaultView;
  if (!view) return;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const paste = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  const handled = !editor.dispatchEvent(paste);
  // The mobile textarea, or an editor that ignored the paste: the browser's own insertion path.
  if (!handled) editor.ownerDocument.execCommand('insertText', false, text);
}

export const xAdapter: SiteAdapter = {
  site: 'x',
  findEditors(doc) {
    if (ignoredPage(doc)) return [];
    return editorsIn(doc);
  },
  composerFor,
  readPost,
  submitIntent,
  shadowRoots: () => [],
  insertText,
  noteEvent,
};
