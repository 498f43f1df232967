// @vitest-environment jsdom
/**
 * The LinkedIn adapter on the classic fixtures: the Quill share box inside #interop-outlet's open
 * shadow root (feed.html), classic comment boxes, classic repost dropdowns, and a post-detail
 * page (update.html).
 */
import { describe, expect, it, vi } from 'vitest';
import { linkedinAdapter as adapter, isIgnoredFrame } from '../../src/sites/linkedin';
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

type OpenShare = (opts?: { html?: string; images?: number; reshare?: Element }) => { editor: HTMLElement };

function feed() {
  const page = loadFixture('feed.html', 'https://www.linkedin.com/feed/');
  const openShare = page.window.__fixture.api.openShare as unknown as OpenShare;
  const outlet = () => page.document.getElementById('interop-outlet') as HTMLElement;
  const shadow = () => outlet().shadowRoot as ShadowRoot;
  return { ...page, openShare, outlet, shadow };
}

const intentFor = (window: FixtureWindow, target: Element, event: Event) =>
  duringDispatch(window, target, event, (e) => adapter.submitIntent(e));

describe('LinkedIn classic share box (Quill in the interop shadow root)', () => {
  it('finds only the share editor and comment editors, never the DMs in either tree', async () => {
    const { window, document, openShare, shadow } = feed();
    const before = adapter.findEditors(document);
    expect(before).toHaveLength(2);
    expect(before.every((e) => e.closest('form.comments-comment-box__form'))).toBe(true);
    openShare();
    await settle(window);
    const editors = adapter.findEditors(document);
    expect(editors).toHaveLength(3);
    const share = editors.find((e) => e.getRootNode() === shadow());
    expect(share?.matches('.ql-editor')).toBe(true);
    for (const dm of [
      document.querySelector<HTMLElement>('.msg-form__contenteditable'),
      shadow().querySelector<HTMLElement>('.msg-form__contenteditable'),
    ]) {
      expect(dm).not.toBeNull();
      expect(editors).not.toContain(dm);
      expect(adapter.composerFor(dm as HTMLElement)).toBeNull();
    }
  });

  it('re-finds the shadow root when LinkedIn re-creates the outlet host', async () => {
    const { window, document, openShare, shadow } = feed();
    // Before the composer opens the outlet is an empty host without a shadow root.
    expect(adapter.shadowRoots(document)).toEqual([]);
    openShare();
    const first = shadow();
    expect(adapter.shadowRoots(document)).toEqual([first]);
    openShare();
    await settle(window);
    expect(shadow()).not.toBe(first);
    expect(adapter.shadowRoots(document)).toEqual([shadow()]);
    expect(first.host.isConnected).toBe(false);
  });

  it('reads the composer: Post button, an anchor holding editor and Post, surface post', async () => {
    const { window, openShare, shadow } = feed();
    const { editor } = openShare();
    await settle(window);
    const composer = adapter.composerFor(editor);
    expect(composer).not.toBeNull();
    expect(composer?.surface).toBe('post');
    expect(composer?.submitButton).toBe(shadow().querySelector('button.share-actions__primary-action'));
    // The panel goes next to the anchor: holding the Post button, it never covers it.
    expect(composer?.anchor.contains(editor)).toBe(true);
    expect(composer?.anchor.contains(composer.submitButton)).toBe(true);
    expect(composer?.anchor).not.toBe(editor);
    expect(shadow().contains(composer?.anchor ?? null)).toBe(true);
  });

  it('reads text per paragraph, not textContent: empty lines, NBSP, zero-width characters', async () => {
    const { window, openShare } = feed();
    const { editor } = openShare({
      html: '<p>First&nbsp;line\u200b</p><p><br></p><p>Third <strong>bold</strong>\ufeff line</p>',
    });
    await settle(window);
    const composer = adapter.composerFor(editor);
    if (!composer) throw new Error('no composer');
    expect(adapter.readPost(composer).text).toBe('First line\n\nThird bold line');
    // textContent would glue the lines together, innerText would double the breaks.
    expect(editor.textContent).toBe('First\u00a0line\u200bThird bold\ufeff line');
  });

  it('reads an empty editor (.ql-blank, placeholder is CSS) as no text', async () => {
    const { window, openShare } = feed();
    const { editor } = openShare();
    await settle(window);
    expect(editor.classList.contains('ql-blank')).toBe(true);
    const composer = adapter.composerFor(editor);
    expect(composer && adapter.readPost(composer).text).toBe('');
  });

  it('reads Quill mention entities without "@", media with the +N overflow, and the author', async () => {
    const { window, openShare } = feed();
    const { editor } = openShare({
      html:
        '<p>Thanks <a class="ql-mention" data-entity-urn="urn:li:fsd_profile:ACoAAB1" data-test-ql-mention="true">Bob Smith</a>' +
        ' and <a class="ql-mention" data-entity-urn="urn:li:fsd_company:1035" data-test-ql-mention="true">Globex</a>!</p>',
      images: 6,
    });
    await settle(window);
    const composer = adapter.composerFor(editor);
    if (!composer) throw new Error('no composer');
    const post = adapter.readPost(composer);
    expect(post).toMatchObject({
      text: 'Thanks Bob Smith and Globex!',
      site: 'linkedin',
      surface: 'post',
      media: 6,
      account: { handle: 'linkedin.com/in/jane-doe', name: 'Jane Doe' },
      mentions: [
        { text: 'Bob Smith', id: 'urn:li:fsd_profile:ACoAAB1', kind: 'person' },
        { text: 'Globex', id: 'urn:li:fsd_company:1035', kind: 'company' },
      ],
    });
    expect(post.quoted).toBeUndefined();
  });

  it('reads "Repost with your thoughts" as a quote with the original post', async () => {
    const { window, document, shadow } = feed();
    const post = document.querySelector('[data-urn="urn:li:activity:7001"]') as HTMLElement;
    (post.querySelector('button.social-reshare-button') as HTMLElement).click();
    (post.querySelector('[data-fixture="repost-thoughts"]') as HTMLElement).click();
    await settle(window);
    const editor = shadow().querySelector('.ql-editor') as HTMLElement;
    const composer = adapter.composerFor(editor);
    expect(composer?.surface).toBe('quote');
    if (!composer) throw new Error('no composer');
    expect(adapter.readPost(composer)).toMatchObject({
      surface: 'quote',
      media: 0,
      quoted: {
        text: 'Great read on the market:\nhttps://example.org/analysis',
        author: 'Pat Example',
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:7001/',
      },
    });
  });

  it('resolves Post through composedPath even though window sees only the host', async () => {
    const { window, openShare, shadow, outlet } = feed();
    const { editor } = openShare();
    typeLines(editor, ['Hello there']);
    const button = shadow().querySelector('button.share-actions__primary-action') as HTMLButtonElement;
    await until(window, () => !button.disabled);
    const { result, seenTarget } = intentFor(window, button.querySelector('span') as Element, click(window));
    expect(seenTarget).toBe(outlet());
    expect(result?.kind).toBe('post');
    if (result?.kind !== 'post') throw new Error('not a post');
    expect(result.composer.editor).toBe(editor);
    expect(adapter.readPost(result.composer).text).toBe('Hello there');
    // The page's own delegated handler ran once (jsdom dispatched the click for real).
    expect(window.__fixture.count('post')).toBe(1);
  });

  it('ignores a disabled Post button, the media button and the author button', async () => {
    const { window, openShare, shadow } = feed();
    openShare();
    await settle(window);
    const button = shadow().querySelector('button.share-actions__primary-action') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const media = shadow().querySelector('[aria-label="Add media"]') as HTMLElement;
    const author = shadow().querySelector('.share-unified-settings-entry-button') as HTMLElement;
    for (const target of [media, author]) expect(intentFor(window, target, click(window)).result).toBeNull();
    // Disabled buttons do not dispatch clicks; ask with the button as origin via a keydown instead.
    expect(intentFor(window, button, key(window, 'Enter')).result).toBeNull();
  });

  it('treats Ctrl/Cmd+Enter in the editor as Post, plain Enter as typing', async () => {
    const { window, openShare } = feed();
    const { editor } = openShare();
    typeLines(editor, ['Quick note']);
    await settle(window);
    const target = editor.querySelector('p') as HTMLElement;
    expect(intentFor(window, target, key(window, 'Enter', { ctrlKey: true })).result?.kind).toBe('post');
    expect(intentFor(window, target, key(window, 'Enter', { metaKey: true })).result?.kind).toBe('post');
    expect(intentFor(window, target, key(window, 'Enter')).result).toBeNull();
  });

  it('inserts text through execCommand, focusing the editor first', async () => {
    const { window, document, openShare, shadow } = feed();
    const { editor } = openShare();
    typeLines(editor, ['My view']);
    await settle(window);
    const composer = adapter.composerFor(editor);
    if (!composer) throw new Error('no composer');
    const calls: { args: unknown[]; focused: Element | null }[] = [];
    const execCommand = vi.fn((...args: unknown[]) => {
      calls.push({ args, focused: shadow().activeElement });
      return true;
    });
    // jsdom has no execCommand; the browser's is what Quill and Tiptap take as user input.
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    adapter.insertText(composer, 'Opinions are my own.');
    expect(calls).toEqual([{ args: ['insertText', false, 'Opinions are my own.'], focused: editor }]);
    expect(editor.textContent).toBe('My view');
  });

  it('puts the caret at the end of the draft when it is not in the editor', async () => {
    const { window, document } = feed();
    const editor = document.querySelector('[data-urn="urn:li:activity:7002"] .ql-editor') as HTMLElement;
    typeLines(editor, ['First', 'Last line']);
    await settle(window);
    const composer = adapter.composerFor(editor);
    if (!composer) throw new Error('no composer');
    let caret: { node: Node | null; offset: number } | null = null;
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: () => {
        const selection = document.getSelection();
        caret = { node: selection?.anchorNode ?? null, offset: selection?.anchorOffset ?? -1 };
        return true;
      },
    });
    adapter.insertText(composer, ' — my own view');
    const last = editor.lastElementChild as HTMLElement;
    expect(caret).toEqual({ node: last, offset: last.childNodes.length });
    expect(document.activeElement).toBe(editor);
  });
});

describe('LinkedIn classic comment boxes', () => {
  it('finds the comment composer; its submit button exists only once there is text', async () => {
    const { window, document } = feed();
    const editor = document.querySelector('[data-urn="urn:li:activity:7002"] .ql-editor') as HTMLElement;
    const empty = adapter.composerFor(editor);
    expect(empty?.surface).toBe('comment');
    expect(empty?.submitButton).toBeNull();
    typeLines(editor, ['Nice one', '', 'Well done']);
    await until(window, () => editor.closest('form')?.querySelector('button') !== null);
    const composer = adapter.composerFor(editor);
    expect(composer?.submitButton?.matches('button.comments-comment-box__submit-button--cr')).toBe(true);
    expect(composer?.anchor.contains(editor)).toBe(true);
    expect(composer?.anchor.contains(composer.submitButton)).toBe(true);
    if (!composer) throw new Error('no composer');
    expect(adapter.readPost(composer)).toMatchObject({
      text: 'Nice one\n\nWell done',
      surface: 'comment',
      media: 0,
      account: { handle: 'linkedin.com/in/jane-doe' },
    });
  });

  it('reads typed text before Quill has caught up and dropped .ql-blank (a submit right after typing)', () => {
    const { document } = feed();
    const editor = document.querySelector('[data-urn="urn:li:activity:7002"] .ql-editor') as HTMLElement;
    typeLines(editor, ['Nice work @someone']);
    // The fixture, like Quill, syncs its model and the class on a later task: still blank here.
    expect(editor.classList.contains('ql-blank')).toBe(true);
    const composer = adapter.composerFor(editor);
    if (!composer) throw new Error('no composer');
    expect(adapter.readPost(composer).text).toBe('Nice work @someone');
  });

  it('resolves the comment submit click (padded text, no aria-label) and Ctrl+Enter', async () => {
    const { window, document } = feed();
    const editor = document.querySelector('[data-urn="urn:li:activity:7001"] .ql-editor') as HTMLElement;
    typeLines(editor, ['Agreed']);
    await until(window, () => editor.closest('form')?.querySelector('button') !== null);
    const button = editor.closest('form')?.querySelector('button') as HTMLElement;
    const { result } = intentFor(window, button, click(window));
    expect(result?.kind).toBe('post');
    if (result?.kind !== 'post') throw new Error('not a post');
    expect(result.composer.editor).toBe(editor);
    expect(result.composer.surface).toBe('comment');
    expect(window.__fixture.count('comment')).toBe(1);
  });

  it('reads the classic comment box on a post-detail page, and ignores comment-thread buttons', async () => {
    const { window, document } = loadFixture(
      'update.html',
      'https://www.linkedin.com/feed/update/urn:li:activity:7003/',
    );
    const editors = adapter.findEditors(document);
    expect(editors).toHaveLength(1);
    const editor = editors[0] as HTMLElement;
    typeLines(editor, ['Congrats team']);
    await until(window, () => document.querySelector('.comments-comment-box__submit-button--cr') !== null);
    const composer = adapter.composerFor(editor);
    expect(composer?.submitButton).toBe(document.querySelector('.comments-comment-box__submit-button--cr'));
    const reply = document.querySelector('.comments-comment-social-bar__reply-action-button') as HTMLElement;
    expect(intentFor(window, reply, click(window)).result).toBeNull();
    const submit = intentFor(window, composer?.submitButton as HTMLElement, click(window)).result;
    expect(submit?.kind === 'post' && submit.composer.surface).toBe('comment');
    expect(window.__fixture.count('comment')).toBe(1);
  });
});

describe('LinkedIn classic repost menu', () => {
  function openMenu(document: Document, urn: string) {
    const post = document.querySelector(`[data-urn="${urn}"]`) as HTMLElement;
    (post.querySelector('button.social-reshare-button') as HTMLElement).click();
    return post;
  }

  it('turns the instant "Repost" into a repost intent with the original post', () => {
    const { window, document } = feed();
    const post = openMenu(document, 'urn:li:activity:7001');
    const item = post.querySelector('[data-fixture="repost-instant"]') as HTMLElement;
    const { result } = intentFor(window, item.querySelector('span') as Element, click(window));
    expect(result).toEqual({
      kind: 'repost',
      trigger: item,
      original: {
        text: 'Great read on the market:\nhttps://example.org/analysis',
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:7001/',
        author: 'Pat Example',
      },
    });
    expect(window.__fixture.count('repost')).toBe(1);
  });

  it('reads the right post when several are on the page, and by keyboard on the div button', () => {
    const { window, document } = feed();
    const post = openMenu(document, 'urn:li:activity:7002');
    const item = post.querySelector('[data-fixture="repost-instant"]') as HTMLElement;
    const { result } = intentFor(window, item, key(window, 'Enter'));
    expect(result?.kind === 'repost' && result.original.text).toBe('Lovely team lunch today.');
  });

  it('leaves the Repost button, "Repost with your thoughts" and other menus alone', () => {
    const { window, document } = feed();
    const post = document.querySelector('[data-urn="urn:li:activity:7001"]') as HTMLElement;
    const button = post.querySelector('button.social-reshare-button') as HTMLElement;
    expect(intentFor(window, button, click(window)).result).toBeNull();
    const thoughts = post.querySelector('[data-fixture="repost-thoughts"]') as HTMLElement;
    expect(intentFor(window, thoughts, click(window)).result).toBeNull();
    const control = post.querySelector('.feed-shared-control-menu__trigger') as HTMLElement;
    control.click();
    const copy = post.querySelector('[data-fixture="copy-link"]') as HTMLElement;
    expect(intentFor(window, copy, click(window)).result).toBeNull();
  });
});

describe('LinkedIn frames', () => {
  it('ignores editors inside the hidden interop/preload iframe', () => {
    const { document } = feed();
    const frame = document.querySelector('iframe[data-testid="interop-iframe"]') as HTMLIFrameElement;
    const inner = frame.contentDocument as Document;
    const editor = inner.createElement('div');
    editor.className = 'ql-editor';
    editor.setAttribute('contenteditable', 'true');
    const sharebox = inner.createElement('div');
    sharebox.className = 'share-creation-state';
    sharebox.append(editor);
    inner.body.append(sharebox);
    expect(isIgnoredFrame(inner)).toBe(true);
    expect(adapter.findEditors(inner)).toEqual([]);
    expect(isIgnoredFrame(document)).toBe(false);
  });
});
