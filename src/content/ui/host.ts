/**
 * Preflight's own elements on the page: one host per kind, each with an OPEN shadow root (the
 * page hooks in DESIGN.md contract 4), styled from inside so the page's CSS cannot reach in.
 * When the composer sits in a modal <dialog> (top layer, everything else inert), the host goes
 * inside that dialog; otherwise it goes to <body>. Never inside the editor.
 */

export type HostKind = 'panel' | 'dialog' | 'notice';

const Z_TOP = '2147483647';

/** Opened with showModal() (top layer), not merely open. */
function isModal(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.open && dialog.matches(':modal');
  } catch {
    // No :modal support: treat an open dialog as modal, the safe side for visibility.
    return dialog.open;
  }
}

/** The open modal <dialog> around a node, crossing shadow boundaries. */
export function openModalDialogAround(node: Node | null): HTMLDialogElement | null {
  for (let n: Node | null = node; n; ) {
    if (n instanceof HTMLDialogElement && isModal(n)) return n;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return null;
}

/** Any open modal <dialog> in the document (the page's top layer). */
function anyModalDialog(doc: Document): HTMLDialogElement | null {
  for (const d of doc.querySelectorAll('dialog[open]')) {
    if (d instanceof HTMLDialogElement && isModal(d)) return d;
  }
  return null;
}

export function containerFor(doc: Document, anchor: Node | null): Element {
  return openModalDialogAround(anchor) ?? anyModalDialog(doc) ?? doc.body ?? doc.documentElement;
}

export interface Host {
  host: HTMLElement;
  root: ShadowRoot;
}

/** Finds or creates the host of a kind, placed in the right container. */
export function ensureHost(doc: Document, kind: HostKind, anchor: Node | null, css: string): Host {
  let host = doc.querySelector<HTMLElement>(`[data-preflight="${kind}"]`);
  for (const root of modalRoots(doc)) host ??= root.querySelector<HTMLElement>(`[data-preflight="${kind}"]`);
  if (!host?.shadowRoot) {
    host = doc.createElement('preflight-ui');
    host.dataset.preflight = kind;
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style, doc.createElement('div'));
    host.style.cssText = `all: initial; position: fixed; z-index: ${Z_TOP}; top: 0; left: 0;`;
  }
  const container = containerFor(doc, anchor);
  if (host.parentNode !== container) container.append(host);
  return { host, root: host.shadowRoot as ShadowRoot };
}

function modalRoots(doc: Document): Element[] {
  return [...doc.querySelectorAll('dialog[open]')];
}

export function removeHost(doc: Document, kind: HostKind): void {
  doc.querySelector(`[data-preflight="${kind}"]`)?.remove();
  for (const d of modalRoots(doc)) d.querySelector(`[data-preflight="${kind}"]`)?.remove();
}

/** The mount point for Preact inside a host (the element after the <style>). */
export function mountPoint(host: Host): Element {
  return host.root.lastElementChild as Element;
}

/** Dark when the page's own background is dark (X "Dim"/"Lights out", LinkedIn dark mode). */
export function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(view.getComputedStyle(el).backgroundColor);
    if (!m || m[4] === '0') continue;
    const [r, g, b] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
