import type { PhraseCase } from './support.js';

/**
 * Invented sentences with a date in brackets after a relative day, development data.
 * Reference: Monday 2021-09-06 17:30 +07:00.
 */
export const DEV_BATCH_4: Record<'vi' | 'id' | 'en', PhraseCase[]> = {
  vi: [
    { s: 'Hôm nay (6/9), Hà Nội bắt đầu giai đoạn giãn cách thứ tư.', f: [['Hôm nay (6/9)', '2021-09-06']] },
    { s: 'Chiều tối 5/9, UBND thành phố đã họp khẩn.', f: [['Chiều tối 5/9', '2021-09-05TEV']] },
    { s: 'Từ ngày 16/9, các tỉnh sẽ nới lỏng giãn cách.', f: [['ngày 16/9', '2021-09-16']] },
    { s: 'Đợt cao điểm kéo dài từ giữa tháng 7 đến cuối tháng 8.', f: [['từ giữa tháng 7 đến cuối tháng 8', '2021-07/2021-08']] },
    { s: 'Tổng cục Thống kê công bố số liệu quý II/2021 vào ngày 29/6.', f: [['quý II/2021', '2021-Q2'], ['ngày 29/6', '2021-06-29']] },
    { s: 'Năm 2022, Bộ Y tế dự kiến tiêm mũi 3 cho toàn dân.', f: [['Năm 2022', '2022']] },
    { s: 'Cuối tuần này, Hà Nội sẽ xét nghiệm toàn bộ người dân vùng đỏ.', f: [['Cuối tuần này', '2021-W36', 'END']] },
    { s: 'Khoảng 70% dân số được tiêm ít nhất 1 mũi.', f: [] },
    { s: 'Sáng 6/9/2021, Thủ tướng đã làm việc với TP.HCM.', f: [['Sáng 6/9/2021', '2021-09-06TMO']] },
    { s: 'Lễ khởi công dự kiến vào tháng 3/2022.', f: [['tháng 3/2022', '2022-03']] },
  ],
  id: [
    { s: 'Vaksinasi massal digelar pada akhir pekan ini.', f: [['akhir pekan ini', '2021-W36', 'END']] },
    { s: 'Sebanyak 1,2 juta dosis tiba Senin (6/9/2021) pagi.', f: [['Senin (6/9/2021) pagi', '2021-09-06TMO']] },
    { s: 'Kasus pertama dilaporkan pada 2 Maret 2020.', f: [['2 Maret 2020', '2020-03-02']] },
    { s: 'Mulai bulan depan, vaksin booster diberikan untuk tenaga kesehatan.', f: [['bulan depan', '2021-10']] },
    { s: 'Pada awal pekan lalu, pemerintah mengumumkan kebijakan baru.', f: [['awal pekan lalu', '2021-W35', 'START']] },
    { s: 'Capaian vaksinasi 50 persen ditargetkan pada Oktober 2021.', f: [['Oktober 2021', '2021-10']] },
    { s: 'Sebanyak 16-17 juta dosis akan tiba tahun ini.', f: [['tahun ini', '2021']] },
    { s: 'Vaksin tiba di Jakarta pada Jumat (3/9) lalu.', f: [['Jumat (3/9)', '2021-09-03']] },
    { s: 'Pada tanggal 20 hingga 25 September, vaksinasi dilakukan di sekolah.', f: [['tanggal 20 hingga 25 September', '2021-09-20/2021-09-25']] },
    { s: 'Data hingga pukul 12.00 WIB kemarin menunjukkan kenaikan.', f: [['pukul 12.00 WIB kemarin', '2021-09-05T12:00+07:00']] },
  ],
  en: [
    { s: 'The lockdown was extended on Sept 5 for another two weeks.', f: [['Sept 5', '2021-09-05']] },
    { s: 'Cases began rising in late April and peaked in August.', f: [['late April', '2021-04', 'END'], ['August', '2021-08']] },
    { s: 'The first doses are expected in the fourth quarter of 2021.', f: [['the fourth quarter of 2021', '2021-Q4']] },
    { s: 'Health officials met on Friday afternoon.', f: [['Friday afternoon', '2021-09-03TAF']] },
    { s: 'Vietnam has administered 22 million doses as of September 5.', f: [['September 5', '2021-09-05']] },
    { s: 'The vaccine plant will be completed in early 2022.', f: [['early 2022', '2022', 'START']] },
    { s: 'The country reopened its borders on 1 July 2020.', f: [['1 July 2020', '2020-07-01']] },
    { s: 'About 70 percent of adults received one dose.', f: [] },
    { s: 'The city will ease restrictions after September 15.', f: [['September 15', '2021-09-15']] },
    { s: 'Earlier this month, the government approved Abdala.', f: [['this month', '2021-09']] },
  ],
};
