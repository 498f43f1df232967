/** Settings as policy JSON: export the user's own settings, import a file, reset to defaults. */
import { useState } from 'preact/hooks';
import type { PolicyState } from '../core/policy/state';

interface Props {
  state: PolicyState;
  onImport(json: unknown): Promise<void>;
  onReset(): Promise<void>;
}

function download(name: string, json: unknown): void {
  const blob = new Blob([`${JSON.stringify(json, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ImportExport({ state, onImport, onReset }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [importError, setImportError] = useState('');
  return (
    <section data-section="import-export" aria-labelledby="io-title">
      <h2 id="io-title">Import, export and reset</h2>
      <p class="hint">Files use the policy JSON format that IT and the command line use.</p>
      <div class="row">
        <button type="button" data-action="export" onClick={() => download('preflight-settings.json', state.user)}>
          Export my settings
        </button>
        <button
          type="button"
          data-action="export-effective"
          onClick={() => download('preflight-effective-policy.json', state.policy)}
        >
          Export the effective policy
        </button>
      </div>
      <div class="field">
        <label for="import-file">Import settings from a policy JSON file</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            setImportError('');
            input.value = '';
            let json: unknown;
            try {
              json = JSON.parse(await file.text());
            } catch (err) {
              setImportError(`${file.name} is not valid JSON (${(err as Error).message}); nothing was imported.`);
              return;
            }
            await onImport(json);
          }}
        />
        {importError && (
          <p class="error" role="alert">
            {importError}
          </p>
        )}
      </div>
      {confirming ? (
        <fieldset class="row">
          <legend>Remove all your own settings?</legend>
          <button
            type="button"
            data-action="confirm-reset"
            onClick={async () => {
              setConfirming(false);
              await onReset();
            }}
          >
            Yes, reset to defaults
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </fieldset>
      ) : (
        <button type="button" data-action="reset" onClick={() => setConfirming(true)}>
          Reset to defaults…
        </button>
      )}
    </section>
  );
}
