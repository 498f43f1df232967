/**
 * The submit guard: capture-phase listeners on window see Post clicks, Ctrl/Cmd+Enter and
 * Enter/Space on repost menu items before the site's own (root-delegated) handlers do. A post
 * with a fresh clean verdict passes untouched and synchronously; anything else is held, checked,
 * and either replayed once (one-shot bypass) or stopped. Nothing here may throw into the page,
 * and a dead extension lets every post through.
 */
import type { CheckResponse } from '../core/messages';
import type { Post } from '../core/types';
import type { SiteAdapter, SubmitIntent } from '../sites/types';
import { type Checker, needsStop, postKey } from './checker';
import type { Transport } from './transport';
import type { PageUi } from './ui/page-ui';

/** Keys that can post, activate a focused menu item or button, or open X's repost menu. */
const SUBMIT_KEYS = new Set(['Enter', ' ', 'Spacebar', 't', 'T']);

/** How long a held post waits for a verdict before it goes through (or stops, failClosed). */
export const VERDICT_TIMEOUT_MS = 1_000;

export const NOTICE_UNCHECKED = 'Preflight could not check this post in time, so it was posted without a check.';
export const NOTE_FAIL_CLOSED =
  'Preflight could not check this post in time, and your company asks to hold posts that were not checked. Try again in a moment.';
export const NOTICE_AGAIN = 'Approved: press Post or Repost once more to share it.';

export interface GuardDeps {
  adapter: SiteAdapter;
  doc: Document;
  ui: PageUi;
  checker: Checker;
  transport: Transport;
  /** The adapter's Post plus what the content script knows (opened links). */
  readPost(intent: Extract<SubmitIntent, { kind: 'post' }>): Post;
  /** A verdict arrived for the current draft: show it inline too. */
  onVerdict(post: Post): void;
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

const activationKey = (e: Event) =>
  (e.type === 'keydown' || e.type === 'keyup') && ['Enter', ' '].includes((e as KeyboardEvent).key);

export function installGuard(deps: GuardDeps, signal: AbortSignal): void {
  const { adapter, doc, ui, checker, transport } = deps;
  let replaying = false;
  let busy = false;
  /** The keyup that belongs to a held keydown (react-native-web presses on keyup). */
  let swallowKeyup: string | null = null;
  /** Approved, but the element to replay was gone: the next identical submit passes. */
  let allowOnce: string | null = null;
  let acknowledged = false;

  const passes = (r: CheckResponse) => r.paused || ((!r.acknowledge || acknowledged) && !r.findings.some(needsStop));

  const postFor = (intent: SubmitIntent): Post =>
    intent.kind === 'post'
      ? deps.readPost(intent)
      : { site: adapter.site, surface: 'repost', text: '', quoted: intent.original };

  const anchorOf = (intent: SubmitIntent) => (intent.kind === 'post' ? intent.composer.anchor : null);

  /** Runs the site's own submit once more, with our listeners standing aside. */
  const replay = (intent: SubmitIntent, post: Post) => {
    let target: HTMLElement | null = null;
    if (intent.kind === 'post') {
      const editor = intent.composer.editor;
      const fresh = editor.isConnected ? adapter.composerFor(editor) : null;
      target = fresh?.submitButton ?? (intent.composer.submitButton?.isConnected ? intent.composer.submitButton : null);
    } else if (intent.trigger?.isConnected) {
      target = intent.trigger;
    }
    if (!target) {
      allowOnce = postKey(post);
      ui.notice(NOTICE_AGAIN, anchorOf(intent));
      return;
    }
    replaying = true;
    try {
      target.click();
    } finally {
      replaying = false;
    }
  };

  const backToEditor = (intent: SubmitIntent) => {
    const el = intent.kind === 'post' ? intent.composer.editor : intent.trigger;
    if (el?.isConnected) el.focus();
  };

  const decide = async (intent: SubmitIntent, post: Post, known: CheckResponse | null) => {
    let response = known;
    if (!response) {
      const { answer } = await checker.check(post, VERDICT_TIMEOUT_MS);
      response = answer?.response ?? null;
      if (answer && intent.kind === 'post') deps.onVerdict(post);
    }
    if (!transport.alive()) return replay(intent, post);
    const anchor = anchorOf(intent);
    if (!response) {
      if (!checker.failClosed) {
        ui.notice(NOTICE_UNCHECKED, anchor);
        return replay(intent, post);
      }
      await ui.ask([], true, anchor, NOTE_FAIL_CLOSED);
      return backToEditor(intent);
    }
    if (response.paused) return replay(intent, post);
    if (response.acknowledge && !acknowledged) {
      const read = await ui.askAcknowledge(response.acknowledge.policyUrl, anchor);
      if (!read) return backToEditor(intent);
      acknowledged = true;
      const version = response.acknowledge.version;
      void transport.send({ type: 'acknowledge', ...(version !== undefined ? { version } : {}) });
    }
    const serious = response.findings.filter(needsStop);
    if (serious.length === 0) return replay(intent, post);
    const blocked = serious.some((f) => f.severity === 'block');
    const choice = await ui.ask(serious, blocked, anchor);
    if (choice === 'proceed' && !blocked && transport.alive()) return replay(intent, post);
    backToEditor(intent);
  };

  const onEvent = (event: Event) => {
    // Typing passes through here on every keystroke: only keys that can submit, activate a menu
    // item or open the repost menu ("t" on X) are worth a look at the page.
    if (event.type !== 'click' && !SUBMIT_KEYS.has((event as KeyboardEvent).key)) return;
    if (replaying || signal.aborted || !transport.alive() || ui.owns(event)) return;
    try {
      adapter.noteEvent?.(event);
      if (event.type === 'keyup' && swallowKeyup !== null && (event as KeyboardEvent).key === swallowKeyup) {
        swallowKeyup = null;
        return stop(event);
      }
      const intent = adapter.submitIntent(event);
      if (!intent) return;
      // A second press while a verdict or the dialog is pending changes nothing.
      if (busy || ui.hasDialog) return stop(event);
      const post = postFor(intent);
      const key = postKey(post);
      if (allowOnce === key) {
        allowOnce = null;
        return;
      }
      const known = checker.answerFor(post);
      if (known && passes(known)) return;
      stop(event);
      if (event.type === 'keydown' && activationKey(event)) swallowKeyup = (event as KeyboardEvent).key;
      busy = true;
      decide(intent, post, known)
        .catch(() => undefined)
        .finally(() => {
          busy = false;
        });
    } catch {
      // Never break the page: an adapter surprise lets the event through untouched.
    }
  };

  const view = doc.defaultView as Window;
  for (const type of ['click', 'keydown', 'keyup'] as const) {
    view.addEventListener(type, onEvent, { capture: true, signal });
  }
}
