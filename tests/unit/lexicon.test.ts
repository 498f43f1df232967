import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/text/analyze';
import { compileLexicon, inflect, type ListInput, matchLexicon, parseTerm } from '../../src/core/text/lexicon';

function matches(lists: ListInput[], text: string) {
  return matchLexicon(compileLexicon(lists), analyzeText(text)).map((m) => ({
    list: m.list,
    term: m.entry.term,
    text: text.slice(m.start, m.end),
    via: m.via,
  }));
}

const list = (name: string, terms: string[], obfuscatable = false): ListInput => ({
  list: name,
  entries: terms.map((term) => ({ term })),
  obfuscatable,
});

describe('parseTerm', () => {
  it('splits sigil, normalised words and the inflection mark', () => {
    expect(parseTerm('#Employee')).toEqual({ sigil: '#', words: ['employee'], inflected: false });
    expect(parseTerm('Wine o’clock')).toEqual({ sigil: '', words: ['wine', "o'clock"], inflected: false });
    expect(parseTerm('vote*')).toEqual({ sigil: '', words: ['vote'], inflected: true });
  });
});

describe('lexicon matching', () => {
  it('matches phrases word by word, whatever the case, quotes or spacing', () => {
    expect(matches([list('a', ["wine o'clock"])], 'It is Wine  O’clock!')).toEqual([
      { list: 'a', term: "wine o'clock", text: 'Wine  O’clock', via: 'word' },
    ]);
  });

  it("matches a term's possessive at the end of a phrase, unless the list opts out", () => {
    expect(matches([list('a', ['acme corp'])], "Acme Corp's results")).toEqual([
      { list: 'a', term: 'acme corp', text: "Acme Corp's", via: 'word' },
    ]);
    expect(matches([list('a', ['acme corp'])], "Acme's Corp")).toEqual([]);
    const insults: ListInput = { ...list('i', ['loser']), possessive: false };
    expect(matches([insults], "Loser's bracket")).toEqual([]);
    expect(matches([insults], 'what a loser')).toEqual([{ list: 'i', term: 'loser', text: 'loser', via: 'word' }]);
  });

  it('never matches a phrase across a sentence break', () => {
    expect(matches([list('a', ['price target'])], 'Great price. Target audience next.')).toEqual([]);
    expect(matches([list('a', ['price target'])], 'Great price\ntarget')).toEqual([]);
  });

  it('matches English inflections of a starred term, and only of the last word', () => {
    const l = [list('a', ['vote*', 'party*', 'get out the vote*'])];
    expect(matches(l, 'voted, votes, voting, voters').map((m) => m.text)).toEqual([
      'voted',
      'votes',
      'voting',
      'voters',
    ]);
    expect(matches(l, 'two parties').map((m) => m.text)).toEqual(['parties']);
    expect(matches([list('a', ['vote'])], 'voted')).toEqual([]);
    expect(inflect('stop')).toContain('stopped');
  });

  it('requires the sigil of a sigil term, and matches plain terms with or without one', () => {
    const l = [list('a', ['#employee', 'roadrunner'])];
    expect(matches(l, 'employee of the month')).toEqual([]);
    expect(matches(l, 'Proud #employee').map((m) => m.term)).toEqual(['#employee']);
    expect(matches(l, '#Roadrunner rocks').map((m) => m.term)).toEqual(['roadrunner']);
  });

  it('finds leetspeak and masked forms of one-word terms in obfuscatable lists only', () => {
    const l = [list('vulgar', ['shit', 'fuck', 'bullshit'], true), list('plain', ['beer'])];
    expect(matches(l, 'this sh1t, that f**k, such b*llsh*t')).toEqual([
      { list: 'vulgar', term: 'shit', text: 'sh1t', via: 'obfuscated' },
      { list: 'vulgar', term: 'fuck', text: 'f**k', via: 'obfuscated' },
      { list: 'vulgar', term: 'bullshit', text: 'b*llsh*t', via: 'obfuscated' },
    ]);
    expect(matches(l, 'b33r time')).toEqual([]);
  });

  it('matches whole words, never substrings (the Scunthorpe problem)', () => {
    const l = [list('vulgar', ['cunt', 'ass', 'cock', 'shit', 'penis', 'tit'], true)];
    const clean = 'Scunthorpe United, a classic assassin in the cockpit, shiitake with Penistone titles and @ass3ts.';
    expect(matches(l, clean)).toEqual([]);
  });

  it('reports offsets into the original text (emoji, full-width, zero-width before the match)', () => {
    const text = '🎉🎉 ＡＣＭＥ f\u200bo\u200bo';
    const found = matchLexicon(compileLexicon([list('a', ['acme', 'foo'])]), analyzeText(text));
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['ＡＣＭＥ', 'f\u200bo\u200bo']);
  });

  it('returns every list a shared term belongs to', () => {
    expect(matches([list('a', ['beer']), list('b', ['beer'])], 'Beer!').map((m) => m.list)).toEqual(['a', 'b']);
  });
});
