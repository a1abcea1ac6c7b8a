import { describe, expect, it } from 'vitest';
import { dateParsers } from '../../../src/extractors/common/dates/parser.js';

const KIT = dateParsers({ mods: {}, yearRel: {} });

describe('date parser patterns compile on first use', () => {
  it('building a parser does not compile its pattern; reading it does', () => {
    // An invalid pattern is the observable: compiled at build time it would throw here.
    const broken = KIT.parser(['d'] as const, { pattern: '(?<d>\\d+', extract: () => [] });
    expect(() => broken.re).toThrow(SyntaxError);
  });

  it('compiles once and keeps the same RegExp (its lastIndex is the refiners’ cursor)', () => {
    const p = KIT.parser(['d'] as const, { pattern: '(?<d>\\d{1,2})/9', extract: () => [] });
    const re = p.re;
    expect(p.re).toBe(re);
    expect(re.flags).toContain('u');
    const m = re.exec('ngày 6/9 và 7/9');
    expect(m?.[0].trim()).toBe('6/9');
  });
});
