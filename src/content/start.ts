/**
 * The content script for one site, through the SiteAdapter interface only: watches the page for
 * drafts, asks the background for findings, shows them inline, and guards Post and Repost.
 * Everything is torn down through one AbortSignal, also when the extension goes away under the
 * page (update/reload): then Preflight stops quietly and the site works as if it were not there.
 */
import type { TabRequest, TabStatus } from '../core/messages';
import type { Finding, Post } from '../core/types';
import { browser } from '../platform/browser';
import type { Composer, SiteAdapter } from '../sites/types';
import { type Answer, Checker, postKey } from './checker';
import { installGuard } from './guard';
import { clearHighlights, paintHighlights } from './highlights';
import { recordOpenedLinks } from './links';
import { runtimeTransport, type Transport } from './transport';
import { PageUi } from './ui/page-ui';
import { editorFromPath, watch } from './watcher';

export interface ContentOptions {
  doc?: Document;
  /** Replaces the runtime (tests). Receives the callback to call when the runtime is gone. */
  transport?: (onDead: () => void) => Transport;
  /** Listen for popup/background messages to the tab (off in tests without a runtime). */
  tabMessages?: boolean;
}

/** The focused element, looking into open shadow roots, and its ancestors across them. */
function focusPath(doc: Document): EventTarget[] {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const path: EventTarget[] = [];
  for (let n: Node | null = active; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) path.push(n);
  return path;
}

function caretToEnd(editor: HTMLElement): void {
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

export function startContent(adapter: SiteAdapter, options: ContentOptions = {}): () => void {
  const doc = options.doc ?? document;
  const controller = new AbortController();
  const { signal } = controller;
  const ui = new PageUi(doc);
  const stop = () => {
    if (signal.aborted) return;
    controller.abort();
    clearHighlights();
    ui.destroy();
  };
  const transport = (options.transport ?? runtimeTransport)(stop);
  const checker = new Checker(transport);
  const openedLinks = recordOpenedLinks(doc, transport, signal);
  let shown: { key: string; composer: Composer; findings: Finding[]; text: string } | null = null;

  const readPost = (composer: Composer): Post => {
    const post = adapter.readPost(composer);
    const links = openedLinks();
    if (links.length > 0) post.openedLinks = [...(post.openedLinks ?? []), ...links];
    return post;
  };

  const applyFix = (editor: HTMLElement, finding: Finding) => {
    const composer = editor.isConnected ? adapter.composerFor(editor) : null;
    if (!composer || !finding.suggestion) return;
    const text = adapter.readPost(composer).text;
    caretToEnd(editor);
    adapter.insertText(composer, `${text === '' || /\s$/.test(text) ? '' : '\n\n'}${finding.suggestion}`);
  };

  const show = (composer: Composer, answer: Answer) => {
    const findings = answer.response.findings;
    const editor = composer.editor;
    ui.showPanel(
      composer.anchor,
      findings,
      (f) => applyFix(editor, f),
      (url) => void transport.send({ type: 'open-link', url }),
    );
    paintHighlights(composer.editors ?? [editor], answer.post.text, findings);
    shown = { key: answer.key, composer, findings, text: answer.post.text };
  };

  const hide = () => {
    shown = null;
    ui.hidePanel();
    clearHighlights();
  };

  const currentComposer = (hint: HTMLElement | null): Composer | null => {
    const editor = editorFromPath(adapter, focusPath(doc)) ?? hint;
    return editor ? adapter.composerFor(editor) : null;
  };

  const refresh = async (hint: HTMLElement | null) => {
    const composer = currentComposer(hint);
    if (!composer) return hide();
    const post = readPost(composer);
    const key = postKey(post);
    if (shown && key === shown.key) {
      // Same draft, maybe re-rendered: ranges died with the old text nodes, so paint again.
      paintHighlights(composer.editors ?? [composer.editor], shown.text, shown.findings);
      ui.reposition();
      return;
    }
    if (post.text.trim() === '' && !post.quoted && !post.media) return hide();
    clearHighlights();
    const { answer, current } = await checker.check(post);
    if (!answer || !current || signal.aborted) return;
    show(composer, answer);
  };

  const watcher = watch(adapter, doc, signal, (hint) => {
    refresh(hint).catch(() => undefined);
  });

  installGuard(
    {
      adapter,
      doc,
      ui,
      checker,
      transport,
      readPost: (intent) => readPost(intent.composer),
      onVerdict: () => watcher.flush(),
    },
    signal,
  );

  // Keep the panel next to its composer while the page scrolls or resizes.
  let frame = 0;
  const reposition = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      ui.reposition();
    });
  };
  const view = doc.defaultView as Window;
  view.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
  view.addEventListener('resize', reposition, { passive: true, signal });

  if (options.tabMessages !== false)
    listenToTab(
      adapter,
      signal,
      () => shown,
      () => {
        checker.reset();
        shown = null;
        watcher.flush();
      },
    );
  return stop;
}

/** The popup asks what this tab found; the background says the policy changed. */
function listenToTab(
  adapter: SiteAdapter,
  signal: AbortSignal,
  current: () => { findings: Finding[] } | null,
  policyChanged: () => void,
): void {
  const onMessage = (message: unknown): Promise<TabStatus> | undefined => {
    const request = message as Partial<TabRequest> | null;
    // A link was opened or followed: the same re-check as for a policy change.
    if (request?.type === 'policy-changed' || request?.type === 'links-changed') policyChanged();
    if (request?.type !== 'get-status') return undefined;
    const state = current();
    return Promise.resolve({
      type: 'status',
      site: adapter.site,
      composerFound: adapter.findEditors(document).length > 0,
      findings: state?.findings ?? [],
    });
  };
  try {
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => {
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // The runtime is already gone.
      }
    });
  } catch {
    // No runtime (orphaned script): nothing to listen to.
  }
}
