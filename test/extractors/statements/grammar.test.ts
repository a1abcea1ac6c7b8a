import { describe, expect, it } from 'vitest';
import { personKey } from '../../../src/extractors/common/statements/person-key.js';
import { tokenize } from '../../../src/extractors/common/statements/tokens.js';

describe('statement tokens and keys', () => {
  it('person keys fold Vietnamese and Indonesian spellings to one', () => {
    expect(personKey('Nguyễn Minh Vũ')).toBe('nguyen minh vu');
    expect(personKey('Nguyen Minh Vu')).toBe('nguyen minh vu');
    expect(personKey('Đỗ  Xuân Tuyên')).toBe('do xuan tuyen');
    expect(personKey("Ma'ruf Amin")).toBe('maruf amin');
    expect(personKey('Penny K. Lukito')).toBe('penny k lukito');
  });

  it('tokens keep academic prefixes, initials and hyphenated words whole, and split a possessive', () => {
    const t = tokenize("PGS.TS Trần Đắc Phu, Perry W. and Indonesia's Covid-19 task force");
    expect(t.map((x) => x.text)).toEqual(['PGS.TS', 'Trần', 'Đắc', 'Phu', ',', 'Perry', 'W.', 'and', 'Indonesia', "'s", 'Covid-19', 'task', 'force']);
    expect(t[0]!.acronym).toBe(true);
    expect(t[6]!.initial).toBe(true);
    expect(t[1]!.cap && t[1]!.alpha).toBe(true);
  });
});
