import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../src/content/generic/index.js';

// Invented Indonesian article text.
const PARA = [
  'Pemerintah kota membuka tiga posko pengungsian baru setelah hujan deras mengguyur wilayah pesisir sejak Minggu malam.',
  'Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak lebih dulu, lalu memindahkan barang berharga ke tempat yang lebih tinggi.',
  'Dinas sosial menyiapkan dapur umum yang melayani sekitar lima ratus warga tiga kali sehari sampai air surut.',
];
const TITLE = 'Posko Pengungsian Dibuka di Pesisir Kota';
const DECK = 'Warga yang rumahnya terendam diminta segera mengungsi ke posko terdekat sebelum air kembali naik malam ini.';

function extract(header: string): { lead: string; text: string } {
  const html = `<html lang="id"><head><title>${TITLE} - Berita Contoh</title></head><body>
    <div class="header"><a href="/">Beranda</a> <a href="/regional">Regional</a></div>
    <div class="kanal-detail">${header}</div>
    <div class="share"><a href="/fb">Facebook</a> <a href="/tw">Twitter</a></div>
    <div class="isi">${PARA.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
  const m = extractGeneric(cheerio.load(html), 'https://berita.contoh.co.id/read/2021/09/06/posko');
  return { lead: m.lead, text: m.blocks.map((b) => b.text).join('\n') };
}

describe('a deck under the headline, outside the body container and without a standfirst class', () => {
  it('is the lead when it is an unlinked sentence right under the h1 (a byline and date between are fine)', () => {
    const { lead, text } = extract(`<h1>${TITLE}</h1><h4>${DECK}</h4><div class="dateDetail"><span>Nama Penulis : 19 Jun 2015 | 13:06</span></div>`);
    expect(lead).toBe(DECK);
    for (const p of PARA) expect(text).toContain(p);
  });

  it('is not taken when it is a link (another story) or not a sentence (a kicker, a label)', () => {
    expect(extract(`<h1>${TITLE}</h1><h4><a href="/lain">${DECK}</a></h4>`).lead).toBe('');
    expect(extract(`<h1>${TITLE}</h1><h4>Banjir Pesisir Kota Hari Ketiga Warga Mengungsi Posko Darurat</h4>`).lead).toBe('');
  });

  it('is not a picture caption under the headline (a caption box, or beside an image)', () => {
    expect(extract(`<h1>${TITLE}</h1><div class="art-illo-cap"><p>${DECK}</p></div>`).lead).toBe('');
    expect(extract(`<h1>${TITLE}</h1><div class="pic"><img src="a.jpg"><p>${DECK}</p></div>`).lead).toBe('');
  });

  it('is not looked for far under the headline', () => {
    const filler = ['Satu', 'Dua', 'Tiga', 'Empat'].map((w) => `<div>${w}</div>`).join('');
    expect(extract(`<h1>${TITLE}</h1>${filler}<h4>${DECK}</h4>`).lead).toBe('');
  });
});
