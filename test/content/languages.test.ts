import { describe, expect, it } from 'vitest';
import { defaultUtcOffset, LANGUAGES, languageOfHost, TIME_ZONES } from '../../src/core/languages/index.js';
import type { LanguageModule } from '../../src/core/languages/index.js';

const WORD_LISTS: Array<keyof LanguageModule> = [
  'functionWords', 'relatedHeadings', 'commentHeadings', 'inlineLinkLeadIns', 'photoLabels', 'creditLabels', 'illustrationLabels',
  'dateWords', 'counterWords', 'adLabels', 'bylineLeadIns', 'sourceLeadIns',
];

describe('language registry', () => {
  it('decides the default UTC offset once: profile, then language, then host country, then UTC', () => {
    expect(defaultUtcOffset({ profile: '+08:00', lang: 'vi' })).toBe('+08:00');
    expect(defaultUtcOffset({ lang: 'id' })).toBe('+07:00');
    expect(defaultUtcOffset({ lang: 'en', host: 'example.vn' })).toBe('+00:00');
    expect(defaultUtcOffset({ lang: 'und', host: 'berita.co.id' })).toBe('+07:00');
    expect(defaultUtcOffset({ host: 'example.com' })).toBe('+00:00');
  });

  it('knows each country domain and every zone abbreviation once', () => {
    expect(languageOfHost('tuoitre.vn')).toBe('vi');
    expect(languageOfHost('news.detik.co.id')).toBe('id');
    expect(languageOfHost('example.org')).toBeUndefined();
    expect(TIME_ZONES).toMatchObject({ wib: '+07:00', wita: '+08:00', wit: '+09:00', ict: '+07:00', gmt: '+00:00' });
  });

  it.each(Object.values(LANGUAGES).map((l) => [l.lang, l] as const))('%s: word lists are lower-case words a pattern can use unescaped', (_, l) => {
    for (const field of WORD_LISTS) {
      for (const w of l[field] as readonly string[]) expect(w, `${l.lang}.${field}`).toMatch(/^[\p{Ll}' ’]+$/u);
    }
  });
});
