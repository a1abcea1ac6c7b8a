/** Vietnamese statement vocabulary (NFC). */

/** Family names. Not "Ông": a capitalised "Ông" opening a sentence is the honorific ("Ông Quốc Anh cho rằng"). */
export const FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Trương', 'Đinh', 'Lâm', 'Phùng', 'Mai', 'Tô', 'Hà', 'Tạ', 'Cao', 'Lương', 'Lưu',
  'Chu', 'Quách', 'Thái', 'Châu', 'Kiều', 'Đàm', 'Tăng', 'Nghiêm', 'Hứa', 'La', 'Triệu', 'Lại', 'Từ', 'Khổng', 'Thân',
  'Doãn', 'Tống', 'Âu', 'Khúc', 'Lò', 'Quan', 'Bạch', 'Diệp', 'Giang', 'Hàn', 'Tôn', 'Ninh', 'Nông', 'Mạc', 'Lục',
  'Uông', 'Khương', 'Quản', 'Phí', 'Lã', 'Cù', 'Mẫn', 'Thạch', 'Hầu', 'Vi', 'Đồng', 'Lạc', 'Giáp', 'Ôn',
  'Tiêu', 'Bế',
  'Viên', 'Trình', 'Phương', 'Sầm', 'Nhữ', 'Chử', 'Chế', 'Đổng', 'Văn', 'Kim', 'Thân', 'Lưu', 'Mã', 'Nguyên', 'Tạ',
  'Hoa', 'Tiết', 'Lữ', 'Thiều', 'Kha', 'Ung', 'Mông', 'Nhan', 'Lư', 'Đường', 'Vưu',
  // Hmong, Dao and Thái family names of the northern highlands ("anh Ma Seo Chứ", "ông Giàng A Páo"); not "Lầu"
  // ("Lầu Năm Góc") nor "Mùa" ("Mùa hè xanh").
  'Ma', 'Sùng', 'Giàng', 'Thào', 'Vừ', 'Hờ', 'Tẩn', 'Chảo', 'Lường',
] as const;

/** Each word as written and with a capital ("nhà khoa học", "Nhà khoa học"): sentence-initial use. */
function withCapital(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
}

/** Family name + syllables that are places or streets, not people. */
export const NOT_NAMES = [
  'Thái Lan', 'Quan Hóa', 'Hồ Tây', 'Ma Cao', 'Trần Hưng Đạo', 'Lê Lợi', 'Lý Thường Kiệt', 'Hồ Gươm', 'Hồ Chí Minh',
  // "Theo Matthew Walker, …": the according-to word opening a sentence is never the first word of a name.
  'Theo',
  // "Hội đồng Giáo sư Nhà nước", "Ngân hàng Nhà nước": the State, never a person's name.
  'Nhà nước',
] as const;

export const TITLES = [
  'Tổng thống', 'Phó Tổng thống', 'Ngoại trưởng', 'HLV', 'Huấn luyện viên', 'Trợ lý', 'Tiền đạo', 'Thủ môn',
  'Tiền vệ', 'Hậu vệ',
  'Trung vệ', 'Đội trưởng', 'Thư ký báo chí', 'Diễn viên', 'Ca sĩ', 'Người mẫu', 'Hoa hậu', 'Á hậu', 'Lãnh đạo',
  'Tướng',
  'Giới chức', 'Nhà sáng lập', 'CEO', 'Thủ lĩnh', 'Quốc vương', 'Nữ hoàng', 'Hoàng tử', 'Giáo hoàng',
  'Trưởng ban tổ chức',
  'Chủ tịch Hội đồng quản trị', 'Nhà nghiên cứu', 'Phóng viên', 'đại biểu', 'luật sư', 'tiến sĩ', 'giáo sư', 'nhà báo',
  'người phát ngôn', 'phát ngôn viên', 'đại diện', 'lãnh đạo', 'trưởng ban tổ chức', 'huấn luyện viên', 'thủ tướng',
  'tổng thống', 'Phó Tổng Giám đốc', 'Giám đốc điều hành', 'Phó Trưởng phòng', 'Chánh án', 'Chánh Thanh tra',
  'Trưởng khoa', 'Phó Trưởng khoa', 'Hiệu trưởng',
  'Phó Hiệu trưởng', 'Tổng biên tập', 'Đại sứ đặc mệnh toàn quyền',
  'Thống đốc', 'Phó Thống đốc', 'Tổng Thanh tra', 'Trưởng Ban', 'Phó Trưởng Ban', 'Ủy viên', 
  'Người đứng đầu', 'Chuyên gia', 'Thạc sĩ', 'Phó Giáo sư', 'Luật sư', 'Kỹ sư', 'Nhà báo', 'Nghệ sĩ',
  'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy',
  'TS.BS', 'ThS.BS', 'BS', 'BSCKII', 'BSCKI', 'BS.CKII', 'BS.CKI', 'ThS', 'TS', 'GS', 'PGS', 'GS.TSKH', 'TSKH',
  'NSND', 'NSƯT', 'LS',
  'phó chủ tịch', 'chủ tịch', 'giám đốc', 'phó giám đốc', 'trưởng phòng', 'phó trưởng phòng', 'bác sĩ', 'chuyên gia',
  'trưởng khoa',
  'cục trưởng', 'phó cục trưởng', 'viện trưởng', 'phó viện trưởng', 'bí thư', 'phó bí thư', 'hiệu trưởng',
  'tổng giám đốc',
  'Tổng Bí thư', 'Phó chủ tịch', 'Chủ tịch nước', 'Phó Chủ tịch nước', 'Chủ tịch Quốc hội', 'Phó Chủ tịch Quốc hội',
  'Chủ tịch', 'Phó Chủ tịch',
  'Thủ tướng', 'Phó Thủ tướng', 'Phó Thủ tướng Thường trực', 'Bộ trưởng', 'Thứ trưởng', 'Thứ trưởng Thường trực',
  'Người phát ngôn', 'Phát ngôn viên', 'Đại sứ', 'Tổng Lãnh sự', 'Cục trưởng', 'Phó Cục trưởng', 'Vụ trưởng',
  'Phó Vụ trưởng',
  'Tổng cục trưởng', 'Giám đốc', 'Phó Giám đốc', 'Tổng Giám đốc', 'Chủ nhiệm', 'Phó Chủ nhiệm', 'Trưởng ban',
  'Phó Trưởng ban',
  'Viện trưởng', 'Phó Viện trưởng', 'Bí thư', 'Phó Bí thư', 'Trưởng đại diện', 'Tổng Thư ký', 'Tổng thư ký',
  'Chánh Văn phòng',
  'Trưởng phòng', 'Trưởng đoàn', 'Đại diện', 'Trưởng Đại diện', 'Đại biểu', 'Giáo sư', 'Tiến sĩ', 'Bác sĩ', 'PGS.TS',
  'GS.TS', 'Phó Bí thư Thường trực', 'Phó Bí thư thường trực', 'Phó Chủ tịch Thường trực', 'Phó Chủ tịch thường trực',
  'Ủy viên Thường trực', 'Trạm trưởng', 'Đội trưởng', 'Trưởng công an', 'Phó trưởng công an', 'Trưởng Công an',
  'Phó Trưởng Công an', 'Phó trưởng Công an', 'Trưởng khoa', 'Chủ nhiệm khoa', 'Hạt trưởng', 'Chi cục trưởng',
  'Trưởng trạm', 'Trưởng thôn', 'Trưởng bản', 'Trưởng ấp', 'Chủ tịch HĐQT', 'Phó Tổng giám đốc', 'phó Tổng giám đốc',
  'Tổng giám đốc', 'Thủ trưởng', 'Chánh văn phòng', 'Tư lệnh', 'Phó Tư lệnh', 'Chính ủy', 'Tham tán', 'Lãnh sự',
  'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'thiếu tướng',
  'trung tướng', 'thượng tướng', 'đại tướng', 'Thượng úy', 'Trung úy', 'Thiếu úy', 'PGS.TS.BS', 'TS.BSCKII',
  'BS.CK1', 'BS.CK2', 'BSCK1', 'BSCK2', 'ThS.BSCKII', 'Nhà văn', 'Nhà thơ', 'Đạo diễn', 'Nhạc sĩ', 'Họa sĩ',
  'nhà nghiên cứu', 'chuyên gia bóng đá', 'Chuyên gia bóng đá', 'diễn viên', 'nữ diễn viên', 'nam diễn viên',
  'Nữ diễn viên', 'Nam diễn viên', 'ca sĩ', 'nữ ca sĩ', 'nam ca sĩ', 'Nữ ca sĩ', 'Nam ca sĩ', 'nhà văn', 'đạo diễn',
  'nhạc sĩ', 'cầu thủ', 'Cầu thủ', 'tiền đạo', 'thủ môn', 'tiền vệ', 'hậu vệ',
  // Deputies and sub-department heads as VnExpress writes them ("Phó chi cục trưởng thủy lợi Hà Tĩnh").
  'Phó Chi cục trưởng', 'Phó chi cục trưởng', 'chi cục trưởng', 'phó chi cục trưởng', 'Phó phòng', 'phó phòng',
  'Phó chánh văn phòng', 'Phó Chánh văn phòng', 'Phó tổng cục trưởng', 'Phó Tổng cục trưởng', 'Phó trưởng ban',
  'Phó chủ nhiệm', 'Phó chính ủy', 'Phó Chính ủy', 'Phó chính uỷ', 'Phó Chính uỷ', 'Chính uỷ',
  'Trưởng nhóm', 'Trưởng nhóm nghiên cứu', 'Đồng sáng lập', 'Trưởng bộ môn', 'Trưởng Khối', 'Giám đốc chuyên môn',
  ...withCapital([
    'nhà khoa học', 'khoa học gia', 'nhà tâm lý', 'nhà tâm lý học', 'nhà phân tích', 'nhà quan sát', 'quan chức',
    'giới quan sát', 'giới chuyên môn', 'giới phân tích', 'giới chuyên gia', 'nguồn tin', 'nhân chứng',
    'nhân viên cứu hộ',
    'người hàng xóm', 'hàng xóm', 'gia đình nạn nhân', 'người thân', 'bạn thân',
    'phát ngôn viên', 'người phát ngôn', 'kỹ sư', 'kỹ sư bay', 'giáo sĩ', 'thẩm phán', 'công tố viên',
    'luật sư', 'bác sĩ', 'chuyên gia', 'nhà nghiên cứu', 'nhà kinh tế', 'nhà kinh tế học', 'nhà sử học', 'nhà văn',
    'nhà nhiếp ảnh', 'nhà thiết kế', 'nhà sản xuất', 'nhà đầu tư', 'giới đầu tư', 'nhà ngoại giao', 'nhà báo',
    'tỉnh trưởng', 'thị trưởng', 'nghị sĩ', 'chỉ huy', 'cố vấn', 'cử tri', 'tổng tư lệnh',
    'tư lệnh', 'chủ cơ sở', 'chủ cửa hàng', 'chủ tiệm', 'chủ quán', 'chủ nhà', 'chủ xe', 'chủ hộ', 'bình luận viên',
    'tuyển thủ',
    // People described by their role, who speak without a name ("…”, một giáo viên bày tỏ", "nữ sinh kể").
    'giáo viên', 'nam giáo viên', 'nữ giáo viên', 'nữ sinh', 'nam sinh', 'phụ huynh',
    'người bán', 'người dùng mạng', 'tiểu thương', 'chủ nhân', 'tài xế', 'bệnh nhân', 'người bệnh', 'nạn nhân',
    'du khách', 'khách hàng', 'nhân viên', 'bà mẹ', 'người mẹ', 'người cha', 'chủ vườn', 'thương lái', 'nông dân',
    'công nhân', 'giảng viên', 'người trong cuộc', 'người tham gia', 'bị cáo', 'bị can',
    'nhà giao dịch', 'giới giao dịch', 'công chức', 'viên chức', 'chiến sĩ',
    // "…", một hộ dân nói.', "Theo khai báo của thuyền trưởng, …".
    'hộ dân', 'thuyền trưởng',
  ]),
] as const;

export const ORGS = [
  'Bộ Ngoại giao', 'Bộ Y tế', 'Bộ Công Thương', 'Bộ Tài chính', 'Bộ Kế hoạch và Đầu tư', 'Bộ Quốc phòng', 'Bộ Công an',
  'Bộ Khoa học và Công nghệ', 'Bộ Thông tin và Truyền thông', 'Bộ Giáo dục và Đào tạo', 'Chính phủ', 'Quốc hội',
  'Tổ chức Y tế Thế giới', 'Liên hợp quốc', 'Cục Quản lý Dược', 'Cục Y tế dự phòng', 'Viện Vệ sinh dịch tễ Trung ương',
  'Ban tổ chức', 'TAND', 'VKSND', 'TAND tối cao', 'VKSND tối cao', 'Nhà Trắng', 'Lầu Năm Góc', 'Điện Kremlin', 'NASA',
  'EU',
  'NATO', 'FIFA', 'AFC', 'VFF', 'Ngân hàng Thế giới', 'Quỹ Tiền tệ Quốc tế', 'IMF', 'WB', 'ADB',
  'Ban Chỉ đạo Quốc gia', 'Quỹ Nhi đồng Liên hợp quốc', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Công Thương', 'Sở Xây dựng', 'Sở Giao thông vận tải', 'Sở Kế hoạch và Đầu tư', 'Sở Tài nguyên và Môi trường',
  'Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ', 'Sở Lao động - Thương binh và Xã hội', 'Sở Tư pháp',
  'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Văn hóa, Thể thao và Du lịch', 'Bộ Nội vụ', 'Bộ Tư pháp', 'Bộ Xây dựng',
  'Bộ Giao thông vận tải', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ Nông nghiệp và Phát triển nông thôn',
  'Bộ Tài nguyên và Môi trường', 'Bộ Văn hóa, Thể thao và Du lịch', 'Ngân hàng Nhà nước', 'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Mặt trận Tổ quốc Việt Nam', 'Trung tâm Kiểm soát bệnh tật', 'CDC', 'Tòa án nhân dân', 'Viện kiểm sát nhân dân',
  'Văn phòng Chính phủ', 'Thanh tra Chính phủ', 'Tổng cục Thống kê', 'Bộ Chính trị', 'Ban Bí thư', 'Công an',
  'Bộ Tư lệnh',
  'Ban Tuyên giáo Trung ương', 'Ban Kinh tế Trung ương', 'Ban Tổ chức Trung ương', 'Ủy ban Kiểm tra Trung ương',
  'Đại học Quốc gia',
  'Bệnh viện Đa khoa', 'Bệnh viện Nhi Trung ương', 'Bệnh viện Bệnh Nhiệt đới Trung ương', 'Bệnh viện K',
  'Học viện Quân y', 'Sở Y tế TP HCM', 'Sở Y tế TP.HCM', 'Sở Y tế Hà Nội', 'Bệnh viện Bạch Mai', 'Bệnh viện Chợ Rẫy',
  'Bệnh viện Nhiệt đới Trung ương', 'WHO', 'UNICEF', 'COVAX', 'Covax', 'ASEAN', 'công an', 'cảnh sát',
  'nhà chức trách', 'cơ quan điều tra', 'cơ quan chức năng', 'cơ quan công an', 'FDA', 'IUCN', 'OPEC', 'WTO', 'IAEA',
  'Reuters', 'AFP', 'AP', 'CNN', 'BBC', 'Bloomberg', 'Xinhua', 'Tân Hoa xã', 'Yonhap', 'Kyodo', 'TASS', 'Sputnik', 'RT',
  'VnExpress', 'TTXVN', 'VOV', 'VTV', 'Nikkei', 'CNBC', 'Fox News', 'AFC', 'UEFA', 'IOC', 'ICAO', 'Interpol', 'Europol',
  'ban tổ chức', 'chính quyền địa phương', 'doanh nghiệp', 'Doanh nghiệp', 'nhà trường', 'Nhà trường', 'bệnh viện',
  'Đài Tiếng nói Việt Nam', 'Đài Truyền hình Việt Nam',
] as const;

/**
 * Heads of state, military and ministry bodies whose officials are written "title + body + name" ("Bộ trưởng Bộ
 * Quốc phòng Lloyd Austin"); company, school and hospital heads are left out (their names are often English words).
 */
export const GOVERNMENT_BODY_HEADS = [
  'Bộ', 'Quân đội', 'Hải quân', 'Không quân', 'Lục quân', 'Bộ Tư lệnh', 'Bộ Tổng tham mưu', 'Chính phủ', 'Quốc hội',
  'Hạ viện', 'Thượng viện', 'Ủy ban', 'Uỷ ban', 'Cơ quan', 'Văn phòng', 'Lực lượng', 'Cảnh sát', 'Đại sứ quán',
] as const;

/** Heads of organisation names not in ORGS ("Sở Y tế …"). */
export const ORG_HEADS = [
  'Bộ', 'Sở', 'Cục', 'Tổng cục', 'Ủy ban', 'Uỷ ban', 'Ban', 'Viện', 'Văn phòng', 'Đại sứ quán', 'Tổng Lãnh sự quán',
  'UBND', 'HĐND', 'Trung tâm', 'Tập đoàn', 'Công ty', 'Ngân hàng', 'Hiệp hội', 'Bệnh viện', 'Trường Đại học',
  'Đại học', 'Học viện',
  'Công an', 'Quân khu', 'Bộ Tư lệnh', 'Hội', 'Liên đoàn', 'Tổng công ty', 'Quỹ', 'Chi cục', 'Đảng ủy', 'Thành ủy',
  'Tỉnh ủy', 'Huyện ủy', 'Ban Quản lý', 'Ban Chỉ đạo', 'Cảng vụ', 'Tòa án', 'Viện kiểm sát', 'Kho bạc', 'Cục Thuế',
  'Chi nhánh', 'Cơ quan', 'Đảng', 'Nghiệp đoàn', 'Công đoàn', 'Tổ chức', 'Chính quyền', 'Hãng', 'Nhà máy',
  'Hạt Kiểm lâm',
  'Hãng tin', 'hãng tin', 'Hãng thông tấn', 'hãng thông tấn', 'Báo', 'báo', 'Tờ', 'tờ', 'Đài', 'đài',
  'Kênh', 'kênh', 'Thông tấn xã', 'Tạp chí', 'tạp chí', 'Phòng', 'Lực lượng', 'Quân đội', 'Lữ đoàn', 'Sư đoàn',
  'Trung đoàn', 'Tiểu đoàn', 'Truyền thông', 'Cảng', 'cơ quan', 'công ty', 'Trường Tiểu học', 'Trường THCS',
  'Trường THPT', 'Trường Trung học', 'Trường Mầm non', 'Trường Cao đẳng', 'Trường Phổ thông',
  // "đại diện nhà trường THPT Yên Hưng", "trường THCS Lê Lợi": a school written in lower case is still a body, and
  // the name after its level is the school's, never a person's.
  'nhà trường', 'nhà trường THPT', 'nhà trường THCS', 'trường THPT', 'trường THCS', 'trường Tiểu học', 'trường Mầm non',
  // "Theo sở Nông nghiệp và Môi trường tỉnh Sóc Trăng": written in lower case too ("cơ sở", "trụ sở" are compounds).
  'sở',
] as const;

/** Portfolios after a title ("Bộ trưởng Tài chính", "Bộ trưởng Bộ NN-MT"): never a name. */
export const PORTFOLIOS = [
  'Tài chính', 'Ngoại giao', 'Y tế', 'Quốc phòng', 'Công Thương', 'Nội vụ', 'Tư pháp', 'Xây dựng',
  'Giáo dục và Đào tạo',
  'Kế hoạch và Đầu tư', 'Giao thông vận tải', 'Nông nghiệp và Môi trường', 'NN-MT', 'NN&MT', 'Khoa học và Công nghệ',
  'KH&CN', 'Văn hóa, Thể thao và Du lịch', 'VH-TT-DL', 'Thông tin và Truyền thông', 'TT&TT',
  'Lao động - Thương binh và Xã hội',
  'LĐ-TB&XH', 'Tài nguyên và Môi trường', 'TN&MT', 'NN&PTNT', 'NN-PTNT', 'GTVT', 'KH&ĐT', 'KH-ĐT', 'VH-TT&DL',
  'VHTTDL', 'GD-ĐT', 'LĐTB&XH', 'Dân tộc và Tôn giáo', 'GD-ĐT', 'GD&ĐT', 'Công an', 'Quốc hội',
  'Du lịch', 'Thương mại', 'Kinh tế', 'Năng lượng', 'Giao thông', 'Nông nghiệp', 'Môi trường', 'Giáo dục',
  'Lao động', 'Văn hóa', 'Thông tin', 'An ninh', 'Công nghiệp', 'Tài nguyên', 'Thể thao', 'Di trú',
] as const;

/** Provinces and the cities that stand at the end of titles ("Giám đốc Sở Y tế Bình Định"). */
export const PLACES = [
  'Hà Nội', 'Thành phố Hồ Chí Minh', 'Hồ Chí Minh', 'TP.HCM', 'TP HCM', 'TPHCM', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ',
  'Hà Giang',
  'Cao Bằng', 'Bắc Kạn', 'Tuyên Quang', 'Lào Cai', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Yên Bái', 'Hòa Bình', 'Hoà Bình',
  'Thái Nguyên', 'Lạng Sơn', 'Quảng Ninh', 'Bắc Giang', 'Phú Thọ', 'Vĩnh Phúc', 'Bắc Ninh', 'Hải Dương', 'Hưng Yên',
  'Thái Bình',
  'Hà Nam', 'Nam Định', 'Ninh Bình', 'Thanh Hóa', 'Thanh Hoá', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị',
  'Thừa Thiên Huế',
  'Thừa Thiên - Huế', 'Huế', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Phú Yên', 'Khánh Hòa', 'Khánh Hoà', 'Ninh Thuận',
  'Bình Thuận', 'Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng', 'Bình Phước', 'Tây Ninh', 'Bình Dương',
  'Đồng Nai',
  'Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Long An', 'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Vĩnh Long', 'Đồng Tháp',
  'An Giang',
  'Kiên Giang', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau', 'Bà Rịa', 'Trung ương', 'T.Ư', 'Vũ Hán', 'Tây Nguyên',
  'Đồng bằng sông Cửu Long',
  'Washington', 'Moscow', 'Tehran', 'Seoul', 'Bình Nhưỡng', 'Bắc Kinh', 'Tokyo', 'London', 'Paris', 'Berlin', 'Kiev',
  'Kyiv',
  'Jerusalem', 'Kuala Lumpur', 'Bangkok', 'Jakarta', 'Manila', 'Brussels', 'Geneva', 'New York',
  'Ramallah', 'Baghdad', 'Damascus', 'Kabul', 'Islamabad', 'New Delhi', 'Canberra', 'Ottawa', 'Madrid', 'Rome',
  'Athens',
  'Ankara', 'Cairo', 'Riyadh', 'Doha', 'Havana', 'Caracas', 'Brasilia', 'Buenos Aires', 'Phnom Penh', 'Viêng Chăn',
  'Vientiane', 'Yangon', 'Naypyidaw', 'Đài Bắc', 'Tel Aviv', 'Beirut', 'Amman', 'Minsk', 'Warsaw', 'Budapest', 'Prague',
  'Vienna', 'Stockholm', 'Oslo', 'Helsinki', 'Copenhagen', 'Belgrade', 'Bogota', 'Lhasa', 'Hong Kong', 'Macau',
  'Thượng Hải', 'Quảng Châu', 'Osaka', 'Sydney', 'Melbourne', 'Los Angeles', 'Chicago', 'Dubai', 'Abu Dhabi',
  'Kharkov', 'Kharkiv', 'Odessa', 'Lviv', 'Donetsk', 'Lugansk', 'Luhansk', 'Kherson', 'Mariupol', 'Zaporizhzhia',
  'Istanbul', 'Mumbai', 'Karachi', 'Tripoli', 'Khartoum', 'Nairobi', 'Lagos', 'Johannesburg', 'San Francisco',
  'Điện Biên Phủ', 'Buôn Ma Thuột', 'Nha Trang', 'Đà Lạt', 'Vũng Tàu', 'Biên Hòa', 'Biên Hoà', 'Thủ Đức', 'Hạ Long',
  'Quy Nhơn', 'Pleiku', 'Phan Thiết', 'Rạch Giá', 'Long Xuyên', 'Mỹ Tho', 'Cam Ranh', 'Hội An', 'Sa Pa', 'Móng Cái',
  'Tam Kỳ', 'Tuy Hòa', 'Bảo Lộc', 'Châu Đốc', 'Thủ Dầu Một', 'Sầm Sơn', 'Cửa Lò', 'Uông Bí', 'Cẩm Phả', 'Việt Trì',
  'Phan Rang - Tháp Chàm', 'Sóc Sơn', 'Gia Lâm', 'Đông Anh', 'Ba Đình', 'Hoàn Kiếm', 'Đống Đa', 'Cầu Giấy',
  'Hai Bà Trưng', 'Thanh Xuân', 'Hoàng Mai', 'Long Biên', 'Hà Đông', 'Bình Thạnh', 'Gò Vấp', 'Tân Bình', 'Phú Nhuận',
  'Bình Tân', 'Tân Phú', 'Củ Chi', 'Hóc Môn', 'Bình Chánh', 'Nhà Bè', 'Cần Giờ',
] as const;

/** Administrative units before a place's name ("tỉnh Nam Định", "huyện Gia Lâm"). */
export const ADMIN_UNITS = [
  'tỉnh', 'thành phố', 'TP', 'Tp', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn', 'Tỉnh', 'Thành phố',
  'Huyện', 'Quận',
] as const;
/** Short forms of the units in a place written after a name ("TX. Đông Hòa", "H.Bắc Trà My", "P. Tân Định"). */
export const ADMIN_UNIT_ABBREVIATIONS = ['TX', 'TT', 'H', 'Q', 'P'] as const;

/** Words linking a title or an organisation to a place ("Đại sứ Mỹ tại Việt Nam"). */
export const LINK_WORDS = ['tại', 'ở', 'của'] as const;
export const FORMER_WORDS = ['nguyên', 'cựu'] as const;
export const CONJUNCTIONS = ['và'] as const;

/** Words before a bare title that make it someone ("vị lãnh đạo", "các chuyên gia"), and after it ("vị này"). */
export const TITLE_DETERMINERS = [
  'vị', 'Vị', 'các', 'Các', 'những', 'Những', 'nhiều', 'Nhiều', 'một', 'Một', 'một số', 'Một số', 'một vị', 'Một vị',
] as const;
/** Determiners of a group: it is never one person named before ("các nhà khoa học"). */
export const PLURAL_DETERMINERS = ['các', 'những', 'nhiều', 'một số'] as const;
/** "Theo đó, …": according-to words that open no source. */
export const ACCORDING_TO_FREE = ['đó', 'đây', 'vậy', 'như vậy'] as const;
export const TRAILING_DETERMINERS = ['này', 'trên', 'đó', 'nói trên'] as const;

export const HONORIFICS = [
  'ông', 'bà', 'Ông', 'Bà', 'anh', 'chị', 'Anh', 'Chị', 'cô', 'Cô', 'cụ', 'Cụ', 'thầy', 'Thầy', 'bạn', 'Bạn', 'em', 'Em',
  'chú', 'Chú',
] as const;
/** Honorifics and pronouns that tell a person's gender ("bà" skips "ông Vũ"); "Thị" makes a name a woman's. */
export const GENDERS = {
  male: ['ông', 'ông ấy', 'anh', 'thầy', 'chú'],
  female: ['bà', 'bà ấy', 'chị', 'cô'],
  femaleNameWords: ['Thị'],
} as const;
export const PRONOUNS = ['ông', 'bà', 'ông ấy', 'bà ấy', 'vị này', 'người này'] as const;

export const ADVERBS = [
  'cũng', 'đã', 'còn', 'thì', 'vừa', 'mới', 'tiếp tục', 'đồng thời', 'lại', 'vẫn', 'từng', 'một lần nữa', 'sau đó',
  'khi đó',
  'hôm nay', 'trước đó', 'cũng đã', 'đã từng', 'nhiều lần', 'luôn', 'đều', 'liên tục', 'ngay', 'chỉ', 'mới đây',
  'gần đây', 'hôm qua', 'sau đó đã', 'cũng từng', 'nhất trí', 'thẳng thắn', 'công khai',
  // Manner before the verb: "Chị Trang … hào hứng chia sẻ:", "… xúc động kể lại".
  'hào hứng', 'xúc động', 'phấn khởi', 'vui vẻ', 'mỉm cười', 'tự hào',
] as const;

export const VERBS = [
  'cho biết', 'cho rằng', 'cho hay', 'bộc bạch', 'tâm sự', 'phân tích', 'chỉ rõ',
  'đề xuất', 'khuyến nghị', 'lý giải', 'bổ sung', 'bình luận', 'hé lộ', 'nêu', 'cáo buộc', 'phủ nhận', 'lo ngại',
  'bác bỏ',
  'chỉ trích', 'ước tính', 'công bố', 'dự đoán', 'tin rằng', 'nhấn mạnh', 'khẳng định', 'nói', 'phát biểu', 'chia sẻ',
  'thông tin', 'đề nghị', 'nêu rõ',
  'lưu ý', 'tuyên bố', 'bày tỏ', 'thông báo', 'giải thích', 'nhận định', 'đánh giá', 'kêu gọi', 'yêu cầu', 'trả lời',
  'thừa nhận', 'cảnh báo', 'nhận xét', 'nhớ lại', 'kể lại', 'báo cáo', 'khuyến cáo', 'tiết lộ', 'xác nhận',
  'nhắc lại', 'dự báo', 'cam kết', 'thổ lộ', 'chia sẻ thêm', 'nói thêm', 'khuyên', 'đề cập', 'trình bày',
  'quả quyết', 'phản bác', 'biện minh', 'chỉ ra', 'ví von', 'than thở', 'tâm sự thêm', 'chỉ đạo', 'ghi nhận',
  'nhận định thêm', 'giải thích thêm', 'cho biết thêm', 'khẳng định thêm', 'nói vui', 'cười nói',
  'đưa ra lời khuyên', 'nêu quan điểm',
  // A petition with its content ("…", ông X kiến nghị.'); the noun ("các kiến nghị của cử tri") has no subject.
  'kiến nghị',
  'khai nhận',
  // "…”, anh Việt kể.", "Bà Lan kể: …"; not "kể từ" (since), "kể cả" (including): NOT_SPEECH_AFTER_VERB.
  'kể',
] as const;

/**
 * "Tài xế khai chở số hàng …", "Anh T. khai do bị đánh …": what a person told the police. Read as a verb only where
 * no other verb gave the sentence a statement (testimony-verbs.ts): it is also a syllable of titles and names
 * ("Giám đốc khai thác khu vực"). Not "khai trương", "khai thác" … (NOT_SPEECH_AFTER_VERB) nor "công khai", "triển
 * khai" … (NOT_SPEECH_BEFORE_VERB).
 */
export const TESTIMONY_VERBS = ['khai'] as const;

/** Words a speaker's description never runs through on its way to the verb ("ông A bị | cáo buộc …"). */
export const RUN_STOPS = [
  'bị', 'được', 'khi', 'nhưng', 'mà', 'thì', 'rằng', 'là', 'và', 'hay', 'hoặc', 'để', 'vì', 'nên', 'nếu', 'không',
  'chưa', 'chẳng', 'rồi', 'lúc', 'sau khi', 'trước khi', 'cùng', 'với', 'cho', 'gặp', 'tiếp', 'hỏi', 'nghe', 'theo',
  'trước', 'sau', 'nhiều', 'các', 'những', 'mọi', 'một số', 'đang', 'sẽ', 'sắp', 'muốn', 'phải', 'cần',
  'giả vờ', 'vờ', 'tham dự', 'dự',
  // "cung cấp | thông tin", "xử lý | thông tin": a verb before a speech word makes it a noun, its object.
  'cung cấp', 'xử lý', 'tiếp nhận', 'lập tức', 'triển khai',
  // "trong quá trình | đánh giá", "công tác | chỉ đạo", "việc | thông báo": a nominaliser makes the speech word a noun.
  'quá trình', 'công tác', 'việc',
] as const;

/** Words that join a second verb to the subject of the first ("X không hài lòng …, nhưng cho rằng …"). */
export const COORDINATORS = ['nhưng', 'mà', 'và', 'song', 'đồng thời', 'nhưng cũng', 'và cũng'] as const;

/** Words before "theo" that keep "Theo X, …" ("Cũng theo ông Hải, …"). */
export const ACCORDING_TO_LEADS = [
  'Cũng', 'Còn', 'Nhưng', 'Tuy nhiên', 'Trong khi đó', 'Đồng thời', 'Ngoài ra', 'Mặt khác', 'Song', 'Và', 'Riêng',
  'Mặc dù vậy', 'Dù vậy', 'Tuy vậy', 'Bên cạnh đó', 'Cụ thể',
] as const;

/** Lower-case words that never continue an organisation name ("Bộ Y tế | cho biết"). */
export const ORG_STOP = [
  'và', 'với', 'về', 'của', 'tại', 'trong', 'đang', 'sẽ', 'có', 'là', 'được', 'sau', 'trước', 'khi', 'một', 'này', 'đó',
  'ngày', 'hôm', 'sáng', 'chiều', 'tối', 'trưa', 'đêm',
  // Verbs and manner words after a body: "Trung tâm chỉ huy 114 | lập tức xử lý thông tin", "Tập đoàn X | chủ động".
  'lập tức', 'xử lý', 'cung cấp', 'tiếp nhận', 'chủ động',
  // "Bộ Công an | trình Quốc hội", "Văn phòng Chính phủ | truyền đạt": a verb of submitting ends the body.
  'trình', 'gửi', 'truyền đạt',
] as const;

export const AFTER_VERB =
  '(?:\\s+thêm)?(?:\\s+(?:với|trước)\\s+(?:báo chí|phóng viên|các phóng viên|truyền thông|các nhà báo|cử tri|PV' +
  '|\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}]*){0,2}))?' +
  // "nói tại tòa rằng …": the court the words were said in, when "rằng" follows.
  '(?:\\s+tại\\s+(?:tòa|toà|phiên tòa|phiên toà)(?=\\s+rằng(?![\\p{L}\\p{N}])))?';
export const COMPLEMENTIZERS = ['rằng', 'là'] as const;
/** "Theo X", and its longer forms that still name the source ("Theo chia sẻ của TS X", "Theo lời ông X"). */
export const ACCORDING_TO = [
  'Theo', 'Theo chia sẻ của', 'Theo lời', 'Theo lời của', 'Theo lời kể của', 'Theo ý kiến của', 'Theo đánh giá của',
  'Theo nhận định của', 'Theo giải thích của', 'Theo lý giải của', 'Theo thông tin từ', 'Theo tin từ',
  'Theo thông tin ban đầu từ',
  // What a witness or suspect told the police: "Theo khai báo của thuyền trưởng, …".
  'Theo khai báo của', 'Theo lời khai của', 'Theo trình báo của',
] as const;

export const NAME_INTRODUCERS = [
  'chiến lược', 'chính sách', 'chương trình', 'phim', 'bộ phim', 'sách', 'cuốn sách', 'cuốn', 'bài hát', 'ca khúc',
  'tác phẩm',
  'vở', 'khẩu hiệu', 'phong trào', 'cuộc thi', 'dự án', 'chiến dịch', 'hội thảo', 'hội nghị', 'diễn đàn', 'triển lãm',
  'lễ hội', 'giải thưởng', 'gọi là', 'danh hiệu', 'mô hình', 'đề án', 'kế hoạch', 'mũi', 'tinh thần', 'thông điệp',
  'cụm từ',
  'từ khóa', 'cái gọi là', 'chủ đề', 'với chủ đề', 'tên', 'biệt danh', 'ngoại giao', 'mục tiêu', 'nguyên tắc',
  'phương châm',
] as const;

/**
 * Manner words between a speech verb and "về" ("thông tin nhanh về 2 ca mắc …", "đã thông tin rất nhanh và kịp thời
 * về chiến dịch …"): the clause still only names the topic, as "về" right after the verb does (BAD_CLAUSE_STARTS).
 */
export const TOPIC_MANNER_WORDS = ['nhanh', 'kịp thời', 'cụ thể', 'chi tiết', 'ngắn gọn'] as const;
export const MANNER_DEGREE_WORDS = ['rất', 'khá'] as const;

/** A reported clause starting with these is a topic or a place, not what was said ("phát biểu tại hội nghị"). */
export const BAD_CLAUSE_STARTS = [
  'về', 'tại', 'với', 'ý kiến', 'cảm ơn', 'cảm nghĩ', 'thông qua', 'vào', 'bên lề',
  'cao', 'báo chí', 'câu hỏi', 'ra', 'các câu hỏi', 'phỏng vấn', 'truyền thông', 'phóng viên', 'như vậy',
  'như trên', 'khai mạc', 'bế mạc', 'chào mừng', 'tham luận',
  // "khẳng định vị thế / đẳng cấp": to establish a standing, not to say something.
  'vị thế', 'đẳng cấp', 'vai trò', 'năng lực', 'bản lĩnh', 'uy tín', 'thương hiệu', 'sức mạnh',
  // "Ông nhận định thế nào về …?", "ông đánh giá ra sao": a question to the person, not what they said.
  'thế nào', 'như thế nào', 'ra sao', 'gì',
  // "truyền đạt chỉ đạo của Phó thủ tướng", "theo đề nghị của …": a speech word before "của" is a noun.
  'của',
  // "cho biết thông tin trên tại Hội nghị …": the object points back to what was said before; nothing is said here.
  'thông tin trên', 'thông tin nêu trên',
] as const;

export const COUNTRIES = [
  'Việt Nam', 'Nhật Bản', 'Mỹ', 'Hoa Kỳ', 'Trung Quốc', 'Indonesia', 'Anh', 'Pháp', 'Đức', 'Nga', 'Ấn Độ', 'Hàn Quốc',
  'Australia',
  'Lào', 'Campuchia', 'Thái Lan', 'Singapore', 'Italy', 'Canada', 'New Zealand', 'Ba Lan', 'Hungary', 'Iran',
  'Israel', 'Ukraine',
  'Triều Tiên', 'Đài Loan', 'Malaysia', 'Philippines', 'Myanmar', 'Brazil', 'Ý', 'Tây Ban Nha', 'Thụy Điển', 'Syria',
  'Oman', 'UAE',
  'Ả Rập Xê Út', 'Qatar', 'Thổ Nhĩ Kỳ', 'Ai Cập', 'Nam Phi', 'Argentina', 'Mexico', 'Hà Lan', 'Bỉ', 'Thụy Sĩ', 'Áo',
  'Na Uy',
  'Đan Mạch', 'Phần Lan', 'Cuba', 'Venezuela', 'Belarus', 'Pakistan', 'Afghanistan', 'Iraq', 'Lebanon', 'Palestine',
  'Gaza', 'Libya', 'Colombia', 'El Salvador', 'Kenya', 'Nigeria', 'Uganda', 'Gruzia', 'Nepal', 'Bangladesh',
  'Sri Lanka', 'Mông Cổ', 'Kazakhstan', 'Chile', 'Peru', 'Ecuador', 'Hy Lạp', 'Bồ Đào Nha', 'Ireland', 'Scotland',
  'Séc',
  'Serbia', 'Croatia', 'Romania', 'Bulgaria', 'Slovakia', 'Ả Rập Saudi', 'Saudi Arabia', 'Jordan', 'Kuwait', 'Yemen',
  'Bahrain', 'Ethiopia', 'Sudan', 'Somalia', 'Zimbabwe', 'Algeria', 'Maroc', 'Tunisia', 'Brunei', 'Đông Timor',
  'Uzbekistan', 'Azerbaijan', 'Armenia', 'Litva', 'Latvia', 'Estonia', 'Iceland', 'Luxembourg', 'Bolivia', 'Paraguay',
  'Uruguay', 'Panama', 'Cộng hòa Séc', 'Hàn', 'Triều', 'Ả Rập', 'Liên Xô', 'Nam Tư', 'Tây Tạng', 'Kosovo', 'Iraq',
] as const;

/** What may follow "…, X said" before the sentence ends (time, place, a trailing "as …" clause). */
export const TRAILING_ADJUNCT =
  '(?:\\s+(?:tại|trong|hôm|ngày|chiều|sáng|tối|trưa)\\s+[^,.;:"“”]{1,40}?)?(?:\\s*,\\s*(?:khi|sau khi|trong khi)\\s[^"“”]*?)?';

/** Academic, medical and military titles: they do not tell two people apart, and give way to a job title. */
export const LOOSE_TITLES = [
  'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ', 'Thạc sĩ', 'Bác sĩ', 'PGS.TS', 'GS.TS', 'TS.BS', 'ThS.BS', 'BS', 'BSCKII',
  'BSCKI', 'BS.CKII',
  'BS.CKI', 'ThS', 'TS', 'GS', 'PGS', 'GS.TSKH', 'TSKH', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tướng',
  'Đại tá',
  'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Luật sư', 'Kỹ sư', 'Nhà báo', 'Nghệ sĩ', 'NSND', 'NSƯT', 'Chuyên gia',
] as const;

/** What may follow a speaker's name before the verb: age and home ("Ông X, 65 tuổi, ở quận Ba Đình, chia sẻ"). */
export const SPEAKER_TAIL =
  '(?:\\s*,\\s*\\d+\\s+tuổi(?:\\s*,\\s*(?:ở|trú ở|tại|quê|đến từ)\\s[^,]{1,40})?\\s*,?' +
  '|\\s+(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)(?:\\s+(?:nay|qua|\\d{1,2}(?:[./-]\\d{1,2}){0,2}))?)';

/** An organisation right after one of these is not the subject of the sentence. */
export const PREPOSITIONS = [
  'của', 'ở', 'tại', 'do', 'với', 'từ', 'và', 'trên', 'dưới', 'giữa', 'cho', 'về',
  'khi', 'sau khi', 'trước khi', 'nếu', 'vì', 'bởi',
  // "trình Quốc hội", "gửi Bộ Y tế", "truyền đạt …": a body after a verb of submitting is its addressee.
  'trình', 'gửi', 'truyền đạt',
] as const;

/** Words joining a second reporting verb of the same speaker ("X cho biết …, đồng thời cảnh báo …"). */
export const VERB_JOINERS = ['đồng thời', 'nhưng', 'song', 'nhưng cũng', 'đồng thời cũng'] as const;

/** Foreign given names and family names that open a person's name written bare ("Ben Leung cho rằng"). */
export const GIVEN_NAMES = [
  'John', 'James', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles', 'Christopher',
  'Daniel', 'Matthew', 'Anthony', 'Donald', 'Steven', 'Paul', 'Andrew', 'Kenneth', 'Kevin', 'Brian', 'George',
  'Timothy', 'Ronald', 'Edward', 'Jason', 'Jeffrey', 'Ryan', 'Jacob', 'Gary', 'Nicholas', 'Eric', 'Jonathan', 'Stephen',
  'Larry', 'Justin', 'Scott', 'Benjamin', 'Ben', 'Samuel', 'Frank', 'Gregory', 'Raymond', 'Alexander', 'Patrick',
  'Jack',
  'Dennis', 'Jerry', 'Aaron', 'Henry', 'Adam', 'Douglas', 'Nathan', 'Peter', 'Walter', 'Harold', 'Jeremy', 'Carl',
  'Keith', 'Roger', 'Gerald', 'Christian', 'Terry', 'Sean', 'Arthur', 'Lawrence', 'Jesse', 'Joe', 'Bryan', 'Albert',
  'Bruce', 'Alan', 'Wayne', 'Ralph', 'Roy', 'Eugene', 'Vincent', 'Russell', 'Louis', 'Philip', 'Tim', 'Tom', 'Tony',
  'Bill', 'Bob', 'Jim', 'Mike', 'Steve', 'Martin', 'Hans', 'Klaus', 'Pierre', 'Jacques', 'François', 'Luis', 'Carlos',
  'Antonio', 'Marco', 'Giuseppe', 'Vladimir', 'Sergei', 'Sergey', 'Dmitry', 'Mikhail', 'Igor', 'Mohammad',
  'Mohammed', 'Muhammad', 'Ahmed', 'Hassan', 'Marcus', 'Jerome', 'Elon', 'Jeff', 'Bernard', 'Warren', 'Mary',
  'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Nancy', 'Lisa',
  'Margaret', 'Sandra', 'Ashley', 'Kimberly', 'Emily', 'Michelle', 'Carol', 'Amanda', 'Melissa', 'Deborah', 'Stephanie',
  'Rebecca', 'Sharon', 'Laura', 'Cynthia', 'Kathleen', 'Katherine', 'Amy', 'Angela', 'Helen', 'Anna', 'Nicole', 'Emma',
  'Samantha', 'Christine', 'Catherine', 'Rachel', 'Janet', 'Maria', 'Heather', 'Diane', 'Julie', 'Victoria', 'Kelly',
  'Christina', 'Lauren', 'Olivia', 'Megan', 'Andrea', 'Hannah', 'Julia', 'Diana', 'Natalie', 'Sophia', 'Isabella',
  'Charlotte', 'Jane', 'Kate', 'Claire', 'Sophie', 'Nina', 'Kristen', 'Angelina', 'Jennifer', 'Taylor',
  'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Zhou', 'Xu', 'Sun', 'Zhu', 'Guo', 'Gao', 'Luo', 'Zheng',
  'Liang', 'Xie', 'Tang', 'Feng', 'Deng', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Yuan', 'Jiang', 'Cheng', 'Wei',
  'Ding', 'Shen', 'Yao', 'Zhong', 'Leung', 'Wong', 'Chan', 'Cheung', 'Lau', 'Chow', 'Tsang', 'Park', 'Choi', 'Jung',
  'Kang', 'Yoon', 'Jang', 'Shin', 'Kwon',
] as const;

/** Common Vietnamese given and middle names: a bare "Hoài cho biết", "Công Trí nói" is a person speaking. */
export const BARE_GIVEN_NAMES = [
  'An', 'Anh', 'Ánh', 'Bảo', 'Bắc', 'Bích', 'Bình', 'Cường', 'Chi', 'Chính', 'Chiến', 'Công', 'Cúc', 'Dũng', 'Dung',
  'Duy', 'Diễm', 'Diệu', 'Đạt', 'Đức', 'Điệp', 'Định', 'Đông', 'Đình', 'Giang', 'Hải', 'Hạnh', 'Hân', 'Hằng', 'Hậu',
  'Hiền', 'Hiếu', 'Hiệp', 'Hòa', 'Hoà', 'Hoài', 'Hồng', 'Huệ', 'Hùng', 'Hưng', 'Hương', 'Hường', 'Huy', 'Huyền',
  'Hào', 'Hiển', 'Khánh', 'Khang', 'Khoa', 'Khôi', 'Khải', 'Kiên', 'Kiệt', 'Lan', 'Liên', 'Linh', 'Loan', 'Lộc',
  'Lợi', 'Long', 'Luân', 'Lực', 'Ly', 'Mạnh', 'Minh', 'My', 'Mỹ', 'Nga', 'Ngân', 'Nghĩa', 'Ngọc', 'Nhân', 'Nhung',
  'Như', 'Nhi', 'Nhật', 'Nguyệt', 'Oanh', 'Phong', 'Phú', 'Phúc', 'Phước', 'Phụng', 'Phượng', 'Quân', 'Quang',
  'Quế', 'Quốc', 'Quyên', 'Quyết', 'Quỳnh', 'Quý', 'Sơn', 'Sang', 'Tài', 'Tâm', 'Tân', 'Thành', 'Thanh', 'Thảo',
  'Thắng', 'Thịnh', 'Thơ', 'Thu', 'Thúy', 'Thủy', 'Thùy', 'Thy', 'Thư', 'Thục', 'Thuận', 'Thương', 'Thiện', 'Tiên',
  'Tiến', 'Toàn', 'Trang', 'Trâm', 'Trí', 'Trinh', 'Trọng', 'Tuấn', 'Tú', 'Tùng', 'Tuyết', 'Tường', 'Uyên', 'Vân',
  'Việt', 'Vinh', 'Vĩnh', 'Vy', 'Xuân', 'Yến', 'Khiêm', 'Tín', 'Hạ', 'Lệ', 'Nhàn', 'Thoa', 'Trúc', 'Đoan', 'Khuê',
  'Thêu', 'Thắm', 'Bằng', 'Cảnh', 'Doanh', 'Đăng', 'Hoan', 'Huân', 'Lập', 'Lĩnh', 'Mẫn', 'Nghị', 'Phát', 'Sĩ',
  'Thăng', 'Thông', 'Thức', 'Tiệp', 'Toản', 'Tuệ', 'Tuyên', 'Vượng', 'Kha', 'Hậu', 'Hiên', 'Dương', 'Hoàng', 'Lâm',
] as const;

/** Words opening a description of a person after a foreign name ("Ayaka Suzuki, người vận động …, cho biết"). */
export const PERSON_NOUNS = [
  'người', 'cựu', 'điều dưỡng', 'tài tử', 'nhà', 'sinh viên', 'học sinh', 'cô gái', 'chàng trai', 'bà mẹ', 'ông bố',
  'vận động viên', 'cầu thủ', 'du khách', 'nông dân', 'công nhân', 'giảng viên', 'giáo viên', 'nghiên cứu sinh',
  'đồng sáng lập', 'nhà sáng lập', 'tác giả', 'ngôi sao', 'chủ', 'nữ', 'nam', 'mẹ', 'bố', 'vợ', 'chồng', 'con gái',
  'con trai',
] as const;

/** A kinship pronoun and a verb ending a quote's attribution: '"…", chị nói.', '"…", anh chia sẻ.'. */
export const PRONOUN_POST_VERBS = ['anh', 'chị', 'cô', 'em'].flatMap((p) =>
  ['nói', 'chia sẻ', 'cho biết', 'kể', 'bộc bạch', 'tâm sự', 'nhấn mạnh', 'khẳng định', 'cho hay'].map((v) => `${p} ${v}`),
);

/** Organisation heads named by a place ("Tỉnh ủy Hà Nam", "UBND xã …"): a person's name right after one is not the body's. */
/**
 * Words before a place or an institution that carries a person's name ("xã Nguyên Bình", "trường THPT Lê Viết Tạo",
 * "đường Nguyễn Huệ"): the family name after them starts no person.
 */
export const NAMED_PLACE_HEADS = [
  ...ADMIN_UNITS, 'thôn', 'Thôn', 'ấp', 'Ấp', 'bản', 'khu phố', 'tổ dân phố', 'đường', 'Đường', 'phố', 'ngõ', 'hẻm',
  'trường', 'Trường', 'THPT', 'THCS', 'Tiểu học', 'Trung học cơ sở', 'Trung học phổ thông', 'Bệnh viện', 'bệnh viện',
  'Đại học', 'Học viện', 'cầu', 'chợ', 'sông', 'hồ',
] as const;

export const PLACE_HEADS = [
  'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Đảng ủy', 'UBND', 'HĐND', 'Ủy ban nhân dân', 'Hội đồng nhân dân',
  'Công an', 'Sở', 'Ban Thường vụ', 'UBMTTQ',
] as const;

/** Committees named by their field after "về" ("Ban chỉ đạo Trung ương về phòng chống thiên tai"). */
export const FIELD_HEADS = [
  'Ban chỉ đạo', 'Ban Chỉ đạo', 'Ban chỉ huy', 'Ban Chỉ huy', 'Ủy ban', 'Hội đồng', 'Tiểu ban', 'Tổ công tác',
] as const;

/**
 * Activities that name a body after its head ("Trung tâm thông tin …", "Hội đồng đánh giá …", "Ban chỉ đạo …"):
 * right after a bare head they are part of its name, not a verb of the body. Not "dự báo"/"cảnh báo": the
 * engine reads "Trung tâm dự báo khí tượng …, …" through the forecast centre's own statement.
 */
export const NAMING_ACTIVITIES = [
  'thông tin', 'đánh giá', 'chỉ đạo', 'báo cáo', 'tư vấn', 'giám sát', 'thẩm định',
  'nghiệm thu', 'kiểm tra', 'điều tra', 'phát ngôn', 'chỉ huy', 'thông báo', 'khuyến cáo', 'đề xuất', 'nhận định',
] as const;
/** Heads a body can stand on alone before such an activity: "Hội đồng", "Trung tâm", "Ban". */
export const BARE_BODY_HEADS = [
  'Hội đồng', 'Trung tâm', 'Ban', 'Ủy ban', 'Uỷ ban', 'Tổ', 'Đoàn', 'Nhóm', 'Phòng', 'Cục', 'Viện', 'Văn phòng',
  'Cơ quan', 'Bộ phận',
] as const;
/**
 * Verbs that take a document, a result or a decision as their object ("công bố quyết định", "công bố ca nhiễm mới",
 * "họp báo công bố thông tin về vụ án"): they report a statement only with a clause opener or a quote after them
 * ("công bố rằng …", "công bố: …").
 */
export const NOUN_OBJECT_VERBS = ['công bố'] as const;
/**
 * "tổ chức hội nghị thông báo …", "đăng tải bài viết Đính chính thông tin …": a speech word right after an event the
 * subject holds or an article it posts (and its title) names that event or article; nobody speaks (as "họp báo thông
 * tin …"). Not documents ("ban hành chỉ thị yêu cầu …", "ra thông cáo cho biết …"): a document speaks for its body.
 */
export const PUBLISHING_VERBS = ['tổ chức', 'đăng tải', 'đăng'] as const;
export const EVENT_ARTICLE_NOUNS = [
  'hội nghị', 'hội thảo', 'tọa đàm', 'toạ đàm', 'họp báo', 'buổi họp báo', 'cuộc họp báo', 'bài viết', 'bài',
] as const;
/**
 * "phê duyệt đề xuất trao tặng …", "phủ nhận tuyên bố chung mà mình đã kí": a proposal or a statement taken as the
 * object of a verb that approves, rejects or denies it is a noun; what follows names it, nobody says it.
 */
export const PROPOSAL_TAKING_VERBS = [
  'phê duyệt', 'chấp thuận', 'bác bỏ', 'phủ nhận', 'ủng hộ', 'hoan nghênh', 'tiếp nhận', 'xem xét',
] as const;
export const PROPOSAL_NOUNS = ['đề xuất', 'đề nghị', 'kiến nghị', 'tuyên bố', 'khuyến nghị'] as const;
/**
 * Words right after a speech verb that make it no speech: "kể từ khi …" (since), "kể cả …" (including), "kể câu chuyện
 * …" (to tell a story, its object), "kể trên" (aforementioned), "kể tên" (to name); "chỉ đạo công tác cứu hộ",
 * "chỉ đạo triển khai các biện pháp …" (the work led is the object; nothing is said).
 */
export const NOT_SPEECH_AFTER_VERB: Readonly<Record<string, readonly string[]>> = {
  'kể': ['từ', 'cả', 'câu chuyện', 'chuyện', 'trên', 'tên', 'lể'],
  'chỉ đạo': ['công tác', 'triển khai'],
  'khai': [
    'trương', 'thác', 'mạc', 'giảng', 'báo', 'sinh', 'hoang', 'thông', 'phá', 'tử', 'hỏa', 'triển', 'quật', 'phóng',
    'man', 'gian', 'tên', 'hội', 'cuộc', 'khoáng', 'hải quan', 'thuế', 'vị', 'xuân', 'bút', 'tâm',
  ],
};
/**
 * Words right before a speech verb that make it the second syllable of another word: "công khai" (to make public),
 * "triển khai" (to deploy), "kê khai" (to declare assets), "lời khai" / "tờ khai" (a statement or form, nouns).
 */
export const NOT_SPEECH_BEFORE_VERB: Readonly<Record<string, readonly string[]>> = {
  'khai': ['công', 'triển', 'kê', 'lời', 'tờ', 'bản', 'khai'],
};
/**
 * "đã thông báo cho người nhà nạn nhân", "thông báo cho Công an tỉnh … tiếp nhận điều tra": a reported clause that
 * starts with the person told is no statement, unless it goes on to what they were told ("cho PV biết là …").
 */
export const RECIPIENT_WORDS = ['cho'] as const;
export const TOLD_THAT = ['rằng', 'biết là', 'biết rằng'] as const;
/**
 * "khai nhận hành vi phạm tội", "báo cáo sự việc đến Công an TP", "tiết lộ lý do vì sao …": a verb whose object is
 * the deed, the matter or the reason names a topic and says nothing; "khai nhận đã trộm …", "khai nhận, số tê tê
 * được mua …" say what was done.
 */
export const TOPIC_OBJECT_VERBS = ['khai nhận', 'báo cáo', 'thông báo', 'trình báo', 'tiết lộ'] as const;
export const TOPIC_OBJECTS = ['hành vi', 'quá trình', 'tội', 'sự việc', 'vụ việc', 'việc', 'lý do', 'lí do'] as const;
/**
 * Two-word fields written with a comma inside a committee's name ("Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh …"):
 * the comma does not end the name.
 */
export const COMMITTEE_FIELD_PAIRS = ['phòng, chống'] as const;
/** Last words of a title held in a committee ("Trưởng Ban Chỉ đạo …", "Ủy viên Ban …"): the committee is the title's. */
export const COMMITTEE_TITLE_WORDS = ['trưởng', 'viên'] as const;
/** Time adjuncts that open a sentence before "theo X, …" ("Ngày 30-12, theo tin từ CDC Hà Nội, …"). */
export const TIME_LEADS = [
  'Ngày', 'Sáng', 'Trưa', 'Chiều', 'Tối', 'Đêm', 'Rạng sáng', 'Hôm', 'Cùng ngày', 'Trước đó', 'Sau đó', 'Hiện nay',
  'Hiện tại', 'Song song đó', 'Đến nay', 'Tính đến',
] as const;
/** Words opening a clause that names whom the speaker talked to: "trao đổi với Dân Việt, …", "Trả lời VnExpress, …". */
export const INTERVIEW_LEADS = [
  'trao đổi với', 'chia sẻ với', 'nói với', 'trả lời', 'trả lời phỏng vấn', 'phỏng vấn với', 'tâm sự với',
] as const;
/**
 * "Theo thông tin từ báo Dân trí, …", "Theo tờ Tuổi Trẻ, …": the words after "theo" that name the outlet a report is
 * taken from. The first three take any source after them; the outlet heads take a capitalised name.
 */
export const OUTLET_SOURCE_WORDS = ['thông tin từ', 'tin từ', 'nguồn tin từ'] as const;
export const OUTLET_HEADS = ['báo', 'tờ', 'hãng tin', 'hãng thông tấn', 'đài', 'kênh', 'trang', 'tạp chí'] as const;
/** Words before a name that make it an object, not the subject ("cho cựu Thứ trưởng Nguyễn Bá Hoan"). */
export const NAME_OBJECT_WORDS = ['cho', 'của', 'với', 'về', 'tới', 'đến', 'và', 'cùng', 'theo', 'từ', 'như'] as const;
/**
 * Last words of a company's international name ("Vietnam Airlines", "Samsung Electronics", "FLC Group"): a capitalised
 * run ending in one names a company, never a person ("Lãnh đạo Vietnam Airlines khẳng định …").
 */
export const COMPANY_NAME_TAILS = [
  'Air', 'Airlines', 'Airways', 'Group', 'Holding', 'Holdings', 'Corporation', 'Corp', 'Inc', 'Ltd', 'JSC', 'Company',
  'Bank', 'Securities', 'Capital', 'Electronics', 'Motor', 'Motors', 'Pharma', 'Pharmaceuticals', 'Telecom',
  'Technologies', 'Technology', 'Energy', 'Logistics', 'Insurance', 'Investment', 'Partners', 'Associates', 'Fund',
] as const;

/**
 * Relatives whose word before a name makes them the one speaking ("Vợ ông Nguyễn Văn An cho biết": his wife speaks),
 * with the words that may stand between, and those before the relative that make it describe the named person
 * ("bà mẹ Nguyễn Thị Lan", "người cha Trần Văn Nam": the mother is Lan). Not "gia đình anh X": a household speaks
 * through X.
 */
export const RELATIVE_WORDS = {
  relatives: [
    'vợ', 'chồng', 'con trai', 'con gái', 'con', 'mẹ', 'bố', 'cha', 'anh trai', 'chị gái', 'em trai', 'em gái', 'cháu',
    'người nhà', 'người thân',
  ],
  links: ['của'],
  honorifics: ['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'em', 'cụ', 'bé', 'cháu'],
  describers: ['bà', 'ông', 'người', 'một', 'anh', 'chị'],
} as const;

/** Reporting verbs a text uses of itself ("Như đã nói ở trên, …": as said above), never of a person. */
export const SELF_REFERENCE_VERBS = ['nói', 'nêu', 'đề cập', 'phân tích', 'trình bày', 'đề cập đến'] as const;

/**
 * Academic and medical degrees that newspapers chain with dots before a name ("PGS.TS.BSCK2 Trần Văn A", "ThS.BS.CKII
 * Lê B"): a chain of these is one prefix, however long.
 */
export const DEGREE_ATOMS = [
  'GS', 'PGS', 'TS', 'TSKH', 'ThS', 'BS', 'BSCKI', 'BSCKII', 'BSCK1', 'BSCK2', 'CKI', 'CKII', 'CK1', 'CK2', 'BSNT',
  'DS', 'DSCKI', 'DSCKII', 'KS', 'LS', 'NCS',
] as const;

/** Honorifics of a person (not the prepositions HONORIFICS also holds): "Ông Trần Văn A, …", "chị Lê Thị B, …". */
export const PERSON_HONORIFICS = [
  'ông', 'bà', 'anh', 'chị', 'cô', 'cụ', 'thầy', 'Ông', 'Bà', 'Anh', 'Chị', 'Cô', 'Cụ', 'Thầy',
] as const;

/** Pronouns that speak for a person named before: "Bà cho rằng …", "“…” - ông chia sẻ." (gender from GENDERS). */
export const SPEAKING_PRONOUNS = ['ông', 'bà', 'ông ấy', 'bà ấy'] as const;
/** Small words inside a foreign name, between capitalised words: "Ursula von der Leyen", "Rafael de la Cruz". */
export const FOREIGN_NAME_PARTICLES = ['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'dos', 'la', 'le', 'bin', 'binti', 'al', 'el', 'ter'] as const;
