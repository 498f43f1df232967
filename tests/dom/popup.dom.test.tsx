// @vitest-environment jsdom
/** The popup on jsdom with the platform mocked: tab status, findings, managed note, pause switch. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabStatus } from '../../src/core/messages';
import { buildPolicyState } from '../../src/core/policy/state';
import { waitFor } from '../support/wait-for';

const platform = vi.hoisted(() => ({
  state: null as unknown,
  tab: null as unknown,
  local: {} as Record<string, unknown>,
  writes: [] as { area: string; items: Record<string, unknown> }[],
  removals: [] as { area: string; keys: string[] }[],
  optionsOpened: 0,
}));

vi.mock('../../src/platform/runtime', () => ({
  sendToBackground: async () => ({ type: 'policy', ...(platform.state as object) }),
  openOptionsPage: async () => {
    platform.optionsOpened++;
  },
}));
vi.mock('../../src/platform/storage', () => ({
  getItems: async (_area: string, keys: string[]) =>
    Object.fromEntries(keys.filter((k) => k in platform.local).map((k) => [k, platform.local[k]])),
  setItems: async (area: string, items: Record<string, unknown>) => {
    platform.writes.push({ area, items });
  },
  removeItems: async (area: string, keys: string[]) => {
    platform.removals.push({ area, keys });
  },
  onStorageChanged: () => () => undefined,
}));
vi.mock('../../src/platform/tabs', () => ({
  activeTabId: async () => 7,
  sendToTab: async (tabId: number, message: { type: string }) => {
    if (tabId !== 7 || message.type !== 'get-status' || !platform.tab)
      throw new Error('Could not establish connection. Receiving end does not exist.');
    return platform.tab;
  },
}));

const { PopupApp } = await import('../../src/popup/popup-app');
const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);
let root: HTMLElement;

beforeEach(() => {
  platform.writes = [];
  platform.removals = [];
  platform.local = {};
  platform.optionsOpened = 0;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const status: TabStatus = {
  type: 'status',
  site: 'x',
  composerFound: true,
  findings: [
    { rule: 'politics', severity: 'block', message: 'Political content.', start: 0, end: 5 },
    { rule: 'tagging', severity: 'info', message: 'Tags @dana.', start: 10, end: 15 },
  ],
};

describe('popup', () => {
  it('shows the tab is active, the draft’s findings, the managed note and the pause switch', async () => {
    platform.state = buildPolicyState({}, { rules: { politics: { severity: 'block' } } });
    platform.tab = status;
    render(<PopupApp now={() => NOW} />, root);
    await waitFor(() => root.querySelector('[data-tab-state="active"]'), 'the tab status');
    expect(root.textContent).toContain('Active on X');
    const items = [...root.querySelectorAll<HTMLElement>('li[data-rule]')];
    expect(items.map((li) => [li.dataset.rule, li.dataset.severity])).toEqual([
      ['politics', 'block'],
      ['tagging', 'info'],
    ]);
    await waitFor(() => root.querySelector('[data-managed="true"]'), 'the managed note');
    expect(root.querySelector('[data-managed="true"]')?.textContent).toBe('Managed by your organization.');
    const pause = await waitFor(() => root.querySelector<HTMLInputElement>('#pause'), 'the pause switch');
    expect(pause.checked).toBe(false);
    pause.click();
    await waitFor(() => platform.writes.length === 1, 'the pause write');
    expect(platform.writes[0]).toEqual({ area: 'local', items: { pausedUntil: NOW + 60 * 60 * 1000 } });
    await waitFor(() => (root.querySelector('#pause') as HTMLInputElement).checked, 'the switch on');
    (root.querySelector('#pause') as HTMLInputElement).click();
    await waitFor(() => platform.removals.length === 1, 'the unpause');
    expect(platform.removals[0]).toEqual({ area: 'local', keys: ['pausedUntil'] });
  });

  it('says when Preflight is not active on the tab, hides pause when policy forbids it, and opens settings', async () => {
    platform.state = buildPolicyState({}, { allowPause: false });
    platform.tab = null;
    render(<PopupApp now={() => NOW} />, root);
    await waitFor(() => root.querySelector('[data-tab-state="inactive"]'), 'the inactive status');
    expect(root.textContent).toContain('Not active on this page');
    await waitFor(() => root.querySelector('[data-managed="true"]'), 'the managed note');
    expect(root.querySelector('#pause')).toBeNull();
    (root.querySelector('button') as HTMLButtonElement).click();
    await waitFor(() => platform.optionsOpened === 1, 'the options page');
  });

  it('shows an active pause and no managed note when nothing is managed', async () => {
    platform.state = buildPolicyState({}, {});
    platform.tab = { ...status, composerFound: false, findings: [] };
    platform.local = { pausedUntil: NOW + 1000 };
    render(<PopupApp now={() => NOW} />, root);
    const pause = await waitFor(() => root.querySelector<HTMLInputElement>('#pause'), 'the pause switch');
    await waitFor(() => pause.checked, 'the switch showing the pause');
    expect(root.textContent).toContain('No post being written on this page.');
    expect(root.querySelector('[data-managed]')).toBeNull();
  });
});
