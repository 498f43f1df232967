/**
 * Word lists are data (src/core/data/<rule>/<list>.json), one entry per term with a note
 * saying what it is or where it comes from. This is their one shape and loader.
 *
 *   { "description": "…", "source": "…", "entries": [{ "term": "narendra modi", "note": "Prime Minister of India" }] }
 *
 * Terms use the lexicon syntax (src/core/text/lexicon.ts): lowercase, words separated by
 * spaces, optional trailing `*` for inflections, optional leading `#`, `@` or `$`.
 */
import type { TermEntry } from '../text/lexicon';

export interface WordListFile {
  description: string;
  source: string;
  entries: { term: string; note: string }[];
}

export function entriesOf(file: WordListFile): TermEntry[] {
  return file.entries.map(({ term, note }) => ({ term, note }));
}
