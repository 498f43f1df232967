/**
 * Highlights offending text with the CSS Custom Highlight API: ranges are registered with
 * CSS.highlights and painted by a ::highlight() rule, so the editor's DOM is never touched.
 * Ranges die when the editor re-renders, so they are recomputed on every render.
 */
import type { Finding } from '../core/types';
import { mapOffsets, rangeFor } from './text-map';

type Painted = Exclude<Finding['severity'], never>;
const NAMES: Record<Painted, string> = {
  info: 'preflight-info',
  warn: 'preflight-warn',
  block: 'preflight-block',
};

const RULES = `
::highlight(preflight-info) { text-decoration: underline dotted rgb(29, 155, 240) 2px; }
::highlight(preflight-warn) { text-decoration: underline wavy rgb(217, 119, 6) 2px; background-color: rgba(245, 158, 11, 0.22); }
::highlight(preflight-block) { text-decoration: underline wavy rgb(220, 38, 38) 2px; background-color: rgba(239, 68, 68, 0.25); }
`;

/** Documents and shadow roots that already carry the ::highlight rules. */
const styled = new WeakSet<Document | ShadowRoot>();

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** ::highlight() rules apply per tree: add them to the document and to any shadow root in use. */
function ensureRules(root: Document | ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RULES);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Constructable sheets unavailable: the highlight is a nicety, the panel says the same.
  }
}

export function clearHighlights(): void {
  if (!supported()) return;
  for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
}

export function paintHighlights(editors: HTMLElement[], text: string, findings: Finding[]): void {
  if (!supported()) return;
  const located = findings.filter((f) => f.start !== undefined && f.end !== undefined && !f.inQuoted);
  if (located.length === 0) {
    clearHighlights();
    return;
  }
  for (const editor of editors) {
    const root = editor.getRootNode();
    if (root instanceof ShadowRoot) ensureRules(root);
  }
  const doc = editors[0]?.ownerDocument;
  if (doc) ensureRules(doc);
  const points = mapOffsets(editors, text);
  const ranges: Record<Painted, Range[]> = { info: [], warn: [], block: [] };
  for (const f of located) {
    const range = rangeFor(points, f.start as number, f.end as number);
    if (range) ranges[f.severity].push(range);
  }
  for (const [severity, list] of Object.entries(ranges) as [Painted, Range[]][]) {
    if (list.length > 0) CSS.highlights.set(NAMES[severity], new Highlight(...list));
    else CSS.highlights.delete(NAMES[severity]);
  }
}
