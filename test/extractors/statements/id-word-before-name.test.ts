import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a word that is no part of the name, written right before it with no
 * dot or comma, is left out of the name: the academic title "Prof" without its dot, the council secretary's title
 * "Sekwan", the connective "Terlebih" opening the sentence.
 */

describe('id: a title or connective glued before the name', () => {
  it('"tutur Prof Sulastri" is Sulastri, a professor', () => {
    expectSpeakers('“Penelitian pangan lokal harus didanai lebih besar,” tutur Prof Sulastri.', [
      { name: 'Sulastri', key: 'sulastri', title: 'Prof' },
    ]);
  });

  it('"Prof Hendra Wijaya mengatakan" is Hendra Wijaya', () => {
    expectSpeakers('Prof Hendra Wijaya mengatakan, laboratorium baru dibuka pada semester depan.', [
      { name: 'Hendra Wijaya', key: 'hendra wijaya' },
    ]);
  });

  it('"Sekwan Darmaji menjelaskan" is Darmaji, the council secretary', () => {
    expectSpeakers('Sekwan Darmaji menjelaskan bahwa rapat paripurna ditunda hingga pekan depan.', [
      { name: 'Darmaji', key: 'darmaji', title: 'Sekwan' },
    ]);
  });

  it('"Terlebih Yanto menyebut" is Yanto', () => {
    expectSpeakers('Terlebih Yanto menyebut gudang beras itu sudah lama kosong.', [{ name: 'Yanto', key: 'yanto' }]);
  });
});
