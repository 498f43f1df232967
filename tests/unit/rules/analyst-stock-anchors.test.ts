/**
 * The rule finds its detectors' anchors from the lexicon pass and skips parsing links that can
 * lead nowhere it lists. These pin what those shortcuts must not lose: links written in every
 * form the URL parser accepts, and anchors at the edges of a post.
 */
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../src/core/engine';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import { ACME, INSIDE, OUTSIDE } from './analyst-stock-support';

const policy = resolvePolicy([{ source: 'file', policy: ACME }]).policy;

const flagged = (text: string, now = OUTSIDE) =>
  checkPost({ text }, policy, { now })
    .filter((f) => f.rule === 'analyst-stock')
    .map((f) => text.slice(f.start, f.end));

describe('analyst-stock: links the parser reads like listed sites', () => {
  it.each([
    'https://SeekingAlpha.com/article/1',
    'https://seekingalpha.com:443/article/1',
    'https://ſeekingalpha.com/article/1',
    'https://news.seekingalpha.com./x',
    'https://user@seekingalpha.com/x',
    'seekingalpha.com/article/1',
  ])('flags %s', (link) => {
    expect(flagged(`Read ${link}`)).toEqual([link]);
  });

  it.each([
    'https://www.example.org/acme-price-target-raised',
    'https://www.example.org/Quote/ACME',
    'HTTPS://WWW.EXAMPLE.ORG/QUOTE/ACME',
  ])('flags the analyst path %s', (link) => {
    expect(flagged(`See ${link}`)).toEqual([link]);
  });

  it.each([
    'https://www.example.org/blog/quotes-we-love',
    'https://www.example.org/customers/fresh-fields?utm_source=social',
    'https://blog.example.net/talks/routing-at-scale',
  ])('leaves %s alone', (link) => {
    expect(flagged(`See ${link}`)).toEqual([]);
  });
});

describe('analyst-stock: anchors anywhere in the post', () => {
  it.each([
    ['stock up 5% today', ['stock up']],
    ["We're up 40% YTD", ["We're up 40"]],
    ['Selling my RSUs today', ['Selling my RSUs']],
    ['bought the dip', ['bought the dip']],
    ['Acme at 12x sales', ['12x sales']],
    ['Acme yields 3.2%', ['Acme yields 3.2']],
    ['My Acme position is huge', ['My Acme position']],
    ['down 9% AH', ['down 9% AH']],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  it.each([
    ['What a quarter!', ['What a quarter']],
    ['The numbers will speak for themselves', ['numbers will']],
    ['Q4 was great', ['Q4 was']],
  ])('in a quiet period: %s', (text, expected) => {
    expect(flagged(text, INSIDE)).toEqual(expected);
    expect(flagged(text, OUTSIDE)).toEqual([]);
  });
});
