/**
 * X surfaces end to end: the built extension in real Chromium on the fixture pages, typing for
 * real, pressing Post by mouse and by keyboard, and checking that the page's own handler ran
 * exactly once, or never.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  dialog,
  dialogsSeen,
  editor,
  openX,
  panelFinding,
  posts,
  setUserSettings,
  typeInto,
  waitForPosts,
} from '../fixtures/x/e2e-helpers';
import { useSuiteBrowser } from './harness';

const TAGGING_WARN = { rules: { tagging: { severity: 'warn' } } };
const TAGGING_BLOCK = { rules: { tagging: { severity: 'block' } } };

describe('Preflight on X', () => {
  const suite = useSuiteBrowser();
  beforeEach(async () => {
    await setUserSettings(suite.browser.context, suite.browser.extensionId, TAGGING_WARN);
  });

  it('home composer: shows findings while typing, asks on Post, "Post anyway" posts once', async () => {
    const page = await openX(suite.browser.context, '/home');
    await typeInto(editor(page), 'Thanks @someone for the demo');
    await expect.poll(() => panelFinding(page, 'tagging', 'warn').count()).toBe(1);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await dialog(page).waitFor();
    expect(await dialog(page).locator('[data-rule="tagging"]').count()).toBe(1);
    expect(await posts(page)).toEqual([]);
    await page.locator('[data-preflight="dialog"] [data-action="proceed"]').click();
    await waitForPosts(page, 1);
    expect(await posts(page)).toEqual([{ kind: 'post', text: 'Thanks @someone for the demo' }]);
    await page.close();
  });

  it('home composer: Ctrl+Enter is held the same way and "Post anyway" posts once', async () => {
    const page = await openX(suite.browser.context, '/home');
    await typeInto(editor(page), 'Ping @someone');
    await page.keyboard.press('Control+Enter');
    await dialog(page).waitFor();
    expect(await posts(page)).toEqual([]);
    await page.locator('[data-preflight="dialog"] [data-action="proceed"]').click();
    await waitForPosts(page, 1);
    expect((await posts(page))[0]?.text).toBe('Ping @someone');
    await page.close();
  });

  it('a clean post goes through at once, with no dialog, by click and by keyboard', async () => {
    const page = await openX(suite.browser.context, '/home');
    await typeInto(editor(page), 'Lovely weather in Lisbon today');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await waitForPosts(page, 1);
    await typeInto(editor(page), 'Second line of thought');
    // Pressed straight after typing: no verdict is fresh yet, so the guard asks and replays.
    await page.keyboard.press('Control+Enter');
    await waitForPosts(page, 2);
    expect((await posts(page)).map((p) => p.text)).toEqual([
      'Lovely weather in Lisbon today',
      'Second line of thought',
    ]);
    expect(await dialogsSeen(page)).toBe(0);
    await page.close();
  });

  it('block: no way through; "Edit" returns to the untouched draft', async () => {
    await setUserSettings(suite.browser.context, suite.browser.extensionId, TAGGING_BLOCK);
    const page = await openX(suite.browser.context, '/home');
    await typeInto(editor(page), 'Hello @someone\nsecond line');
    await expect.poll(() => panelFinding(page, 'tagging', 'block').count()).toBe(1);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await dialog(page).waitFor();
    expect(await page.locator('[data-preflight="dialog"] [data-action="proceed"]').count()).toBe(0);
    await page.locator('[data-preflight="dialog"] [data-action="edit"]').click();
    await dialog(page).waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('tweetTextarea_0');
    await page.keyboard.press('Control+Enter');
    await dialog(page).waitFor();
    expect(await page.locator('[data-preflight="dialog"] [data-action="proceed"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    expect(await posts(page)).toEqual([]);
    const text = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="tweetTextarea_0"] [data-block="true"]')]
        .map((b) => b.textContent)
        .join('\n'),
    );
    expect(text).toBe('Hello @someone\nsecond line');
    await page.close();
  });

  it('/compose/post modal: checks the modal editor (not the one behind it) and posts once', async () => {
    const page = await openX(suite.browser.context, '/compose/post');
    await page.waitForSelector('[role="dialog"] [data-testid="tweetTextarea_0"]');
    expect(await page.locator('[data-testid="tweetTextarea_0"][contenteditable="true"]').count()).toBe(2);
    await typeInto(editor(page, '[role="dialog"]'), 'Big thanks to @someone');
    await expect.poll(() => panelFinding(page, 'tagging', 'warn').count()).toBe(1);
    await page.locator('[role="dialog"] [data-testid="tweetButton"]').click();
    await dialog(page).waitFor();
    await page.locator('[data-preflight="dialog"] [data-action="proceed"]').click();
    await waitForPosts(page, 1);
    expect(await posts(page)).toEqual([{ kind: 'post', text: 'Big thanks to @someone' }]);
    await page.close();
  });

  it('thread in the modal: every editor of the dialog is checked together', async () => {
    const page = await openX(suite.browser.context, '/compose/post');
    await typeInto(editor(page, '[role="dialog"]'), 'First post of a thread');
    await page.locator('[role="dialog"] [data-testid="addButton"]').click();
    await typeInto(editor(page, '[role="dialog"]', 1), 'and thanks @someone');
    await page.locator('[role="dialog"] [data-testid="tweetButton"]').click();
    await dialog(page).waitFor();
    await page.locator('[data-preflight="dialog"] [data-action="proceed"]').click();
    await waitForPosts(page, 1);
    expect((await posts(page))[0]?.text).toBe('First post of a thread\n\nand thanks @someone');
    await page.close();
  });

  it('reply on a status page: flagged reply asks, then posts once as a reply', async () => {
    const page = await openX(suite.browser.context, '/status.html');
    await typeInto(editor(page), 'Agree with @someone here');
    await expect.poll(() => panelFinding(page, 'tagging', 'warn').count()).toBe(1);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await dialog(page).waitFor();
    await page.locator('[data-preflight="dialog"] [data-action="proceed"]').click();
    await waitForPosts(page, 1);
    expect(await posts(page)).toEqual([{ kind: 'reply', text: 'Agree with @someone here' }]);
    await page.close();
  });

  it('reply from the timeline opens the modal; Ctrl+Enter is held and proceeds once', async () => {
    const page = await openX(suite.browser.context, '/home');
    await page.locator('article[data-fixture-id="102"] [data-testid="reply"]').click();
    await typeInto(editor(page, '[role="dialog"]'), 'cc @someone');
    await page.keyboard.press('Control+Enter');
    await dialog(page).waitFor();
    await page.locator('[data-preflight="dialog"] [data-action="proceed"]').click();
    await waitForPosts(page, 1);
    expect(await posts(page)).toEqual([{ kind: 'reply', text: 'cc @someone' }]);
    await page.close();
  });

  it('repost of a flagged post (unopened link) asks; "Post anyway" reposts once', async () => {
    const page = await openX(suite.browser.context, '/home');
    await page.locator('article[data-fixture-id="101"] [data-testid="retweet"]').click();
    await page.locator('[data-testid="retweetConfirm"]').click();
    await dialog(page).waitFor();
    expect(await dialog(page).locator('[data-rule="unread-link"]').count()).toBe(1);
    expect(await posts(page)).toEqual([]);
    await page.locator('[data-preflight="dialog"] [data-action="proceed"]').click();
    await waitForPosts(page, 1);
    expect((await posts(page))[0]?.kind).toBe('repost');
    await page.close();
  });

  it('repost by keyboard (Enter on the menu item, pressed on keyup) is held too', async () => {
    const page = await openX(suite.browser.context, '/home');
    await page.locator('article[data-fixture-id="101"] [data-testid="retweet"]').click();
    await page.locator('[data-testid="retweetConfirm"]').focus();
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    expect(await posts(page)).toEqual([]);
    await page.locator('[data-preflight="dialog"] [data-action="edit"]').click();
    await dialog(page).waitFor({ state: 'detached' });
    expect(await posts(page)).toEqual([]);
    await page.close();
  });

  it('repost of a clean post goes through with no dialog', async () => {
    const page = await openX(suite.browser.context, '/home');
    await page.locator('article[data-fixture-id="102"] [data-testid="retweet"]').click();
    await page.locator('[data-testid="retweetConfirm"]').click();
    await waitForPosts(page, 1);
    expect(await dialogsSeen(page)).toBe(0);
    await page.close();
  });

  it('quote: checked against the quoted post; "Post anyway" posts the quote once', async () => {
    const page = await openX(suite.browser.context, '/home');
    await page.locator('article[data-fixture-id="101"] [data-testid="retweet"]').click();
    await page.locator('#layers [role="menuitem"][href="/compose/post"]').click();
    await typeInto(editor(page, '[role="dialog"]'), 'Worth a read');
    await expect.poll(() => panelFinding(page, 'unread-link', 'warn').count()).toBe(1);
    await page.locator('[role="dialog"] [data-testid="tweetButton"]').click();
    await dialog(page).waitFor();
    await page.locator('[data-preflight="dialog"] [data-action="proceed"]').click();
    await waitForPosts(page, 1);
    expect((await posts(page))[0]).toMatchObject({ kind: 'quote', text: 'Worth a read' });
    await page.close();
  });

  it('a link the user opened is no longer "unread" when they share it', async () => {
    const page = await openX(suite.browser.context, '/home');
    const link = page.locator('article[data-fixture-id="101"] [data-testid="tweetText"] a');
    // Opening the link would leave the fixture; a ctrl-less middle click still counts as opened.
    await link.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
    await link.click();
    await typeInto(editor(page), 'Read this: https://example.org/report-2026');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await waitForPosts(page, 1);
    expect(await dialogsSeen(page)).toBe(0);
    await page.close();
  });

  it('highlights the offending text with CSS.highlights, never touching the editor DOM', async () => {
    const page = await openX(suite.browser.context, '/home');
    await typeInto(editor(page), 'Thanks @someone');
    await expect.poll(() => panelFinding(page, 'tagging').count()).toBe(1);
    const highlighted = await page.evaluate(() => {
      const h = CSS.highlights.get('preflight-warn');
      return h ? [...h].map((r) => r.toString()) : [];
    });
    expect(highlighted).toEqual(['@someone']);
    expect(
      await page.locator('[data-testid="tweetTextarea_0"] preflight-ui, [data-testid="tweetTextarea_0"] mark').count(),
    ).toBe(0);
    await page.close();
  });
});
