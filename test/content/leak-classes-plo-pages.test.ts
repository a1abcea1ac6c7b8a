import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../src/content/generic/index.js';

// Invented article text; the boxes around it have the shapes of the plo.vn dev page of plo-fixtures-vi (a 2025
// law story): a text-to-speech player with its voice picker above the body, photo grids whose one figcaption
// follows two or three figures, an in-body related card, an event-thread box with times, and the author block.
const VI = [
  'Ngày 9-10, cơ quan chức năng đã ban hành quyết định kháng nghị toàn bộ bản án sơ thẩm vụ tranh chấp hợp đồng.',
  'Theo hồ sơ, hai bên ký hợp đồng vay từ năm 2020 với thời hạn ba mươi sáu tháng và tài sản bảo đảm là quyền tài sản.',
  'Bị đơn cho biết đã trả nợ đến cuối năm 2022 nhưng sau đó gặp khó khăn nên đề nghị ngân hàng xem xét giảm lãi.',
  'Cơ quan kháng nghị cho rằng cấp sơ thẩm đã giải quyết vượt quá phạm vi yêu cầu khởi kiện của nguyên đơn.',
];

function textOf(body: string): string {
  const html = `<html lang="vi"><head><title>t</title></head><body>${body}</body></html>`;
  const m = extractGeneric(cheerio.load(html), 'https://plo.example.vn/vu-an-post1.html');
  return [m.lead, ...m.blocks.map((b) => b.text)].join('\n');
}

const voicePicker =
  `<div class="audio tts-player"><div class="left"><button class="play-button">Play</button>` +
  `<div class="time-display"> 0:00 / 0:00 </div></div><div class="right"><button class="select-voice">Nam miền Bắc</button>` +
  `<div class="voice-board"><ul><li><div class="voice-name">Nam miền Bắc</div></li><li><div class="voice-name">Nữ miền Nam</div></li></ul></div></div></div>`;
const grid =
  `<div class="layout-image-2"><figure><img src="a.jpg"></figure><figure><img src="b.jpg"></figure>` +
  `<figcaption>Các bên tại phiên tòa sơ thẩm. Ảnh: MINH AN</figcaption></div>`;
const related =
  `<div class="article-relate"><article class="story"><figure class="story__thumb"><a href="/x-post2.html"><img src="c.jpg"></a></figure>` +
  `<h2 class="story__heading"><a href="/x-post2.html">Bài học pháp lý từ vụ tranh chấp hợp đồng vay mua nhà</a></h2></article></div>`;
const thread =
  `<div class="related-topic"><h3 class="box-heading"><a href="/su-kien.html">Dòng sự kiện: Tranh chấp tín dụng</a></h3>` +
  `<div class="box-content"><article class="story"><h2 class="story__heading"><a href="/y-post3.html">Ngân hàng khởi kiện đòi nợ gốc và lãi</a></h2>` +
  `<time class="time" datetime="2025-10-08T10:24:00+0700">08/10/2025 10:24</time></article></div> Xem thêm </div>`;

describe('vi: voice picker, photo grids, related card, event thread and author block of a law page', () => {
  const page = textOf(
    `<div class="article"><h1 class="article__title cms-title">Kháng nghị hủy bản án sơ thẩm vụ vay mua nhà</h1>
      <time class="article__time" datetime="2025-10-09T17:55:47+0700">09/10/2025 17:55</time>
      <div class="article__sapo cms-desc"><p>(PLO)- Cơ quan chức năng đề nghị xét xử phúc thẩm theo hướng hủy bản án sơ thẩm.</p></div>
      ${voicePicker}
      <div class="article__body zce-content-body cms-body"><p>${VI[0]}</p><p>${VI[1]}</p>${grid}<h2>Kháng nghị vượt phạm vi</h2>
      <p>${VI[2]}</p><p>${VI[3]}</p>${related}${thread}
      <div class="article__meta"><div class="meta"><div class="author cms-author"><a href="/tac-gia/an.html">MINH AN</a></div></div></div></div></div>`,
  );

  it('keeps the standfirst, the body and its sub-heading', () => {
    expect(page).toContain('Cơ quan chức năng đề nghị xét xử phúc thẩm');
    for (const p of VI) expect(page).toContain(p);
    expect(page).toContain('Kháng nghị vượt phạm vi');
  });

  it('drops the grid caption, the related card, the event thread, the datelines and the author block', () => {
    for (const leak of [
      'Ảnh: MINH AN',
      'Bài học pháp lý từ vụ tranh chấp',
      'Dòng sự kiện',
      'Ngân hàng khởi kiện đòi nợ gốc',
      '08/10/2025 10:24',
      '09/10/2025 17:55',
    ]) {
      expect(page).not.toContain(leak);
    }
    expect(page).not.toMatch(/^MINH AN$/mu);
  });

  // Known gap, no dev page shows it (on the real page the player sits outside the chosen container): a voice
  // picker inside the article wrapper is read as text. This flips to a plain test once it is dropped.
  it.fails('drops the text-to-speech voice picker inside the article wrapper', () => {
    expect(page).not.toContain('Nam miền Bắc');
    expect(page).not.toContain('Nữ miền Nam');
  });
});
