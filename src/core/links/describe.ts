/**
 * What a link problem means to the author, and what to do instead. Shared by the risky-link rule
 * and the background link service (which describes a shortener's resolved destination).
 */
import type { LinkProblem } from './classify';

const HOW: Record<'confusable' | 'typo' | 'prefix' | 'combo', string> = {
  confusable: 'swaps in look-alike letters',
  typo: 'is one typo away',
  prefix: 'puts that name in front of another site’s address',
  combo: 'only adds words to that name',
};

/** @param shown the link as the author wrote it, shortened for display */
export function describeLinkProblem(shown: string, problem: LinkProblem): string {
  switch (problem.kind) {
    case 'userinfo':
      return `${shown} really leads to ${problem.realHost} — everything before “@” in a link is a disguise (or a password). Share the plain address of the page instead.`;
    case 'ip':
      return `${shown} points at a bare IP address (${problem.host}), so readers cannot tell who runs it — link to the site’s name instead.`;
    case 'lookalike': {
      // Worth saying only when the reader cannot see it in the link itself (punycode).
      const reads = shown.includes(problem.readsAs) ? '' : ` (reads as “${problem.readsAs}”)`;
      return `${shown}${reads} imitates ${problem.imitates} but is a different site — it ${HOW[problem.how]}. Check where it leads; link to ${problem.imitates} itself if that is what you mean.`;
    }
    case 'mixed-script':
      return `${shown} mixes letters from different alphabets (reads as “${problem.readsAs}”), a common disguise — check where it leads and share the real address instead.`;
    case 'punycode':
      return `${shown} is an encoded international address (reads as “${problem.readsAs}”) that readers cannot check — write the readable address, after making sure it is the site you mean.`;
    case 'shortener':
      return `${shown} hides where it leads — share the full link (e.g. after opening it) instead.`;
    case 'http':
      return `${shown} uses plain http://, which is not encrypted and can be tampered with — use the https:// address.`;
  }
}
