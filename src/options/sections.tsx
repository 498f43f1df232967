/** The policy sections of the options page: rules, company, quiet periods, general. */

import { getAt, hasLockWithin, isLocked } from '../core/policy/paths';
import type { PolicyState } from '../core/policy/state';
import type { QuietPeriod } from '../core/policy/types';
import type { AnyRule } from '../core/rules/types';
import { SEVERITIES } from '../core/types';
import { BooleanField, ChoiceField, LOCKED_TEXT, OptionEditor, TermsField, TextField } from './fields';
import { optionFields } from './option-fields';

/** Sets one dotted path of the user's layer. */
export type Edit = (path: string, value: unknown) => void;

interface SectionProps {
  state: PolicyState;
  onEdit: Edit;
}

const idFor = (path: string) => `f-${path.replace(/[^\w-]/g, '-')}`;

export function RuleSection({ rule, state, onEdit }: SectionProps & { rule: AnyRule }) {
  const base = `rules.${rule.id}`;
  const locked = (path: string) => isLocked(path, state.locked);
  const anyLocked = hasLockWithin(base, state.locked);
  const settings = (getAt(state.policy, base) ?? {}) as Record<string, unknown>;
  const headingId = `${idFor(base)}-title`;
  return (
    <section
      class="rule"
      data-rule={rule.id}
      data-locked={anyLocked ? 'true' : 'false'}
      data-severity={String(settings.severity)}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        {rule.meta.title}
        {anyLocked && <span class="badge">{LOCKED_TEXT}</span>}
      </h3>
      <p class="hint">{rule.meta.description}</p>
      <ChoiceField
        id={idFor(`${base}.severity`)}
        label="Severity"
        description="off: not checked · info: shown only · warn: asks before posting · block: stops the post"
        options={SEVERITIES}
        value={String(settings.severity)}
        locked={locked(`${base}.severity`)}
        onChange={(v) => onEdit(`${base}.severity`, v)}
      />
      {optionFields(rule.options).map((option) => {
        const path = `${base}.${option.key}`;
        return (
          <OptionEditor
            key={option.key}
            id={idFor(path)}
            label={option.label}
            {...(option.description && { description: option.description })}
            field={option.field}
            value={settings[option.key]}
            locked={locked(path)}
            onChange={(v) => onEdit(path, v)}
          />
        );
      })}
    </section>
  );
}

const COMPANY_FIELDS = [
  ['names', 'Company names', 'How people write the company’s name.'],
  ['tickers', 'Stock tickers', 'Without the $, e.g. ACME.'],
  ['domains', 'Web domains', 'e.g. acme.com.'],
  ['products', 'Products and brands', 'Mentions count as talking about the company.'],
  ['accounts', 'Company accounts', 'Accounts run for the company, e.g. @AcmeCorp or linkedin.com/company/acme.'],
] as const;

export function CompanySection({ state, onEdit }: SectionProps) {
  return (
    <section data-section="company" aria-labelledby="company-title">
      <h2 id="company-title">Company</h2>
      {COMPANY_FIELDS.map(([key, label, description]) => {
        const path = `company.${key}`;
        return (
          <TermsField
            key={key}
            id={idFor(path)}
            label={label}
            description={`${description} One per line.`}
            value={state.policy.company[key]}
            locked={isLocked(path, state.locked)}
            onChange={(v) => onEdit(path, v)}
          />
        );
      })}
    </section>
  );
}

export function QuietPeriodsSection({ state, onEdit }: SectionProps) {
  const periods = state.policy.quietPeriods;
  const locked = isLocked('quietPeriods', state.locked);
  const update = (next: QuietPeriod[]) => onEdit('quietPeriods', next);
  const change = (i: number, patch: Partial<QuietPeriod>) =>
    update(periods.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <section data-section="quiet-periods" aria-labelledby="quiet-title" data-locked={locked ? 'true' : 'false'}>
      <h2 id="quiet-title">Quiet periods</h2>
      <p class="hint">
        Before results are published, talk of the company’s results or share price is flagged and analyst findings stop
        the post.
      </p>
      {periods.length === 0 && <p>No quiet periods.</p>}
      {periods.map((p, i) => (
        <fieldset class="quiet-period" key={`${i}`}>
          <legend>{p.label || `Quiet period ${i + 1}`}</legend>
          <TextField
            id={`quiet-${i}-start`}
            type="date"
            label="First day"
            value={p.start}
            locked={locked}
            onChange={(start) => change(i, { start })}
          />
          <TextField
            id={`quiet-${i}-end`}
            type="date"
            label="Last day"
            value={p.end}
            locked={locked}
            onChange={(end) => change(i, { end })}
          />
          <TextField
            id={`quiet-${i}-label`}
            label="Label"
            value={p.label ?? ''}
            locked={locked}
            onChange={(label) => change(i, label ? { label } : { label: undefined })}
          />
          <button type="button" disabled={locked} onClick={() => update(periods.filter((_, j) => j !== i))}>
            Remove {p.label || `quiet period ${i + 1}`}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        disabled={locked}
        onClick={() => {
          const today = new Date().toISOString().slice(0, 10);
          update([...periods, { start: today, end: today }]);
        }}
      >
        Add a quiet period
      </button>
      {locked && <span class="locked-note">{LOCKED_TEXT}</span>}
    </section>
  );
}

export function GeneralSection({ state, onEdit }: SectionProps) {
  const { policy } = state;
  const locked = (path: string) => isLocked(path, state.locked);
  return (
    <section data-section="general" aria-labelledby="general-title">
      <h2 id="general-title">Company policy</h2>
      <TextField
        id="f-policyUrl"
        type="url"
        label="Link to the social media policy"
        placeholder="https://intranet.example.com/social-media-policy"
        value={policy.policyUrl ?? ''}
        locked={locked('policyUrl')}
        onChange={(v) => onEdit('policyUrl', v || undefined)}
      />
      {policy.policyUrl && (
        <p>
          <a href={policy.policyUrl} target="_blank" rel="noreferrer noopener">
            Read the social media policy
          </a>
        </p>
      )}
      <BooleanField
        id="f-requireAcknowledgement"
        label="Ask to read the policy before the first post"
        value={policy.requireAcknowledgement}
        locked={locked('requireAcknowledgement')}
        onChange={(v) => onEdit('requireAcknowledgement', v)}
      />
      <TextField
        id="f-version"
        label="Policy version"
        description="When it changes, people are asked to read the policy again."
        value={policy.version ?? ''}
        locked={locked('version')}
        onChange={(v) => onEdit('version', v || undefined)}
      />
      <BooleanField
        id="f-allowPause"
        label="Allow pausing checks for an hour"
        value={policy.allowPause}
        locked={locked('allowPause')}
        onChange={(v) => onEdit('allowPause', v)}
      />
      <BooleanField
        id="f-failClosed"
        label="Stop posting when no check result arrives in time"
        value={policy.failClosed}
        locked={locked('failClosed')}
        onChange={(v) => onEdit('failClosed', v)}
      />
    </section>
  );
}
