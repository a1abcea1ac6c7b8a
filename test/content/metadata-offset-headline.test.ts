import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/content/metadata/index.js';

const URL_COM = 'https://www.beritacontoh.com/read/2015/06/19/berita-contoh';
const ID_BODY =
  '<p>Polisi sudah mengumpulkan empat alat bukti dan akan segera menetapkan tersangka dalam kasus ini, kata juru bicara.</p>' +
  '<p>Menurut dia, penyidik juga masih memeriksa saksi yang ada di lokasi pada hari itu dan yang mengenal korban.</p>';
const EN_BODY =
  '<p>The police have gathered four pieces of evidence and will name a suspect in the case soon, a spokesman said.</p>' +
  '<p>He said that investigators were also questioning the witnesses who were at the scene on that day.</p>';
const doc = (htmlAttrs: string, head: string, body: string) =>
  cheerio.load(`<!DOCTYPE html><html${htmlAttrs}><head>${head}</head><body>${body}</body></html>`);

describe('the offset of zone-less times', () => {
  const dated = '<h1>Polda Kumpulkan Alat Bukti</h1><time itemprop="datePublished" datetime="19 Jun 2015 | 13:06">19 Jun 2015 | 13:06</time>';

  it('takes the text language when the page declares English or nothing (theme defaults)', () => {
    expect(readMetadata(doc(' lang="en"', '', dated + ID_BODY), URL_COM, undefined).publishedAt).toBe('2015-06-19T13:06:00+07:00');
    expect(readMetadata(doc('', '', dated + ID_BODY), URL_COM, undefined).publishedAt).toBe('2015-06-19T13:06:00+07:00');
  });

  it('keeps UTC for English text on a page declared English', () => {
    expect(readMetadata(doc(' lang="en"', '', dated + EN_BODY), URL_COM, undefined).publishedAt).toBe('2015-06-19T13:06:00+00:00');
  });

  it('takes a locale meta before the text', () => {
    const head = '<meta property="og:locale" content="vi_VN">';
    expect(readMetadata(doc(' lang="en"', head, dated + EN_BODY), URL_COM, undefined).publishedAt).toBe('2015-06-19T13:06:00+07:00');
    const equiv = '<meta http-equiv="content-language" content="In-Id">';
    expect(readMetadata(doc('', equiv, dated + EN_BODY), URL_COM, undefined).publishedAt).toBe('2015-06-19T13:06:00+07:00');
  });

  it('reads text set with <br> instead of <p>', () => {
    const br = dated + '<div class="text">Polisi sudah mengumpulkan empat alat bukti dan akan segera menetapkan tersangka.<br>Menurut dia, penyidik juga masih memeriksa saksi yang ada di lokasi pada hari itu dan yang mengenal korban.</div>';
    expect(readMetadata(doc(' lang="en"', '', br), URL_COM, undefined).publishedAt).toBe('2015-06-19T13:06:00+07:00');
  });
});

describe('the headline the visible date is looked for around', () => {
  const sidebar = Array.from({ length: 90 }, (_, i) => `<li><a href="/x${i}">Berita lain nomor ${i}</a></li>`).join('');
  const page = (title: string) =>
    doc(
      ' lang="id"',
      `<meta property="og:title" content="${title}">`,
      `<h1 class="logo">Bola</h1><ul>${sidebar}</ul><h2>Supaya Timnya Mengalah, Eks Pelatih Mengaku Ditawari Uang</h2>` +
        `<div class="grey small">Rabu, 17 Juni 2015 | 22:26 WIB</div>${ID_BODY}`,
    );

  it('is the heading that holds the title when the first <h1> is a logo or section', () => {
    const m = readMetadata(page('Supaya Timnya Mengalah, Eks Pelatih Mengaku Ditawari Uang'), URL_COM, undefined);
    expect(m.publishedAt).toBe('2015-06-17T22:26:00+07:00');
  });

  it('stays the first <h1> when no heading holds the title (then the date line is out of reach)', () => {
    const m = readMetadata(page('Judul Lain Sama Sekali Berbeda Dari Halaman'), URL_COM, undefined);
    expect(m.publishedAt).toBe('2015-06-19T00:00:00+07:00');
  });
});
