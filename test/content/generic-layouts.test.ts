import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../src/content/generic/index.js';
import type { MainContent } from '../../src/content/types.js';

const extract = (html: string, url = 'https://example.com/a-1.html'): MainContent =>
  extractGeneric(cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } }), url);
const texts = (m: MainContent): string[] => m.blocks.map((b) => b.text);
const all = (m: MainContent): string => [m.title ?? '', m.lead, ...texts(m)].join('\n');

const MENU = `<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/the-gioi">Thế giới</a></li></ul></nav>`;

const VI_ARTICLE = `<!doctype html><html lang="vi"><head><title>Sẽ có thêm 30 triệu liều vaccine về Việt Nam | Vietnam+</title>
<meta property="og:type" content="article"></head><body>${MENU}
<div class="container"><div class="main">
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/xa-hoi">Xã hội</a></div>
<h1 class="article__title">Sẽ có thêm 30 triệu liều vaccine về Việt Nam</h1>
<time class="time">Thứ Hai, 06/09/2021 - 17:30</time>
<div class="article__sapo"><p>Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ cho biết trong tháng 9 và tháng 10, Việt Nam sẽ có thêm 30 triệu liều vaccine.</p></div>
<div class="social-share"><a href="#">Chia sẻ</a> <a href="#">Facebook</a> <a href="#">Zalo</a></div>
<div class="article__body">
<figure><img src="a.jpg" alt="ảnh"><figcaption>Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ. (Ảnh: Minh Sơn/Vietnam+)</figcaption></figure>
<p>Tại cuộc họp báo Chính phủ thường kỳ chiều 6/9, Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ đã có những chia sẻ về chính sách "ngoại giao vaccine" của Việt Nam.</p>
<h2>3 mũi "công phá" của chiến lược ngoại giao vaccine</h2>
<p>Thứ trưởng Nguyễn Minh Vũ cho rằng dịch bệnh diễn biến phức tạp trên toàn cầu nên việc tiếp cận vaccine là ưu tiên trọng tâm hàng đầu của Chính phủ, tạo điều kiện phục hồi kinh tế.</p>
<p><strong>Xem thêm:</strong> <a href="/x.vnp">Việt Nam tiếp nhận thêm vaccine từ Nhật Bản</a></p>
<p>Nếu như đầu tháng 8/2021, chúng ta huy động được 16,6 triệu liều vaccine thì đến cuối tháng Tám, Việt Nam đã có thêm 33 triệu liều vaccine.</p>
<p>Ảnh minh họa. (Ảnh: Minh Sơn/Vietnam+)</p>
<p>Dự kiến trong tháng 9 và tháng 10/2021, Việt Nam sẽ có thêm 30 triệu liều vaccine, riêng trong tháng 9 sẽ có 16-17 triệu liều.</p>
<p style="text-align:right"><strong>Minh Sơn/Vietnam+</strong></p>
</div>
<div class="box-news">
<h3>Tin liên quan</h3>
<ul><li><a href="/1.vnp">"Vàng đen" Việt Nam xác lập kỷ lục mới</a><span>15:28 | 15/12/2025</span></li>
<li><a href="/2.vnp">Chất lượng không khí Hà Nội cải thiện sau nhiều ngày ô nhiễm</a><span>17:00 | 13/12/2025</span></li></ul>
<h3>Tin khác</h3>
<ul><li><a href="/3.vnp">Hội chợ triển lãm hàng công nghiệp nông thôn 2025 khu vực phía Nam</a></li></ul>
</div>
</div></div><footer><p>Cơ quan chủ quản: Thông tấn xã Việt Nam</p></footer></body></html>`;

describe('extractGeneric on a Vietnamese article', () => {
  const m = extract(VI_ARTICLE);

  it('keeps the title, the sapo as lead and the body paragraphs with their headings', () => {
    expect(m.reason).toBeUndefined();
    expect(m.title).toBe('Sẽ có thêm 30 triệu liều vaccine về Việt Nam');
    expect(m.lead).toMatch(/^Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ cho biết/);
    expect(texts(m)[0]).toMatch(/^Tại cuộc họp báo Chính phủ/);
    expect(m.blocks).toContainEqual({ text: '3 mũi "công phá" của chiến lược ngoại giao vaccine', kind: 'heading' });
    expect(texts(m).some((t) => t.startsWith('Dự kiến trong tháng 9'))).toBe(true);
  });

  it('moves captions aside and never into blocks', () => {
    expect(m.captions).toEqual(['Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ. (Ảnh: Minh Sơn/Vietnam+)', 'Ảnh minh họa. (Ảnh: Minh Sơn/Vietnam+)']);
    expect(all(m)).not.toContain('(Ảnh:');
  });

  it('drops related lists, "Xem thêm" links, share bars, the date line, the closing byline and the footer', () => {
    const text = all(m);
    for (const gone of ['Tin liên quan', 'Vàng đen', 'Tin khác', 'Hội chợ', 'Xem thêm', 'tiếp nhận thêm vaccine từ Nhật Bản', 'Chia sẻ', 'Zalo', '06/09/2021', 'Minh Sơn/Vietnam+', 'Cơ quan chủ quản', 'Trang chủ']) {
      expect(text, gone).not.toContain(gone);
    }
  });

  it('collapses whitespace in every block', () => {
    for (const b of m.blocks) expect(b.text).toBe(b.text.replace(/\s+/g, ' ').trim());
  });
});

const ID_ARTICLE = `<html lang="id"><head><title>Vietnam Berupaya Sukseskan Diplomasi Vaksin</title></head><body>
<div class="header"><a class="logo" href="/">VOV World</a></div>
<div class="article">
<h1>Vietnam Berupaya Sukseskan Diplomasi Vaksin</h1>
<div class="article__meta"><time>06/09/2021 | 14:33</time></div>
<div class="article__sapo cms-desc">(VOVWORLD) - Sejak wabah Covid-19 merebak di Vietnam, Pemerintah telah secara dini memprediksi dan membimbing secara komprehensif pekerjaan pencegahan wabah.</div>
<div class="article__body cms-body">
<table class="image center"><tr><td><img src="x.jpg" alt="Vietnam Berupaya Sukseskan Diplomasi Vaksin - ảnh 1"></td></tr><tr><td class="image_desc">Deputi Menlu Nguyen Minh Vu (Foto: VOV)</td></tr></table>
<p>Sesuai hal tersebut, PM langsung membimbing Kementerian Kesehatan, Kementerian Luar Negeri dan berbagai kementerian dan instansi terkait agar lakukan pendekatan ke produsen vaksin.</p>
<p><strong>Baca juga:</strong> <a href="/y.vov">Vietnam Terima Tambahan Vaksin dari Jepang</a></p>
<p>Vietnam Berupaya Sukseskan Diplomasi Vaksin - ảnh 2Vaksin tiba di Bandara Noi Bai (Foto: VOV)</p>
<p>Dengan semua upaya diplomasi vaksin, hingga sekarang, Vietnam telah mendapatkan komitmen untuk mendapatkan 130 juta dosis vaksin Covid-19 bagi 70 persen populasi.</p>
</div>
<div class="article__tools"><a href="#">Bagikan</a> <a href="#">Facebook</a> <a href="#">Twitter</a></div>
<div class="box"><h3>Komentar</h3><p>Tulis komentar Anda di sini, komentar akan ditampilkan setelah disetujui oleh redaksi kami.</p><form><textarea></textarea></form></div>
<div class="box"><h3>Yang lain</h3>
<article class="story"><h2><a href="/a.vov">Kota Ho Chi Minh Perpanjang Pembatasan Sosial</a></h2><p><time>04/09/2021</time></p></article>
<article class="story"><h2><a href="/b.vov">PM Pham Minh Chinh Periksa Pekerjaan Pencegahan Wabah</a></h2><p><time>03/09/2021</time></p></article>
</div></div></body></html>`;

describe('extractGeneric on an Indonesian VOV World article', () => {
  const m = extract(ID_ARTICLE);

  it('keeps the "(VOVWORLD) -" standfirst as lead and the body', () => {
    expect(m.title).toBe('Vietnam Berupaya Sukseskan Diplomasi Vaksin');
    expect(m.lead).toMatch(/^\(VOVWORLD\) - Sejak wabah/);
    expect(texts(m)).toHaveLength(2);
    expect(texts(m)[1]).toMatch(/130 juta dosis vaksin/);
  });

  it('takes image captions, stripping the "<title> - ảnh N" label', () => {
    expect(m.captions).toEqual(['Deputi Menlu Nguyen Minh Vu (Foto: VOV)', 'Vaksin tiba di Bandara Noi Bai (Foto: VOV)']);
    expect(all(m)).not.toContain('ảnh');
  });

  it('drops "Baca juga", share words, the comment box and "Yang lain"', () => {
    const text = all(m);
    for (const gone of ['Baca juga', 'Tambahan Vaksin dari Jepang', 'Bagikan', 'Komentar', 'Tulis komentar', 'Yang lain', 'Ho Chi Minh', '04/09/2021']) {
      expect(text, gone).not.toContain(gone);
    }
  });
});

const EN_ARTICLE = `<html><head><title>Vaccine deliveries speed up - The Daily</title><meta property="og:title" content="Vaccine deliveries speed up"></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article class="post">
<h1 class="entry-title">Vaccine deliveries speed up</h1>
<p class="standfirst">Three shipments arrived this week, the health ministry said on Monday, and more are expected before the end of the month.</p>
<div class="entry-content">
<p>The first shipment, of 1.5 million doses, landed at Tan Son Nhat airport on Wednesday morning, officials said, and was taken to cold storage.</p>
<blockquote><p>"We expect another five million doses in September," the deputy minister said at a press briefing.</p></blockquote>
<h3>What comes next</h3>
<p>The ministry listed its priorities for the coming weeks, which include the following groups of people:</p>
<ul><li>health workers in the southern provinces</li><li>people over 65 years old with chronic illnesses</li></ul>
<p>Read more: <a href="/other">Covax explained in five charts</a></p>
<p>Distribution to the provinces will start next week, according to the plan approved by the government on Sunday.</p>
</div>
<div class="share-bar"><a>Share</a> <a>Tweet</a> <a>Email</a></div>
<section class="related"><h2>Related news</h2><ul><li><a href="/1">Covax ships doses to Asia</a></li><li><a href="/2">New variant detected in the region</a></li></ul></section>
<section id="discussion"><h2>Comments</h2>
<div class="c"><p>This is a very long reader comment that goes on about the vaccine situation, with many clauses, opinions, and complaints about the government.</p></div>
<div class="c"><p>Another reader comment, equally long and opinionated, which also talks about doses, deliveries, and provinces in some detail.</p></div>
</section>
</article></main>
<aside class="sidebar"><h3>Most read</h3><a href="/3">Something else entirely happened today in the capital city</a></aside>
</body></html>`;

describe('extractGeneric on an English article', () => {
  const m = extract(EN_ARTICLE);

  it('keeps block kinds: heading, quote, list, body', () => {
    expect(m.title).toBe('Vaccine deliveries speed up');
    expect(m.lead).toMatch(/^Three shipments arrived this week/);
    expect(m.blocks).toContainEqual({ text: 'What comes next', kind: 'heading' });
    expect(m.blocks).toContainEqual({ text: '"We expect another five million doses in September," the deputy minister said at a press briefing.', kind: 'quote' });
    expect(m.blocks).toContainEqual({ text: 'health workers in the southern provinces', kind: 'list' });
    expect(texts(m)[texts(m).length - 1]).toMatch(/^Distribution to the provinces/);
  });

  it('drops the share bar, "Read more", related news and the comments', () => {
    const text = all(m);
    for (const gone of ['Share', 'Tweet', 'Read more', 'five charts', 'Related news', 'Covax ships', 'Comments', 'reader comment', 'Most read', 'Home']) {
      expect(text, gone).not.toContain(gone);
    }
  });
});

function listing(withArticleSignals: boolean, bodyParagraphs: string[]): string {
  const teasers = Array.from(
    { length: 8 },
    (_, i) => `<article class="story"><h2><a href="/news/item-${i}.html">Headline number ${i} about the economy and the weather today</a></h2>
<p>Short teaser text number ${i} that introduces the story in one sentence.</p></article>`,
  ).join('\n');
  const head = withArticleSignals ? '<meta property="og:type" content="article"><meta property="article:published_time" content="2021-09-06T10:00:00+07:00">' : '';
  const body = bodyParagraphs.map((p) => `<p>${p}</p>`).join('');
  return `<html><head>${head}</head><body><div class="content">${body ? `<div class="article-body">${body}</div>` : ''}<div class="list">${teasers}</div></div></body></html>`;
}

describe('extractGeneric on index pages', () => {
  it('gives no blocks and a reason for a listing of teasers', () => {
    const m = extract(listing(false, []), 'https://example.com/news/');
    expect(m.blocks).toEqual([]);
    expect(m.reason).toMatch(/index page/);
  });

  it('flags a listing even when one teaser wins the scoring', () => {
    const teaser = (i: number): string => {
      const text = i === 3 ? 'A somewhat longer teaser text, with commas, clauses, and more words, so that this one wins the scoring.' : 'Short teaser text.';
      return `<div class="teaser"><h3><a href="/f${i}">Headline number ${i} about the economy and the weather</a></h3><div class="teaser-text"><p>${text}</p></div></div>`;
    };
    const m = extract(`<html><body><div class="list">${Array.from({ length: 8 }, (_, i) => teaser(i)).join('')}</div></body></html>`);
    expect(m.blocks).toEqual([]);
    expect(m.reason).toMatch(/index page/);
  });

  it('does not flag a one-paragraph article among linked headlines', () => {
    const para = 'The council approved the budget on Monday after a long debate, officials said, and it takes effect in May.';
    const more = Array.from({ length: 6 }, (_, i) => `<h3><a href="/e${i}">Other story ${i} that readers of this article may like</a></h3>`).join('');
    const m = extract(`<html><body><div id="wrap"><div class="story-body"><p>${para}</p></div><div class="more">${more}</div></div></body></html>`);
    expect(m.reason).toBeUndefined();
    expect(texts(m)).toEqual([para]);
  });

  it('does not flag a short article followed by a list of teasers', () => {
    const paragraphs = [
      'The city council approved the new budget on Monday after a debate that lasted more than six hours, officials said.',
      'The budget includes money for three new schools, a hospital wing and the repair of the old bridge over the river.',
    ];
    const m = extract(listing(true, paragraphs));
    expect(m.reason).toBeUndefined();
    expect(texts(m)).toEqual(paragraphs);
  });
});

describe('extractGeneric on a short article among linked headlines, without article meta', () => {
  const paragraphs = [
    'The city council approved the new budget on Monday after a debate of more than six hours, officials said.',
    'The budget includes money for three new schools, a hospital wing and the repair of the old bridge.',
  ];
  const link = (i: number): string => `<div><a href="/n/${i}.html">Linked headline ${i} about the city</a></div>`;
  const more = Array.from({ length: 8 }, (_, i) => link(i));
  const page = (headline: string): string =>
    `<html><head><title>Council approves the new city budget : Example Times</title></head><body><table><tr>
<td>${more.join('')}</td><td><div>${headline}</div><div>By Jane Roe | Jan 09 2008</div>
${paragraphs.map((p) => `<p>${p}</p>`).join('')}${more.join('')}</td></tr></table></body></html>`;

  it('keeps the paragraphs when an unlinked line just before them matches the <title>', () => {
    const m = extract(page('Council approves the new city budget'));
    expect(m.reason).toBeUndefined();
    expect(texts(m)).toEqual(expect.arrayContaining(paragraphs));
  });

  it('reaches further up for an <h1> headline, past a byline box and a photo credit', () => {
    const box = Array.from({ length: 10 }, (_, i) => `<div>Detail line ${i}</div>`).join('');
    const m = extract(page(`<h1>Council approves the new city budget</h1>${box}`));
    expect(m.reason).toBeUndefined();
    expect(extract(page(`<div>Council approves the new city budget</div>${box}`)).reason).toMatch(/index page/);
  });

  it('still calls it an index page when no such headline stands before them', () => {
    expect(extract(page('Latest stories from our newsroom')).reason).toMatch(/index page/);
  });
});

describe('extractGeneric on a page rendered by script', () => {
  it('reads the post from a <script type="text/template"> when the page itself has no text', () => {
    const p = 'Over the past few years we have seen threats on the web becoming increasingly sophisticated, and phishing sites rotate domains very quickly.';
    const m = extract(`<html><body><div class="post"><h2 class="title"><a href="/p">Enhanced protection</a></h2><div class="post-body"><script type="text/template"><p>${p}</p><p>${p.replace('Over', 'Across')}</p></script></div></div></body></html>`);
    expect(m.reason).toBeUndefined();
    expect(texts(m)).toEqual([p, p.replace('Over', 'Across')]);
  });
});
