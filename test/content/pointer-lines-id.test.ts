import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';

/**
 * Invented Indonesian pages: lines that only point the reader to other content, a video invitation before an
 * embedded player ("Yuk, simak juga video ini!") and a syndication note at the end ("Artikel ini telah naik di …"),
 * are not the article's text; sentences of the story with the same words stay.
 */
const para = (n: number): string =>
  `<p>Paragraf ${n}: Dinas Pekerjaan Umum Kabupaten Sukamaju mulai memperbaiki jembatan gantung di Desa Karangsari pada Senin pagi, setelah tali bajanya putus diterjang banjir bulan lalu.</p>`;
const URL = 'https://daerah.example.co.id/berita/2024/02/12/jembatan-gantung-diperbaiki';
const page = (inner: string): string =>
  `<html lang="id"><head><title>Jembatan Gantung Karangsari Diperbaiki</title></head><body><article><h1>Jembatan Gantung Karangsari Diperbaiki</h1>${para(1)}${para(2)}${inner}${para(3)}</article></body></html>`;

describe('Indonesian pointer lines', () => {
  it('drops a video invitation before an embedded player', () => {
    const video = '<p><strong>Yuk, Simak Juga Video Ini!</strong></p><iframe src="https://video.example.co.id/embed/123"></iframe>';
    const text = cleanPage(page(video), URL).text;
    expect(text).toContain('Paragraf 3: Dinas Pekerjaan Umum');
    expect(text).not.toContain('Simak Juga Video');
  });

  it('drops a syndication note closing the article', () => {
    const note = '<p>-----</p><p>Artikel ini telah naik di <a href="https://example.co.id/jateng">DaerahJateng</a> dan bisa dibaca selengkapnya di sini.</p>';
    const html = page('').replace('</article>', `${note}</article>`);
    const text = cleanPage(html, URL).text;
    expect(text).toContain('Paragraf 3: Dinas Pekerjaan Umum');
    expect(text).not.toContain('telah naik di');
  });

  it('drops the note in its other wordings', () => {
    for (const verb of ['terbit', 'dimuat']) {
      const note = `<p>Artikel ini sudah ${verb} di HarianContoh.id dengan judul "Jembatan Karangsari Kembali Dibuka".</p>`;
      const text = cleanPage(page('').replace('</article>', `${note}</article>`), URL).text;
      expect(text).not.toContain(`${verb} di HarianContoh`);
    }
  });

  it('keeps story sentences with the same words', () => {
    const story =
      '<p>Warga diminta menyimak juga video sosialisasi dari dinas sebelum melintas, kata camat.</p>' +
      '<p>Harga semen naik di pasar Sukamaju sejak jembatan putus, sehingga perbaikan rumah warga tertunda.</p>';
    const text = cleanPage(page(story), URL).text;
    expect(text).toContain('menyimak juga video sosialisasi');
    expect(text).toContain('Harga semen naik di pasar Sukamaju');
  });
});
