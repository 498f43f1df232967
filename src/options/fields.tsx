/**
 * Form controls for policy values. Each commits on `change` (blur for text), never per key, so a
 * half-typed list is not saved. A locked control is disabled and described by "Set by your
 * organization" so screen readers announce why it cannot be changed.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FieldKind } from './option-fields';

export interface FieldProps<T> {
  id: string;
  label: string;
  value: T;
  locked: boolean;
  description?: string;
  onChange(value: T): void;
}

export const LOCKED_TEXT = 'Set by your organization';

export function LockNote({ id }: { id: string }) {
  return (
    <span id={id} class="locked-note">
      {LOCKED_TEXT}
    </span>
  );
}

function describedBy(id: string, locked: boolean, description?: string): string | undefined {
  const ids = [description ? `${id}-desc` : '', locked ? `${id}-locked` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldFrame(props: {
  id: string;
  label: string;
  locked: boolean;
  description?: string;
  children: ComponentChildren;
}) {
  return (
    <div class="field" data-locked={props.locked ? 'true' : undefined}>
      <label for={props.id}>{props.label}</label>
      {props.description && (
        <p id={`${props.id}-desc`} class="hint">
          {props.description}
        </p>
      )}
      {props.children}
      {props.locked && <LockNote id={`${props.id}-locked`} />}
    </div>
  );
}

export const splitLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A list of words or handles, one per line. */
export function TermsField({ id, label, value, locked, description, onChange }: FieldProps<string[]>) {
  const joined = value.join('\n');
  const [text, setText] = useState(joined);
  useEffect(() => setText(joined), [joined]);
  return (
    <FieldFrame id={id} label={label} locked={locked} description={description ?? 'One per line.'}>
      <textarea
        id={id}
        rows={Math.min(8, Math.max(2, value.length + 1))}
        value={text}
        disabled={locked}
        aria-describedby={describedBy(id, locked, description ?? 'One per line.')}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={(e) => onChange(splitLines(e.currentTarget.value))}
      />
    </FieldFrame>
  );
}

export type Topic = string | { name: string; terms: string[] };

/** custom.topics: names of built-in packs or single terms, plus named lists of terms. */
export function TopicsField({ id, label, value, locked, description, onChange }: FieldProps<Topic[]>) {
  const strings = value.filter((t): t is string => typeof t === 'string');
  const named = value.filter((t): t is { name: string; terms: string[] } => typeof t !== 'string');
  const commit = (nextStrings: string[], nextNamed: typeof named) => onChange([...nextStrings, ...nextNamed]);
  const hint = description ?? 'Built-in topic packs (such as alcohol or gambling) or single terms, one per line.';
  return (
    <fieldset class="topics" data-locked={locked ? 'true' : undefined}>
      <legend>{label}</legend>
      <TermsField
        id={`${id}-terms`}
        label="Topics and terms"
        description={hint}
        value={strings}
        locked={locked}
        onChange={(next) => commit(next, named)}
      />
      {named.map((topic, i) => (
        <fieldset class="named-topic" key={`${i}-${topic.name}`}>
          <legend>{topic.name || `List ${i + 1}`}</legend>
          <TextField
            id={`${id}-named-${i}-name`}
            label="Name"
            value={topic.name}
            locked={locked}
            onChange={(name) =>
              commit(
                strings,
                named.map((t, j) => (j === i ? { ...t, name } : t)),
              )
            }
          />
          <TermsField
            id={`${id}-named-${i}-terms`}
            label="Terms"
            value={topic.terms}
            locked={locked}
            onChange={(terms) =>
              commit(
                strings,
                named.map((t, j) => (j === i ? { ...t, terms } : t)),
              )
            }
          />
          <button
            type="button"
            disabled={locked}
            onClick={() =>
              commit(
                strings,
                named.filter((_, j) => j !== i),
              )
            }
          >
            Remove the list “{topic.name || `List ${i + 1}`}”
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        disabled={locked}
        onClick={() => commit(strings, [...named, { name: `List ${named.length + 1}`, terms: [] }])}
      >
        Add a named list
      </button>
      {locked && <LockNote id={`${id}-locked`} />}
    </fieldset>
  );
}

export function BooleanField({ id, label, value, locked, description, onChange }: FieldProps<boolean>) {
  return (
    <div class="field checkbox" data-locked={locked ? 'true' : undefined}>
      <input
        id={id}
        type="checkbox"
        checked={value}
        disabled={locked}
        aria-describedby={describedBy(id, locked, description)}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {description && (
        <p id={`${id}-desc`} class="hint">
          {description}
        </p>
      )}
      {locked && <LockNote id={`${id}-locked`} />}
    </div>
  );
}

export function TextField(props: FieldProps<string> & { type?: 'text' | 'url' | 'date'; placeholder?: string }) {
  const { id, label, value, locked, description, onChange, type = 'text', placeholder } = props;
  return (
    <FieldFrame id={id} label={label} locked={locked} description={description}>
      <input
        id={id}
        type={type}
        value={value}
        placeholder={placeholder}
        disabled={locked}
        aria-describedby={describedBy(id, locked, description)}
        onChange={(e) => onChange(e.currentTarget.value.trim())}
      />
    </FieldFrame>
  );
}

export function NumberField(props: FieldProps<number | undefined> & { integer: boolean }) {
  const { id, label, value, locked, description, onChange, integer } = props;
  return (
    <FieldFrame id={id} label={label} locked={locked} description={description}>
      <input
        id={id}
        type="number"
        step={integer ? 1 : 'any'}
        value={value ?? ''}
        disabled={locked}
        aria-describedby={describedBy(id, locked, description)}
        onChange={(e) => {
          const n = e.currentTarget.valueAsNumber;
          onChange(Number.isNaN(n) ? undefined : n);
        }}
      />
    </FieldFrame>
  );
}

export function ChoiceField(props: FieldProps<string> & { options: readonly string[] }) {
  const { id, label, value, locked, description, onChange, options } = props;
  return (
    <FieldFrame id={id} label={label} locked={locked} description={description}>
      <select
        id={id}
        value={value}
        disabled={locked}
        aria-describedby={describedBy(id, locked, description)}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Options without a dedicated editor: JSON, committed only when it parses. */
export function JsonField({ id, label, value, locked, description, onChange }: FieldProps<unknown>) {
  const formatted = JSON.stringify(value ?? null, null, 2);
  const [text, setText] = useState(formatted);
  const [error, setError] = useState('');
  useEffect(() => setText(formatted), [formatted]);
  return (
    <FieldFrame id={id} label={`${label} (JSON)`} locked={locked} description={description}>
      <textarea
        id={id}
        rows={4}
        value={text}
        disabled={locked}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, locked, description)}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={(e) => {
          try {
            onChange(JSON.parse(e.currentTarget.value));
            setError('');
          } catch {
            setError('Not valid JSON; not saved.');
          }
        }}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </FieldFrame>
  );
}

/** The editor for one rule option, picked from its schema. */
export function OptionEditor(props: FieldProps<unknown> & { field: FieldKind }) {
  const { field, value, ...rest } = props;
  switch (field.kind) {
    case 'terms':
      return <TermsField {...rest} value={Array.isArray(value) ? value.map(String) : []} />;
    case 'topics':
      return <TopicsField {...rest} value={Array.isArray(value) ? (value as Topic[]) : []} />;
    case 'boolean':
      return <BooleanField {...rest} value={value === true} />;
    case 'number':
      return <NumberField {...rest} integer={field.integer} value={typeof value === 'number' ? value : undefined} />;
    case 'choice':
      return <ChoiceField {...rest} options={field.options} value={String(value ?? '')} />;
    case 'text':
      return <TextField {...rest} value={typeof value === 'string' ? value : ''} />;
    case 'json':
      return <JsonField {...rest} value={value} />;
  }
}
