import type { Case } from './support.js';

/** Vietnamese statements: written for this extractor, not taken from its fixtures. */
export const VI_CASES: Case[] = [
  {
    name: 'title + ministry + name, cho biết',
    text: 'Thứ trưởng Bộ Y tế Trần Văn Thuấn cho biết Việt Nam sẽ nhận thêm 5 triệu liều vaccine Pfizer trong tháng 9.',
    expect: [{ key: 'tran van thuan', title: 'Thứ trưởng', org: 'Bộ Y tế', direct: false, verb: 'cho biết', quote: 'Việt Nam sẽ nhận thêm 5 triệu liều vaccine Pfizer trong tháng 9' }],
  },
  {
    name: 'direct quote, speaker after',
    text: '“Chúng tôi sẽ tiêm hết số vaccine này trong tuần tới”, Bộ trưởng Nguyễn Thanh Long nói.',
    expect: [{ key: 'nguyen thanh long', title: 'Bộ trưởng', direct: true, verb: 'nói', quote: 'Chúng tôi sẽ tiêm hết số vaccine này trong tuần tới' }],
  },
  {
    name: 'direct quote introduced by a colon',
    text: 'Phó Thủ tướng Vũ Đức Đam nhấn mạnh: “Không để vaccine nằm trong kho dù chỉ một ngày.”',
    expect: [{ key: 'vu duc dam', title: 'Phó Thủ tướng', direct: true, verb: 'nhấn mạnh', quote: 'Không để vaccine nằm trong kho dù chỉ một ngày.' }],
  },
  {
    name: 'Theo X, …',
    text: 'Theo Bộ trưởng Bộ Y tế Nguyễn Thanh Long, cả nước đã tiêm hơn 20 triệu liều vaccine.',
    expect: [{ key: 'nguyen thanh long', title: 'Bộ trưởng', org: 'Bộ Y tế', direct: false, verb: 'according to', quote: 'cả nước đã tiêm hơn 20 triệu liều vaccine' }],
  },
  {
    name: 'title + given name refers back',
    text: ['Bộ trưởng Bộ Y tế Nguyễn Thanh Long đã làm việc với các địa phương.', 'Bộ trưởng Long cho rằng các tỉnh cần chủ động hơn trong việc tiếp nhận vaccine.'],
    expect: [{ key: 'nguyen thanh long', title: 'Bộ trưởng', org: 'Bộ Y tế', direct: false, verb: 'cho rằng', quote: 'các tỉnh cần chủ động hơn trong việc tiếp nhận vaccine' }],
  },
  {
    name: '"Ông" refers back',
    text: ['Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ dự họp báo chiều 6/9.', 'Ông cho biết Việt Nam đã vận động được hơn 30 triệu liều vaccine.'],
    expect: [{ key: 'nguyen minh vu', title: 'Thứ trưởng', org: 'Bộ Ngoại giao', direct: false, quote: 'Việt Nam đã vận động được hơn 30 triệu liều vaccine' }],
  },
  {
    name: '"ông Vũ" after a quote',
    text: ['Thứ trưởng Nguyễn Minh Vũ chủ trì cuộc họp.', '“Chúng ta phải tiếp cận nguồn vaccine nhanh nhất”, ông Vũ nói.'],
    expect: [{ key: 'nguyen minh vu', title: 'Thứ trưởng', direct: true, quote: 'Chúng ta phải tiếp cận nguồn vaccine nhanh nhất' }],
  },
  {
    name: 'spokesperson',
    text: 'Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng khẳng định Việt Nam luôn coi trọng hợp tác quốc tế về vaccine.',
    expect: [{ key: 'le thi thu hang', title: 'Người phát ngôn', org: 'Bộ Ngoại giao', direct: false, verb: 'khẳng định', quote: 'Việt Nam luôn coi trọng hợp tác quốc tế về vaccine' }],
  },
  {
    name: 'reported clause first, speaker after',
    text: 'Việt Nam sẽ có thêm 30 triệu liều vaccine trong tháng 9 và tháng 10, Thứ trưởng Nguyễn Minh Vũ cho biết.',
    expect: [{ key: 'nguyen minh vu', title: 'Thứ trưởng', direct: false, verb: 'cho biết', quote: 'Việt Nam sẽ có thêm 30 triệu liều vaccine trong tháng 9 và tháng 10' }],
  },
  {
    name: 'ambassador with a place before the name',
    text: 'Đại sứ Việt Nam tại Mỹ Hà Kim Ngọc khẳng định rằng Mỹ sẽ tiếp tục hỗ trợ vaccine cho Việt Nam.',
    expect: [{ key: 'ha kim ngoc', title: 'Đại sứ', direct: false, quote: 'Mỹ sẽ tiếp tục hỗ trợ vaccine cho Việt Nam' }],
  },
  {
    name: 'a ministry speaks',
    text: 'Bộ Y tế cho biết đã phân bổ 1,2 triệu liều vaccine cho Hà Nội.',
    expect: [{ key: null, title: null, org: 'Bộ Y tế', direct: false, quote: 'đã phân bổ 1,2 triệu liều vaccine cho Hà Nội' }],
  },
  {
    name: 'quote over two paragraphs',
    text: ['Thủ tướng Phạm Minh Chính phát biểu:', '“Chúng ta phải chủ động nguồn vaccine.', '“Không có vaccine thì không thể phục hồi kinh tế.”'],
    expect: [{ key: 'pham minh chinh', title: 'Thủ tướng', direct: true, verb: 'phát biểu', quote: 'Chúng ta phải chủ động nguồn vaccine.\n\nKhông có vaccine thì không thể phục hồi kinh tế.' }],
  },
  {
    name: 'closing mark with no opening mark, after a colon',
    text: ['Bộ trưởng Nguyễn Thanh Long nói:', 'Các địa phương phải tiêm ngay khi nhận vaccine, không để tồn kho”.'],
    expect: [{ key: 'nguyen thanh long', direct: true, verb: 'nói', quote: 'Các địa phương phải tiêm ngay khi nhận vaccine, không để tồn kho' }],
  },
  {
    name: 'colon, then a paragraph with no marks',
    text: ['Thứ trưởng Đỗ Xuân Tuyên cho biết:', 'Bộ Y tế sẽ phân bổ ngay số vaccine này cho các địa phương có nhiều ca mắc.'],
    expect: [{ key: 'do xuan tuyen', title: 'Thứ trưởng', direct: true, quote: 'Bộ Y tế sẽ phân bổ ngay số vaccine này cho các địa phương có nhiều ca mắc.' }],
  },
  {
    name: 'guillemets',
    text: 'Bộ trưởng Nguyễn Thanh Long nói: «Vaccine là vũ khí quan trọng nhất lúc này».',
    expect: [{ key: 'nguyen thanh long', direct: true, quote: 'Vaccine là vũ khí quan trọng nhất lúc này' }],
  },
  {
    name: 'single curly quotes, "bà" + name',
    text: '‘Chúng tôi không để ai bị bỏ lại phía sau’, bà Nguyễn Thị Hà nói.',
    expect: [{ key: 'nguyen thi ha', title: null, direct: true, quote: 'Chúng tôi không để ai bị bỏ lại phía sau' }],
  },
  {
    name: 'straight double quotes',
    text: '"Việt Nam đã nhận được sự hỗ trợ quý báu từ bạn bè quốc tế", Phó Thủ tướng Vũ Đức Đam nhấn mạnh.',
    expect: [{ key: 'vu duc dam', title: 'Phó Thủ tướng', direct: true, quote: 'Việt Nam đã nhận được sự hỗ trợ quý báu từ bạn bè quốc tế' }],
  },
  {
    name: 'title and ministry alone refer back',
    text: ['Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ trả lời báo chí.', 'Thứ trưởng Bộ Ngoại giao cũng nhấn mạnh việc tiếp cận vaccine là ưu tiên hàng đầu.'],
    expect: [{ key: 'nguyen minh vu', title: 'Thứ trưởng', org: 'Bộ Ngoại giao', direct: false, verb: 'nhấn mạnh', quote: 'việc tiếp cận vaccine là ưu tiên hàng đầu' }],
  },
  {
    name: 'city chairman, đề nghị',
    text: 'Chủ tịch UBND TP Hà Nội Chu Ngọc Anh đề nghị các quận, huyện đẩy nhanh tiến độ tiêm chủng.',
    expect: [{ key: 'chu ngoc anh', title: 'Chủ tịch', org: 'UBND TP Hà Nội', direct: false, verb: 'đề nghị', quote: 'các quận, huyện đẩy nhanh tiến độ tiêm chủng' }],
  },
  {
    name: 'hospital director, chia sẻ rằng',
    text: 'Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ chia sẻ rằng các y bác sĩ đã làm việc liên tục nhiều tuần.',
    expect: [{ key: 'dao xuan co', title: 'Giám đốc', org: 'Bệnh viện Bạch Mai', direct: false, verb: 'chia sẻ', quote: 'các y bác sĩ đã làm việc liên tục nhiều tuần' }],
  },
  {
    name: 'phát biểu rằng',
    text: 'Thủ tướng Phạm Minh Chính phát biểu rằng cả nước phải đẩy nhanh tốc độ tiêm chủng.',
    expect: [{ key: 'pham minh chinh', title: 'Thủ tướng', direct: false, verb: 'phát biểu', quote: 'cả nước phải đẩy nhanh tốc độ tiêm chủng' }],
  },
  {
    name: 'Theo ông, …',
    text: ['Bộ trưởng Bộ Y tế Nguyễn Thanh Long kiểm tra công tác tiêm chủng tại Hà Nội.', 'Theo ông, tốc độ tiêm vaccine của Hà Nội đã tăng gấp đôi.'],
    expect: [{ key: 'nguyen thanh long', title: 'Bộ trưởng', direct: false, verb: 'according to', quote: 'tốc độ tiêm vaccine của Hà Nội đã tăng gấp đôi' }],
  },
  {
    name: 'department of health of a city, cho hay',
    text: 'Giám đốc Sở Y tế Hà Nội Trần Thị Nhị Hà cho hay thành phố sẽ tiêm 1 triệu liều trong tuần.',
    expect: [{ key: 'tran thi nhi ha', title: 'Giám đốc', org: 'Sở Y tế Hà Nội', direct: false, verb: 'cho hay', quote: 'thành phố sẽ tiêm 1 triệu liều trong tuần' }],
  },
  {
    name: 'given name picks the right one of two people',
    text: ['Bộ trưởng Nguyễn Thanh Long và Thứ trưởng Đỗ Xuân Tuyên kiểm tra kho vaccine.', 'Thứ trưởng Tuyên cho biết kho đủ điều kiện bảo quản 10 triệu liều.'],
    expect: [{ key: 'do xuan tuyen', title: 'Thứ trưởng', direct: false, quote: 'kho đủ điều kiện bảo quản 10 triệu liều' }],
  },
  {
    name: '"ông nói" after a quote',
    text: ['Thứ trưởng Đỗ Xuân Tuyên làm việc với tỉnh Bình Dương.', '“Tỉnh cần tiêm nhanh cho công nhân tại các khu công nghiệp”, ông nói.'],
    expect: [{ key: 'do xuan tuyen', title: 'Thứ trưởng', direct: true, verb: 'nói', quote: 'Tỉnh cần tiêm nhanh cho công nhân tại các khu công nghiệp' }],
  },
  {
    name: 'a pronoun after two people gives no statement (no one to name)',
    text: ['Bộ trưởng Nguyễn Thanh Long gặp Đại sứ Nguyễn Văn Hùng.', 'Ông cho biết hai bên sẽ hợp tác sản xuất vaccine.'],
    expect: [],
  },
  {
    name: 'floating quote continues the previous speaker',
    text: ['Thủ tướng Phạm Minh Chính nhấn mạnh việc tiêm vaccine là ưu tiên số một.', '“Mỗi liều vaccine đến Việt Nam phải được tiêm ngay cho người dân.”'],
    expect: [
      { key: 'pham minh chinh', direct: false, quote: 'việc tiêm vaccine là ưu tiên số một' },
      { key: 'pham minh chinh', direct: true, quote: 'Mỗi liều vaccine đến Việt Nam phải được tiêm ngay cho người dân.' },
    ],
  },
  {
    name: 'a reported clause that starts with a scare quote',
    text: 'Thứ trưởng Nguyễn Minh Vũ nói “ngoại giao vaccine” là ưu tiên hàng đầu của ngành ngoại giao.',
    expect: [{ key: 'nguyen minh vu', direct: false, verb: 'nói', quote: '“ngoại giao vaccine” là ưu tiên hàng đầu của ngành ngoại giao' }],
  },
  // Not statements.
  { name: 'scare quotes', text: 'Chiến lược “ngoại giao vaccine” đã mang lại kết quả tích cực.', expect: [] },
  { name: 'headline in quotes', raw: true, text: ['“Vaccine là chìa khóa để mở cửa nền kinh tế”, Thủ tướng nói', 'Nội dung bài viết.'], expect: [] },
  { name: 'film title', text: 'Bộ phim “Những người giữ lửa giữa tâm dịch” được trình chiếu tối qua.', expect: [] },
  { name: 'programme name', text: 'Chương trình “Sóng và máy tính cho em” đã trao 1.000 máy tính cho học sinh.', expect: [] },
  { name: 'book title', text: 'Cuốn sách “Việt Nam trong cuộc chiến chống đại dịch” vừa ra mắt bạn đọc.', expect: [] },
  { name: '"Có thể nói" has no speaker', text: 'Có thể nói, các liều thuốc đặc trị đã phát huy tác dụng.', expect: [] },
  { name: '"theo" as "along"', text: 'Tổ công tác đã triển khai theo 3 hướng chính trong tháng qua.', expect: [] },
  { name: '"Theo kế hoạch"', text: 'Theo kế hoạch, Hà Nội sẽ tiêm xong mũi 1 trong tháng 9.', expect: [] },
  { name: 'talked about, not said', text: 'Thứ trưởng Nguyễn Minh Vũ chia sẻ về chính sách ngoại giao vaccine của Việt Nam.', expect: [] },
  { name: 'slogan', text: 'Thông điệp “5K” tiếp tục được người dân thực hiện nghiêm túc.', expect: [] },
  { name: 'short quoted term', text: 'Hà Nội lập các “vùng xanh” để bảo vệ người dân.', expect: [] },
  { name: 'seminar name', text: 'Hội thảo “Tư vấn Hỗ trợ xúc tiến thương mại sản phẩm thủ công mỹ nghệ cho các doanh nghiệp”', expect: [] },
  {
    name: '"đã có những chia sẻ" is not a statement',
    text: 'Tại cuộc họp báo, Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ đã có những chia sẻ về chính sách “ngoại giao vaccine” của Việt Nam.',
    expect: [],
  },
];
