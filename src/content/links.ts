/**
 * "Read before you share": remembers the links the user opened on this page and tells the
 * background (which keeps them across pages, issue 4). Only the link is sent, never post text.
 */
import type { Transport } from './transport';

const MAX_LINKS = 500;

/** X shows links as t.co anchors whose text is the display URL ("example.org/report…"). */
function displayedUrl(anchor: HTMLAnchorElement): string | null {
  const text = (anchor.textContent ?? '').trim().replace(/…$/, '');
  if (!text || /\s/.test(text) || !/^[\w-]+(\.[\w-]+)+(?:[/?#:].*)?$|^https?:\/\//i.test(text)) return null;
  return /^https?:\/\//i.test(text) ? text : `https://${text}`;
}

export function recordOpenedLinks(doc: Document, transport: Transport, signal: AbortSignal): () => string[] {
  const opened: string[] = [];
  const remember = (url: string) => {
    // The message contract caps strings at 2048 characters; longer links are not shareable anyway.
    if (url.length > 2048 || opened.includes(url)) return;
    opened.push(url);
    if (opened.length > MAX_LINKS) opened.shift();
    void transport.send({ type: 'link-opened', url });
  };
  const onClick = (event: Event) => {
    if (event instanceof MouseEvent && event.button > 1) return;
    const anchor = event
      .composedPath()
      .find((t): t is HTMLAnchorElement => t instanceof HTMLAnchorElement && t.href !== '');
    if (!anchor || !/^https?:/i.test(anchor.href)) return;
    // Links inside the site itself (profiles, permalinks) are not what a post shares.
    if (new URL(anchor.href).host === doc.location.host) return;
    remember(anchor.href);
    const shown = displayedUrl(anchor);
    if (shown && shown !== anchor.href) remember(shown);
  };
  const view = doc.defaultView as Window;
  view.addEventListener('click', onClick, { capture: true, passive: true, signal });
  view.addEventListener('auxclick', onClick, { capture: true, passive: true, signal });
  return () => [...opened];
}
