import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import {
  BYLINE_PATTERN,
  CALL_TO_ACTION_PATTERN,
  CLOSING_BYLINE_PATTERN,
  IMAGE_LABEL_PATTERN,
  isCaptionText,
  isCommentHeading,
  isDateLine,
  isRelatedHeading,
  isShareBar,
  NOTICE_PATTERN,
} from '../../src/content/boilerplate-vocabulary.js';
import { extractGeneric } from '../../src/content/generic/index.js';

describe('boilerplate vocabulary', () => {
  it('recognises related and comment headings in vi/id/en, whatever their case and trailing colon', () => {
    for (const h of ['Tin liên quan', 'TIN KHÁC', 'Tin mới hơn', 'Xem thêm:', 'Đọc thêm', 'Baca Juga', 'Berita terkait', 'Yang lain', 'Related news', 'Read more »']) {
      expect(isRelatedHeading(h), h).toBe(true);
    }
    for (const h of ['Komentar', 'Bình luận', 'Comments']) expect(isCommentHeading(h), h).toBe(true);
    for (const h of ['Tin tức thế giới hôm nay', 'Vaksin tiba di Jakarta', 'What comes next']) {
      expect(isRelatedHeading(h), h).toBe(false);
      expect(isCommentHeading(h), h).toBe(false);
    }
  });

  it('tells share bars from text', () => {
    expect(isShareBar('Chia sẻ Facebook Zalo')).toBe(true);
    expect(isShareBar('Bagikan: Facebook | Twitter | WhatsApp')).toBe(true);
    expect(isShareBar('Share this article')).toBe(true);
    const bars = ['Print article: Print', 'Digg | Del.icio.us | Sphere It', 'Refer to a friend', 'Like', 'Dislike'];
    for (const bar of bars) {
      expect(isShareBar(bar), bar).toBe(true);
    }
    expect(isShareBar('Facebook said on Monday it would share data')).toBe(false);
  });

  it('tells captions, image labels, dates and bylines from body text', () => {
    expect(isCaptionText('Thứ trưởng Nguyễn Minh Vũ. (Ảnh: Minh Sơn/Vietnam+)')).toBe(true);
    expect(isCaptionText('Deputi Menlu Nguyen Minh Vu (Foto: VOV)')).toBe(true);
    expect(isCaptionText('Ảnh minh họa')).toBe(true);
    expect(isCaptionText('Việt Nam đã có thêm 33 triệu liều vaccine (theo Bộ Y tế).')).toBe(false);
    for (const c of ['Photograph by Jane Doe/Getty Images.', 'Photos by Ann Lee and Bo Kim', 'Image via screen capture.', 'Image credit: Carl Moe']) {
      expect(isCaptionText(c), c).toBe(true);
    }
    for (const t of ['Photos by amateur astronomers show the comet.', 'Pictures by Jane Doe were shown in Paris.', 'Images via satellites show that the ice has gone, scientists said.']) {
      expect(isCaptionText(t), t).toBe(false);
    }
    expect(IMAGE_LABEL_PATTERN.exec('Vietnam Berupaya Sukseskan Diplomasi Vaksin - ảnh 1Deputi Menlu')?.[1]).toBe('Vietnam Berupaya Sukseskan Diplomasi Vaksin - ảnh 1');
    expect(IMAGE_LABEL_PATTERN.test('Tiêm vaccine cho người dân - một ưu tiên')).toBe(false);
    for (const d of ['Thứ Hai, 06/09/2021 - 17:30', '06/09/2021 | 14:33', 'Rabu, 08 Sep 2021 10:15 WITA', 'Updated: May 5, 2021 at 10:00 am']) expect(isDateLine(d), d).toBe(true);
    for (const d of ['Sáng 7/9, lô vaccine đã về', 'Hội nghị lần thứ 14']) expect(isDateLine(d), d).toBe(false);
    for (const b of ['Oleh: Yohanes Seo', 'Tác giả: Minh Anh', 'By Jane Tran']) expect(BYLINE_PATTERN.test(b), b).toBe(true);
    expect(BYLINE_PATTERN.test('by the end of the month, doses will arrive')).toBe(false);
    for (const b of ['Minh Sơn/Vietnam+', 'Theo TTXVN', '(VOVWORLD)']) expect(CLOSING_BYLINE_PATTERN.test(b), b).toBe(true);
    expect(CLOSING_BYLINE_PATTERN.test('Việt Nam sẽ có thêm 30 triệu liều.')).toBe(false);
    for (const c of ['For the latest stories download the Nationnews apps for iOS and Android.', 'Subscribe now to our newsletter', 'Ikuti berita terkini kami di Google News', 'Mời quý vị đọc thêm tin tức', 'Tải ứng dụng để đọc tin nhanh hơn']) {
      expect(CALL_TO_ACTION_PATTERN.test(c), c).toBe(true);
    }
    expect(CALL_TO_ACTION_PATTERN.test('The ministry will follow up with the provinces next week.')).toBe(false);
    for (const c of ['Yes, I agree to receive exclusive content and offers from The Daily Planet.', 'Check to state you have read and agree to our Terms and Conditions', 'You may opt out by clicking here.']) {
      expect(CALL_TO_ACTION_PATTERN.test(c), c).toBe(true);
    }
    expect(CALL_TO_ACTION_PATTERN.test('The union said it would agree to the deal once members had read it.')).toBe(false);
    for (const n of ['Click photo to enlarge', '(Click image for larger view and slideshow.)', 'Click to follow The Daily Planet']) {
      expect(NOTICE_PATTERN.test(n), n).toBe(true);
    }
    for (const t of ['Click here for the slide show.', 'Click on the image, she said, and the file opens.', 'Users who click to follow the account get spam.']) {
      expect(NOTICE_PATTERN.test(t), t).toBe(false);
    }
  });
});

describe('extractGeneric block filters', () => {
  const extract = (body: string) =>
    extractGeneric(cheerio.load(`<html><body><div class="article-body">${body}</div></body></html>`, { xml: { xmlMode: false, decodeEntities: true } }), 'https://example.com/');
  const P1 = 'In times of exploding costs for electricity, heating and food, families must not be burdened even further, the spokeswoman said on Friday.';
  const P2 = 'The rent increase would affect more than a million people living in older flats across the country, according to the tenants association.';

  it('drops a pull quote that repeats the start of a paragraph, keeps an original quote', () => {
    const m = extract(`<p>${P1}</p><blockquote>In times of exploding costs for electricity, heating and food, families must not…</blockquote><p>${P2}</p><blockquote>“A different sentence that the article does not repeat anywhere else,” she said.</blockquote>`);
    expect(m.blocks.map((b) => b.kind)).toEqual(['body', 'body', 'quote']);
  });

  it('drops a heading whose section is only links, keeps one followed by text', () => {
    const m = extract(`<p>${P1}</p><h2>More on this topic</h2><ul><li><a href="/1">First other story about the topic</a></li><li><a href="/2">Second other story about it</a></li></ul><h2>What the tenants say</h2><p>${P2}</p>`);
    expect(m.blocks).toEqual([
      { text: P1, kind: 'body' },
      { text: 'What the tenants say', kind: 'heading' },
      { text: P2, kind: 'body' },
    ]);
  });

  it('ends the article at the first reader comment signed "Posted by: … <time>" when another follows', () => {
    const comments = [
      'Posted by: tom3465, farnworth on 8:21pm Tue 1 Jan 08',
      'As long as he does not take advice from his cousin on the finer points of driving.',
      'Posted by: donmarg, bolton on 9:06pm Tue 1 Jan 08',
      'Why not take the rest of the team along, they have been acting for long enough.',
    ];
    const P3 = 'Tenants can object to the increase until the end of March, the association said.';
    const signed = comments.map((c) => `<p>${c}</p>`).join('');
    const m = extract(`<p>${P1}</p><p>${P2}</p><p>${P3}</p><div>Print Email this Comment</div>${signed}`);
    expect(m.blocks.map((b) => b.text)).toEqual([P1, P2, P3]);
  });

  it('keeps a post whose own "Posted by" line opens it, and a single signature', () => {
    const m = extract(`<p>Posted by Jane Roe at 3:45 PM</p><p>${P1}</p><p>${P2}</p><p>Posted by Jane on 5 Jan 08</p>`);
    expect(m.blocks.map((b) => b.text)).toEqual(expect.arrayContaining([P1, P2]));
  });

  it('ends the article at a "Have Your Say" heading', () => {
    const m = extract(`<p>${P1}</p><h3>Have Your Say</h3><p>${P2}</p>`);
    expect(m.blocks.map((b) => b.text)).toEqual([P1]);
  });

  it('drops teasers that close on a "Full Story" or "More" link, keeps a sentence ending in more', () => {
    const teasers = [
      'Martina Hingis has been banned from tennis for two years. <a href="/t/1">Full Story</a>',
      'Find out how to make it stop here. <a href="/t/2">More</a>',
    ];
    const own = 'The <a href="/council">council</a> said the repairs would cost far more';
    const m = extract(`<p>${P1}</p><p>${own}</p><p>${P2}</p><ul>${teasers.map((t) => `<li>${t}</li>`).join('')}</ul>`);
    expect(m.blocks.map((b) => b.text)).toEqual([P1, 'The council said the repairs would cost far more', P2]);
  });
});

