// @vitest-environment jsdom
/**
 * The LinkedIn adapter on the company-page admin composer (company.html): a plain
 * [role="textbox"] in the dialog, Quill mentions, and the page as the acting account.
 */
import { describe, expect, it } from 'vitest';
import { linkedinAdapter as adapter } from '../../src/sites/linkedin';
import { click, duringDispatch, loadFixture, settle, typeLines, until } from '../fixtures/linkedin/load';

const ADMIN_URL = 'https://www.linkedin.com/company/acme/admin/page-posts/published/?share=true';

function company(url = ADMIN_URL) {
  const page = loadFixture('company.html', url);
  const openShare = page.window.__fixture.api.openShare as unknown as (opts?: { html?: string }) => {
    editor: HTMLElement;
  };
  return { ...page, openShare };
}

describe('LinkedIn company-page composer', () => {
  it('finds the plain textbox in the dialog as a share composer with its Post button', async () => {
    const { window, document } = company();
    await settle(window);
    const editors = adapter.findEditors(document);
    expect(editors).toHaveLength(1);
    const editor = editors[0] as HTMLElement;
    expect(editor.matches('.ql-editor, [componentkey="ShareBox_textEditor"]')).toBe(false);
    const composer = adapter.composerFor(editor);
    expect(composer?.surface).toBe('post');
    expect(composer?.submitButton).toBe(document.querySelector('[data-fixture="post"]'));
  });

  it('posts as the page from the admin URL, so wrong-account checks can apply', async () => {
    const { window, openShare } = company();
    const { editor } = openShare({
      html: '<p>Welcome <a class="ql-mention" data-entity-urn="urn:li:fsd_company:99" data-test-ql-mention="true">Globex</a></p>',
    });
    await settle(window);
    const composer = adapter.composerFor(editor);
    if (!composer) throw new Error('no composer');
    expect(adapter.readPost(composer)).toMatchObject({
      text: 'Welcome Globex',
      account: { handle: 'linkedin.com/company/acme', name: 'Acme' },
      mentions: [{ text: 'Globex', id: 'urn:li:fsd_company:99', kind: 'company' }],
      media: 0,
    });
  });

  it('resolves the Post click; the media button is no submit', async () => {
    const { window, document } = company();
    const editor = adapter.findEditors(document)[0] as HTMLElement;
    typeLines(editor, ['Our new product ships today']);
    const post = document.querySelector('[data-fixture="post"]') as HTMLButtonElement;
    await until(window, () => !post.disabled);
    const ask = (target: Element) =>
      duringDispatch(window, target, click(window), (e) => adapter.submitIntent(e)).result;
    expect(ask(document.querySelector('[aria-label="Add media"]') as Element)).toBeNull();
    const intent = ask(post);
    expect(intent?.kind === 'post' && intent.composer.editor).toBe(editor);
    expect(window.__fixture.count('post')).toBe(1);
  });
});
