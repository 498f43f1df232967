/** The inline panel: what Preflight found in the draft, next to the composer. */
import type { Finding } from '../../core/types';
import { hasFix, SEVERITY_LABEL, summary } from './labels';

export interface PanelProps {
  findings: Finding[];
  onFix(finding: Finding): void;
  /** Opens a link the author has not read yet (unread-link); the background counts it as read. */
  onOpenLink?(url: string): void;
}

export function Panel({ findings, onFix, onOpenLink }: PanelProps) {
  return (
    <section class="box panel" aria-label="Preflight">
      <p class="sr" aria-live="polite" aria-atomic="true">
        {summary(findings)}
      </p>
      {findings.length > 0 && (
        <>
          <div class="head" aria-hidden="true">
            Preflight
          </div>
          <ul>
            {findings.map((f, i) => (
              <li key={`${f.rule}-${f.start ?? 'x'}-${i}`} data-rule={f.rule} data-severity={f.severity}>
                <span class="sev">{SEVERITY_LABEL[f.severity]}</span>
                <span class="msg">{f.inQuoted ? `In the post you share: ${f.message}` : f.message}</span>
                {f.suggestion && <p class="suggestion">Suggestion: {f.suggestion}</p>}
                {hasFix(f) && (
                  <button type="button" class="fix" data-action="fix" onClick={() => onFix(f)}>
                    Add “{f.suggestion}”
                  </button>
                )}
                {f.rule === 'unread-link' && f.link && onOpenLink && (
                  <button
                    type="button"
                    class="fix"
                    data-action="open-link"
                    onClick={() => onOpenLink(f.link as string)}
                  >
                    Open link
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
