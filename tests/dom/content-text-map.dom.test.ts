// @vitest-environment jsdom
/** Finding offsets → ranges over the editor's own text nodes, which the editor re-creates. */
import { describe, expect, it } from 'vitest';
import { mapOffsets, rangeFor } from '../../src/content/text-map';
import { readEditorText, xAdapter } from '../../src/sites/x';
import { loadXFixture } from '../fixtures/x/load';

describe('mapping post offsets to the editor DOM', () => {
  it('places ranges across blocks, decorator spans, NBSP and zero-width characters', async () => {
    const app = await loadXFixture('home');
    const editor = xAdapter.findEditors(document)[0] as HTMLElement;
    app.setDraft(editor, 'Hi\u200b @someone\n\nsee\u00a0https://example.org/x now');
    const text = readEditorText(editor);
    expect(text).toBe('Hi @someone\n\nsee https://example.org/x now');
    const points = mapOffsets([editor], text);
    const slice = (needle: string) => {
      const start = text.indexOf(needle);
      return rangeFor(points, start, start + needle.length)?.toString();
    };
    expect(slice('@someone')).toBe('@someone');
    expect(slice('https://example.org/x')).toBe('https://example.org/x');
    expect(slice('now')).toBe('now');
    expect(slice('Hi')).toBe('Hi');
  });

  it('maps a thread: offsets after the blank line land in the second editor', async () => {
    const app = await loadXFixture('compose');
    const first = document.querySelector<HTMLElement>('[role="dialog"] [data-testid="tweetTextarea_0"]') as HTMLElement;
    app.setDraft(first, 'one');
    document.querySelector<HTMLElement>('[role="dialog"] [data-testid="addButton"]')?.click();
    const second = document.querySelector<HTMLElement>(
      '[role="dialog"] [data-testid="tweetTextarea_1"]',
    ) as HTMLElement;
    app.setDraft(second, 'two @x');
    const composer = xAdapter.composerFor(second);
    const text = composer ? xAdapter.readPost(composer).text : '';
    const points = mapOffsets(composer?.editors ?? [], text);
    const start = text.indexOf('@x');
    const range = rangeFor(points, start, start + 2);
    expect(range?.toString()).toBe('@x');
    expect(second.contains(range?.startContainer ?? null)).toBe(true);
  });
});
