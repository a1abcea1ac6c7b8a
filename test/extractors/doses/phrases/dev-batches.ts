import { no, yes, type Row } from '../support.js';

const M = 1e6;

/**
 * Invented phrases in three batches, development data: reported by score.ts (`npx tsx
 * test/extractors/doses/score.ts`), not run as tests. Real held-out text is in eval/held-out/doses/.
 */
export const DEV_BATCH_1: Record<'vi' | 'id' | 'en', readonly Row[]> = {
  vi: [
    yes('Sáng 10/9, thêm 1,7 triệu liều vaccine AstraZeneca do Chính phủ Anh chia sẻ qua COVAX đã về Việt Nam.', { value: 1_700_000, status: 'donated', item: 'AstraZeneca', counterpart: 'United Kingdom' }),
    yes('Bộ Y tế cho biết trong quý IV sẽ tiếp nhận khoảng 60 triệu liều vaccine các loại.', { value: 60 * M, status: 'expected', approximate: true }),
    yes('Tỉnh Bình Dương đã tiêm hơn 2,1 triệu mũi vaccine cho người dân.', { value: 2_100_000, status: 'administered', approximate: true }),
    yes('Đà Nẵng nhận 50.000 liều vaccine Moderna từ Bộ Y tế.', { value: 50_000, status: 'received', item: 'Moderna' }),
    yes('Chính phủ Australia cam kết tài trợ 40 triệu AUD và 1,5 triệu liều vaccine cho Việt Nam.', { value: 1_500_000, status: 'donated' }),
    yes('Tổng cộng đã có gần 40 triệu liều vaccine được phân phối tới các địa phương.', { value: 40 * M, status: 'received', approximate: true }),
    yes('Hợp đồng mua 20 triệu liều vaccine Sputnik V đã được ký kết.', { value: 20 * M, status: 'committed', item: 'Sputnik V' }),
    yes('Thủ tướng yêu cầu tiêm hết 5 triệu liều vaccine trong tuần này.', { value: 5 * M, status: 'administered' }),
    yes('Theo kế hoạch, Hà Nội sẽ được phân bổ thêm 1 triệu liều vaccine Pfizer.', { value: 1 * M, status: 'expected', item: 'Pfizer' }),
    yes('Bộ Quốc phòng đã tiếp nhận 800 liều thuốc Molnupiravir.', { value: 800, status: 'received', item: 'drug' }),
    yes('Hàng trăm nghìn liều vaccine đã được tiêm trong đợt cao điểm.', { value: null, status: 'administered', approximate: true }),
    yes('Hungary viện trợ cho Việt Nam 100 nghìn liều vaccine AstraZeneca.', { value: 100_000, status: 'donated', counterpart: 'Hungary' }),
    no('Năm 2020, Việt Nam có 3 mũi nhọn kinh tế.'),
    no('Khoảng 20 triệu người đã được tiêm đủ 2 liều vaccine.'),
    no('Giá vaccine khoảng 20 USD/liều.'),
    no('Hơn 1.000 nhân viên y tế tham gia tiêm mũi 3.'),
  ],
  id: [
    yes('Indonesia kembali kedatangan 2 juta dosis vaksin Sinovac dalam bentuk jadi.', { value: 2 * M, status: 'received', item: 'Sinovac' }),
    yes('Pemerintah Belanda akan menghibahkan 3 juta dosis vaksin AstraZeneca kepada Indonesia.', { value: 3 * M, status: 'donated', item: 'AstraZeneca', counterpart: 'Netherlands' }),
    yes('Sebanyak 35 juta dosis vaksin direncanakan tiba pada Oktober.', { value: 35 * M, status: 'expected' }),
    yes('Hingga hari ini, lebih dari 67 juta dosis vaksin telah disuntikkan kepada masyarakat.', { value: 67 * M, status: 'administered', approximate: true }),
    yes('Vietnam membeli 10 juta dosis vaksin Abdala dari Kuba.', { value: 10 * M, status: 'committed', item: 'Abdala', counterpart: 'Cuba' }),
    yes('Provinsi Bali menerima tambahan 150 ribu dosis vaksin Pfizer.', { value: 150_000, status: 'received', item: 'Pfizer' }),
    yes('Total vaksin yang diterima Indonesia mencapai 208 juta dosis.', { value: 208 * M, status: 'received' }),
    yes('Kemenkes mendistribusikan 1,5 juta dosis vaksin ke 34 provinsi.', { value: 1_500_000, status: 'unknown' }),
    yes('Sekitar 400 ribu dosis obat Favipiravir tiba di Jakarta.', { value: 400_000, status: 'received', approximate: true, item: 'drug' }),
    yes('Jepang telah mengirimkan 2,1 juta dosis vaksin ke Vietnam.', { value: 2_100_000, status: 'unknown' }),
    no('Vaksinasi dosis 2 ditargetkan selesai tahun 2021.'),
    no('Sebanyak 20 juta warga telah divaksin dua dosis.'),
    no('Harga vaksin Rp 500 ribu per dosis.'),
    no('Kasus Covid-19 naik 10 persen.'),
  ],
  en: [
    yes('Vietnam on Sunday took delivery of 2.6 million doses of the Pfizer vaccine.', { value: 2_600_000, status: 'received', item: 'Pfizer' }),
    yes('Washington has pledged to give 500 million doses to the world.', { value: 500 * M, status: 'donated' }),
    yes('Ho Chi Minh City has given at least one dose to 7 million people, using more than 7.5 million doses.', { value: 7_500_000, status: 'administered', approximate: true }),
    yes('The Health Ministry said 20 million doses would be delivered by the end of October.', { value: 20 * M, status: 'expected' }),
    yes('Vietnam has signed contracts for 105 million doses of Pfizer vaccine.', { value: 105 * M, status: 'committed', item: 'Pfizer' }),
    yes('Germany announced it would donate 2.5 million AstraZeneca doses to Vietnam.', { value: 2_500_000, status: 'donated', counterpart: 'Germany' }),
    yes('Roughly 3.2 million doses remain in stock.', { value: 3_200_000, status: 'unknown', approximate: true }),
    yes('Indonesia has received 120 million doses, mostly from China.', { value: 120 * M, status: 'received', counterpart: 'China' }),
    yes('The shipment of 1.1 million doses arrived in Hanoi late on Tuesday.', { value: 1_100_000, status: 'received' }),
    yes('Hundreds of thousands of doses are set to expire next month.', { value: null, status: 'expected', approximate: true }),
    no('Fewer than 2 percent of people have had two doses.'),
    no('The 2021 doses report was published.'),
    no('The team took 14 shots in the second half.'),
    no('Each person needs 2 doses, 21 days apart.'),
  ],
};

/** Batch 2: other verbs and counterparts. */
export const DEV_BATCH_2: Record<'vi' | 'id' | 'en', readonly Row[]> = {
  vi: [
    yes('Chiều 12/9, 2 triệu liều vaccine Sinopharm do Trung Quốc sản xuất đã được bàn giao cho TP.HCM.', { value: 2 * M, status: 'received', item: 'Sinopharm' }),
    yes('Tính đến nay, cả nước đã tiêm được tổng cộng 25.318.526 liều vaccine.', { value: 25_318_526, status: 'administered' }),
    yes('Bộ Y tế dự kiến sẽ phân bổ khoảng 3 triệu liều Pfizer trong tuần tới.', { value: 3 * M, status: 'expected', item: 'Pfizer', approximate: true }),
    yes('Mỹ đã chuyển giao tổng cộng 6 triệu liều vaccine cho Việt Nam.', { value: 6 * M, status: 'received' }),
    yes('Tổ công tác đang đàm phán để mua thêm 10 triệu liều vaccine Moderna.', { value: 10 * M, status: 'expected', item: 'Moderna' }),
    yes('Pháp trao tặng Việt Nam gần 670.000 liều vaccine AstraZeneca.', { value: 670_000, status: 'donated', approximate: true, counterpart: 'France' }),
    yes('Gần 1 triệu liều vaccine đã bị hủy do hết hạn.', { value: 1 * M, status: 'unknown', approximate: true }),
    no('GDP quý III giảm 6,17%, kim ngạch xuất khẩu đạt 30 triệu USD.'),
    no('Thành phố có 9 triệu dân và 312 phường, xã.'),
    no('Bệnh nhân được dùng liều cao vitamin C.'),
    no('Lô vaccine thứ 3 về đến sân bay lúc 15:30.'),
    no('Tổng đài 1900.9095 hỗ trợ người dân 24/7.'),
  ],
  id: [
    yes('Sebanyak 4,5 juta dosis vaksin Sinovac kembali tiba di Bandara Soekarno-Hatta, Minggu (12/9).', { value: 4_500_000, status: 'received', item: 'Sinovac' }),
    yes('Pemerintah menargetkan dapat menerima 80 juta dosis vaksin hingga akhir September.', { value: 80 * M, status: 'received' }),
    yes('Vaksin AstraZeneca sebanyak 1,1 juta dosis merupakan hibah dari Pemerintah Jepang.', { value: 1_100_000, status: 'donated', counterpart: 'Japan' }),
    yes('Kemenkes telah mendistribusikan 120,3 juta dosis vaksin ke seluruh provinsi.', { value: 120_300_000, status: 'unknown' }),
    yes('Amerika Serikat akan mengirimkan 3,5 juta dosis vaksin Moderna tambahan.', { value: 3_500_000, status: 'expected', item: 'Moderna' }),
    no('Pertumbuhan ekonomi mencapai 7,07 persen pada kuartal II 2021.'),
    no('Jumlah penduduk Indonesia sekitar 270 juta jiwa.'),
    no('Dosis ketiga diberikan kepada tenaga kesehatan.'),
    no('Pemerintah mengalokasikan Rp 57,84 triliun untuk vaksinasi.'),
  ],
  en: [
    yes('The ministry said it had distributed 2.2 million doses to provinces.', { value: 2_200_000, status: 'unknown' }),
    yes('Japan will provide an additional 1 million doses of AstraZeneca vaccine in September.', { value: 1 * M, status: 'expected', item: 'AstraZeneca' }),
    yes('A further 400,000 doses of the Pfizer vaccine arrived in Ho Chi Minh City on Monday.', { value: 400_000, status: 'received', item: 'Pfizer' }),
    yes('Vietnam signed a deal with Russia for 20 million doses of Sputnik V.', { value: 20 * M, status: 'committed', item: 'Sputnik V' }),
    yes('COVAX has so far shipped 240 million doses to 139 countries.', { value: 240 * M, status: 'received' }),
    yes('Some 50,000 doses expired before they could be used.', { value: 50_000, status: 'unknown', approximate: true }),
    no('The outbreak has infected 500,000 people in 2021.'),
    no('Vaccination rates rose to 30% in September.'),
    no('Each dose costs about $20.'),
    no('The ministry published circular No. 2021 on doses.'),
  ],
};

/** Batch 3: harder wording (parts of a total, conditionals). */
export const DEV_BATCH_3: Record<'vi' | 'id' | 'en', readonly Row[]> = {
  vi: [
    yes('Theo thống kê, trong ngày 8/9 cả nước tiêm được 750.000 liều, nâng tổng số liều đã tiêm lên 24,7 triệu liều.', { value: 750_000, status: 'administered' }, { value: 24_700_000, status: 'administered' }),
    yes('Số vaccine này gồm 1 triệu liều AstraZeneca và 500.000 liều Pfizer.', { value: 1 * M, status: 'unknown', item: 'AstraZeneca' }, { value: 500_000, status: 'unknown', item: 'Pfizer' }),
    yes('Canada chia sẻ hơn 1 triệu liều vaccine AstraZeneca cho Việt Nam thông qua COVAX.', { value: 1 * M, status: 'donated', approximate: true, counterpart: 'Canada' }),
    yes('Việt Nam mong muốn Nga sớm cung cấp 20 triệu liều vaccine Sputnik V theo hợp đồng.', { value: 20 * M, status: 'committed' }),
    yes('Lô hàng 300.000 liều vaccine Abdala đầu tiên sẽ đến Hà Nội vào tuần tới.', { value: 300_000, status: 'expected', item: 'Abdala' }),
    no('Hơn 500 y bác sĩ được điều động hỗ trợ tiêm vaccine.'),
    no('Đợt 10 phân bổ vaccine được ký ngày 15/8/2021.'),
    no('Bệnh nhân được tiêm liều 2 sau 12 tuần.'),
  ],
  id: [
    yes('Pada hari yang sama, Vietnam juga menerima 1,2 juta dosis vaksin Pfizer yang dibeli pemerintah.', { value: 1_200_000, status: 'received', item: 'Pfizer' }),
    yes('Inggris menyumbangkan 415.000 dosis vaksin AstraZeneca melalui COVAX.', { value: 415_000, status: 'donated', item: 'AstraZeneca', counterpart: 'United Kingdom' }),
    yes('Vaksin yang dijanjikan sebanyak 5 juta dosis belum semuanya tiba.', { value: 5 * M, status: 'unknown' }),
    yes('Hingga 30 juta dosis vaksin direncanakan datang pada kuartal IV.', { value: 30 * M, status: 'expected', approximate: true }),
    no('Sebanyak 2 dosis diperlukan untuk kekebalan penuh.'),
    no('Target vaksinasi 208 juta penduduk.'),
    no('Kasus positif bertambah 5.000 orang.'),
  ],
  en: [
    yes('So far, Vietnam has received about 36 million doses, of which 22 million have been administered.', { value: 36 * M, status: 'received', approximate: true }, { value: 22 * M, status: 'administered' }),
    yes('Canada said it would share more than 1 million AstraZeneca doses with Vietnam.', { value: 1 * M, status: 'donated', approximate: true, item: 'AstraZeneca', counterpart: 'Canada' }),
    no('The doses, worth $4 million, were paid for by the World Bank.'),
    yes('Some 1.2 million doses of Pfizer are being distributed to southern provinces.', { value: 1_200_000, status: 'unknown', approximate: true, item: 'Pfizer' }),
    no('Booster shots will be offered to people over 50.'),
    no('The vaccine is 95 percent effective after two doses.'),
    no('Hanoi fired 21 shots in salute.'),
  ],
};
