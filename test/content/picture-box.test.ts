import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../src/content/generic/index.js';

// Invented article text; the picture box has the shape of a 2020 tribunnews page (multisite-id): the photo sits
// two wrappers and a lightbox link below the box that also holds its credit and caption lines.
const ID = [
  'Pemerintah kota meresmikan jembatan penyeberangan baru di depan stasiun pusat pada Senin pagi.',
  'Menurut kepala dinas perhubungan, jembatan itu dibangun agar pejalan kaki tidak lagi menyeberang di jalur cepat.',
  'Warga sekitar menyambut baik pembangunan tersebut karena selama ini kawasan itu rawan kecelakaan.',
  'Dinas berencana membangun dua jembatan serupa di kawasan pasar dan terminal pada tahun depan.',
];

function textOf(body: string): string {
  const html = `<html lang="id"><head><title>t</title></head><body>${body}</body></html>`;
  const m = extractGeneric(cheerio.load(html), 'https://www.example.co.id/news/2020/05/04/a');
  return [m.lead, ...m.blocks.map((b) => b.text)].join('\n');
}

const linkedPicture = (credit: string, caption: string): string =>
  `<div id="artimg"><div class="pb20 ovh"><div class="ovh imgfull_div"><a class="glightbox" href="/f.jpg">` +
  `<img class="imgfull" src="/f.jpg" alt=""></a></div><div class="f11 white">${credit}</div>` +
  `<div class="arial f12 grey2">${caption}</div></div></div>`;

describe('id: credit and caption lines beside a picture behind a lightbox link', () => {
  const page = textOf(
    `<h1>Jembatan penyeberangan baru diresmikan</h1><div id="article_con">` +
      linkedPicture('Tangkapan Layar Kamera Warga', 'Jembatan penyeberangan di depan stasiun pusat') +
      ID.map((p) => `<p>${p}</p>`).join('') +
      `</div>`,
  );

  it('keeps the article paragraphs', () => {
    for (const p of ID) expect(page).toContain(p);
  });

  it('drops the credit and the caption of the picture box', () => {
    expect(page).not.toContain('Tangkapan Layar Kamera Warga');
    expect(page).not.toContain('Jembatan penyeberangan di depan stasiun pusat');
  });
});

describe('id: a paragraph of text beside a picture stays when the box holds more than a caption', () => {
  const long = ID.join(' ');
  const page = textOf(
    `<h1>Jembatan penyeberangan baru diresmikan</h1><div id="article_con">` +
      `<div class="box"><div class="frame"><a href="/f.jpg"><img src="/f.jpg" alt=""></a></div><div class="lead-text">${long}</div></div>` +
      `</div>`,
  );

  it('keeps the long text beside the picture', () => {
    expect(page).toContain(ID[0]);
    expect(page).toContain(ID[3]);
  });
});

describe('en: a deck set above the picture stays, the credit below it goes', () => {
  const deck = 'City engineers say the new footbridge will keep walkers off the fast lane for good';
  const page = textOf(
    `<div id="story"><table><tr><td><font size="+2">New footbridge opens</font><br><b>${deck}</b></td></tr>` +
      `<tr><td><img src="/f.jpg" alt=""></td></tr><tr><td><font size="-2">Jane Doe for the Gazette</font></td></tr></table>` +
      ID.map((p) => `<p>${p}</p>`).join('') +
      `</div>`,
  );

  it('keeps the deck above the picture', () => {
    expect(page).toContain(deck);
  });

  it('drops the credit below the picture', () => {
    expect(page).not.toContain('Jane Doe for the Gazette');
  });
});
