// @vitest-environment jsdom
/**
 * The options page on jsdom with the platform mocked: effective settings, locks, managed
 * problems, saving only the user's own values, the try-a-post box, import and reset.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPolicyState, type PolicyState } from '../../src/core/policy/state';
import { RULES } from '../../src/core/rules';
import { waitFor } from '../support/wait-for';

const platform = vi.hoisted(() => ({
  state: null as unknown,
  writes: [] as { area: string; items: Record<string, unknown> }[],
  removals: [] as { area: string; keys: string[] }[],
  /** When set, get-policy answers wait here (with the state as it was when asked). */
  heldAnswers: null as null | (() => void)[],
}));

vi.mock('../../src/platform/runtime', () => ({
  sendToBackground: async (message: { type: string }) => {
    if (message.type !== 'get-policy') return undefined;
    const answer = { type: 'policy', ...(platform.state as object) };
    const held = platform.heldAnswers;
    if (held) await new Promise<void>((release) => held.push(release));
    return answer;
  },
  openOptionsPage: async () => undefined,
}));
vi.mock('../../src/platform/storage', () => ({
  getItems: async () => ({}),
  setItems: async (area: string, items: Record<string, unknown>) => {
    platform.writes.push({ area, items: structuredClone(items) });
  },
  removeItems: async (area: string, keys: string[]) => {
    platform.removals.push({ area, keys });
  },
  onStorageChanged: () => () => undefined,
}));

const { OptionsApp } = await import('../../src/options/options-app');

let root: HTMLElement;

function setValue(
  el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
  events = ['input', 'change'],
) {
  el.value = value;
  for (const type of events) el.dispatchEvent(new Event(type, { bubbles: true }));
}

async function mount(state: PolicyState) {
  platform.state = state;
  render(<OptionsApp />, root);
  return waitFor(() => root.querySelector('[data-rule]'), 'the rules to render');
}

beforeEach(() => {
  platform.heldAnswers = null;
  platform.writes = [];
  platform.removals = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const MANAGED = {
  rules: { politics: { severity: 'block' }, tagging: { severity: 'blocker' } },
  company: { names: ['Acme', 'Acme Corp'] },
  policyUrl: 'not a link',
};

describe('options page', () => {
  it('shows every rule once, with its effective severity, and marks IT’s settings locked', async () => {
    await mount(buildPolicyState({ rules: { hostile: { severity: 'off' } } }, MANAGED));
    const sections = [...root.querySelectorAll<HTMLElement>('section[data-rule]')];
    expect(sections.map((s) => s.dataset.rule)).toEqual(RULES.map((r) => r.id));
    expect(root.querySelectorAll('[data-rule]')).toHaveLength(RULES.length);

    const politics = root.querySelector<HTMLElement>('[data-rule="politics"]') as HTMLElement;
    expect(politics.dataset.locked).toBe('true');
    const politicsSeverity = politics.querySelector('select') as HTMLSelectElement;
    expect(politicsSeverity.value).toBe('block');
    expect(politicsSeverity.disabled).toBe(true);
    expect(politics.textContent).toContain('Set by your organization');
    const describedBy = (politicsSeverity.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain('Set by your organization');

    const hostile = root.querySelector<HTMLElement>('[data-rule="hostile"]') as HTMLElement;
    expect(hostile.dataset.locked).toBe('false');
    expect((hostile.querySelector('select') as HTMLSelectElement).value).toBe('off');
    expect(hostile.querySelectorAll(':disabled')).toHaveLength(0);
  });

  it('renders each rule’s own options from its schema (tagging.allow as a list)', async () => {
    await mount(buildPolicyState({ rules: { tagging: { allow: ['@friend', '@colleague'] } } }, {}));
    const tagging = root.querySelector('[data-rule="tagging"]') as HTMLElement;
    const allow = tagging.querySelector('textarea') as HTMLTextAreaElement;
    expect(allow.value).toBe('@friend\n@colleague');
    expect(tagging.querySelector(`label[for="${allow.id}"]`)?.textContent).toBe('Allow');
  });

  it('shows the company lists, the managed banner, and the invalid managed values for IT', async () => {
    await mount(buildPolicyState({ company: { tickers: ['ACME'] } }, MANAGED));
    const company = root.querySelector('[data-section="company"]') as HTMLElement;
    const [names, tickers] = [...company.querySelectorAll('textarea')] as HTMLTextAreaElement[];
    expect(names?.value).toBe('Acme\nAcme Corp');
    expect(names?.disabled).toBe(true);
    expect(tickers?.value).toBe('ACME');
    expect(tickers?.disabled).toBe(false);
    expect(root.querySelector('[data-managed="true"]')?.textContent).toContain('managed by your organization');
    const problems = root.querySelector('[data-section="managed-errors"]') as HTMLElement;
    expect([...problems.querySelectorAll('li')].map((li) => li.dataset.path)).toEqual(
      expect.arrayContaining(['rules.tagging.severity', 'policyUrl']),
    );
    expect(problems.textContent).toContain('expected one of off, info, warn, block');
  });

  it('saves only the user’s own values that differ from defaults, never a locked one', async () => {
    await mount(buildPolicyState({ rules: { politics: { severity: 'off' } } }, MANAGED));
    const hostile = root.querySelector('[data-rule="hostile"] select') as HTMLSelectElement;
    setValue(hostile, 'block', ['change']);
    const write = await waitFor(() => platform.writes.at(-1), 'a settings write');
    expect(write.area).toBe('sync');
    expect(write.items).toEqual({ settings: { rules: { hostile: { severity: 'block' } } }, settingsVersion: 1 });
    const status = await waitFor(() => root.querySelector('[data-status]')?.textContent, 'a status');
    expect(status).toBe('Saved.');
    // Back to the default: nothing left to store.
    setValue(root.querySelector('[data-rule="hostile"] select') as HTMLSelectElement, 'warn', ['change']);
    await waitFor(() => platform.writes.length === 2, 'a second write');
    expect(platform.writes[1]?.items.settings).toEqual({});
  });

  it('keeps every edit when a settings answer from before a save arrives after it', async () => {
    await mount(buildPolicyState({}, {}));
    const held: (() => void)[] = [];
    platform.heldAnswers = held;
    setValue(root.querySelector('#f-policyUrl') as HTMLInputElement, 'https://intranet.example.com/policy');
    await waitFor(() => held.length === 1, 'the reload after the first save');
    setValue(root.querySelector('#f-version') as HTMLInputElement, '7');
    await waitFor(() => held.length === 2, 'the reload after the second save');
    // The first reload answers now, with the state from before both saves.
    held[0]?.();
    await new Promise((r) => setTimeout(r, 0));
    (root.querySelector('#f-requireAcknowledgement') as HTMLInputElement).click();
    await waitFor(() => platform.writes.length === 3, 'the third write');
    expect(platform.writes[2]?.items.settings).toEqual({
      policyUrl: 'https://intranet.example.com/policy',
      version: '7',
      requireAcknowledgement: true,
    });
    for (const release of held) release();
  });

  it('lists values it could not save, and saves the rest', async () => {
    await mount(buildPolicyState({}, {}));
    const products = root.querySelector('#f-company-products') as HTMLTextAreaElement;
    setValue(products, `Roadrunner\n${'x'.repeat(300)}`);
    const write = await waitFor(() => platform.writes.at(-1), 'a settings write');
    expect(write.items.settings).toEqual({ company: { products: ['Roadrunner'] } });
    const problems = await waitFor(() => root.querySelector('[data-section="user-errors"]'), 'the problems list');
    expect(problems.textContent).toContain('company.products.1: expected at most 200 characters');
  });

  it('runs the engine live in "Try a post" and highlights what it found', async () => {
    await mount(buildPolicyState({}, { rules: { tagging: { severity: 'block' } } }));
    setValue(root.querySelector('#try-text') as HTMLTextAreaElement, 'Thanks @someone for the demo');
    const item = await waitFor(
      () => root.querySelector<HTMLElement>('[data-section="try"] [data-finding-rule="tagging"]'),
      'a tagging finding',
    );
    expect(item.dataset.severity).toBe('block');
    const mark = root.querySelector('[data-section="try"] mark') as HTMLElement;
    expect(mark.textContent).toBe('@someone');
    expect(mark.dataset.severity).toBe('block');
    setValue(root.querySelector('#try-text') as HTMLTextAreaElement, 'A quiet, ordinary post');
    await waitFor(() => root.querySelector('[data-finding-count="0"]'), 'no findings');
    expect(root.querySelector('[data-section="try"] mark')).toBeNull();
  });

  it('imports a policy JSON file: valid values saved over current ones, errors listed', async () => {
    await mount(buildPolicyState({ company: { tickers: ['ACME'] } }, MANAGED));
    const input = root.querySelector('#import-file') as HTMLInputElement;
    const file = new File(
      [JSON.stringify({ rules: { hostile: { severity: 'block' }, politics: { severity: 'off' } }, failClosed: 'yes' })],
      'settings.json',
    );
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const write = await waitFor(() => platform.writes.at(-1), 'an import write');
    expect(write.items.settings).toEqual({ company: { tickers: ['ACME'] }, rules: { hostile: { severity: 'block' } } });
    const problems = await waitFor(() => root.querySelector('[data-section="user-errors"]'), 'the import errors');
    expect(problems.textContent).toContain('failClosed: expected true or false');
    expect(root.querySelector('[data-status]')?.textContent).toContain('set by your organization were skipped');
  });

  it('resets to defaults after a confirmation', async () => {
    await mount(buildPolicyState({ rules: { hostile: { severity: 'off' } } }, {}));
    (root.querySelector('[data-action="reset"]') as HTMLButtonElement).click();
    expect(platform.removals).toEqual([]);
    (await waitFor(() => root.querySelector<HTMLButtonElement>('[data-action="confirm-reset"]'), 'confirm')).click();
    await waitFor(() => platform.removals.length === 1, 'the reset');
    expect(platform.removals[0]).toEqual({ area: 'sync', keys: ['settings', 'settingsVersion'] });
  });
});
