/**
 * Small DOM helpers over selector alternatives. They use only what the node itself offers
 * (ownerDocument, nodeType), never the globals of one window, so they work on any document:
 * the page, an open shadow root, or a jsdom window in tests.
 */

export type Selectors = readonly string[];

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function isElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === ELEMENT_NODE;
}

export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

/** One selector string for a list of alternatives. */
export function any(selectors: Selectors): string {
  return selectors.join(', ');
}

export function matchesAny(el: Element, selectors: Selectors): boolean {
  return el.matches(any(selectors));
}

/** The first alternative that matches anything wins, so earlier alternatives take priority. */
export function queryFirst(root: ParentNode, selectors: Selectors): HTMLElement | null {
  for (const selector of selectors) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

export function queryAll(root: ParentNode, selectors: Selectors): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(any(selectors))];
}

/** closest() over alternatives, tried in priority order. */
export function closestAny(el: Element, selectors: Selectors): HTMLElement | null {
  for (const selector of selectors) {
    const found = el.closest<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** The nearest ancestor (or self) matching the selectors that also passes `accept`. */
export function closestWhere(
  el: Element,
  selectors: Selectors,
  accept: (candidate: HTMLElement) => boolean,
): HTMLElement | null {
  const selector = any(selectors);
  let node: HTMLElement | null = el.closest<HTMLElement>(selector);
  while (node) {
    if (accept(node)) return node;
    node = node.parentElement?.closest<HTMLElement>(selector) ?? null;
  }
  return null;
}

/** True when `later` comes after `earlier` in document order and is not inside it. */
export function follows(earlier: Node, later: Node): boolean {
  // Node.DOCUMENT_POSITION_FOLLOWING = 4, DOCUMENT_POSITION_CONTAINED_BY = 16.
  const position = earlier.compareDocumentPosition(later);
  return (position & 4) !== 0 && (position & 16) === 0;
}

/** The element an event really started on, seen through shadow roots (composedPath()[0]). */
export function eventOrigin(event: Event): HTMLElement | null {
  const first = event.composedPath()[0] ?? event.target;
  if (isElement(first)) return first;
  const parent = (first as Node | null)?.parentElement;
  return isElement(parent) ? parent : null;
}

/** Visible text of an element, one space per run of whitespace. */
export function collapsedText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A button that shows only text (SDUI action buttons carry an SVG icon; the submit does not). */
export function isTextOnlyButton(el: Element): boolean {
  return el.querySelector('svg, img, use') === null && collapsedText(el) !== '';
}

export function isDisabled(el: Element): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true';
}
