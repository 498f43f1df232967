/** Exceptions to a word list ("joint venture" for "joint"), checked per match. */
import type { LexiconMatch } from './lexicon';

/** Whether a match lies on words an exception covers; linear in words, not matches × exceptions. */
export function coveredBy(exceptions: readonly LexiconMatch[], tokenCount: number): (m: LexiconMatch) => boolean {
  if (exceptions.length === 0) return () => false;
  const covered = new Uint8Array(tokenCount);
  for (const x of exceptions) covered.fill(1, x.firstToken, x.lastToken + 1);
  return (m) => {
    for (let i = m.firstToken; i <= m.lastToken; i++) if (covered[i] !== 1) return false;
    return true;
  };
}
