/**
 * The confidential rule skips a check unless cheap evidence says it could fire (a cue word in the
 * lexicon pass, a "://" before an "@", digits in a row). These posts sit at the edges of that
 * evidence: the cue late in a long post, several cues, separators between digits, links before
 * the one with a login, emoji that share a surrogate with others.
 */
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Post } from '../../../src/core/types';

const POLICY: Policy = {
  company: { names: ['Acme'], domains: ['acme.com'], accounts: ['@AcmeCorp'] },
  rules: { confidential: {} },
};
const resolved = resolvePolicy([{ source: 'file', policy: POLICY }]).policy;

const flagged = (text: string) =>
  checkPost({ text, site: 'x', account: { handle: '@someone' } } as Post, resolved)
    .filter((f) => f.rule === 'confidential')
    .map((f) => text.slice(f.start, f.end));

/** Ordinary sentences with links, numbers and emoji, so the cue is far from the start. */
const FILLER =
  'Thanks to everyone who joined our webinar this week 🎉 Slides: https://blog.example.net/talks/routing. ' +
  'Our team answered 12,000 tickets last month, up 18% — proud of you all. '.repeat(6);

const MUST_FIRE: [string, string[]][] = [
  [`${FILLER}About 80 roles affected in the reorg.`, ['80 roles affected']],
  [`${FILLER}HR is firing half the team on Friday`, ['HR is firing half']],
  [`${FILLER}Can't say who yet, but it's a big one.`, ["Can't say who yet"]],
  [`${FILLER}Forwarding my boss’s memo about the reorg`, ['Forwarding my boss’s memo']],
  [`${FILLER}We're planning to close 40 stores next year.`, ['close 40 stores']],
  [
    "We'll be profitable by Q3. And Acme is going to break even next year.",
    ["We'll be profitable", 'Acme is going to break even'],
  ],
  ['Call me on (415) 555-0199 after 6', ['(415) 555-0199']],
  ['Card for the vendor: 4111-1111-1111-1111', ['4111-1111-1111-1111']],
  [
    'Docs at https://example.com/setup and the db is postgres://admin:Hunter2!@10.0.4.12/prod',
    ['postgres://admin:Hunter2!@'],
  ],
  ['New pricing goes live May 2 🤐 🎉', ['🤐']],
];

describe('confidential: cheap gates keep every finding', () => {
  // Named by the part after the filler.
  it.each(MUST_FIRE.map(([text, expected]) => [text.replace(FILLER, '… '), text, expected] as const))(
    '%s',
    (_name, text, expected) => {
      expect(flagged(text)).toEqual(expected);
    },
  );

  it('finds nothing in the filler alone', () => {
    expect(flagged(FILLER)).toEqual([]);
  });
});
