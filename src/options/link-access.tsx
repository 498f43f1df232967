/**
 * "Links" in the options page: the optional permissions behind link checks. Following short
 * links needs host permission for the shortener hosts (asked here, in the click, with the
 * browser's own prompt); counting links opened anywhere needs the "history" permission. IT can
 * turn either off, or approve following, with `links.*` in managed policy (docs/admin.md).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { resolvePermissionRequest } from '../core/links/origins';
import { isLocked } from '../core/policy/paths';
import type { PolicyState } from '../core/policy/state';
import { BooleanField } from './fields';
import type { Edit } from './sections';

type Permissions = typeof import('../platform/permissions');

const HISTORY = { permissions: ['history'] };

export function LinkAccessSection({ state, onEdit }: { state: PolicyState; onEdit: Edit }) {
  const { links } = state.policy;
  // Loaded lazily: the page (and its jsdom tests) must render where no extension API exists.
  const [platform, setPlatform] = useState<Permissions | null>(null);
  const [granted, setGranted] = useState<boolean | null>(null);
  const [historyGranted, setHistoryGranted] = useState(false);
  const [note, setNote] = useState('');
  const requestKey = JSON.stringify(resolvePermissionRequest(state.policy));

  const refresh = useCallback(
    async (p: Permissions) => {
      setGranted(await p.hasPermissions(JSON.parse(requestKey)));
      setHistoryGranted(await p.hasPermissions(HISTORY));
    },
    [requestKey],
  );

  useEffect(() => {
    let stop: () => void = () => undefined;
    import('../platform/permissions').then(
      (p) => {
        setPlatform(p);
        void refresh(p).catch(() => setGranted(false));
        stop = p.onPermissionsChanged(() => void refresh(p).catch(() => undefined));
      },
      () => setNote('Permissions cannot be read on this page.'),
    );
    return () => stop();
  }, [refresh]);

  // Called straight from the click: the browser only shows its prompt inside a user gesture.
  const allow = () => {
    platform?.requestPermissions(JSON.parse(requestKey)).then(
      (ok) => {
        setGranted(ok);
        setNote(ok ? 'Preflight now follows short links.' : 'Not allowed: short links are judged by their text only.');
      },
      (e: unknown) => setNote(`The browser refused: ${e instanceof Error ? e.message : String(e)}`),
    );
  };
  const stopFollowing = () => {
    platform?.removePermissions({ origins: JSON.parse(requestKey).origins }).then(
      () => {
        setGranted(false);
        setNote('Preflight no longer follows short links.');
      },
      () => undefined,
    );
  };
  const setHistory = (on: boolean) => {
    if (!platform) return;
    if (!on) {
      onEdit('links.useBrowserHistory', undefined);
      void platform.removePermissions(HISTORY).catch(() => undefined);
      return;
    }
    platform.requestPermissions(HISTORY).then(
      (ok) => {
        setHistoryGranted(ok);
        if (ok) onEdit('links.useBrowserHistory', true);
      },
      () => undefined,
    );
  };

  const resolveLocked = isLocked('links.resolveShortLinks', state.locked);
  const historyLocked = isLocked('links.useBrowserHistory', state.locked);
  return (
    <section data-section="links" aria-labelledby="links-title">
      <h2 id="links-title">Links</h2>
      <p class="hint">
        Short links (bit.ly, t.co, lnkd.in and the like) hide where they lead. Preflight can follow them to tell you the
        real destination. Only the link itself is contacted, without your cookies — never your post or anything you
        type.
      </p>
      {!links.resolveShortLinks ? (
        <p data-links-status="off">
          {resolveLocked
            ? 'Your organization has turned off following short links.'
            : 'Following short links is turned off.'}
        </p>
      ) : (
        <>
          {resolveLocked && <p>Your organization approves following short links.</p>}
          <p data-links-status={granted ? 'granted' : 'not-granted'}>
            {granted === null
              ? 'Checking…'
              : granted
                ? 'Preflight follows short links to show where they lead.'
                : 'Short links are judged by their text only.'}
          </p>
          {granted === false && (
            <button type="button" data-action="allow-short-links" disabled={!platform} onClick={allow}>
              Allow Preflight to follow short links
            </button>
          )}
          {granted && (
            <button type="button" data-action="stop-short-links" onClick={stopFollowing}>
              Stop following short links
            </button>
          )}
        </>
      )}
      <BooleanField
        id="f-links-useBrowserHistory"
        label="Count links I opened anywhere in this browser as read"
        description="Asks for permission to read your browsing history; it stays on this device."
        value={links.useBrowserHistory && historyGranted}
        locked={historyLocked}
        onChange={setHistory}
      />
      <p class="status" role="status" aria-live="polite">
        {note}
      </p>
    </section>
  );
}
