import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parseVisibleDate } from '../../src/content/metadata/dates.js';
import { readMetadata } from '../../src/content/metadata/index.js';
import { onVisibleClock } from '../../src/content/metadata/page-offset.js';

const URL = 'https://news.example.com/city/council-vote';
const page = (head: string, body: string) =>
  cheerio.load(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
const published = (head: string, body: string, url = URL) => readMetadata(page(head, body), url, undefined).publishedAt;

describe('a numeric date whose day cannot come first', () => {
  it('reads month first only when the second number cannot be a month', () => {
    expect(parseVisibleDate('Harbor Weekly 9/21/2016', '+00:00')).toBe('2016-09-21T00:00:00+00:00');
    expect(parseVisibleDate('12/16/16 12:21pm', '+00:00')).toBe('2016-12-16T12:21:00+00:00');
    expect(parseVisibleDate('21/9/2016', '+00:00')).toBe('2016-09-21T00:00:00+00:00');
    expect(parseVisibleDate('6/9/2021', '+00:00')).toBe('2021-09-06T00:00:00+00:00');
    expect(parseVisibleDate('13/13/2016', '+00:00')).toBeNull();
  });
});

describe('a UTC machine date beside a visible dateline on the local clock', () => {
  const head = '<meta property="article:published_time" content="2021-03-05T02:40:12Z">';

  it('takes the local day when both clocks tell the same instant', () => {
    const body = '<h1>Council passes the budget</h1><p class="byline">Published March 4, 2021, 9:40 p.m. ET</p>';
    expect(published(head, body)).toBe('2021-03-04T21:40:00-05:00');
  });

  it('keeps the machine date when the visible clock shows another minute or no time', () => {
    const otherMinute = '<h1>Council passes the budget</h1><p class="byline">Published March 4, 2021, 9:15 p.m.</p>';
    expect(published(head, otherMinute)).toBe('2021-03-05T02:40:12+00:00');
    const dayOnly = '<h1>Council passes the budget</h1><p class="byline">March 4, 2021</p>';
    expect(published(head, dayOnly)).toBe('2021-03-05T02:40:12+00:00');
  });

  it('takes a date-only dateline when the machine date is that day\'s local midnight written in UTC', () => {
    const midnight = '<meta property="article:published_time" content="2021-11-04T23:00:00Z">';
    expect(published(midnight, '<h1>Local elections</h1><p class="date">5. November 2021</p>')?.slice(0, 10)).toBe('2021-11-05');
    expect(onVisibleClock('2021-11-04T23:00:00+00:00', '2021-11-05T00:00:00+00:00')).toBe('2021-11-05T00:00:00+01:00');
    expect(onVisibleClock('2021-11-04T23:00:12+00:00', '2021-11-05T00:00:00+00:00')).toBeNull();
    expect(onVisibleClock('2021-11-05T05:00:00+00:00', '2021-11-05T00:00:00+00:00')).toBeNull();
    expect(onVisibleClock('2021-11-04T10:00:00+00:00', '2021-11-05T00:00:00+00:00')).toBeNull();
  });

  it('needs a UTC machine date, a different day and an offset a time zone can have', () => {
    expect(onVisibleClock('2021-03-05T02:40:12+00:00', '2021-03-04T21:40:00+00:00')).toBe('2021-03-04T21:40:00-05:00');
    expect(onVisibleClock('2021-03-04T18:10:00+00:00', '2021-03-04T23:40:00+00:00')).toBeNull();
    expect(onVisibleClock('2021-03-04T20:10:00+00:00', '2021-03-05T01:40:00+00:00')).toBe('2021-03-05T01:40:00+05:30');
    expect(onVisibleClock('2021-03-05T02:40:12+01:00', '2021-03-04T21:40:00+00:00')).toBeNull();
    expect(onVisibleClock('2021-03-06T23:40:00+00:00', '2021-03-05T02:40:00+00:00')).toBeNull();
    expect(onVisibleClock('2021-03-05T02:40:12+00:00', null)).toBeNull();
  });
});

describe('JSON-LD dates of the page node', () => {
  const graph = (nodes: object[]) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes })}</script>`;

  it('reads the WebPage node when no article node gives a date', () => {
    const head = graph([{ '@type': 'WebSite', name: 'Example' }, { '@type': 'WebPage', datePublished: '2018-02-28T15:07:03+00:00' }]);
    expect(published(head, '<h1>Eyelid surgery</h1><p>What it costs.</p>')).toBe('2018-02-28T15:07:03+00:00');
  });

  it('prefers the article node and the meta tags, and never takes a listing page node', () => {
    const both = graph([{ '@type': 'WebPage', datePublished: '2018-02-01T10:00:00+00:00' }, { '@type': 'NewsArticle', datePublished: '2018-02-28T15:07:03+00:00' }]);
    expect(published(both, '<h1>Eyelid surgery</h1>')).toBe('2018-02-28T15:07:03+00:00');
    const metaFirst = `${graph([{ '@type': 'WebPage', datePublished: '2018-02-01T10:00:00+00:00' }])}<meta property="article:published_time" content="2018-02-28T15:07:03+00:00">`;
    expect(published(metaFirst, '<h1>Eyelid surgery</h1>')).toBe('2018-02-28T15:07:03+00:00');
    const listing = graph([{ '@type': 'CollectionPage', datePublished: '2015-01-01T10:00:00+00:00' }]);
    expect(published(listing, '<h1>All our news</h1><p>Latest stories.</p>')).toBeNull();
  });
});

describe('the header of the article, not of the site', () => {
  it('reads the dateline of the blog post whose headline is not the first <h1>', () => {
    const body =
      '<header role="banner"><h1>Jo Writes Code</h1></header>' +
      '<article><header><h1 class="entry-title">Why you should use paths</h1><p class="meta"><time datetime="2018-12-21T14:00:00-08:00">Dec 21st, 2018</time></p></header><p>Text.</p></article>';
    const head = '<meta property="og:title" content="Why you should use paths">';
    expect(published(head, body)?.slice(0, 10)).toBe('2018-12-21');
  });

  it('reads a dateline in a <header> inside the <article> even away from the headline', () => {
    const body =
      '<h1>Les chroniques</h1><article><header class="cartouche"><p class="publication"><time datetime="2019-06-28T13:49:45+02:00">28 juin 2019</time></p></header><p>Texte.</p></article>';
    expect(published('', body)).toBe('2019-06-28T13:49:45+02:00');
  });

  it('still skips the dates of a site header outside any article', () => {
    const body = '<header><span class="date">Monday, 7 March 2022</span></header><h1>Council passes the budget</h1><p>Text.</p>';
    expect(published('', body)).toBeNull();
  });
});
