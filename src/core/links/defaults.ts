/** The built-in link data (src/core/data/risky-link/), as the classifier takes it. */

import type { WordListFile } from '../data/lists';
import brands from '../data/risky-link/impersonated-brands.json';
import legitimate from '../data/risky-link/legitimate-lookalikes.json';
import baitWords from '../data/risky-link/phishing-bait-words.json';
import shorteners from '../data/risky-link/shorteners.json';

const terms = (file: WordListFile) => file.entries.map((e) => e.term);

export const BUILTIN_LINK_DATA = {
  impersonatedDomains: terms(brands),
  shorteners: terms(shorteners),
  baitWords: terms(baitWords),
  legitimate: terms(legitimate),
} as const;
