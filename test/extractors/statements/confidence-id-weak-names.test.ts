import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { idStatementExtractor } from '../../../src/extractors/id/statements/index.js';
import { run } from './support.js';

/*
 * Indonesian speakers whose evidence is weak, on invented sentences: a name that ran into a title or a body's tail,
 * a sentence's opening word read as a name, a pronoun tied to an object, and a person's name with its initials read
 * as a body. Each wrong reading is left out; the right readings stay.
 */

function speakers(paragraphs: string[]): Array<Pick<Speaker, 'name' | 'kind'>> {
  const text = paragraphs.join(' ');
  return run(idStatementExtractor, 'id', { name: text, text: paragraphs, expect: [] }).facts.map((f) => {
    const s = f.speaker as Speaker;
    return { name: s.name, kind: s.kind };
  });
}

const names = (paragraphs: string[]): Array<string | null> => speakers(paragraphs).map((s) => s.name);

/** Who speaks the statement whose quote holds `piece`. */
function whoSaid(paragraphs: string[], piece: string): Array<string | null> {
  const text = paragraphs.join(' ');
  return run(idStatementExtractor, 'id', { name: text, text: paragraphs, expect: [] })
    .facts.filter((f) => f.quote.includes(piece))
    .map((f) => (f.speaker as Speaker).name);
}

describe('id: a name that ran into a title', () => {
  it('"Darmono Sales Branch Manager (SBM) Pertamina, ia menjelaskan" gives no "Darmono Sales"', () => {
    expect(names(['Darmono Sales Branch Manager (SBM) Pertamina, ia menjelaskan bahwa kuota solar sudah habis.'])).not.toContain(
      'Darmono Sales',
    );
  });

  it('"National President" read from "ucap National President of OSHDP, …" is left out', () => {
    expect(names(['"Kami fokus pada perumahan publik," ucap National President of KPRA, Jose Santos.'])).not.toContain(
      'National President',
    );
  });

  it('a name with no title word stays: "Menteri Keuangan Sri Mulyani Indrawati mengatakan"', () => {
    expect(names(['Menteri Keuangan Sri Mulyani Indrawati mengatakan, defisit anggaran tetap terjaga.'])).toEqual([
      'Sri Mulyani Indrawati',
    ]);
  });
});

describe('id: a sentence\'s opening word read as a name', () => {
  it('"Setidaknya", a connective in -nya, is no speaker', () => {
    const got = names([
      'Krisis belum akan berakhir. Setidaknya, hal inilah yang diyakini oleh pengusaha Rudi Santoso. "Salahkan pemerintah, bukan pasar," kata dia.',
    ]);
    expect(got).not.toContain('Setidaknya');
  });

  it('"Laporan itu menyebutkan" gives no person "Laporan"', () => {
    const got = names(['Gaji mereka turun 11 persen. Laporan itu menyebutkan, ada tanda-tanda pendapatan mereka tertekan. "Risiko ini berat," tulisnya.']);
    expect(got).not.toContain('Laporan');
  });

  it('a reduplicated word ("Alih-alih") is no name', () => {
    expect(names(['Alih-alih hanya meminta Rina memilih, Tania menambahkan informasi harga pada menu itu.'])).not.toContain('Alih-alih');
  });
});

describe('id: a pronoun tied to an object', () => {
  it('"… sependapat dengan Budi. Menurutnya, …" is not Budi speaking', () => {
    const got = whoSaid(
      [
        'Budi Santoso mengatakan, infrastruktur butuh dana besar.',
        'Kepala lembaga konsultan Asia Pasifik Herman Kotanko sependapat dengan Budi. Menurutnya, pasar keuangan harus diperdalam.',
      ],
      'diperdalam',
    );
    expect(got.filter((n) => n?.startsWith('Budi'))).toEqual([]);
  });

  it('a pronoun after the subject named at the start of the sentence still speaks: "Ivan Santoso merasa lega. … ungkapnya"', () => {
    expect(names(['Ivan Santoso merasa lega. "Jadi saya tidak punya utang lagi," ungkapnya.'])).toEqual(['Ivan Santoso']);
  });
});

describe('id: a body tail glued to a name', () => {
  it('"… Daiwa Capital Markets Kevin Lai menyatakan" gives no "Markets Kevin Lai"', () => {
    expect(names(['Kepala Ekonom Asia Daiwa Capital Markets Kevin Lai menyatakan ekonomi China melambat.'])).not.toContain(
      'Markets Kevin Lai',
    );
  });
});

describe('id: a person\'s name and its initials', () => {
  it('"Susilo Bambang Yudhoyono (SBY)" speaking is a person, not a body', () => {
    const got = speakers([
      'Partai itu dipimpin Susilo Bambang Yudhoyono (SBY). SBY sebelumnya mengatakan akan bertemu dengan pimpinan PAN.',
    ]);
    expect(got).toContainEqual({ name: 'Susilo Bambang Yudhoyono', kind: 'person' });
    expect(got.filter((s) => s.kind === 'organisation')).toEqual([]);
  });

  it('"Komisi Pemberantasan Korupsi (KPK)" stays a body', () => {
    expect(speakers(['Komisi Pemberantasan Korupsi (KPK) menyatakan, penyidikan kasus itu berlanjut.'])).toEqual([
      { name: null, kind: 'organisation' },
    ]);
  });
});

describe('id: "tutup" closing a quote', () => {
  it('\'"…," tutup Hartono.\' is Hartono speaking', () => {
    expect(names(['"Harga pakan harus turun sebelum akhir tahun," tutup Hartono.'])).toEqual(['Hartono']);
  });
});
