import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A speech verb whose clause only names the person told ("đã thông báo cho gia đình nạn nhân") says nothing; one
 * that goes on to what they were told ("thông tin cho PV biết là …") still speaks (invented sentences).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi speech verb with the person told and nothing said', () => {
  it('"thông báo cho <recipient>" is no statement', () => {
    expect(speakers('Ủy ban nhân dân xã Yên Lạc sau đó đã thông báo cho gia đình nạn nhân.')).toEqual([]);
    expect(speakers('Tổ chức thông tin cho các hộ dân qua loa phát thanh là việc làm cần thiết.')).toEqual([]);
  });

  it('"thông tin cho PV biết là …" still speaks', () => {
    const [s] = speakers('Đại diện Công an phường Tân Mai cũng thông tin cho PV biết là đơn vị chưa nhận được đơn trình báo.');
    expect(s).toMatchObject({ kind: 'person', title: 'Đại diện' });
  });

  it('"thông báo cho biết …" still speaks', () => {
    const [s] = speakers('Sở Y tế tỉnh Hà Nam thông báo cho biết đã ghi nhận thêm 5 ca sốt xuất huyết.');
    expect(s).toMatchObject({ kind: 'organisation' });
  });

  it('"Theo X, cho đến nay …" is a time, no recipient', () => {
    const [s] = speakers('Theo Giám đốc Sở Y tế Trần Văn Thành, cho đến nay, tỉnh đã tiêm đủ hai mũi cho 90% người dân.');
    expect(s).toMatchObject({ kind: 'person', key: 'tran van thanh' });
  });
});
