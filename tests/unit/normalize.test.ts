import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/text/analyze';
import { normalizeText, toOriginalRange } from '../../src/core/text/normalize';

/** The original text a normalised word maps back to. */
function originalOf(text: string, word: string): string {
  const a = analyzeText(text);
  const token = a.tokens.find((t) => t.text === word);
  if (!token) throw new Error(`no token "${word}" in ${JSON.stringify(a.tokens.map((t) => t.text))}`);
  const [s, e] = a.toOriginal(token.start, token.end);
  return text.slice(s, e);
}

describe('normalizeText', () => {
  it('lowercases pure ASCII without building an offset map', () => {
    const n = normalizeText('Hello ACME');
    expect(n.norm).toBe('hello acme');
    expect(n.toOrig).toBeNull();
    expect(toOriginalRange(n, 6, 10)).toEqual([6, 10]);
  });

  it('folds compatibility forms (NFKC), diacritics, look-alike letters and curly quotes', () => {
    expect(normalizeText('ＡＣＭＥ').norm).toBe('acme');
    expect(normalizeText('ﬁne').norm).toBe('fine');
    expect(normalizeText('Café Ⅻ').norm).toBe('cafe xii');
    expect(normalizeText('Straße').norm).toBe('strasse');
    expect(normalizeText('Тrump').norm).toBe('trump'); // Cyrillic Т
    expect(normalizeText('don’t').norm).toBe("don't");
    expect(normalizeText('e\u0301').norm).toBe('e');
  });

  it('maps words back through expansions (ligatures, ß, ㎏) to what was typed', () => {
    expect(originalOf('a ﬁne day', 'fine')).toBe('ﬁne');
    expect(originalOf('die Straße hier', 'strasse')).toBe('Straße');
    expect(originalOf('only 5 ㎏ left', 'kg')).toBe('㎏');
    expect(originalOf('Ⅻ apostles', 'xii')).toBe('Ⅻ');
  });

  it('keeps UTF-16 offsets right after surrogate pairs (emoji, astral letters)', () => {
    const text = '😀🎉 ﬁne 𝐀𝐂𝐌𝐄 news';
    expect(originalOf(text, 'fine')).toBe('ﬁne');
    expect(originalOf(text, 'acme')).toBe('𝐀𝐂𝐌𝐄');
    expect(originalOf(text, 'news')).toBe('news');
  });

  it('drops zero-width characters inside words, and the mapping still covers them', () => {
    expect(normalizeText('f\u200bu\u200dck').norm).toBe('fuck');
    expect(originalOf('so f\u200bu\u200dck it', 'fuck')).toBe('f\u200bu\u200dck');
    expect(normalizeText('soft\u00adware').norm).toBe('software');
  });

  it('maps combining marks with the letter they sit on', () => {
    expect(originalOf('cafe\u0301 time', 'cafe')).toBe('cafe\u0301');
    expect(originalOf('time cafe\u0301', 'cafe')).toBe('cafe\u0301');
  });

  it('survives lone surrogates and keeps ranges inside the text', () => {
    const text = 'a\uD800b \uDC00 é';
    const n = normalizeText(text);
    for (let s = 0; s <= n.norm.length; s++) {
      for (let e = s; e <= n.norm.length; e++) {
        const [os, oe] = toOriginalRange(n, s, e);
        expect(0 <= os && os <= oe && oe <= text.length).toBe(true);
      }
    }
  });
});

describe('tokenize: sentence breaks', () => {
  const sentences = (text: string) =>
    analyzeText(text)
      .tokens.map((t) => `${t.breakBefore ? '| ' : ''}${t.text}`)
      .join(' ');

  it('ends a sentence at . ! ? ; and line breaks', () => {
    expect(sentences('We shipped. Then! Why? Yes; ok\nnext')).toBe('we shipped | then | why | yes | ok | next');
  });

  it('does not end one at a title, "vs." or a single letter (initials, U.S., Roe v. Wade)', () => {
    expect(sentences('Sen. Warren met Dr. Lee in the U.S. on Roe v. Wade. Done')).toBe(
      'sen warren met dr lee in the u s on roe v wade | done',
    );
  });

  it('still ends one after "P.S.", which opens a sentence', () => {
    expect(sentences('P.S. see you there')).toBe('p s | see you there');
  });
});

describe('tokenize: emoji end a clause', () => {
  it('breaks at astral emoji and BMP symbols, not at other non-ASCII letters', () => {
    const breaks = (text: string) => analyzeText(text).tokens.map((t) => t.breakBefore);
    expect(breaks('upgraded to Buy 🚀🚀 I work here')).toEqual([false, false, false, true, false, false]);
    expect(breaks('sunny ☀ today')).toEqual([false, true]);
    expect(breaks('café déjà vu')).toEqual([false, false, false]);
  });
});
