import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a full name opening the sentence, then lower-case words describing
 * the person with no comma, then the reporting verb ("Budi Santoso pengemudi truk mengatakan …"). The name speaks.
 * A description holding another name, a conjunction or opening with a preposition is no such reading.
 */

const content = 'bahwa puluhan truk tanah yang mengantre di jalan berasal dari perusahaan yang berbeda-beda.';

describe('id: a name, a lower-case description with no comma, the verb', () => {
  it('"Budi Santoso pengemudi truk mengatakan …" is Budi Santoso', () => {
    expectSpeakers(`Budi Santoso pengemudi truk mengatakan ${content}`, [{ name: 'Budi Santoso' }]);
  });

  it('after a short lead: "Sementara itu, Siti Aminah yang bekerja sebagai pedagang beras mengatakan …"', () => {
    expectSpeakers(`Sementara itu, Siti Aminah yang bekerja sebagai pedagang beras mengatakan ${content}`, [
      { name: 'Siti Aminah' },
    ]);
  });

  it('a description holding another name is no such reading: "… terkait pernyataan kader partai Joko Santoso yang menyebut …"', () => {
    expectSpeakers(`Budi Santoso bersuara terkait pernyataan kader partai Joko Santoso yang menyebut ${content}`, []);
  });

  it('a one-word name (a capitalised common word may open the sentence) is no such reading', () => {
    expectSpeakers(`Sebagian pengemudi truk mengatakan ${content}`, []);
  });

  it('a name right before the verb keeps that verb: "Budi Santoso mengatakan tidak akan menanggapi …"', () => {
    expectSpeakers('Budi Santoso mengatakan tidak akan menanggapi isu yang beredar di media sosial itu.', [
      { name: 'Budi Santoso' },
    ]);
  });
});
