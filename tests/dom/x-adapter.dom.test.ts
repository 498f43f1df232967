// @vitest-environment jsdom
/** The X adapter on the X fixture pages: every selector family is exercised here. */
import { afterEach, describe, expect, it } from 'vitest';
import { readAccount, readEditorText, xAdapter } from '../../src/sites/x';
import { loadXFixture } from '../fixtures/x/load';

const editors = () => xAdapter.findEditors(document);
const composerOf = (editor: HTMLElement) => {
  const composer = xAdapter.composerFor(editor);
  if (!composer) throw new Error('no composer');
  return composer;
};
const $ = <T extends Element = HTMLElement>(selector: string) => {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`missing ${selector}`);
  return el;
};

function click(target: Element, init: MouseEventInit = {}): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ...init });
  target.dispatchEvent(event);
  return event;
}

/** Dispatches an event and returns what submitIntent made of it (seen from window capture). */
function intentOf(target: Element, event: Event) {
  let intent: ReturnType<typeof xAdapter.submitIntent> = null;
  const listener = (e: Event) => {
    xAdapter.noteEvent?.(e);
    intent = xAdapter.submitIntent(e);
  };
  window.addEventListener(event.type, listener, { capture: true });
  target.dispatchEvent(event);
  window.removeEventListener(event.type, listener, { capture: true });
  return intent as ReturnType<typeof xAdapter.submitIntent>;
}

const key = (type: 'keydown' | 'keyup', k: string, init: KeyboardEventInit = {}) =>
  new KeyboardEvent(type, { key: k, bubbles: true, cancelable: true, composed: true, ...init });

afterEach(() => {
  history.replaceState({}, '', '/');
});

describe('finding editors', () => {
  it('finds the home composer and ignores the DM composer', async () => {
    await loadXFixture('home');
    expect(editors().map((e) => e.dataset.testid)).toEqual(['tweetTextarea_0']);
    expect(xAdapter.composerFor($('[data-testid="dmComposerTextInput"]'))).toBeNull();
  });

  it('resolves the editable node, not the tweetTextarea_0 wrappers', async () => {
    await loadXFixture('home');
    expect(xAdapter.composerFor($('[data-testid="tweetTextarea_0RichTextInputContainer"]'))).toBeNull();
    expect(xAdapter.composerFor($('[data-testid="tweetTextarea_0_label"]'))).toBeNull();
  });

  it('with the /compose/post modal open, scopes each composer to its own dialog or page', async () => {
    await loadXFixture('compose');
    const found = editors();
    expect(found).toHaveLength(2);
    const modalEditor = found.find((e) => e.closest('[role="dialog"]'));
    const homeEditor = found.find((e) => !e.closest('[role="dialog"]'));
    if (!modalEditor || !homeEditor) throw new Error('expected both composers');
    const modal = composerOf(modalEditor);
    expect(modal.submitButton?.dataset.testid).toBe('tweetButton');
    expect(modal.anchor.closest('[role="dialog"]')).not.toBeNull();
    expect(modal.editors).toEqual([modalEditor]);
    const home = composerOf(homeEditor);
    expect(home.submitButton?.dataset.testid).toBe('tweetButtonInline');
    expect(home.anchor.contains(modalEditor)).toBe(false);
  });

  it('finds nothing on /i/grok', async () => {
    await loadXFixture('home');
    history.pushState({}, '', '/i/grok');
    expect(editors()).toEqual([]);
  });
});

describe('reading a post', () => {
  it('reads text by blocks, keeps empty lines, normalises NBSP and strips zero-width characters', async () => {
    const app = await loadXFixture('home');
    const editor = editors()[0] as HTMLElement;
    app.setDraft(editor, 'Line one @someone\n\nline\u00a0three\u200b https://example.org/x\ufeff');
    expect(editor.querySelectorAll('[data-block="true"]')).toHaveLength(3);
    expect(readEditorText(editor)).toBe('Line one @someone\n\nline three https://example.org/x');
    // textContent would lose the breaks between blocks.
    expect(editor.textContent).not.toContain('\n');
    const post = xAdapter.readPost(composerOf(editor));
    expect(post).toMatchObject({ site: 'x', surface: 'post', media: 0, account: { handle: '@janedoe' } });
    expect(post.text).toBe('Line one @someone\n\nline three https://example.org/x');
  });

  it('counts attached media', async () => {
    const app = await loadXFixture('home');
    const editor = editors()[0] as HTMLElement;
    app.attachImage(composerOf(editor).anchor);
    app.attachImage(composerOf(editor).anchor);
    expect(xAdapter.readPost(composerOf(editor)).media).toBe(2);
  });

  it('reads every editor of a thread together, in order', async () => {
    const app = await loadXFixture('compose');
    const modalEditor = $('[role="dialog"] [data-testid="tweetTextarea_0"]');
    app.setDraft(modalEditor, 'first');
    click($('[role="dialog"] [data-testid="addButton"]'));
    const second = $('[role="dialog"] [data-testid="tweetTextarea_1"]');
    app.setDraft(second, 'second');
    const composer = composerOf(second);
    expect(composer.editors).toEqual([modalEditor, second]);
    expect(xAdapter.readPost(composer).text).toBe('first\n\nsecond');
  });
});

describe('the acting account', () => {
  it('reads the handle from the composer avatar, the switcher, or the profile link', async () => {
    await loadXFixture('home');
    const editor = editors()[0] as HTMLElement;
    expect(readAccount(document, composerOf(editor).anchor)).toEqual({ handle: '@janedoe' });
    expect(readAccount(document)).toEqual({ handle: '@janedoe', name: 'Jane Doe' });
    $('[data-testid="SideNav_AccountSwitcher_Button"]').remove();
    expect(readAccount(document)).toEqual({ handle: '@janedoe' });
    $('[data-testid="AppTabBar_Profile_Link"]').setAttribute('href', '/AcmeCorp');
    expect(readAccount(document)).toEqual({ handle: '@AcmeCorp' });
  });
});

describe('surfaces', () => {
  it('an inline reply on a status page ("Post your reply"), latched after typing', async () => {
    const app = await loadXFixture('status');
    const editor = editors()[0] as HTMLElement;
    expect(composerOf(editor).surface).toBe('reply');
    app.setDraft(editor, 'typed');
    expect(composerOf(editor).surface).toBe('reply');
  });

  it('a reply from the timeline opens the modal with the parent post: reply', async () => {
    await loadXFixture('home');
    click($('article[data-fixture-id="102"] [data-testid="reply"]'));
    expect(composerOf($('[role="dialog"] [data-testid="tweetTextarea_0"]')).surface).toBe('reply');
  });

  it('a quote: attachments hold the quoted post; empty text is a plain repost', async () => {
    const app = await loadXFixture('home');
    click($('article[data-fixture-id="101"] [data-testid="retweet"]'));
    const quote = $('#layers [role="menuitem"][href="/compose/post"]');
    intentOf(quote, new MouseEvent('click', { bubbles: true, cancelable: true }));
    const editor = $('[role="dialog"] [data-testid="tweetTextarea_0"]');
    expect(composerOf(editor).surface).toBe('repost');
    app.setDraft(editor, 'Worth a read');
    const post = xAdapter.readPost(composerOf(editor));
    expect(post.surface).toBe('quote');
    expect(post.quoted).toEqual({
      text: 'Our new report is out: https://example.org/report-2026',
      author: '@someone',
      url: 'http://localhost:3000/someone/status/101',
    });
    // The quoted card's avatar is not an attachment of the new post.
    expect(post.media).toBe(0);
  });

  it('a new post in the plain modal is a post', async () => {
    await loadXFixture('compose');
    expect(composerOf($('[role="dialog"] [data-testid="tweetTextarea_0"]')).surface).toBe('post');
  });
});

describe('submit intent', () => {
  it('a click on Post, resolved to its own composer', async () => {
    const app = await loadXFixture('compose');
    const modalEditor = $('[role="dialog"] [data-testid="tweetTextarea_0"]');
    app.setDraft(modalEditor, 'hello');
    const intent = intentOf(
      $('[role="dialog"] [data-testid="tweetButton"]'),
      new MouseEvent('click', { bubbles: true, cancelable: true }),
    );
    expect(intent?.kind).toBe('post');
    if (intent?.kind !== 'post') return;
    expect(intent.composer.editor).toBe(modalEditor);
  });

  it('ignores alt-clicks and disabled buttons (the site would not post)', async () => {
    const app = await loadXFixture('home');
    const button = $('[data-testid="tweetButtonInline"]');
    expect(intentOf(button, new MouseEvent('click', { bubbles: true }))).toBeNull();
    app.setDraft(editors()[0] as HTMLElement, 'text');
    expect(intentOf(button, new MouseEvent('click', { bubbles: true, altKey: true }))).toBeNull();
    expect(intentOf(button, new MouseEvent('click', { bubbles: true }))?.kind).toBe('post');
  });

  it('Ctrl+Enter or Cmd+Enter in the editor posts; plain and Shift+Enter do not', async () => {
    await loadXFixture('home');
    const editor = editors()[0] as HTMLElement;
    expect(intentOf(editor, key('keydown', 'Enter', { ctrlKey: true }))?.kind).toBe('post');
    expect(intentOf(editor, key('keydown', 'Enter', { metaKey: true }))?.kind).toBe('post');
    expect(intentOf(editor, key('keydown', 'Enter'))).toBeNull();
    expect(intentOf(editor, key('keydown', 'Enter', { shiftKey: true }))).toBeNull();
  });

  it('Repost in the menu, by click and by Enter/Space keyup, carries the original post', async () => {
    await loadXFixture('home');
    for (const event of [new MouseEvent('click', { bubbles: true }), key('keyup', 'Enter'), key('keyup', ' ')]) {
      // The menu closes after each repost and the button becomes "unretweet", like X: start over.
      $('article[data-fixture-id="101"] [data-testid$="retweet"]').dataset.testid = 'retweet';
      intentOf($('article[data-fixture-id="101"] [data-testid="retweet"]'), new MouseEvent('click', { bubbles: true }));
      const confirm = $('[data-testid="retweetConfirm"]');
      const intent = intentOf(confirm, event);
      expect(intent?.kind).toBe('repost');
      if (intent?.kind !== 'repost') return;
      expect(intent.original.text).toBe('Our new report is out: https://example.org/report-2026');
      expect(intent.trigger).toBe(confirm);
    }
  });

  it('the "t" shortcut on a focused post remembers that post for the menu', async () => {
    await loadXFixture('home');
    const article = $('article[data-fixture-id="102"]');
    intentOf(article, key('keydown', 't'));
    const intent = intentOf($('[data-testid="retweetConfirm"]'), key('keydown', 'Enter'));
    expect(intent?.kind === 'repost' && intent.original.text).toBe('Lovely weather in Lisbon today.');
  });

  it('Undo repost and other clicks are not submits', async () => {
    await loadXFixture('home');
    const undo = document.createElement('div');
    undo.dataset.testid = 'unretweetConfirm';
    $('#layers').append(undo);
    expect(intentOf(undo, new MouseEvent('click', { bubbles: true }))).toBeNull();
    expect(intentOf($('[data-testid="like"]'), new MouseEvent('click', { bubbles: true }))).toBeNull();
  });
});

describe('inserting text', () => {
  it('goes through a paste event the editor handles itself, leaving the model in charge', async () => {
    const app = await loadXFixture('home');
    const editor = editors()[0] as HTMLElement;
    app.setDraft(editor, 'Hello');
    // jsdom has no DataTransfer/ClipboardEvent constructors; stand in for the browser's.
    const view = window as unknown as Record<string, unknown>;
    const had = { DataTransfer: view.DataTransfer, ClipboardEvent: view.ClipboardEvent };
    class FakeDataTransfer {
      private data = new Map<string, string>();
      setData(type: string, value: string) {
        this.data.set(type, value);
      }
      getData(type: string) {
        return this.data.get(type) ?? '';
      }
    }
    class FakeClipboardEvent extends Event {
      clipboardData: FakeDataTransfer;
      constructor(type: string, init: EventInit & { clipboardData: FakeDataTransfer }) {
        super(type, init);
        this.clipboardData = init.clipboardData;
      }
    }
    view.DataTransfer = FakeDataTransfer;
    view.ClipboardEvent = FakeClipboardEvent;
    try {
      xAdapter.insertText(composerOf(editor), ' Opinions are my own.');
    } finally {
      Object.assign(view, had);
    }
    expect(readEditorText(editor)).toBe('Hello Opinions are my own.');
  });
});
