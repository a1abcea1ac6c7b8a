import type { PhraseCase } from './support.js';

/**
 * Invented sentences, development data. Halves of a year are month spans (the schema has no half-year).
 * Reference: Monday 2021-09-06 17:30 +07:00.
 */
export const DEV_BATCH_2: Record<'vi' | 'id' | 'en', PhraseCase[]> = {
  vi: [
    { s: 'Trước đó, vào ngày 28/8, Bộ Y tế đã cấp phép khẩn cấp vaccine Abdala.', f: [['ngày 28/8', '2021-08-28']] },
    { s: 'Chỉ thị 16 được áp dụng từ 0h ngày 9/7 tại TP.HCM.', f: [['0h ngày 9/7', '2021-07-09T00:00+07:00']] },
    { s: 'Đến giữa tháng 9, thành phố sẽ cơ bản kiểm soát được dịch.', f: [['giữa tháng 9', '2021-09', 'MID']] },
    { s: 'Từ đầu năm đến nay, cả nước ghi nhận hơn 500.000 ca mắc.', f: [['đầu năm', '2021', 'START']] },
    { s: 'Lễ ký kết diễn ra chiều qua tại Hà Nội.', f: [['chiều qua', '2021-09-05TAF']] },
    { s: 'Kỳ họp thứ 2 Quốc hội khóa XV dự kiến khai mạc vào ngày 20/10 tới.', f: [['ngày 20/10', '2021-10-20']] },
    { s: 'Tháng 7 vừa qua, xuất khẩu đạt 26 tỷ USD.', f: [['Tháng 7', '2021-07']] },
    { s: 'Trong 8 tháng đầu năm 2021, tổng kim ngạch tăng 26%.', f: [['8 tháng đầu năm 2021', '2021-01/2021-08']] },
    { s: 'Sáng 1/10/2021, TP.HCM chính thức nới lỏng giãn cách.', f: [['Sáng 1/10/2021', '2021-10-01TMO']] },
    { s: 'Đến hết ngày 31/12/2021, Việt Nam phải tiêm xong cho người lớn.', f: [['ngày 31/12/2021', '2021-12-31']] },
    { s: 'Số ca mắc trong tuần này giảm 20% so với tuần trước.', f: [['tuần này', '2021-W36'], ['tuần trước', '2021-W35']] },
    { s: 'Tỷ lệ tiêm chủng đạt 7/10 tại các khu công nghiệp.', f: [] },
    { s: 'Ngày 2/9 năm nay, lễ Quốc khánh được tổ chức giản dị.', f: [['Ngày 2/9 năm nay', '2021-09-02']] },
    { s: 'Vụ tai nạn xảy ra lúc 22h30 đêm 4/9.', f: [['22h30 đêm 4/9', '2021-09-04T22:30+07:00']] },
    { s: 'Năm 2019, trước khi có dịch, du lịch đón 18 triệu khách.', f: [['Năm 2019', '2019']] },
  ],
  id: [
    { s: 'Vaksinasi dosis kedua dimulai pada 14 Juli lalu.', f: [['14 Juli', '2021-07-14']] },
    { s: 'Presiden Joko Widodo meninjau vaksinasi di Bekasi, Selasa (7/9/2021).', f: [['Selasa (7/9/2021)', '2021-09-07']] },
    { s: 'PPKM Level 4 diperpanjang hingga 13 September 2021.', f: [['13 September 2021', '2021-09-13']] },
    { s: 'Pada awal tahun 2021, Indonesia memulai program vaksinasi nasional.', f: [['awal tahun 2021', '2021', 'START']] },
    { s: 'Kasus harian mencapai puncaknya pada pertengahan Juli.', f: [['pertengahan Juli', '2021-07', 'MID']] },
    { s: 'Sebanyak 5 juta dosis tiba pada Sabtu malam.', f: [['Sabtu malam', '2021-09-04TNI']] },
    { s: 'Pemerintah menargetkan 208 juta orang divaksin hingga akhir 2021.', f: [['akhir 2021', '2021', 'END']] },
    { s: 'Rapat digelar Kamis, 2 September 2021, di Jakarta.', f: [['Kamis, 2 September 2021', '2021-09-02']] },
    { s: 'Vaksin Pfizer akan tiba dalam pekan ini.', f: [['pekan ini', '2021-W36']] },
    { s: 'Data per 5 September menunjukkan 64 juta orang telah divaksin.', f: [['5 September', '2021-09-05']] },
    { s: 'Skor pertandingan 2-1 untuk tim tuan rumah.', f: [] },
    { s: 'Pada semester kedua 2021, ekonomi diperkirakan pulih.', f: [['semester kedua 2021', '2021-07/2021-12']] },
    { s: 'Sejak Maret 2020, pandemi telah menginfeksi 4 juta warga.', f: [['Maret 2020', '2020-03']] },
    { s: 'Pukul 10.00 WIB hari ini, vaksin tiba di Bandara Soekarno-Hatta.', f: [['Pukul 10.00 WIB hari ini', '2021-09-06T10:00+07:00']] },
    { s: 'Tahun 2022 mendatang, produksi vaksin Merah Putih dimulai.', f: [['Tahun 2022', '2022']] },
  ],
  en: [
    { s: 'The city has been under lockdown since July 9.', f: [['July 9', '2021-07-09']] },
    { s: 'The ministry said on Sept. 3 that 2 million doses had been allocated.', f: [['Sept. 3', '2021-09-03']] },
    { s: 'The restrictions will be reviewed on September 15.', f: [['September 15', '2021-09-15']] },
    { s: 'Exports rose 25 percent in the first eight months of the year.', f: [['the first eight months of the year', '2021-01/2021-08']] },
    { s: 'The government approved the Abdala vaccine on Saturday.', f: [['Saturday', '2021-09-04']] },
    { s: 'Vietnam recorded its first case in January 2020.', f: [['January 2020', '2020-01']] },
    { s: 'More than 1,000 people were tested on Sunday night.', f: [['Sunday night', '2021-09-05TNI']] },
    { s: 'The shipment is expected by the end of this month.', f: [['the end of this month', '2021-09', 'END']] },
    { s: 'Trading resumed on Monday, September 6, 2021.', f: [['Monday, September 6, 2021', '2021-09-06']] },
    { s: 'The score was 3-2 after extra time.', f: [] },
    { s: 'The vaccine was approved in mid-2021.', f: [['mid-2021', '2021', 'MID']] },
    { s: 'The factory, built in 1998, will be upgraded next year.', f: [['1998', '1998'], ['next year', '2022']] },
    { s: 'Schools will reopen on Oct. 1.', f: [['Oct. 1', '2021-10-01']] },
    { s: 'Cases fell during the week of August 23.', f: [['the week of August 23', '2021-W34']] },
    { s: 'The data covers the period from 27 April to 5 September.', f: [['from 27 April to 5 September', '2021-04-27/2021-09-05']] },
  ],
};
