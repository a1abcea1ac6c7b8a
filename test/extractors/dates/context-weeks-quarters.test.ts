import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/index.js';
import { EXTRACTORS } from '../../../src/extractors/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/** [lang, publication day, sentence, expected [text, value] in order]. Invented sentences, one form each. */
type Case = [Lang, string, string, Array<[string, string]>];

const CASES: Case[] = [
  // A week written right after a day adds nothing: one fact, the day.
  [
    'id',
    '2020-12-15',
    'Pledoi akan dibacakan Selasa (22/12) pekan depan.',
    [['Selasa (22/12) pekan depan', '2020-12-22']],
  ],
  [
    'vi',
    '2024-04-25',
    'Người lao động làm bù vào ngày 4-5 (thứ bảy) của tuần kế tiếp.',
    [['ngày 4-5 (thứ bảy) của tuần kế tiếp', '2024-05-04']],
  ],
  // A week alone is still a week.
  ['id', '2021-03-08', 'Sidang akan kembali berlangsung pada pekan depan.', [['pekan depan', '2021-W11']]],
  // A quarter with its months in brackets is one fact, the quarter, with the year written after the bracket.
  [
    'id',
    '2022-08-05',
    'Ekonomi tumbuh pada kuartal II (April-Juni) 2021.',
    [['kuartal II (April-Juni) 2021', '2021-Q2']],
  ],
  [
    'id',
    '2024-04-05',
    'Untuk kuartal pertama (Januari – Maret) tahun 2024 ini, penjualan turun.',
    [['kuartal pertama (Januari – Maret) tahun 2024', '2024-Q1']],
  ],
  // Months in brackets that are not the quarter's stay a fact of their own.
  [
    'id',
    '2021-08-05',
    'Ekonomi tumbuh pada kuartal II 2021 (Juli-Agustus) lebih lambat.',
    [
      ['kuartal II 2021', '2021-Q2'],
      ['Juli-Agustus', '2021-07/2021-08'],
    ],
  ],
  // Frequency words make a later bare weekday or a relative month habitual.
  ['id', '2020-12-15', 'Sidang digelar satu minggu dua kali, yakni pada Selasa dan Kamis.', []],
  ['vi', '2015-06-01', 'Hằng tháng, các đơn vị phải cập nhật kết quả của tháng trước.', []],
  // A weekday with its own week is not habitual.
  [
    'id',
    '2020-12-15',
    'Sidang digelar dua kali seminggu, mulai Senin pekan depan.',
    [['Senin pekan depan', '2020-12-21']],
  ],
  // A habitual word after a list of weekdays governs the whole list.
  ['vi', '2017-07-23', 'Phố đi bộ mở vào các tối thứ Sáu, thứ Bảy và Chủ nhật hàng tuần.', []],
  ['id', '2021-03-08', 'Kantor buka pada Senin dan Kamis setiap pekan.', []],
  // A bare weekday shortly after a written day counts from that day.
  [
    'id',
    '2017-03-22',
    'Sidang dilaksanakan tanggal 17 April, maju satu hari jadi hari Senin.',
    [
      ['tanggal 17 April', '2017-04-17'],
      ['hari Senin', '2017-04-17'],
    ],
  ],
  // … but not across a reporting verb: "kata dia, Senin" is the day it was said.
  [
    'id',
    '2025-09-16',
    'Perang meletus pada 7 Oktober 2023, kata dia, Senin.',
    [
      ['7 Oktober 2023', '2023-10-07'],
      ['Senin', '2025-09-15'],
    ],
  ],
  // "Kamis ini" is this week's Thursday; "akhir pekan" alone is a weekend in general.
  ['id', '2020-12-15', 'Tuntutan dibacakan Kamis ini.', [['Kamis ini', '2020-12-17']]],
  ['id', '2011-05-04', 'Warga biasa bersepeda di akhir pekan.', []],
  ['id', '2023-06-30', 'Kunjungan naik hingga akhir pekan nanti.', [['akhir pekan nanti', '2023-W26']]],
  // Ends of different granularity stay two facts.
  [
    'vi',
    '2022-04-12',
    'Thí sinh đăng ký từ ngày 4/5 đến 17 giờ ngày 13/5.',
    [
      ['ngày 4/5', '2022-05-04'],
      ['17 giờ ngày 13/5', '2022-05-13T17:00+07:00'],
    ],
  ],
  // A relative day with its written day may open a span; its clock time is the written day's.
  [
    'vi',
    '2021-10-25',
    'Từ hôm nay (25/10) đến ngày 27/10, trời ít mưa.',
    [['Từ hôm nay (25/10) đến ngày 27/10', '2021-10-25/2021-10-27']],
  ],
  [
    'vi',
    '2024-06-06',
    'Vụ cháy xảy ra khoảng 16 giờ 30, chiều nay, 6-6.',
    [['16 giờ 30, chiều nay, 6-6', '2024-06-06T16:30+07:00']],
  ],
  // A deadline lies ahead.
  ['vi', '2022-04-12', 'Xét công nhận tốt nghiệp chậm nhất ngày 18/8.', [['ngày 18/8', '2022-08-18']]],
  // Holidays written as days, "cho đến hết", "N tháng năm YYYY".
  [
    'vi',
    '2024-04-25',
    'Phố đi bộ mở dịp nghỉ lễ 30-4 và 1-5.',
    [
      ['30-4', '2024-04-30'],
      ['1-5', '2024-05-01'],
    ],
  ],
  [
    'vi',
    '2020-02-28',
    'Học sinh nghỉ từ ngày 02/3/2020 cho đến hết ngày 15/3/2020.',
    [['từ ngày 02/3/2020 cho đến hết ngày 15/3/2020', '2020-03-02/2020-03-15']],
  ],
  ['vi', '2025-06-04', 'Kết quả 5 tháng năm 2025 khả quan.', [['5 tháng năm 2025', '2025-01/2025-05']]],
  ['vi', '2025-06-04', 'Lễ hội diễn ra vào ngày 5 tháng Năm 2025.', [['ngày 5 tháng Năm', '2025-05-05']]],
  // Indonesian spans across months, years looked back to, opening hours.
  [
    'id',
    '2023-10-04',
    'Verifikasi dokumen: 26 September-13 Oktober 2023.',
    [['26 September-13 Oktober 2023', '2023-09-26/2023-10-13']],
  ],
  [
    'id',
    '2023-10-04',
    'Pembayaran UKT: 27 Oktober 2023-24 Januari 2024.',
    [['27 Oktober 2023-24 Januari 2024', '2023-10-27/2024-01-24']],
  ],
  ['id', '2021-08-06', 'Angka ini naik dibandingkan periode sama 2020.', [['2020', '2020']]],
  ['id', '2020-04-20', 'Penjualan turun dibandingkan di 2019 lalu.', [['2019', '2019']]],
  ['id', '2025-11-02', 'Kegiatan dibuka sekitar pukul 06.00 hingga 10.00 waktu setempat.', []],
];

describe('dates: weeks after days, quarters with their months, habitual context, anchored weekdays', () => {
  it.each(CASES.map((c) => [c[2], c] as const))('%s', (_s, [lang, day, text, expected]) => {
    const doc = docFromText(text, { lang, publishedAt: `${day}T12:00:00+07:00` });
    const ex = EXTRACTORS.find((e) => e.type === 'date' && e.lang === lang)!;
    const facts = ex.extract(doc).flatMap((f) => (f.type === 'date' ? [[f.text, f.value]] : []));
    expect(facts).toEqual(expected);
  });
});
