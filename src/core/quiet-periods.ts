/**
 * Earnings quiet periods (policy.quietPeriods): which one, if any, covers a moment, and how to
 * name its end in a message.
 *
 * Dates are whole calendar days, inclusive, compared in UTC. Why UTC: the command line's
 * `--now 2026-12-20` is UTC midnight, and a check must give the same verdict on every machine
 * whatever its time zone; the cost is that a period ends at midnight UTC, not local midnight.
 */
import type { QuietPeriod } from './policy/types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-12-20" for the UTC calendar day of `now`. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The quiet period covering `now`, the one ending last when several overlap. */
export function activeQuietPeriod(periods: readonly QuietPeriod[], now: Date): QuietPeriod | undefined {
  if (Number.isNaN(now.getTime())) return undefined;
  const day = utcDay(now);
  let active: QuietPeriod | undefined;
  // ISO dates compare correctly as strings.
  for (const p of periods) {
    if (p.start <= day && day <= p.end && (!active || p.end > active.end)) active = p;
  }
  return active;
}

/** "29 January", with the year when it is not the year of `now` ("29 January 2027"). */
export function formatDay(isoDate: string, now: Date): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const name = MONTHS[(month ?? 1) - 1] ?? '';
  const sameYear = year === now.getUTCFullYear();
  return sameYear ? `${day} ${name}` : `${day} ${name} ${year}`;
}

/** "the Q4 results quiet period", or "the quiet period" when it has no label. */
export function periodName(period: QuietPeriod): string {
  const label = period.label?.trim();
  if (!label) return 'the quiet period';
  return /quiet period/i.test(label) ? `the ${label}` : `the ${label} quiet period`;
}

/** "during the Q4 results quiet period — remove it or wait until it ends on 29 January". */
export function quietPeriodAdvice(period: QuietPeriod, now: Date): string {
  return `during ${periodName(period)} — remove it or wait until the quiet period ends on ${formatDay(period.end, now)}`;
}
