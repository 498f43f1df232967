/**
 * Maps offsets in the post text (as the adapter read it: blocks joined with "\n", NBSP as space,
 * zero-width characters dropped, thread items joined by blank lines) back to the editor's text
 * nodes, for highlights. Works for any adapter by aligning the two strings: characters the post
 * adds (block breaks) or the DOM adds (zero-width, trailing "\n") are skipped. The DOM is read,
 * never changed; the map is rebuilt on every render because editors re-create their text nodes.
 */

export interface DomPoint {
  node: Text;
  offset: number;
}

const ZERO_WIDTH = new Set(['\u200b', '\ufeff']);
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without relying on the global in every realm.

function textNodes(editors: HTMLElement[]): Text[] {
  const nodes: Text[] = [];
  for (const editor of editors) {
    const walker = editor.ownerDocument.createTreeWalker(editor, SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  }
  return nodes;
}

/** For each post offset 0..text.length, the DOM point it falls on (or null past the end). */
export function mapOffsets(editors: HTMLElement[], text: string): (DomPoint | null)[] {
  const nodes = textNodes(editors);
  const points: (DomPoint | null)[] = new Array(text.length + 1).fill(null);
  let ni = 0;
  let off = 0;
  let i = 0;
  const current = (): DomPoint | null => {
    while (ni < nodes.length && off >= (nodes[ni]?.data.length ?? 0)) {
      ni++;
      off = 0;
    }
    const node = nodes[ni];
    return node ? { node, offset: off } : null;
  };
  while (i < text.length) {
    const at = current();
    if (!at) break;
    const domChar = at.node.data[at.offset] ?? '';
    const char = domChar === '\u00a0' ? ' ' : domChar;
    if (char === text[i]) {
      points[i++] = at;
      off++;
    } else if (ZERO_WIDTH.has(char)) {
      off++;
    } else if (text[i] === '\n') {
      points[i++] = at;
    } else {
      off++;
    }
  }
  // The end of the text: just after the last mapped character.
  const last = nodes[nodes.length - 1];
  for (let k = i; k <= text.length; k++) points[k] = last ? { node: last, offset: last.data.length } : null;
  return points;
}

/** A Range for [start, end) of the post text, or null when it cannot be placed. */
export function rangeFor(points: (DomPoint | null)[], start: number, end: number): Range | null {
  const from = points[start];
  const lastChar = points[Math.max(start, end - 1)];
  if (!from || !lastChar || end <= start) return null;
  const range = from.node.ownerDocument.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(lastChar.node, Math.min(lastChar.offset + 1, lastChar.node.data.length));
  } catch {
    return null;
  }
  return range;
}
