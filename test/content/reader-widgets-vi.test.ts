import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { CALL_TO_ACTION_PATTERN } from '../../src/content/boilerplate-vocabulary.js';
import { extractGeneric } from '../../src/content/generic/index.js';

// Invented Vietnamese article; the widgets under it have the shapes of real 2026 vi news pages (a star-gift reaction
// box, an empty comment box, a newsletter sign-up box) seen on crawler-fixtures-vi dev.
const PARA = [
  'Mưa lớn kéo dài nhiều ngày khiến nhiều vườn rau ở miền Trung ngập úng, giá rau xanh tại các chợ đầu mối tăng gấp đôi so với tuần trước.',
  'Chị Nguyễn Thị Hoa, một tiểu thương bán rau lâu năm ở chợ, cho biết nguồn hàng từ các vùng trồng rau ven sông giảm mạnh vì nhiều ruộng vẫn còn ngập.',
  'Đại diện Sở Nông nghiệp cho biết các địa phương đang hướng dẫn nông dân thoát nước và dự kiến nguồn cung sẽ phục hồi sau khoảng hai tuần.',
];

function extract(after: string): string {
  const html = `<html lang="vi"><head><title>Giá rau xanh tăng mạnh</title></head><body><h1>Giá rau xanh tăng mạnh</h1>
    <div class="detail-content">${PARA.map((p) => `<p>${p}</p>`).join('')}</div>${after}</body></html>`;
  return extractGeneric(cheerio.load(html), 'https://tinvidu.vn/gia-rau-xanh-tang-manh.htm').blocks.map((b) => b.text).join('\n');
}

describe('vi reader widgets after the text', () => {
  it('knows the sign-up and be-the-first lines as calls to action', () => {
    for (const c of [
      'Đăng ký ngay để nhận gói tin tức mới',
      'Tin Ví Dụ Online sẽ gởi đến bạn những tin tức nổi bật nhất',
      'Chúng tôi sẽ gửi tới bạn bản tin mỗi sáng',
      'Hiện chưa có bình luận nào, hãy là người đầu tiên bình luận',
      'Trở thành người đầu tiên tặng sao cho bài viết',
    ]) {
      expect(CALL_TO_ACTION_PATTERN.test(c), c).toBe(true);
    }
  });

  it('leaves news sentences with the same words alone', () => {
    for (const t of [
      'Bà trở thành người đầu tiên của tỉnh đoạt giải thưởng này.',
      'Ông là người đầu tiên đăng ký thành lập doanh nghiệp tại khu công nghệ cao.',
      'Người dân có thể đăng ký ngay tại bộ phận một cửa của phường.',
      'Cơ quan thuế sẽ gửi đến bạn đọc hướng dẫn chi tiết trong tuần tới.',
    ]) {
      expect(CALL_TO_ACTION_PATTERN.test(t), t).toBe(false);
    }
  });

  it('drops a star-gift box, an empty comment box and a newsletter box under the article, keeps the text', () => {
    const text = extract(`<div class="detail-author-bot">LAN ANH</div>
      <div class="reactinfo"><span>Trở thành người đầu tiên tặng sao cho bài viết</span> <span>0</span> <span>0</span> <span>0</span>
      <div class="popup-star"><p>Chuyển sao tặng cho thành viên</p><p>Hoặc nhập số sao</p><p>Bạn đang có: 0 sao</p></div></div>
      <div class="comment-box"><p>Hiện chưa có bình luận nào, hãy là người đầu tiên bình luận</p></div>
      <div class="newsletter"><span>Tin Ví Dụ Online Newsletters</span><h3>Đăng ký ngay để nhận gói tin tức mới</h3>
      <p>Tin Ví Dụ Online sẽ gởi đến bạn những tin tức nổi bật nhất</p></div>`);
    for (const p of PARA) expect(text).toContain(p);
    for (const w of ['tặng sao', 'Bạn đang có', 'người đầu tiên bình luận', 'Newsletters', 'Đăng ký ngay', 'gởi đến bạn']) {
      expect(text, w).not.toContain(w);
    }
  });
});

describe('widget placeholders', () => {
  it('takes a line that only says a widget is loading as a label, in vi/id/en, not a sentence about loading', async () => {
    const { isAdLabel } = await import('../../src/content/boilerplate-vocabulary.js');
    for (const t of ['Loading...', 'Loading…', 'Đang tải...', 'Memuat...', 'Advertisement 2']) expect(isAdLabel(t), t).toBe(true);
    for (const t of ['Loading of the ship began at dawn.', 'Đang tải hàng lên tàu tại cảng Cát Lái.', 'Memuat 200 penumpang.']) {
      expect(isAdLabel(t), t).toBe(false);
    }
  });
});
