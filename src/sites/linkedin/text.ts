/**
 * Reading what LinkedIn would publish from its editors. Both Quill and Tiptap build one <p> per
 * line, and innerText doubles the newlines between paragraphs (SITES.md B7), so the text is read
 * per paragraph: an empty line is <p><br></p> (Quill) or <p><br class="ProseMirror-trailingBreak">
 * (Tiptap). Mention nodes contribute their name without "@", the way LinkedIn publishes them.
 */
import type { MentionEntity } from '../../core/types';
import { isElement, isText, matchesAny, queryAll } from './dom';
import { QUILL_MENTION, TIPTAP_MENTION } from './selectors';

/** Elements that start a line of their own. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'LI']);
const LIST_TAGS = new Set(['OL', 'UL']);

/** Editor decorations that are not text (ProseMirror's separator image, Quill's cursor). */
const NOT_TEXT = ['img', '.ProseMirror-separator', '.ql-cursor', '[data-preflight]'] as const;

/** NBSP becomes a space (Quill and ProseMirror keep runs of spaces as NBSP); U+200B/FEFF go. */
export function normalizeEditorText(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '');
}

function isMentionNode(el: HTMLElement): boolean {
  return matchesAny(el, QUILL_MENTION) || matchesAny(el, TIPTAP_MENTION);
}

/** Text of one line (a paragraph or list item); nested blocks start new lines. */
function lineText(block: Element): string {
  let out = '';
  // A <br> as the last thing in a block is the editor's placeholder for an empty or trailing
  // line, not a line break of its own (that is how contenteditable renders it, too).
  let endsWithBreak = false;
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (isText(child)) {
        out += child.data;
        if (child.data !== '') endsWithBreak = false;
      } else if (isElement(child)) {
        if (matchesAny(child, NOT_TEXT)) continue;
        if (child.tagName === 'BR') {
          if (!child.classList.contains('ProseMirror-trailingBreak')) {
            out += '\n';
            endsWithBreak = true;
          }
        } else if (isMentionNode(child)) {
          out += mentionName(child);
          endsWithBreak = false;
        } else {
          if (BLOCK_TAGS.has(child.tagName) && out !== '' && !out.endsWith('\n')) out += '\n';
          walk(child);
        }
      }
    }
  };
  walk(block);
  return endsWithBreak ? out.slice(0, -1) : out;
}

/** The editor's text, one line per paragraph, as the site would publish it. */
export function readEditorText(editor: HTMLElement): string {
  // Not Quill's .ql-blank: Quill updates that class asynchronously, after the text is already in
  // the DOM, so a submit right after typing would read as empty and pass unchecked. The
  // placeholder is CSS, never text, so an empty editor reads as "" from its paragraphs anyway.
  const lines: string[] = [];
  let current: string | null = null;
  const flush = () => {
    if (current !== null) lines.push(current);
    current = null;
  };
  for (const node of editor.childNodes) {
    if (isText(node)) {
      // Whitespace between paragraphs is source formatting, not text.
      if (current === null && node.data.trim() === '') continue;
      current = (current ?? '') + node.data;
    } else if (isElement(node)) {
      if (matchesAny(node, NOT_TEXT)) continue;
      if (LIST_TAGS.has(node.tagName)) {
        flush();
        for (const item of node.children) lines.push(lineText(item));
      } else if (BLOCK_TAGS.has(node.tagName)) {
        flush();
        lines.push(lineText(node));
      } else if (node.tagName === 'BR') {
        current = current ?? '';
        flush();
      } else {
        current = (current ?? '') + (isMentionNode(node) ? mentionName(node) : lineText(node));
      }
    }
  }
  flush();
  return normalizeEditorText(lines.join('\n'));
}

/**
 * A mention's display name. Quill renders it without "@" (SITES.md B7); the Tiptap rendering
 * is a guess (Tiptap's default is "@label"), so a leading "@" is dropped to match what is
 * published and so the engine does not see a second, typed "@mention".
 */
function mentionName(el: HTMLElement): string {
  const label = el.getAttribute('data-label') ?? el.textContent ?? '';
  return normalizeEditorText(label).replace(/^@/, '');
}

function mentionKind(id: string | undefined): MentionEntity['kind'] {
  if (!id) return undefined;
  if (/company|organization|fsd_company/i.test(id)) return 'company';
  if (/profile|member|person|fsd_profile|\/in\//i.test(id)) return 'person';
  return undefined;
}

/** Mention entities in the editor (Quill a.ql-mention; Tiptap nodes, guessed). */
export function readMentions(editor: HTMLElement): MentionEntity[] {
  const mentions: MentionEntity[] = [];
  const seen = new Set<Element>();
  for (const el of queryAll(editor, [...QUILL_MENTION, ...TIPTAP_MENTION])) {
    // A mention node nested in another (an anchor inside a span) is the same mention.
    if ([...seen].some((outer) => outer.contains(el))) continue;
    seen.add(el);
    const text = mentionName(el).trim();
    if (!text) continue;
    const id =
      el.getAttribute('data-entity-urn') ??
      el.getAttribute('data-entity-id') ??
      el.getAttribute('data-entityid') ??
      el.getAttribute('data-id') ??
      el.getAttribute('data-object-urn') ??
      el.getAttribute('href') ??
      undefined;
    const kind = mentionKind(id);
    mentions.push({ text, ...(id ? { id } : {}), ...(kind ? { kind } : {}) });
  }
  return mentions;
}

/**
 * Rendered text of a post outside the editor (the original of a repost): text nodes, <br> and
 * block boundaries as newlines, "…see more" buttons and screen-reader duplicates left out.
 */
export function readRenderedText(root: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (isText(child)) out += child.data;
      else if (isElement(child)) {
        if (child.matches('button, script, style, .visually-hidden, .a11y-text')) continue;
        if (child.tagName === 'BR') out += '\n';
        else {
          const block = BLOCK_TAGS.has(child.tagName);
          if (block && out !== '' && !out.endsWith('\n')) out += '\n';
          walk(child);
          if (block && !out.endsWith('\n')) out += '\n';
        }
      }
    }
  };
  walk(root);
  return normalizeEditorText(out)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
