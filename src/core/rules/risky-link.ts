/**
 * Links that hide or disguise where they lead: shorteners, bare IP addresses, look-alike or
 * encoded domains, "user@host" tricks, plain http://. Judged offline from the link text; the
 * company's own domains are trusted. The classifier lives in src/core/links/ so the background
 * can judge a shortener's resolved destination the same way.
 */
import { classifyLink, compileLinkTrust, type LinkTrust } from '../links/classify';
import { BUILTIN_LINK_DATA } from '../links/defaults';
import { describeLinkProblem } from '../links/describe';
import { describeFollowedShortLink, followedLink } from '../links/followed';
import { displayLink } from '../links/host';
import { termListSchema } from '../policy/fields';
import type { ResolvedPolicy } from '../policy/types';
import { defineRule, type RuleFinding } from './types';

export interface Options {
  /** Extra domains whose links are never flagged (besides company.domains). */
  trusted: string[];
  /** Extra domains whose look-alikes are flagged (besides company.domains and the built-in brands). */
  protect: string[];
  /** Extra URL shortener hosts (e.g. a vendor's branded short domain). */
  shorteners: string[];
}

/** One compiled trust per options object: the engine keeps that object for as long as the policy. */
const trustByOptions = new WeakMap<Options, LinkTrust>();

/** Also used by the background link service to tell which links are short links to follow. */
export function trustFor(options: Options, policy: ResolvedPolicy): LinkTrust {
  let trust = trustByOptions.get(options);
  if (!trust) {
    const company = policy.company.domains;
    trust = compileLinkTrust({
      trusted: [...company, ...options.trusted],
      protectedDomains: [...company, ...options.protect, ...BUILTIN_LINK_DATA.impersonatedDomains],
      shorteners: [...BUILTIN_LINK_DATA.shorteners, ...options.shorteners],
      baitWords: BUILTIN_LINK_DATA.baitWords,
      legitimate: BUILTIN_LINK_DATA.legitimate,
    });
    trustByOptions.set(options, trust);
  }
  return trust;
}

export default defineRule<Options>({
  id: 'risky-link',
  meta: {
    title: 'Links that hide where they lead',
    description:
      'Flags shortened links, bare IP addresses, look-alike or encoded domains, “user@host” tricks and plain http:// links; the company’s own domains are trusted.',
    checksQuoted: true,
  },
  defaults: { severity: 'warn', trusted: [], protect: [], shorteners: [] },
  options: { trusted: termListSchema(), protect: termListSchema(), shorteners: termListSchema() },
  check({ text, options, policy, inQuoted, post }) {
    const findings: RuleFinding[] = [];
    let trust: LinkTrust | undefined;
    const seen = new Set<string>();
    for (const e of text.entities) {
      if (e.type !== 'url') continue;
      if (seen.has(e.value)) continue;
      seen.add(e.value);
      trust ??= trustFor(options, policy);
      const problem = classifyLink(e.value, trust)[0];
      if (!problem) continue;
      // A short link the background followed is described by where it really leads.
      const followed = problem.kind === 'shortener' ? followedLink(post, e.href) : undefined;
      const shown = displayLink(e.value);
      const message =
        (followed && describeFollowedShortLink(shown, followed, trust)) ?? describeLinkProblem(shown, problem);
      findings.push({
        message: inQuoted ? `In the post you are sharing: ${message}` : message,
        start: e.start,
        end: e.end,
      });
    }
    return findings;
  },
});
