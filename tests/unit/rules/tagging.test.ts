import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import type { Policy } from '../../../src/core/policy/types';
import type { Post } from '../../../src/core/types';

const ACME: Policy = {
  company: { names: ['Acme'], domains: ['acme.com'], accounts: ['@AcmeCorp', 'linkedin.com/company/acme'] },
  rules: { tagging: { allow: ['@PartnerCo'] } },
};

function tags(post: Post, policy: Policy = ACME) {
  return checkPost(post, resolvePolicy([{ source: 'file', policy }]).policy).filter((f) => f.rule === 'tagging');
}
const spans = (post: Post, policy?: Policy) => tags(post, policy).map((f) => [f.start, f.end, f.message]);

/** [text, every tagged handle as written] */
const MUST_FIRE: [string, string[]][] = [
  ['Great panel with @janedoe today!', ['@janedoe']],
  ['Thanks @jane_doe and @Bob99 for the demo.', ['@jane_doe', '@Bob99']],
  ['cc @elonmusk', ['@elonmusk']],
  ['Congrats @Globex on the launch 🎉', ['@Globex']],
  ['(@ana) joined us', ['@ana']],
];

const MUST_NOT_FIRE: string[] = [
  '',
  'We are hiring engineers in Berlin and Lisbon. Apply on our careers page.',
  'Follow @AcmeCorp for product news.',
  'Co-hosted with @PartnerCo — see you there!',
  'Questions? Write to ana@acme.com or press@example.org.',
  'Meet us at booth 12 @ 3pm.',
  'Price is $20 @ retail; 100% of proceeds go to charity.',
  '#TeamAcme is growing!',
  'Swing by the booth @3pm for the demo',
  'Kickoff @10am, lunch @12:30, drinks @ 6',
  'Slides: write to jo.doe@northwind.example',
];

describe('tagging', () => {
  it.each(MUST_FIRE)('fires on %j', (text, handles) => {
    const findings = tags({ text });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(handles);
    for (const f of findings) {
      expect(f.severity).toBe('info');
      expect(f.message).toMatch(
        /^Tags @\w+ — they will be notified\. Make sure they agreed to be tagged, or remove the tag\.$/,
      );
    }
  });

  it.each(MUST_NOT_FIRE)('stays quiet on %j', (text) => {
    expect(tags({ text })).toEqual([]);
  });

  it('points at the handle with exact offsets', () => {
    expect(spans({ text: 'Hi @ana and @bob' }).map(([s, e]) => [s, e])).toEqual([
      [3, 7],
      [12, 16],
    ]);
  });

  it('flags LinkedIn mention entities (no "@") with their place in the text', () => {
    const text = 'Thrilled to work with Jane Doe and Acme on this.';
    const findings = tags({
      text,
      site: 'linkedin',
      mentions: [
        { text: 'Jane Doe', kind: 'person' },
        { text: 'Acme', id: 'linkedin.com/company/acme', kind: 'company' },
      ],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ start: 22, end: 30 });
    expect(findings[0]?.message).toContain('Tags Jane Doe');
  });

  it('still reports a mention entity that is not in the text, without offsets', () => {
    const [f] = tags({ text: 'Great event!', mentions: [{ text: 'Sam Lee' }] });
    expect(f?.message).toContain('Tags Sam Lee');
    expect(f?.start).toBeUndefined();
  });

  it('compares handles case-insensitively and in URL form', () => {
    expect(tags({ text: 'Follow @acmecorp and @partnerco' })).toEqual([]);
    expect(tags({ text: 'x', mentions: [{ text: 'Acme', id: 'https://www.linkedin.com/company/acme/' }] })).toEqual([]);
  });

  it('does not read the quoted post: its tags were made by someone else', () => {
    expect(tags({ text: 'Worth reading', surface: 'quote', quoted: { text: 'Thanks @janedoe!' } })).toEqual([]);
  });

  it('follows the configured severity', () => {
    expect(tags({ text: 'Hi @ana' }, { rules: { tagging: { severity: 'warn' } } })[0]?.severity).toBe('warn');
    expect(tags({ text: 'Hi @ana' }, { rules: { tagging: { severity: 'off' } } })).toEqual([]);
  });

  it('does not count the company’s own page, named as a company mention without an id', () => {
    const text = 'Thank you Acme for the warm welcome!';
    expect(tags({ text, site: 'linkedin', mentions: [{ text: 'Acme', kind: 'company' }] })).toEqual([]);
    // A person who shares the company's name is still a person.
    expect(tags({ text, site: 'linkedin', mentions: [{ text: 'Acme', kind: 'person' }] })).toHaveLength(1);
  });

  it('still flags a handle that only starts with digits', () => {
    expect(tags({ text: 'Thanks @3pmstudio for the photos' }).map((f) => f.start)).toEqual([7]);
  });
});
