/**
 * Which kind of composer an editor belongs to, found from the editor outward each time
 * (LinkedIn re-renders composers wholesale; no node is kept between calls).
 */
import type { Composer } from '../types';
import {
  closestAny,
  closestWhere,
  collapsedText,
  follows,
  isTextOnlyButton,
  matchesAny,
  queryAll,
  queryFirst,
} from './dom';
import {
  CLASSIC_COMMENT_BUTTON,
  CLASSIC_POST_BUTTON,
  CLASSIC_PREVIEW,
  CLASSIC_SHAREBOX,
  COMMENT_BOX,
  COMMENT_BUTTON_TEXT,
  COMMENT_ICON,
  COMMENT_THREAD,
  FEED_POST,
  MESSAGING,
  POST_BUTTON_TEXT,
  REPLY_BUTTON_TEXT,
  RESHARED_POST,
  SDUI_DIALOG,
  SDUI_SHARE_SCREEN,
} from './selectors';

export type ComposerKind = 'classic-share' | 'sdui-share' | 'page-share' | 'classic-comment' | 'tiptap-comment';

export interface LinkedInComposer extends Composer {
  kind: ComposerKind;
  /** The element that holds the whole composer (share modal/dialog or comment box). */
  root: HTMLElement;
}

/** How far above a comment editor its submit button may sit (Tiptap comment boxes). */
const COMMENT_BUTTON_DEPTH = 4;

export function isQuill(editor: HTMLElement): boolean {
  return editor.classList.contains('ql-editor') || editor.hasAttribute('data-test-ql-editor-contenteditable');
}

/** A dialog that is a share composer: the SDUI screen, or a Post-like button in it. */
function isShareDialog(dialog: HTMLElement, editor: HTMLElement): boolean {
  if (queryFirst(dialog, SDUI_SHARE_SCREEN)) return true;
  return findShareSubmit(dialog, editor) !== null;
}

/**
 * The share composer's Post button: the classic class where present, otherwise the text-only
 * button after the editor (SDUI's footer icons carry SVGs; B3), preferring one labelled "Post".
 */
export function findShareSubmit(root: HTMLElement, editor: HTMLElement): HTMLElement | null {
  const classic = queryFirst(root, CLASSIC_POST_BUTTON);
  if (classic) return classic;
  const candidates = [...root.querySelectorAll<HTMLElement>('button')].filter(
    (b) => follows(editor, b) && isTextOnlyButton(b) && !closestAny(b, RESHARED_POST),
  );
  if (candidates.length === 0) return null;
  return (
    candidates.find((b) => POST_BUTTON_TEXT.test(collapsedText(b))) ??
    (candidates.length === 1 ? (candidates[0] ?? null) : null)
  );
}

/**
 * A comment box's submit button. Classic: by class (it exists only once there is text). Tiptap:
 * a button after the editor labelled "Comment" ("Reply" in a reply box), or a form's submit.
 * Climbs a few levels from the box, never past the post, and never into other comments (their
 * "Reply" buttons follow the editor too).
 */
export function findCommentSubmit(box: HTMLElement, editor: HTMLElement): HTMLElement | null {
  const thread = closestAny(editor, COMMENT_THREAD);
  const label = thread ? REPLY_BUTTON_TEXT : COMMENT_BUTTON_TEXT;
  const ours = (b: HTMLElement) => {
    if (!follows(editor, b)) return false;
    const bThread = closestAny(b, COMMENT_THREAD);
    return !bThread || bThread === thread || bThread.contains(editor);
  };
  let level: HTMLElement | null = box.closest('form') ?? box;
  for (let depth = 0; level && depth < COMMENT_BUTTON_DEPTH; depth++, level = level.parentElement) {
    const buttons = [...level.querySelectorAll<HTMLElement>('button')].filter(ours);
    const classic = buttons.find((b) => matchesAny(b, CLASSIC_COMMENT_BUTTON));
    if (classic) return classic;
    const labelled = buttons.find((b) => label.test(collapsedText(b)) && !queryFirst(b, COMMENT_ICON));
    if (labelled) return labelled;
    if (level.tagName === 'FORM') {
      const submit = queryFirst(level, ['button[type="submit"]']);
      if (submit) return submit;
    }
    if (matchesAny(level, FEED_POST)) break;
  }
  return null;
}

/** The preview container of the classic share box, or the whole dialog on SDUI. */
export function previewRoot(composer: LinkedInComposer): HTMLElement {
  return queryFirst(composer.root, CLASSIC_PREVIEW) ?? composer.root;
}

/** The reshared post in a "Repost with your thoughts" composer, outside the editor. */
export function resharedPost(root: HTMLElement, editor: HTMLElement): HTMLElement | null {
  const preview = queryFirst(root, CLASSIC_PREVIEW) ?? root;
  return queryAll(preview, RESHARED_POST).find((el) => !editor.contains(el) && !el.contains(editor)) ?? null;
}

/**
 * What the inline panel sits next to: the whole composer including its submit button, so the
 * panel (placed below it, or above when there is no room) never covers Post or Comment. For a
 * comment box whose button is rendered outside the box, the smallest element holding both.
 */
function anchorOf(root: HTMLElement, submit: HTMLElement | null): HTMLElement {
  let anchor: HTMLElement | null = root;
  while (anchor && submit && !anchor.contains(submit)) anchor = anchor.parentElement;
  return anchor ?? root;
}

/** The composer around an editor, or null for DMs, search and anything else we do not check. */
export function composerFor(editor: HTMLElement): LinkedInComposer | null {
  if (!editor.isConnected || editor.getAttribute('contenteditable') !== 'true') return null;
  if (closestAny(editor, MESSAGING)) return null;
  // Only the outermost editable counts (a nested editable is part of the same editor).
  if (editor.parentElement?.closest('[contenteditable="true"]')) return null;

  const commentBox = closestAny(editor, COMMENT_BOX);
  if (commentBox) {
    const kind = isQuill(editor) ? 'classic-comment' : 'tiptap-comment';
    const root = commentBox.closest('form') ?? commentBox;
    const submitButton = findCommentSubmit(commentBox, editor);
    return { kind, root, editor, surface: 'comment', anchor: anchorOf(root, submitButton), submitButton };
  }

  const sharebox = closestAny(editor, CLASSIC_SHAREBOX);
  const dialog = closestWhere(editor, SDUI_DIALOG, (d) => isShareDialog(d, editor));
  if (sharebox && isQuill(editor)) {
    // The whole modal when there is one (its footer holds Post), else the creation area.
    const root =
      closestAny(editor, ['[data-test-modal-id="sharebox"]', '.share-box-v2__modal', '[role="dialog"]']) ?? sharebox;
    return share('classic-share', root, editor);
  }
  if (dialog) {
    const kind = queryFirst(dialog, SDUI_SHARE_SCREEN) && !isQuill(editor) ? 'sdui-share' : 'page-share';
    return share(kind, dialog, editor);
  }
  if (sharebox) return share('classic-share', sharebox, editor);
  return null;
}

function share(kind: ComposerKind, root: HTMLElement, editor: HTMLElement): LinkedInComposer {
  const submitButton = findShareSubmit(root, editor);
  const surface = resharedPost(root, editor) ? 'quote' : 'post';
  return { kind, root, editor, surface, anchor: anchorOf(root, submitButton), submitButton };
}

/** The editor a composer root holds (used from a submit button back to its composer). */
export function editorIn(root: ParentNode, editorSelectors: readonly string[]): HTMLElement | null {
  return queryAll(root, editorSelectors).find((el) => composerFor(el) !== null) ?? null;
}
