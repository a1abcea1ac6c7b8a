import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * Vietnamese attribution shapes seen in real news (issue 19), on invented sentences: the speaker of every
 * statement found, in order; an empty list means no statement (a miss is better than the wrong person).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

function expectSpeakers(text: string, want: Array<Partial<Speaker>>): void {
  const got = speakers(text);
  expect(got).toHaveLength(want.length);
  want.forEach((w, i) => expect(got[i]).toMatchObject(w));
}

describe('vi: a description of the speaker runs to the verb', () => {
  it('a title, its unit, a place in parentheses', () => {
    expectSpeakers(
      'Thượng tá Trần Văn Nam - Trưởng công an huyện Krông Pắc (Đắk Lắk) cho biết đã bắt giữ hai nghi phạm.',
      [
      { key: 'tran van nam' },
    ]);
    expectSpeakers('Lãnh đạo phòng cảnh sát PCCC số 5 cho hay đã huy động 4 xe chữa cháy.', [
      { name: null, key: null, title: 'Lãnh đạo' },
    ]);
  });

  it('a title ending in a chain of places', () => {
    expectSpeakers(
      'Ông Đỗ Văn Tâm, Chủ tịch UBND xã Tân Lập, huyện Đan Phượng, Hà Nội cho biết xã đã sơ tán 30 hộ dân.',
      [
      { key: 'do van tam', title: 'Chủ tịch' },
    ]);
  });

  it('a description with no title, closed by a comma, after anh/chị', () => {
    expectSpeakers('Chị Nguyễn Thị Lan, chủ một quầy hàng ở chợ Bến Thành, cho hay giá rau đã tăng gấp đôi.', [
      { key: 'nguyen thi lan' },
    ]);
  });

  it('a foreign name before its title, and a foreign name at the end of a long title', () => {
    expectSpeakers('Maria Schmidt, giáo sư kinh tế tại Đại học Berlin, cho biết lạm phát sẽ giảm trong năm tới.', [
      { key: 'maria schmidt' },
    ]);
    expectSpeakers(
      'Người đứng đầu lực lượng gìn giữ hòa bình tại Lebanon Jean Moreau ngày 3.5 cho biết tình hình đã ổn định.',
      [
      { key: 'jean moreau' },
    ]);
  });
});

describe('vi: other attributions', () => {
  it('"Cũng theo X, …" and "Theo X thì …"', () => {
    expectSpeakers('Cũng theo ông Hùng, với lượng mưa lớn như vậy, nhiều tuyến đường sẽ ngập sâu.', [{ name: 'Hùng' }]);
    expectSpeakers('Theo bà Mai thì trường đã báo cáo sự việc lên phòng giáo dục.', [{ name: 'Mai' }]);
  });

  it('a quote followed by its attribution in lower case', () => {
    expectSpeakers('“Năm nay mùa màng thất bát quá” anh Tư nói.', [{ name: 'Tư' }]);
  });

  it('a second verb of the sentence subject, joined by "nhưng"', () => {
    expectSpeakers('HLV Park Hang-seo không hài lòng với trận hòa, nhưng cho rằng đội đã chơi đúng chiến thuật.', [
      { name: 'Park Hang-seo' },
    ]);
  });

  it('a company named like a person speaks as an organisation', () => {
    expectSpeakers('Công ty Phương Nam cho biết sẽ bồi thường cho khách hàng trong tháng này.', [
      { name: null, kind: 'organisation' },
    ]);
  });
});

describe('vi: ông and bà go to the nearest person of their gender', () => {
  it('"bà" skips the man named after the woman, "ông" the woman', () => {
    const text =
      'Bà Nguyễn Thị Hoa đã làm việc với ông Trần Văn Nam về kế hoạch tiêm chủng. ' +
      'Theo bà, tỉnh sẽ tiêm xong trong tháng này.';
    expectSpeakers(text, [{ key: 'nguyen thi hoa' }]);
    expectSpeakers('Ông Trần Văn Nam đã gặp bà Nguyễn Thị Hoa sáng nay. Ông cho biết hai bên thống nhất lịch tiêm.', [
      { key: 'tran van nam' },
    ]);
  });

  it('two people of the same gender in that sentence: no statement rather than one with no speaker', () => {
    expectSpeakers('Ông Trần Văn Nam đã gặp ông Lê Văn Hùng sáng nay. Ông cho biết hai bên thống nhất lịch tiêm.', []);
  });
});

describe('vi: no statement rather than the wrong speaker', () => {
  it('the person after a preposition is not the subject: the verb goes to the sentence subject', () => {
    expectSpeakers(
      'Bộ trưởng Tư pháp Pháp Jean Dupont, một đồng minh của Tổng thống Emmanuel Macron, vừa tuyên bố sẽ từ chức.',
      [
      { key: 'jean dupont' },
    ]);
  });

  it('a speech word that reports nothing', () => {
    expectSpeakers('Ông Tám, 70 tuổi, bị tai biến mạch máu não, nay nói ngọng, liệt nửa người.', []);
    expectSpeakers('Ông Trần Văn Hải bị cáo buộc nhận hối lộ 2 tỉ đồng trong dự án.', []);
    expectSpeakers('Nguyễn Văn An và Trần Quốc Bảo đang chia sẻ vị trí dẫn đầu giải đấu.', []);
  });
});

describe('vi: the capitals after a title', () => {
  it('close with a name, split from the body', () => {
    expectSpeakers('Tổng giám đốc Hòa Bình Capital Việt Nam Lê Văn Tuấn cho rằng thị trường sẽ hồi phục.', [
      { key: 'le van tuan', title: 'Tổng giám đốc' },
    ]);
    expectSpeakers('Phó Chủ tịch LĐBĐ Thái Lan Somchai Pattana cho rằng đội nhà cần thay đổi lối chơi.', [
      { key: 'somchai pattana' },
    ]);
  });

  it('give no statement when body and name cannot be told apart', () => {
    expectSpeakers('Tổng thống Costa Verde Roberto Mendez Alva tiết lộ chính phủ đã mua thêm trái phiếu.', []);
  });
});

describe('vi: stop conditions', () => {
  it('a second title of a named speaker keeps the name', () => {
    const text = 'Đại tá Phạm Văn Hòa - Chánh văn phòng, Người phát ngôn Bộ Công an - cho biết dân cần cảnh giác.';
    expectSpeakers(text, [{ key: 'pham van hoa' }]);
  });

  it('a source the grammar cannot read owns its sentence', () => {
    expectSpeakers('Theo Globo, trong buổi họp báo, Tổng thống trả lời tổng cộng 50 câu hỏi.', []);
    expectSpeakers('Theo kết luận của đoàn kiểm tra, Ban giám đốc bệnh viện đã chỉ đạo lập quỹ riêng.', []);
  });

  it('a body after a preposition, an address after a comma, a subordinate clause give no speaker', () => {
    expectSpeakers('Quy định mới của Ban Bí thư nhấn mạnh yêu cầu mỗi cán bộ chỉ có một hồ sơ.', []);
    expectSpeakers('Bà Lan chế giễu đối thủ sau khi Tổng thống Smith yêu cầu thu hẹp cuộc tập trận.', []);
  });

  it('a name inside the first clause is not the subject of the second verb', () => {
    const got = speakers(
      'Chủ tịch Nguyễn Văn Hùng vào phòng thay đồ. Ông đánh giá cao nỗ lực của HLV Park Minh, ' +
        'đồng thời nhấn mạnh đội không được chủ quan.',
    );
    expect(got.some((s) => s.key === 'park minh')).toBe(false);
  });
});

describe('vi: unnamed speakers', () => {
  it('groups and bodies speak without a name', () => {
    expectSpeakers('Các nhà khoa học Nga cho rằng mật ong giúp phục hồi thị lực.', [{ name: null, key: null }]);
    const experts = 'Theo các chuyên gia tiêu hóa, người bệnh nên điều chỉnh chế độ ăn uống.';
    expectSpeakers(experts, [{ name: null, key: null }]);
    expectSpeakers('Bộ này lưu ý người dân không tự ý mua thuốc về dùng.', [{ name: null, org: 'Bộ này' }]);
    expectSpeakers('Công an quận 8 nhận định, vụ án còn liên quan nhiều đối tượng khác.', [{ org: 'Công an quận 8' }]);
  });

  it('a foreign name opening with a known given name is a bare subject', () => {
    expectSpeakers('Thomas Berger cho rằng hai nước cần đối thoại sớm.', [{ key: 'thomas berger' }]);
    expectSpeakers('Gamma Holdings cho rằng hai nước cần đối thoại sớm.', []);
  });
});

/**
 * Bare given names, bodies, second verbs (shapes of sentences-vi-v4 dev): each sentence and the speakers it gives,
 * in order; [] is no statement.
 */
const BARE_NAMES_BODIES_SECOND_VERBS: Array<[string, string, Array<Partial<Speaker>>]> = [
  [
    'a bare given name after an opening phrase',
    'Sau khi tốt nghiệp, Hoài cho biết muốn quay về quê làm việc.',
    [{ name: 'Hoài' }],
  ],
  [
    'two given names before a colon',
    'Minh Châu nói: "Tôi chưa bao giờ nghĩ sẽ thắng giải này."',
    [{ name: 'Minh Châu' }],
  ],
  ['a given and a family name', 'Tuấn Bùi chia sẻ anh may mắn khi có gia đình ủng hộ.', [{ name: 'Tuấn Bùi' }]],
  [
    'a given name, a description between dashes',
    'Lan - cũng học lớp 12 - cho biết: "Kỳ thi năm nay khó hơn."',
    [{ name: 'Lan' }],
  ],
  [
    'an unknown word that is no given name',
    'Comac cho biết họ đã nhận được hơn 1.000 đơn hàng cho dòng máy bay này.',
    [],
  ],
  [
    'a bare body head',
    'Hãng cho biết dự kiến nhận 4 chiếc máy bay còn lại trong năm nay.',
    [{ name: null, org: 'Hãng' }],
  ],
  [
    'a body head and its field',
    'Cơ quan khí tượng nhận định nhiệt độ tháng tới sẽ cao hơn trung bình.',
    [{ org: 'Cơ quan khí tượng' }],
  ],
  [
    'an army and its country',
    'Quân đội Nga cho biết hai binh sĩ đã bị bắt ngay sau vụ việc.',
    [{ name: null, org: 'Quân đội Nga' }],
  ],
  [
    'a legislator, a party, a foreign name',
    'Nghị sĩ đảng Xanh đối lập Anna Keller nói chính phủ đã chậm trễ trong việc phê chuẩn.',
    [{ key: 'anna keller', title: 'Nghị sĩ' }],
  ],
  [
    'a governor, a city, a name',
    'Tỉnh trưởng Kharkiv Ivan Petrenko cho biết hạ tầng năng lượng đã bị trúng tên lửa.',
    [{ key: 'ivan petrenko' }],
  ],
  [
    'a title naming the members of a body',
    'Nhà thơ Trần Văn Lâm - Chủ tịch Hội Nhà văn Việt Nam - cho biết buổi đọc thơ sẽ diễn ra tối mai.',
    [{ key: 'tran van lam', org: 'Hội Nhà văn Việt Nam' }],
  ],
  [
    'a second verb after a bare comma',
    'Bà Lê Thị Hoa nói giá rau đã tăng gấp đôi trong tuần qua, khẳng định nguồn cung vẫn đủ cho thành phố.',
    [{ key: 'le thi hoa' }, { key: 'le thi hoa' }],
  ],
  ['a street is no speaker', 'Nhiều người sống ở đường Lê Văn Sỹ cho biết họ nghe tiếng nổ lúc nửa đêm.', []],
  ['a paper is no speaker', 'Trên tờ Daily Herald, hoàng tử cho biết anh chưa có ý định kết hôn.', []],
  [
    'one word after "đại diện" is the body',
    '"Nhiều công ty sẽ mở rộng ra Hà Nội", đại diện Savills nhận định.',
    [{ name: null, key: null, title: 'Đại diện', org: 'Savills' }],
  ],
  [
    'a portfolio after a title is no name',
    'Bộ trưởng Du lịch cho hay chỉ khoảng 40 khách sạn trên đảo bị hư hại.',
    [{ name: null, key: null, title: 'Bộ trưởng', org: 'Du lịch' }],
  ],
  [
    'an acronym opening the sentence',
    'IDF cho biết quân đội đã phá hủy hơn 20 đường hầm trong tuần qua.',
    [{ name: null, org: 'IDF' }],
  ],
  [
    'an acronym inside a description',
    'Laura Price, cựu vận động viên NBA, cho biết cô chưa từng nghĩ sẽ quay lại sân đấu.',
    [{ key: 'laura price' }],
  ],
  [
    'a foreign name described as a person',
    'Kenji Tanaka, người dẫn đầu đoàn leo núi, cho hay thời tiết đã xấu đi nhanh chóng.',
    [{ key: 'kenji tanaka' }],
  ],
  [
    'a second verb after "và"',
    'Tehran cho biết đã bắt giữ hai nghi phạm và yêu cầu Washington giải thích về vụ việc.',
    [{ org: 'Tehran' }, { org: 'Tehran' }],
  ],
  [
    'a body with six lower-case words',
    'Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo mưa lớn sẽ kéo dài đến cuối tuần.',
    [{ org: 'Trung tâm Dự báo khí tượng thủy văn quốc gia' }],
  ],
  [
    'a province in parentheses after a body',
    'UBND xã Ea Tul (Đắk Lắk) cho biết đã di dời 40 hộ dân khỏi vùng sạt lở.',
    [{ org: 'UBND xã Ea Tul (Đắk Lắk)' }],
  ],
  [
    'a district speaks',
    'Huyện Mường Tè đã đề nghị tỉnh hỗ trợ khẩn cấp lương thực cho người dân vùng lũ.',
    [{ org: 'Huyện Mường Tè' }],
  ],
  [
    '"hàng không" in a description',
    'Quan chức hàng không Thái Lan cho biết chuyến bay đã hạ cánh an toàn.',
    [{ name: null, title: 'Quan chức' }],
  ],
  ['an owner', 'Chủ cơ sở cho biết đám cháy bắt đầu từ kho chứa hàng.', [{ name: null, title: 'Chủ cơ sở' }]],
  [
    '"trước đây" opens a clause',
    'Bà Lê Thị Hoa cho rằng trước đây, các doanh nghiệp chỉ tuyển lao động dưới 35 tuổi.',
    [{ key: 'le thi hoa' }],
  ],
  ['"trước báo chí" opens none', 'Ông Trần Văn Bình phát biểu trước báo chí tại buổi lễ khai mạc hôm qua.', []],
  [
    'a given name that is also a country after "anh"',
    '"Năm nay cá về chợ nhiều gấp ba ngày thường", anh Mỹ, chủ một sạp cá lâu năm trong chợ, cho biết.',
    [{ name: 'Mỹ' }],
  ],
  [
    '"cơ quan này" speaks',
    '"Đây là mục tiêu then chốt của đối phương", cơ quan này cho hay.',
    [{ org: 'cơ quan này' }],
  ],
  [
    'a body heard by others does not',
    'Nhiều người chỉ nghe cơ quan khí tượng thông báo, chứ không hiểu rõ các khái niệm về nắng nóng.',
    [],
  ],
  ['a report is no body', 'Báo cáo giám định cho biết tàu đã bị hư hỏng nặng phần mũi.', []],
  ['"nêu ra" opens no clause', 'Cơ quan thuế nêu ra một số điều kiện để người dân được thưởng.', []],
];

describe('vi: bare given names, bodies, second verbs', () => {
  it.each(BARE_NAMES_BODIES_SECOND_VERBS)('%s', (_name, text, want) => expectSpeakers(text, want));
});

describe('vi: a body after a person’s title and unit is where the person works (round 5)', () => {
  it('title, unit, then the body and the verb: the person speaks', () => {
    expectSpeakers(
      'Bà Trần Thị Mai, Phó Trưởng phòng Quản lý đô thị, Sở Xây dựng Hải Phòng cho biết đã cấp phép cho 12 dự án.',
      [{ key: 'tran thi mai', title: 'Phó Trưởng phòng', org: 'Sở Xây dựng Hải Phòng' }],
    );
    expectSpeakers(
      'Ông Lê Văn Hùng - Phó Trưởng phòng Đào tạo và Khảo thí Trường Đại học Vinh cho rằng thí sinh cần chuẩn bị sớm.',
      [{ key: 'le van hung' }],
    );
  });

  it('a quote attributed after it, with the body before the verb', () => {
    expectSpeakers('"Chúng tôi sẽ kiểm tra lại toàn bộ hồ sơ", ông Trần Văn Nam, Phó Giám đốc, Sở Y tế Hà Nội cho biết.', [
      { key: 'tran van nam' },
    ]);
  });

  it('a body that speaks on its own stays the speaker', () => {
    expectSpeakers('Sở Y tế Hà Nội cho biết đã cấp phép cho 12 cơ sở mới trong năm nay.', [
      { name: null, org: 'Sở Y tế Hà Nội' },
    ]);
  });
});

describe('vi: a bare name as the source of "Theo X," (round 5)', () => {
  it('Vietnamese given names, a stage name, a known foreign given name', () => {
    expectSpeakers('Theo Lan Viên, điểm mạnh của mình đến từ sự quyết tâm.', [{ name: 'Lan Viên' }]);
    expectSpeakers('Theo Hòa Minzy, cô đã vượt qua giới hạn bản thân trong đêm diễn.', [{ name: 'Hòa Minzy' }]);
    expectSpeakers('Theo Paul, nhiều cộng đồng sống tách biệt vẫn theo luật riêng.', [{ name: 'Paul' }]);
    expectSpeakers('Theo Matthew Walker, giáo sư thần kinh học, não bộ cần giấc ngủ sâu.', [{ key: 'matthew walker' }]);
  });

  it('an unknown single word after Theo gives no statement rather than a guess', () => {
    expectSpeakers('Theo Zentrix, doanh thu quý này tăng mạnh so với cùng kỳ.', []);
  });
});

describe('vi: people described by their role speak without a name (round 5)', () => {
  it('role nouns after a quote and before the verb', () => {
    expectSpeakers('"Nghề giáo là nghề cao quý, cần được chăm lo hơn nữa", một giáo viên bày tỏ.', [
      { name: null, key: null, title: 'Giáo viên' },
    ]);
    expectSpeakers('"Em có thể làm tốt hơn ở câu cuối cùng của đề thi", nữ sinh nói.', [{ name: null, key: null }]);
  });

  it('thầy and bạn are honorifics before a name', () => {
    expectSpeakers('"Học sinh phải duy trì phong độ đến phút cuối", thầy Kiên nói.', [{ name: 'Kiên' }]);
  });

  it('"phát biểu khai mạc" is a speech with no content', () => {
    expectSpeakers('Ông Vũ Duy Hiền, Chánh Văn phòng hiệp hội, phát biểu khai mạc tọa đàm về an toàn mạng.', []);
  });
});

describe('vi: "Theo ông X," before a clause that opens with a role noun (round 5)', () => {
  it('the source ends at its comma', () => {
    expectSpeakers('Theo ông Hòa, người mẹ chồng mắng con dâu đang ở cữ là quá sai.', [{ name: 'Hòa', title: null }]);
  });
});

describe('vi: quotes and names seen in round 5', () => {
  it('straight marks inside a curly quote do not end it', () => {
    const got = viStatementExtractor
      .extract(
        docFromText(['Tin', '“Học sinh bớt tập trung "cày" chứng chỉ, cày giải thưởng để học thật”, thầy Kiên nói.'], {
          lang: 'vi',
        }),
      )
      .flatMap((f) => (f.type === 'statement' ? [f.quote] : []));
    expect(got).toHaveLength(1);
    expect(got[0]).toContain('Học sinh bớt tập trung');
  });

  it('a capitalised Ông opening the sentence is the honorific, and given names follow it', () => {
    expectSpeakers('Ông Quốc Anh đồng tình, cho rằng đây là ràng buộc kép với thí sinh.', [{ name: 'Quốc Anh' }]);
  });
});

describe('quotes opened curly and closed straight (round 5)', () => {
  it('a lone straight mark before the attribution closes the curly quote', () => {
    expectSpeakers('“Chúng tôi đã kiểm tra toàn bộ hồ sơ của dự án," ông Trần Văn Nam nói.', [{ key: 'tran van nam' }]);
  });
});

describe('vi: a second verb after a quote’s attribution (round 5)', () => {
  it('", X nói, cho biết …" and ", X nói, và đề nghị …" are two statements of X', () => {
    expectSpeakers('"Tôi lo lắng về sức khỏe nhiều hơn", Felthager nói, cho biết một thay đổi nhỏ cũng khiến cô sợ.', [
      { key: 'felthager' },
      { key: 'felthager' },
    ]);
    expectSpeakers(
      '"Việc này phải giải quyết sớm", ông Nguyễn Văn Dũng nói, và đề nghị chính quyền vận động người dân trả lại mặt bằng.',
      [{ key: 'nguyen van dung' }, { key: 'nguyen van dung' }],
    );
  });

  it('no second statement when nothing is said after the second verb', () => {
    expectSpeakers('"Việc này phải giải quyết sớm", ông Nguyễn Văn Dũng nói.', [{ key: 'nguyen van dung' }]);
  });
});

describe('vi: sources and clauses seen in round 5', () => {
  it('"Theo thông tin từ cảnh sát X," is the police speaking', () => {
    expectSpeakers('Theo thông tin từ cảnh sát Ấn Độ, ba nạn nhân sống cùng gia đình tại một khu chung cư.', [
      { name: null, org: 'cảnh sát Ấn Độ' },
    ]);
  });

  it('after the verb’s comma a clause may open with a topic', () => {
    expectSpeakers('Vị chuyên gia cho rằng, với đối tượng phạm nhiều tội, hình phạt có thể rất nghiêm khắc.', [
      { name: null, title: 'Chuyên gia' },
    ]);
  });

  it('the "báo" of "thông báo" or "họp báo" is no newspaper', () => {
    expectSpeakers('Sáng nay, Công an tỉnh Gia Lai sẽ tổ chức họp báo công bố thông tin liên quan vụ cướp ngân hàng', []);
  });
});

describe('vi: a body after a preposition is an object (round 5)', () => {
  it('"văn bản của Bộ Xây dựng nêu rõ" is a document, no speaker', () => {
    expectSpeakers('Về việc này, văn bản của Bộ Xây dựng nêu rõ: “Việc điều chuyển tài sản mang lại hiệu quả cao hơn”.', []);
  });
});

describe('vi: anh/chị after a quote is the person named before (round 5)', () => {
  it('"…" chị nói resolves to the woman named in the sentence before', () => {
    expectSpeakers(
      'Chị Nguyễn Thị Kim Oanh đi 20 km để mua hàng. "Tôi chọn siêu thị này vì giá ổn định, không tăng nhiều" chị nói.',
      [{ key: 'nguyen thi kim oanh' }],
    );
  });

  it('anh addressing someone in a question is no speaker', () => {
    expectSpeakers('Tại sao anh cho rằng mình không may mắn trong cuộc sống?', []);
  });
});

describe('vi: places are no people (round 6)', () => {
  it('a name after an administrative unit is a place ("phường Kim Dinh", "TP Bà Rịa")', () => {
    expectSpeakers('Anh Trần Văn Hậu, công chức tư pháp phường Kim Hải, TP Bà Điểm cho biết hồ sơ sẽ được trả trong ngày.', [
      { key: 'tran van hau' },
    ]);
    expectSpeakers('Hội Nông dân huyện Lạc Thủy triển khai hội nghị chia sẻ kinh nghiệm trồng cam cho hội viên.', []);
  });

  it('after a party committee head, three syllables are its secretary, two its place', () => {
    expectSpeakers('Bí thư Tỉnh ủy Trần Minh Hải nhấn mạnh: "Đây là nhiệm vụ quan trọng nhất của nhiệm kỳ này".', [
      { key: 'tran minh hai', title: 'Bí thư', org: 'Tỉnh ủy' },
    ]);
    expectSpeakers('Ông Hoàng Văn Bình, Bí thư Huyện ủy Lạc Thủy cho biết huyện đã di dời 40 hộ dân khỏi vùng sạt lở.', [
      { key: 'hoang van binh', org: 'Huyện ủy Lạc Thủy' },
    ]);
  });

  it('a capital, a lower-case word and a capital after a title are the title’s words, not a name', () => {
    expectSpeakers('Tân Hoa hậu Biển xanh Việt Nam chia sẻ: “Tôi sẽ dành một năm để đi khắp các vùng biển”.', [
      { name: null, title: 'Hoa hậu' },
    ]);
    expectSpeakers('Thủ tướng Orban cuối tháng 1 nói Hungary sẽ phê chuẩn hiệp ước sớm nhất có thể.', [{ name: 'Orban' }]);
  });
});

describe('vi: speech words that are nouns or no saying (round 6)', () => {
  it('"Tiếng nói" in a broadcaster’s name and "thông tin" after a verb are no speech verbs', () => {
    expectSpeakers('Tham dự buổi lễ có lãnh đạo Đài Tiếng nói Việt Nam và lãnh đạo các cơ quan thuộc Đài.', []);
    expectSpeakers('Trung tâm điều hành 113 lập tức xử lý thông tin và báo cáo lãnh đạo Công an tỉnh.', []);
  });

  it('"khẳng định vị thế" establishes a standing; "phát biểu trong chương trình" has no content', () => {
    expectSpeakers('Đội bóng Sông Lam tiếp tục khẳng định vị thế đội bóng hàng đầu với chức vô địch thứ năm.', []);
    expectSpeakers('Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng phát biểu trong chương trình.', []);
  });

  it('"cho rằng điều này sẽ …" is a clause', () => {
    expectSpeakers('Tổng Biên tập Robert Smith cho rằng điều này sẽ góp phần nâng cao hiểu biết giữa hai nước.', [
      { key: 'robert smith' },
    ]);
  });
});

describe('vi: sources written in other ways (round 6)', () => {
  it('"Mặc dù vậy theo X," and a body in lower case after "Theo"', () => {
    expectSpeakers('Mặc dù vậy theo Tổng thống Erdogan, tiến độ dự án vẫn đang bị chậm trễ.', [{ name: 'Erdogan' }]);
    expectSpeakers('Theo sở Y tế tỉnh Cà Mau, toàn tỉnh có 12 ca mắc sốt xuất huyết trong tuần qua.', [
      { name: null, org: 'sở Y tế tỉnh Cà Mau' },
    ]);
  });

  it('an unnamed role and a manner word before the verb', () => {
    expectSpeakers('Một nhà giao dịch tại Mumbai cho biết giá gạo tăng do đồng rupee biến động mạnh.', [
      { name: null, title: 'Nhà giao dịch' },
    ]);
    expectSpeakers('Chị Mai, một du khách đến từ Huế, hào hứng chia sẻ: “Pháo hoa năm nay đẹp hơn hẳn mọi năm”.', [
      { name: 'Mai' },
    ]);
  });
});

describe('vi: a description pointing back that no one fits (round 6)', () => {
  it('"bị cáo này" resolves to the person named before; when no one fits, no statement rather than no name', () => {
    expectSpeakers(
      'Tại tòa, ca sĩ Lam Tây bị truy tố vì đã mua ma túy cho bạn. Đồng thời, bị cáo này cũng thừa nhận hành vi như cáo trạng nêu.',
      [{ key: 'lam tay' }],
    );
    expectSpeakers(
      'Tại tòa, người mẫu Ly Na bị truy tố vì đã mua ma túy cho bạn. Đồng thời, bị cáo này cũng thừa nhận hành vi như cáo trạng nêu.',
      [],
    );
  });

  it('opening a text it stands as written, with no name', () => {
    expectSpeakers('“Không ai có thể đứng ngoài pháp luật”, vị luật sư này nhấn mạnh.', [{ name: null, title: 'Luật sư' }]);
  });
});

describe('vi: a reporting verb opening the sentence before its subject (round 6)', () => {
  it('"Khẳng định A, X nhấn mạnh B": two statements of X', () => {
    const got = viStatementExtractor
      .extract(docFromText(['Tin', 'Khẳng định hai nước luôn coi trọng quan hệ truyền thống, Đại sứ Trần Minh Đức nhấn mạnh Việt Nam mong muốn mở rộng hợp tác.'], { lang: 'vi' }))
      .flatMap((f) => (f.type === 'statement' ? [[f.speaker.key, f.quote]] : []));
    expect(got).toEqual([
      ['tran minh duc', 'hai nước luôn coi trọng quan hệ truyền thống'],
      ['tran minh duc', 'Việt Nam mong muốn mở rộng hợp tác'],
    ]);
  });

  it('"Khẳng định “A”, ông X cho biết B": the quote and the clause after the attribution', () => {
    const got = viStatementExtractor
      .extract(docFromText(['Tin', 'Khẳng định “kết quả năm nay rất khả quan”, ông Lê Văn Hòa cho biết tỉnh sẽ tăng vốn đầu tư.'], { lang: 'vi' }))
      .flatMap((f) => (f.type === 'statement' ? [[f.speaker.key, f.quote]] : []));
    expect(got).toEqual([
      ['le van hoa', 'kết quả năm nay rất khả quan'],
      ['le van hoa', 'tỉnh sẽ tăng vốn đầu tư'],
    ]);
  });

  it('a fronted phrase that is no reporting verb gives one statement', () => {
    expectSpeakers('Phát biểu tại hội nghị, Bộ trưởng Trần Văn Sơn cho biết ngành sẽ giảm thủ tục.', [{ key: 'tran van son' }]);
  });
});

describe('vi: the speaker’s body in parentheses before the comma of "Theo X" (round 6)', () => {
  it('a foreign and a Vietnamese name', () => {
    expectSpeakers('Theo chuyên gia Maria Lopez (Ngân hàng Thế giới), xuất khẩu điện tử sẽ còn tăng mạnh trong năm tới.', [
      { key: 'maria lopez' },
    ]);
    expectSpeakers('Theo ông Nguyễn Văn An (Viện Kinh tế), lãi suất sẽ giữ ổn định đến cuối năm nay.', [{ key: 'nguyen van an' }]);
  });
});

describe('vi: precision shapes of round 7 (VnExpress, October 2020)', () => {
  it('a body closing a chain of appositives is the person’s, not the speaker', () => {
    expectSpeakers('Bà Lê Thị Lan, Phó phòng Quản lý đô thị, Sở Xây dựng, cho biết dự án sẽ khởi công vào tháng tới.', [
      { key: 'le thi lan' },
    ]);
    expectSpeakers(
      'Ngày 5/3, đại tá Phạm Văn Hùng, Cục trưởng Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an, giải thích việc cấp thẻ bị chậm do thiếu phôi.',
      [{ key: 'pham van hung' }],
    );
  });

  it('a chain of several bodies after the person, the last one right before the verb', () => {
    expectSpeakers(
      'Ông Nguyễn Văn Khang, dân tộc Mnông, Phòng Cảnh sát cơ động, Công an tỉnh Đắk Lắk chia sẻ rằng chương trình rất vui.',
      [{ key: 'nguyen van khang' }],
    );
  });

  it('an age in parentheses before the comma of a role', () => {
    expectSpeakers('Anh Trần Văn Tuấn (33 tuổi), công nhân cho biết nhiều người đã chạy ra ngoài.', [{ key: 'tran van tuan' }]);
  });

  it('a project board in the title ("dự án" is no "dự")', () => {
    expectSpeakers('Ông Lê Văn Hải, Giám đốc Ban quản lý dự án TP Bảo Lộc cho rằng, nguyên nhân là do mưa lớn kéo dài.', [
      { key: 'le van hai', title: 'Giám đốc' },
    ]);
  });

  it('an event after "phát biểu" and "nói nhiều" are no content', () => {
    expectSpeakers('Bộ trưởng Nguyễn Văn Hùng phát biểu trong buổi lễ ở tỉnh Nam Định hôm 10/2.', []);
    expectSpeakers('Anh ta thường xuyên khen cô, nói nhiều đến mức làm cô đỏ mặt.', []);
    expectSpeakers('Ông Nguyễn Văn An cho biết trong cuộc họp sáng nay, Bộ đã thống nhất phương án.', [{ key: 'nguyen van an' }]);
  });

  it('the agent of a passive with a purpose, and a body after "trình", give no statement', () => {
    expectSpeakers('Đây là một trong sáu dự án được Sở Giao thông Vận tải thành phố đề xuất để giảm ùn tắc ở cửa ngõ sân bay.', []);
    expectSpeakers(
      'Dự thảo luật mới nhất được Bộ Tư pháp trình Quốc hội cũng đề xuất hệ thống camera sẽ được tích hợp về một đầu mối.',
      [],
    );
    expectSpeakers('Món này được bác sĩ cảnh báo người già nên tránh.', [{ title: 'Bác sĩ' }]);
  });

  it('the body speaks when the person before it is an object', () => {
    expectSpeakers('Sau cuộc họp với ông Nguyễn Văn An, Sở Y tế cho biết bệnh viện đã sẵn sàng tiếp nhận bệnh nhân.', [
      { name: null, kind: 'organisation' },
    ]);
  });

  it('a deputy sub-department head written in lower case keeps the name', () => {
    expectSpeakers('Ông Trần Văn Bảo, Phó chi cục trưởng thủy lợi Nghệ An, nói hồ chứa vẫn an toàn trong đợt mưa này.', [
      { key: 'tran van bao', title: 'Phó chi cục trưởng' },
    ]);
  });

  it('an interview question is no statement', () => {
    expectSpeakers('- Ông nhận định thế nào về đợt mưa lũ đang diễn ra ở miền Bắc?', []);
    expectSpeakers('- Là người chỉ đạo công tác cứu hộ, ông đánh giá việc hỗ trợ người dân thời gian qua ra sao?', []);
  });

  it('a speech word before "của" or after a nominaliser is a noun', () => {
    expectSpeakers('Ngày 2/4, Văn phòng Chính phủ truyền đạt chỉ đạo của Phó thủ tướng Lê Văn Thành.', []);
    expectSpeakers(
      'Tài liệu này giúp Hội đồng Giáo sư Nhà nước có thêm tư liệu tham khảo trong quá trình đánh giá hồ sơ ứng viên.',
      [],
    );
  });
});

describe('vi: round 8, both tone spellings', () => {
  it('"uỷ" and "ủy" name the same body', () => {
    expectSpeakers('Lãnh đạo Thành uỷ Hải Phòng nhấn mạnh thành phố sẽ xử lý dứt điểm các dự án chậm tiến độ.', [
      { name: null, key: null, title: 'Lãnh đạo' },
    ]);
    expectSpeakers('Lãnh đạo Thành ủy Hải Phòng nhấn mạnh thành phố sẽ xử lý dứt điểm các dự án chậm tiến độ.', [
      { name: null, key: null, title: 'Lãnh đạo' },
    ]);
  });

  it('a country in the other spelling is no name', () => {
    expectSpeakers('Nhà chức trách Thuỵ Điển nhận định đây là vụ tấn công có tổ chức.', [
      { name: null, kind: 'organisation' },
    ]);
  });
});

describe('vi: round 8, verbs and sources', () => {
  it('"kiến nghị" after a quote reports it; the noun gives nothing', () => {
    expectSpeakers('"Cần rà soát lại toàn bộ quy hoạch này", ông Trần Văn Nam kiến nghị.', [{ key: 'tran van nam' }]);
    expectSpeakers('Các kiến nghị của cử tri đã được tổng hợp gửi tới Quốc hội.', []);
  });

  it('what a witness told the police, and a household speaking', () => {
    expectSpeakers('Theo khai báo của thuyền trưởng, tàu nhận số hàng trên tại vùng biển Cô Tô.', [
      { name: null, title: 'Thuyền trưởng' },
    ]);
    expectSpeakers('"Nước lên nhanh quá, chúng tôi không kịp chạy đồ", một hộ dân nói.', [{ name: null, title: 'Hộ dân' }]);
  });
});

describe('vi: round 8, a parenthesis before the verb', () => {
  it('a body with its district and province in parentheses', () => {
    expectSpeakers('Công an xã Tân Lập (huyện Đan Phượng, Hà Nội) cho biết đã bắt giữ hai nghi phạm.', [
      { name: null, kind: 'organisation' },
    ]);
  });

  it('a person with two institutes in parentheses', () => {
    expectSpeakers('GS Trần Văn Minh (Viện Vật lý, Viện Hàn lâm Khoa học) cho biết kết quả sẽ được công bố vào tháng tới.', [
      { key: 'tran van minh' },
    ]);
  });

  it('a quote mark inside the parenthesis stops the run', () => {
    expectSpeakers('Ông Trần Văn Minh (“người giữ rừng” của bản) cho biết đàn voi đã rời đi.', []);
  });
});

describe('vi: round 8, a committee named by its field', () => {
  it('"Ban chỉ đạo … về …" is one body, after "Theo" and before a verb', () => {
    expectSpeakers('Theo Ban chỉ đạo Trung ương về phòng chống thiên tai, mưa lũ đã làm 12 người chết.', [
      { name: null, kind: 'organisation', org: 'Ban chỉ đạo Trung ương về phòng chống thiên tai' },
    ]);
    expectSpeakers('Ủy ban Quốc gia về người cao tuổi cho biết sẽ tăng mức trợ cấp từ tháng sau.', [
      { name: null, kind: 'organisation', org: 'Ủy ban Quốc gia về người cao tuổi' },
    ]);
  });

  it('a ministry takes no field: "về việc này" is no part of it', () => {
    expectSpeakers('Bộ Y tế về việc này cho biết sẽ tăng mức trợ cấp.', []);
  });
});

describe('vi: round 8, a term quoted inside a quote', () => {
  it('“… “term” …” stays one quote with its speaker', () => {
    expectSpeakers('Chị Nguyễn Thị Lan, Giám đốc công ty, chia sẻ: “Chúng tôi không muốn khách mua kiểu “hên xui” nên đã đổi cách bán”.', [
      { key: 'nguyen thi lan' },
    ]);
  });
});
