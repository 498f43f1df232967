/**
 * A misspelt brand inside a hyphenated name: "gooogle-workspace.com", "micosoft-teams.net",
 * "paypall-secure.io". The classifier catches a misspelt name alone ("gooogle.com") and a correct
 * name with a lure word ("paypal-login.com"); phishing kits combine the two, and a misspelt
 * brand is the disguise, so no lure word is needed.
 */
import type { LinkProblem, LinkTrust } from '../../links/classify';
import { linkParts } from '../../links/host';
import { oneEditApart } from '../../links/lookalike';
import { displayHost, labelSkeleton } from '../../links/skeleton';

/** As in the classifier: shorter names sit one letter from too many real words. */
const MIN_TYPO_LENGTH = 6;

function misspells(piece: string, brand: string): boolean {
  if (brand.length < MIN_TYPO_LENGTH || piece[0] !== brand[0] || !oneEditApart(piece, brand)) return false;
  // "googled", "amazons" are other words; only a doubled last letter ("paypall") is a typo.
  if (piece.length === brand.length + 1 && piece.startsWith(brand)) return piece.at(-1) === brand.at(-1);
  return true;
}

export function typoInCombo(link: string, trust: LinkTrust): LinkProblem | null {
  const parts = linkParts(link);
  if (!parts || parts.isIp || parts.domain === null) return null;
  const at = parts.writtenLabels.length - parts.suffixLabels - 1;
  const label = parts.writtenLabels[at];
  if (at < 0 || !label?.includes('-')) return null;
  if (trust.lookalikes.legitimate.has(parts.domain)) return null;
  for (const piece of label.split('-')) {
    const skeleton = labelSkeleton(piece);
    if (skeleton.length < MIN_TYPO_LENGTH - 1) continue;
    const brand = trust.lookalikes.all.find((p) => misspells(skeleton, p.skeleton));
    if (brand)
      return {
        kind: 'lookalike',
        imitates: brand.domain,
        how: 'typo',
        readsAs: displayHost(parts.writtenLabels.join('.')),
      };
  }
  return null;
}
