/** The options page: every setting, what IT locked, what was ignored, and a live try-out box. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { deleteAt, getAt, isLocked, leafPaths, setAt } from '../core/policy/paths';
import type { PolicyState } from '../core/policy/state';
import { STORAGE_KEYS } from '../core/policy/storage-keys';
import type { Policy, PolicyError } from '../core/policy/types';
import { validatePolicy } from '../core/policy/validate';
import { RULES } from '../core/rules';
import { onStorageChanged } from '../platform/storage';
import { ImportExport } from './import-export';
import { LinkAccessSection } from './link-access';
import { ManagedProblems, UserProblems } from './problems';
import { CompanySection, GeneralSection, QuietPeriodsSection, RuleSection } from './sections';
import { describeSaveError, fetchPolicyState, resetUserSettings, saveUserSettings, withUserLayer } from './settings';
import { TryPost } from './try-post';

export function OptionsApp() {
  const [state, setState] = useState<PolicyState | null>(null);
  const [loadError, setLoadError] = useState('');
  const [status, setStatus] = useState('');
  const [ignored, setIgnored] = useState<PolicyError[]>([]);

  // Edits can follow each other faster than storage answers. Each edit builds on the latest
  // edit (not on the last render), and a reload is dropped when any save started after it was
  // asked for: its answer may predate that save, and the next edit would then write the older
  // settings back (a lost update). The save's own reload brings the state up to date.
  const latestUser = useRef<Policy | null>(null);
  const pendingSaves = useRef(0);
  const writesStarted = useRef(0);

  const reload = useCallback(async () => {
    const writesBefore = writesStarted.current;
    try {
      const fresh = await fetchPolicyState();
      if (pendingSaves.current > 0 || writesStarted.current !== writesBefore) return;
      latestUser.current = fresh.user;
      setState(fresh);
      setLoadError('');
    } catch (e) {
      setLoadError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    void reload();
    // Managed policy (via the worker's cache) or settings from another window changed.
    return onStorageChanged((changes, area) => {
      const relevant =
        (area === 'sync' && STORAGE_KEYS.settings in changes) ||
        (area === 'local' && STORAGE_KEYS.managedCache in changes);
      if (relevant) void reload();
    });
  }, [reload]);

  const save = useCallback(
    async (user: Policy, done: string) => {
      if (!state) return;
      latestUser.current = user;
      setState(withUserLayer(state, user));
      writesStarted.current++;
      pendingSaves.current++;
      try {
        const { errors } = await saveUserSettings(user, state.locked);
        setIgnored(errors);
        setStatus(errors.length > 0 ? `${done} Some values were not valid and were left out.` : done);
      } catch (e) {
        setStatus(describeSaveError(e));
      } finally {
        pendingSaves.current--;
        if (pendingSaves.current === 0) void reload();
      }
    },
    [state, reload],
  );

  if (!state) {
    return (
      <main>
        <h1>Preflight settings</h1>
        <p role={loadError ? 'alert' : 'status'}>{loadError || 'Loading…'}</p>
      </main>
    );
  }

  const edit = (path: string, value: unknown) => {
    const base = latestUser.current ?? state.user;
    const user = value === undefined ? deleteAt(base, path) : setAt(base, path, value);
    void save(user, 'Saved.');
  };

  return (
    <main>
      <a class="skip" href="#try-title">
        Skip to “Try a post”
      </a>
      <h1>Preflight settings</h1>
      {state.managedPresent && (
        <p class="managed-banner" data-managed="true">
          Some settings are managed by your organization. They are shown with “Set by your organization” and cannot be
          changed here.
        </p>
      )}
      <p class="status" role="status" aria-live="polite" data-status>
        {status}
      </p>
      <ManagedProblems errors={state.managedErrors} />
      <UserProblems errors={[...state.userErrors, ...ignored]} title="Some of your settings were ignored" />
      <GeneralSection state={state} onEdit={edit} />
      <CompanySection state={state} onEdit={edit} />
      <section data-section="rules" aria-labelledby="rules-title">
        <h2 id="rules-title">Checks</h2>
        {RULES.map((rule) => (
          <RuleSection key={rule.id} rule={rule} state={state} onEdit={edit} />
        ))}
      </section>
      <QuietPeriodsSection state={state} onEdit={edit} />
      <LinkAccessSection state={state} onEdit={edit} />
      <TryPost policy={state.policy} />
      <ImportExport
        state={state}
        onImport={async (json) => {
          // Merged over the current settings: a file with only some fields changes only those.
          const { policy: imported, errors } = validatePolicy(json);
          const paths = leafPaths(imported);
          const skipped = paths.filter((p) => isLocked(p, state.locked)).length;
          let user = latestUser.current ?? state.user;
          for (const path of paths) user = setAt(user, path, getAt(imported, path));
          const notes = [
            errors.length > 0 ? 'Imported the valid part of the file.' : 'Imported.',
            skipped > 0 ? `${skipped} value${skipped === 1 ? '' : 's'} set by your organization were skipped.` : '',
          ];
          await save(user, notes.filter(Boolean).join(' '));
          if (errors.length > 0) setIgnored(errors);
        }}
        onReset={async () => {
          try {
            writesStarted.current++;
            await resetUserSettings();
            latestUser.current = null;
            setIgnored([]);
            setStatus('Reset to defaults.');
            await reload();
          } catch (e) {
            setStatus(describeSaveError(e));
          }
        }}
      />
    </main>
  );
}
