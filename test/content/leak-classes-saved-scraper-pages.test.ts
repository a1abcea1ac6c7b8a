import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../src/content/generic/index.js';

// Invented article text; the boxes around it have the shapes of the two dev pages of scraper-saves-vi-id
// (a 2025 Znews article, a 2025 CNBC Indonesia article): picture tables with a caption cell, related-article
// cards as tables inside the body, a credit line after it, a "Baca:" link table and a video teaser box.
const VI = [
  'Hãng xe điện lớn nhất nước vừa công bố kế hoạch mở thêm ba nhà máy lắp ráp ở miền Bắc trong hai năm tới.',
  'Theo đại diện công ty, mỗi nhà máy có công suất khoảng năm mươi nghìn xe mỗi năm và sẽ tuyển thêm hàng nghìn lao động.',
  'Các chuyên gia cho rằng nhu cầu xe điện trong nước tăng nhanh nhờ chính sách ưu đãi thuế và hệ thống trạm sạc mở rộng.',
  'Tuy vậy, doanh nghiệp vẫn phải cạnh tranh gay gắt với các hãng nước ngoài về giá bán và công nghệ pin.',
];
const ID = [
  'PT Contoh Sejahtera berencana melepas sebanyak-banyaknya 400 juta saham baru dalam penawaran umum perdana bulan depan.',
  'Dana yang diperoleh dari penawaran itu akan digunakan untuk membangun gudang baru dan membayar sebagian utang bank.',
  'Perusahaan mencatat laba bersih sebesar Rp20 miliar pada semester pertama, naik dibanding periode yang sama tahun lalu.',
  'Penjamin pelaksana emisi efek yang ditunjuk perusahaan akan mengumumkan jadwal penawaran awal pekan ini.',
];

function textOf(lang: string, body: string): string {
  const html = `<html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;
  const m = extractGeneric(cheerio.load(html), 'https://news.example.vn/a.html');
  return [m.lead, ...m.blocks.map((b) => b.text)].join('\n');
}

const relatedCard = (title: string, summary: string, time: string): string =>
  `<table align="center" class="article"><tbody><tr><td><div class="inner-article"><a href="/x-post1.html">` +
  `<p class="cover formatted"></p><h2 class="title">${title}</h2><p class="summary">${summary}</p>` +
  `<p class="article-meta"><span class="article-publish"><span class="friendly-time">${time}</span></span></p></a></div></td></tr></tbody></table>`;

describe('vi: picture tables, related cards and the credit line of a tech page', () => {
  const page = textOf(
    'vi',
    `<header><h1 class="the-article-title">Hãng xe điện mở thêm nhà máy</h1>
      <ul class="the-article-meta"><li class="the-article-publish">Thứ hai, 3/3/2025 07:15 (GMT+7)</li></ul></header>
    <section class="main"><p class="the-article-summary">Doanh nghiệp dự kiến mở ba nhà máy mới để đáp ứng nhu cầu xe điện.</p>
    <div class="the-article-body">
      <table class="picture thumbnail" align="center"><tbody><tr><td class="pic"><img src="a.jpg" alt=""></td></tr>
        <tr><td class="pCaption caption"><p>Dây chuyền lắp ráp tại nhà máy hiện có. Ảnh: <em>Reuters</em>.</p></td></tr></tbody></table>
      ${VI.map((p) => `<p>${p}</p>`).join('')}
      ${relatedCard('Xe điện giảm giá mạnh', 'Nhiều mẫu xe điện được giảm giá hàng chục triệu đồng trong tháng này.', '08:18 25/10/2024')}
      ${relatedCard('Trạm sạc phủ khắp các tỉnh', 'Mạng lưới trạm sạc mở rộng giúp người dùng yên tâm đi xa.', '07:51 18/10/2024')}
    </div><div class="the-article-credit"><p class="author">Minh Anh</p></div></section>`,
  );

  it('keeps the standfirst and every paragraph', () => {
    expect(page).toContain('Doanh nghiệp dự kiến mở ba nhà máy mới');
    for (const p of VI) expect(page).toContain(p);
  });

  it('drops the caption cell, the related cards, the chrome dateline and the credit', () => {
    for (const leak of ['Dây chuyền lắp ráp tại nhà máy hiện có', 'Xe điện giảm giá mạnh', 'Nhiều mẫu xe điện được giảm giá',
      'Trạm sạc phủ khắp các tỉnh', '08:18 25/10/2024', 'Thứ hai, 3/3/2025 07:15 (GMT+7)', 'Minh Anh']) {
      expect(page).not.toContain(leak);
    }
  });
});

describe('id: figure caption, "Baca:" link table and video teaser of a market page', () => {
  const page = textOf(
    'id',
    `<article><div class="detail-head"><h1>Perusahaan Contoh Mau IPO</h1><div>Nama Penulis, <span>CNBC Contoh</span></div>
      <div class="text-gray">3 Maret 2025 16:45</div></div>
    <figure><img src="a.jpg" alt=""><figcaption>Foto: Ilustrasi Bursa Efek (CNBC Contoh/Fotografer)</figcaption></figure>
    <div class="detail-text"><p><strong>Jakarta, CNBC Contoh</strong> — ${ID[0]}</p><p>${ID[1]}</p>
      <table class="linksisip"><tbody><tr><td><div class="lihatjg"><h5>Baca:</h5><a href="/y">Emiten Lain Siapkan Rights Issue Jumbo</a></div></td></tr></tbody></table>
      <p>${ID[2]}</p><p>${ID[3]}</p><strong><b>(abc/abc)</b></strong>
      <a href="/v" class="embed"><div class="video_detail"><div class="video_detail__title"><div class="subtitle">Saksikan video di bawah ini:</div>
        <h2>Video: Saham Baru Melonjak 300% Sejak Melantai</h2></div></div></a></div>
    <a href="/n"><span>Next Article</span><span>Emiten Ketiga Umumkan Dividen Interim</span></a></article>`,
  );

  it('keeps the dateline lead-in, every paragraph and the desk code', () => {
    expect(page).toContain('Jakarta, CNBC Contoh');
    for (const p of ID) expect(page).toContain(p);
    expect(page).toContain('(abc/abc)');
  });

  it('drops the figure caption, the "Baca:" title, the video teaser and the next-article teaser', () => {
    for (const leak of ['Foto: Ilustrasi Bursa Efek', 'Emiten Lain Siapkan Rights Issue Jumbo', 'Saksikan video di bawah ini',
      'Saham Baru Melonjak 300%', 'Emiten Ketiga Umumkan Dividen Interim', '3 Maret 2025 16:45']) {
      expect(page).not.toContain(leak);
    }
  });
});
