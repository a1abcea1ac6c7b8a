import { describe, expect, it } from 'vitest';
import type { Lang, Speaker } from '../../../src/core/index.js';
import { enStatementExtractor } from '../../../src/extractors/en/statements/index.js';
import { idStatementExtractor } from '../../../src/extractors/id/statements/index.js';
import type { Extractor } from '../../../src/extractors/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * The speaker shapes of issue 19, on invented sentences: each line is paragraphs and the speaker of every
 * statement found, in order (null: no statement). A paragraph break is " || ".
 */

const EXTRACTOR: Record<Lang, Extractor> = { vi: viStatementExtractor, id: idStatementExtractor, en: enStatementExtractor };

type Want = Partial<Speaker> & { quoteStarts?: string };

function speakers(lang: Lang, text: string): Array<Speaker & { quote: string }> {
  const doc = docFromText(['Tin', ...text.split(' || ')], { lang });
  return EXTRACTOR[lang]
    .extract(doc)
    .flatMap((f) => (f.type === 'statement' ? [{ ...f.speaker, quote: f.quote }] : []));
}

function expectSpeakers(lang: Lang, text: string, want: Want[]): void {
  const got = speakers(lang, text);
  expect(got).toHaveLength(want.length);
  want.forEach((w, i) => {
    const { quoteStarts, ...speaker } = w;
    expect(got[i]).toMatchObject(speaker);
    if (quoteStarts) expect(got[i]!.quote.startsWith(quoteStarts)).toBe(true);
  });
}

describe('vi speaker shapes', () => {
  it('1: a name followed by a lower-case title between dashes or commas', () => {
    expectSpeakers('vi', 'Ông Trần Văn Bình - giám đốc Sở Y tế tỉnh Nam Định - cho biết tỉnh sẽ tiêm xong mũi hai.', [
      { key: 'tran van binh', title: 'Giám đốc', org: 'Sở Y tế tỉnh Nam Định', kind: 'person' },
    ]);
    expectSpeakers('vi', 'Bà Lê Thị Hoa, phó chủ tịch UBND huyện Gia Lâm, cho hay huyện đã lập thêm 20 điểm tiêm.', [
      { key: 'le thi hoa', org: 'UBND huyện Gia Lâm' },
    ]);
    expectSpeakers('vi', '“Chúng tôi sẽ không để ai bị bỏ lại”, bà Lê Thị Hoa, chủ tịch UBND tỉnh Hưng Yên nói.', [
      { key: 'le thi hoa', title: 'Chủ tịch', org: 'UBND tỉnh Hưng Yên' },
    ]);
  });

  it('2: the place at the end of a title is not the speaker', () => {
    expectSpeakers('vi', 'Ông Phạm Quang Huy, Giám đốc Sở Y tế Bình Định, cho biết tỉnh đã nhận đủ vaccine.', [
      { key: 'pham quang huy', org: 'Sở Y tế Bình Định' },
    ]);
    expectSpeakers('vi', 'Giám đốc Bệnh viện Đại học Y Hà Nội Nguyễn Lân Hiếu cho biết bệnh viện sẵn sàng.', [
      { key: 'nguyen lan hieu', org: 'Bệnh viện Đại học Y Hà Nội' },
    ]);
  });

  it('3: academic, medical and military prefixes, and less common speech verbs', () => {
    expectSpeakers('vi', 'GS.TS Nguyễn Văn Kính bộc bạch rằng ông chưa từng thấy đợt dịch nào như vậy.', [{ key: 'nguyen van kinh', title: 'GS.TS' }]);
    expectSpeakers('vi', 'TS.BS Lê Văn Tuấn chia sẻ bệnh viện đã quá tải trong nhiều tuần.', [{ key: 'le van tuan' }]);
    expectSpeakers('vi', 'BS. Nguyễn Trung Cấp thông tin thêm, số ca nặng đã giảm rõ rệt.', [{ key: 'nguyen trung cap' }]);
    expectSpeakers('vi', 'Thượng tướng Nguyễn Văn Thành đề nghị các đơn vị tăng cường kiểm tra.', [{ key: 'nguyen van thanh' }]);
    expectSpeakers('vi', 'PGS.TS Trần Đắc Phu nhấn mạnh việc tiêm mũi ba là cần thiết.', [{ key: 'tran dac phu' }]);
  });

  it('7: a title-only subject has no name; an organisation speaks for itself', () => {
    expectSpeakers('vi', 'Chủ tịch UBND TP Hà Nội cho biết thành phố sẽ nới lỏng giãn cách.', [
      { name: null, key: null, title: 'Chủ tịch', org: 'UBND TP Hà Nội', kind: 'person' },
    ]);
    expectSpeakers('vi', 'Bộ Y tế cho biết đã phân bổ thêm 2 triệu liều vaccine.', [
      { name: null, key: null, org: 'Bộ Y tế', kind: 'organisation' },
    ]);
  });

  it('7: a pronoun with two people just named names no one: no statement', () => {
    const text = 'Ông Nguyễn Văn An làm việc với Bộ trưởng Nguyễn Thanh Long. || Ông cho biết sẽ tiếp tục hỗ trợ tỉnh.';
    expectSpeakers('vi', text, []);
  });
});

describe('id speaker shapes', () => {
  it('4: titles, portfolios, parties and institutions are not glued onto the name', () => {
    const m = 'Menteri Koordinator Bidang Kemaritiman dan Investasi Budi Santoso mengatakan proyek itu selesai tahun depan.';
    expectSpeakers('id', m, [{ key: 'budi santoso', title: 'Menteri Koordinator', org: 'Bidang Kemaritiman dan Investasi' }]);
    expectSpeakers('id', 'Ketua DPP Partai Golkar Ahmad Yani menyatakan partainya mendukung program vaksinasi.', [
      { key: 'ahmad yani', title: 'Ketua', org: 'DPP Partai Golkar' },
    ]);
    expectSpeakers('id', 'Gubernur Bank Indonesia Perry W. menjelaskan inflasi masih terkendali.', [
      { key: 'perry w', org: 'Bank Indonesia' },
    ]);
  });

  it('5: the first name kept, a sentence adverb and a job title left out', () => {
    expectSpeakers('id', 'Politikus Partai Demokrat Andi Mustofa menilai kebijakan itu terlambat.', [{ key: 'andi mustofa' }]);
    expectSpeakers('id', 'Bahkan Anas menyatakan siap diperiksa kapan saja.', [{ key: 'anas' }]);
    expectSpeakers('id', 'Kepala Seksi Urusan Umum Dinas Kesehatan, Eka Asmadi, mengatakan stok vaksin aman.', [
      { key: 'eka asmadi', title: 'Kepala' },
    ]);
  });

  it('6: "kata X" followed by place and time, and "kata politisi … itu"', () => {
    expectSpeakers('id', '“Kami akan menindak tegas pelanggar,” kata Gamawan di Istana Negara, Kamis, 17 Juli 2014.', [{ key: 'gamawan' }]);
    expectSpeakers('id', 'Pemerintah harus segera bertindak, kata Gamawan di Istana Negara, Kamis, 17 Juli 2014.', [{ key: 'gamawan' }]);
    const before = 'Politisi Partai Hanura Inas Nasrullah hadir dalam rapat itu. || “Kami menolak usulan tersebut,” kata politisi Partai Hanura itu.';
    expectSpeakers('id', before, [{ key: 'inas nasrullah' }]);
    expectSpeakers('id', '“Kami menolak usulan tersebut,” kata politisi Partai Hanura itu.', [
      { name: null, key: null, title: 'Politisi', org: 'Partai Hanura' },
    ]);
  });

  it('7: a title-only subject keeps its title and organisation', () => {
    expectSpeakers('id', 'Kepala Staf Angkatan Laut mengatakan kapal itu akan dikirim pekan depan.', [
      { name: null, key: null, title: 'Kepala Staf', org: 'Angkatan Laut' },
    ]);
  });
  it('a mid-sentence "kata X," and "Menurutnya," keep the whole clause and the person', () => {
    expectSpeakers('id', 'Ruas jalan itu, kata Budi Santoso, seharusnya sudah selesai tahun lalu.', [
      { key: 'budi santoso', quoteStarts: 'Ruas jalan itu seharusnya' },
    ]);
    expectSpeakers('id', 'Menteri Kesehatan Budi Santoso hadir di rapat. || Menurutnya, stok vaksin cukup sampai akhir tahun.', [
      { key: 'budi santoso', quoteStarts: 'stok vaksin' },
    ]);
  });

  it('pronouns reach a one-word speaker, a subject after a comma and an alias', () => {
    expectSpeakers('id', '"Kami sudah siap menghadapi sidang," kata Marcella. Ia menegaskan tidak ada yang ditutupi dari penyidik.', [
      { key: 'marcella' },
      { key: 'marcella' },
    ]);
    expectSpeakers('id', 'Meski memberi bocoran, Bojan Hodak tak sebut nama. Tetapi, dia memastikan tim akan segera umumkan pemain baru.', [
      { key: 'bojan hodak' },
    ]);
    const alias = 'Mantan Menteri Perdagangan Thomas Trikasih Lembong atau Tom Lembong mengaku kecewa dengan dakwaan jaksa. || ' +
      '“Saya kecewa atas dakwaan yang disampaikan,” kata Tom.';
    expectSpeakers('id', alias, [{ key: 'thomas trikasih lembong' }, { key: 'thomas trikasih lembong' }]);
  });

  it('the name is the run next to the verb, with a portfolio word or "Lalu" in it', () => {
    expectSpeakers('id', 'Analis PT Sinar Kapital Sekuritas Indonesia Rudi Hartono menuturkan, indeks masih akan menguat pekan depan.', [
      { key: 'rudi hartono', title: 'Analis', org: 'PT Sinar Kapital Sekuritas Indonesia' },
    ]);
    expectSpeakers('id', 'Eka Sandi menyebut beberapa rute internasional ikut terdampak.', [{ key: 'eka sandi' }]);
    expectSpeakers('id', 'Wakil Ketua Komisi X DPR, Lalu Hadrian Irfani, memastikan proses administrasi segera dilakukan.', [
      { key: 'lalu hadrian irfani' },
    ]);
    expectSpeakers('id', '"Fitur ini bisa diakses di situs kami," tutur Manager Hukum dan Humas Daop 9 Jember, Cahyo Widiantoro, Kamis.', [
      { key: 'cahyo widiantoro', title: 'Manager' },
    ]);
  });

  it('unnamed roles, organisations and cited sources give no person', () => {
    expectSpeakers('id', '"Kondisinya sudah membaik," kata salah seorang polisi jaga.', [{ name: null, key: null, title: 'polisi' }]);
    expectSpeakers('id', 'Kemnaker mengimbau para pekerja mengecek status penerimaan bantuan secara berkala.', [
      { name: null, key: null, org: 'Kemnaker', kind: 'organisation' },
    ]);
    expectSpeakers('id', 'Perusahaan riset pasar Kantara mengatakan penjualan ponsel turun tajam tahun ini.', [
      { key: null, org: 'Kantara', kind: 'organisation' },
    ]);
    expectSpeakers('id', 'Seorang pejabat yang dikutip Reuters mengatakan daftar itu akan segera dikeluarkan.', []);
    expectSpeakers('id', 'Bali United sudah memastikan gelar juara musim ini.', []);
  });

  it('a second reporting verb after "serta" is a second statement of the same person', () => {
    const text = 'Presiden Joko Widodo menyerukan persatuan melawan terorisme serta mengimbau rakyat untuk tetap tenang.';
    expectSpeakers('id', text, [
      { key: 'joko widodo', quoteStarts: 'persatuan melawan terorisme' },
      { key: 'joko widodo', quoteStarts: 'rakyat untuk tetap tenang' },
    ]);
  });
});

describe('en speaker shapes', () => {
  it('appositive descriptions are not name fragments', () => {
    expectSpeakers('en', 'Rep. Kevin Brady, a Texas Republican, said the bill would pass.', [{ key: 'kevin brady' }]);
    expectSpeakers('en', 'White House Press Secretary Jen Psaki said the president would sign the order.', [
      { key: 'jen psaki', title: 'Press Secretary', org: 'White House' },
    ]);
    expectSpeakers('en', 'The vaccine is safe, said Jane Doe, a professor at the University of Texas at Austin.', [{ key: 'jane doe' }]);
  });

  it('the person addressed is not the speaker (and an unknown speaker gives no statement)', () => {
    expectSpeakers('en', 'Tim Cook met the minister on Monday. || "We will keep investing here," he told Cook.', []);
  });

  it('a pronoun goes to the person just named, not to one quoted earlier', () => {
    const text = 'John Doe said the plan was sound. || Mary Smith closed the session. || "It will work," she said.';
    expectSpeakers('en', text, [{ key: 'john doe' }, { key: 'mary smith' }]);
  });

  it('a quote split by its attribution is one statement (both halves: en-page-shapes.test.ts)', () => {
    expectSpeakers('en', '"This is a turning point," Smith said. "We will not go back to where we were."', [
      { name: 'Smith', quoteStarts: 'This is a turning point' },
    ]);
  });

  it('sports lines are not statements', () => {
    expectSpeakers('en', 'Jones added a goal and an assist in the second half.', []);
    expectSpeakers('en', 'Jones added two points before halftime.', []);
  });
});
