import { describe, expect, it } from 'vitest';
import { idDoseExtractor } from '../../../src/extractors/id/doses/index.js';
import { viDoseExtractor } from '../../../src/extractors/vi/doses/index.js';
import { dosesOf } from './support.js';

const EX = { vi: viDoseExtractor, id: idDoseExtractor } as const;
type Lang = keyof typeof EX;

/** Invented sentences for the shapes kept in round 9: value(-valueMax):status, in order. */
const ROWS: ReadonlyArray<[Lang, string, string[]]> = [
  // The state's own chain handing doses down (to a province, district, commune or to farm households, or by a
  // veterinary agency) allocates them; a country giving to another country donates.
  ['vi', 'Cục Thú y đã hỗ trợ cho tỉnh 300 ngàn liều vắc xin cúm gia cầm.', ['300000:allocated']],
  ['vi', 'Chi cục Thú y đã hỗ trợ các hộ chăn nuôi 20.000 liều vắc xin.', ['20000:allocated']],
  ['vi', 'Ngành thú y tỉnh vừa hỗ trợ 2.000 liều vắc xin dại.', ['2000:allocated']],
  ['vi', 'Nhật Bản đã hỗ trợ Việt Nam 400.000 liều vắc xin.', ['400000:donated']],
  ['vi', 'Úc sẽ hỗ trợ thêm 2 triệu liều vắc xin cho Việt Nam.', ['2000000:expected']],
  // An ability modal before the verb says what may happen, not what did: expected. "dapat" before a noun is the
  // verb "get"; an ability said of now is a present capacity (unknown, like production).
  ['vi', 'Công ty cho biết có thể cung cấp 10 triệu liều vắc xin trong năm nay.', ['10000000:expected']],
  ['vi', 'Công ty đã cung cấp 10 triệu liều vắc xin trong năm nay.', ['10000000:received']],
  ['id', 'Jumlah tersebut dapat dinaikkan menjadi 30 juta dosis tahun depan.', ['30000000:expected']],
  ['id', 'Indonesia bisa mendapatkan 20 juta dosis vaksin dari skema ini.', ['20000000:expected']],
  ['id', 'Kabupaten itu dapat alokasi 300 dosis vaksin rabies.', ['300:allocated']],
  ['id', 'Saat ini pabrik itu bisa memproduksi vaksin dengan kapasitas 10 juta dosis.', ['10000000:unknown']],
];

describe('dose status, ninth round', () => {
  it.each(ROWS)('%s: %s', (lang, text, want) => {
    const got = dosesOf(EX[lang], text, lang).map((f) => `${f.value}${f.valueMax === null ? '' : `-${f.valueMax}`}:${f.status}`);
    expect(got).toEqual(want);
  });
});
