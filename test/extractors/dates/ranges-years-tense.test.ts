import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../../src/extractors/index.js';
import { docFromText } from '../../support/doc-from-text.js';
import { itGivesDates, type DayCase } from './support.js';

/** Invented sentences, one form each. */
const CASES: DayCase[] = [
  // Ranges and lists: one interval per range, one fact per listed day.
  [
    'vi',
    '2020-07-20',
    'Từ ngày 23 đến 26-7, Hà Nội tổ chức lễ hội.',
    [['Từ ngày 23 đến 26-7', '2020-07-23/2020-07-26']],
  ],
  [
    'vi',
    '2020-07-20',
    'Đợt cao điểm kéo dài từ ngày 9 đến 14-7-2020.',
    [['từ ngày 9 đến 14-7-2020', '2020-07-09/2020-07-14']],
  ],
  [
    'vi',
    '2020-09-01',
    'Đoàn kiểm tra làm việc trong hai ngày 18-8 và 30-8.',
    [
      ['ngày 18-8', '2020-08-18'],
      ['30-8', '2020-08-30'],
    ],
  ],
  ['vi', '2020-07-10', 'Lễ hội diễn ra khoảng 25-27 tháng 7.', [['khoảng 25-27 tháng 7', '2020-07-25/2020-07-27']]],
  ['vi', '2020-10-01', 'Phiên giao dịch từ 20-26/10 giảm mạnh.', [['từ 20-26/10', '2020-10-20/2020-10-26']]],
  [
    'vi',
    '2020-11-01',
    'Hơn 1.000 người tử vong trong 2 ngày 28 và 29/10.',
    [
      ['ngày 28', '2020-10-28'],
      ['29/10', '2020-10-29'],
    ],
  ],
  [
    'id',
    '2025-08-21',
    'Rapat digelar pada 19 dan 20 Agustus 2025.',
    [
      ['19', '2025-08-19'],
      ['20 Agustus 2025', '2025-08-20'],
    ],
  ],
  [
    'en',
    '2017-12-19',
    'Homes bought from Jan. 1, 2018, through Dec. 31, 2025, qualify.',
    [['from Jan. 1, 2018, through Dec. 31, 2025', '2018-01-01/2025-12-31']],
  ],
  // Day-month with a dash or a dot when something anchors it.
  ['vi', '2020-07-23', 'Ngày 22-7 vào điều trị tại bệnh viện.', [['Ngày 22-7', '2020-07-22']]],
  ['vi', '2026-08-17', 'Nghị quyết có hiệu lực thi hành từ 20-9.', [['20-9', '2026-09-20']]],
  ['vi', '2026-08-20', 'Các trường học hôm 19.8 đã diễn tập.', [['hôm 19.8', '2026-08-19']]],
  ['vi', '2026-08-19', 'Chiều nay 19-8, đội tuyển tập luyện.', [['Chiều nay 19-8', '2026-08-19TAF']]],
  // Any written year from 1800 to 2100; ISO days; "7 tháng 5 năm 1954".
  ['vi', '2013-05-01', 'Ông sinh vào tháng 1 năm 1863 tại Huế.', [['tháng 1 năm 1863', '1863-01']]],
  ['vi', '2024-05-07', 'Chiến dịch kết thúc 7 tháng 5 năm 1954.', [['7 tháng 5 năm 1954', '1954-05-07']]],
  ['vi', '2024-03-20', 'Ngày 2024-03-15, hội nghị khai mạc.', [['2024-03-15', '2024-03-15']]],
  ['id', '2025-10-21', 'Penelitian itu dilakukan pada tahun 1891 di Trinil.', [['tahun 1891', '1891']]],
  ['en', '2020-11-04', 'Darwin coined the term in 1859.', [['1859', '1859']]],
  [
    'vi',
    '2020-11-01',
    'GDP năm 2020 và 2021 lần lượt tăng 1,6% và 6,7%.',
    [
      ['năm 2020', '2020'],
      ['2021', '2021'],
    ],
  ],
  // Tense and direction words decide the year of a yearless month or day.
  ['en', '2017-11-15', 'The new rule will take effect in January.', [['January', '2018-01']]],
  ['en', '2017-11-15', 'The rule took effect in January.', [['January', '2017-01']]],
  ['en', '2017-12-03', 'Flynn spoke to him last December.', [['last December', '2016-12']]],
  ['vi', '2020-11-10', 'Dự án khởi công vào tháng 1 tới.', [['tháng 1', '2021-01']]],
  ['vi', '2020-02-10', 'Tháng 12 vừa qua, doanh số tăng mạnh.', [['Tháng 12', '2019-12']]],
  ['id', '2025-05-05', 'Surat itu dikirim pada 23 Maret lalu.', [['23 Maret', '2025-03-23']]],
  ['id', '2025-04-05', 'Rapat digelar pada 23 Maret mendatang.', [['23 Maret', '2026-03-23']]],
  [
    'id',
    '2025-10-17',
    'Anggaran ditarik jika akhir Oktober nanti tidak ada perkembangan.',
    [['akhir Oktober', '2025-10']],
  ],
  ['vi', '2020-10-02', 'Đầu tháng 9, hãng thông báo sẽ cắt giảm 4.300 vị trí.', [['Đầu tháng 9', '2020-09']]],
  ['id', '2025-07-06', '"Anda akan mendapatkannya!" ia memposting pada hari Sabtu.', [['hari Sabtu', '2025-07-05']]],
  // A bare weekday set off after the verb: the nearest such day back from the publication day.
  ['id', '2025-10-22', 'Hal itu disampaikan Kapolres, Senin, di Mapolres.', [['Senin', '2025-10-20']]],
  ['id', '2025-10-21', '"Kami langsung mendatangi korban," ujar Kapolsek, Sabtu.', [['Sabtu', '2025-10-18']]],
  ['en', '2017-12-20', 'The ministry said Tuesday it would review the plan.', [['Tuesday', '2017-12-19']]],
  // A clock time alone is on the day the sentence gives, in the zone it writes.
  [
    'id',
    '2025-10-21',
    'Pantauan di lokasi, Selasa (21/10/2025), massa berkumpul sekitar pukul 15.45 Wita.',
    [
      ['Selasa (21/10/2025)', '2025-10-21'],
      ['pukul 15.45 Wita', '2025-10-21T15:45+08:00'],
    ],
  ],
  // Not dates.
  ['id', '2025-10-20', 'Panas ekstrem berlangsung selama beberapa hari ini.', []],
  ['id', '2025-10-21', 'Kami mengetahui beberapa hari kemarin ada aparat yang datang.', []],
  ['id', '2025-08-04', 'Anggota DPR hari-hari ini adalah politisi pebisnis.', []],
  ['id', '2025-05-15', 'BPS akan merilis angka tetap di setiap awal bulan.', []],
  ['id', '2025-09-16', 'Siaran langsung pada Senin-Jumat, pukul 15.30-18.00 WIB.', []],
  ['vi', '2026-08-22', 'Ngủ thêm vào cuối tuần có thể giảm buồn ngủ.', []],
  ['vi', '2020-11-01', 'Đã nghiệm thu 5/5 hạng mục và 9/11 chuyên ngành thiết bị.', []],
  ['vi', '2020-11-01', 'Mỗi túi cá hồi đóng từ 2-3 khúc.', []],
  ['vi', '2020-11-04', 'Loài này tuyệt chủng khoảng 100 triệu năm trước.', []],
  ['vi', '2026-08-21', 'Sáu tuần sau trận lũ, số người thiệt mạng tăng.', []],
  ['vi', '2026-08-18', 'Lễ hội diễn ra (nhằm 16 đến 18-7 Âm lịch).', []],
  ['vi', '2026-08-17', 'Việt Nam thắng Malaysia 2-0 ở bán kết COVID-19.', []],
];

describe('dates: ranges, years, tense, weekdays, clock times and non-dates', () => {
  itGivesDates(CASES);

  it('skips dateline paragraphs: a dateline states no fact of the article', () => {
    const doc = docFromText(['Tiêu đề', 'HÀ NỘI, 6/9/2021', 'Sáng 5/9, Bộ Y tế họp.'], { lang: 'vi' });
    const dated = {
      ...doc,
      paragraphs: doc.paragraphs.map((p, i) => (i === 1 ? { ...p, kind: 'dateline' as const } : p)),
    };
    const ex = EXTRACTORS.find((e) => e.type === 'date' && e.lang === 'vi')!;
    expect(ex.extract(dated).map((f) => f.text)).toEqual(['Sáng 5/9']);
    expect(ex.extract(doc).map((f) => f.text)).toEqual(['6/9/2021', 'Sáng 5/9']);
  });
});
