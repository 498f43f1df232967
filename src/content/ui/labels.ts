/** Words shown to people; kept together so they read consistently. */
import type { Finding } from '../../core/types';

export const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  info: 'Note',
  warn: 'Check',
  block: 'Stop',
};

export function summary(findings: Finding[]): string {
  if (findings.length === 0) return 'Preflight: nothing to check in this post.';
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const parts = [
    [count('block'), 'blocking problem'],
    [count('warn'), 'warning'],
    [count('info'), 'note'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, word]) => `${n} ${word}${n === 1 ? '' : 's'}`);
  return `Preflight: ${parts.join(', ')}.`;
}

/** A one-click fix exists where the suggestion is text to add (the disclaimer). */
export function hasFix(f: Finding): boolean {
  return f.rule === 'disclaimer' && !!f.suggestion && !f.inQuoted;
}
