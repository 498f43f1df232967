/**
 * Every word list under src/core/data/ (DESIGN.md: "word lists are data … compiled and checked"):
 * the one file shape, a note on every entry, terms already in normalised form, no duplicates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTerm } from '../../src/core/text/lexicon';
import { normalizeText } from '../../src/core/text/normalize';

const DATA = join(import.meta.dirname, '..', '..', 'src', 'core', 'data');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? jsonFiles(join(dir, d.name)) : d.name.endsWith('.json') ? [join(dir, d.name)] : [],
  );
}

/** Problems with one list file, as readable lines (empty when the file is clean). */
function listProblems(json: unknown): string[] {
  const problems: string[] = [];
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return ['not a JSON object'];
  const file = json as Record<string, unknown>;
  for (const key of Object.keys(file))
    if (!['description', 'source', 'entries'].includes(key)) problems.push(`unknown field "${key}"`);
  for (const key of ['description', 'source'])
    if (typeof file[key] !== 'string' || (file[key] as string).trim() === '') problems.push(`${key}: expected text`);
  if (!Array.isArray(file.entries) || file.entries.length === 0)
    return [...problems, 'entries: expected a non-empty list'];
  const seen = new Map<string, string>();
  for (const [i, entry] of (file.entries as unknown[]).entries()) {
    const at = `entries[${i}]`;
    if (entry === null || typeof entry !== 'object') {
      problems.push(`${at}: expected {term, note}`);
      continue;
    }
    const { term, note, ...rest } = entry as Record<string, unknown>;
    for (const key of Object.keys(rest)) problems.push(`${at}: unknown field "${key}"`);
    if (typeof note !== 'string' || note.trim() === '') problems.push(`${at} (${String(term)}): missing note`);
    if (typeof term !== 'string' || term.trim() === '') {
      problems.push(`${at}: missing term`);
      continue;
    }
    // Already normalised: trimmed, single spaces, and unchanged by the text normaliser (case, NFKC,
    // confusables, curly quotes), so the term means what it says when compiled.
    if (term !== term.trim() || /\s{2,}/.test(term)) problems.push(`${at} "${term}": stray whitespace`);
    const normalised = normalizeText(term).norm;
    if (normalised !== term) problems.push(`${at} "${term}": not normalised (expected "${normalised}")`);
    const parsed = parseTerm(term);
    if (parsed.words.length === 0) {
      problems.push(`${at} "${term}": no words`);
      continue;
    }
    const key = `${parsed.sigil}${parsed.words.join(' ')}${parsed.inflected ? '*' : ''}`;
    const first = seen.get(key);
    if (first !== undefined) problems.push(`${at} "${term}": duplicates ${first}`);
    else seen.set(key, `${at} "${term}"`);
  }
  return problems;
}

const FILES = jsonFiles(DATA);

describe('word lists (src/core/data/**/*.json)', () => {
  it('exist', () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  it.each(FILES.map((f) => [relative(DATA, f), f]))('%s is a clean list', (_name, file) => {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(listProblems(json)).toEqual([]);
  });

  it('the checker itself catches each kind of problem', () => {
    const bad = {
      description: 'd',
      source: 's',
      extra: 1,
      entries: [
        { term: 'Vote', note: 'capitalised' },
        { term: 'wine o’clock', note: 'curly quote' },
        { term: 'ballot', note: '' },
        { term: 'ballot', note: 'duplicate' },
        { term: ' spaced ', note: 'padded' },
        { term: '***', note: 'no words' },
        { term: 'fine', note: 'ok', data: 1 },
      ],
    };
    const problems = listProblems(bad).join('\n');
    for (const expected of [
      'unknown field "extra"',
      '"Vote": not normalised',
      '"wine o’clock": not normalised',
      '(ballot): missing note',
      '"ballot": duplicates entries[2]',
      '" spaced ": stray whitespace',
      '"***": no words',
      'unknown field "data"',
    ])
      expect(problems).toContain(expected);
    expect(listProblems({ description: 'd', source: 's', entries: [{ term: 'paypal.com', note: 'ok' }] })).toEqual([]);
  });
});
