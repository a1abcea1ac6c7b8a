import { describe, expect, it } from 'vitest';
import { enDoseExtractor } from '../../../src/extractors/en/doses/index.js';
import { idDoseExtractor } from '../../../src/extractors/id/doses/index.js';
import { viDoseExtractor } from '../../../src/extractors/vi/doses/index.js';
import { dosesOf } from './support.js';

const EX = { vi: viDoseExtractor, id: idDoseExtractor, en: enDoseExtractor } as const;
type Lang = keyof typeof EX;
const M = 1_000_000;

/*
 * Which clause's predicate governs a figure: reported clauses, asides, purpose and temporal clauses, parts of a whole.
 * Invented sentences; each row: value(-valueMax):status, in order.
 */
const ROWS: ReadonlyArray<[Lang, string, string[]]> = [
  // People as the subject of a unit-less figure's own clause: no dose.
  ['vi', 'Tỉnh đã tiêm 50.000 liều, trong đó, số người đã được tiêm đủ 2 mũi là 12.345.', ['50000:administered']],
  ['vi', 'Trong đó, số trẻ đã tiêm đủ 2 mũi là 98.765.', []],
  // A weak total verb says what a production subject does: made, not administered.
  ['id', 'Total vaksin yang diproduksi mencapai 90 juta dosis.', [`${90 * M}:unknown`]],
  ['id', 'Total vaksinasi mencapai 90 juta dosis.', [`${90 * M}:administered`]],
  // "vaksin produksi Sinopharm" (made by) is no production verb: the arrival governs.
  ['id', 'Sebanyak 1 juta dosis vaksin produksi Sinopharm tiba di Jakarta.', [`${M}:received`]],
  // A part with no verb of its own takes the predicate after the whole's relative clause, not the clause's verb.
  ['vi', '300.000 liều trong tổng số 1 triệu liều mà Nhật Bản tặng Việt Nam đã về đến Hà Nội.', ['300000:received', `${M}:donated`]],
  ['vi', '300.000 liều trong số 1 triệu liều mà Nhật Bản tặng sẽ về đến Hà Nội vào tuần sau.', ['300000:expected', `${M}:donated`]],
  ['id', 'Sebanyak 300 ribu dosis dari 1 juta dosis yang dibeli pemerintah telah tiba di Jakarta.', ['300000:received', `${M}:committed`]],
  // A future word that is the clause's only predicate reaches past a long subject phrase (80 characters, not 40).
  ['id', 'Maka akan ada tambahan vaksin Covid-19 dari Sinovac Biotech Ltd sebanyak 10 juta dosis.', [`${10 * M}:expected`]],
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
  // "song" (but) opens a new clause; "song phương" (bilateral) does not.
  ['vi', 'Hãng có kế hoạch sản xuất 1 tỷ liều, song đã mở rộng năng suất lên 2 tỷ liều.', [`${1000 * M}:expected`, `${2000 * M}:unknown`]],
  ['vi', 'Theo thỏa thuận song phương, Việt Nam sẽ nhận 1 triệu liều vắc xin.', [`${M}:expected`]],
  // A purpose clause after the figure is not its predicate; it ends at a comma.
  ['vi', 'Nhật Bản thông báo sẽ chuyển cho Lào 1 triệu liều vắc xin để đáp ứng nhu cầu cấp bách.', [`${M}:expected`]],
  ['vi', 'Cùng với 2 triệu liều bổ sung để tiêm cho trẻ em, hãng sẽ cung ứng 5 triệu liều vắc xin.', [`${2 * M}:expected`, `${5 * M}:expected`]],
  // A verb in an earlier figure's relative clause describes that figure, not a later one.
  ['id', 'Dari 200 dosis yang disediakan, hanya 50 dosis yang terpakai.', ['200:received', '50:administered']],
  ['id', 'Sebanyak 5 juta dosis yang telah disuntikkan dan 2 juta dosis sedang dikirim ke daerah.', [`${5 * M}:administered`, `${2 * M}:allocated`]],
  ['vi', 'Ngoài 2 triệu liều mà Nhật Bản tặng, Việt Nam còn có 1 triệu liều vắc xin.', [`${2 * M}:donated`, `${M}:received`]],
  // ... while a verb past a comma after the relative clause is no longer the relative clause's.
  ['id', 'Ada 600 ribu dosis yang tiba kemarin, kemudian didistribusikan 50 ribu dosis ke daerah.', ['600000:received', '50000:allocated']],
  // A temporal clause ("sau khi") has its own predicate.
  ['vi', 'Nước này có 40.000 liều vắc xin, đang được quân đội dự trữ sau khi chính phủ mua vào năm ngoái.', ['40000:received']],
  // A figure attached by "với" (with) shares the event it is attached to: the event word before it in its clause,
  // or, opening its own comma segment, the predicate of the clause after the comma.
  ['vi', 'Đây là đợt trao tặng thứ ba mà Nhật Bản dành cho Lào với tổng cộng 2 triệu liều vắc xin.', [`${2 * M}:donated`]],
  ['vi', 'Cùng với 400.000 liều vaccine lần này, tổng số vaccine mà Nhật Bản viện trợ cho Lào tăng lên khoảng 3 triệu liều.', ['400000:donated', `${3 * M}:donated`]],
  ['vi', 'Theo Bộ Y tế Lào, với 1 triệu liều vaccine này, đến nay nước này đã có tổng cộng 12.500.000 liều vaccine.', [`${M}:received`, '12500000:received']],
  // A verbless item of a list shares the predicate said of the next item past a semicolon or a contrast word, unless a
  // plan is said of it (round 13).
  ['vi', 'Hai tỉnh Bình Định, Phú Yên mỗi nơi 50.000 liều; các tỉnh còn lại được phân bổ mỗi tỉnh 30.000 liều.', ['50000:allocated', '30000:allocated']],
  ['id', 'Tahap pertama berupa 2 juta dosis vaksin Sinovac; kemudian pada tahap kedua juga tiba 500.000 dosis vaksin.', [`${2 * M}:received`, '500000:received']],
  ['id', 'Itu bagian dari target 40 juta dosis vaksin. Adapun Bio Farma sudah menerima 12 juta dosis.', [`${40 * M}:expected`, `${12 * M}:received`]],
  ['id', 'Jumlah itu bagian dari target 40 juta dosis vaksin, sedangkan Bio Farma sudah menerima 12 juta dosis.', [`${40 * M}:expected`, `${12 * M}:received`]],
  // A future verb with its own figure after it is that figure's predicate, not a new one of the figure before it.
  ['vi', 'Sau khi tiếp nhận 300.000 liều vắc xin từ Pháp, Lào sẽ nhận được 700.000 liều từ Ý.', ['300000:received', '700000:expected']],
  ['vi', 'Tỉnh đã tiêm 40.000 liều, huyện sẽ tiêm thêm 15.000 liều trong tuần tới.', ['40000:administered', '15000:expected']],
  ['id', 'Setelah menerima 50.000 dosis dari Jepang, Timor Leste akan menerima 20.000 dosis lagi.', ['50000:received', '20000:expected']],
  // A target ("sasaran") is a plan; one with its own figure before a later verb does not reach the verb's figure.
  ['id', 'Dinas Kesehatan menyebut sasaran imunisasi campak sejumlah 4.321 dosis.', ['4321:expected']],
  ['id', 'Untuk tenaga kesehatan dari sasaran 12.345 dosis, capaiannya sebesar 6.789 dosis.', ['12345:expected', '6789:administered']],
  // A breakdown ("terdiri dari", "meliputi") lists parts of what the head says: a source word in an item ("hibah",
  // a grant) names where that part came from, not what happened to it.
  ['id', 'Vaksin yang sudah disalurkan tersebut terdiri dari Sinovac sebanyak 2 juta dosis, Pfizer dari hibah sebanyak 700 ribu dosis.', [`${2 * M}:allocated`, '700000:allocated']],
  ['id', 'Stok vaksin yang telah diterima dinas meliputi AstraZeneca dari hibah sebanyak 40.000 dosis dan Moderna 12.000 dosis.', ['40000:received', '12000:received']],
  // A part lead right after a figure opens a part when a figure follows it: "600 dosis di antaranya 450 dosis …".
  ['id', 'Dinas memiliki 9.000 dosis vaksin di antaranya 6.000 dosis distribusi Kementan dan sisanya dibeli sendiri.', ['9000:received', '6000:allocated']],
  // A reason clause ("karena", "sebab", "lantaran") is a clause of its own: a modal or future of the main clause does
  // not reach a stock named in it (round 20); a future in the figure's own clause still governs.
  ['id', 'Petugas belum bisa melayani semua desa karena stok vaksin yang kami simpan saat ini kurang dari 900 dosis.', ['900:received']],
  ['id', 'Vaksinasi massal akan ditunda sebab stok vaksin di gudang dinas hanya 1.500 dosis.', ['1500:received']],
  ['id', 'Dinas akan mengajukan tambahan karena stok vaksin di gudang tinggal 420 dosis.', ['420:received']],
  ['id', 'Kabupaten itu akan menerima 3.000 dosis vaksin karena kasus rabies meningkat.', ['3000:expected']],
];

describe('dose status: the clause that governs a figure', () => {
  it.each(ROWS)('%s: %s', (lang, text, want) => {
    const got = dosesOf(EX[lang], text, lang).map((f) => `${f.value}${f.valueMax === null ? '' : `-${f.valueMax}`}:${f.status}`);
    expect(got).toEqual(want);
  });
});
