// @vitest-environment jsdom
/**
 * The options page's "Links" section with the permissions platform mocked: the button asks for
 * exactly the shortener hosts and webRequest, the text says only the link is contacted, and a
 * policy that forbids following hides the button.
 */
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPolicyState } from '../../../src/core/policy/state';
import { waitFor } from '../../support/wait-for';

const platform = vi.hoisted(() => ({
  granted: new Set<string>(),
  requests: [] as { origins?: string[]; permissions?: string[] }[],
}));

vi.mock('../../../src/platform/permissions', () => ({
  hasPermissions: async (set: { origins?: string[]; permissions?: string[] }) =>
    [...(set.origins ?? []), ...(set.permissions ?? [])].every((p) => platform.granted.has(p)),
  requestPermissions: async (set: { origins?: string[]; permissions?: string[] }) => {
    platform.requests.push(set);
    for (const p of [...(set.origins ?? []), ...(set.permissions ?? [])]) platform.granted.add(p);
    return true;
  },
  removePermissions: async () => true,
  onPermissionsChanged: () => () => undefined,
}));

const { LinkAccessSection } = await import('../../../src/options/link-access');

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  platform.granted.clear();
  platform.requests.length = 0;
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const status = () => root.querySelector('[data-links-status]')?.getAttribute('data-links-status');

describe('Links section of the options page', () => {
  it('asks for the shortener hosts and webRequest only, and then shows them granted', async () => {
    const state = buildPolicyState({}, {});
    render(h(LinkAccessSection, { state, onEdit: () => undefined }), root);
    const button = await waitFor(
      () => root.querySelector<HTMLButtonElement>('[data-action="allow-short-links"]:not([disabled])'),
      'the allow button',
    );
    expect(button.textContent).toBe('Allow Preflight to follow short links');
    expect(root.textContent).toContain('Only the link itself is contacted');
    expect(root.textContent).toContain('never your post');
    button.click();
    await waitFor(() => status() === 'granted', 'granted');
    const [request] = platform.requests;
    expect(request?.permissions).toEqual(['webRequest']);
    expect(request?.origins).toContain('*://*.bit.ly/*');
    expect(request?.origins).toContain('*://*.lnkd.in/*');
    expect(request?.origins).toContain('*://*.t.co/*');
    expect(request?.origins).not.toContain('<all_urls>');
  });

  it('a policy shortener is asked for too', async () => {
    const state = buildPolicyState({ rules: { 'risky-link': { shorteners: ['go.example.com'] } } }, {});
    render(h(LinkAccessSection, { state, onEdit: () => undefined }), root);
    (
      await waitFor(
        () => root.querySelector<HTMLButtonElement>('[data-action="allow-short-links"]:not([disabled])'),
        'button',
      )
    ).click();
    await waitFor(() => platform.requests.length === 1, 'the request');
    expect(platform.requests[0]?.origins).toContain('*://*.go.example.com/*');
  });

  it('managed links.resolveShortLinks: false hides the button and says who decided', async () => {
    const state = buildPolicyState({}, { links: { resolveShortLinks: false } });
    render(h(LinkAccessSection, { state, onEdit: () => undefined }), root);
    await waitFor(() => status() === 'off', 'off status');
    expect(root.textContent).toContain('Your organization has turned off following short links.');
    expect(root.querySelector('[data-action="allow-short-links"]')).toBeNull();
  });
});
