/**
 * One valibot schema for the policy JSON (contract 2): the user's settings, IT's managed policy
 * and the CLI's --policy file all pass through it. Rule options come from each rule's own
 * `options` schemas, so a rule's settings are declared once, beside the rule.
 */
import * as v from 'valibot';
import { RULES } from '../rules';
import { LIMITS, severitySchema, termListSchema } from './fields';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isoDate = v.pipe(v.string('expected a date'), v.isoDate('expected a date as YYYY-MM-DD'));

const quietPeriodSchema = v.pipe(
  v.strictObject(
    {
      start: isoDate,
      end: isoDate,
      label: v.optional(v.pipe(v.string('expected a string'), v.maxLength(200, 'expected at most 200 characters'))),
    },
    'expected an object with start and end dates',
  ),
  // Only compared when both are dates: a bad date is reported once, under its own field.
  v.check(
    (p) => !(ISO_DATE.test(p.start) && ISO_DATE.test(p.end)) || p.end >= p.start,
    'expected end on or after start',
  ),
);

const companySchema = v.strictObject(
  {
    names: v.optional(termListSchema()),
    tickers: v.optional(termListSchema()),
    domains: v.optional(termListSchema()),
    products: v.optional(termListSchema()),
    accounts: v.optional(termListSchema()),
  },
  'expected an object',
);

function ruleSettingsSchema(options: Record<string, v.GenericSchema>) {
  const entries: Record<string, v.GenericSchema> = { severity: v.optional(severitySchema) };
  for (const [key, schema] of Object.entries(options)) entries[key] = v.optional(schema);
  return v.strictObject(entries, 'expected an object');
}

const rulesSchema = v.strictObject(
  Object.fromEntries(RULES.map((r) => [r.id, v.optional(ruleSettingsSchema(r.options))])),
  'expected an object',
);

const httpUrl = v.pipe(
  v.string('expected a string'),
  v.maxLength(LIMITS.urlLength, `expected at most ${LIMITS.urlLength} characters`),
  v.url('expected a URL'),
  v.regex(/^https?:\/\//i, 'expected an http or https URL'),
);

/** Link checks in the background (docs/links.md). */
const linksSchema = v.strictObject(
  {
    resolveShortLinks: v.optional(v.boolean('expected true or false')),
    useBrowserHistory: v.optional(v.boolean('expected true or false')),
  },
  'expected an object',
);

export const policySchema = v.strictObject(
  {
    company: v.optional(companySchema),
    rules: v.optional(rulesSchema),
    quietPeriods: v.optional(
      v.pipe(
        v.array(quietPeriodSchema, 'expected a list of quiet periods'),
        v.maxLength(LIMITS.quietPeriods, `expected at most ${LIMITS.quietPeriods} items`),
      ),
    ),
    policyUrl: v.optional(httpUrl),
    failClosed: v.optional(v.boolean('expected true or false')),
    allowPause: v.optional(v.boolean('expected true or false')),
    requireAcknowledgement: v.optional(v.boolean('expected true or false')),
    version: v.optional(v.pipe(v.string('expected a string'), v.maxLength(100, 'expected at most 100 characters'))),
    links: v.optional(linksSchema),
  },
  'expected a policy object',
);
