import { describe, expect, it } from 'vitest';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * Vietnamese committees named by their activity, on invented sentences: "Ban Chỉ đạo phòng, chống dịch … tỉnh X" is
 * a body (its "chỉ đạo" is not the verb, its comma does not end the name); the body speaks with the verb after its
 * name, and the statement keeps the article's own words (sentence, span and the body's name).
 */

function statements(text: string) {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f] : []));
}

describe('vi committee names', () => {
  it('"Ban Chỉ đạo phòng, chống dịch … cho biết": the committee speaks, named as written', () => {
    const out = statements('Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Hà Nam cho biết, tỉnh đã truy vết được 120 người tiếp xúc gần.');
    expect(out).toHaveLength(1);
    expect(out[0]!.speaker).toMatchObject({ kind: 'organisation', org: 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Hà Nam' });
    expect(out[0]!.quote).toBe('tỉnh đã truy vết được 120 người tiếp xúc gần');
    expect(out[0]!.sentence).toContain('Ban Chỉ đạo phòng, chống dịch');
  });

  it('lower-case "ban Chỉ đạo" after a lead, with "nhận định"', () => {
    const out = statements('Trong khi đó, ban Chỉ đạo phòng chống dịch tỉnh Hà Nam nhận định, dịch bệnh còn diễn biến phức tạp.');
    expect(out).toMatchObject([{ verb: 'nhận định', speaker: { kind: 'organisation', org: 'ban Chỉ đạo phòng chống dịch tỉnh Hà Nam' } }]);
  });

  it('"Theo Ban Chỉ đạo …, …": the committee is the source', () => {
    const out = statements('Theo Ban Chỉ đạo phòng, chống dịch Covid-19 TP Vinh, thành phố đã có 15 ca mắc mới.');
    expect(out).toMatchObject([{ speaker: { org: 'Ban Chỉ đạo phòng, chống dịch Covid-19 TP Vinh' } }]);
  });

  it('a committee with its field after "về" reads as before', () => {
    const out = statements('Ban chỉ đạo Trung ương về phòng chống thiên tai nhận định, bão sẽ vào Biển Đông trong ngày mai.');
    expect(out).toMatchObject([{ speaker: { org: 'Ban chỉ đạo Trung ương về phòng chống thiên tai' } }]);
  });

  it('"chỉ đạo" as a plain verb, not after a body head, is untouched', () => {
    const out = statements('Ông Nguyễn Văn Hùng chỉ đạo các đơn vị cần khẩn trương truy vết.');
    expect(out).toMatchObject([{ verb: 'chỉ đạo', speaker: { key: 'nguyen van hung' } }]);
  });

  it('"Trưởng Ban Chỉ đạo …": the committee is the title\'s body, never a name', () => {
    const out = statements('Trưởng Ban Chỉ đạo phòng chống dịch huyện cho biết, huyện đã phong tỏa 3 thôn.');
    expect(out.every((f) => f.speaker.name === null)).toBe(true);
    expect(out.map((f) => f.speaker.org ?? '').join(' ')).not.toContain('-');
  });

  it('a person whose appositive is a committee title speaks', () => {
    const out = statements(
      'Ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Hà Nam cho biết, tỉnh đã kiểm soát được dịch.',
    );
    expect(out).toMatchObject([{ speaker: { key: 'tran van nam' } }]);
  });

  it('"cho biết thông tin trên tại …" says nothing in this sentence', () => {
    expect(statements('Ông Nguyễn Văn Hùng cho biết thông tin trên tại hội nghị trực tuyến chiều qua.')).toHaveLength(0);
  });
});
