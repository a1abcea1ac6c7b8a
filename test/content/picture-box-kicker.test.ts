import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { isAdLabel, MEDIA_TEASER_PATTERN } from '../../src/content/boilerplate-vocabulary.js';
import { extractGeneric } from '../../src/content/generic/index.js';
import { normaliseIsoDate } from '../../src/content/metadata/dates.js';
import { stripTitleTail } from '../../src/content/metadata/title.js';

// Invented Indonesian article text.
const PARA = [
  'Pemerintah kota membuka tiga posko pengungsian baru setelah hujan deras mengguyur wilayah pesisir sejak Minggu malam.',
  'Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak lebih dulu, lalu memindahkan barang berharga ke tempat yang lebih tinggi.',
  'Dinas sosial menyiapkan dapur umum yang melayani sekitar lima ratus warga tiga kali sehari sampai air surut.',
];

function extract(body: string, title = 'Posko Pengungsian Dibuka di Pesisir Kota - Berita Contoh'): { text: string; captions: string[] } {
  const html = `<html lang="id"><head><title>${title}</title></head><body>
    <div class="header"><a href="/">Beranda</a> <a href="/regional">Regional</a></div>
    <div class="content">${body}</div></body></html>`;
  const m = extractGeneric(cheerio.load(html), 'https://berita.contoh.co.id/read/2021/09/06/posko');
  return { text: m.blocks.map((b) => b.text).join('\n'), captions: m.captions };
}

const paras = PARA.map((p) => `<p>${p}</p>`).join('');

describe('picture boxes: short text beside an image or in a picture-named wrapper is its caption', () => {
  it('drops a credit glued before a caption in an image box', () => {
    const box = '<div class="photo"><img src="a.jpg"><span>Contoh.com / Nama Fotografer</span> Warga menunggu di posko.</div>';
    const { text, captions } = extract(`<h1>Posko Pengungsian Dibuka di Pesisir Kota</h1>${box}${paras}`);
    for (const p of PARA) expect(text).toContain(p);
    expect(text).not.toContain('Nama Fotografer');
    expect(captions.join(' ')).toContain('Warga menunggu di posko.');
  });

  it('drops a caption span in a picture-named wrapper without an image', () => {
    const box = '<div class="pic_artikel"><span>Petugas membagikan makanan di posko. (Nama Fotografer/contoh)</span></div>';
    const { text } = extract(`<h1>Posko Pengungsian Dibuka di Pesisir Kota</h1><div class="detail_text">${box}${paras}</div>`);
    for (const p of PARA) expect(text).toContain(p);
    expect(text).not.toContain('Petugas membagikan makanan');
  });

  it('keeps short paragraphs of an article whose wrapper is named for an image', () => {
    const short = ['Air mulai surut pada Senin sore.', 'Warga kembali ke rumah masing-masing.'];
    const body = `<div class="detail-img"><h1>Posko Pengungsian Dibuka di Pesisir Kota</h1>${paras}${short.map((s) => `<p>${s}</p>`).join('')}</div>`;
    const { text } = extract(body);
    for (const p of [...PARA, ...short]) expect(text).toContain(p);
  });

  it('keeps a short line of text that sits beside no image', () => {
    const { text } = extract(`<h1>Posko Pengungsian Dibuka di Pesisir Kota</h1>${paras}<div>Air mulai surut pada Senin sore.</div>`);
    expect(text).toContain('Air mulai surut pada Senin sore.');
  });
});

describe('kickers above the headline', () => {
  it('drops a heading and a label over the h1, keeps a heading inside the text', () => {
    const body =
      '<div class="kanal">JAWA TENGAH</div><h2>LAPORAN KHUSUS</h2><h1>Posko Pengungsian Dibuka di Pesisir Kota</h1>' +
      `${paras}<h2>Tanggul laut</h2><p>${PARA[0]} Tanggul laut ditargetkan selesai tahun depan.</p>`;
    const { text } = extract(body);
    expect(text).not.toContain('JAWA TENGAH');
    expect(text).not.toContain('LAPORAN KHUSUS');
    expect(text).toContain('Tanggul laut');
  });
});

describe('video teasers and embed placeholders', () => {
  it.each([
    ['Simak Video "Tanggul Laut Mulai Dibangun"'],
    ['Simak Video "Tanggul Laut Mulai Dibangun" [Gambas:Video Contoh] (abc/def)'],
    ['Video: Tanggul laut mulai dibangun'],
  ])('teaser: %s', (line) => expect(MEDIA_TEASER_PATTERN.test(line)).toBe(true));

  it.each([
    ['Video "Tanggul Laut" itu ditonton jutaan kali setelah diunggah warga pada Senin malam.'],
    ['Simak video berikut untuk mengetahui jalur evakuasi terdekat dari rumah Anda.'],
  ])('not a teaser: %s', (line) => expect(MEDIA_TEASER_PATTERN.test(line)).toBe(false));

  it('bracketed embed tokens are furniture, bracketed prose is not', () => {
    expect(isAdLabel('[Gambas:Video 20detik]')).toBe(true);
    expect(isAdLabel('[Embed: tweet]')).toBe(true);
    expect(isAdLabel('[Warga mengatakan air naik sejak pukul tiga pagi dan belum surut sampai siang hari ini.]')).toBe(false);
  });
});

describe('machine dates written by hand', () => {
  it.each([
    ['2015-06-16T14-05-11Z', '2015-06-16T14:05:11+07:00'],
    ['2015-06-19T03:40:00+07:00Z', '2015-06-19T03:40:00+07:00'],
    ['2015-06-19T03:40:00+0700Z', '2015-06-19T03:40:00+07:00'],
    ['2015-06-19 pukul 12', '2015-06-19T00:00:00+07:00'],
    ['2015-06-19T10:00:00Z', '2015-06-19T10:00:00+00:00'],
    ['19 Jun 2015 | 13:06', '2015-06-19T13:06:00+07:00'],
  ])('%s → %s', (value, iso) => expect(normaliseIsoDate(value, '+07:00')).toBe(iso));
});

describe('titles', () => {
  it('drops a tail naming the site by its brand before the public suffix', () => {
    const ctx = { siteName: null, url: 'https://bola.contoh.com/read/1', suffixes: [] };
    expect(stripTitleTail('Pelatih Mengaku Ditawari Uang Suap - Contoh.com Bola', ctx)).toBe('Pelatih Mengaku Ditawari Uang Suap');
    const co = { siteName: null, url: 'https://dunia.news.contoh.co.id/read/1', suffixes: [] };
    expect(stripTitleTail('Pelatih Mengaku Ditawari Uang Suap | CONTOH', co)).toBe('Pelatih Mengaku Ditawari Uang Suap');
  });

  it('does not take a one-word section h1 inside the title for the headline', () => {
    const html = `<html lang="id"><head><title>Pelatih Mengaku Ditawari Uang Suap - Contoh.com Bola</title></head><body>
      <h1 class="logo">Bola</h1><div class="content"><h2>Pelatih Mengaku Ditawari Uang Suap</h2>${paras}</div></body></html>`;
    const m = extractGeneric(cheerio.load(html), 'https://bola.contoh.com/read/1');
    expect(m.title).not.toBe('Bola');
  });
});
