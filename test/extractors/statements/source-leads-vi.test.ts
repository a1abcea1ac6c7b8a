import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * The engine's opt-in `sourceLeads`, as the Vietnamese rules set it, on invented sentences: "Thông tin từ X cho
 * biết" and "Tin từ X cho biết" opening a clause make the body X the speaker; after a verb ("nhận được thông tin
 * từ X") the body stays an object.
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi: the body after a source lead speaks', () => {
  it('"Thông tin từ X cho hay" opening the sentence', () => {
    expect(speakers('Thông tin từ Sở Y tế tỉnh Nam Định cho hay, toàn tỉnh đã tiêm xong mũi 3 cho người trên 50 tuổi.')).toMatchObject([
      { kind: 'organisation', org: 'Sở Y tế tỉnh Nam Định', name: null },
    ]);
  });

  it('"tin từ X cho biết:" after a date and a comma', () => {
    expect(speakers('Ngày 12/8, tin từ Trung tâm Kiểm soát bệnh tật tỉnh Phú Thọ cho biết: đã có thêm 4 ca mắc mới.')).toMatchObject([
      { kind: 'organisation', org: 'Trung tâm Kiểm soát bệnh tật tỉnh Phú Thọ' },
    ]);
  });

  it('after a verb the body is the object: no statement is given to it', () => {
    const out = speakers('Ông An nhận được thông tin từ Sở Y tế cho biết đã có thêm 5 ca mắc mới.');
    expect(out.filter((s) => s.org === 'Sở Y tế')).toEqual([]);
  });

  it('"Thông tin ban đầu từ X cho biết" after a date: a first report is still X\'s', () => {
    expect(speakers('Sáng 9/3, thông tin ban đầu từ Công an huyện Tân Lạc cho biết, hai xe máy đã va chạm trên quốc lộ 6.')).toMatchObject([
      { kind: 'organisation', org: 'Công an huyện Tân Lạc', name: null },
    ]);
  });

  it('"Theo thông tin ban đầu từ X, …" gives X too', () => {
    expect(speakers('Theo thông tin ban đầu từ Bệnh viện Đa khoa tỉnh Hà Giang, cả năm bệnh nhân đã qua cơn nguy kịch.')).toMatchObject([
      { kind: 'organisation', org: 'Bệnh viện Đa khoa tỉnh Hà Giang' },
    ]);
  });
});

describe('vi: a school in lower case is a body, and the name after its level is the school\'s', () => {
  it('"đại diện nhà trường THPT X" is a nameless representative, never a person named X', () => {
    expect(speakers('Đại diện nhà trường THPT Lạc Long Quân cho biết, buổi học sáng nay vẫn diễn ra bình thường.')).toMatchObject([
      { name: null, title: 'Đại diện', org: 'nhà trường THPT Lạc Long Quân' },
    ]);
  });

  it('"Hiệu trưởng trường THCS X" keeps the school as the org', () => {
    expect(speakers('Hiệu trưởng trường THCS Trần Phú cho biết, nhà trường đã mời phụ huynh đến làm việc.')).toMatchObject([
      { name: null, title: 'Hiệu trưởng', org: 'trường THCS Trần Phú' },
    ]);
  });
});

describe('vi: "Nguồn tin từ X" opening a clause is news from the body X', () => {
  it('the place after the body is no person, and "Nguồn tin" no title', () => {
    const out = speakers('Nguồn tin từ Công an huyện Hòa Vang cho hay, chiếc xe tải đã lao xuống mương lúc 5 giờ sáng.');
    expect(out).toMatchObject([{ kind: 'organisation', org: 'Công an huyện Hòa Vang', name: null, title: null }]);
  });

  it('after a date and a comma, in lower case', () => {
    expect(speakers('Chiều 4/10, nguồn tin từ Công an huyện Gio Linh cho biết, hai em nhỏ đã được đưa về nhà.')).toMatchObject([
      { kind: 'organisation', org: 'Công an huyện Gio Linh', name: null },
    ]);
  });

  it('no person named by the engine: the nameless source is left as it was read', () => {
    const out = speakers('Nguồn tin từ lực lượng cứu hộ cho biết, nước đã rút khỏi các tuyến đường chính.');
    expect(out.filter((s) => s.name !== null || s.kind === 'organisation')).toEqual([]);
  });

  it('"một nguồn tin từ X": a nameless source speaks, never the body alone', () => {
    const out = speakers('Một nguồn tin từ Bộ Ngoại giao cho biết, cuộc gặp sẽ diễn ra vào tuần tới.');
    expect(out.filter((s) => s.kind === 'organisation')).toEqual([]);
  });

  it('the sentence handed back keeps the page\'s own words', () => {
    const facts = viStatementExtractor.extract(
      docFromText(['Tin', 'Nguồn tin từ Công an huyện Hòa Vang cho hay, chiếc xe tải đã lao xuống mương.'], { lang: 'vi' }),
    );
    expect(facts.map((f) => f.sentence)).toEqual(['Nguồn tin từ Công an huyện Hòa Vang cho hay, chiếc xe tải đã lao xuống mương.']);
  });
});
