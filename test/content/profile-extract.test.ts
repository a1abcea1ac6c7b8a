import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractWithProfile } from '../../src/content/profile-extract.js';
import { profileFor } from '../../src/sites/index.js';
import type { SiteProfile } from '../../src/sites/profile.js';

const VNP = profileFor('https://www.vietnamplus.vn/x-post1.vnp') as SiteProfile;
const VOV = profileFor('https://vovworld.vn/id-ID/berita/x-1003286.vov') as SiteProfile;
const LONG = 'Bộ Y tế cho biết từ nay đến cuối tháng 9, Việt Nam sẽ tiếp nhận thêm khoảng 16-17 triệu liều vaccine từ nhiều nguồn khác nhau.';

function vnp(body: string, extra = '') {
  return cheerio.load(`<html><head>${extra}</head><body><h1 class="article__title">Tiêu đề bài</h1><div class="article__sapo"><p>Sapo bài viết.</p></div><div class="article__body">${body}</div></body></html>`);
}

describe('extractWithProfile', () => {
  it('returns null when the body selectors find nothing, so the generic extractor runs', () => {
    expect(extractWithProfile(cheerio.load('<html><body><h1>T</h1><div class="content"><p>Text</p></div></body></html>'), VNP)).toBeNull();
  });

  it('reads title, lead and body blocks with their kinds', () => {
    const main = extractWithProfile(vnp(`<h2>Tiêu đề phụ</h2><p>${LONG}</p><blockquote><p>Trích dẫn.</p></blockquote><ul><li>Một</li><li>Hai</li></ul>`), VNP);
    expect(main?.title).toBe('Tiêu đề bài');
    expect(main?.lead).toBe('Sapo bài viết.');
    expect(main?.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Tiêu đề phụ'], ['body', LONG], ['quote', 'Trích dẫn.'], ['list', 'Một'], ['list', 'Hai'],
    ]);
    expect(main?.method).toBe('profile:vietnamplus');
  });

  it('moves captions and "(Ảnh: …)" lines to captions, and drops a trailing "Name/Vietnam+" byline', () => {
    const main = extractWithProfile(
      vnp(`<p>${LONG}</p><figure><img src="a.jpg"><figcaption>Thứ trưởng Nguyễn Minh Vũ. (Ảnh: Minh Sơn/Vietnam+)</figcaption></figure><p>Ảnh minh họa. (Ảnh: TTXVN)</p><p>Đoạn cuối./.</p><p><strong>Minh Sơn/Vietnam+</strong></p>`),
      VNP,
    );
    expect(main?.blocks.map((b) => b.text)).toEqual([LONG, 'Đoạn cuối./.']);
    expect(main?.captions).toEqual(['Thứ trưởng Nguyễn Minh Vũ. (Ảnh: Minh Sơn/Vietnam+)', 'Ảnh minh họa. (Ảnh: TTXVN)']);
  });

  it('drops an inline related-news box but keeps the article after it', () => {
    const main = extractWithProfile(
      vnp(`<p>${LONG}</p><p><strong>Tin liên quan</strong></p><p><a href="/a-post2.vnp">Hà Nội tiêm vaccine xuyên đêm</a></p><p><a href="/b-post3.vnp">Thêm 2 triệu liều về Việt Nam</a></p><p>${LONG} Đây là đoạn tiếp theo.</p>`),
      VNP,
    );
    expect(main?.blocks.map((b) => b.text)).toEqual([LONG, `${LONG} Đây là đoạn tiếp theo.`]);
  });

  it('stops at a comment heading', () => {
    const main = extractWithProfile(vnp(`<p>${LONG}</p><h3>Bình luận</h3><p>${LONG} (bình luận của độc giả, rất dài để không bị coi là liên kết)</p>`), VNP);
    expect(main?.blocks.map((b) => b.text)).toEqual([LONG]);
  });

  it('turns VOV\'s "<title> - ảnh 1<caption>" text into a caption and keeps the "(VOVWORLD) -" lead', () => {
    const $ = cheerio.load(`<html><body><header class="article__header"><h1>Vietnam Berupaya Sukseskan Diplomasi Vaksin</h1></header>
      <div class="article__sapo">(VOVWORLD) - Sejak wabah Covid-19 merebak di Vietnam.</div>
      <div class="article__body"><p>Vietnam Berupaya Sukseskan Diplomasi Vaksin - ảnh 1Deputi Menlu Nguyen Minh Vu (Foto: VOV)</p><p>Sesuai hal tersebut, PM langsung membimbing Kementerian Kesehatan.</p></div></body></html>`);
    const main = extractWithProfile($, VOV);
    expect(main?.lead).toBe('(VOVWORLD) - Sejak wabah Covid-19 merebak di Vietnam.');
    expect(main?.blocks.map((b) => b.text)).toEqual(['Sesuai hal tersebut, PM langsung membimbing Kementerian Kesehatan.']);
    expect(main?.captions).toEqual(['Deputi Menlu Nguyen Minh Vu (Foto: VOV)']);
  });

  it('reports a listing page (canonical URL is a section) with a reason and no blocks', () => {
    const $ = cheerio.load('<html><head><link rel="canonical" href="https://vovworld.vn/id-ID/berita.vov"></head><body><div class="story"><h2><a href="/id-ID/berita/a-1003286.vov">A</a></h2></div></body></html>');
    const main = extractWithProfile($, VOV);
    expect(main?.blocks).toEqual([]);
    expect(main?.reason).toMatch(/listing/);
  });
});

describe('datelines', () => {
  it('takes a body paragraph opening with "(VOVWORLD) -" as the lead when the template has no sapo', () => {
    const $ = cheerio.load(`<html><body><header class="article__header"><h1>Judul</h1></header><div class="article__body">
      <p>(VOVWORLD) - Vietnam menerima 1 juta dosis vaksin.</p><p>Paragraf kedua yang cukup panjang.</p></div></body></html>`);
    const main = extractWithProfile($, VOV);
    expect(main?.lead).toBe('(VOVWORLD) - Vietnam menerima 1 juta dosis vaksin.');
    expect(main?.blocks.map((b) => b.text)).toEqual(['Paragraf kedua yang cukup panjang.']);
  });
});
