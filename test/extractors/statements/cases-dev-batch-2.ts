import type { Lang } from '../../../src/core/index.js';
import type { Case } from './support.js';

/**
 * Invented sentences, development data: foreign names before any verb, age and home appositives, ranks
 * (Letjen), cities and countries that are not names, "a spokesman for X", lower-case "city chairman".
 */
export const DEV_BATCH_2_CASES: Record<Lang, Case[]> = {
  vi: [
    {
      name: 'a press conference, title + name, then "Theo ông"',
      text: ['Sáng 15/9, Bộ Y tế tổ chức họp báo về tình hình tiêm chủng.', 'Cục trưởng Cục Quản lý Dược Vũ Tuấn Cường cho biết Bộ đã cấp phép khẩn cấp cho 8 loại vaccine.', 'Theo ông Cường, việc cấp phép luôn bảo đảm an toàn cho người dân.'],
      expect: [
        { key: 'vu tuan cuong', direct: false, quote: 'Bộ đã cấp phép khẩn cấp cho 8 loại vaccine' },
        { key: 'vu tuan cuong', direct: false, quote: 'việc cấp phép luôn bảo đảm an toàn cho người dân' },
      ],
    },
    {
      name: 'quote, X khẳng định tại buổi làm việc',
      text: '“Chúng tôi cam kết không để người dân nào bị bỏ lại phía sau”, Phó Thủ tướng Vũ Đức Đam khẳng định tại buổi làm việc.',
      expect: [{ key: 'vu duc dam', direct: true, quote: 'Chúng tôi cam kết không để người dân nào bị bỏ lại phía sau' }],
    },
    {
      name: 'colon, no marks, same paragraph',
      text: 'Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn nhấn mạnh: Việt Nam luôn là đối tác tin cậy trong hợp tác y tế toàn cầu.',
      expect: [{ key: 'bui thanh son', direct: true, quote: 'Việt Nam luôn là đối tác tin cậy trong hợp tác y tế toàn cầu.' }],
    },
    {
      name: 'foreign ambassador named without a verb, then "Ông Knapper"',
      text: ['Đại sứ Mỹ tại Việt Nam Marc Knapper đã tham dự lễ bàn giao vaccine tại Hà Nội.', 'Ông Knapper cho biết Mỹ sẽ tiếp tục hỗ trợ Việt Nam trong cuộc chiến chống đại dịch.'],
      expect: [{ key: 'marc knapper', direct: false, quote: 'Mỹ sẽ tiếp tục hỗ trợ Việt Nam trong cuộc chiến chống đại dịch' }],
    },
    {
      name: 'Theo an organisation with its acronym',
      text: 'Theo Tổ chức Y tế Thế giới (WHO), vaccine Sputnik V đạt hiệu quả cao trong phòng bệnh nặng.',
      expect: [{ key: null, direct: false, quote: 'vaccine Sputnik V đạt hiệu quả cao trong phòng bệnh nặng' }],
    },
    { name: 'song title', text: 'Bài hát “Ghen Cô Vy” đã lan tỏa khắp thế giới.', expect: [] },
    { name: 'report title', text: 'Phóng sự “Những chiến binh áo trắng nơi tâm dịch” phát sóng tối qua.', expect: [] },
    {
      name: 'a resident with age and place',
      text: 'Ông Nguyễn Văn An, 65 tuổi, ở quận Ba Đình, chia sẻ rằng ông rất yên tâm sau khi tiêm mũi 2.',
      expect: [{ key: 'nguyen van an', direct: false, quote: 'ông rất yên tâm sau khi tiêm mũi 2' }],
    },
    {
      name: 'quote, Thứ trưởng + given name yêu cầu',
      text: ['Thứ trưởng Bộ Y tế Nguyễn Trường Sơn trực tiếp chỉ đạo công tác tiêm chủng tại TP Hồ Chí Minh.', '“Tốc độ tiêm phải nhanh hơn nữa”, Thứ trưởng Sơn yêu cầu.'],
      expect: [{ key: 'nguyen truong son', direct: true, quote: 'Tốc độ tiêm phải nhanh hơn nữa' }],
    },
    {
      name: 'thông tin thêm, comma',
      text: 'Giám đốc CDC Hà Nội Khổng Minh Tuấn thông tin thêm, thành phố đã phát hiện 12 ca mắc mới trong ngày.',
      expect: [{ key: 'khong minh tuan', direct: false, quote: 'thành phố đã phát hiện 12 ca mắc mới trong ngày' }],
    },
  ],
  id: [
    {
      name: 'spokesperson, then first name',
      text: ['Kementerian Kesehatan menggelar konferensi pers pada Senin (13/9).', 'Juru Bicara Vaksinasi Siti Nadia Tarmizi menyebut 75 juta warga telah menerima dosis pertama.', 'Nadia menambahkan, target vaksinasi harian kini mencapai 2 juta suntikan.'],
      expect: [
        { key: 'siti nadia tarmizi', direct: false, quote: '75 juta warga telah menerima dosis pertama' },
        { key: 'siti nadia tarmizi', direct: false, quote: 'target vaksinasi harian kini mencapai 2 juta suntikan' },
      ],
    },
    {
      name: 'military rank before the name',
      text: '“Kita tidak boleh lengah,” ujar Kepala Satgas Covid-19 Letjen Ganip Warsito.',
      expect: [{ key: 'ganip warsito', direct: true, quote: 'Kita tidak boleh lengah' }],
    },
    {
      name: 'Menurut Menteri Luar Negeri',
      text: 'Menurut Menteri Luar Negeri Retno Marsudi, Indonesia telah menerima vaksin dari 10 negara mitra.',
      expect: [{ key: 'retno marsudi', direct: false, quote: 'Indonesia telah menerima vaksin dari 10 negara mitra' }],
    },
    { name: 'song title', text: 'Lagu “Vaksin Sehat” dinyanyikan anak-anak sekolah di Surabaya.', expect: [] },
    {
      name: 'a government speaks',
      text: 'Pemerintah Jepang menyatakan akan menghibahkan 1 juta dosis vaksin AstraZeneca kepada Indonesia.',
      expect: [{ key: null, direct: false, quote: 'akan menghibahkan 1 juta dosis vaksin AstraZeneca kepada Indonesia' }],
    },
    {
      name: 'governor, then first name',
      text: ['Gubernur DKI Jakarta Anies Baswedan meninjau sentra vaksinasi di Senayan.', 'Anies mengatakan, vaksinasi untuk pelajar akan dimulai pekan depan.'],
      expect: [{ key: 'anies baswedan', direct: false, quote: 'vaksinasi untuk pelajar akan dimulai pekan depan' }],
    },
    { name: 'a meeting, no statement', text: 'Menkes Budi Gunadi Sadikin menghadiri rapat kerja dengan Komisi IX DPR.', expect: [] },
    {
      name: 'clause, tegas + abbreviated title',
      text: 'Vaksinasi dosis ketiga belum diperlukan bagi masyarakat umum, tegas Menkes.',
      expect: [{ key: null, direct: false, quote: 'Vaksinasi dosis ketiga belum diperlukan bagi masyarakat umum' }],
    },
    {
      name: 'kata + head of a city health office',
      text: '“Stok vaksin kami cukup hingga akhir bulan,” kata Kepala Dinas Kesehatan Kota Surabaya Febria Rachmanita.',
      expect: [{ key: 'febria rachmanita', direct: true, quote: 'Stok vaksin kami cukup hingga akhir bulan' }],
    },
    {
      name: '"Ia juga meminta" with nobody before',
      text: 'Ia juga meminta masyarakat tidak memilih-milih merek vaksin.',
      expect: [{ key: null, direct: false, quote: 'masyarakat tidak memilih-milih merek vaksin' }],
    },
  ],
  en: [
    {
      name: 'title + name, then surname added that',
      text: ["Vietnam's health ministry held a news conference on Monday.", 'Deputy Health Minister Nguyen Truong Son said the country would vaccinate children aged 12 to 17 from October.', 'Son added that Pfizer doses would be prioritised for that group.'],
      expect: [
        { key: 'nguyen truong son', direct: false, quote: 'the country would vaccinate children aged 12 to 17 from October' },
        { key: 'nguyen truong son', direct: false, quote: 'Pfizer doses would be prioritised for that group' },
      ],
    },
    {
      name: 'quote, WHO chief told a briefing',
      text: '"We are in a race against time," WHO Director-General Tedros Adhanom Ghebreyesus told a briefing in Geneva.',
      expect: [{ key: 'tedros adhanom ghebreyesus', direct: true, quote: 'We are in a race against time' }],
    },
    {
      name: 'clause, a spokesman for X said',
      text: 'The shipment is the largest so far, a spokesman for the US Embassy said.',
      expect: [{ key: null, direct: false, quote: 'The shipment is the largest so far' }],
    },
    {
      name: "according to a country's task force",
      text: "According to Indonesia's COVID-19 task force, more than 4 million people have recovered.",
      expect: [{ key: null, direct: false, quote: 'more than 4 million people have recovered' }],
    },
    { name: 'hashtag', text: 'The hashtag "#VaccinesWork" trended across Southeast Asia.', expect: [] },
    {
      name: "name, a country's minister, told reporters",
      text: "Retno Marsudi, Indonesia's foreign minister, told reporters the country had secured 200 million doses.",
      expect: [{ key: 'retno marsudi', direct: false, quote: 'the country had secured 200 million doses' }],
    },
    {
      name: 'clause, lower-case title + name said',
      text: 'Ho Chi Minh City will reopen parks next week, city chairman Phan Van Mai said.',
      expect: [{ key: 'phan van mai', direct: false, quote: 'Ho Chi Minh City will reopen parks next week' }],
    },
    { name: 'a visit, no statement', text: 'Prime Minister Pham Minh Chinh visited a vaccine factory in Hanoi.', expect: [] },
    {
      name: '"She said" with nobody before: no one to name, no statement',
      text: 'She said the ministry would publish the allocation plan this week.',
      expect: [],
    },
    {
      name: 'he said, then a floating quote',
      text: ['Deputy Prime Minister Vu Duc Dam chaired the meeting.', '"No province should keep doses in storage," he said.', '"Every dose must be administered within 48 hours."'],
      expect: [
        { key: 'vu duc dam', direct: true, quote: 'No province should keep doses in storage' },
        { key: 'vu duc dam', direct: true, quote: 'Every dose must be administered within 48 hours.' },
      ],
    },
  ],
};
