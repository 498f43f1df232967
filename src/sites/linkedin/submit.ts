/**
 * What a click or key press is about to do, resolved from event.composedPath()[0]: outside the
 * shadow root event.target is only the #interop-outlet host (SITES.md B8).
 */
import type { SubmitIntent } from '../types';
import { composerFor, type LinkedInComposer } from './composer';
import { eventOrigin, isDisabled, queryAll } from './dom';
import { type OriginalPost, repostChoice } from './repost';
import { EDITOR, MENU_ITEM } from './selectors';

/** Enough levels to climb from the share footer's Post button to the modal holding the editor. */
const MAX_LEVELS = 14;

/** What a click activates: buttons, ARIA buttons and menu items (classic dropdown rows too). */
const CONTROL = ['button', ...MENU_ITEM].join(', ');

function isKeyboard(event: Event): event is KeyboardEvent {
  return event.type === 'keydown' || event.type === 'keyup';
}

/** The outermost editable around a node, i.e. the editor itself. */
function editorAround(el: Element): HTMLElement | null {
  let editor = el.closest<HTMLElement>('[contenteditable="true"]');
  while (editor?.parentElement?.closest('[contenteditable="true"]')) {
    editor = editor.parentElement.closest<HTMLElement>('[contenteditable="true"]');
  }
  return editor;
}

/**
 * The composer whose submit button is `control`, found by climbing from the control and asking
 * each nearby editor's composer for its submit button (one rule for classic, SDUI, company-page
 * and comment composers: the same lookup that readPost uses).
 */
function composerSubmittedBy(control: HTMLElement): LinkedInComposer | null {
  let level: HTMLElement | null = control.parentElement;
  for (let depth = 0; level && depth < MAX_LEVELS; depth++, level = level.parentElement) {
    for (const editor of queryAll(level, EDITOR)) {
      const composer = composerFor(editor);
      if (composer?.submitButton === control) return composer;
    }
  }
  return null;
}

export function resolveSubmitIntent(
  event: Event,
  roots: ParentNode[],
  remembered: OriginalPost | null,
): SubmitIntent | null {
  const origin = eventOrigin(event);
  if (!origin) return null;

  if (isKeyboard(event)) {
    // Ctrl/Cmd+Enter in an editor (unverified on LinkedIn, open question 8: guard it anyway).
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      const editor = editorAround(origin);
      const composer = editor ? composerFor(editor) : null;
      return composer ? { kind: 'post', composer } : null;
    }
    // Enter/Space activate div[role=button] and menu items themselves; a native <button>
    // turns them into a click, which arrives on its own.
    if (event.key !== 'Enter' && event.key !== ' ') return null;
    if (origin.closest('[contenteditable="true"]') || origin.tagName === 'BUTTON') return null;
  }

  const control = origin.closest<HTMLElement>(CONTROL);
  if (!control || isDisabled(control)) return null;

  const repost = repostChoice(control, roots, remembered);
  if (repost) return repost.instant ? { kind: 'repost', original: repost.original, trigger: repost.trigger } : null;

  const composer = composerSubmittedBy(control);
  return composer ? { kind: 'post', composer } : null;
}
