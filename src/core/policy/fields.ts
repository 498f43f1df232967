/** Field schemas shared by the policy schema and the rules' own option schemas. */
import * as v from 'valibot';
import { SEVERITIES } from '../types';

/** Bounds that keep a hostile or mistaken policy from freezing the worker. */
export const LIMITS = { listItems: 5000, termLength: 200, urlLength: 2048, quietPeriods: 100 } as const;

export const severitySchema = v.picklist(SEVERITIES, `expected one of ${SEVERITIES.join(', ')}`);

export const termSchema = v.pipe(
  v.string('expected a string'),
  v.trim(),
  v.minLength(1, 'expected a non-empty string'),
  v.maxLength(LIMITS.termLength, `expected at most ${LIMITS.termLength} characters`),
);

export function termListSchema() {
  return v.pipe(
    v.array(termSchema, 'expected a list of strings'),
    v.maxLength(LIMITS.listItems, `expected at most ${LIMITS.listItems} items`),
  );
}
