/** Internal or leaked material: "internal memo", "the reorg deck just leaked", "quoting the CEO's email". */
import leadershipFile from '../../data/confidential/leadership-meetings.json';
import leakDocumentsFile from '../../data/confidential/leak-documents.json';
import type { LexiconMatch } from '../../text/lexicon';
import { TokenPhrases } from '../../token-phrases';
import { generic, protective } from './markers';
import type { Scan } from './scan';

/** After "NDA": the material it covers ("the NDA version of the deck", "NDA slides"). */
const NDA_MATERIAL = new Set([
  'version',
  'copy',
  'draft',
  'build',
  'deck',
  'slides',
  'doc',
  'docs',
  'roadmap',
  'info',
  'material',
  'materials',
  'preview',
  'details',
  'numbers',
]);
/** Read only after "internal"/"leaked", "overheard", a company subject, or a layoff verb. */
const LEAK_DOCUMENTS = TokenPhrases.of(leakDocumentsFile);
const LEADERSHIP = TokenPhrases.of(leadershipFile);
/** What a screenshot shows when it is a product shot, not a leak. */
const NOT_SCREENSHOT_LEAK = new Set(['dashboard', 'video', 'audio', 'report', 'recording', 'plan', 'plans']);
/** Before "the reorg deck just leaked": the thing is at hand. */
const DEFINITE = new Set(['the', 'our', 'this', 'that', 'these', 'my', 'their']);
/** Between a document and "leaked": "the deck just leaked", "the memo has leaked". */
const LEAK_AUX = new Set(['just', 'has', 'have', 'got', 'was', 'were', 'been', 'already', 'finally']);
/** A leader's own words: "the CEO's email", "my boss's memo". */
export const LEADER_POSSESSIVE = new Set(
  [
    'ceo',
    'cfo',
    'coo',
    'cto',
    'cmo',
    'cpo',
    'boss',
    'manager',
    'founder',
    'founders',
    'leadership',
    'hr',
    'exec',
    'president',
    'chairman',
    'chair',
  ].map((w) => `${w}'s`),
);
const LEADER_DOCUMENTS = new Set(['email', 'memo', 'note', 'message', 'slack', 'letter', 'deck', 'slides', 'dm']);
/** Before "the CEO's email": it is being passed on ("quoting from", "forwarding", "per"). */
const PASSING_ON = new Set([
  'quoting',
  'quote',
  'quoted',
  'from',
  'per',
  'forwarding',
  'forwarded',
  'pasting',
  'pasted',
  'sharing',
  'leaked',
  'screenshot',
  'screenshotted',
  'according',
]);

/** "internal memo", "the leaked Slack screenshot", "overheard in the exec meeting". */
export function leaks(scan: Scan): void {
  for (const m of scan.ctx.matches('leak-cues')) {
    const cue = m.entry.term;
    if (cue === 'nda') {
      ndaMaterial(scan, m);
      continue;
    }
    const span = cue === 'overheard' ? 6 : 3;
    const nouns = cue === 'overheard' ? LEADERSHIP : LEAK_DOCUMENTS;
    for (let k = m.lastToken + 1; k <= m.lastToken + span && scan.continues(k); k++) {
      const end = nouns.endAt(scan.tokens, k);
      if (end < 0) continue;
      // "a screenshot of our new dashboard" is a product shot.
      if (cue.startsWith('screenshot') && NOT_SCREENSHOT_LEAK.has(scan.tok(end))) break;
      // "a screenshot of the email template we use": a how-to, not someone's message.
      if (scan.continues(end + 1) && /^templates?$/.test(scan.tok(end + 1))) break;
      // "internal tools", "internal mobility" never get here; "our internal report found…" is a leak only when shared.
      if (cue === 'internal' && protective(scan, m.firstToken)) break;
      if (generic(scan, m.firstToken, end)) break;
      const [s, e] = scan.range(m.firstToken, end);
      scan.addRange(
        `“${scan.ctx.text.original.slice(s, e)}” is internal or leaked material — it is not for publication; remove it.`,
        s,
        e,
      );
      break;
    }
  }
}

/** "the reorg deck just leaked": the document first, then the verb. */
export function leakedDocuments(scan: Scan): void {
  for (const m of scan.ctx.matches('leak-cues')) {
    if (m.entry.term !== 'leaked') continue;
    let k = m.firstToken - 1;
    while (k > m.firstToken - 3 && LEAK_AUX.has(scan.tok(k)) && scan.continues(k + 1)) k--;
    for (let start = k; start >= k - 2 && start >= 1 && scan.continues(start + 1); start--) {
      if (LEAK_DOCUMENTS.endAt(scan.tokens, start) !== k) continue;
      let det = start - 1;
      if (!DEFINITE.has(scan.tok(det)) && scan.continues(det + 1)) det--;
      if (!DEFINITE.has(scan.tok(det)) || !scan.continues(det + 1)) continue;
      const [s, e] = scan.range(det, m.lastToken);
      scan.addRange(
        `“${scan.ctx.text.original.slice(s, e)}” is leaked material — it is not for publication; remove it.`,
        s,
        e,
      );
      break;
    }
  }
}

/** "quoting from the CEO's email", "forwarding my boss's memo": a leader's internal words passed on. */
export function leaderDocuments(scan: Scan): void {
  scan.near('leader-possessive', 0, 0, 1, scan.tokens.length - 1, (i) => {
    if (!LEADER_POSSESSIVE.has(scan.tok(i)) || !scan.continues(i + 1)) return;
    const doc = LEADER_DOCUMENTS.has(scan.tok(i + 1)) ? i + 1 : -1;
    if (doc < 0) return;
    let from = -1;
    for (let k = i - 1; k >= i - 3 && k >= 0 && scan.continues(k + 1); k--) if (PASSING_ON.has(scan.tok(k))) from = k;
    if (from < 0) return;
    const [s, e] = scan.range(from, doc);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” passes on internal communication — it is not for publication; remove it.`,
      s,
      e,
    );
  });
}

/** "the NDA version of the deck", "NDA slides" (not "sign an NDA before the demo"). */
function ndaMaterial(scan: Scan, m: LexiconMatch): void {
  for (let k = m.lastToken + 1; k <= m.lastToken + 2 && scan.continues(k); k++) {
    if (!NDA_MATERIAL.has(scan.tok(k))) continue;
    const [s, e] = scan.range(m.firstToken, k);
    scan.addRange(
      `“${scan.ctx.text.original.slice(s, e)}” is material under NDA — it is not for publication; remove it.`,
      s,
      e,
    );
    return;
  }
}
