import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { isAdLabel, isCaptionText, isChromeLine, isCounterLine } from '../../src/content/boilerplate-vocabulary.js';
import { cleanPage } from '../../src/content/clean-page.js';
import { extractGeneric } from '../../src/content/generic/index.js';
import { dateFromUrlPath } from '../../src/content/metadata/dates.js';
import { isTitleSegment, withoutSectionParts } from '../../src/content/metadata/title.js';

const PARA = [
  'Pemerintah Provinsi Jawa Barat menyalurkan 1,2 juta dosis vaksin ke 27 kabupaten dan kota pada pekan ini, kata juru bicara dinas kesehatan.',
  'Kepala Dinas Kesehatan mengatakan distribusi dilakukan bertahap agar tidak ada vaksin yang terbuang, dan setiap daerah menerima jatah sesuai jumlah penduduk.',
  'Vaksinasi massal akan dilanjutkan bulan depan dengan sasaran warga lanjut usia serta tenaga pendidik di seluruh wilayah provinsi tersebut.',
];

describe('leak classes: lines that are never article text', () => {
  it.each([
    ['KOMPAS.COM/NAMA ORANG'],
    ['ANTARA FOTO/Aditya Pradana Putra'],
    ['Dok. Humas Pemkot Bekasi'],
    ['(Dok. Istimewa)'],
    ['Warga antre vaksin di Puskesmas Cempaka Putih(Dok.Humas )'],
    ['Warga antre vaksin di Puskesmas Cempaka Putih (KOMPAS.com/Nama Orang)'],
    ['Francesco Carta Fotografo | Moment | Getty Images'],
    ['A man walks past a store. (AP Photo/Jane Doe)'],
  ])('credit or caption: %s', (line) => expect(isCaptionText(line)).toBe(true));

  it.each([
    ['Kamis, 5 November 2015 14:56 WIB | 1.229 Views'],
    ['1.229 Views'],
    ['Dibaca 1.229 kali'],
    ['Rating ( voters)'],
    ['Vote Photo'],
    ['Redaksi: Budi Santoso'],
    ['Jane Doe · Daily News · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8'],
    ['14 hours ago'],
    ['Last updated at 00:11am on 14th January 2008'],
  ])('chrome: %s', (line) => expect(isChromeLine(line)).toBe(true));

  it('labels of ads and counters', () => {
    expect(isAdLabel('Advertisement 2')).toBe(true);
    expect(isAdLabel('Story continues below advertisement')).toBe(true);
    expect(isAdLabel('Iklan')).toBe(true);
    expect(isCounterLine('1,2K lượt xem')).toBe(true);
    expect(isAdLabel('Copyright © 2023 The Daily Example, LLC.')).toBe(true);
  });

  it.each([
    ['Dokter mengatakan pasien sudah membaik.'],
    ['Jane Doe said the vaccine arrived on Monday.'],
    ['Sebanyak 1.229 warga sudah divaksin pada Kamis, 5 November 2015.'],
    ['Advertisement spending rose 5 percent last year, the agency said.'],
    ['Reuters reported the deal on Monday.'],
  ])('keeps a sentence: %s', (line) => {
    expect(isCaptionText(line)).toBe(false);
    expect(isChromeLine(line)).toBe(false);
    expect(isAdLabel(line)).toBe(false);
  });

  it('drops the dateline, counter, rating widget, credit and "more photos" block of a photo page, keeps the text', () => {
    const html = `<html lang="id"><head><title>Vaksin tiba di Jawa Barat - Regional - Berita</title></head><body>
      <div class="content"><h1>Vaksin tiba di Jawa Barat</h1>
      <div class="meta"><span>Kamis, 5 November 2015 14:56 WIB | 1.229 Views</span></div>
      <div class="foto"><img src="a.jpg"><p>KOMPAS.COM/NAMA ORANG</p></div>
      ${PARA.map((p) => `<p>${p}</p>`).join('')}
      <div class="rating"><p>Rating ( voters)</p><p>Vote Photo</p></div>
      <p>Redaksi: Budi Santoso</p>
      <div class="more"><h3>More Photos</h3><p>Antrean vaksin di Bandung pada pagi hari</p><p>Petugas menyiapkan vaksin di gudang</p></div>
      </div></body></html>`;
    const m = extractGeneric(cheerio.load(html), 'https://berita.example.id/foto/2015/11/05/vaksin');
    const text = m.blocks.map((b) => b.text).join('\n');
    for (const p of PARA) expect(text).toContain(p);
    for (const leak of ['Views', 'WIB', 'KOMPAS.COM', 'Rating', 'Vote Photo', 'Redaksi', 'More Photos', 'Antrean vaksin di Bandung']) {
      expect(text).not.toContain(leak);
    }
    expect(m.captions).toContain('KOMPAS.COM/NAMA ORANG');
  });
});

describe('metadata', () => {
  it('reads the date of a URL path only after the page, at midnight in the offset', () => {
    expect(dateFromUrlPath('https://x.example.id/read/2015/11/04/123/judul', '+07:00')).toBe('2015-11-04T00:00:00+07:00');
    expect(dateFromUrlPath('https://x.example.id/read/20151104/123/judul', '+07:00')).toBe('2015-11-04T00:00:00+07:00');
    expect(dateFromUrlPath('https://x.example.com/news/123456789/story', '+00:00')).toBeNull();
    expect(dateFromUrlPath('https://x.example.com/2015/13/40/story', '+00:00')).toBeNull();
  });

  it('takes no section name for a title', () => {
    expect(isTitleSegment('Regional', 'Banjir rendam ratusan rumah di Bekasi - Regional - Berita')).toBe(true);
    expect(isTitleSegment('Banjir rendam ratusan rumah di Bekasi', 'Banjir rendam ratusan rumah di Bekasi - Regional')).toBe(false);
    expect(withoutSectionParts('Regional - Banjir rendam ratusan rumah di Bekasi', ['Regional'])).toBe('Banjir rendam ratusan rumah di Bekasi');
  });

  it('names the site by the canonical host when the page came from a file, and uses the URL date last', () => {
    const html = `<html lang="id"><head><title>Banjir rendam ratusan rumah di Bekasi - Regional</title>
      <link rel="canonical" href="https://www.berita.example.id/regional/2015/11/04/banjir-bekasi"></head>
      <body><article><h1>Regional</h1><h2>Banjir rendam ratusan rumah di Bekasi</h2>${PARA.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const page = cleanPage(html, 'file:///data/0001.html');
    expect(page.site).toBe('berita.example.id');
    expect(page.publishedAt).toBe('2015-11-04T00:00:00+07:00');
    expect(page.title).toBe('Banjir rendam ratusan rumah di Bekasi');
    expect(page.text.startsWith('Banjir rendam ratusan rumah di Bekasi\n\nPemerintah')).toBe(true);
  });
});
