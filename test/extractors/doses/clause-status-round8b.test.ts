import { describe, expect, it } from 'vitest';
import { idDoseExtractor } from '../../../src/extractors/id/doses/index.js';
import { viDoseExtractor } from '../../../src/extractors/vi/doses/index.js';
import { dosesOf } from './support.js';

const EX = { vi: viDoseExtractor, id: idDoseExtractor } as const;
type Lang = keyof typeof EX;

/** Invented sentences for the shapes kept in round 8, second part: value(-valueMax):status, in order. */
const ROWS: ReadonlyArray<[Lang, string, string[]]> = [
  // Taking in a delivery ("distribusi" as the object of a receipt verb) is a receipt, not an allocation; an
  // entitlement ("jatah") and a distribution made stay allocated.
  ['id', 'Kabupaten itu telah menerima distribusi 4.000 dosis vaksin rabies.', ['4000:received']],
  ['id', 'Provinsi mendapatkan distribusi sebanyak 20.000 dosis vaksin PMK.', ['20000:received']],
  ['id', 'Kabupaten itu mendapatkan jatah 4.000 dosis vaksin rabies.', ['4000:allocated']],
  ['id', 'Dinas telah mendistribusikan 4.000 dosis vaksin rabies.', ['4000:allocated']],
];

describe('dose status, eighth round second part', () => {
  it.each(ROWS)('%s: %s', (lang, text, want) => {
    const got = dosesOf(EX[lang], text, lang).map((f) => `${f.value}${f.valueMax === null ? '' : `-${f.valueMax}`}:${f.status}`);
    expect(got).toEqual(want);
  });
});
