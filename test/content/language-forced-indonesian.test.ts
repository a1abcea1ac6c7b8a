import { describe, expect, it } from 'vitest';
import { detectLanguage, lacksIndonesianFunctionWords, pageLanguage, paragraphLanguage } from '../../src/content/language.js';

// Invented sentences in the shapes franc, choosing only among vi/id/en, has called Indonesian.
const ZULU =
  'Abafundi abaningi bathola amathuba amasha okufunda emakhaya abo ngenxa yohlelo olusha lukahulumeni wesifundazwe. ' +
  'Umphathi wesikole uthe lolu hlelo luzosiza izingane eziningi ezindaweni zasemakhaya ukuthi zithole imfundo engcono.';
const SWAHILI =
  'Watu kumi na nane wamekamatwa na polisi mkoani Shinyanga kwa makosa mbalimbali yakiwemo wizi wa mifugo na ' +
  'uvunjaji wa nyumba usiku, kamanda wa polisi wa mkoa huo amesema leo mbele ya waandishi wa habari mjini.';
const INDONESIAN =
  'Pemerintah provinsi mengumumkan bahwa program baru untuk siswa di daerah terpencil akan dimulai pada bulan depan, ' +
  'dan kepala sekolah mengatakan program itu membantu banyak anak yang tinggal jauh dari kota.';

describe('text franc forces into Indonesian', () => {
  it('is not Indonesian when twenty words or more hold next to no Indonesian function word', () => {
    expect(lacksIndonesianFunctionWords(ZULU)).toBe(true);
    expect(lacksIndonesianFunctionWords(SWAHILI)).toBe(true);
    expect(detectLanguage(ZULU)).not.toBe('id');
    expect(detectLanguage(SWAHILI)).not.toBe('id');
  });

  it('keeps Indonesian, and short text it cannot tell', () => {
    expect(lacksIndonesianFunctionWords(INDONESIAN)).toBe(false);
    expect(detectLanguage(INDONESIAN)).toBe('id');
    expect(lacksIndonesianFunctionWords('Banjir besar melanda Jakarta pada hari Senin pagi')).toBe(false);
    expect(detectLanguage('Banjir besar melanda Jakarta pada hari Senin pagi')).toBe('id');
  });

  it('makes a page under a template\'s lang="en" und, not en and not id', () => {
    expect(pageLanguage(`${ZULU} ${ZULU}`, 'en')).toBe('und');
    expect(pageLanguage(`${INDONESIAN} ${INDONESIAN}`, 'en')).toBe('id');
  });

  it('on a page that is none of ours, a paragraph is Indonesian only with an Indonesian function word', () => {
    const shortZulu = 'Umphathi wesikole uthe lolu hlelo luzosiza izingane eziningi ezindaweni zasemakhaya.';
    expect(paragraphLanguage(shortZulu, 'und', 'en')).not.toBe('id');
    expect(paragraphLanguage('Kepala sekolah mengatakan program itu membantu banyak anak.', 'und', 'en')).toBe('id');
  });
});
