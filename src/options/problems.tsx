/** Values that were ignored: managed ones for the user to forward to IT, and their own. */
import { useState } from 'preact/hooks';
import type { PolicyError } from '../core/policy/types';
import { formatPolicyErrors } from '../core/policy/validate';

function ErrorList({ errors }: { errors: readonly PolicyError[] }) {
  return (
    <ul class="errors">
      {errors.map((e) => (
        <li key={`${e.path}:${e.message}`} data-path={e.path}>
          <code>{e.path}</code>: {e.message}
        </li>
      ))}
    </ul>
  );
}

export function ManagedProblems({ errors }: { errors: readonly PolicyError[] }) {
  const [copied, setCopied] = useState(false);
  if (errors.length === 0) return null;
  const report = `Preflight ignored these values in the managed policy:\n${formatPolicyErrors(errors)}`;
  return (
    <section class="problems" data-section="managed-errors" aria-labelledby="managed-errors-title" role="alert">
      <h2 id="managed-errors-title">Problems in your organization’s policy</h2>
      <p>
        These values from your organization were ignored; everything else applies. Please forward this list to your IT
        team.
      </p>
      <ErrorList errors={errors} />
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard?.writeText(report).then(() => setCopied(true));
        }}
      >
        Copy the list for IT
      </button>
      {copied && <span aria-live="polite"> Copied.</span>}
    </section>
  );
}

export function UserProblems({ errors, title }: { errors: readonly PolicyError[]; title: string }) {
  if (errors.length === 0) return null;
  return (
    <section class="problems" data-section="user-errors" aria-labelledby="user-errors-title">
      <h2 id="user-errors-title">{title}</h2>
      <ErrorList errors={errors} />
    </section>
  );
}
