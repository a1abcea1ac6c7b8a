import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../src/content/generic/index.js';

// Invented article text in the box shapes of big Vietnamese and Indonesian news templates (tuoitre/thanhnien's
// VCCorp-style CMS with sapo, in-body "Tin liên quan" and RelatedOneNews boxes, photo tables and an author line;
// kenh14; detik, kompas, tribunnews, liputan6 and CNN Indonesia with "Baca juga" links, ADVERTISEMENT / SCROLL TO
// CONTINUE labels, "Halaman 1 2" pagination, "Penulis: … | Editor: …" lines and desk codes). Class names follow
// the publishers' markup as it is commonly served; no page text is copied. Each leak must stay out of the text.

function textOf(body: string, lang: string, url: string): string {
  const html = `<html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;
  const m = extractGeneric(cheerio.load(html), url);
  return [m.lead, ...m.blocks.map((b) => b.text)].join('\n');
}
const VI = [
  'Sáng 6-12, Ủy ban nhân dân thành phố đã tổ chức hội nghị tổng kết công tác chống ngập trong mùa mưa năm nay.',
  'Theo báo cáo, nhiều tuyến đường trung tâm vẫn ngập sâu sau mỗi trận mưa lớn kéo dài hơn hai giờ đồng hồ.',
  'Đại diện sở xây dựng cho biết đơn vị sẽ đẩy nhanh tiến độ các dự án cống thoát nước trong quý đầu năm sau.',
  'Người dân khu vực này mong muốn chính quyền sớm có giải pháp lâu dài thay vì chỉ xử lý tình thế như hiện nay.',
];
const ID = [
  'Pemerintah provinsi memastikan program perbaikan jalan akan dilanjutkan pada awal tahun depan sesuai anggaran.',
  'Kepala dinas mengatakan sebagian besar ruas jalan yang rusak berada di wilayah selatan yang sering dilanda banjir.',
  'Menurutnya, perbaikan dilakukan bertahap agar tidak mengganggu arus lalu lintas warga yang berangkat bekerja.',
  'Warga berharap perbaikan itu selesai sebelum musim hujan berikutnya tiba sehingga perjalanan menjadi lebih aman.',
];
/** Known gaps, recorded so they flip (and fail) the day a rule closes them: see the content-vi6 report. */
interface Gap { leak: string; why: string }

function probe(name: string, page: { body: string; lang: string; url: string }, keep: string[], leaks: string[], gaps: Gap[] = []) {
  describe(name, () => {
    const text = textOf(page.body, page.lang, page.url);
    it('keeps the headline deck and every body paragraph', () => {
      for (const k of keep) expect(text).toContain(k);
    });
    it.each(leaks)('drops "%s"', (leak) => expect(text).not.toContain(leak));
    for (const gap of gaps) it.fails(`still keeps "${gap.leak}" (${gap.why})`, () => expect(text).not.toContain(gap.leak));
  });
}
const VI_SAPO = 'Hội nghị tổng kết công tác chống ngập đã chỉ ra nhiều hạn chế trong hạ tầng thoát nước.';
const vi = (body: string, url: string) => ({ body, lang: 'vi', url });
const id = (body: string, url: string) => ({ body, lang: 'id', url });

probe(
  'vi, tuoitre-like: sapo, photo figure and photo table, in-body related box, closing author line',
  vi(
    `<div class="detail-cate"><a href="/thoi-su.htm">Thời sự</a></div>
    <h1 class="detail-title article-title">Thành phố tổng kết công tác chống ngập</h1>
    <div class="detail-time"><div data-role="publishdate">06/12/2026 10:15 GMT+7</div></div>
    <h2 class="detail-sapo">TTO - ${VI_SAPO}</h2>
    <div class="detail-content afcbc-body" data-role="content" itemprop="articleBody"><p>${VI[0]}</p>
    <figure class="VCSortableInPreviewMode" type="Photo"><div><a href="x.jpg"><img src="x.jpg"></a></div>
    <figcaption class="PhotoCMS_Caption"><p>Đường phố ngập sâu sau mưa - Ảnh: QUANG ĐỊNH</p></figcaption></figure>
    <p>${VI[1]}</p>
    <div class="VCSortableInPreviewMode" type="RelatedNewsBox"><div class="kbwscwl-relatedbox type-1">
    <strong class="kbwscwl-relatedbox-title">Tin liên quan</strong><ul class="kbwscwl-list">
    <li class="kbwscwl"><a href="/a.htm" class="title">Mưa lớn khiến nhiều tuyến đường ngập sâu</a></li>
    <li class="kbwscwl"><a href="/b.htm" class="title">Dự án chống ngập 10.000 tỉ chậm tiến độ</a></li></ul></div></div>
    <p>${VI[2]}</p>
    <table class="picture" align="center"><tbody><tr><td class="pic"><img src="y.jpg"></td></tr>
    <tr><td class="caption">Công nhân nạo vét cống thoát nước - Ảnh: T.T.D.</td></tr></tbody></table>
    <p>${VI[3]}</p><p style="text-align:right;"><strong>NGỌC AN</strong></p></div>
    <div class="detail-author-bot"><div class="author-info"><a class="name" href="/tac-gia/ngoc-an.htm">Ngọc An</a></div></div>
    <div class="detail-tab"><a href="/tag/chong-ngap.htm">chống ngập</a></div>`,
    'https://tuoitre.example.vn/thanh-pho-tong-ket-2026120610.htm',
  ),
  [...VI, VI_SAPO],
  ['Ảnh: QUANG ĐỊNH', 'Tin liên quan', 'Mưa lớn khiến nhiều tuyến', 'Ảnh: T.T.D.', '06/12/2026 10:15', 'NGỌC AN', 'Thời sự'],
);

probe(
  'vi, thanhnien-like: related card with its own sapo inside the body, "Xem thêm" link line, author block',
  vi(
    `<h1 class="detail-title"><span data-role="title">Thành phố tổng kết công tác chống ngập</span></h1>
    <div class="detail-time"><div data-role="publishdate">06/12/2026 10:15 GMT+07:00</div></div>
    <div class="detail-sapo" data-role="sapo">${VI_SAPO}</div>
    <div class="detail-cmain"><div class="detail-content afcbc-body" data-role="content"><p>${VI[0]}</p><p>${VI[1]}</p>
    <div class="VCSortableInPreviewMode" type="RelatedOneNews"><a href="/x.htm"><img src="x.jpg"></a><div>
    <a class="title" href="/x.htm">Dự án chống ngập 10.000 tỉ đồng vẫn chậm tiến độ</a>
    <p class="sapo">Nhiều hạng mục chưa hoàn thành dù đã quá hạn cam kết hai năm.</p></div></div>
    <p>${VI[2]}</p><p><em>Xem thêm: </em><a href="/y.htm">Triều cường đạt đỉnh, nhiều khu dân cư ngập nặng</a></p>
    <p>${VI[3]}</p><div class="author-info"><span class="name">Ngọc An</span></div></div></div>`,
    'https://thanhnien.example.vn/thanh-pho-tong-ket-185261206101500.htm',
  ),
  [...VI, VI_SAPO],
  ['10.000 tỉ', 'Xem thêm', 'Triều cường đạt đỉnh', '06/12/2026 10:15', 'Ngọc An'],
  [{ leak: 'Nhiều hạng mục chưa hoàn thành', why: "a lone card's summary nested one level below its linked title" }],
);

probe(
  'vi, kenh14/VCCorp-like: meta row with source, photo caption, same-section list',
  vi(
    `<h1 class="kbwc-title">Thành phố tổng kết công tác chống ngập</h1><div class="kbwc-meta">
    <span class="kbwcm-author">Ngọc An, </span><span class="kbwcm-source">Theo Dân Trí</span>
    <span class="kbwcm-time" title="2026-12-06T10:15:00">06/12/2026 10:15</span></div>
    <h2 class="knc-sapo">${VI_SAPO}</h2><div class="knc-content"><p>${VI[0]}</p>
    <div class="VCSortableInPreviewMode" type="Photo"><div><img src="a.jpg"></div>
    <div class="PhotoCMS_Caption"><p>Đường phố ngập sâu sau mưa. (Ảnh: Internet)</p></div></div>
    <p>${VI[1]}</p><p>${VI[2]}</p><p>${VI[3]}</p></div>
    <div class="knc-relate-wrapper"><h3>Tin cùng chuyên mục</h3><ul><li><a href="/r">Mưa lớn kéo dài, nhiều nơi ngập sâu</a></li></ul></div>
    <div class="knc-rate-link"><span>Xem theo ngày</span></div>`,
    'https://kenh14.example.vn/thanh-pho-tong-ket-215261206101500.chn',
  ),
  [...VI, VI_SAPO],
  ['Ảnh: Internet', 'Tin cùng chuyên mục', 'Mưa lớn kéo dài', '06/12/2026 10:15', 'Xem theo ngày'],
);

probe(
  'id, detik-like: caption, "Baca juga" table, ADVERTISEMENT / SCROLL TO CONTINUE, tags, pagination, desk code',
  id(
    `<article class="detail"><div class="detail__header"><h1 class="detail__title">Perbaikan Jalan Dilanjutkan Tahun Depan</h1>
    <div class="detail__author">Budi Santoso - detikNews</div><div class="detail__date">Minggu, 06 Des 2026 10:15 WIB</div></div>
    <div class="detail__media"><figure class="detail__media-image"><img src="a.jpg">
    <figcaption class="detail__media-caption">Ilustrasi jalan rusak (Foto: Budi Santoso/detikcom)</figcaption></figure></div>
    <div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">
    <strong>Jakarta</strong> - ${ID[0]}<br><br><p>${ID[1]}</p>
    <table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga: </strong><a href="/x">Jalan Rusak Bikin Warga Celaka</a></div></td></tr></tbody></table>
    <div class="parallaxindetail scrollpage"><div class="para_caption">ADVERTISEMENT</div><div id="adsparallax"></div>
    <div class="para_caption">SCROLL TO CONTINUE WITH CONTENT</div></div>
    <p>${ID[2]}</p><p>${ID[3]}</p><strong>(bgs/rul)</strong></div>
    <div class="detail__body-tag"><a href="/tag/jalan">jalan rusak</a></div>
    <div class="detail__long-nav"><span>Halaman</span> <a href="?page=1" class="selected">1</a> <a href="?page=2">2</a>
    <a href="?page=2">Selanjutnya</a></div></div></article>`,
    'https://news.detik.example/berita/d-123/perbaikan-jalan',
  ),
  [...ID, '(bgs/rul)'],
  ['Baca juga', 'Jalan Rusak Bikin Warga Celaka', 'ADVERTISEMENT', 'SCROLL TO CONTINUE', 'Halaman', 'Selanjutnya', 'Foto: Budi Santoso', 'Budi Santoso - detikNews'],
  [{ leak: '06 Des 2026 10:15 WIB', why: "the dateline vocabulary lacks the short Indonesian months the date reader knows (des, okt, agu, agt)" }],
);

probe(
  'id, kompas-like: "Baca juga" paragraph, ad label, writer and editor lines, pagination',
  id(
    `<div class="read__header"><h1 class="read__title">Perbaikan Jalan Dilanjutkan Tahun Depan</h1>
    <div class="read__time">Kompas.com - 06/12/2026, 10:15 WIB</div></div>
    <div class="credit-title-nameEditor">Penulis <a href="/p">Nama Penulis</a> | Editor <a href="/e">Nama Editor</a></div>
    <div class="read__content"><div class="clearfix"><p><strong>SEMARANG, KOMPAS.com</strong> - ${ID[0]}</p><p>${ID[1]}</p>
    <p><strong>Baca juga: <a href="/y">Warga Keluhkan Jalan Berlubang di Semarang</a></strong></p><p>${ID[2]}</p>
    <div class="ads-on-body"><div class="ads-label">ADVERTISEMENT</div></div><p>${ID[3]}</p></div></div>
    <div class="txt-article"><p>Penulis: Nama Penulis<br>Editor: Nama Editor</p></div>
    <div class="paging"><span>Halaman:</span> <a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=all">Show All</a></div>`,
    'https://regional.kompas.example/read/2026/12/06/101500/perbaikan-jalan',
  ),
  ID,
  ['Baca juga', 'Warga Keluhkan', 'ADVERTISEMENT', 'Penulis', 'Editor', 'Halaman', 'Show All', '10:15 WIB'],
);

probe(
  'id, tribunnews-like: writer/editor row, "Baca juga" line, pagination, popular list',
  id(
    `<h1 id="arttitle">Perbaikan Jalan Dilanjutkan</h1>
    <div id="penulis">Penulis: <a href="/p">Nama Penulis</a> | Editor: <a href="/e">Nama Editor</a></div>
    <time><span>Minggu, 6 Desember 2026 10:15 WIB</span></time>
    <div class="side-article txt-article multi-fontsize"><p><strong>TRIBUNNEWS.COM, JAKARTA</strong> - ${ID[0]}</p><p>${ID[1]}</p>
    <p class="baca">Baca juga: <a href="/x">Jalan Rusak di Jakarta Selatan Segera Diperbaiki</a></p><p>${ID[2]}</p><p>${ID[3]}</p>
    <div class="paging"><div class="pagination">Halaman <a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=2">Selanjutnya</a></div></div></div>
    <div class="mb20"><h3>Berita Populer</h3><ul><li><a href="/z">Viral Pengendara Jatuh di Jalan Rusak</a></li></ul></div>`,
    'https://www.tribunnews.example/nasional/2026/12/06/perbaikan-jalan',
  ),
  ID,
  ['Baca juga', 'Segera Diperbaiki', 'Halaman', 'Selanjutnya', 'Penulis', 'Nama Editor', 'Berita Populer', 'Viral Pengendara'],
);

probe(
  'id, liputan6-like: "Baca Juga" list, video call-out heading, author and time row',
  id(
    `<header class="read-page--header"><h1 class="read-page--header--title">Perbaikan Jalan Dilanjutkan</h1>
    <div class="read-page--header--author__wrapper"><span class="read-page--header--author__name">Nama Reporter</span>
    <time class="read-page--header--author__datetime" datetime="2026-12-06 10:15:00">06 Des 2026, 10:15 WIB</time></div></header>
    <div class="article-content-body__item-content"><p><b>Liputan6.com, Jakarta</b> - ${ID[0]}</p><p>${ID[1]}</p>
    <div class="baca-juga-collections"><h3>Baca Juga</h3><ul><li><a href="/a">Jalan Berlubang Makan Korban</a></li>
    <li><a href="/b">Anggaran Jalan Naik</a></li></ul></div><p>${ID[2]}</p><p>${ID[3]}</p>
    <h2>Simak Video Pilihan di Bawah Ini:</h2><div class="video"><iframe src="https://www.vidio.com/embed/1"></iframe></div></div>
    <div class="tags--snippet"><span>#Jalan Rusak</span></div>`,
    'https://www.liputan6.example/news/read/123/perbaikan-jalan',
  ),
  ID,
  ['Baca Juga', 'Jalan Berlubang', 'Simak Video Pilihan', '06 Des 2026', 'Nama Reporter'],
);

probe(
  'id, CNN Indonesia-like: "Lihat Juga" table, ad labels, desk code, video embed token',
  id(
    `<h1 class="mb-2 text-[28px]">Perbaikan Jalan Dilanjutkan</h1><div class="text-cnn_grey text-sm mb-4">CNN Indonesia</div>
    <div class="text-cnn_grey text-sm mb-4">Minggu, 06 Des 2026 10:15 WIB</div>
    <div class="detail-text text-cnn_black text-sm grow min-w-0"><p><strong>Jakarta, CNN Indonesia</strong> -- ${ID[0]}</p><p>${ID[1]}</p>
    <table class="linksisip"><tr><td><div class="lihatjg"><strong>Lihat Juga :</strong><a href="/v">Video Jalan Rusak</a></div></td></tr></table>
    <p>${ID[2]}</p><div class="paradetail"><div class="para_caption">ADVERTISEMENT</div><div class="para_caption">SCROLL TO RESUME CONTENT</div></div>
    <p>${ID[3]}</p><p><strong>(tim/dmi)</strong></p><p>[Gambas:Video CNN]</p></div>`,
    'https://www.cnnindonesia.example/nasional/20261206101500-20-1/perbaikan-jalan',
  ),
  [...ID, '(tim/dmi)'],
  ['Lihat Juga', 'Video Jalan Rusak', 'ADVERTISEMENT', 'SCROLL TO RESUME', '[Gambas', '06 Des 2026'],
);
