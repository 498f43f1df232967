/** Tagging people or companies: every tag notifies someone on the company's behalf. */
import { accountKey } from '../company';
import { termListSchema } from '../policy/fields';
import { defineRule, type RuleFinding } from './types';

/**
 * "@3pm", "@10:30", "@9am-11am": a time written with "@" for "at", not a handle (the sites would
 * link it, but nobody means to notify an account called "3pm").
 */
const TIME_HANDLE = /^@\d{1,2}(?:[:.h]\d{2})?(?:\s?(?:am|pm|h|hrs?))?$/i;
/** A character that glues "@" to the word before it: "name.surname@host", "ana@acme". */
const GLUED = /[\p{L}\p{N}._%+-]/u;

export default defineRule<{ allow: string[] }>({
  id: 'tagging',
  meta: {
    title: 'Tagging people or companies',
    description: 'Flags @mentions and mention entities, except the company’s own accounts and the allow list.',
    checksQuoted: false,
  },
  defaults: { severity: 'info', allow: [] },
  options: { allow: termListSchema() },
  check({ text, post, options, company, policy, inQuoted }) {
    if (inQuoted) return [];
    const allowed = new Set(options.allow.map(accountKey));
    const isAllowed = (handle: string) => allowed.has(accountKey(handle)) || company.isCompanyAccount(handle);
    // A mention entity of the company's own page ("Acme") names it as the editor shows it.
    const ownNames = new Set(policy.company.names.map((n) => n.trim().toLowerCase()));
    const findings: RuleFinding[] = [];
    for (const e of text.entities) {
      if (e.type !== 'mention' || isAllowed(e.value) || TIME_HANDLE.test(e.value)) continue;
      // Part of an address the linker did not recognise ("jo.doe@northwind.example"): the sites
      // only link a handle that starts a word.
      if (e.start > 0 && GLUED.test(text.original[e.start - 1] as string)) continue;
      findings.push({
        message: `Tags ${e.value} — they will be notified. Make sure they agreed to be tagged, or remove the tag.`,
        start: e.start,
        end: e.end,
      });
    }
    for (const m of post.mentions ?? []) {
      const name = m.text.replace(/^@/, '').trim();
      if (!name || isAllowed(name) || (m.id && isAllowed(m.id))) continue;
      if (m.kind !== 'person' && ownNames.has(name.toLowerCase())) continue;
      const at = text.original.indexOf(m.text);
      findings.push({
        message: `Tags ${name} — they will be notified. Make sure they agreed to be tagged, or remove the tag.`,
        ...(at >= 0 ? { start: at, end: at + m.text.length } : {}),
      });
    }
    return findings;
  },
});
