import * as linkify from 'linkifyjs';
import { describe, expect, it } from 'vitest';
import { type Entity, findEntities, plainSchemeUrl } from '../../src/core/text/entities';

const brief = (text: string) => findEntities(text).map((e: Entity) => [e.type, text.slice(e.start, e.end)]);

describe('findEntities', () => {
  it('finds @mentions, #hashtags and links with their offsets', () => {
    const text = 'Thanks @AcmeCorp for #LaunchDay! Details: https://acme.com/blog.';
    expect(brief(text)).toEqual([
      ['mention', '@AcmeCorp'],
      ['hashtag', '#LaunchDay'],
      ['url', 'https://acme.com/blog'],
    ]);
    const [mention] = findEntities(text);
    expect(mention).toMatchObject({ value: '@AcmeCorp', start: 7, end: 16 });
  });

  it('treats e-mail addresses as e-mail, not as mentions or links', () => {
    expect(brief('Write to ana@acme.com or jobs@acme.io.')).toEqual([
      ['email', 'ana@acme.com'],
      ['email', 'jobs@acme.io'],
    ]);
  });

  it('finds scheme-less links and gives them a scheme in href', () => {
    const found = findEntities('Read acme.com/blog and t.co/abc, then www.example.org.');
    expect(found.map((e) => [e.value, e.href])).toEqual([
      ['acme.com/blog', 'http://acme.com/blog'],
      ['t.co/abc', 'http://t.co/abc'],
      ['www.example.org', 'http://www.example.org'],
    ]);
  });

  it('finds IP-address links linkifyjs misses, but not versions or network ranges', () => {
    expect(brief('see http://[2001:db8::1]/x, 203.0.113.7:8080/login and 198.51.100.2/admin')).toEqual([
      ['url', 'http://[2001:db8::1]/x'],
      ['url', '203.0.113.7:8080/login'],
      ['url', '198.51.100.2/admin'],
    ]);
    expect(brief('v1.2.3.4 on 10.0.0.0/8, DNS 1.1.1.1')).toEqual([]);
  });

  it('finds $cashtags, but not prices or a $ inside a word', () => {
    expect(brief('$ACME and $brk.b up; paid $200, US$5 and $ 3')).toEqual([
      ['cashtag', '$ACME'],
      ['cashtag', '$brk.b'],
    ]);
  });

  it('keeps UTF-16 offsets after emoji and in RTL text', () => {
    const text = '🎉🎉 שלום @ana مرحبا #تقنية';
    const found = findEntities(text);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.value);
    expect(found.map((e) => e.type)).toEqual(['mention', 'hashtag']);
  });

  it('finds nothing in plain prose', () => {
    expect(findEntities('Just words here, no links at all. e.g. this, i.e. that.')).toEqual([]);
  });
});

describe('the plain-URL fast path', () => {
  it('finds exactly what linkifyjs finds, or leaves the chunk to it', () => {
    const bases = [
      'https://www.example.com',
      'http://acme.com',
      'HTTPS://ACME.COM',
      'https://a-b.io:8080',
      'https://x.co',
    ];
    const paths = ['', '/', '/a/b-c_d.html', '/x?utm_source=social&b=2', '/p#frag', '/a.', '/a?', '/a-', '/a=', '/a%'];
    const more = ['/a~', '/a+b', '/a?b=c.', '/wiki/Foo_(bar)', '/é', '/a?b=c&', '/#', '/a/?', '//x', ':99999/a', '..'];
    const tails = ['', '.', ',', '!', '?', ')', '").', ':', ';', '...'];
    let compared = 0;
    for (const base of bases)
      for (const path of [...paths, ...more])
        for (const tail of tails) {
          const chunk = base + path + tail;
          const fast = plainSchemeUrl(chunk);
          if (fast === null) continue;
          const found = linkify.find(chunk).filter((e) => e.type === 'url');
          expect({ chunk, urls: found.map((e) => [e.value, e.start]) }).toEqual({ chunk, urls: [[fast, 0]] });
          compared++;
        }
    expect(compared).toBeGreaterThan(800);
  });
});
