/**
 * LinkedIn surfaces end to end: the built extension in real Chromium on the LinkedIn fixture
 * pages (served as https://www.linkedin.com/...), typing for real, pressing Post / Comment /
 * Repost, and checking that the page's own handler ran exactly once, or never.
 *
 * Findings used: "@someone" typed in the text is a tagging finding (raised to warn or block
 * through the user's settings); a link the author never opened is an unread-link warning
 * (default warn), which also applies to the post being reposted.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  actions,
  dialog,
  dialogsSeen,
  edit,
  focused,
  openLinkedIn,
  panelFinding,
  proceed,
  setUserSettings,
  typeInto,
  waitForActions,
} from '../fixtures/linkedin/e2e-helpers';
import { useSuiteBrowser } from './harness';

const TAGGING_WARN = { rules: { tagging: { severity: 'warn' } } };
const TAGGING_BLOCK = { rules: { tagging: { severity: 'block' } } };

/** Classic share box: its editor lives in #interop-outlet's open shadow root (locators pierce it). */
const CLASSIC_SHARE_EDITOR = '#interop-outlet [data-test-modal-id="sharebox"] .ql-editor';
const CLASSIC_POST = '#interop-outlet button.share-actions__primary-action';
const SDUI_EDITOR = 'dialog[data-testid="dialog"] [componentkey="ShareBox_textEditor"]';
const SDUI_POST = 'dialog[data-testid="dialog"] [data-fixture="post"]';

async function proceedAndWait(page: Page, kind: string, count = 1): Promise<void> {
  await dialog(page).waitFor();
  expect(await actions(page, kind)).toEqual([]);
  await proceed(page).click();
  await waitForActions(page, kind, count);
}

describe('Preflight on LinkedIn', () => {
  const suite = useSuiteBrowser();
  beforeEach(async () => {
    await setUserSettings(suite.browser.context, suite.browser.extensionId, TAGGING_WARN);
  });

  describe('classic share box (Quill in the interop shadow root)', () => {
    it('shows findings while typing, asks on Post, "Post anyway" posts the untouched text once', async () => {
      const page = await openLinkedIn(suite.browser.context, '/feed/');
      await page.locator('button.share-box-feed-entry__trigger').click();
      await typeInto(page.locator(CLASSIC_SHARE_EDITOR), 'Thanks @someone for the demo');
      await expect.poll(() => panelFinding(page, 'tagging', 'warn').count()).toBe(1);
      await page.locator(CLASSIC_POST).click();
      await proceedAndWait(page, 'post');
      // Quill-like editors publish whatever is in their DOM: the text proves we never touched it.
      expect(await actions(page, 'post')).toEqual([
        expect.objectContaining({ surface: 'post', text: 'Thanks @someone for the demo' }),
      ]);
      await page.close();
    });

    it('a clean post goes through with no dialog', async () => {
      const page = await openLinkedIn(suite.browser.context, '/feed/?shareActive=true');
      await typeInto(page.locator(CLASSIC_SHARE_EDITOR), 'Lovely weather in Lisbon today');
      await page.locator(CLASSIC_POST).click();
      await waitForActions(page, 'post', 1);
      expect(await dialogsSeen(page)).toBe(0);
      await page.close();
    });

    it('block: no way through; "Edit" returns to the untouched draft', async () => {
      await setUserSettings(suite.browser.context, suite.browser.extensionId, TAGGING_BLOCK);
      const page = await openLinkedIn(suite.browser.context, '/feed/?shareActive=true');
      await typeInto(page.locator(CLASSIC_SHARE_EDITOR), 'Hello @someone');
      await expect.poll(() => panelFinding(page, 'tagging', 'block').count()).toBe(1);
      await page.locator(CLASSIC_POST).click();
      await dialog(page).waitFor();
      expect(await proceed(page).count()).toBe(0);
      await edit(page).click();
      await dialog(page).waitFor({ state: 'detached' });
      await expect.poll(() => focused(page)).toBe('div.ql-editor');
      await page.locator(CLASSIC_POST).click();
      await dialog(page).waitFor();
      expect(await proceed(page).count()).toBe(0);
      await edit(page).click();
      expect(await actions(page)).toEqual([]);
      expect(await page.locator(CLASSIC_SHARE_EDITOR).textContent()).toBe('Hello @someone');
      await page.close();
    });

    it('"Repost with your thoughts": the quoted post is checked too', async () => {
      const page = await openLinkedIn(suite.browser.context, '/feed/');
      const post = page.locator('[data-urn="urn:li:activity:7001"]');
      await post.locator('button.social-reshare-button').click();
      await post.locator('[data-fixture="repost-thoughts"]').click();
      await typeInto(page.locator(CLASSIC_SHARE_EDITOR), 'Worth a read');
      await expect.poll(() => panelFinding(page, 'unread-link').count()).toBe(1);
      await page.locator(CLASSIC_POST).click();
      await proceedAndWait(page, 'post');
      expect(await actions(page, 'post')).toEqual([
        expect.objectContaining({ surface: 'quote', text: 'Worth a read' }),
      ]);
      await page.close();
    });
  });

  describe('classic comments and reposts', () => {
    it('comment box: the submit button that appears with text is guarded; proceed comments once', async () => {
      const page = await openLinkedIn(suite.browser.context, '/feed/');
      const box = page.locator('[data-urn="urn:li:activity:7002"] form.comments-comment-box__form');
      await typeInto(box.locator('.ql-editor'), 'cc @someone');
      await expect.poll(() => panelFinding(page, 'tagging', 'warn').count()).toBe(1);
      await box.locator('button.comments-comment-box__submit-button--cr').click();
      await proceedAndWait(page, 'comment');
      expect(await actions(page, 'comment')).toEqual([expect.objectContaining({ text: 'cc @someone' })]);
      await page.close();
    });

    it('comment box: Ctrl+Enter is held the same way', async () => {
      const page = await openLinkedIn(suite.browser.context, '/update/urn:li:activity:7003/');
      await typeInto(page.locator('form.comments-comment-box__form .ql-editor'), 'Nice work @someone');
      await page.keyboard.press('Control+Enter');
      await proceedAndWait(page, 'comment');
      expect(await actions(page, 'comment')).toEqual([expect.objectContaining({ text: 'Nice work @someone' })]);
      await page.close();
    });

    it('instant Repost of a flagged post asks first; a clean one goes straight through', async () => {
      const page = await openLinkedIn(suite.browser.context, '/feed/');
      const flagged = page.locator('[data-urn="urn:li:activity:7001"]');
      await flagged.locator('button.social-reshare-button').click();
      await flagged.locator('[data-fixture="repost-instant"]').click();
      await dialog(page).waitFor();
      expect(await dialog(page).locator('[data-rule="unread-link"]').count()).toBe(1);
      await proceedAndWait(page, 'repost');
      expect(await actions(page, 'repost')).toEqual([expect.objectContaining({ urn: 'urn:li:activity:7001' })]);

      const clean = page.locator('[data-urn="urn:li:activity:7002"]');
      await clean.locator('button.social-reshare-button').click();
      await clean.locator('[data-fixture="repost-instant"]').click();
      await waitForActions(page, 'repost', 2);
      expect(await dialogsSeen(page)).toBe(1);
      await page.close();
    });
  });

  describe('SDUI share dialog (Tiptap) and comments', () => {
    for (const variant of ['open', 'showModal'] as const) {
      it(`share dialog (${variant}): findings, dialog, "Post anyway" posts once`, async () => {
        const page = await openLinkedIn(suite.browser.context, variant === 'open' ? '/sdui/' : '/sdui/?modal=1');
        await page.locator('[data-fixture="start-post"]').click();
        await typeInto(page.locator(SDUI_EDITOR), 'Big thanks to @someone');
        await expect.poll(() => panelFinding(page, 'tagging', 'warn').count()).toBe(1);
        if (variant === 'showModal') {
          // In the top layer, a panel outside the dialog would be inert and drawn underneath.
          expect(await page.locator('dialog[open] [data-preflight="panel"]').count()).toBe(1);
        }
        await page.locator(SDUI_POST).click();
        await proceedAndWait(page, 'post');
        expect(await actions(page, 'post')).toEqual([
          expect.objectContaining({ text: 'Big thanks to @someone', modal: variant === 'showModal' }),
        ]);
        await page.close();
      });
    }

    it('share dialog: a clean post goes through with no dialog', async () => {
      const page = await openLinkedIn(suite.browser.context, '/sdui/');
      await page.locator('[data-fixture="start-post"]').click();
      await typeInto(page.locator(SDUI_EDITOR), 'Proud of this team');
      await page.locator(SDUI_POST).click();
      await waitForActions(page, 'post', 1);
      expect(await dialogsSeen(page)).toBe(0);
      await page.close();
    });

    it('Tiptap comment: the Comment button is guarded; proceed comments once', async () => {
      const page = await openLinkedIn(suite.browser.context, '/sdui/');
      const post = page.locator('[componentkey$="urn:li:activity:8002"][role="listitem"]');
      await post.locator('[data-fixture="open-comments"]').click();
      await typeInto(
        post.locator('[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]'),
        'Go @someone',
      );
      await expect.poll(() => panelFinding(page, 'tagging', 'warn').count()).toBe(1);
      await post.locator('[data-fixture="comment-submit"]').click();
      await proceedAndWait(page, 'comment');
      expect(await actions(page, 'comment')).toEqual([expect.objectContaining({ text: 'Go @someone' })]);
      await page.close();
    });

    it('instant Repost from the portal menu asks for a flagged post', async () => {
      const page = await openLinkedIn(suite.browser.context, '/sdui/');
      await page.locator('[componentkey$="urn:li:activity:8001"] [data-fixture="repost-button"]').click();
      await page.locator('[data-fixture="repost-instant"]').click();
      await dialog(page).waitFor();
      expect(await dialog(page).locator('[data-rule="unread-link"]').count()).toBe(1);
      await proceedAndWait(page, 'repost');
      expect((await actions(page, 'repost'))[0]?.urn).toContain('urn:li:activity:8001');
      await page.close();
    });
  });

  describe('company-page composer', () => {
    it('guards Post in the admin composer; proceed posts once', async () => {
      const page = await openLinkedIn(suite.browser.context, '/company/acme/admin/page-posts/published/?share=true');
      await typeInto(page.locator('[role="dialog"] [role="textbox"][contenteditable="true"]'), 'Say hi to @someone');
      await expect.poll(() => panelFinding(page, 'tagging', 'warn').count()).toBe(1);
      await page.locator('[role="dialog"] [data-fixture="post"]').click();
      await proceedAndWait(page, 'post');
      expect(await actions(page, 'post')).toEqual([expect.objectContaining({ text: 'Say hi to @someone' })]);
      await page.close();
    });
  });
});
