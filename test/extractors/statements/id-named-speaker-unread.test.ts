import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a pronoun verb the engine could not tie to anyone ("ujarnya"), while
 * the statement's own sentence shows a named person speaking. Giving the words to no one is a wrong speaker; the
 * statement is left out.
 */

describe('id: a statement tied to no one while its sentence names a speaker', () => {
  it('"Kapolsek Sukamaju AKP Darmono mengatakan, …, ungkapnya." gives no nameless statement', () => {
    expectSpeakers('Kapolsek Sukamaju AKP Darmono mengatakan, soal pencurian itu Untuk pelakunya belum diketahui, karena anggota masih memeriksa saksi, ungkapnya.', []);
  });

  it('\'"…,"tegasnya Rusdi.\' gives no nameless statement', () => {
    expectSpeakers('"Bantuan benih itu hanya untuk petani yang terdaftar di kelompok tani, jangan dijual lagi,"tegasnya Rusdi.', []);
  });

  it('"Dia menambahkan, …" names no one: the pronoun statement stays as written', () => {
    expectSpeakers('Dia menambahkan, gudang pupuk di kecamatan itu akan dibuka lagi pekan depan.', [{ name: null, key: null }]);
  });

  it('a pronoun opening the text with no one named stays as written', () => {
    expectSpeakers('"Bantuan benih itu hanya untuk petani yang terdaftar," ujarnya.', [{ name: null, key: null }]);
  });
});
