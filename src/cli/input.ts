/** Validation of the CLI's JSON Lines input (contract 3), with errors that name the field. */
import * as v from 'valibot';
import { MAX_TEXT } from '../core/messages';
import type { Policy } from '../core/policy/types';
import { validatePolicy } from '../core/policy/validate';
import { type MentionEntity, type Post, SITES, SURFACES } from '../core/types';

const mention = v.union(
  [
    v.pipe(v.string(), v.maxLength(500)),
    v.object({
      text: v.pipe(v.string(), v.maxLength(500)),
      id: v.optional(v.string()),
      kind: v.optional(v.picklist(['person', 'company'])),
    }),
  ],
  'expected a name or {"text": …}',
);

const lineSchema = v.object(
  {
    id: v.union([v.string(), v.number()], 'expected a string or number'),
    text: v.pipe(v.string('expected a string'), v.maxLength(MAX_TEXT, `expected at most ${MAX_TEXT} characters`)),
    site: v.optional(v.picklist(SITES, `expected one of ${SITES.join(', ')}`)),
    surface: v.optional(v.picklist(SURFACES, `expected one of ${SURFACES.join(', ')}`)),
    mentions: v.optional(v.array(mention, 'expected a list')),
    media: v.optional(
      v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(0, 'expected 0 or more')),
    ),
    account: v.optional(
      v.object({ handle: v.string('expected a string'), name: v.optional(v.string()) }, 'expected {"handle": …}'),
    ),
    quoted: v.optional(
      v.object(
        { text: v.string('expected a string'), url: v.optional(v.string()), author: v.optional(v.string()) },
        'expected {"text": …}',
      ),
    ),
    openedLinks: v.optional(v.array(v.string('expected a string'), 'expected a list of links')),
    policy: v.optional(v.unknown()),
    now: v.optional(
      v.pipe(
        v.string('expected a date'),
        v.check((s) => !Number.isNaN(Date.parse(s)), 'expected a date such as 2026-12-20'),
      ),
    ),
  },
  'expected a JSON object',
);

export interface ParsedLine {
  id: string | number;
  post: Post;
  policy?: Policy;
  /** The moment to check at (quiet periods); defaults to now. */
  now?: Date;
}

export class InputError extends Error {}

export function parseLine(raw: string, lineNo: number): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new InputError(`line ${lineNo}: not valid JSON (${(e as Error).message})`);
  }
  const result = v.safeParse(lineSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => p.key).join('.') || '(line)';
    throw new InputError(`line ${lineNo}: ${path}: ${issue.message}`);
  }
  const line = result.output;
  let policy: Policy | undefined;
  if (line.policy !== undefined) {
    const checked = validatePolicy(line.policy);
    const first = checked.errors[0];
    if (first) throw new InputError(`line ${lineNo}: policy.${first.path}: ${first.message}`);
    policy = checked.policy;
  }
  const mentions: MentionEntity[] | undefined = line.mentions?.map((m) => (typeof m === 'string' ? { text: m } : m));
  const post: Post = {
    text: line.text,
    ...(line.site && { site: line.site }),
    ...(line.surface && { surface: line.surface }),
    ...(mentions && { mentions }),
    ...(line.media !== undefined && { media: line.media }),
    ...(line.account && { account: line.account }),
    ...(line.quoted && { quoted: line.quoted }),
    ...(line.openedLinks && { openedLinks: line.openedLinks }),
  };
  return { id: line.id, post, ...(policy && { policy }), ...(line.now && { now: new Date(line.now) }) };
}
