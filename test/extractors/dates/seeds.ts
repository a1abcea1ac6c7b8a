import type { DateFact } from '../../../src/core/index.js';
import { loadFixturePage } from '../../support/fixture-page.js';

/** The date facts the pipeline emits for a fixture page, or null when the fixture is missing. */
export function seedDateFacts(name: string): { facts: DateFact[]; text: string; publishedAt: string | null } | null {
  const page = loadFixturePage(name);
  if (!page) return null;
  const { article } = page;
  return { facts: article.facts.filter((f): f is DateFact => f.type === 'date'), text: article.text, publishedAt: article.publishedAt };
}

/** [text, value, mod] of every date fact a seed must give, in text order. */
export const SEED_EXPECTED: Record<string, Array<[string, string, DateFact['mod']]>> = {
  'vietnamplus-vi-ngoai-giao-vaccine': [
    ['chiều 6/9', '2021-09-06TAF', null],
    ['đầu tháng 8/2021', '2021-08', 'START'],
    ['cuối tháng Tám', '2021-08', 'END'],
    ['tháng 9 và tháng 10/2021', '2021-09/2021-10', null],
    ['tháng 9/2021', '2021-09', null],
  ],
  'vovworld-id-diplomasi-vaksin': [['bulan Juli dan Agustus', '2021-07/2021-08', null]],
};

/**
 * The other fixture pages. `unseen`: pages other helpers added while the grammars were written, scored
 * once before any fix (P 0.958, R 0.885 on 26 dates, "this summer" then left out), then used to fix
 * "Chiều 6-9", "(8/9/2021) pagi", weekdays ("on Tuesday") and seasons. nusantaradaily and megastory came
 * later still: all 12 right on their first run.
 */
export const FIXTURE_EXPECTED: Record<string, { unseen: boolean; dates: Array<[string, string, DateFact['mod']]> }> = {
  'asiahealthwire-en-sinopharm-doses': {
    unseen: true,
    dates: [
      ['early August', '2021-08', 'START'],
      ['this summer', '2021-SU', null],
      ['early August', '2021-08', 'START'],
      ['Tuesday', '2021-08-03', null],
      ['June and July', '2021-06/2021-07', null],
      ['August', '2021-08', null],
      ['the end of July', '2021-07', 'END'],
    ],
  },
  'kabarnusantara-id-vaksin-moderna': {
    unseen: true,
    dates: [
      ['Senin (6/9/2021)', '2021-09-06', null],
      ['akhir tahun', '2021', 'END'],
      ['akhir Agustus', '2021-08', 'END'],
      ['awal 2022', '2022', 'START'],
      ['September', '2021-09', null],
    ],
  },
  'tinnhanhviet-vi-tiem-chung-tphcm': {
    unseen: true,
    dates: [
      ['ngày 5/9', '2021-09-05', null],
      ['tuần này', '2021-W36', null],
      ['ngày 15/9', '2021-09-15', null],
      ['tháng 8', '2021-08', null],
      ['cuối tháng 8', '2021-08', 'END'],
    ],
  },
  'tinvungcao-vi-windows-1258': {
    unseen: true,
    dates: [
      ['Sáng 7/9', '2021-09-07TMO', null],
      ['cuối tháng 7', '2021-07', 'END'],
      ['tháng 9', '2021-09', null],
    ],
  },
  'tuoitrexanh-vi-vaccine-pfizer': {
    unseen: true,
    dates: [
      ['Chiều 6-9', '2021-09-06TAF', null],
      ['cuối tháng 9', '2021-09', 'END'],
      ['năm 2021', '2021', null],
    ],
  },
  'wartatimur-id-vaksin-ntt-wita': {
    unseen: true,
    dates: [
      ['Rabu (8/9/2021) pagi', '2021-09-08TMO', null],
      ['pertengahan Oktober', '2021-10', 'MID'],
      ['awal September', '2021-09', 'START'],
      ['akhir bulan ini', '2021-09', 'END'],
    ],
  },
  'nusantaradaily-en-pfizer-doses': {
    unseen: true,
    dates: [
      ['end of September', '2021-09', 'END'],
      ['the end of September', '2021-09', 'END'],
      ['early next year', '2022', 'START'],
      ['September', '2021-09', null],
      ['Monday', '2021-09-06', null],
      ['mid-September', '2021-09', 'MID'],
      ['late August', '2021-08', 'END'],
    ],
  },
  'vietnamplus-vi-megastory-fallback': {
    unseen: true,
    dates: [
      ['Ngày 1/4', '2021-04-01', null],
      ['giữa tháng 8', '2021-08', 'MID'],
      ['tháng 8/2021', '2021-08', null],
      ['quý IV/2021', '2021-Q4', null],
      ['cuối năm', '2021', 'END'],
    ],
  },
  'vietnamplus-en-us-moderna-doses': {
    unseen: false,
    dates: [
      ['September 6', '2021-09-06', null],
      ['the evening of September 5', '2021-09-05TEV', null],
      ['September', '2021-09', null],
      ['early September', '2021-09', 'START'],
      ['this month', '2021-09', null],
      ['late April', '2021-04', 'END'],
    ],
  },
  'vietnamplus-vi-covax-template-2017': { unseen: false, dates: [['Chiều 6/9', '2021-09-06TAF', null], ['năm 2021', '2021', null]] },
  'vietnamplus-vi-phan-bo-vaccine': {
    unseen: false,
    dates: [
      ['ngày 15/8', '2021-08-15', null],
      ['tháng 8', '2021-08', null],
      ['cuối tháng 8', '2021-08', 'END'],
      ['ngày 1/8', '2021-08-01', null],
    ],
  },
  'vovworld-en-covax-doses': {
    unseen: false,
    dates: [
      ['Wednesday', '2021-09-08', null],
      ['September 8', '2021-09-08', null],
      ['late September', '2021-09', 'END'],
      ['September and October', '2021-09/2021-10', null],
      ['early August', '2021-08', 'START'],
    ],
  },
  'vovworld-id-listing-berita': { unseen: false, dates: [] },
  'vovworld-id-vaksin-jepang': {
    unseen: false,
    dates: [
      ['Minggu pagi (5 September)', '2021-09-05TMO', null],
      ['akhir Juli', '2021-07', 'END'],
      ['bulan September', '2021-09', null],
    ],
  },
  'vovworld-vi-vaccine-nhat-ban': {
    unseen: false,
    dates: [
      ['Sáng 7/9', '2021-09-07TMO', null],
      ['ngày 6/9', '2021-09-06', null],
      ['cuối tháng 9', '2021-09', 'END'],
    ],
  },
};
