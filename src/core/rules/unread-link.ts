/** Links shared unopened: "read before you share". */
import { destinationOf } from '../links/followed';
import { displayLink } from '../links/host';
import { parseLink } from '../links/url';
import { defineRule, type RuleFinding } from './types';
import { notAPage, OpenedPages, pageKey } from './unread-link/same-page';

export default defineRule<object>({
  id: 'unread-link',
  meta: {
    title: 'Links shared unopened',
    description: 'Flags links in the post, or in the post being reposted, that the author has not opened.',
    checksQuoted: true,
  },
  defaults: { severity: 'warn' },
  options: {},
  check({ text, post, company }) {
    let opened: OpenedPages | undefined;
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    // A link written twice is judged once: URL parsing is most of this rule's cost.
    const written = new Set<string>();
    for (const e of text.entities) {
      if (e.type !== 'url' || written.has(e.value)) continue;
      written.add(e.value);
      if (company.isCompanyHost(e.href) || notAPage(e.value)) continue;
      const key = pageKey(e.href);
      opened ??= new OpenedPages(post.openedLinks ?? []);
      if (key === null || opened.has(key) || seen.has(key)) continue;
      seen.add(key);
      // A short link counts as read when its destination was opened (matched on both forms).
      const destination = destinationOf(post, e.href);
      const destinationKey = destination ? pageKey(destination) : null;
      if (destination && (company.isCompanyHost(destination) || (destinationKey && opened.has(destinationKey))))
        continue;
      const leads = destination ? ` (it leads to ${displayLink(destination)})` : '';
      findings.push({
        message: `You have not opened ${e.value}${leads} — open it and read it before you share it.`,
        start: e.start,
        end: e.end,
        // As typed ("example.org/x" opens over https), not linkifyjs's "http://" form.
        link: parseLink(e.value)?.href ?? e.href,
      });
    }
    return findings;
  },
});
