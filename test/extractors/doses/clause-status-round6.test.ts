import { describe, expect, it } from 'vitest';
import { enDoseExtractor } from '../../../src/extractors/en/doses/index.js';
import { idDoseExtractor } from '../../../src/extractors/id/doses/index.js';
import { viDoseExtractor } from '../../../src/extractors/vi/doses/index.js';
import { dosesOf } from './support.js';

const EX = { vi: viDoseExtractor, id: idDoseExtractor, en: enDoseExtractor } as const;
type Lang = keyof typeof EX;
const M = 1_000_000;

/** Invented sentences for the shapes of the sixth round: value(-valueMax):status, in order. */
const ROWS: ReadonlyArray<[Lang, string, string[]]> = [
  // Production and capacity are unknown; a future or plan governing them makes them expected; needs stay unknown.
  ['vi', 'Nhà máy đã sản xuất 30 triệu liều vaccine.', [`${30 * M}:unknown`]],
  ['vi', 'Dự kiến, năm tới nhà máy sản xuất khoảng 50 triệu liều.', [`${50 * M}:expected`]],
  ['vi', 'Dự kiến, năm tới Việt Nam cần khoảng 50 triệu liều.', [`${50 * M}:unknown`]],
  ['id', 'Perusahaan itu memiliki kapasitas produksi 2 miliar dosis per tahun.', [`${2000 * M}:unknown`]],
  ['id', 'Tahun depan kapasitas produksi akan ditingkatkan menjadi 60 juta dosis.', [`${60 * M}:expected`]],
  ['id', 'Pabrik itu akan memproduksi 25 juta dosis vaksin.', [`${25 * M}:expected`]],
  ['en', 'The plant will produce 40 million doses next year.', [`${40 * M}:expected`]],
  ['en', 'The plant produced 12 million doses last year.', [`${12 * M}:unknown`]],
  // A weak total verb says what a production subject does: made, not administered.
  ['id', 'Total vaksin yang diproduksi mencapai 90 juta dosis.', [`${90 * M}:unknown`]],
  ['id', 'Total vaksinasi mencapai 90 juta dosis.', [`${90 * M}:administered`]],
  // "vaksin produksi Sinopharm" (made by) is no production verb: the arrival governs.
  ['id', 'Sebanyak 1 juta dosis vaksin produksi Sinopharm tiba di Jakarta.', [`${M}:received`]],
  // Preparing is a plan; prepared (with a past marker) is stock held; brought in is received.
  ['id', 'Kementerian siapkan 2 juta dosis vaksin untuk tahun depan.', [`${2 * M}:expected`]],
  ['id', 'Pemerintah menyiapkan anggaran pengadaan total lima juta dosis vaksin.', [`${5 * M}:expected`]],
  ['id', 'Dinas telah menyiapkan 12 ribu vial vaksin rabies.', ['12000:received']],
  ['id', 'Sebanyak 9.000 dosis vaksin langsung dibawa ke gudang farmasi.', ['9000:received']],
  // Doses "carried out" after the figure are given.
  ['vi', 'Đến nay đã có gần 2 tỷ liều vaccine được tiến hành trên thế giới.', [`${2000 * M}:administered`]],
  // A part with no verb of its own takes the predicate after the whole's relative clause, not the clause's verb.
  ['vi', '300.000 liều trong tổng số 1 triệu liều mà Nhật Bản tặng Việt Nam đã về đến Hà Nội.', ['300000:received', `${M}:donated`]],
  ['vi', '300.000 liều trong số 1 triệu liều mà Nhật Bản tặng sẽ về đến Hà Nội vào tuần sau.', ['300000:expected', `${M}:donated`]],
  ['id', 'Sebanyak 300 ribu dosis dari 1 juta dosis yang dibeli pemerintah telah tiba di Jakarta.', ['300000:received', `${M}:committed`]],
  // A future word that is the clause's only predicate reaches past a long subject phrase (80 characters, not 40).
  ['id', 'Maka akan ada tambahan vaksin Covid-19 dari Sinovac Biotech Ltd sebanyak 10 juta dosis.', [`${10 * M}:expected`]],
  // A target verb without its prefix.
  ['id', 'Kabupaten itu targetkan 20.000 dosis vaksin untuk sapi.', ['20000:expected']],
];

describe('dose status, sixth round shapes', () => {
  it.each(ROWS)('%s: %s', (lang, text, want) => {
    const got = dosesOf(EX[lang], text, lang).map((f) => `${f.value}${f.valueMax === null ? '' : `-${f.valueMax}`}:${f.status}`);
    expect(got).toEqual(want);
  });
});
