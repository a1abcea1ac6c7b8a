import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: "Dirinya" opening a sentence is a pronoun (the person just named),
 * like "Ia" and "Dia", never a name. Inside a statement ("… bahwa dirinya …") it stays part of what was said.
 */

describe('id: "Dirinya" as the subject of a report', () => {
  it('"Dirinya mengungkapkan, …" after a named speaker is that speaker', () => {
    expectSpeakers(
      'Pelatih Timnas Budi Santoso tampak puas usai laga. Dirinya mengungkapkan, para pemain tampil disiplin sepanjang laga.',
      [{ name: 'Budi Santoso' }],
    );
  });

  it('"Dirinya" is never read as a name, even with no one named before', () => {
    expectSpeakers('Dirinya menjelaskan, harga beras di pasar induk mulai turun pekan ini.', [{ name: null }]);
  });

  it('"dirinya" inside the content does not open a statement of its own', () => {
    expectSpeakers('Kepala Dinas Pertanian Siti Aminah mengatakan bahwa dirinya akan meninjau gudang pupuk besok.', [
      { name: 'Siti Aminah' },
    ]);
  });
});
