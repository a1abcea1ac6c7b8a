import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { idStatementExtractor } from '../../../src/extractors/id/statements/index.js';
import { run } from './support.js';

/*
 * The Indonesian confidence checks (issue 19) on invented sentences: a statement whose
 * speaker was read from the wrong words, or from no words, is left out; the same shape with clear words stays.
 */

function speakers(text: string): Speaker[] {
  return run(idStatementExtractor, 'id', { name: text, text: text.split(' || '), expect: [] }).facts.map((f) => f.speaker);
}

describe('id confidence: a pronoun no one is named for', () => {
  it('"Rudi berharap …. \\"…,\\" ujarnya." gives no statement without a name, title or body', () => {
    const got = speakers('Rudi berharap pemerintah segera membangun jembatan baru. "Kami sudah menunggu tiga tahun," ujarnya.');
    expect(got.every((s) => s.name !== null || s.title !== null || s.org !== null)).toBe(true);
  });

  it('a pronoun after a speaker the engine reads still takes that speaker', () => {
    const got = speakers('Rudi Hartono mengatakan jembatan itu rusak berat. "Kami sudah menunggu tiga tahun," ujarnya.');
    expect(got.map((s) => s.key)).toEqual(['rudi hartono', 'rudi hartono']);
  });
});

describe('id confidence: a title that needs its unit, then capitals the vocabularies do not know', () => {
  it('"Camat Sukamundur Darsono" gives no person "Sukamundur Darsono", nor for the pronoun after it', () => {
    const got = speakers('Camat Sukamundur Darsono mengatakan warga sudah mengungsi. Dia mengatakan sekolah diliburkan.');
    expect(got.map((s) => s.key)).not.toContain('sukamundur darsono');
    expect(got).toHaveLength(0);
  });

  it('"Direktur Lestari Hijau Bambang Wibisono" gives no statement; with a known unit or a comma it stays', () => {
    expect(speakers('Direktur Lestari Hijau Bambang Wibisono mengatakan hutan makin sempit.')).toHaveLength(0);
    expect(speakers('Direktur Lestari Hijau, Bambang Wibisono, mengatakan hutan makin sempit.').map((s) => s.key)).toEqual([
      'bambang wibisono',
    ]);
  });

  it('a title that stands alone before a name ("Presiden Joko Widodo") is not such a title', () => {
    expect(speakers('Presiden Joko Widodo mengatakan harga beras akan turun.').map((s) => s.key)).toEqual(['joko widodo']);
  });
});

describe('id confidence: initials or a degree read as a body', () => {
  it('"Yanto SH, menambahkan …" and "Dodi JA menjelaskan …" give no statement of a body "SH" or "JA"', () => {
    expect(speakers('Kepala Seksi Operasi, Yanto SH, menambahkan ada enam kasus kebakaran di kota itu.').map((s) => s.org)).not.toContain('SH');
    expect(speakers('Dodi JA menjelaskan kasus itu menyita perhatian publik sepanjang tahun.')).toHaveLength(0);
  });

  it('a known body in capitals after a lower-case word still speaks', () => {
    expect(speakers('Dalam rilisnya, KPK menyatakan telah menahan dua tersangka baru.').map((s) => s.kind)).toEqual(['organisation']);
  });
});

describe('id confidence: a title read without a name whose words go on in capitals', () => {
  it('"kata Kepala Pusat Data, Informasi dan Humas BNPB Raditya Purnomo" gives no nameless statement', () => {
    const got = speakers('"Situasi sudah kondusif," kata Kepala Pusat Data, Informasi dan Humas BNPB Raditya Purnomo, Kamis pagi.');
    expect(got.filter((s) => s.name === null && s.kind === 'person')).toHaveLength(0);
  });

  it('a title before a weekday ("kata Kepala Pelaksana BPBD Garut, Senin") stays a nameless statement', () => {
    expect(speakers('"Air mulai surut sejak pagi," kata Kepala Pelaksana BPBD Garut, Senin.')).toMatchObject([
      { name: null, title: 'Kepala Pelaksana' },
    ]);
  });
});

describe('id confidence: a bare name ending in a body word is a body', () => {
  it('"tulis Karsa Muda Network" is an organisation speaking', () => {
    expect(speakers('"Kami menolak rencana itu," tulis Karsa Muda Network.')).toMatchObject([
      { kind: 'organisation', org: 'Karsa Muda Network', name: null },
    ]);
  });

  it('a person\'s bare name is not', () => {
    expect(speakers('"Kami menolak rencana itu," tulis Hanung Bramantyo.')).toMatchObject([{ kind: 'person', key: 'hanung bramantyo' }]);
  });
});
