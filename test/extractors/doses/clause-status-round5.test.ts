import { describe, expect, it } from 'vitest';
import { idDoseExtractor } from '../../../src/extractors/id/doses/index.js';
import { viDoseExtractor } from '../../../src/extractors/vi/doses/index.js';
import { dosesOf } from './support.js';

const EX = { vi: viDoseExtractor, id: idDoseExtractor } as const;
type Lang = keyof typeof EX;
const M = 1_000_000;

/** Invented sentences for the shapes of the fifth round: value(-valueMax):status, in order. */
const ROWS: ReadonlyArray<[Lang, string, string[]]> = [
  // People as the subject of a unit-less figure's own clause: no dose.
  ['vi', 'Tỉnh đã tiêm 50.000 liều, trong đó, số người đã được tiêm đủ 2 mũi là 12.345.', ['50000:administered']],
  ['vi', 'Trong đó, số trẻ đã tiêm đủ 2 mũi là 98.765.', []],
  // A supply named after "về việc" in an agreement is what was agreed.
  ['vi', 'Bộ Y tế đã ký hợp đồng với hãng về việc cung ứng 5 triệu liều vaccine.', [`${5 * M}:committed`]],
  ['vi', 'EU vừa hoàn tất thỏa thuận với Pfizer về việc cung cấp thêm 200 triệu liều vaccine.', [`${200 * M}:committed`]],
  ['vi', 'Hãng đã cung cấp 2 triệu liều vaccine cho Việt Nam.', [`${2 * M}:received`]],
  // Transport told as done is a delivery; a donation agreed or promised is a commitment.
  ['vi', 'Mỹ vận chuyển 1 triệu liều vaccine đến Lào.', [`${M}:received`]],
  ['vi', 'Các nước nhất trí tặng 50 triệu liều vaccine.', [`${50 * M}:committed`]],
  ['vi', 'Nhật Bản tặng 50 triệu liều vaccine.', [`${50 * M}:donated`]],
  // A future before a commitment's verb makes it a plan; inside the commitment it does not.
  ['vi', 'Việt Nam sẽ mua thêm 10 triệu liều vaccine.', [`${10 * M}:expected`]],
  ['id', 'Pemerintah akan membeli 50 juta dosis vaksin.', [`${50 * M}:expected`]],
  ['id', 'Amerika Serikat berkomitmen akan memberikan 4 juta dosis vaksin.', [`${4 * M}:committed`]],
  // Negotiating is a plan; negotiated is a commitment; the talks as a noun plan nothing.
  ['vi', 'Việt Nam đàm phán mua thêm 10 triệu liều vaccine.', [`${10 * M}:expected`]],
  ['vi', 'Việt Nam đã thỏa thuận, đàm phán với hãng về việc cung ứng 10 triệu liều vaccine.', [`${10 * M}:committed`]],
  ['vi', 'Ông tham gia đàm phán cho biết EU đặt mua 200 triệu liều vaccine.', [`${200 * M}:committed`]],
  // A signing is a commitment; flown in is a delivery.
  ['id', 'Hari ini dilakukan penandatanganan kontrak 30 juta dosis vaksin.', [`${30 * M}:committed`]],
  ['id', 'Sebanyak 1 juta dosis vaksin sudah diterbangkan ke Indonesia.', [`${M}:received`]],
  // Vocabulary: brought in, injected, waited for, an option, a target, secured.
  ['vi', 'Hãng đã chuyển về Cần Thơ thêm 120.000 liều vaccine.', ['120000:received']],
  ['id', 'Kami sudah suntikkan 3 juta dosis vaksin.', [`${3 * M}:administered`]],
  ['id', 'Kota itu masih menunggu datangnya 500 ribu dosis vaksin.', ['500000:expected']],
  ['id', 'Kontrak itu 20 juta dosis, dengan opsi tambahan menjadi 40 juta dosis.', [`${20 * M}:committed`, `${40 * M}:expected`]],
  ['id', 'Dinkes menarget per hari 10 ribu dosis vaksin.', ['10000:expected']],
  ['id', 'Total yang sudah diamankan untuk Indonesia sebanyak 60 juta dosis.', [`${60 * M}:committed`]],
];

describe('dose status, fifth round shapes', () => {
  it.each(ROWS)('%s: %s', (lang, text, want) => {
    const got = dosesOf(EX[lang], text, lang).map((f) => `${f.value}${f.valueMax === null ? '' : `-${f.valueMax}`}:${f.status}`);
    expect(got).toEqual(want);
  });
});
