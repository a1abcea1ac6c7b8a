import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a name written right before its title with no comma. The words before
 * the title are the person's; where the title's body ends in words that look like a name, the statement is left
 * out rather than given to those words (a body the vocabularies do not know reads the same way). A former holder pointing back ("Mantan … tersebut") names no one there.
 */

describe('id: a name before its title, no comma', () => {
  it('"Senin (2/9/2024) Sulastri Ketua KPU mengatakan" is Sulastri', () => {
    expectSpeakers(
      'Rapat digelar di aula kecamatan, Senin (2/9/2024) Sulastri Ketua KPU mengatakan, pengawasan kampanye diperketat mulai pekan ini.',
      [{ name: 'Sulastri', title: 'Ketua' }],
    );
  });

  it('"Waluyo Sales Area Manager Pertamina, ia menjelaskan" is Waluyo', () => {
    expectSpeakers(
      'Menanggapi keluhan itu, Waluyo Sales Area Manager Pertamina, ia menjelaskan bahwa kuota solar untuk nelayan sudah ditambah.',
      [{ name: 'Waluyo' }],
    );
  });

  it('"Darmaji Ketua Koperasi Tani Makmur mengatakan" is not given to "Tani Makmur"', () => {
    expectSpeakers('Darmaji Ketua Koperasi Tani Makmur mengatakan, harga gabah kering turun sejak awal bulan.', []);
  });

  it('"Mantan Gubernur Bali tersebut mengatakan" names no one', () => {
    expectSpeakers('Mantan Gubernur Bali tersebut mengatakan, pembangunan pasar harus dilanjutkan tahun depan.', [
      { name: null },
    ]);
  });
});
