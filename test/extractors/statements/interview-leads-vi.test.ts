import { describe, expect, it } from 'vitest';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * Vietnamese interview leads, on invented sentences: a clause opening the sentence that names whom the speaker
 * talked to ("trao đổi với Dân Việt", "Trả lời VnExpress") is neither the speaker nor what was said; the subject after
 * it speaks. The statement keeps the article's own words (sentence and span).
 */

function statements(text: string) {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f] : []));
}

describe('vi interview leads', () => {
  it('"trao đổi với [paper]," after a date: the title and body after it speak', () => {
    const out = statements('Ngày 17/12, trao đổi với Dân Việt, Giám đốc Sở Y tế tỉnh Bình Định cho biết, sở chưa nhận được báo cáo nào.');
    expect(out).toHaveLength(1);
    expect(out[0]!.speaker).toMatchObject({ name: null, title: 'Giám đốc', org: 'Sở Y tế tỉnh Bình Định' });
    expect(out[0]!.sentence).toContain('trao đổi với Dân Việt');
  });

  it('"Trả lời [paper] …," then a name with an appositive: the name speaks', () => {
    const out = statements('Trả lời VnExpress trước đó, ông Nguyễn Văn Hùng, Phó cục trưởng Cục Y tế dự phòng, cho rằng số ca mắc sẽ giảm.');
    expect(out).toHaveLength(1);
    expect(out[0]!.speaker.key).toBe('nguyen van hung');
    expect(out[0]!.quote).toBe('số ca mắc sẽ giảm');
    expect(out[0]!.text).toBe('số ca mắc sẽ giảm');
  });

  it('"trả lời" as the reporting verb after its subject is untouched', () => {
    expect(statements('Ông Nguyễn Văn Hùng trả lời, hai bên đã thống nhất lịch tiêm.')).toMatchObject([
      { verb: 'trả lời', speaker: { key: 'nguyen van hung' } },
    ]);
  });

  it('a sentence without an interview lead is untouched', () => {
    expect(statements('Giám đốc Sở Y tế tỉnh Bình Định cho biết sở chưa nhận được báo cáo nào.')).toHaveLength(1);
  });
});
