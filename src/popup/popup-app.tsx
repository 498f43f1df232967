/**
 * The toolbar popup: is Preflight active on this tab and did it find a composer, what it found
 * in the current draft, whether IT manages it, a one-hour pause (when policy allows), settings.
 * The tab is asked directly (`get-status`): only our content scripts answer, so no "tabs" or
 * "activeTab" permission is needed to tell an X or LinkedIn tab from any other.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TabStatus } from '../core/messages';
import { isPlainObject } from '../core/policy/paths';
import type { PolicyState } from '../core/policy/state';
import { PAUSE_MS, STORAGE_KEYS } from '../core/policy/storage-keys';
import { fetchPolicyState } from '../options/settings';
import { openOptionsPage } from '../platform/runtime';
import { getItems, removeItems, setItems } from '../platform/storage';
import { activeTabId, sendToTab } from '../platform/tabs';

const SITE_NAMES: Record<TabStatus['site'], string> = { x: 'X', linkedin: 'LinkedIn' };

function isTabStatus(x: unknown): x is TabStatus {
  return isPlainObject(x) && x.type === 'status' && typeof x.site === 'string' && Array.isArray(x.findings);
}

async function tabStatus(): Promise<TabStatus | null> {
  const tabId = await activeTabId();
  if (tabId === null) return null;
  try {
    const answer = await sendToTab(tabId, { type: 'get-status' });
    return isTabStatus(answer) ? answer : null;
  } catch {
    // No content script in this tab: not X or LinkedIn (or the page predates the install).
    return null;
  }
}

export function PopupApp({ now = () => Date.now() }: { now?: () => number }) {
  const [status, setStatus] = useState<TabStatus | null | undefined>(undefined);
  const [policy, setPolicy] = useState<PolicyState | null>(null);
  const [pausedUntil, setPausedUntil] = useState(0);

  useEffect(() => {
    void tabStatus().then(setStatus);
    void fetchPolicyState()
      .then(setPolicy)
      .catch(() => setPolicy(null));
    void getItems('local', [STORAGE_KEYS.pausedUntil]).then((items) => {
      const until = items[STORAGE_KEYS.pausedUntil];
      setPausedUntil(typeof until === 'number' ? until : 0);
    });
  }, []);

  const paused = pausedUntil > now();
  const togglePause = async (on: boolean) => {
    if (on) {
      const until = now() + PAUSE_MS;
      await setItems('local', { [STORAGE_KEYS.pausedUntil]: until });
      setPausedUntil(until);
    } else {
      await removeItems('local', [STORAGE_KEYS.pausedUntil]);
      setPausedUntil(0);
    }
  };

  return (
    <main>
      <h1>Preflight</h1>
      <p data-tab-state={status === undefined ? 'loading' : status ? 'active' : 'inactive'} role="status">
        {status === undefined
          ? 'Checking this tab…'
          : status
            ? `Active on ${SITE_NAMES[status.site]}. ${status.composerFound ? 'Watching the post you are writing.' : 'No post being written on this page.'}`
            : 'Not active on this page. Preflight checks posts on X and LinkedIn.'}
      </p>
      {status?.composerFound &&
        (status.findings.length === 0 ? (
          <p data-findings="0">{paused ? 'Checks are paused.' : 'No findings in the current draft.'}</p>
        ) : (
          <section aria-labelledby="findings-title">
            <h2 id="findings-title">In the current draft</h2>
            <ul class="findings" data-findings={status.findings.length}>
              {status.findings.map((f, i) => (
                <li key={`${i}-${f.rule}`} data-rule={f.rule} data-severity={f.severity}>
                  <strong class={`sev sev-${f.severity}`}>{f.severity}</strong> {f.message}
                </li>
              ))}
            </ul>
          </section>
        ))}
      {policy?.managedPresent && (
        <p class="managed" data-managed="true">
          Managed by your organization.
        </p>
      )}
      {policy?.policy.allowPause && (
        <div class="field checkbox">
          <input
            id="pause"
            type="checkbox"
            role="switch"
            checked={paused}
            aria-checked={paused}
            aria-describedby="pause-desc"
            onChange={(e) => void togglePause(e.currentTarget.checked)}
          />
          <label for="pause">Pause checks for an hour</label>
          <span id="pause-desc" class="hint">
            {paused ? `Paused until ${new Date(pausedUntil).toLocaleTimeString([], { timeStyle: 'short' })}.` : ''}
          </span>
        </div>
      )}
      <button type="button" onClick={() => void openOptionsPage()}>
        Settings
      </button>
    </main>
  );
}
