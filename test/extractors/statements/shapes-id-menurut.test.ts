import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { idStatementExtractor } from '../../../src/extractors/id/statements/index.js';
import { run } from './support.js';

/*
 * Indonesian "menurut" (according to) shapes (issue 19), on invented sentences: grammar, not
 * single words; each case also checks the neighbouring shape that must stay as it was.
 */

interface Found {
  key: string | null;
  quote: string;
}

function found(text: string): Found[] {
  return run(idStatementExtractor, 'id', { name: text, text: text.split(' || '), expect: [] }).facts.map((f) => ({
    key: (f.speaker as Speaker).key,
    quote: f.quote,
  }));
}

describe('id: "Menurutnya" with no comma after it', () => {
  it('"Menurutnya jumlah itu …" after a named sentence is that person\'s statement', () => {
    const got = found('Rudi Hartono menjelaskan jembatan itu rusak berat sejak banjir. Menurutnya perbaikan butuh waktu dua bulan.');
    expect(got.map((f) => f.key)).toEqual(['rudi hartono', 'rudi hartono']);
    expect(got[1]!.quote).toContain('perbaikan butuh waktu dua bulan');
  });

  it('"Menurutnya" before a capitalised word stays unread (no clause opens there)', () => {
    const got = found('Rudi Hartono menjelaskan jembatan itu rusak berat sejak banjir. Menurutnya Jembatan Merah juga retak.');
    expect(got.map((f) => f.quote)).not.toContain('Jembatan Merah juga retak');
  });
});

describe('id: a connective before "menurut X"', () => {
  it('"Sebab, menurut dia, …" takes the person named before', () => {
    const got = found('Budi Santoso menyatakan pasar itu harus dipindah. Sebab, menurut dia, bangunannya sudah tidak layak.');
    expect(got.map((f) => f.key)).toEqual(['budi santoso', 'budi santoso']);
  });

  it('"Sebab, menurut Darmono saat ini …" reads the name and the clause after it', () => {
    const got = found('Sebab, menurut Darmono saat ini masih banyak warga yang belum tahu.');
    expect(got.map((f) => f.key)).toEqual(['darmono']);
    expect(got[0]!.quote).toContain('masih banyak warga');
  });

  it('"Sebab, data BPS …" with no according-to word gives no statement', () => {
    expect(found('Sebab, data BPS menunjukkan harga beras naik.')).toHaveLength(0);
  });
});
