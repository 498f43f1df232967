/**
 * Splits post text into segments for highlighting findings, so the page renders text as nodes
 * (never as HTML). Overlapping findings are fine: each segment carries every finding covering it
 * and the most severe one's severity.
 */
import type { Finding } from '../core/types';

export interface Segment {
  text: string;
  start: number;
  /** Highest severity among the findings covering this segment, if any. */
  severity?: Finding['severity'];
  rules: Finding['rule'][];
}

const RANK: Record<Finding['severity'], number> = { info: 1, warn: 2, block: 3 };

export function segmentText(text: string, findings: readonly Finding[]): Segment[] {
  const spans = findings.filter(
    (f) => !f.inQuoted && f.start !== undefined && f.end !== undefined && f.end > f.start && f.start < text.length,
  );
  const cuts = new Set([0, text.length]);
  for (const f of spans) {
    cuts.add(Math.max(0, f.start as number));
    cuts.add(Math.min(text.length, f.end as number));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covering = spans.filter((f) => (f.start as number) <= start && (f.end as number) >= end);
    const top = covering.reduce<Finding | undefined>(
      (best, f) => (!best || RANK[f.severity] > RANK[best.severity] ? f : best),
      undefined,
    );
    segments.push({
      text: text.slice(start, end),
      start,
      ...(top && { severity: top.severity }),
      rules: [...new Set(covering.map((f) => f.rule))],
    });
  }
  return segments;
}
