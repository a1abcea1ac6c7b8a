import type { Lang } from '../../../src/core/index.js';
import type { Case } from './support.js';

/**
 * Invented sentences, development data: appositive titles, foreign names, initials, "told the National
 * Assembly", a nationality before a title, "reported".
 */
export const DEV_BATCH_1_CASES: Record<Lang, Case[]> = {
  vi: [
    {
      name: 'Phát biểu tại hội nghị, X khẳng định',
      text: 'Phát biểu tại hội nghị, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn khẳng định Việt Nam sẵn sàng chia sẻ kinh nghiệm phòng chống dịch với các nước.',
      expect: [{ key: 'bui thanh son', direct: false, quote: 'Việt Nam sẵn sàng chia sẻ kinh nghiệm phòng chống dịch với các nước' }],
    },
    {
      name: 'quote, ông X, title, cho biết',
      text: '“Chúng tôi đã chuẩn bị sẵn sàng kho lạnh để tiếp nhận vaccine Pfizer”, ông Nguyễn Văn Vĩnh, Phó Cục trưởng Cục Y tế dự phòng cho biết.',
      expect: [{ key: 'nguyen van vinh', direct: true, quote: 'Chúng tôi đã chuẩn bị sẵn sàng kho lạnh để tiếp nhận vaccine Pfizer' }],
    },
    {
      name: 'Theo X, appositive, …',
      text: 'Theo PGS.TS Trần Đắc Phu, nguyên Cục trưởng Cục Y tế dự phòng, việc tiêm vaccine mũi 3 là cần thiết.',
      expect: [{ key: 'tran dac phu', direct: false, quote: 'việc tiêm vaccine mũi 3 là cần thiết' }],
    },
    {
      name: 'Bà X, title, cho biết',
      text: 'Bà Đặng Thị Hằng, Phó Chủ tịch UBND tỉnh Bình Dương, cho biết tỉnh đã tiêm cho hơn 90% công nhân.',
      expect: [{ key: 'dang thi hang', direct: false, quote: 'tỉnh đã tiêm cho hơn 90% công nhân' }],
    },
    {
      name: 'title alone, nobody before',
      text: 'Thủ tướng yêu cầu Bộ Y tế khẩn trương phân bổ vaccine cho các địa phương.',
      expect: [{ key: null, direct: false, quote: 'Bộ Y tế khẩn trương phân bổ vaccine cho các địa phương' }],
    },
    {
      name: 'title alone refers back',
      text: ['Chiều 10/9, Bộ trưởng Bộ Y tế Nguyễn Thanh Long đã có buổi làm việc với TP Hồ Chí Minh.', 'Bộ trưởng nhấn mạnh thành phố cần tập trung tiêm vaccine cho người cao tuổi.'],
      expect: [{ key: 'nguyen thanh long', direct: false, quote: 'thành phố cần tập trung tiêm vaccine cho người cao tuổi' }],
    },
    {
      name: 'cho biết: “…”',
      text: 'Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng cho biết: “Việt Nam hoan nghênh mọi sự hỗ trợ vaccine từ cộng đồng quốc tế”.',
      expect: [{ key: 'le thi thu hang', direct: true, quote: 'Việt Nam hoan nghênh mọi sự hỗ trợ vaccine từ cộng đồng quốc tế' }],
    },
    {
      name: 'clause, X nhấn mạnh',
      text: 'Việt Nam không phân biệt nguồn gốc vaccine, miễn là an toàn và hiệu quả, Thủ tướng Phạm Minh Chính nhấn mạnh.',
      expect: [{ key: 'pham minh chinh', direct: false, quote: 'Việt Nam không phân biệt nguồn gốc vaccine, miễn là an toàn và hiệu quả' }],
    },
    { name: 'project name', text: 'Dự án “Vaccine cho cộng đồng” đã quyên góp được 50 tỷ đồng.', expect: [] },
    { name: 'a visit, no statement', text: 'Bộ trưởng Nguyễn Thanh Long đã tới thăm Bệnh viện Chợ Rẫy sáng nay.', expect: [] },
    {
      name: 'foreign name after title and organisation',
      text: 'Tổng Giám đốc WHO Tedros Adhanom Ghebreyesus kêu gọi các nước giàu chia sẻ vaccine với các nước nghèo.',
      expect: [{ key: 'tedros adhanom ghebreyesus', direct: false, quote: 'các nước giàu chia sẻ vaccine với các nước nghèo' }],
    },
    {
      name: 'two statements, "Theo Thứ trưởng"',
      text: ['Thứ trưởng Bộ Y tế Đỗ Xuân Tuyên cho biết Bộ đã phân bổ 2 triệu liều vaccine Moderna.', 'Theo Thứ trưởng, số vaccine này sẽ được tiêm cho người từ 18 tuổi trở lên.'],
      expect: [
        { key: 'do xuan tuyen', direct: false, quote: 'Bộ đã phân bổ 2 triệu liều vaccine Moderna' },
        { key: 'do xuan tuyen', direct: false, quote: 'số vaccine này sẽ được tiêm cho người từ 18 tuổi trở lên' },
      ],
    },
    {
      name: 'quote, X nói tại cuộc họp',
      text: '“Không có vùng xanh nào là an toàn tuyệt đối”, Chủ tịch UBND TP Hà Nội Chu Ngọc Anh nói tại cuộc họp.',
      expect: [{ key: 'chu ngoc anh', direct: true, quote: 'Không có vùng xanh nào là an toàn tuyệt đối' }],
    },
    { name: 'what people call it', text: 'Nhiều người dân gọi đây là “liều vaccine hy vọng”.', expect: [] },
    {
      name: '"Ông Vũ" with nobody before',
      text: 'Ông Vũ cho rằng hợp tác sản xuất vaccine trong nước là hướng đi lâu dài.',
      expect: [{ key: null, direct: false, quote: 'hợp tác sản xuất vaccine trong nước là hướng đi lâu dài' }],
    },
  ],
  id: [
    {
      name: 'long title, mengatakan',
      text: 'Juru Bicara Kementerian Kesehatan untuk Vaksinasi Covid-19 Siti Nadia Tarmizi mengatakan stok vaksin nasional masih aman.',
      expect: [{ key: 'siti nadia tarmizi', direct: false, quote: 'stok vaksin nasional masih aman' }],
    },
    {
      name: 'kata X, title',
      text: '“Pemerintah tidak akan membeda-bedakan jenis vaksin,” kata Luhut Binsar Pandjaitan, Menteri Koordinator Bidang Kemaritiman dan Investasi.',
      expect: [{ key: 'luhut binsar pandjaitan', direct: true, quote: 'Pemerintah tidak akan membeda-bedakan jenis vaksin' }],
    },
    {
      name: 'meminta agar',
      text: 'Presiden Jokowi meminta agar vaksinasi di daerah aglomerasi dipercepat.',
      expect: [{ key: 'jokowi', direct: false, quote: 'agar vaksinasi di daerah aglomerasi dipercepat' }],
    },
    {
      name: 'first name refers back',
      text: ['Menteri BUMN Erick Thohir meninjau fasilitas Bio Farma di Bandung, Jumat (10/9).', 'Erick mengatakan Bio Farma siap memproduksi 250 juta dosis vaksin per tahun.'],
      expect: [{ key: 'erick thohir', direct: false, quote: 'Bio Farma siap memproduksi 250 juta dosis vaksin per tahun' }],
    },
    {
      name: 'clause, ujar + long title',
      text: 'Vaksin booster akan diberikan kepada tenaga kesehatan terlebih dahulu, ujar Dirjen P2P Kemenkes Maxi Rein Rondonuwu.',
      expect: [{ key: 'maxi rein rondonuwu', direct: false, quote: 'Vaksin booster akan diberikan kepada tenaga kesehatan terlebih dahulu' }],
    },
    {
      name: 'Menurut Ketua Satgas',
      text: 'Menurut Ketua Satgas Covid-19 Ganip Warsito, kasus harian terus menurun dalam sepekan terakhir.',
      expect: [{ key: 'ganip warsito', direct: false, quote: 'kasus harian terus menurun dalam sepekan terakhir' }],
    },
    { name: 'movement name', text: 'Pemerintah meluncurkan gerakan “Ayo Vaksin” di 34 provinsi.', expect: [] },
    { name: 'arrival, no statement', text: 'Menteri Kesehatan Budi Gunadi Sadikin tiba di Surabaya pada Senin pagi.', expect: [] },
    {
      name: 'first name refers back, bahwa',
      text: ['Wakil Menteri Kesehatan Dante Saksono Harbuwono hadir dalam rapat bersama DPR.', 'Dante menjelaskan bahwa vaksin booster hanya untuk tenaga kesehatan pada tahap awal.'],
      expect: [{ key: 'dante saksono harbuwono', direct: false, quote: 'vaksin booster hanya untuk tenaga kesehatan pada tahap awal' }],
    },
    {
      name: 'quote, tegas Gubernur',
      text: '“Kami mohon masyarakat tetap disiplin menjalankan protokol kesehatan,” tegas Gubernur Jawa Tengah Ganjar Pranowo.',
      expect: [{ key: 'ganjar pranowo', direct: true, quote: 'Kami mohon masyarakat tetap disiplin menjalankan protokol kesehatan' }],
    },
    {
      name: '"Ia menambahkan," with nobody before',
      text: 'Ia menambahkan, pemerintah akan mendatangkan 50 juta dosis vaksin pada Oktober.',
      expect: [{ key: null, direct: false, quote: 'pemerintah akan mendatangkan 50 juta dosis vaksin pada Oktober' }],
    },
    {
      name: 'initial in a name',
      text: 'Kepala BPOM Penny K. Lukito menyatakan vaksin Zifivax telah mendapat izin penggunaan darurat.',
      expect: [{ key: 'penny k lukito', direct: false, quote: 'vaksin Zifivax telah mendapat izin penggunaan darurat' }],
    },
    { name: 'book title', text: 'Buku “Melawan Pandemi” karya dokter muda Aceh diluncurkan hari ini.', expect: [] },
    {
      name: 'first name only, comma',
      text: 'Menlu Retno menegaskan, Indonesia menolak nasionalisme vaksin.',
      expect: [{ key: 'retno', direct: false, quote: 'Indonesia menolak nasionalisme vaksin' }],
    },
  ],
  en: [
    {
      name: 'ministry said on Wednesday it …',
      text: "Vietnam's Ministry of Health said on Wednesday it had approved the Abdala vaccine developed by Cuba.",
      expect: [{ key: null, direct: false, quote: 'it had approved the Abdala vaccine developed by Cuba' }],
    },
    {
      name: 'quote, city party secretary told a meeting',
      text: '"Our priority is to vaccinate the elderly first," Ho Chi Minh City Party Secretary Nguyen Van Nen told a meeting.',
      expect: [{ key: 'nguyen van nen', direct: true, quote: 'Our priority is to vaccinate the elderly first' }],
    },
    {
      name: 'clause, the embassy said in a statement',
      text: 'The vaccines arrived at Tan Son Nhat airport on Sunday night, the US Embassy said in a statement.',
      expect: [{ key: null, direct: false, quote: 'The vaccines arrived at Tan Son Nhat airport on Sunday night' }],
    },
    {
      name: 'surname refers back (Indonesian)',
      text: ["Indonesian Health Minister Budi Gunadi Sadikin visited Jakarta's vaccination centre.", 'Sadikin said more than 100 million people had received at least one dose.'],
      expect: [{ key: 'budi gunadi sadikin', direct: false, quote: 'more than 100 million people had received at least one dose' }],
    },
    {
      name: 'clause, nationality + title + name announced',
      text: 'Japan will donate another 1 million AstraZeneca doses to Vietnam, Japanese Ambassador Yamada Takio announced.',
      expect: [{ key: 'yamada takio', direct: false, quote: 'Japan will donate another 1 million AstraZeneca doses to Vietnam' }],
    },
    {
      name: 'quote, she said, nobody before: no one to name, no statement',
      text: '“We cannot let our guard down,” she said.',
      expect: [],
    },
    { name: 'documentary title', text: 'The documentary "Saigon in Lockdown" won an award in Busan.', expect: [] },
    { name: 'chaired a meeting', text: 'Deputy Prime Minister Vu Duc Dam chaired the meeting of the national steering committee.', expect: [] },
    {
      name: 'according to an organisation + role + name',
      text: 'According to WHO chief scientist Soumya Swaminathan, booster shots should wait until more people are vaccinated.',
      expect: [{ key: 'soumya swaminathan', direct: false, quote: 'booster shots should wait until more people are vaccinated' }],
    },
    {
      name: 'told the National Assembly that',
      text: 'Prime Minister Pham Minh Chinh told the National Assembly that Vietnam aimed to fully vaccinate 70 percent of adults by year-end.',
      expect: [{ key: 'pham minh chinh', direct: false, quote: 'Vietnam aimed to fully vaccinate 70 percent of adults by year-end' }],
    },
    {
      name: 'the ministry reported',
      text: 'The health ministry reported 12,000 new cases on Tuesday.',
      expect: [{ key: null, direct: false, quote: '12,000 new cases on Tuesday' }],
    },
    {
      name: 'surname with nobody before',
      text: 'Vu also stressed that the country would not rely on a single vaccine supplier.',
      expect: [{ key: null, direct: false, quote: 'the country would not rely on a single vaccine supplier' }],
    },
    { name: 'dubbed', text: 'Officials dubbed the drive "Operation Shield" last month.', expect: [] },
    {
      name: 'organisation said it would',
      text: 'UNICEF said it would deliver 1.8 million syringes, along with cold-chain equipment.',
      expect: [{ key: null, direct: false, quote: 'it would deliver 1.8 million syringes, along with cold-chain equipment' }],
    },
    {
      name: 'said:, then a quoted paragraph of two sentences',
      text: ['Health Minister Nguyen Thanh Long said:', '"We have enough vaccine for the next wave. We just need to speed up."'],
      expect: [{ key: 'nguyen thanh long', direct: true, quote: 'We have enough vaccine for the next wave. We just need to speed up.' }],
    },
  ],
};
