import type { PhraseCase } from './support.js';

/**
 * Invented sentences in the style of the sites, development data (the extractors were tuned on them).
 * Reference: Monday 2021-09-06 17:30 +07:00.
 */
export const DEV_BATCH_1: Record<'vi' | 'id' | 'en', PhraseCase[]> = {
  vi: [
    { s: 'Sáng 5/9, Bộ Y tế đã tiếp nhận lô vaccine Pfizer thứ 3.', f: [['Sáng 5/9', '2021-09-05TMO']] },
    { s: 'Theo kế hoạch, đến hết tháng 10, thành phố sẽ tiêm xong mũi 1.', f: [['tháng 10', '2021-10']] },
    { s: 'Từ 0h ngày 7/9, Hà Nội tiếp tục giãn cách thêm 2 tuần.', f: [['0h ngày 7/9', '2021-09-07T00:00+07:00']] },
    { s: 'Trong năm 2022, Việt Nam dự kiến nhận thêm 70 triệu liều.', f: [['năm 2022', '2022']] },
    { s: 'Cuối tuần qua, TP.HCM đã ghi nhận 12.000 ca mắc mới.', f: [['Cuối tuần qua', '2021-W35', 'END']] },
    { s: 'Hợp đồng được ký hôm 25/8 với hãng Moderna.', f: [['hôm 25/8', '2021-08-25']] },
    { s: 'Tối 4/9, 1 triệu liều AstraZeneca đã về đến Nội Bài.', f: [['Tối 4/9', '2021-09-04TEV']] },
    { s: 'Giai đoạn từ tháng 6 đến tháng 8/2021 là đỉnh dịch.', f: [['từ tháng 6 đến tháng 8/2021', '2021-06/2021-08']] },
    { s: 'Hơn 2/3 số liều đã được phân bổ cho các tỉnh phía Nam.', f: [] },
    { s: 'Trước đó, hôm 2/9, Chủ tịch nước đã đặc xá 3.000 phạm nhân.', f: [['hôm 2/9', '2021-09-02']] },
    { s: 'Dự kiến quý IV, nhà máy sẽ đóng gói vaccine.', f: [['quý IV', '2021-Q4']] },
    { s: 'Tính đến 18h ngày 5/9, cả nước đã tiêm hơn 21 triệu liều.', f: [['18h ngày 5/9', '2021-09-05T18:00+07:00']] },
    { s: 'Đường dây nóng 19009095 hoạt động 24/24.', f: [] },
    { s: 'Năm nay, kim ngạch xuất khẩu dự kiến đạt 300 tỷ USD.', f: [['Năm nay', '2021']] },
    { s: 'Ngày 1/7/2021, thành phố bắt đầu chiến dịch tiêm chủng lớn nhất.', f: [['Ngày 1/7/2021', '2021-07-01']] },
  ],
  id: [
    { s: 'Pada Sabtu (4/9), Vietnam menerima 1 juta dosis vaksin AstraZeneca.', f: [['Sabtu (4/9)', '2021-09-04']] },
    { s: 'Vaksinasi massal akan dimulai pada pekan depan di Hanoi.', f: [['pekan depan', '2021-W37']] },
    { s: 'Sejak akhir April, gelombang keempat wabah melanda Vietnam.', f: [['akhir April', '2021-04', 'END']] },
    { s: 'Pemerintah menargetkan 70 persen populasi divaksin pada akhir tahun ini.', f: [['akhir tahun ini', '2021', 'END']] },
    { s: 'Pada 27 Agustus lalu, Presiden Nguyen Xuan Phuc menerima Wakil Presiden AS.', f: [['27 Agustus', '2021-08-27']] },
    { s: 'Kontrak pembelian ditandatangani pada Juni 2021.', f: [['Juni 2021', '2021-06']] },
    { s: 'Menurut rencana, vaksin akan tiba pada minggu ketiga September.', f: [['September', '2021-09']] },
    { s: 'Sebanyak 2/3 vaksin dialokasikan untuk Kota Ho Chi Minh.', f: [] },
    { s: 'Pada Kamis pagi, delegasi tiba di Jakarta.', f: [['Kamis pagi', '2021-09-02TMO']] },
    { s: 'Kemarin malam, pesawat pengangkut vaksin mendarat di Bandara Noi Bai.', f: [['Kemarin malam', '2021-09-05TNI']] },
    { s: 'Pada kuartal kedua tahun ini, PDB Vietnam tumbuh 6,61 persen.', f: [['kuartal kedua tahun ini', '2021-Q2']] },
    { s: 'Program ini berlangsung dari Juli hingga Desember 2021.', f: [['dari Juli hingga Desember 2021', '2021-07/2021-12']] },
    { s: 'Pada 2 September, Vietnam memperingati Hari Nasional.', f: [['2 September', '2021-09-02']] },
    { s: 'Hingga kini, lebih dari 20 juta dosis telah disuntikkan.', f: [] },
  ],
  en: [
    { s: 'The shipment landed at Noi Bai airport on Saturday evening.', f: [['Saturday evening', '2021-09-04TEV']] },
    { s: 'Vietnam aims to vaccinate 70 percent of its population by the end of the year.', f: [['the end of the year', '2021', 'END']] },
    { s: 'The Ministry of Health received 1.2 million doses on September 4.', f: [['September 4', '2021-09-04']] },
    { s: 'The contract, signed in June, covers 20 million doses.', f: [['June', '2021-06']] },
    { s: 'Another 10 million doses are expected to arrive later this month.', f: [['this month', '2021-09']] },
    { s: 'Between August 1 and August 31, the city administered 7 million doses.', f: [['Between August 1 and August 31', '2021-08-01/2021-08-31']] },
    { s: 'In the first half of 2021, GDP grew 5.64 percent.', f: [['the first half of 2021', '2021-01/2021-06']] },
    { s: 'Two-thirds of the doses went to the south.', f: [] },
    { s: 'The factory will start bottling vaccines in the fourth quarter.', f: [['the fourth quarter', '2021-Q4']] },
    { s: 'Social distancing was extended until September 15.', f: [['September 15', '2021-09-15']] },
    { s: 'The COVAX facility has delivered doses since March 2021.', f: [['March 2021', '2021-03']] },
    { s: 'Cases peaked in late July and early August.', f: [['late July', '2021-07', 'END'], ['early August', '2021-08', 'START']] },
    { s: 'On Sept. 2, Vietnam celebrated its 76th National Day.', f: [['Sept. 2', '2021-09-02']] },
    { s: 'The hotline 1900 9095 operates around the clock.', f: [] },
  ],
};
