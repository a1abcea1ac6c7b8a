import { describe, expect, it } from 'vitest';
import { idDoseExtractor } from '../../../src/extractors/id/doses/index.js';
import { viDoseExtractor } from '../../../src/extractors/vi/doses/index.js';
import { dosesOf } from './support.js';

const EX = { vi: viDoseExtractor, id: idDoseExtractor } as const;
type Lang = keyof typeof EX;
const M = 1_000_000;

/** Invented sentences for the shapes of the seventh round: value(-valueMax):status, in order. */
const ROWS: ReadonlyArray<[Lang, string, string[]]> = [
  // A reporting verb opens the reported clause: a status word in the reporter's subject governs nothing after it.
  ['vi', 'Ban chỉ đạo tiêm chủng thông báo 500.000 liều vắc-xin đã về đến sân bay Nội Bài.', ['500000:received']],
  ['id', 'Petugas vaksinasi mengatakan 20 ribu dosis vaksin telah tiba di gudang.', ['20000:received']],
  // ... while the reported clause's own verb still governs.
  ['vi', 'Bộ Y tế cho biết đã tiêm 3 triệu liều vắc xin.', [`${3 * M}:administered`]],
  // A bracketed aside governs no figure outside it.
  ['vi', 'Hãng dự tính sẽ sản xuất 20 triệu liều (mỗi người cần tiêm 2 liều) và 1 tỷ liều vào năm sau.', [`${20 * M}:expected`, `${1000 * M}:expected`]],
  // A whole framed by "trong tổng số … mà" is what its relative clause says; the part keeps its own predicate.
  ['vi', 'Tuần tới, Nhật Bản sẽ chuyển thêm 1 triệu liều trong tổng số 4 triệu liều mà nước này cam kết.', [`${M}:expected`, `${4 * M}:committed`]],
  // A pledge carries to a donation joined to it by "và".
  ['vi', 'Chính phủ Úc cam kết viện trợ 10 triệu USD và hỗ trợ 2 triệu liều vắc xin.', [`${2 * M}:committed`]],
  ['vi', 'Chính phủ Úc đã viện trợ 10 triệu USD và hỗ trợ 2 triệu liều vắc xin.', [`${2 * M}:donated`]],
  // Allocation from a reserve; "cấp" right before an amount; a plain "cấp" in "cấp tỉnh" is no cue.
  ['vi', 'Thủ tướng giao Bộ xuất cấp 300.000 liều vắc xin cho 5 tỉnh.', ['300000:allocated']],
  ['vi', 'Cấp 200.000 liều vắc xin lở mồm long móng cho các tỉnh', ['200000:allocated']],
  // Sent and docked are received; secured is committed ("đảm bảo an toàn" is not).
  ['vi', 'Mỹ đã gửi 1 triệu liều vắc xin cho Lào.', [`${M}:received`]],
  ['vi', 'Lô 500.000 liều vắc xin đã cập bến Hải Phòng.', ['500000:received']],
  ['vi', 'Đến nay, nước này đã đảm bảo tổng cộng 90 triệu liều vắc xin.', [`${90 * M}:committed`]],
  ['vi', 'Châu Âu đã cam kết gửi thêm 100 triệu liều vắc xin tới châu Phi.', [`${100 * M}:committed`]],
  // Counting in ("nếu tính cả") is no condition.
  ['vi', 'Nếu tính cả 200.000 liều do Nhật Bản cung cấp thì tổng số vắc xin đã nhận là 3 triệu liều.', ['200000:received', `${3 * M}:received`]],
  ['vi', 'Nếu được phê duyệt, Việt Nam sẽ nhận 2 triệu liều vắc xin.', [`${2 * M}:expected`]],
  // "song" (but) opens a new clause; "song phương" (bilateral) does not.
  ['vi', 'Hãng có kế hoạch sản xuất 1 tỷ liều, song đã mở rộng năng suất lên 2 tỷ liều.', [`${1000 * M}:expected`, `${2000 * M}:unknown`]],
  ['vi', 'Theo thỏa thuận song phương, Việt Nam sẽ nhận 1 triệu liều vắc xin.', [`${M}:expected`]],
  // A purpose clause after the figure is not its predicate; it ends at a comma.
  ['vi', 'Nhật Bản thông báo sẽ chuyển cho Lào 1 triệu liều vắc xin để đáp ứng nhu cầu cấp bách.', [`${M}:expected`]],
  ['vi', 'Cùng với 2 triệu liều bổ sung để tiêm cho trẻ em, hãng sẽ cung ứng 5 triệu liều vắc xin.', [`${2 * M}:expected`, `${5 * M}:expected`]],
  // Indonesian: distribution verbs, and the rest held in storage is its own predicate.
  ['id', 'Kementan telah menyebarkan 300 ribu dosis vaksin flu burung.', ['300000:allocated']],
  ['id', 'Sudah terdistribusi 40.000 dosis, selebihnya 10.000 dosis masih tersimpan di gudang.', ['40000:allocated', '10000:received']],
];

describe('dose status, seventh round shapes', () => {
  it.each(ROWS)('%s: %s', (lang, text, want) => {
    const got = dosesOf(EX[lang], text, lang).map((f) => `${f.value}${f.valueMax === null ? '' : `-${f.valueMax}`}:${f.status}`);
    expect(got).toEqual(want);
  });
});
