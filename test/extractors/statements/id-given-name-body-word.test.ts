import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: "Agung" is a body word ("Mahkamah Agung", "Kejaksaan Agung") and a
 * common given name. Standing alone as the body, right before the person's name words, it opens the name.
 */

describe('id: a body word that is also a given name opens the name', () => {
  it('"kata Agung Prasetyo kepada wartawan" is Agung Prasetyo, not the body "Agung"', () => {
    expectSpeakers('"Stok beras aman sampai Lebaran," kata Agung Prasetyo kepada wartawan.', [
      { name: 'Agung Prasetyo', key: 'agung prasetyo' },
    ]);
  });

  it('"Kapolres Kampar, AKBP Agung Prasetyo, S.Ik, menjelaskan" is Agung Prasetyo, not Prasetyo of "Agung"', () => {
    expectSpeakers('Kapolres Kampar, AKBP Agung Prasetyo, S.Ik, menjelaskan bahwa razia akan berlanjut pekan depan.', [
      { name: 'Agung Prasetyo', key: 'agung prasetyo' },
    ]);
  });

  it('"Hakim Mahkamah Agung Suharto" stays Suharto of the Supreme Court', () => {
    expectSpeakers('Hakim Mahkamah Agung Suharto mengatakan, salinan putusan sudah dikirim.', [
      { name: 'Suharto', key: 'suharto', org: 'Mahkamah Agung' },
    ]);
  });
});
