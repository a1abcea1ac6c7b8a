import { describe } from 'vitest';
import { itGivesDates, type DayCase } from './support.js';

/** Invented sentences, one form each. */
const CASES: DayCase[] = [
  // Lists of days before one month: one fact per day, the month and year shared.
  [
    'id',
    '2024-03-30',
    'Cuti bersama jatuh pada tanggal 8, 9, 12, dan 15 April 2024.',
    [
      ['tanggal 8', '2024-04-08'],
      ['9', '2024-04-09'],
      ['12', '2024-04-12'],
      ['15 April 2024', '2024-04-15'],
    ],
  ],
  [
    'id',
    '2018-04-18',
    'Libur menjadi 11, 12, 13 dan 20 Juni 2018.',
    [
      ['11', '2018-06-11'],
      ['12', '2018-06-12'],
      ['13', '2018-06-13'],
      ['20 Juni 2018', '2018-06-20'],
    ],
  ],
  // Falling numbers are no list: only "1 Mei" is a date.
  ['id', '2018-04-18', 'Hitung mundur 3, 2, 1 Mei dimulai.', [['1 Mei', '2018-05-01']]],
  // A day and the clock time after it are one fact, the time.
  [
    'id',
    '2021-04-14',
    'Gempa terjadi di Malang, Sabtu, pada pukul 14.00 WIB.',
    [['Sabtu, pada pukul 14.00 WIB', '2021-04-10T14:00+07:00']],
  ],
  [
    'id',
    '2024-10-06',
    'Gempa kedua terjadi Sabtu malam pukul 21.40 WIB.',
    [['Sabtu malam pukul 21.40 WIB', '2024-10-05T21:40+07:00']],
  ],
  [
    'id',
    '2023-10-18',
    'Semalam sekira pukul 23.00 WIB, Thailand bermain.',
    [['Semalam sekira pukul 23.00 WIB', '2023-10-17T23:00+07:00']],
  ],
  ['id', '2023-10-18', 'Mereka menginap semalam di hotel itu.', []],
  ['id', '2017-02-20', 'Hingga Minggu malam, air belum surut.', [['Minggu malam', '2017-02-19TNI']]],
  ['id', '2024-10-06', 'Gempa kembali terjadi pada Minggu dinihari.', [['Minggu dinihari', '2024-10-06TNI']]],
  [
    'id',
    '2017-05-06',
    'Pada sidang hari Selasa (25/04/2017) kemarin, hakim menjadwalkan putusan.',
    [['hari Selasa (25/04/2017) kemarin', '2017-04-25']],
  ],
  // Habitual after the date.
  ['id', '2024-01-10', 'Rapat digelar pada Senin setiap pekan.', []],
  ['vi', '2022-10-20', 'Cao điểm mùa dịch diễn ra từ tháng 7 đến tháng 11 hằng năm.', []],
  ['vi', '2017-04-30', 'Các đêm pháo hoa được tổ chức vào thứ Bảy hàng tuần.', []],
  // Seasons with their year; a bare season is any one.
  ['vi', '2026-01-28', 'Apple ra mắt iPhone mới vào mùa thu năm nay.', [['mùa thu năm nay', '2026-FA']]],
  ['vi', '2020-12-14', 'Đợt rét đầu tiên của mùa đông năm 2020 đã tới.', [['mùa đông năm 2020', '2020-WI']]],
  ['vi', '2020-12-14', 'Mùa đông thường lạnh và khô.', []],
  ['vi', '2020-09-14', 'Nông dân bước vào mùa thu hoạch năm nay.', [['năm nay', '2020']]],
  // Clock times with a minute mark, a bracketed day after "ngày", ranges written with "kéo dài tới" or "–".
  [
    'vi',
    '2016-02-24',
    'Khoảng 2h30’ rạng sáng 23/2, người dân phát hiện vụ việc.',
    [['2h30’ rạng sáng 23/2', '2016-02-23T02:30+07:00']],
  ],
  [
    'vi',
    '2020-10-27',
    'Đến khoảng 22h ngày (27/10), bão áp sát đảo.',
    [['22h ngày (27/10)', '2020-10-27T22:00+07:00']],
  ],
  [
    'vi',
    '2017-04-30',
    'Lễ hội diễn ra từ ngày 30/4 và kéo dài tới 24/6.',
    [['từ ngày 30/4 và kéo dài tới 24/6', '2017-04-30/2017-06-24']],
  ],
  ['vi', '2018-04-10', 'Lễ hội diễn ra từ ngày 30.4 – 24.6.', [['từ ngày 30.4 – 24.6', '2018-04-30/2018-06-24']]],
  [
    'vi',
    '2022-02-10',
    'Giải đấu diễn ra từ ngày 14 đến 26/2.2022.',
    [['từ ngày 14 đến 26/2.2022', '2022-02-14/2022-02-26']],
  ],
  // Two parts of one day.
  [
    'vi',
    '2020-12-14',
    'Dự báo trong chiều và đêm nay trời có mưa.',
    [
      ['chiều', '2020-12-14TAF'],
      ['đêm nay', '2020-12-14TNI'],
    ],
  ],
  // Scores near a score word are no dates; a strong lead keeps the day.
  ['vi', '2026-08-20', 'Đội tuyển vùi dập đối thủ tới 6-1 trong trận chung kết.', []],
  ['vi', '2026-08-20', 'Trận đấu hoãn tới 25-8.', [['25-8', '2026-08-25']]],
  // Ranges whose ends each write their month; a night and the morning after.
  ['vi', '2026-08-20', 'Dịp nghỉ lễ 30/4-1/5 năm nay kéo dài 5 ngày.', [['30/4-1/5 năm nay', '2026-04-30/2026-05-01']]],
  ['vi', '2026-01-05', 'Khách đông từ 25/12-2/1/2026.', [['từ 25/12-2/1/2026', '2025-12-25/2026-01-02']]],
  ['vi', '2026-08-20', 'Tỷ lệ 1/2-2/3 số hộ nghèo.', []],
  [
    'vi',
    '2026-08-20',
    'Đêm 18 rạng sáng 19/8, bão đổ bộ vào Nghệ An.',
    [
      ['Đêm 18', '2026-08-18TNI'],
      ['rạng sáng 19/8', '2026-08-19TMO'],
    ],
  ],
  // A bare month with "tahun lalu"; a weekday of next week; "periode" before years.
  ['id', '2025-08-20', 'Inflasi naik dibandingkan Juli tahun lalu.', [['Juli tahun lalu', '2024-07']]],
  ['id', '2025-08-20', 'Ia akan kembali pada Rabu pekan depan.', [['Rabu pekan depan', '2025-08-27']]],
  ['id', '2025-08-20', 'Data periode 2020-2024 menunjukkan kenaikan.', [['2020-2024', '2020/2024']]],
  // A Vietnamese clock time takes the sentence's day; alone (no day written) it gives nothing (a held-out convention): in
  // news it usually names an earlier sentence's day. Durations and opening hours are no times.
  ['vi', '2022-09-27', 'Tuy nhiên, 15h30, một cơn lốc xoáy đã quét qua thị trấn.', []],
  [
    'vi',
    '2022-09-27',
    'Tuy nhiên, 15h30 chiều nay, một cơn lốc xoáy đã quét qua thị trấn.',
    [['15h30 chiều nay', '2022-09-27T15:30+07:00']],
  ],
  [
    'vi',
    '2022-09-27',
    'Chiều 25/9, lúc 14h30, xe khách lao xuống vực.',
    [['Chiều 25/9, lúc 14h30', '2022-09-25T14:30+07:00']],
  ],
  ['vi', '2022-09-27', 'Sau 2h30 giải cứu, các nạn nhân được đưa ra ngoài.', []],
  ['vi', '2022-09-27', 'Chương trình mở cửa từ 8h đến 17h hằng ngày.', []],
  ['id', '2022-09-27', 'Kantor buka pukul 08.00 setiap hari.', []],
  // English: "than expected" is no future; "be held" no past; a range of days in one month.
  ['en', '2017-12-19', 'Retail sales were weaker than expected in a Reuters poll in August.', [['August', '2017-08']]],
  [
    'en',
    '2025-08-20',
    'The summit will be held from Sept. 8 to 10.',
    [['from Sept. 8 to 10', '2025-09-08/2025-09-10']],
  ],
  [
    'en',
    '2025-08-20',
    'The votes took place on May 3 and 5.',
    [
      ['May 3', '2025-05-03'],
      ['5', '2025-05-05'],
    ],
  ],
];

describe('dates: day lists, day-and-time joins, habitual words after a date, seasons', () => {
  itGivesDates(CASES);
});
