/** Vietnamese statement vocabulary (NFC). */

export const FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Trương', 'Đinh', 'Lâm', 'Phùng', 'Mai', 'Tô', 'Hà', 'Tạ', 'Cao', 'Lương', 'Lưu',
  'Chu', 'Quách', 'Thái', 'Châu', 'Kiều', 'Đàm', 'Tăng', 'Nghiêm', 'Hứa', 'La', 'Triệu', 'Lại', 'Từ', 'Khổng', 'Thân',
  'Doãn', 'Tống', 'Âu', 'Khúc', 'Lò', 'Quan', 'Bạch', 'Diệp', 'Giang', 'Hàn', 'Tôn', 'Ninh', 'Nông', 'Mạc', 'Lục',
] as const;

/** Family name + syllables that are places, not people. */
export const NOT_NAMES = [
  'Hà Nội', 'Hà Giang', 'Hà Tĩnh', 'Hà Nam', 'Thái Bình', 'Thái Nguyên', 'Thái Lan', 'Cao Bằng', 'Lâm Đồng', 'Vũ Hán',
  'Quan Hóa', 'Hồ Tây', 'Trần Hưng Đạo',
] as const;

export const TITLES = [
  'Tổng Bí thư', 'Phó chủ tịch', 'Chủ tịch nước', 'Phó Chủ tịch nước', 'Chủ tịch Quốc hội', 'Phó Chủ tịch Quốc hội', 'Chủ tịch', 'Phó Chủ tịch',
  'Thủ tướng', 'Phó Thủ tướng', 'Phó Thủ tướng Thường trực', 'Bộ trưởng', 'Thứ trưởng', 'Thứ trưởng Thường trực',
  'Người phát ngôn', 'Phát ngôn viên', 'Đại sứ', 'Tổng Lãnh sự', 'Cục trưởng', 'Phó Cục trưởng', 'Vụ trưởng', 'Phó Vụ trưởng',
  'Tổng cục trưởng', 'Giám đốc', 'Phó Giám đốc', 'Tổng Giám đốc', 'Chủ nhiệm', 'Phó Chủ nhiệm', 'Trưởng ban', 'Phó Trưởng ban',
  'Viện trưởng', 'Phó Viện trưởng', 'Bí thư', 'Phó Bí thư', 'Trưởng đại diện', 'Tổng Thư ký', 'Tổng thư ký', 'Chánh Văn phòng',
  'Trưởng phòng', 'Trưởng đoàn', 'Đại diện', 'Trưởng Đại diện', 'Đại biểu', 'Giáo sư', 'Tiến sĩ', 'Bác sĩ', 'PGS.TS', 'GS.TS',
] as const;

export const ORGS = [
  'Bộ Ngoại giao', 'Bộ Y tế', 'Bộ Công Thương', 'Bộ Tài chính', 'Bộ Kế hoạch và Đầu tư', 'Bộ Quốc phòng', 'Bộ Công an',
  'Bộ Khoa học và Công nghệ', 'Bộ Thông tin và Truyền thông', 'Bộ Giáo dục và Đào tạo', 'Chính phủ', 'Quốc hội',
  'Tổ chức Y tế Thế giới', 'Liên hợp quốc', 'Cục Quản lý Dược', 'Cục Y tế dự phòng', 'Viện Vệ sinh dịch tễ Trung ương',
  'Ban Chỉ đạo Quốc gia', 'Quỹ Nhi đồng Liên hợp quốc', 'Sở Y tế TP HCM', 'Sở Y tế TP.HCM', 'Sở Y tế Hà Nội', 'Bệnh viện Bạch Mai', 'Bệnh viện Chợ Rẫy', 'Bệnh viện Nhiệt đới Trung ương', 'WHO', 'UNICEF', 'COVAX', 'Covax', 'ASEAN',
] as const;

/** Heads of organisation names not in ORGS ("Sở Y tế …"). */
export const ORG_HEADS = [
  'Bộ', 'Sở', 'Cục', 'Tổng cục', 'Ủy ban', 'Uỷ ban', 'Ban', 'Viện', 'Văn phòng', 'Đại sứ quán', 'Tổng Lãnh sự quán',
  'UBND', 'HĐND', 'Trung tâm', 'Tập đoàn', 'Công ty', 'Ngân hàng', 'Hiệp hội', 'Bệnh viện',
] as const;

export const HONORIFICS = ['ông', 'bà'] as const;
export const PRONOUNS = ['ông', 'bà', 'ông ấy', 'bà ấy', 'vị này', 'người này'] as const;

export const ADVERBS = [
  'cũng', 'đã', 'còn', 'thì', 'vừa', 'mới', 'tiếp tục', 'đồng thời', 'lại', 'vẫn', 'từng', 'một lần nữa', 'sau đó', 'khi đó',
  'hôm nay', 'trước đó', 'cũng đã', 'đã từng',
] as const;

export const VERBS = [
  'cho biết', 'cho rằng', 'cho hay', 'nhấn mạnh', 'khẳng định', 'nói', 'phát biểu', 'chia sẻ', 'thông tin', 'đề nghị', 'nêu rõ',
  'lưu ý', 'tuyên bố', 'bày tỏ', 'thông báo', 'giải thích', 'nhận định', 'đánh giá', 'kêu gọi', 'yêu cầu', 'trả lời',
  'thừa nhận', 'cảnh báo', 'nhận xét', 'nhớ lại', 'kể lại', 'báo cáo', 'khuyến cáo', 'tiết lộ', 'xác nhận', 'nhắc lại', 'dự báo', 'cam kết',
] as const;

/** Lower-case words that never continue an organisation name ("Bộ Y tế | cho biết"). */
export const ORG_STOP = [
  'và', 'với', 'về', 'của', 'tại', 'trong', 'đang', 'sẽ', 'có', 'là', 'được', 'sau', 'trước', 'khi', 'một', 'này', 'đó',
] as const;

export const AFTER_VERB = '(?:\\s+thêm)?(?:\\s+(?:với|trước)\\s+(?:báo chí|phóng viên|các phóng viên|truyền thông|các nhà báo|cử tri|PV))?';
export const COMPLEMENTIZERS = ['rằng', 'là'] as const;
export const ACCORDING_TO = ['Theo'] as const;

export const NAME_INTRODUCERS = [
  'chiến lược', 'chính sách', 'chương trình', 'phim', 'bộ phim', 'sách', 'cuốn sách', 'cuốn', 'bài hát', 'ca khúc', 'tác phẩm',
  'vở', 'khẩu hiệu', 'phong trào', 'cuộc thi', 'dự án', 'chiến dịch', 'hội thảo', 'hội nghị', 'diễn đàn', 'triển lãm',
  'lễ hội', 'giải thưởng', 'gọi là', 'danh hiệu', 'mô hình', 'đề án', 'kế hoạch', 'mũi', 'tinh thần', 'thông điệp', 'cụm từ',
  'từ khóa', 'cái gọi là', 'chủ đề', 'với chủ đề', 'tên', 'biệt danh', 'ngoại giao', 'mục tiêu', 'nguyên tắc', 'phương châm',
] as const;

/** A reported clause starting with these is a topic or a place, not what was said ("phát biểu tại hội nghị"). */
export const BAD_CLAUSE_STARTS = ['về', 'tại', 'với', 'trước', 'ý kiến', 'cảm ơn', 'cảm nghĩ'] as const;

export const COUNTRIES = [
  'Việt Nam', 'Nhật Bản', 'Mỹ', 'Hoa Kỳ', 'Trung Quốc', 'Indonesia', 'Anh', 'Pháp', 'Đức', 'Nga', 'Ấn Độ', 'Hàn Quốc', 'Australia',
  'Lào', 'Campuchia', 'Thái Lan', 'Singapore', 'Italy', 'Canada', 'New Zealand', 'Ba Lan', 'Hungary',
] as const;

/** Place words that may stand between a title's organisation and the name ("Sở Y tế tỉnh Hà Giang Nguyễn Văn Giang"). */
export const TITLE_NAME_GAP = '[\\s,]*(?:(?:\\p{Lu}[\\p{L}.]*|tỉnh|thành phố|TP\\.?|huyện|quận|xã|tại|ở)[\\s,]+)*';

/** What may follow "…, X said" before the sentence ends (time, place, a trailing "as …" clause). */
export const TRAILING_ADJUNCT =
  '(?:\\s+(?:tại|trong|hôm|ngày|chiều|sáng|tối|trưa)\\s+[^,.;:\"“”]{1,40}?)?(?:\\s*,\\s*(?:khi|sau khi|trong khi)\\s[^\"“”]*?)?';

/** Academic and medical titles: they do not tell two people with the same name apart. */
export const LOOSE_TITLES = ['Giáo sư', 'Tiến sĩ', 'Bác sĩ', 'PGS.TS', 'GS.TS'] as const;

/** What may follow a speaker's name before the verb: age and home ("Ông X, 65 tuổi, ở quận Ba Đình, chia sẻ"). */
export const SPEAKER_TAIL = '\\s*,\\s*\\d+\\s+tuổi(?:\\s*,\\s*(?:ở|trú ở|tại|quê|đến từ)\\s[^,]{1,40})?\\s*,?';
