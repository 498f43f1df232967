/**
 * Notices when a draft may have changed and schedules one check after typing pauses. Composers
 * mount late, live in shadow roots and are re-rendered wholesale, so nothing is cached: the
 * editor is re-found from each event's composedPath(), and mutations only schedule work. Per
 * keystroke this costs a listener call and a timer reset; reading the text happens once, later.
 */
import type { SiteAdapter } from '../sites/types';

/** Long enough to skip work between keystrokes, short enough for findings within 300 ms. */
export const DEBOUNCE_MS = 150;

// No keyup: typing is seen through input events and mutations; keyup would double the work.
const EDIT_EVENTS = ['input', 'focusin', 'paste', 'cut', 'drop', 'compositionend'] as const;

export interface Watcher {
  /** The editor the user last worked in, if it is still on the page. */
  lastEditor(): HTMLElement | null;
  /** Run the scheduled refresh now (tests, policy changes). */
  flush(): void;
}

/** Editing hosts carry the attribute (inner spans only inherit it); textareas are editors too. */
const isEditingHost = (t: EventTarget): t is HTMLElement =>
  t instanceof HTMLElement && (t.hasAttribute('contenteditable') || t.localName === 'textarea');

/** The first element on the event's path that the adapter accepts as an editor. */
export function editorFromPath(adapter: SiteAdapter, path: EventTarget[]): HTMLElement | null {
  for (const t of path) if (isEditingHost(t) && adapter.composerFor(t)) return t;
  return null;
}

export function watch(
  adapter: SiteAdapter,
  doc: Document,
  signal: AbortSignal,
  refresh: (editor: HTMLElement | null) => void,
): Watcher {
  const view = doc.defaultView as Window;
  let last: WeakRef<HTMLElement> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observed = new WeakSet<Node>();

  const run = () => {
    timer = undefined;
    if (signal.aborted) return;
    const editor = last?.deref();
    refresh(editor?.isConnected ? editor : null);
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  };

  // Runs on every keystroke: only note the editing host and reset the timer. Whether it is a
  // composer we check (and what it says) is decided once typing pauses, in refresh.
  const onEdit = (event: Event) => {
    const editor = event.composedPath().find(isEditingHost);
    if (!editor) return;
    if (last?.deref() !== editor) last = new WeakRef(editor);
    schedule();
  };
  for (const type of EDIT_EVENTS) view.addEventListener(type, onEdit, { capture: true, passive: true, signal });

  const observer = new MutationObserver(() => {
    observeShadowRoots();
    schedule();
  });
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  };
  // Shadow roots are re-created with their hosts (LinkedIn's #interop-outlet); look again.
  const observeShadowRoots = () => {
    for (const root of adapter.shadowRoots(doc)) observe(root);
  };
  observe(doc);
  observeShadowRoots();
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });

  return {
    lastEditor: () => {
      const editor = last?.deref();
      return editor?.isConnected ? editor : null;
    },
    flush: () => {
      if (timer !== undefined) clearTimeout(timer);
      run();
    },
  };
}
