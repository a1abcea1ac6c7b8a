import { describe, expect, it } from 'vitest';
import { idDoseExtractor } from '../../../src/extractors/id/doses/index.js';
import { viDoseExtractor } from '../../../src/extractors/vi/doses/index.js';
import { dosesOf } from './support.js';

const EX = { vi: viDoseExtractor, id: idDoseExtractor } as const;
type Lang = keyof typeof EX;
const M = 1_000_000;

/** Invented sentences for the shapes of the eighth round: value(-valueMax):status, in order. */
const ROWS: ReadonlyArray<[Lang, string, string[]]> = [
  // A request right before the verb names no delivery, like a negation; without it the verb governs.
  ['vi', 'Năm tỉnh đã yêu cầu được cấp 200.000 liều vắc xin.', ['200000:unknown']],
  ['vi', 'Năm tỉnh đã được cấp 200.000 liều vắc xin.', ['200000:allocated']],
  ['id', 'Dinas Kesehatan meminta dikirim tambahan 5.000 dosis vaksin rabies.', ['5000:unknown']],
  // A condition after the predicate in its clause governs it; not past a comma, nor inside a purpose clause.
  ['vi', 'Hãng có thể sản xuất thêm 3 triệu liều nếu có đơn đặt hàng.', [`${3 * M}:expected`]],
  ['vi', 'Bộ Y tế đã phân bổ 500.000 liều, cho phép nếu thiếu thì tiêm vắc xin khác.', ['500000:allocated']],
  ['vi', 'Nước này đặt mua 20.000 liều vắc xin để sẵn sàng tiêm phòng nếu dịch lan rộng.', ['20000:committed']],
  ['id', 'Pabrik dapat memproduksi 2 juta dosis vaksin jika bahan baku tersedia.', [`${2 * M}:expected`]],
  // Plan words: on track to, expecting, planning to receive.
  ['vi', 'Canada đang trên đà nhận được 10 triệu liều trong tháng này.', [`${10 * M}:expected`]],
  ['vi', 'Chính phủ đang mong đợi 2 triệu liều vắc xin vào cuối tháng.', [`${2 * M}:expected`]],
  ['vi', 'Thành phố dự trù nhận được 300.000 liều vắc xin trong tuần này.', ['300000:expected']],
  // Stock held said as a verb; the noun "nguồn dự trữ" is no cue.
  ['vi', 'WHO đang dự trữ khoảng 5 triệu liều vắc xin.', [`${5 * M}:received`]],
  // A temporal clause ("sau khi") has its own predicate.
  ['vi', 'Nước này có 40.000 liều vắc xin, đang được quân đội dự trữ sau khi chính phủ mua vào năm ngoái.', ['40000:received']],
  // Destroyed, expired or wasted doses are no delivery; a waste that may come is none.
  ['vi', 'Tỉnh đã tiến hành tiêu hủy 20.000 liều vắc xin hết hạn.', ['20000:unknown']],
  ['id', 'Sebanyak 3.000 dosis vaksin harus terbuang karena kedaluwarsa.', ['3000:unknown']],
  ['id', 'Gudang farmasi menyimpan 1.200 vial vaksin kedaluwarsa.', ['1200:unknown']],
  // Indonesian vocabulary: a spread to the regions, vaccinations carried out, doses set aside, thanks.
  ['id', 'Dinas menyampaikan sebaran vaksin di lima kabupaten di antaranya Sikka 4.000 dosis.', ['4000:allocated']],
  ['id', 'Provinsi telah merealisasikan vaksinasi rabies hingga 12.000 dosis.', ['12000:administered']],
  ['id', 'Sebanyak 50.000 vaksin juga sudah disediakan untuk stok cadangan.', ['50000:received']],
  ['id', 'Terima kasih kepada donatur yang memberikan bantuan 10.000 dosis vaksin.', ['10000:donated']],
  // A shipment with no place is the sender's; with a negation before it nothing was sent.
  ['id', 'Sebanyak 40.000 dosis vaksin dikirim hari ini oleh Bio Farma.', ['40000:received']],
  ['id', 'Masih ada 20.000 dosis vaksin belum bisa dikirim karena anggaran.', ['20000:unknown']],
  // A plan noun before the figure, in its own clause, makes it expected (the clause model; the round-8 plan-noun
  // override that beat a later verb was deleted in the second part: one dev item needed it).
  ['id', 'Dari rencana pengadaan 3 juta dosis, baru 1 juta dosis yang sudah tiba.', [`${3 * M}:expected`, `${M}:received`]],
];

describe('dose status, eighth round shapes', () => {
  it.each(ROWS)('%s: %s', (lang, text, want) => {
    const got = dosesOf(EX[lang], text, lang).map((f) => `${f.value}${f.valueMax === null ? '' : `-${f.valueMax}`}:${f.status}`);
    expect(got).toEqual(want);
  });
});
