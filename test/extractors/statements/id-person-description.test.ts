import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a name, a comma and a lower-case description of an ordinary person
 * ("korban banjir", "salah satu peternak ayam petelur") may run to the verb with no comma; the name speaks.
 */

describe('id: "Name, lower-case description verb"', () => {
  it('"Sulastri, korban banjir mengatakan" is Sulastri', () => {
    expectSpeakers('Sulastri, korban banjir mengatakan, air mulai masuk ke rumah warga sejak subuh.', [
      { name: 'Sulastri' },
    ]);
  });

  it('"Joko Susilo, salah satu peternak ayam petelur mengatakan" is Joko Susilo', () => {
    expectSpeakers('Joko Susilo, salah satu peternak ayam petelur mengatakan, harga pakan naik dua kali bulan ini.', [
      { name: 'Joko Susilo' },
    ]);
  });

  it('a description closed by its comma still works: "Sulastri, korban banjir, mengatakan"', () => {
    expectSpeakers('Sulastri, korban banjir, mengatakan, air mulai masuk ke rumah warga sejak subuh.', [
      { name: 'Sulastri' },
    ]);
  });
});
