import type { LanguageModule } from '../types.js';

export const vi: LanguageModule = {
  lang: 'vi',
  functionWords: [
    'của', 'và', 'các', 'những', 'được', 'trong', 'cho', 'với', 'là', 'đã', 'có', 'này', 'không', 'người', 'một', 'để',
    'từ', 'theo', 'sẽ', 'khi',
  ],
  relatedHeadings: ['mục lục',
    'về tác giả', 'tin liên quan', 'tin khác', 'tin mới hơn', 'tin cũ hơn', 'tin cùng chuyên mục', 'tin mới nhất',
    'tin nổi bật', 'tin đọc nhiều', 'tin xem nhiều', 'bài liên quan', 'bài viết liên quan', 'các tin khác',
    'các tin liên quan', 'các bài khác', 'xem thêm', 'đọc thêm', 'có thể bạn quan tâm', 'bạn có thể quan tâm',
    'đọc nhiều', 'xem nhiều', 'mới nhất', 'cùng chuyên mục',
  ],
  commentHeadings: ['bình luận', 'ý kiến bạn đọc', 'ý kiến', 'gửi bình luận', 'viết bình luận'],
  inlineLinkLeadIns: ['xem thêm', 'đọc thêm', 'tin liên quan'],
  shareWords: ['chia sẻ', 'chia sẻ bài viết', 'in bài', 'in', 'gửi', 'lưu', 'zalo'],
  photoLabels: ['ảnh', 'nguồn ảnh', 'ảnh minh họa', 'ảnh minh hoạ'],
  creditLabels: ['ảnh tư liệu', 'ảnh chụp màn hình'],
  illustrationLabels: ['ảnh minh họa', 'ảnh minh hoạ'],
  dateWords: [
    'trước', 'phút', 'giờ trước', 'hôm qua', 'hôm nay', 'thời lượng', 'đọc', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm',
    'thứ sáu', 'thứ bảy', 'chủ nhật', 'ngày', 'tháng', 'năm', 'lúc', 'giờ', 'cập nhật', 'đăng', 'ict',
  ],
  adLabels: ['quảng cáo', 'nội dung tài trợ'],
  counterWords: ['lượt xem', 'lượt đọc', 'lượt thích', 'bình luận'],
  copulas: ['là'],
  bylineLeadIns: ['tác giả', 'phóng viên', 'biên tập'],
  sourceLeadIns: ['theo', 'nguồn'],
  agencies: ['VOVWORLD', 'VOV', 'VNA', 'TTXVN'],
  callsToAction: [
    'đăng nhập để đọc', 'dành cho thành viên', 'mời (?:quý vị|bạn) (?:đọc|xem|theo dõi)', 'đăng ký (?:nhận|kênh)',
    'tải ứng dụng', 'theo dõi (?:chúng tôi|kênh|fanpage)',
  ],
  timeZones: { ict: '+07:00' },
  defaultUtcOffset: '+07:00',
  hostSuffixes: ['.vn'],
};
