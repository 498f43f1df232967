/**
 * "Try a post": runs the engine in the page on what the user types, with the effective policy,
 * so users and policy authors see exactly what a post would get. Nothing leaves the page.
 * Findings use `data-finding-rule`, not `data-rule`: that hook names the rule sections (contract 4).
 */
import { useMemo, useState } from 'preact/hooks';
import { checkPost } from '../core/engine';
import type { ResolvedPolicy } from '../core/policy/types';
import { SITES, type Site } from '../core/types';
import { segmentText } from './highlight';

export function TryPost({ policy }: { policy: ResolvedPolicy }) {
  const [text, setText] = useState('');
  const [site, setSite] = useState<Site | ''>('');
  const [account, setAccount] = useState('');
  const findings = useMemo(() => {
    if (!text.trim()) return [];
    try {
      return checkPost(
        { text, ...(site && { site }), ...(account.trim() && { account: { handle: account.trim() } }) },
        policy,
      );
    } catch {
      return [];
    }
  }, [text, site, account, policy]);
  const segments = useMemo(() => segmentText(text, findings), [text, findings]);
  return (
    <section data-section="try" aria-labelledby="try-title">
      <h2 id="try-title">Try a post</h2>
      <p class="hint">Checked on this device with the settings above; nothing is sent anywhere.</p>
      <div class="field">
        <label for="try-text">Post text</label>
        <textarea id="try-text" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      <div class="row">
        <div class="field">
          <label for="try-site">Site</label>
          <select id="try-site" value={site} onChange={(e) => setSite(e.currentTarget.value as Site | '')}>
            <option value="">Any</option>
            {SITES.map((s) => (
              <option key={s} value={s}>
                {s === 'x' ? 'X' : 'LinkedIn'}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="try-account">Posting as</label>
          <input
            id="try-account"
            value={account}
            placeholder="@handle"
            onInput={(e) => setAccount(e.currentTarget.value)}
          />
        </div>
      </div>
      {text.trim() && (
        <div class="try-result" data-try-result>
          <h3 class="visually-hidden">Your post, with findings highlighted</h3>
          <p class="preview">
            {segments.map((s) =>
              s.severity ? (
                <mark key={s.start} data-severity={s.severity} data-rules={s.rules.join(' ')}>
                  {s.text}
                </mark>
              ) : (
                <span key={s.start}>{s.text}</span>
              ),
            )}
          </p>
          <p aria-live="polite" data-finding-count={findings.length}>
            {findings.length === 0
              ? 'No findings: this post would go through.'
              : `${findings.length} finding${findings.length === 1 ? '' : 's'}:`}
          </p>
          {findings.length > 0 && (
            <ul class="findings">
              {findings.map((f, i) => (
                <li key={`${i}-${f.rule}`} data-finding-rule={f.rule} data-severity={f.severity}>
                  <strong class={`sev sev-${f.severity}`}>{f.severity}</strong> <span>{f.message}</span>
                  {f.start !== undefined && f.end !== undefined && <q class="excerpt">{text.slice(f.start, f.end)}</q>}
                  {f.inQuoted && <em> (in the quoted post)</em>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
