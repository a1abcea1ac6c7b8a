import { describe, expect, it } from 'vitest';
import { idStatementExtractor } from '../../../src/extractors/id/statements/index.js';
import { expectSpeakers } from './expect-id-speakers.js';
import { run } from './support.js';

/*
 * Indonesian attribution shapes (issue 19) on invented sentences: regional offices' and police
 * units' names between the title and the name, unit heads' titles, and a few verbs and words around the speaker.
 */

describe('id: words of a unit between the title and the name', () => {
  it('"Kapolres Metro Jakarta Barat Kombes …": "Metro" is the unit, the name follows the rank', () => {
    expectSpeakers('"Kami sudah menahan dua orang," kata Kapolres Metro Jakarta Barat Kombes Budi Hartono Putra.', [
      { key: 'budi hartono putra', title: 'Kapolres' },
    ]);
  });

  it('"Kepala Pelaksana BPBD Garut" with no name speaks as a title, not as a person called "Pelaksana"', () => {
    expectSpeakers('"Air mulai surut sejak pagi," kata Kepala Pelaksana BPBD Garut.', [
      { name: null, key: null, title: 'Kepala Pelaksana' },
    ]);
    expectSpeakers('Kepala Pelaksana Harian BPBD Kabupaten Garut Ani Wijaya mengatakan air mulai surut.', [
      { key: 'ani wijaya', title: 'Kepala Pelaksana Harian' },
    ]);
  });

  it('"Kepala Unit Pelaksana Teknis … Wilayah X Name": the territory after "Wilayah" is a place, not the name', () => {
    expectSpeakers(
      'Kepala Unit Pelaksana Teknis BPBD Garut Wilayah Cikajang Budi Santoso mengatakan pihaknya masih mendata rumah.',
      [{ key: 'budi santoso' }],
    );
  });

  it('"Manajer Pusat Pengendalian Operasi BPBD Jawa Barat Name" and "Direktur Bina Pasar dan Distribusi … Name"', () => {
    expectSpeakers(
      '"Warga sudah mengungsi ke aula desa," kata Manajer Pusat Pengendalian Operasi BPBD Jawa Barat Ani Wijaya.',
      [{ key: 'ani wijaya' }],
    );
    expectSpeakers(
      'Direktur Bina Pasar dan Distribusi Kementerian Perdagangan Budi Santoso mengatakan stok minyak goreng aman.',
      [{ key: 'budi santoso' }],
    );
  });

  it('an old ministry short form and a numbered sub-directorate are units ("Depdag", "Kasubdit V")', () => {
    expectSpeakers('Direktur Jenderal Perdagangan Dalam Negeri Depdag Budiman mengatakan harga akan stabil.', [
      { key: 'budiman' },
    ]);
    expectSpeakers('Kasubdit V Cyber Crime Ditreskrimsus Polda Jatim AKBP Budiman mengatakan dua orang ditahan.', [
      { key: 'budiman' },
    ]);
  });
});

describe('id: words around the speaker', () => {
  it('"terang dr Abdul": the medical title without its dot is no part of the name', () => {
    expectSpeakers('"Pasien yang dirawat ada 17 orang," terang dr Abdul.', [{ key: 'abdul' }]);
  });

  it('"Tjahjo justru menilai": an adverb between the name and the verb', () => {
    expectSpeakers('Tjahjo justru menilai media sudah memegang datanya.', [{ key: 'tjahjo' }]);
  });

  it('"singkat Moeldoko" after a quote attributes it; "Namun demikian Presiden X" is no attribution', () => {
    expectSpeakers('"Tidak ada komentar," singkat Moeldoko.', [{ key: 'moeldoko' }]);
    expectSpeakers('Namun demikian Presiden Joko Widodo sama sekali tidak bergeming dengan ancaman itu.', []);
  });

  it('"X yang … sebagai Ketua Umum Y mengatakan": the relative clause of the role runs to the verb', () => {
    expectSpeakers('Darmono yang baru saja terpilih kembali sebagai Ketua Umum MAKSI mengatakan MAKSI akan membuka cabang.', [
      { key: 'darmono' },
    ]);
    expectSpeakers('Budi Santoso yang bertindak sebagai kuasa hukum Ani Wijaya mengatakan gugatan itu tidak berdasar.', [
      { key: 'budi santoso' },
    ]);
  });

  it('a directorate named by a list with a comma, a bank whose brand is written in lower case', () => {
    expectSpeakers(
      '"Kami mendorong sektor IKM," kata Direktur Jenderal Industri Kecil, Menengah dan Aneka (IKMA) Budi Santoso di Jakarta.',
      [{ key: 'budi santoso' }],
    );
    expectSpeakers('"Laba naik tahun ini," ujar Direktur Utama bank bjb syariah Ani Wijaya dalam rilis.', [
      { key: 'ani wijaya', org: 'bank bjb syariah' },
    ]);
  });

  it('"Darmin diJakarta": a glued "di" is the preposition, not a particle of the name', () => {
    expectSpeakers('"Saya belum mau menjelaskan," kata Darmin diJakarta, Senin.', [{ key: 'darmin' }]);
  });

  it('"Senada dengan Steve, Iqbal berharap …": "Senada" is never the speaker of the quote after it', () => {
    const got = run(idStatementExtractor, 'id', {
      name: 'senada',
      text: ['Senada dengan Steve, Iqbal berharap pemerintah serius. "Jangan sampai pasar kita dikuasai negara lain," katanya.'],
      expect: [],
    }).facts;
    expect(got.map((f) => f.speaker.key)).not.toContain('senada');
  });
});
