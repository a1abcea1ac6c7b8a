import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { dateFromUrlPath, parseVisibleDate } from '../../src/content/metadata/dates.js';
import { readMetadata } from '../../src/content/metadata/index.js';
import { inPageOffset, statedPageOffset } from '../../src/content/metadata/page-offset.js';

const URL = 'https://news.example.com/local/arrest-made';
const page = (head: string, body: string) =>
  cheerio.load(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`);

describe('a UTC machine date read in the offset the page states', () => {
  const head = '<meta property="article:published_time" content="2023-11-09T02:11:03+00:00">';

  it('gives the local day when the page writes its own dates with an offset', () => {
    const body = '<h1>Two people stabbed</h1><time datetime="2023-11-08T21:11:03-05:00">November 8, 2023</time>';
    expect(readMetadata(page(head, body), URL, undefined).publishedAt).toBe('2023-11-08T21:11:03-05:00');
  });

  it('keeps UTC when the page states no other offset', () => {
    const body = '<h1>Two people stabbed</h1><p>Police are investigating.</p>';
    expect(readMetadata(page(head, body), URL, undefined).publishedAt).toBe('2023-11-09T02:11:03+00:00');
  });

  it('never moves a date written with its own offset or without a time', () => {
    expect(inPageOffset('2023-11-09T02:11:03+01:00', '2023-11-09T02:11:03+01:00', () => '-05:00')).toBe('2023-11-09T02:11:03+01:00');
    expect(inPageOffset('2023-11-09', '2023-11-09T00:00:00+00:00', () => '-05:00')).toBe('2023-11-09T00:00:00+00:00');
    expect(inPageOffset('2020-08-25T00:23:33.312Z', '2020-08-25T00:23:33+00:00', () => '-04:00')).toBe('2020-08-24T20:23:33-04:00');
  });

  it('takes the most frequent non-zero offset, and none on a tie', () => {
    expect(statedPageOffset(['"a":"2023-11-08T22:28:35-05:00","b":"2023-11-09T03:28:35Z"', '2023-11-08T22:55:28-0500'])).toBe('-05:00');
    expect(statedPageOffset(['2023-11-08T22:28:35-05:00 2023-06-08T22:28:35-04:00'])).toBeUndefined();
    expect(statedPageOffset(['2023-11-09T03:28:35+00:00'])).toBeUndefined();
  });
});

describe('visible and URL dates of pages in other languages', () => {
  it('reads a day written as an ordinal and German or French month names', () => {
    expect(parseVisibleDate('24. April 2020 | Pressemitteilungen', '+00:00')).toBe('2020-04-24T00:00:00+00:00');
    expect(parseVisibleDate('30. Juni 2022', '+00:00')).toBe('2022-06-30T00:00:00+00:00');
    expect(parseVisibleDate('jeudi 27 juin 2019, par loldf', '+00:00')).toBe('2019-06-27T00:00:00+00:00');
    expect(parseVisibleDate('Le 3 août 2015', '+00:00')).toBe('2015-08-03T00:00:00+00:00');
  });

  it('reads a year-month folder followed by a day folder', () => {
    expect(dateFromUrlPath('http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm', '+08:00')).toBe('2020-02-19T00:00:00+08:00');
    expect(dateFromUrlPath('https://example.com/archive/2020-02/c_1125597921.htm', '+00:00')).toBeNull();
  });

  it('reads the day of a time stamp closing the slug', () => {
    const stamped = 'https://dantri.com.vn/kinh-doanh/gia-vang-giam-20221224012650880.htm';
    expect(dateFromUrlPath(stamped, '+07:00')).toBe('2022-12-24T00:00:00+07:00');
    // An article number that is no time stamp (hour 31) gives nothing.
    expect(dateFromUrlPath('https://example.vn/tin-tuc/bai-viet-20221224316650880.htm', '+07:00')).toBeNull();
  });
});

describe('a page with only a <title>', () => {
  it("takes the <h1> that is the title's first part, before site and section names", () => {
    const head = '<title>Faire Lieferketten - Evangelisches Jugendwerk in Württemberg (ejw) - EJW</title>';
    const body = '<h1></h1><h1>Faire Lieferketten</h1><p>Text.</p>';
    expect(readMetadata(page(head, body), 'https://www.jugendwerk.example/aktuell/news/x', undefined).title).toBe('Faire Lieferketten');
  });

  it('keeps the <title> when no heading is its first part, or when og:title is there', () => {
    const head = '<title>Faire Lieferketten im Handel</title>';
    expect(readMetadata(page(head, '<h1>Faire Lieferketten</h1>'), URL, undefined).title).toBe('Faire Lieferketten im Handel');
    const og = '<meta property="og:title" content="Lieferketten fair gestalten"><title>Faire Lieferketten - EJW</title>';
    expect(readMetadata(page(og, '<h1>Faire Lieferketten</h1>'), URL, undefined).title).toBe('Lieferketten fair gestalten');
  });
});

describe('a visible date that only dates a revision', () => {
  it('gives no date rather than the update day', () => {
    const body = '<h1>Einen Twitterfeed in das Blog einbinden</h1><p><em>Aktualisiert am 19.02.2020</em></p><p>Text.</p>';
    expect(readMetadata(page('', body), URL, undefined).publishedAt).toBeNull();
  });

  it('still reads a publication line below the headline', () => {
    const body = '<h1>Einen Twitterfeed in das Blog einbinden</h1><p><em>26.09.2019</em></p><p>Text.</p>';
    expect(readMetadata(page('', body), URL, undefined).publishedAt).toBe('2019-09-26T00:00:00+00:00');
  });
});
