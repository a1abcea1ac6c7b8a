import { describe, expect, it } from 'vitest';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * The Vietnamese confidence layer, on invented sentences: a bare body head ("Phòng", "Ban") read as the speaker is
 * the tail of a place or a name when a capitalised word inside the sentence or an honorific stands right before it;
 * the statement is left out rather than given to a body that does not exist.
 */

function statements(text: string) {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f] : []));
}

describe('vi confidence: a bare head that ends a name', () => {
  it('the end of a place name is no body', () => {
    const out = statements('Cô gái đến từ Hải Phòng cũng cho rằng đó là động lực để cô cố gắng hơn.');
    expect(out.filter((f) => f.speaker.org === 'Phòng')).toEqual([]);
  });

  it('a one-word name after an honorific is no body', () => {
    const out = statements('“Hội đồng cần hành động ngay”, ông Ban nói.');
    expect(out.filter((f) => f.speaker.org === 'Ban')).toEqual([]);
  });

  it('a bare head opening the sentence still speaks', () => {
    const out = statements('Viện cũng nhấn mạnh rằng chế độ ăn này có thể gây hại cho tim mạch.');
    expect(out).toMatchObject([{ speaker: { kind: 'organisation', org: 'Viện' } }]);
  });
});
