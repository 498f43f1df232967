/**
 * The labelled corpus parses as CLI input and every label is a rule id. Not a quality gate:
 * precision and recall are reported by `npm run eval`, never asserted here.
 */
import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus, loadCorpusPolicy, parseCorpusLine } from '../../scripts/eval/corpus';
import { RULE_IDS } from '../../src/core/types';

describe('labelled corpus', () => {
  const posts = loadCorpus();

  it('parses every line of both splits as a CLI post with labels and a source', () => {
    expect(posts.filter((p) => p.split === 'dev').length).toBeGreaterThan(0);
    expect(posts.filter((p) => p.split === 'holdout').length).toBeGreaterThan(0);
    for (const p of posts) {
      expect(typeof p.parsed.post.text).toBe('string');
      expect(p.source.trim()).not.toBe('');
      for (const label of p.labels) expect(RULE_IDS).toContain(label);
    }
  });

  it('has positives for every rule and clean posts', () => {
    for (const rule of RULE_IDS)
      expect(
        posts.some((p) => p.labels.includes(rule)),
        rule,
      ).toBe(true);
    expect(posts.some((p) => p.labels.length === 0)).toBe(true);
  });

  it('labels image-rights exactly on posts with media attached', () => {
    for (const p of posts) expect((p.parsed.post.media ?? 0) > 0, p.id).toBe(p.labels.includes('image-rights'));
  });

  it('rejects an unknown label and a line without a source', () => {
    expect(() => parseCorpusLine('{"id":"x","text":"hi","labels":["rudeness"],"source":"s"}', 'dev', 1)).toThrow(
      CorpusError,
    );
    expect(() => parseCorpusLine('{"id":"x","text":"hi","labels":[]}', 'dev', 1)).toThrow(/source/);
  });

  it('keeps the shared policy file within the schema, apart from options a rule has not declared yet', () => {
    const { errors } = loadCorpusPolicy();
    // A rule still being written refuses its own options as "unknown field"; anything else is a corpus bug.
    for (const e of errors) expect(`${e.path}: ${e.message}`).toMatch(/^rules\.[a-z-]+\.[A-Za-z]+: unknown field$/);
  });
});
