import type { DateMod } from '../../../core/index.js';
import type { PartOfDay, RelUnit } from '../../common/dates/types.js';

/** "tháng Tám", "tháng Giêng", "tháng Chạp". */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  'giêng': 1, 'một': 1, 'hai': 2, 'ba': 3, 'tư': 4, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8,
  'chín': 9, 'mười': 10, 'mười một': 11, 'mười hai': 12, 'chạp': 12,
};

/** Month words that are also counts or common words ("tháng một lần", "tháng năm"): only capitalised. */
export const CAPITALISED_ONLY = new Set(['một', 'hai', 'ba', 'bốn', 'năm']);

export const MODS: Readonly<Record<string, DateMod>> = {
  'đầu': 'START', 'thượng tuần': 'START', 'giữa': 'MID', 'trung tuần': 'MID', 'cuối': 'END', 'hạ tuần': 'END',
  'khoảng': 'APPROX', 'vào khoảng': 'APPROX', 'chừng': 'APPROX', 'khoảng cuối': 'END', 'khoảng đầu': 'START',
};

export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  'sáng': 'MO', 'rạng sáng': 'MO', 'sáng sớm': 'MO', 'trưa': 'MI', 'chiều': 'AF', 'chiều tối': 'EV', 'tối': 'EV',
  'đêm': 'NI', 'khuya': 'NI',
};

export const WEEKDAYS = ['thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật', 'thứ 2', 'thứ 3', 'thứ 4', 'thứ 5', 'thứ 6', 'thứ 7'];

export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  'thứ hai': 1, 'thứ ba': 2, 'thứ tư': 3, 'thứ năm': 4, 'thứ sáu': 5, 'thứ bảy': 6, 'chủ nhật': 7,
  'thứ 2': 1, 'thứ 3': 2, 'thứ 4': 3, 'thứ 5': 4, 'thứ 6': 5, 'thứ 7': 6,
};
export const WEEKDAY_OFFSETS: Readonly<Record<string, -1 | 0 | 1>> = { 'vừa qua': -1, 'tới': 1, 'này': 0 };
/** "thứ Sáu tuần tới": the Friday of next week, not the next Friday. */
export const WEEKDAY_WEEKS: Readonly<Record<string, -1 | 0 | 1>> = {
  'tuần trước': -1, 'tuần qua': -1, 'tuần này': 0, 'tuần tới': 1, 'tuần sau': 1,
};
/** A weekday is a date only after one of these, after a part of day or "hôm", or with "tuần trước" after it. */
export const WEEKDAY_PREPOSITIONS = ['vào', 'từ', 'đến', 'hết', 'trước', 'sau', 'cho đến'];

/** Day words that stand alone: "hôm qua", "ngày mai". */
export const REL_DAYS: Readonly<Record<string, number>> = {
  'hôm nay': 0, 'ngày hôm nay': 0, 'hôm qua': -1, 'ngày hôm qua': -1, 'hôm kia': -2, 'ngày mai': 1, 'ngày kia': 2,
};

/** Day words after a part of day: "chiều nay", "đêm qua", "sáng mai". */
export const REL_DAYS_AFTER_POD: Readonly<Record<string, number>> = {
  'nay': 0, 'hôm nay': 0, 'qua': -1, 'hôm qua': -1, 'mai': 1, 'ngày mai': 1,
};

/** Words after "tháng 9 và 10" that make the 10 a count, not a month: "tháng 9 và 10 ngày". */
export const NOT_A_SECOND_MONTH = ['ngày', 'tuần', 'tháng', 'triệu', 'nghìn', 'ngàn', 'tỷ', 'người', 'ca', 'liều', '%'];

/** "quý III", "quý 3". */
export const QUARTERS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** After "cuối năm"/"đầu tháng", words that make it another calendar: "cuối năm học", "đầu năm tài chính". */
export const NOT_CALENDAR_UNITS = ['học', 'tài khóa', 'tài chính', 'âm lịch'];

/** "năm nay", "năm ngoái" after a date: its year counted from the publication's. */
export const YEAR_REL: Readonly<Record<string, number>> = { 'nay': 0, 'ngoái': -1, 'trước': -1, 'tới': 1, 'sau': 1 };

export const REL_UNITS: Readonly<Record<string, RelUnit>> = { 'tuần': 'week', 'tháng': 'month', 'quý': 'quarter', 'năm': 'year' };

/** Offsets after a unit; "năm qua"/"tuần qua" are left out: they usually mean the last 12 months / 7 days. */
export const REL_OFFSETS: Readonly<Record<string, number>> = {
  'trước': -1, 'ngoái': -1, 'này': 0, 'nay': 0, 'tới': 1, 'sau': 1, 'kế tiếp': 1,
};

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
};
/** Words after "3 ngày trước" that make it "before something else": "trước đó", "trước khi", "trước ngày bầu cử". */
export const AGO_NOT_BEFORE = ['đó', 'nữa', 'khi', 'ngày', 'thời điểm', 'lúc'];
/** Words before "2 tuần trước" that make it a duration ("trong 2 tuần trước đó"). */
export const DURATION_BEFORE = ['trong', 'suốt', 'sau', 'mất', 'hơn'];

/** Words before a relative unit that make it a duration: "2 tuần trước", "vài năm trước". */
export const COUNT_WORDS = ['vài', 'mấy', 'nhiều', 'những', 'các', 'mỗi', 'một', 'hai', 'ba'];

/** Words before a bare d/m that make it a quantity: "tỷ lệ 3/4", "chiếm 2/3". */
export const QUANTITY_BEFORE = ['tỷ lệ', 'tỉ lệ', 'tỷ số', 'tỉ số', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'chiếm', 'đạt', 'thắng', 'thua', 'hòa', 'hoà', 'tối đa', 'tối thiểu', 'còn'];

/** Words after a bare d/m that make it a fraction: "3/4 dân số". */
export const FRACTION_AFTER = ['dân số', 'số', 'tổng', 'diện tích', 'phần', 'lượng', 'người', 'trường hợp', 'ca', 'liều', 'hộ', 'tỉnh', 'địa phương', 'khối lượng', 'công suất', 'thời gian'];

/** Words before a number that make it a document number: "Nghị quyết 30/2021/QH15", "Quyết định số 3/2021". */
export const DOCUMENT_WORDS = [
  'số', 'nghị quyết', 'nghị định', 'quyết định', 'thông tư', 'chỉ thị', 'công văn', 'luật', 'thông báo', 'công điện',
  'kế hoạch', 'văn bản', 'điều', 'khoản', 'mục',
];

/** Numbers that are idioms, not dates, when written bare: "24/7". */
export const BARE_NOT_DATES = new Set(['24/7']);

export const PAST_CUES = ['đã', 'vừa', 'từng', 'vừa qua', 'trước đó', 'hồi'];
export const FUTURE_CUES = ['sẽ', 'dự kiến', 'sắp', 'sắp tới', 'kế hoạch', 'dự định', 'chuẩn bị', 'tới đây'];

export const RANGE_WORDS = ['-', '–', 'đến', 'tới', 'cho đến', 'cho tới', 'đến hết'];
export const COORD_WORDS = [',', 'và'];
export const RANGE_START = ['từ'];
