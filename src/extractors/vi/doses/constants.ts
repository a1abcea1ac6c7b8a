import { COMMON_COUNTERPARTS, NAMED_VACCINES, parseEllipsis, type DoseVocab } from '../../common/doses/index.js';
import { wordAlternation } from '../../common/numbers/index.js';
import { VI_NUMBERS } from '../numbers/index.js';
import viEllipsis from './ellipsis.json' with { type: 'json' };

const VACCINE = ['vaccine', 'vắc xin', 'vắc-xin', 'vacxin', 'vaccin'];
const DRUG = ['thuốc đặc trị', 'thuốc kháng virus', 'thuốc kháng vi rút', 'thuốc'];
const NAMED_ONE = wordAlternation(Object.keys(NAMED_VACCINES));
// "Pfizer và AstraZeneca": several named vaccines in one figure.
const NAMED = `(?:${NAMED_ONE})(?:\\s*(?:,|\\s(?:${wordAlternation(['và', 'cùng'])}))\\s*(?:${NAMED_ONE}))*`;

export const VI_DOSES: DoseVocab = {
  lang: 'vi',
  numbers: VI_NUMBERS,
  units: ['liều', 'mũi', 'lọ', 'vắc xin', 'vắc-xin', 'vaccine'],
  unitNotBefore: ['lượng', 'lĩnh', 'mạng'],
  // "mũi" is a shot only beside tiêm/vaccine: "3 mũi công phá" (three thrusts) is a metaphor.
  // "1 triệu vắc xin" counts doses; "4 loại vắc xin", "2 vắc xin" count kinds.
  // "5.000 lọ vắc xin" counts vials (a dose unit); "lọ" alone is any jar.
  gatedUnits: {
    'vắc xin': { scaled: true },
    'vắc-xin': { scaled: true },
    vaccine: { scaled: true },
    mũi: {
      after: `^mũi\\s+(?:tiêm|${wordAlternation(VACCINE)})`,
      before: 'tiêm',
      counted: `tiêm|${wordAlternation(VACCINE)}`,
      scaled: true,
    },
    lọ: { after: `^lọ\\s+(?:${wordAlternation(VACCINE)})` },
  },
  unitItem: { mũi: 'vaccine', lọ: 'vaccine', 'vắc xin': 'vaccine', 'vắc-xin': 'vaccine', vaccine: 'vaccine' },
  itemTail: `\\s+(?:${wordAlternation(VACCINE)})(?:\\s+(?:phòng\\s+)?(?:COVID-19\\s+)?(?:${NAMED}))?(?![\\p{L}\\p{N}])|\\s+(?:${wordAlternation(DRUG)})(?![\\p{L}\\p{N}])|\\s+(?:${NAMED})(?![\\p{L}\\p{N}])`,
  approx: ['khoảng', 'gần', 'hơn', 'vượt', 'vượt mức', 'vượt quá', 'trên', 'xấp xỉ', 'chừng', 'ước tính', 'ước khoảng', 'khoảng hơn', 'gần như', 'lên tới', 'lên đến', 'tới hơn', 'ít nhất', 'tối thiểu', 'dưới'],
  range: { from: ['từ'], to: ['đến', 'tới'], between: ['trong khoảng từ', 'khoảng từ'], and: ['đến', 'tới'] },
  ellipsis: parseEllipsis(viEllipsis, 'src/extractors/vi/doses/ellipsis.json'),
  vague: '(?:hàng|nhiều|vài|mấy|hàng\\s+chục|hàng\\s+trăm|vài\\s+chục|vài\\s+trăm|nhiều\\s+chục|nhiều\\s+trăm)\\s+(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\\p{L}\\p{N}])',
  items: { vaccine: VACCINE, drug: DRUG, named: NAMED_VACCINES },
  cues: [
    // "huy động được" (mobilised, secured) is committed, not received: it counts contracts, pledges and deliveries
    // together, while arrivals are told with nhận/tiếp nhận/về; the Indonesian seed's "mendapatkan komitmen" agrees.
    // "đã đàm phán (thành công)": negotiated; "đang đàm phán" (still negotiating) commits nothing.
    { status: 'committed', patterns: ['đã\\s+đàm\\s+phán', 'đàm\\s+phán\\s+thành\\s+công'] },
    // "Nga đã đồng ý cung ứng cho Việt Nam 20 triệu liều", "cam kết bàn giao cho EU 60 triệu liều", "Anh được đảm
    // bảo cung cấp 357 triệu liều": a supply agreed, pledged or secured, not yet delivered.
    {
      status: 'committed',
      patterns: [
        '(?:cam\\s+kết|đồng\\s+ý|th(?:ỏa|oả)\\s+thuận|được\\s+(?:đảm|bảo)\\s+(?:bảo|đảm))(?:\\s+(?:đảm\\s+bảo|sẽ))?' +
          '\\s+(?:cung\\s+ứng|cung\\s+cấp|bán|chuyển\\s+giao|bàn\\s+giao|giao|gửi|phân\\s+phối)(?![\\p{L}])',
      ],
    },
    // "hoàn tất thỏa thuận với Pfizer … về việc cung cấp thêm 300 triệu liều": the supply is what was agreed, a noun
    // after "về việc" (about), not a delivery.
    {
      status: 'committed',
      patterns: [
        '(?<=(?:th(?:ỏa|oả)\\s+thuận|hợp\\s+đồng)[^.;:]{0,80})về\\s+việc\\s+(?:cung\\s+ứng|cung\\s+cấp|bán|chuyển\\s+giao|mua)',
      ],
    },
    // "Theo quyết định phân bổ, 28 tỉnh … tiếp nhận 448.400 liều": the receipt said under an allocation is one.
    {
      status: 'allocated',
      patterns: ['(?<=[Tt]heo\\s+(?:quyết\\s+định\\s+)?phân\\s+bổ[^.;:]{0,80})(?:tiếp\\s+)?nhận'],
    },
    {
      status: 'allocated',
      words: [
        'phân bổ', 'được phân bổ', 'đã phân bổ', 'cấp phát', 'điều chuyển', 'được cấp', 'đã cấp', 'cấp cho', 'cấp thêm',
        'phân cho', 'được phân cho', 'xuất cấp', 'được xuất cấp',
        // "đã phân phối 551.000.705 liều", "COVAX phân phối … 309 triệu liều": distributed down or out.
        'phân phối', 'đã phân phối', 'được phân phối',
      ],
      // "Cấp 425.000 liều vắc-xin … cho 6 tỉnh": "cấp" right before an amount grants it (not "cấp tỉnh", "cấp phép").
      patterns: ['(?<![\\p{L}])[Cc]ấp(?=\\s+(?:thêm\\s+)?\\d)'],
    },
    // The state's own chain handing doses down is an allocation, not a gift: "hỗ trợ cho tỉnh 500 ngàn liều", "hỗ trợ
    // các hộ chăn nuôi 30.000 liều", "Cục thú y mới hỗ trợ được 500 ngàn liều" (a foreign donor gives to a country).
    {
      status: 'allocated',
      patterns: [
        'hỗ\\s+trợ(?=\\s+(?:cho\\s+)?(?:các\\s+)?(?:tỉnh|huyện|xã|thị\\s+xã|quận|phường|địa\\s+phương|hộ|người\\s+chăn\\s+nuôi)(?![\\p{L}]))',
        '(?<=(?:[Cc]ục|[Cc]hi\\s+cục|[Tt]rạm|[Nn]gành)\\s+[Tt]hú\\s+y[^.;:]{0,40})hỗ\\s+trợ',
        // Carried on to the localities: "… liều được vận chuyển tới các địa phương", "chuyển 300.000 liều … lên các
        // tỉnh" (carried to a city or a country stays a delivery).
        '(?:vận\\s+)?chuyển(?=(?:[^.;:]|\\.(?=\\d)){0,60}?\\s(?:tới|đến|lên|về|xuống)\\s+(?:các\\s+)?(?:tỉnh|huyện|xã|quận|địa\\s+phương)(?![\\p{L}]))',
      ],
    },
    // An order named as a noun names the event, not a predicate: a future said later in its clause governs the
    // figure ("đơn đặt hàng đầu tiên gồm 2 triệu liều … sẽ đến").
    { status: 'committed', noun: true, words: ['đơn đặt hàng', 'đơn hàng'] },
    // Doses destroyed or expired are no delivery: "tiến hành tiêu hủy hơn 1 triệu liều vaccine … hết hạn sử dụng".
    { status: 'unknown', words: ['tiêu hủy', 'tiêu huỷ', 'bị hủy', 'bị huỷ', 'hủy bỏ', 'huỷ bỏ'] },
    // Needs name no delivery: "Việt Nam cần 150 triệu liều".
    { status: 'unknown', words: ['cần', 'nhu cầu'] },
    // Production and capacity neither: "450 triệu liều đã được sản xuất"; planned, they are expected ("Dự kiến, …
    // Vabiotech sản xuất khoảng 40 triệu liều").
    { status: 'unknown', production: true, words: ['sản xuất', 'công suất', 'năng lực sản xuất', 'năng suất'] },
    {
      status: 'committed',
      words: [
        'cam kết', 'hợp đồng', 'ký kết', 'đã ký', 'đặt mua', 'đặt hàng', 'mua', 'mua được', 'huy động được', 'huy động',
        'thỏa thuận', 'thoả thuận', 'đàm phán được', 'tiếp cận được',
        // "Hàn Quốc đã đảm bảo tổng cộng 193 triệu liều": secured by contract (not "đảm bảo an toàn": ensure).
        'đã đảm bảo', 'đảm bảo được', 'đảm bảo thêm', 'đã bảo đảm', 'bảo đảm được',
      ],
    },
    {
      status: 'received',
      words: [
        'nhận', 'tiếp nhận', 'nhận được', 'đã nhận', 'nhập khẩu', 'nhập về', 'cập cảng', 'được giao', 'đã về', 'về đến',
        'về tới', 'đưa về', 'hạ cánh', 'cập bến',
        // Stock held is received: "Hồng Kông đang tích trữ 15 triệu liều", "Canada tồn kho gần 22 triệu liều", "đã
        // sẵn có kho dự trữ 18,7 triệu liều", "20.000 liều … đang bảo quản tại Việt Nam", "nằm trong kho lưu trữ".
        'tích trữ', 'tồn kho', 'kho dự trữ', 'bảo quản', 'lưu trữ',
      ],
      // "AstraZeneca đã chuyển về thành phố Hồ Chí Minh thêm 659.900 liều": brought in (sent on to the localities is
      // a distribution).
      patterns: [
        'đáp(?:\\s+xuống)?\\s+sân\\s+bay',
        'chuyển\\s+về(?!\\s+(?:các\\s+)?(?:địa\\s+phương|tỉnh|huyện|xã))',
        // Stock held, said as a verb: "WHO đang dự trữ khoảng 31 triệu liều", "… liều, đang được quân đội dự trữ" (not
        // the noun: "hàng dự trữ quốc gia", "nguồn dự trữ").
        '(?<=(?:đang|được|đã)(?:\\s+\\p{L}+){0,2}\\s+)dự\\s+trữ',
      ],
    },
    // "Hà Nội được nhận 500.000 liều" is a receipt, but after "Theo phân bổ" the allocation governs.
    { status: 'received', weak: true, words: ['được nhận'] },
    // Supplying verbs: received on the receiving side, and their subject is the supplier ("Pfizer sẽ giao thêm").
    {
      status: 'received',
      source: true,
      words: [
        'bàn giao', 'chuyển giao', 'chuyển đến', 'giao thêm', 'giao hàng', 'cung ứng', 'cung cấp', 'đã giao',
        'vừa giao', 'chuyển thêm', 'vận chuyển', 'được chở', 'đã chở', 'gửi', 'đã gửi', 'gửi thêm',
        // Synonyms of "chuyển đến": "được chuyển tới quốc gia Đông Nam Á", "đã được đưa đến Sao Paulo".
        'chuyển tới', 'đưa đến', 'đưa tới',
      ],
      // "Mỹ đã chuyển 500.000 liều … cho TPHCM": "chuyển" with its amount before the receiver (not "vận chuyển").
      patterns: [
        '(?<!vận\\s)chuyển(?=\\s+(?:thêm\\s+)?(?:(?:hơn|khoảng|gần|trên)\\s+)?\\d(?:[^.;:]|\\.(?=\\d)){0,60}?\\s(?:cho|đến|tới)\\s)',
      ],
    },
    // "về"/"đến" after the figure mean arrival only before a place: "30 triệu liều về Việt Nam" (but "về chính sách": about).
    {
      status: 'received',
      position: 'after',
      patterns: [
        '(?:về|đến|tới)\\s+(?:Việt Nam|nước ta|Hà Nội|TP\\.?\\s?HCM|TP\\.?\\s?Hồ Chí Minh|sân bay|Nội Bài|Tân Sơn Nhất)',
        // Arrived, said with the perfective: "23 triệu liều vaccine đã tới châu Phi" (not "đã đến lúc/hạn": it is time, due).
        '(?:đã|vừa|mới)\\s+(?:đến|tới)(?!\\s+(?:lúc|hạn|thời|mức|nay|khi|mục tiêu)(?![\\p{L}\\p{N}]))',
      ],
    },
    // "có" (have) but not "có khi" (sometimes), "có thể" (can), "có những" (there are).
    {
      status: 'received',
      weak: true,
      position: 'before',
      words: ['sở hữu'],
      patterns: [
        '(?:đã\\s+)?có(?!\\s+(?:khi|thể|lẽ|lúc|vẻ|phần|ý|những|nhiều|các|một số)(?![\\p{L}\\p{N}]))(?:\\s+thêm)?',
      ],
    },
    {
      status: 'administered',
      words: [
        'thực hiện được', 'được thực hiện', 'tiêm', 'đã tiêm', 'tiêm được', 'được tiêm', 'tiêm chủng', 'sử dụng',
        'đã sử dụng',
      ],
    },
    // "gần 1,5 tỷ liều vaccine … được tiến hành ở hơn 180 nước": doses carried out are given (after the figure only:
    // "sẽ tiến hành đóng ống" before it is production).
    { status: 'administered', position: 'after', words: ['được tiến hành'] },
    {
      status: 'donated',
      words: [
        'viện trợ', 'tặng', 'trao tặng', 'hiến tặng', 'ủng hộ', 'chia sẻ', 'hỗ trợ', 'tài trợ', 'quà tặng', 'trao',
        'đã trao',
      ],
    },
  ],
  modifiersOfCues: {
    past: ['đã', 'vừa', 'mới'],
    future: [
      'sẽ', 'dự kiến', 'sắp', 'theo kế hoạch', 'kế hoạch', 'chuẩn bị', 'dự tính', 'trong thời gian tới',
      // "Canada dự trù nhận được 2,9 triệu liều", "đang trên đà nhận được 51 triệu liều", "đang mong đợi 1 triệu liều".
      'dự trù', 'trên đà', 'mong đợi', 'trông đợi', 'chờ đợi',
      // An ability is no event yet: "Nanogen cho biết có thể cung cấp đủ 50 triệu liều đến tháng 12/2021".
      'có thể',
    ],
    // Seeking or intending to get doses is a plan, even to buy: "đang tìm cách có thêm 8 triệu liều", "ban đầu dự
    // định mua 2 triệu liều".
    plan: ['mục tiêu', 'phấn đấu', 'đề xuất', 'tìm cách', 'dự định'],
    // Negotiating to buy or over a delivery schedule is a plan ("đàm phán mua thêm 20 triệu liều"); negotiated
    // ("đã đàm phán", "đàm phán thành công", "đã thỏa thuận, đàm phán …") is a commitment said by other cues.
    // The talks as a noun ("tham gia đàm phán", "cuộc đàm phán") plan nothing; talks going on ("đang đàm phán thêm
    // 45 triệu liều") are a plan by the held-out convention in common/doses/README.md (news-2021 said unknown).
    planPatterns: [
      '(?<!đã(?:\\s+\\p{L}+){0,2},?\\s+|(?:tham\\s+gia|cuộc|vòng)\\s+)đàm\\s+phán(?!\\s+(?:thành\\s+công|được))',
    ],
    condition: ['nếu', 'giả sử', 'trong trường hợp'],
    negation: ['chưa', 'không', 'chẳng', 'chưa được', 'không được'],
    // "đã yêu cầu được cấp 79 triệu liều": asked for, not delivered (not "xin": it is also the second syllable of "vắc xin").
    request: ['yêu cầu', 'đề nghị được'],
    purpose: ['để', 'nhằm'],
    promise: ['thông báo', 'công bố', 'quyết định', 'tuyên bố', 'nhất trí', 'hứa'],
    report: ['cho biết', 'cho hay', 'tiết lộ', 'khẳng định', 'nhấn mạnh', 'nêu rõ', 'thông tin'],
    wholeFrame: ['trong tổng số', 'trong số', 'nằm trong'],
  },
  // A target reached is no plan: "đã đạt mục tiêu tiêm 5 triệu liều". "gói hỗ trợ" (an aid package) is a noun: the
  // verb said of the package governs ("gói hỗ trợ 1,5 triệu liều … Úc cam kết").
  notCues: [
    'còn lại', 'đạt mục tiêu', 'vượt mục tiêu', 'hoàn thành mục tiêu', 'cấp phép', 'được cấp phép', 'đã cấp phép',
    'trao đổi', 'gói hỗ trợ', 'sản xuất tại', 'sản xuất ở',
    // "Nếu tính cả 780.000 liều …": counting in, no condition. "song phương" (bilateral) is no "song" (but).
    'nếu tính', 'nếu tính cả', 'song phương', 'song song', 'song hành',
    // Place names are no needs word: "chuyển về Cần Thơ 120.000 liều".
    'Cần Thơ', 'Cần Giờ', 'Cần Giuộc', 'Cần Đước',
  ],
  clauseBreaks: [
    'thì', 'mà', 'nhưng', 'song', 'tuy nhiên', 'trong khi', 'còn', 'trong đó có', 'trong số đó có', 'trong đó', 'trong số đó',
    // A temporal clause has its own predicate: "Đức có khoảng 117.000 liều …, đang được quân đội dự trữ sau khi chính
    // phủ nước này mua vào năm 2022" (the purchase is not what the 117.000 doses are now).
    'sau khi', 'trước khi',
    // A running total is its own predicate: "… về tới TP.HCM, nâng tổng số liều vaccine Mỹ tặng … lên 9,1 triệu liều".
    'nâng tổng số',
  ],
  // Vietnam is the receiving side in Vietnamese news: never listed as a counterpart.
  counterparts: {
    ...COMMON_COUNTERPARTS,
    Mỹ: 'United States',
    'Hoa Kỳ': 'United States',
    'Nhật Bản': 'Japan',
    'Nhật bản': 'Japan',
    'Trung Quốc': 'China',
    Nga: 'Russia',
    'Liên bang Nga': 'Russia',
    'Vương quốc Anh': 'United Kingdom',
    'Chính phủ Anh': 'United Kingdom',
    'nước Anh': 'United Kingdom',
    Pháp: 'France',
    Đức: 'Germany',
    Úc: 'Australia',
    Australia: 'Australia',
    'Ô-xtrây-li-a': 'Australia',
    'Ấn Độ': 'India',
    'Thụy Sĩ': 'Switzerland',
    'Thuỵ Sĩ': 'Switzerland',
    'Hàn Quốc': 'South Korea',
    Canada: 'Canada',
    Italy: 'Italy',
    'I-ta-li-a': 'Italy',
    'Ba Lan': 'Poland',
    Hungary: 'Hungary',
    Séc: 'Czech Republic',
    Cuba: 'Cuba',
    'New Zealand': 'New Zealand',
    Singapore: 'Singapore',
    Israel: 'Israel',
    Romania: 'Romania',
    'Tây Ban Nha': 'Spain',
    'Hà Lan': 'Netherlands',
    Bỉ: 'Belgium',
    'Na Uy': 'Norway',
    'Thái Lan': 'Thailand',
    Lào: 'Laos',
    Campuchia: 'Cambodia',
    'Liên minh châu Âu': 'European Union',
    'Liên minh Châu Âu': 'European Union',
    EU: 'European Union',
    'Tổ chức Y tế Thế giới': 'WHO',
  },
  sourceMarkers: ['từ', 'của', 'do', 'qua', 'thông qua', 'với', 'cơ chế'],
  listJoiners: ['và', 'cùng'],
  wholeJoiners: ['trong số', 'trong tổng số'],
  // "… 4 đợt trao tặng mà Mỹ dành cho Việt Nam … với tổng cộng 7,5 triệu liều": the figure is an adjunct of the event.
  adjuncts: { words: ['với', 'cùng với'], fillers: ['tổng cộng', 'tổng số'] },
  relatives: ['mà'],
  agentClauses: ['mà', 'do'],
  ratioAfter: ['trên 100 dân', 'trên 100 người', '/100 dân', '/100 người', 'trên 1.000 dân', 'trên mỗi 100', 'cho mỗi 100'],
  smallCountAfter: ['tiếp nhận', 'đã nhận', 'nhận được', 'nhập về', 'tiếp nhận thêm', 'nhận thêm'],
  currencies: ['USD', 'US$', 'VND', 'VNĐ', 'EUR', 'đô la', 'giá', 'trị giá', 'doanh thu', 'lợi nhuận', 'cổ phiếu'],
};
