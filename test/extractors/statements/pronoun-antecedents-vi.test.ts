import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A pronoun that speaks ("Bà cho rằng …", "“…” - ông chia sẻ.") after a foreign name of one word, or a name with
 * particles, that the engine does not know as a person: the one person of that gender named in the nearest sentence
 * before is the speaker; with no one or several, no statement (invented sentences).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi pronoun speakers tied to the person named before', () => {
  it('"Bà cho rằng" after a woman named by one word', () => {
    const all = speakers('Tại hội nghị, bà Lindqvist đã đề xuất lập quỹ chung. Bà cho rằng quỹ sẽ giúp các nước nghèo.');
    expect(all.at(-1)).toMatchObject({ name: 'Lindqvist', kind: 'person' });
  });

  it('a quote closed by "- ông chia sẻ." after "ông X cho biết"', () => {
    const all = speakers('Ông Kowalczyk cho biết mùa màng năm nay tốt. "Giá lúa cũng tăng" - ông chia sẻ.');
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ name: 'Kowalczyk', kind: 'person' });
  });

  it('a name with particles', () => {
    const all = speakers('Người đứng đầu quỹ, bà Marta van der Heide, đã tới Cần Thơ. Bà cho rằng vùng này cần thêm đê.');
    expect(all.at(-1)).toMatchObject({ name: 'Marta van der Heide', key: 'marta van der heide' });
  });

  it('the one person of the pronoun\'s gender: a woman and a man named before "Ông"', () => {
    const all = speakers('Bà Lindqvist đã tiếp ông Kowalczyk tại Hà Nội. Ông nhấn mạnh, hai bên sẽ mở rộng hợp tác.');
    expect(all.at(-1)).toMatchObject({ name: 'Kowalczyk' });
  });

  it('two men named before "Ông": no statement rather than a guess', () => {
    expect(speakers('Ông Kowalczyk và ông Brandt đã tới Đà Nẵng. Ông cho biết hai bên sẽ ký hợp đồng.')).toEqual([]);
  });

  it('no one named before the pronoun: no statement', () => {
    expect(speakers('Giá xăng tăng mạnh trong tuần qua. Ông cho biết sẽ điều chỉnh giá.')).toEqual([]);
  });

  it('a capitalised honorific inside a place name is no person ("tỉnh Bà Rịa")', () => {
    const all = speakers('Tại tỉnh Bà Rịa, ông Kowalczyk đã thăm nhà máy. "Chúng tôi rất hài lòng" - bà nói.');
    expect(all).toEqual([]);
  });
});
