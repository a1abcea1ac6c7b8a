import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: an academic degree written without dots after the name ("SP", "MH").
 * The degree is not a body speaking: the speaker is the name before it, or no one when the name cannot be told from
 * the title before it.
 */

describe('id: a degree without dots after the name', () => {
  it('"Kepala Dinas Sosial Kabupaten Lebak, Ardiman, MH mengatakan" is Ardiman, not the body MH', () => {
    expectSpeakers('Kepala Dinas Sosial Kabupaten Lebak, Ardiman, MH mengatakan, bantuan sudah disalurkan kepada 300 keluarga.', [
      { name: 'Ardiman', key: 'ardiman' },
    ]);
  });

  it('"Kasi Penyuluhan Dinas Pertanian, Yanto SP, menambahkan" is Yanto', () => {
    expectSpeakers('Kasi Penyuluhan Dinas Pertanian, Yanto SP, menambahkan bahwa pupuk sudah tiba di gudang.', [
      { name: 'Yanto', key: 'yanto' },
    ]);
  });

  it('with the name glued to the title ("Kepala Dinas Sosial Ardiman, MH") no one is read, not the body MH', () => {
    expectSpeakers('Kepala Dinas Sosial Ardiman, MH mengatakan, bantuan sudah disalurkan.', []);
  });
});
