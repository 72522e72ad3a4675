import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom';
import { findHtmlDate } from './htmlDate';

const page = (head: string, body = '') =>
  parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

describe('findHtmlDate', () => {
  it('reads article:published_time, keeping the publisher’s calendar day', () => {
    const doc = page('<meta property="article:published_time" content="2022-04-22T23:30:00-04:00">');
    expect(findHtmlDate(doc)).toEqual({ date: '2022-04-22', detail: 'article:published_time' });
  });

  it('ranks article:published_time above JSON-LD and JSON-LD above other metas', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-04-21"}</script>';
    const dc = '<meta name="DC.date.issued" content="2022-04-20">';
    const og = '<meta property="article:published_time" content="2022-04-22">';
    expect(findHtmlDate(page(og + ld + dc))?.detail).toBe('article:published_time');
    expect(findHtmlDate(page(dc + ld))).toEqual({ date: '2022-04-21', detail: 'JSON-LD datePublished' });
    expect(findHtmlDate(page(dc))).toEqual({ date: '2022-04-20', detail: 'DC.date.issued' });
  });

  it('finds datePublished of the article inside a JSON-LD @graph array', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Le Journal' },
        [
          {
            '@type': ['NewsArticle'],
            datePublished: '2022-04-22T10:15:00+02:00',
            dateModified: '2022-04-23',
          },
        ],
      ],
    });
    const doc = page(`<script type="application/ld+json">${ld}</script>`);
    expect(findHtmlDate(doc)).toEqual({ date: '2022-04-22', detail: 'JSON-LD datePublished' });
  });

  it('survives a broken JSON-LD block', () => {
    const doc = page(
      '<script type="application/ld+json">{oops</script><meta name="date" content="2022-04-22">',
    );
    expect(findHtmlDate(doc)).toEqual({ date: '2022-04-22', detail: 'date' });
  });

  it.each([
    ['og:published_time', '2022-04-22'],
    ['dc.date', '2022-04-22'],
    ['DC.date.issued', '2022/04/22'],
    ['date', 'April 22, 2022'],
    ['pubdate', '20220422'],
    ['publish-date', '22 avril 2022'],
  ])('reads the %s meta (%s)', (key, value) => {
    const attr = key.startsWith('og:') ? 'property' : 'name';
    expect(findHtmlDate(page(`<meta ${attr}="${key}" content="${value}">`))).toEqual({
      date: '2022-04-22',
      detail: key,
    });
  });

  it('reads <time pubdate>, else the first <time datetime> of the <article>', () => {
    const aside = '<aside><time datetime="2021-01-01">old</time></aside>';
    const pubdate =
      '<article><time datetime="2022-04-21">x</time><time pubdate datetime="2022-04-22">y</time></article>';
    expect(findHtmlDate(page('', aside + pubdate))).toEqual({ date: '2022-04-22', detail: '<time pubdate>' });
    expect(
      findHtmlDate(page('', aside + '<article><p><time datetime="2022-04-22T10:15">x</time></p></article>')),
    ).toEqual({ date: '2022-04-22', detail: '<time datetime> in <article>' });
  });

  it('ignores modification dates and unreadable values', () => {
    const doc = page(
      '<meta property="article:modified_time" content="2022-04-23"><meta name="date" content="sometime">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2022-04-23"}</script>',
      '<time datetime="2022-04-23">outside any article</time>',
    );
    expect(findHtmlDate(doc)).toBeNull();
  });
});
