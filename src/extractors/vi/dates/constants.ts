import type { DateMod } from '../../../core/index.js';
import type { PartOfDay, RelUnit } from '../../common/dates/types.js';

/** "tháng Tám", "tháng Giêng", "tháng Chạp". */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  'giêng': 1, 'một': 1, 'hai': 2, 'ba': 3, 'tư': 4, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8,
  'chín': 9, 'mười': 10, 'mười một': 11, 'mười hai': 12, 'chạp': 12,
};

/** Lunar month names ("24 tháng Chạp", "mùng 10 tháng Giêng"): a calendar month only with a year written. */
export const LUNAR_MONTH_WORDS = new Set(['giêng', 'chạp']);

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

export const WEEKDAYS = [
  'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật', 'thứ 2', 'thứ 3', 'thứ 4', 'thứ 5',
  'thứ 6', 'thứ 7',
];

export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  'thứ hai': 1, 'thứ ba': 2, 'thứ tư': 3, 'thứ năm': 4, 'thứ sáu': 5, 'thứ bảy': 6, 'chủ nhật': 7,
  'thứ 2': 1, 'thứ 3': 2, 'thứ 4': 3, 'thứ 5': 4, 'thứ 6': 5, 'thứ 7': 6,
};
const WEEKDAY_OFFSETS: Readonly<Record<string, -1 | 0 | 1>> = { 'vừa qua': -1, 'vừa rồi': -1, 'tới': 1, 'này': 0 };
/** "thứ Sáu tuần tới": the Friday of next week, not the next Friday. */
const WEEKDAY_WEEKS: Readonly<Record<string, -1 | 0 | 1>> = {
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

/**
 * A bare "mai" is tomorrow after a time preposition or a match ("Từ mai, …", "đến mai", "trận mai"), written in
 * lower case ("Mai" is a name) and not as the first half of a compound ("mai sau", "mai táng", "mai vàng").
 */
export const BARE_TOMORROW_LEADS = ['từ', 'đến', 'tới', 'trận'];
export const BARE_TOMORROW_NOT_BEFORE = [
  'sau', 'này', 'kia', 'một', 'táng', 'mối', 'phục', 'danh', 'vàng', 'trắng', 'rùa', 'cua', 'mỉa',
];

/** Words after "tháng 9 và 10" that make the 10 a count, not a month: "tháng 9 và 10 ngày". */
export const NOT_A_SECOND_MONTH = ['ngày', 'tuần', 'tháng', 'triệu', 'nghìn', 'ngàn', 'tỷ', 'người', 'ca', 'liều', '%'];

/** "quý III", "quý 3". */
export const QUARTERS: Readonly<Record<string, number>> = {
  i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4,
};

/** After "cuối năm"/"đầu tháng", words that make it another calendar: "cuối năm học", "đầu năm tài chính". */
export const NOT_CALENDAR_UNITS = ['học', 'tài khóa', 'tài chính', 'âm lịch'];

/** "năm nay", "năm ngoái" after a date: its year counted from the publication's. */
export const YEAR_REL: Readonly<Record<string, number>> = { 'nay': 0, 'ngoái': -1, 'trước': -1, 'tới': 1, 'sau': 1 };

export const REL_UNITS: Readonly<Record<string, RelUnit>> = {
  'tuần': 'week', 'tháng': 'month', 'quý': 'quarter', 'năm': 'year',
};

/** Offsets after a unit; "năm qua"/"tuần qua" are left out: they usually mean the last 12 months / 7 days. */
export const REL_OFFSETS: Readonly<Record<string, number>> = {
  'trước': -1, 'ngoái': -1, 'này': 0, 'nay': 0, 'tới': 1, 'sau': 1, 'kế tiếp': 1,
};

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
};
/**
 * Words after "trước" that make it "before something else", not "ago" or "last": "trước đó", "trước khi", "trước ngày
 * bầu cử", "1 ngày trước Tết", "2 tuần trước kỳ thi".
 */
export const BEFORE_SOMETHING_AFTER = [
  'đó', 'nữa', 'khi', 'ngày', 'thời điểm', 'lúc', 'tết', 'lễ', 'kỳ', 'đợt', 'hạn', 'giao thừa', 'sự kiện', 'trận',
  'phiên',
];
/** Words before "2 tuần trước" that make it a duration ("trong 2 tuần trước đó"). */
export const DURATION_BEFORE = ['trong', 'suốt', 'sau', 'mất', 'hơn', 'gần', 'khoảng', 'chừng', 'ngót'];

/** Words before a relative unit that make it a duration: "2 tuần trước", "vài năm trước", "100 triệu năm trước". */
export const COUNT_WORDS = [
  'vài', 'mấy', 'nhiều', 'bao nhiêu', 'những', 'các', 'mỗi', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám',
  'chín', 'mười', 'mươi', 'trăm', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'chục',
];

/** Words before a bare d/m that make it a quantity: "tỷ lệ 3/4", "chiếm 2/3", a handicap "chấp 1/4 trái". */
export const QUANTITY_BEFORE = [
  'tỷ lệ', 'tỉ lệ', 'tỷ số', 'tỉ số', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'chiếm', 'đạt', 'thắng', 'thua', 'hòa',
  'hoà', 'tối đa', 'tối thiểu', 'còn', 'dẫn trước', 'lên đến', 'lên tới', 'bằng', 'bậc thợ', 'chấp', 'kèo', 'cửa trên',
  'cửa dưới',
  // Grades of war invalids and of injury: "thương tật 3/4", "thương binh 2/4", "bệnh binh hạng 1/3".
  'thương tật', 'thương binh', 'bệnh binh', 'hạng',
  // A dose's place in a course: "mũi 3/4".
  'mũi',
];

/**
 * Places, classes and rounds named with a number pair: "đường 3/2", "Quảng trường 2/4", "công viên 23/9", "lớp 6/1",
 * "vòng 1/8" (the round of 16).
 */
export const NAMED_BY_PAIR_WORDS = [
  'đường', 'cung đường', 'quảng trường', 'công viên', 'phố', 'cầu', 'lớp', 'vòng',
  // House numbers and alleys: "số nhà 7/2", "kiệt 15/4 Hùng Vương", "chung cư 18/5 Nguyễn Văn Cừ", "ngõ 12/3".
  'số nhà', 'nhà số', 'kiệt', 'hẻm', 'ngõ', 'ngách', 'chung cư', 'căn hộ', 'lô', 'tổ', 'khu phố',
];

/** Words shortly before a yearless "d-m" that make it a score: "vùi dập đối thủ tới 6-1", "thắng đậm 5-0". */
export const SCORE_CONTEXT = [
  'thắng', 'thua', 'hòa', 'hoà', 'vùi dập', 'đánh bại', 'hạ gục', 'đè bẹp', 'tỷ số', 'tỉ số', 'cách biệt', 'dẫn',
  'gỡ', 'ghi bàn', 'chiến thắng', 'thất bại',
];
/** Leads that make a "d-m" a day even near a score word: "Trận đấu diễn ra từ 20-8", "hôm 19-8". */
export const DAY_ONLY_LEADS = ['từ', 'hôm', 'vào', 'lúc', 'nay', 'hôm nay', 'trước', 'sau', 'hết'];

/**
 * Words after a yearless d/m or d-m that make it a fraction or a count: "3/4 dân số", "9/11 chuyên ngành", "2-3 khúc".
 */
export const FRACTION_AFTER = [
  'dân số', 'số', 'tổng', 'diện tích', 'phần', 'lượng', 'người', 'trường hợp', 'ca', 'liều', 'hộ', 'tỉnh', 'địa phương',
  'khối lượng', 'công suất', 'thời gian', 'hạng mục', 'chuyên ngành', 'khúc', 'tấm', 'chiếc', 'cái', 'con', 'quả',
  'lần',
  'trận', 'bang', 'đội', 'trường', 'đơn vị', 'xã', 'huyện', 'phường', 'quận', 'nước', 'quốc gia', 'bàn', 'điểm', 'sao',
  'tuổi', 'km', 'kg', 'tấn', 'tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'giờ', 'phút', 'ngày', 'tuần', 'năm', 'thành viên',
  'cầu thủ', 'học sinh', 'sinh viên', 'bệnh nhân', 'mũi', '%', 'môn', 'ngành', 'chương trình', 'lớp', 'nhóm', 'câu',
  'tiếng', 'tháng', 'lạng', 'lượt', 'bậc', 'dòng', 'trở lên', 'trở xuống', 'khối', 'kỳ', 'quãng', 'chặng', 'đoạn',
  // Sittings, batches and trips counted in a range: "từ 3-4 kíp thi", "2-3 đợt", "4-5 chuyến bay".
  'kíp', 'đợt', 'chuyến',
];

/** Words before a month that make it part of a name: "Cách mạng tháng Tám" (the August Revolution of 1945). */
export const MONTH_NAME_BEFORE = ['cách mạng'];
/**
 * Streets, squares, bridges, parks and schools named after a day: "đường Ba Tháng Hai", "đường 30 Tháng 4",
 * "Quảng trường 19 Tháng 8", "cầu 2 Tháng 9", "trường THPT 19 Tháng 5". Before such a noun and a day number, the
 * month is part of the name, not a date ("ngày" between them makes it one again: "đường ngày 30 tháng 4").
 */
export const PLACE_NAMED_BY_DAY_NOUNS = [
  'đường', 'đại lộ', 'phố', 'quảng trường', 'cầu', 'công viên', 'sân vận động', 'nhà văn hóa', 'nhà văn hoá',
  'cung văn hóa', 'cung văn hoá',
];
/** Words that make those nouns the end of another word: "thị trường", "môi trường", "thành phố", "nhu cầu". */
export const PLACE_NOUN_NOT_AFTER = ['thị', 'môi', 'hiện', 'chiến', 'thương', 'thành', 'nhu', 'yêu', 'lập', 'học'];
/** A school is named after a day only with its level: "trường THPT 19 Tháng 5" ("đến trường 2 tháng 9" is not). */
export const SCHOOL_LEVELS = [
  'thpt', 'thcs', 'ptth', 'pthh', 'tiểu học', 'mầm non', 'trung học cơ sở', 'trung học phổ thông', 'phổ thông',
  'đại học', 'cao đẳng',
];
/** Words after a day that make it a lunar date, which is not a calendar (Gregorian) value: "16-7 Âm lịch". */
export const LUNAR_AFTER = ['âm lịch', 'âl', 'ta'];
/**
 * A lunar year named by its stem and branch after a day makes it a lunar date too: "ngày 19/9 năm Tân Sửu" is the
 * 19th of the 9th lunar month, not 19 September.
 */
export const LUNAR_YEAR_STEMS = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'kỉ', 'canh', 'tân', 'nhâm', 'quý', 'quí'];
export const LUNAR_YEAR_BRANCHES = [
  'tý', 'tí', 'sửu', 'dần', 'mão', 'mẹo', 'thìn', 'tỵ', 'tị', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi',
];

/** Words before a number that make it a document number: "Nghị quyết 30/2021/QH15", "Quyết định số 3/2021". */
export const DOCUMENT_WORDS = [
  'số', 'nghị quyết', 'nghị định', 'quyết định', 'thông tư', 'chỉ thị', 'công văn', 'luật', 'thông báo', 'công điện',
  'kế hoạch', 'văn bản', 'điều', 'khoản', 'mục',
];
/**
 * Nouns that open a law's name, written with a capital: a year right after the name is part of it ("Hiến pháp năm
 * 1992", "Bộ luật Hình sự năm 2015", "Luật Đất đai năm 2013"), not a date.
 */
export const LAW_NAME_NOUNS = ['Hiến pháp', 'Bộ luật', 'Luật'];
/**
 * Words that end a law's name before its year, which then belongs to them ("Luật này có hiệu lực từ năm 2025",
 * "Luật Đất đai được thông qua năm 2024"); "Luật sư" is a lawyer.
 */
export const LAW_NAME_BREAKERS = [
  'từ', 'vào', 'trong', 'đến', 'tới', 'sau', 'trước', 'có', 'được', 'đã', 'sẽ', 'ban hành', 'hiệu lực', 'thông qua',
  'áp dụng', 'thi hành', 'kể', 'cuối', 'đầu', 'giữa', 'hết', 'là', 'cho', 'khi', 'với', 'ngày', 'tháng', 'sư', 'này',
];
/** Before "1/2021", a numbered batch of that year ("đợt 1/2021"), not January; "đợt 30/4/2020" stays a day. */
export const BATCH_WORDS = ['đợt'];

/** Numbers that are idioms, not dates, when written bare: "24/7". */
export const BARE_NOT_DATES = new Set(['24/7']);

const PAST_CUES = ['đã', 'vừa', 'từng', 'vừa qua', 'trước đó', 'hồi'];
/** Words before a bare "đầu tuần" that make it any week's start, not this one's: "vào đầu tuần", "mỗi đầu tuần". */
export const ANY_WEEK_BEFORE = ['vào', 'mỗi', 'hàng', 'hằng', 'các', 'những', 'dịp', 'thường'];
/** Future words in a sentence that leave a bare "đầu tuần" unread: said late in a week it is the next one. */
export const WEEK_START_FUTURE = ['sẽ', 'dự kiến', 'sắp', 'kế hoạch', 'dự định', 'chuẩn bị'];

const FUTURE_CUES = [
  'sẽ', 'dự kiến', 'sắp', 'sắp tới', 'kế hoạch', 'dự định', 'chuẩn bị', 'tới đây', 'chậm nhất', 'hạn chót',
];

/** Words right after a date that say which way it lies: "tháng 9 tới" (the coming one), "tháng 8 vừa qua". */
export const DIRECTION_AFTER: Readonly<Record<string, -1 | 1>> = {
  'tới': 1, 'tới đây': 1, 'sắp tới': 1, 'qua': -1, 'vừa qua': -1, 'vừa rồi': -1, 'trước': -1,
};

/** A future cue after one of these is the reported clause's, not the frame's: "Đầu tháng 9, X thông báo sẽ…". */
const REPORTING_VERBS = [
  'cho biết', 'thông báo', 'nói', 'tuyên bố', 'khẳng định', 'cho rằng', 'công bố', 'phát biểu', 'nhấn mạnh',
];

/** Words before a date that make it habitual: "mỗi cuối tuần", "hằng tháng". */
const HABITUAL_BEFORE = ['mỗi', 'hằng', 'hàng'];
/** Words after a date that make it habitual: "từ tháng 7 đến tháng 11 hằng năm", "vào thứ Bảy hàng tuần". */
export const HABITUAL_AFTER = [
  'hằng năm', 'hàng năm', 'mỗi năm', 'hằng tháng', 'hàng tháng', 'mỗi tháng', 'hằng tuần', 'hàng tuần', 'mỗi tuần',
  'hằng ngày', 'hàng ngày', 'mỗi ngày', 'các ngày',
];

/** Words before a clock time alone that make it one ("lúc 14h30"); a bare "3h" can be a duration. */
export const CLOCK_LEADS = ['lúc', 'vào lúc', 'từ lúc', 'đến lúc', 'tới lúc'];
/** Words before "15h30" that make it a length of time: "trong 2h30", "mất 1h30". */
export const CLOCK_DURATION_BEFORE = [
  'trong', 'sau', 'mất', 'hơn', 'gần', 'kéo dài', 'suốt', 'chưa đầy', 'vòng', 'dưới',
];
/** Between a day and a clock time that make them one fact: "ngày 25/9, lúc 14h30". */
/**
 * Frequency words that make a later bare weekday or relative week or month habitual: "hằng tháng … tháng trước"; a
 * rate per week too ("chế độ nghỉ 1 ngày/tuần rơi vào Chủ nhật").
 */
export const HABITUAL_EARLIER = [
  'hằng tháng', 'hàng tháng', 'mỗi tháng', 'hằng tuần', 'hàng tuần', 'mỗi tuần', 'định kỳ', 'hai lần một tuần',
  'tuần hai lần', 'ngày/tuần', 'buổi/tuần', 'lần/tuần', 'ngày một tuần', 'buổi một tuần',
];
export const DAY_TIME_WORDS = ['lúc', 'vào lúc', 'khoảng'];
/** Words before a clock time alone that make it a schedule: "Buổi chiều 13 giờ 15 vào học", "mỗi ngày lúc 6h30". */
export const HABITUAL_CLOCK_EARLIER = [
  'buổi sáng', 'buổi trưa', 'buổi chiều', 'buổi tối', 'hằng ngày', 'hàng ngày', 'mỗi ngày', 'mỗi sáng', 'mỗi chiều',
  'mỗi tối', 'mỗi buổi', 'hằng sáng', 'hằng đêm',
];
/**
 * Yearly frequency words opening a clause before a yearless date make it habitual: "Hàng năm, vào ngày 2/9". Not
 * "thường niên" ("Đại hội cổ đông thường niên ngày 20/4" is this year's meeting).
 */
export const HABITUAL_YEARLY_EARLIER = ['hằng năm', 'hàng năm', 'mỗi năm', 'năm nào cũng'];
/** "Buổi chiều cùng ngày", "buổi sáng nay": a part of a given day, not a schedule. */
export const DAY_AFTER_BUOI = ['nay', 'qua', 'mai', 'hôm', 'cùng', 'ngày', 'đó', 'ấy', 'thứ', 'chủ nhật'];
/**
 * Words that contrast eras and make a bare "hôm nay"/"ngày mai" in the sentence the present or the future:
 * "tôi mong ngày mai, … như tôi ngày xưa", "cố gắng của mình hôm nay … vì mai sau".
 */
/** Words that name a work or an event before its quoted title: "với tên gọi “Hôm nay Tường 30”". */
export const TITLE_NOUNS = ['tên gọi', 'mang tên', 'có tên', 'tựa đề', 'tựa', 'chủ đề', 'ca khúc', 'bài hát', 'phim', 'album', 'MV', 'chương trình', 'cuốn sách', 'tác phẩm', 'đêm nhạc', 'concert', 'liveshow'];
export const ERA_WORDS = [
  'ngày xưa', 'xưa kia', 'thuở xưa', 'thuở trước', 'thời xưa', 'khác xưa', 'như xưa', 'mai sau', 'mai này', 'muôn đời',
];
/** Nouns of an age a few words before "hôm nay": "thế hệ học trò hôm nay", "giới trẻ hôm nay". */
export const AGE_NOUNS = ['thế hệ', 'giới trẻ', 'thời đại', 'tuổi trẻ', 'người trẻ', 'lớp trẻ', 'đất nước'];
/** "so với cùng kỳ năm trước": the comparison base of a statistic, not a date. */
export const COMPARISON_BASE_BEFORE = ['cùng kỳ', 'cùng thời điểm', 'cùng giai đoạn'];

/** TimeML seasons: "mùa thu năm nay" (2026-FA); a season needs its year ("mùa đông" alone is any winter). */
export const SEASONS: Readonly<Record<string, string>> = {
  'xuân': 'SP', 'hè': 'SU', 'hạ': 'SU', 'thu': 'FA', 'đông': 'WI',
};

/**
 * A "d-m" or "d.m" without a year is a date only after one of these ("từ 20-9", "hôm 19.8", "Quốc khánh 2-9",
 * "phiên giao dịch 11-12"):
 * bare, it is a score or a range ("thắng 2-0", "1,4-1,5 tỷ").
 */
export const DASH_DATE_LEADS = [
  'từ', 'đến', 'tới', 'trước', 'sau', 'vào', 'hôm', 'lúc', 'hết', 'nay', 'hôm nay', 'quốc khánh', 'tết', 'lễ', 'dịp',
  // A session is held on a day: "phiên giao dịch 11-12", "phiên tòa 9-3".
  'phiên', 'phiên giao dịch', 'phiên họp', 'phiên tòa', 'phiên xử', 'phiên chợ',
];

/** Levels and sizes before "từ"/"đến": "cấp từ 3-6", "lớp từ 6-9" are ranges of levels, not days. */
export const LEVEL_WORDS = [
  'cấp', 'bậc', 'lớp', 'khối', 'tuổi', 'độ tuổi', 'mức', 'cỡ', 'size', 'hạng', 'band', 'điểm',
];

/** "có ngày hôm nay", "như hôm nay": today as where one has come to, or as the present age, not a day. */
export const FIGURATIVE_TODAY_BEFORE = ['có', 'có được', 'như'];
/** "như mới hôm qua", "cũng như hôm qua": yesterday as a comparison or a figure of speech, not a day. */
export const FIGURATIVE_YESTERDAY_BEFORE = ['như', 'như mới', 'như vừa mới', 'như mới chỉ'];
/**
 * "thế hệ của ngày mai", "vì ngày mai", "một ngày mai tươi sáng", "vì muốn ngày mai có việc làm", "hướng tới ngày
 * mai": tomorrow as the future, not a day.
 */
export const FIGURATIVE_TOMORROW_BEFORE = ['của', 'vì', 'vì muốn', 'một', 'những', 'hướng tới', 'hướng về'];

/** A bracketed "d.m" within four words after one of these is that day: "ngày tựu trường (19.8)". */
export const NAMED_DAY_WORDS = ['ngày', 'lễ', 'dịp'];

/**
 * Prepositions and parts before a bare four-digit year that ends a clause or opens a span: "hiệu lực từ 2019, …",
 * "cuối 2021.", "từ 2019 đến nay" ("từ 2000 người", "tăng từ 2019 lên 2050" are counts: the year must end there).
 */
export const BARE_YEAR_LEADS = ['kể từ', 'từ', 'đến', 'tới', 'trước', 'sau', 'vào', 'hồi', 'đầu', 'giữa', 'cuối'];
/** What may follow such a bare year: a clause end, a range word, "nay" ("từ 2019 đến nay"). */
export const BARE_YEAR_FOLLOWERS = ['đến', 'tới', 'và', 'trở đi', 'trở lại', 'nay'];

/** Words before a bare four-digit year: "năm 2020", "SN 1981" (sinh năm), "cùng kỳ 2025". */
export const YEAR_LEADS = ['năm', 'sn', 'cùng kỳ'];

/** "cuối tuần này", "đầu năm sau": which unit the part is of; a part of a week needs one of these. */
export const PART_OFFSETS: Readonly<Record<string, number>> = {
  'qua': -1, 'trước': -1, 'này': 0, 'nay': 0, 'tới': 1, 'sau': 1,
};

const RANGE_WORDS = [
  '-', '–', 'đến', 'tới', 'cho đến', 'cho tới', 'đến hết', 'cho đến hết', 'cho tới hết', 'kéo dài đến',
  'kéo dài tới', 'và kéo dài đến', 'và kéo dài tới',
];
const COORD_WORDS = [',', 'và'];
const RANGE_START = ['từ'];

/** Words before a day number: "ngày 6/9", "mùng 2 tháng Chín"; "hôm 19.8" only before a written month. */
export const DAY_LEADS = ['ngày', 'mùng', 'mồng'];
/** "Hôm 8 tháng 9": before a day with its month in words, "hôm" is a lead like "ngày" ("hôm 8" alone is not). */
export const DAY_WORDS_LEADS = [...DAY_LEADS, 'hôm'];

/** The word lists the shared date grammar builds its cue patterns from. */
/** Words that name a date again: "cuối năm, tức tháng 12/2025". */
const APPOSITION_WORDS = ['tức là', 'tức', 'hay', 'hoặc'];

export const GRAMMAR_WORDS = {
  RANGE_WORDS, COORD_WORDS, RANGE_START, PAST_CUES,
  FUTURE_CUES, REPORTING_VERBS, HABITUAL_BEFORE, APPOSITION_WORDS,
};

/** The weekday words the shared weekday rules read. */
export const WEEKDAY_WORDS = { WEEKDAY_NUMBERS, WEEKDAY_OFFSETS, WEEKDAY_WEEKS };
