/** Tagging people or companies: every tag notifies someone on the company's behalf. */
import { accountKey } from '../company';
import { termListSchema } from '../policy/fields';
import { defineRule, type RuleFinding } from './types';

export default defineRule<{ allow: string[] }>({
  id: 'tagging',
  meta: {
    title: 'Tagging people or companies',
    description: 'Flags @mentions and mention entities, except the company’s own accounts and the allow list.',
    checksQuoted: false,
  },
  defaults: { severity: 'info', allow: [] },
  options: { allow: termListSchema() },
  check({ text, post, options, company, inQuoted }) {
    if (inQuoted) return [];
    const allowed = new Set(options.allow.map(accountKey));
    const isAllowed = (handle: string) => allowed.has(accountKey(handle)) || company.isCompanyAccount(handle);
    const findings: RuleFinding[] = [];
    for (const e of text.entities) {
      if (e.type !== 'mention' || isAllowed(e.value)) continue;
      findings.push({
        message: `Tags ${e.value} — they will be notified. Make sure they agreed to be tagged, or remove the tag.`,
        start: e.start,
        end: e.end,
      });
    }
    for (const m of post.mentions ?? []) {
      const name = m.text.replace(/^@/, '').trim();
      if (!name || isAllowed(name) || (m.id && isAllowed(m.id))) continue;
      const at = text.original.indexOf(m.text);
      findings.push({
        message: `Tags ${name} — they will be notified. Make sure they agreed to be tagged, or remove the tag.`,
        ...(at >= 0 ? { start: at, end: at + m.text.length } : {}),
      });
    }
    return findings;
  },
});
