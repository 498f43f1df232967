/**
 * The submit dialog (DESIGN.md contract 4): a native <dialog> opened with showModal(), so it sits
 * in the top layer above the site (and above a site's own modal dialog), traps focus, and Esc
 * means "Edit". role="alertdialog": it interrupts an action the user started.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../core/types';
import { SEVERITY_LABEL } from './labels';

export type Choice = 'proceed' | 'edit';

export interface SubmitDialogProps {
  findings: Finding[];
  /** A finding is `block`: no way through until the text changes. */
  blocked: boolean;
  /** Shown when the verdict could not be had (failClosed). */
  note?: string;
  onChoice(choice: Choice): void;
}

function useModal(onCancel: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      // showModal: top layer and focus trap; a bare `open` only where it is missing (jsdom).
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    const cancel = (e: Event) => {
      e.preventDefault();
      onCancel();
    };
    dialog?.addEventListener('cancel', cancel);
    return () => dialog?.removeEventListener('cancel', cancel);
  }, [onCancel]);
  return ref;
}

export function SubmitDialog({ findings, blocked, note, onChoice }: SubmitDialogProps) {
  const ref = useModal(() => onChoice('edit'));
  return (
    <dialog ref={ref} role="alertdialog" aria-labelledby="pf-title" aria-describedby="pf-desc" class="box">
      <div class="dlg">
        <h2 id="pf-title">{blocked ? 'This post can’t be shared yet' : 'Check this post before it goes out'}</h2>
        <p id="pf-desc">
          {blocked
            ? 'Your company’s policy stops this post. Change the text, then post again.'
            : 'Preflight found something your company’s policy asks you to look at again.'}
        </p>
        <ul>
          {findings.map((f, i) => (
            <li key={`${f.rule}-${i}`} data-rule={f.rule} data-severity={f.severity}>
              <span class="sev">{SEVERITY_LABEL[f.severity]}</span>
              <span class="msg">{f.inQuoted ? `In the post you share: ${f.message}` : f.message}</span>
              {f.suggestion && <p class="suggestion">Suggestion: {f.suggestion}</p>}
            </li>
          ))}
        </ul>
        {note && <p class="note">{note}</p>}
        <div class="actions">
          <button
            type="button"
            data-action="edit"
            class={blocked ? 'primary' : ''}
            autofocus
            onClick={() => onChoice('edit')}
          >
            Edit post
          </button>
          {!blocked && (
            <button type="button" data-action="proceed" class="primary" onClick={() => onChoice('proceed')}>
              Post anyway
            </button>
          )}
        </div>
      </div>
    </dialog>
  );
}

export interface AcknowledgeDialogProps {
  policyUrl: string;
  onChoice(read: boolean): void;
}

/** requireAcknowledgement: the company policy link, once per policy version, before posting. */
export function AcknowledgeDialog({ policyUrl, onChoice }: AcknowledgeDialogProps) {
  const ref = useModal(() => onChoice(false));
  return (
    <dialog ref={ref} role="alertdialog" aria-labelledby="pf-ack-title" aria-describedby="pf-ack-desc" class="box">
      <div class="dlg" data-preflight-step="acknowledge">
        <h2 id="pf-ack-title">Before your first post</h2>
        <p id="pf-ack-desc">
          Please read your company’s{' '}
          <a href={policyUrl} target="_blank" rel="noopener noreferrer">
            social media policy
          </a>
          .
        </p>
        <div class="actions">
          <button type="button" data-action="edit" onClick={() => onChoice(false)}>
            Not now
          </button>
          <button type="button" data-action="acknowledge" class="primary" autofocus onClick={() => onChoice(true)}>
            I have read it
          </button>
        </div>
      </div>
    </dialog>
  );
}
