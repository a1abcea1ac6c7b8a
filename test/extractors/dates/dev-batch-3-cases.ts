import type { PhraseCase } from './support.js';

/**
 * Invented sentences with clock times and quarters, development data.
 * Reference: Monday 2021-09-06 17:30 +07:00.
 */
export const DEV_BATCH_3: Record<'vi' | 'id' | 'en', PhraseCase[]> = {
  vi: [
    { s: 'Lô vaccine Moderna do Mỹ tặng đã về đến Việt Nam tối 5/9.', f: [['tối 5/9', '2021-09-05TEV']] },
    { s: 'Đến trưa nay, Hà Nội đã tiêm được 5 triệu liều.', f: [['trưa nay', '2021-09-06TMI']] },
    { s: 'Hội nghị trực tuyến sẽ diễn ra vào 8h sáng mai.', f: [['8h sáng mai', '2021-09-07T08:00+07:00']] },
    {
      s: 'Từ 6h ngày 6/9 đến 6h ngày 15/9, Hà Nội tiếp tục giãn cách.',
      f: [['Từ 6h ngày 6/9 đến 6h ngày 15/9', '2021-09-06T06:00+07:00/2021-09-15T06:00+07:00']],
    },
    { s: 'Tính đến ngày 5/9/2021, cả nước có 536.788 ca mắc.', f: [['ngày 5/9/2021', '2021-09-05']] },
    { s: 'Nhà máy sẽ hoàn thành vào quý I/2022.', f: [['quý I/2022', '2022-Q1']] },
    { s: 'Năm 2020, GDP tăng 2,91%, thấp nhất trong 10 năm.', f: [['Năm 2020', '2020']] },
    { s: 'Thủ tướng yêu cầu hoàn thành tiêm mũi 1 trước ngày 15/9.', f: [['ngày 15/9', '2021-09-15']] },
    { s: 'Khoảng cuối tháng 10 hoặc đầu tháng 11, trẻ em sẽ được tiêm.', f: [['Khoảng cuối tháng 10', '2021-10', 'END'], ['đầu tháng 11', '2021-11', 'START']] },
    { s: 'Đầu tuần này, Bộ Y tế đã phân bổ thêm 1 triệu liều.', f: [['Đầu tuần này', '2021-W36', 'START']] },
    { s: 'Ngày 27/7, Bộ Y tế đã tiếp nhận 1 triệu liều Pfizer.', f: [['Ngày 27/7', '2021-07-27']] },
    { s: 'Trong 24 giờ qua, cả nước ghi nhận 14.000 ca mắc.', f: [] },
    { s: 'Theo kế hoạch, tháng 12 tới, Việt Nam sẽ sản xuất vaccine Nanocovax.', f: [['tháng 12', '2021-12']] },
    { s: 'Vụ việc xảy ra hồi tháng 6 năm ngoái.', f: [['tháng 6 năm ngoái', '2020-06']] },
    { s: 'Chiều 3/9, Chủ tịch nước đã gặp bà Kamala Harris, người đến Hà Nội hôm 25/8.', f: [['Chiều 3/9', '2021-09-03TAF'], ['hôm 25/8', '2021-08-25']] },
  ],
  id: [
    { s: 'Vaksin tahap ke-65 tiba di Bandara Soekarno-Hatta, Minggu (5/9/2021) malam.', f: [['Minggu (5/9/2021) malam', '2021-09-05TNI']] },
    { s: 'Pemerintah memperpanjang PPKM hingga 13 September mendatang.', f: [['13 September', '2021-09-13']] },
    { s: 'Sebanyak 2 juta dosis vaksin Moderna tiba pada Sabtu (4/9) siang.', f: [['Sabtu (4/9) siang', '2021-09-04TMI']] },
    { s: 'Vaksinasi anak dimulai pada awal Juli 2021.', f: [['awal Juli 2021', '2021-07', 'START']] },
    { s: 'Pada 2023, Indonesia menargetkan produksi vaksin mandiri.', f: [['2023', '2023']] },
    { s: 'Jumlah kasus turun sejak pertengahan Agustus lalu.', f: [['pertengahan Agustus', '2021-08', 'MID']] },
    { s: 'Rapat koordinasi digelar secara virtual pada Kamis (2/9/2021) sore.', f: [['Kamis (2/9/2021) sore', '2021-09-02TAF']] },
    { s: 'Target 100 juta dosis diharapkan tercapai pada akhir September.', f: [['akhir September', '2021-09', 'END']] },
    { s: 'Pada tanggal 1 Oktober 2021, sekolah tatap muka dibuka kembali.', f: [['tanggal 1 Oktober 2021', '2021-10-01']] },
    { s: 'Dalam tiga bulan terakhir, jumlah kasus menurun drastis.', f: [] },
    { s: 'Sejak Januari hingga Agustus 2021, Indonesia menerima 200 juta dosis.', f: [['Januari hingga Agustus 2021', '2021-01/2021-08']] },
    { s: 'Vaksin akan didistribusikan pada pekan kedua September.', f: [['September', '2021-09']] },
    { s: 'Presiden meresmikan pabrik tersebut pada Selasa lalu.', f: [['Selasa lalu', '2021-08-31']] },
    { s: 'Hingga Senin (6/9) pukul 12.00 WIB, 65 juta warga telah divaksin.', f: [['Senin (6/9) pukul 12.00 WIB', '2021-09-06T12:00+07:00']] },
  ],
  en: [
    { s: 'The vaccines arrived at Noi Bai airport on the night of September 5.', f: [['the night of September 5', '2021-09-05TNI']] },
    { s: 'Hanoi will lift the lockdown at 6 a.m. on September 21.', f: [['6 a.m. on September 21', '2021-09-21T06:00+07:00']] },
    { s: 'The Health Ministry reported 14,000 new cases on Sunday.', f: [['Sunday', '2021-09-05']] },
    { s: 'The first shipment under the contract arrived in late June.', f: [['late June', '2021-06', 'END']] },
    { s: 'Vietnam aims to produce its own vaccine by the second quarter of next year.', f: [['the second quarter of next year', '2022-Q2']] },
    { s: 'In 2022, the government plans to vaccinate children.', f: [['2022', '2022']] },
    { s: 'The campaign began on March 8, 2021.', f: [['March 8, 2021', '2021-03-08']] },
    { s: 'Officials expect the outbreak to peak in mid-September.', f: [['mid-September', '2021-09', 'MID']] },
    { s: 'The programme ran from 2016 to 2020.', f: [['from 2016 to 2020', '2016/2020']] },
    { s: 'More than 20 million doses have been given over the past three months.', f: [] },
    { s: 'The agreement was signed earlier this week.', f: [['this week', '2021-W36']] },
    { s: 'The results are due on Oct. 15, 2021.', f: [['Oct. 15, 2021', '2021-10-15']] },
    { s: 'On August 28, a second batch of 1 million doses arrived.', f: [['August 28', '2021-08-28']] },
    { s: 'Daily infections have fallen since the start of September.', f: [['the start of September', '2021-09', 'START']] },
  ],
};
