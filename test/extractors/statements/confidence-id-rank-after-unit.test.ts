import { describe, expect, it } from 'vitest';
import { idStatementExtractor } from '../../../src/extractors/id/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * "kata Kapolsek Kebayoran Lama, Kompol Widya Agustiono": the unit after a title is no name; the person follows the
 * comma with their rank (invented sentences).
 */

function speakers(text: string) {
  return idStatementExtractor
    .extract(docFromText(['Berita', text], { lang: 'id' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('id confidence: a unit after the title, then rank and name', () => {
  it('a district the engine does not know is no name', () => {
    expect(
      speakers('"Kami sudah mendampingi korban," kata Kapolsek Cilandak Barat, Kompol Rudi Hartono saat dihubungi wartawan.'),
    ).toMatchObject([{ name: 'Rudi Hartono', title: 'Kapolsek Cilandak Barat' }]);
  });

  it('a name after a title and no comma stays as read', () => {
    expect(speakers('Kapolsek Cilandak Kompol Rudi Hartono mengatakan pelaku sudah ditangkap.')).toMatchObject([
      { name: 'Rudi Hartono' },
    ]);
  });
});
