// @vitest-environment jsdom
/**
 * The LinkedIn adapter on the SDUI fixture (sdui.html): the <dialog> share composer with a
 * Tiptap editor, Tiptap comment boxes, and the repost menu rendered as a portal.
 */
import { describe, expect, it } from 'vitest';
import { linkedinAdapter as adapter } from '../../src/sites/linkedin';
import {
  click,
  duringDispatch,
  type FixtureWindow,
  key,
  loadFixture,
  settle,
  typeLines,
  until,
} from '../fixtures/linkedin/load';

type OpenShare = (opts?: { html?: string; images?: number; reshare?: Element; immediate?: boolean }) => () => {
  editor: HTMLElement;
};

function sdui() {
  const page = loadFixture('sdui.html', 'https://www.linkedin.com/feed/');
  const api = page.window.__fixture.api;
  return {
    ...page,
    openShare: api.openShare as unknown as OpenShare,
    openComments: api.openComments as unknown as (index: number) => void,
  };
}

const intentFor = (window: FixtureWindow, target: Element, event: Event) =>
  duringDispatch(window, target, event, (e) => adapter.submitIntent(e));

const dialog = (document: Document) => document.querySelector('dialog[data-testid="dialog"]') as HTMLElement;
const shareEditor = (document: Document) =>
  document.querySelector('[componentkey="ShareBox_textEditor"]') as HTMLElement;

describe('LinkedIn SDUI share dialog (Tiptap)', () => {
  it('waits out the placeholder dialog: no editor until the real one mounts', async () => {
    const { window, document, openShare } = sdui();
    expect(adapter.findEditors(document)).toEqual([]);
    openShare();
    expect(dialog(document)?.hasAttribute('open')).toBe(true);
    expect(adapter.findEditors(document)).toEqual([]);
    await until(window, () => adapter.findEditors(document).length === 1);
    expect(adapter.findEditors(document)).toEqual([shareEditor(document)]);
  });

  it('finds the text-only Post button by structure, not the icon buttons', async () => {
    const { window, document, openShare } = sdui();
    openShare({ immediate: true });
    await settle(window);
    const composer = adapter.composerFor(shareEditor(document));
    expect(composer?.surface).toBe('post');
    expect(composer?.submitButton).toBe(dialog(document).querySelector('[data-fixture="post"]'));
    // Anchored at the dialog: a modal dialog (top layer) must hold the panel, and the anchor
    // holds Post so the panel placed next to it never covers it.
    expect(dialog(document).contains(composer?.anchor ?? null)).toBe(true);
    expect(composer?.anchor.contains(shareEditor(document))).toBe(true);
    expect(composer?.anchor.contains(composer.submitButton)).toBe(true);
  });

  it('reads Tiptap paragraphs, trailing breaks, a mention node (guessed markup), thumbnails and Post as', async () => {
    const { window, document, openShare } = sdui();
    openShare({
      immediate: true,
      images: 2,
      html:
        '<p>Hi <span class="mention" data-type="mention" data-id="urn:li:fsd_profile:ACoAAC2" contenteditable="false">@Ann Lee</span> and team</p>' +
        '<p><br class="ProseMirror-trailingBreak"></p><p>Next&nbsp;line\u200b<br class="ProseMirror-trailingBreak"></p>',
    });
    await settle(window);
    const composer = adapter.composerFor(shareEditor(document));
    if (!composer) throw new Error('no composer');
    expect(adapter.readPost(composer)).toMatchObject({
      text: 'Hi Ann Lee and team\n\nNext line',
      surface: 'post',
      media: 2,
      mentions: [{ text: 'Ann Lee', id: 'urn:li:fsd_profile:ACoAAC2', kind: 'person' }],
      account: { handle: 'linkedin.com/in/jane-doe', name: 'Jane Doe' },
    });
  });

  it('resolves the Post click to the dialog composer; icon buttons and Post as are not submits', async () => {
    const { window, document, openShare } = sdui();
    openShare({ immediate: true });
    typeLines(shareEditor(document), ['Hello SDUI']);
    const post = () => dialog(document).querySelector('[data-fixture="post"]') as HTMLButtonElement;
    await until(window, () => !post().disabled);
    for (const sel of ['[aria-label="Media"]', '[aria-label="Schedule post"]', '[data-fixture="post-as"]']) {
      expect(intentFor(window, dialog(document).querySelector(sel) as Element, click(window)).result).toBeNull();
    }
    const { result } = intentFor(window, post(), click(window));
    expect(result?.kind).toBe('post');
    if (result?.kind !== 'post') throw new Error('not a post');
    expect(adapter.readPost(result.composer).text).toBe('Hello SDUI');
    expect(window.__fixture.count('post')).toBe(1);
  });
});

describe('LinkedIn SDUI Tiptap comments', () => {
  it('finds the lazily rendered comment editor; the Comment button appears with text', async () => {
    const { window, document, openComments } = sdui();
    openComments(0);
    const editors = adapter.findEditors(document);
    expect(editors).toHaveLength(1);
    const editor = editors[0] as HTMLElement;
    expect(editor.getAttribute('aria-label')).toBe('Text editor for creating comment');
    expect(adapter.composerFor(editor)).toMatchObject({ surface: 'comment', submitButton: null });
    typeLines(editor, ['Well said']);
    await until(window, () => document.querySelector('[data-fixture="comment-submit"]') !== null);
    const composer = adapter.composerFor(editor);
    expect(composer?.submitButton).toBe(document.querySelector('[data-fixture="comment-submit"]'));
    expect(composer?.anchor.contains(composer.submitButton)).toBe(true);
    expect(composer?.anchor.contains(editor)).toBe(true);
    if (!composer) throw new Error('no composer');
    expect(adapter.readPost(composer)).toMatchObject({ text: 'Well said', surface: 'comment', media: 0 });
  });

  it("never takes a later comment's Reply button, or the next post's Comment button, for the submit", async () => {
    const { window, document, openComments } = sdui();
    openComments(0);
    const editor = adapter.findEditors(document)[0] as HTMLElement;
    // Existing comments rendered after the box, each with a text-only Reply button.
    const list = document.createElement('div');
    list.setAttribute('data-testid', 'commentList');
    const reply = document.createElement('button');
    reply.textContent = 'Reply';
    list.append(reply);
    editor.closest('[data-fixture="comments"]')?.append(list);
    expect(adapter.composerFor(editor)?.submitButton).toBeNull();
    expect(intentFor(window, reply, click(window)).result).toBeNull();
  });

  it('resolves the Comment button click; the action-bar Comment button is not a submit', async () => {
    const { window, document, openComments } = sdui();
    openComments(1);
    const editor = adapter.findEditors(document)[0] as HTMLElement;
    typeLines(editor, ['Congrats']);
    await until(window, () => document.querySelector('[data-fixture="comment-submit"]') !== null);
    const actionBar = document.querySelectorAll('[data-fixture="open-comments"]')[1] as HTMLElement;
    expect(intentFor(window, actionBar, click(window)).result).toBeNull();
    const submit = document.querySelector('[data-fixture="comment-submit"]') as HTMLElement;
    const { result } = intentFor(window, submit, click(window));
    expect(result?.kind === 'post' && result.composer.editor).toBe(editor);
    expect(window.__fixture.count('comment')).toBe(1);
  });
});

describe('LinkedIn SDUI repost menu (a portal away from its post)', () => {
  const repostButton = (document: Document, index: number) =>
    document.querySelectorAll('[data-fixture="repost-button"]')[index] as HTMLElement;
  const menuItem = (document: Document, which: 'instant' | 'thoughts') =>
    document.querySelector(`[data-fixture="repost-${which}"]`) as HTMLElement;

  it('ties the instant Repost to the post whose Repost button is open', () => {
    const { window, document } = sdui();
    expect(intentFor(window, repostButton(document, 0), click(window)).result).toBeNull();
    expect(repostButton(document, 0).getAttribute('aria-expanded')).toBe('true');
    const { result } = intentFor(window, menuItem(document, 'instant').querySelector('span') as Element, click(window));
    expect(result).toEqual({
      kind: 'repost',
      trigger: menuItem(document, 'instant'),
      original: {
        text: 'Read this before the vote: https://example.org/ballot\nShare widely.',
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:8001/',
      },
    });
    expect(window.__fixture.count('repost')).toBe(1);
  });

  it('activates the menu item by keyboard, and reads the second post from its own button', () => {
    const { window, document } = sdui();
    repostButton(document, 1).click();
    const { result } = intentFor(window, menuItem(document, 'instant'), key(window, ' '));
    expect(result?.kind === 'repost' && result.original.text).toBe('Lovely team lunch today.');
  });

  it('counts items of a menu without role=menu while a Repost button is open, and nothing else', () => {
    const { window, document } = sdui();
    document.querySelector('[data-fixture="repost-menu"]')?.removeAttribute('role');
    repostButton(document, 0).click();
    const { result } = intentFor(window, menuItem(document, 'instant'), click(window));
    expect(result?.kind === 'repost' && result.original.url).toBe(
      'https://www.linkedin.com/feed/update/urn:li:activity:8001/',
    );
    const send = document.querySelector('svg[id="send-privately-small"]')?.closest('button') as HTMLElement;
    expect(intentFor(window, send, click(window)).result).toBeNull();
  });

  it('falls back to the post remembered from the Repost press when no button shows as open', () => {
    const { window, document } = sdui();
    duringDispatch(window, repostButton(document, 0), click(window), (e) => adapter.noteEvent?.(e));
    // A build without aria-expanded on the button: nothing on the page says which menu is open.
    for (const b of document.querySelectorAll('[data-fixture="repost-button"]')) b.removeAttribute('aria-expanded');
    const { result } = intentFor(window, menuItem(document, 'instant'), click(window));
    expect(result?.kind === 'repost' && result.original.url).toBe(
      'https://www.linkedin.com/feed/update/urn:li:activity:8001/',
    );
  });

  it('"Repost with your thoughts" is no submit; it opens a composer that quotes the original', async () => {
    const { window, document } = sdui();
    repostButton(document, 0).click();
    expect(intentFor(window, menuItem(document, 'thoughts'), click(window)).result).toBeNull();
    await until(window, () => adapter.findEditors(document).length === 1);
    const composer = adapter.composerFor(shareEditor(document));
    expect(composer?.surface).toBe('quote');
    if (!composer) throw new Error('no composer');
    expect(adapter.readPost(composer)).toMatchObject({
      surface: 'quote',
      quoted: { text: 'Read this before the vote: https://example.org/ballot\nShare widely.' },
    });
  });
});
