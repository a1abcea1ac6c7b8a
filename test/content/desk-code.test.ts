import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { deskCodeAtEnd } from '../../src/content/boilerplate-vocabulary.js';
import { extractGeneric } from '../../src/content/generic/index.js';

// Invented Indonesian article text.
const PARA = [
  'Pemerintah kota membuka tiga posko pengungsian baru setelah hujan deras mengguyur wilayah pesisir sejak Minggu malam.',
  'Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak lebih dulu, lalu memindahkan barang berharga ke tempat yang lebih tinggi.',
  'Dinas sosial menyiapkan dapur umum yang melayani sekitar lima ratus warga tiga kali sehari sampai air surut.',
];

function text(tail: string): string {
  const html = `<html lang="id"><head><title>Posko Pengungsian Dibuka di Pesisir Kota - Berita Contoh</title></head><body>
    <div class="content"><h1>Posko Pengungsian Dibuka di Pesisir Kota</h1>${PARA.map((p) => `<p>${p}</p>`).join('')}${tail}</div></body></html>`;
  return extractGeneric(cheerio.load(html), 'https://berita.contoh.co.id/read/2021/09/06/posko').blocks.map((b) => b.text).join('\n');
}

describe('desk codes signing off an Indonesian article', () => {
  it.each([
    ['(bgs/rul)', '(bgs/rul)'],
    ['[ian]', '[ian]'],
    ['Simak Video "Banjir di Pesisir" [Gambas:Video 20detik] (vyp/kna)', '(vyp/kna)'],
    ['Kata dia (ant)', '(ant)'],
  ])('%s ends with the desk code %s', (line, code) => {
    expect(deskCodeAtEnd(line)).toBe(code);
  });

  it.each(['(AFP)', '[Gambas:Video 20detik]', '(foto: istimewa)', 'Baca juga (1)'])('%s is no desk code', (line) => {
    expect(deskCodeAtEnd(line)).toBeNull();
  });

  it('keeps a desk code on its own line at the end', () => {
    expect(text('<div>[ian]</div>').endsWith('[ian]')).toBe(true);
  });

  it('keeps the desk code that closes a video teaser, and drops the teaser', () => {
    const t = text('<p>Simak Video "Banjir di Pesisir" [Gambas:Video 20detik]<br>(vyp/kna)</p>');
    expect(t).not.toContain('Simak Video');
    expect(t.endsWith('(vyp/kna)')).toBe(true);
  });
});
