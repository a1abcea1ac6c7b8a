import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../src/content/generic/index.js';

// Invented photo story: the news is told under the photos.
const STORY_CAPTIONS = [
  'Chiều 12/3, đội tuyển tập luyện trên sân vận động thành phố thay vì sân của trung tâm đào tạo như thường lệ.',
  'Tiền vệ số 8 trở lại sau chấn thương nhưng vẫn tập riêng với bác sĩ của đội trong suốt buổi chiều.',
  'Ban huấn luyện cho biết khả năng ra sân của anh trong trận đấu tới vẫn còn bỏ ngỏ.',
  'Trận đấu tiếp theo của đội diễn ra lúc 19h30 ngày 15/3 trên sân nhà.',
];
const CREDIT_CAPTIONS = ['(Ảnh: Minh Sơn)', '(Ảnh: Hà Phong)', '(Ảnh: Tiến Tuấn)', '(Ảnh: Reuters)'];

function extract(captions: readonly string[], body: string): { text: string; captions: string[] } {
  const figures = captions.map((c) => `<figure><img src="a.jpg"><figcaption>${c}</figcaption></figure>`).join('');
  const html =
    '<html lang="vi"><head><title>Tiền vệ chạy đua với thời gian</title></head><body>' +
    '<nav><a href="/">Trang chủ</a> <a href="/the-thao">Thể thao</a></nav>' +
    `<article><h1>Tiền vệ chạy đua với thời gian</h1><div class="content">${body}${figures}</div></article>` +
    '</body></html>';
  const m = extractGeneric(cheerio.load(html), 'https://news.example.vn/the-thao/tien-ve-chay-dua.htm');
  return { text: m.blocks.map((b) => b.text).join('\n'), captions: m.captions };
}

describe('photo stories told in captions', () => {
  it('keeps narrative captions as the text when the page has almost no other text', () => {
    const { text } = extract(STORY_CAPTIONS, '<p>Tiền vệ trở lại tập luyện.</p>');
    for (const c of STORY_CAPTIONS) expect(text).toContain(c);
  });

  it('leaves captions aside on an ordinary article', () => {
    const paras = Array.from({ length: 4 }, (_, i) =>
      `<p>Đoạn ${i + 1}: Ban huấn luyện đội tuyển cho biết các cầu thủ đã sẵn sàng cho trận đấu quan trọng sắp tới, ` +
      'sau một tuần tập luyện với cường độ cao trên sân vận động quốc gia.</p>').join('');
    const { text, captions } = extract(STORY_CAPTIONS, paras);
    for (const c of STORY_CAPTIONS) expect(text).not.toContain(c);
    expect(captions.length).toBeGreaterThan(0);
  });

  it('does not take photo credits for a story', () => {
    const { text } = extract(CREDIT_CAPTIONS, '<p>Tiền vệ trở lại tập luyện.</p>');
    expect(text).not.toContain('(Ảnh:');
  });
});
