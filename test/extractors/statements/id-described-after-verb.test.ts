import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: after the verb closing a quote, a lower-case description, its comma and
 * then the name ('"…," kata warga sekitar, Budi, saat …'). The name speaks. A weekday after the comma is no name,
 * and a name running on into other words is not read there.
 */

const quote = '"Air sungai naik sejak subuh dan jalan desa sudah tidak bisa dilewati kendaraan,"';

describe('id: "kata <description>, <name>" after a quote', () => {
  it('"kata warga sekitar, Budi, saat dihubungi …" is Budi', () => {
    expectSpeakers(`${quote} kata warga sekitar, Budi, saat dihubungi wartawan.`, [{ name: 'Budi' }]);
  });

  it('a body inside the description: "kata mandor pabrik CV Sinar Jaya, Siti Aminah." is Siti Aminah', () => {
    expectSpeakers(`${quote} kata mandor pabrik CV Sinar Jaya, Siti Aminah.`, [{ name: 'Siti Aminah' }]);
  });

  it('a weekday after the comma is no name: "kata warga sekitar, Senin (3/4)."', () => {
    expectSpeakers(`${quote} kata warga sekitar, Senin (3/4).`, []);
  });

  it('a name not closed by a comma or the end is not read: "kata warga, Budi dan Siti bergantian."', () => {
    expectSpeakers(`${quote} kata warga, Budi dan Siti bergantian.`, []);
  });
});
