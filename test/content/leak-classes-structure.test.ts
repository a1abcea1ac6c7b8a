import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import {
  AUTHOR_BIO_PATTERN, CALL_TO_ACTION_PATTERN, isDateLine, MEDIA_TEASER_PATTERN, NOTICE_PATTERN,
} from '../../src/content/boilerplate-vocabulary.js';
import { extractGeneric } from '../../src/content/generic/index.js';

const PARA = [
  'The provincial health department delivered 1.2 million vaccine doses to 27 districts this week, ' +
    'a spokesperson said on Monday.',
  'The head of the department said the doses were sent in stages so that none would expire, ' +
    'and every district got a share by population.',
  'Mass vaccination will continue next month for older residents and teachers across the province, ' +
    'the department said in a statement.',
];
const paras = PARA.map((p) => `<p>${p}</p>`).join('');

function textOf(body: string): { text: string; captions: string[] } {
  const html = `<html lang="en"><head><title>Vaccine doses reach the province</title></head><body>${body}</body></html>`;
  const m = extractGeneric(cheerio.load(html), 'https://news.example.com/2021/09/06/doses');
  return { text: m.blocks.map((b) => b.text).join('\n'), captions: m.captions };
}

describe('leak classes found by structure', () => {
  it('skips elements hidden by class, unless a width class shows them again', () => {
    const { text } = textOf(`<article><h1>Vaccine doses reach the province</h1>${paras}
      <div class="paywall hidden"><p>Register to unlock more articles from across the country with one account.</p></div>
      <div class="d-none"><p>Exclusive articles from our columnists and others, every day of the week, for members.</p></div>
      <p class="d-none d-md-block">The department added that a second shipment is expected before the end of the month.</p>
      </article>`);
    for (const p of PARA) expect(text).toContain(p);
    expect(text).not.toContain('Register to unlock');
    expect(text).not.toContain('Exclusive articles');
    expect(text).toContain('a second shipment is expected');
  });

  it('drops a line made of a <time>, and a sign-up form inside the article', () => {
    const { text } = textOf(`<article><h1>Vaccine doses reach the province</h1><p><time datetime="2026-05-21">21. Mai 2026</time></p>
      ${paras}<form class="signup"><label>First name (optional)</label><input type="text"><label>E-mail address (required)</label>
      <input type="email"><p>By signing up you agree to the processing of your data under our privacy policy.</p></form></article>`);
    for (const p of PARA) expect(text).toContain(p);
    for (const leak of ['21. Mai 2026', 'First name', 'E-mail address', 'By signing up']) expect(text).not.toContain(leak);
  });

  it('drops video teasers, video titles and the media captions written in an inline span', () => {
    const { text, captions } = textOf(`<article><h1>Vaccine doses reach the province</h1><p>${PARA[0]}</p>
      <div><span class="mediaEmbed"><div class="video-item"><h3 class="video-item-title">Nurses start the second round</h3>
      <div class="video-time">14 hours ago</div></div><span class="media-caption">Nurses in the capital began the second round
      of vaccinations on Monday morning.</span></span></div>
      <div><em><strong>WATCH | Doses arrive at the regional airport:</strong></em></div>
      <p>${PARA[1]}</p><p>${PARA[2]}</p></article>`);
    for (const p of PARA) expect(text).toContain(p);
    for (const leak of ['Nurses start the second round', 'Nurses in the capital', 'WATCH |', '14 hours ago']) expect(text).not.toContain(leak);
    expect(captions.some((c) => c.startsWith('Nurses in the capital'))).toBe(true);
  });

  it('keeps a subheading when a screen-reader or ad line sits between it and its paragraph', () => {
    const { text } = textOf(`<article><h1>Vaccine doses reach the province</h1><p>${PARA[0]}</p>
      <div class="visually-hidden">Article content</div><h3>‘Ends the shortage’: health department</h3>
      <div class="visually-hidden">Article content</div><div class="visually-hidden">Article content</div>
      <p>${PARA[1]}</p><div class="visually-hidden">Article content</div><p>${PARA[2]}</p></article>`);
    expect(text).toContain('‘Ends the shortage’: health department');
    expect(text).not.toContain('Article content');
  });

  it("drops the site's notes and the author box after the text", () => {
    const { text } = textOf(`<article><h1>Vaccine doses reach the province</h1>${paras}
      <p><em>This is a breaking news story - more to follow</em></p>
      <blockquote class="embed"><p>If you buy something using links in our stories, we may earn a commission.</p></blockquote>
      <div class="author-box"><div class="author-name">Jane Doe</div><p>Jane Doe covers health and science for the paper.</p></div>
      <p>Jane Doe is a senior reporter for the Daily Example. Follow Jane on Twitter @janedoe.</p></article>`);
    for (const p of PARA) expect(text).toContain(p);
    for (const leak of ['more to follow', 'earn a commission', 'Jane Doe covers', 'senior reporter']) expect(text).not.toContain(leak);
  });

  it("finds the article in a wrapper named after its share buttons, not the gallery readability's names prune", () => {
    const item = 'on Monday, after the results, the chief, the board, the bank, and analysts, agreed, said, noted, and wrote.';
    const gallery = Array.from({ length: 80 }, (_, i) => `<li><h3>${i + 1}/80 Market news</h3><p>Shares rose ${i}%, ${item}</p></li>`);
    const { text } = textOf(`<article><h1>Vaccine doses reach the province</h1>
      <div class="text-wrapper" id="share-btns-2_containerParent">${paras.repeat(3)}</div>
      <div class="full-gallery"><ul class="legends">${gallery.join('')}</ul></div></article>`);
    for (const p of PARA) expect(text).toContain(p);
    expect(text).not.toContain('Market news');
  });

  it('takes copyright and redistribution lines for the site\'s notes', () => {
    for (const line of [
      'Copyright 2008 The Associated Press. All rights reserved.',
      'This material may not be published, broadcast, rewritten, or redistributed.',
      'Disclaimer: This news article is copyrighted by Associated Press and published by Example.com.',
    ]) {
      expect(NOTICE_PATTERN.test(line), line).toBe(true);
    }
  });

  it('keeps sentences that only look like notes', () => {
    expect(NOTICE_PATTERN.test('The minister said more talks would follow next week.')).toBe(false);
    expect(MEDIA_TEASER_PATTERN.test('Watching the numbers rise, officials ordered more doses.')).toBe(false);
    expect(AUTHOR_BIO_PATTERN.test('The minister is a former reporter.')).toBe(false);
    expect(AUTHOR_BIO_PATTERN.test('Nguyễn Văn An là phóng viên báo Tuổi Trẻ.')).toBe(true);
    expect(AUTHOR_BIO_PATTERN.test('Budi Santoso adalah wartawan Kompas.')).toBe(true);
    expect(CALL_TO_ACTION_PATTERN.test("The senator's fundraising campaign raised $2 million in the last quarter.")).toBe(false);
    expect(CALL_TO_ACTION_PATTERN.test('Health officials asked residents to consider the risks before travelling.')).toBe(false);
    expect(CALL_TO_ACTION_PATTERN.test('Since you made it to the bottom of this article, we have a small favour to ask.')).toBe(true);
    expect(isDateLine('The 14th amendment was ratified in 1868.')).toBe(false);
  });

  it('drops a list of teasers (linked headline, summary, source) beside the article', () => {
    const item = (i: number) => `<li><div><h3><a href="/s${i}">Other story number ${i} that readers may like today</a></h3>
      <p>Summary ${i}: officials in another province said on Thursday that schools will reopen after the floods.</p>
      <span class="source">Reuters</span></div></li>`;
    const { text } = textOf(`<div id="page"><div class="story"><h1>Vaccine doses reach the province</h1>${paras}${paras}</div>
      <ul>${Array.from({ length: 5 }, (_, i) => item(i)).join('')}</ul></div>`);
    for (const p of PARA) expect(text).toContain(p);
    expect(text).not.toContain('Summary 3');
    expect(text).not.toContain('Reuters');
  });

  it('keeps an article list whose items do not open with a link', () => {
    const steps = ['Book an appointment online or by phone before the day.', 'Bring an identity card and the invitation letter.',
      'Wait fifteen minutes at the centre after the injection.'];
    const list = `<ul>${steps.map((s, i) => `<li><p><b>Step ${i + 1}</b></p><p>${s} <a href="/faq">Questions</a></p></li>`).join('')}</ul>`;
    const { text } = textOf(`<article><h1>Vaccine doses reach the province</h1>${paras}${list}</article>`);
    for (const s of steps) expect(text).toContain(s.slice(0, 30));
  });

  it('drops script text a "</script>" inside a string let out', () => {
    const { text } = textOf(`<article><h1>Vaccine doses reach the province</h1>${paras}
      <p>'); } if( partner == 'netscape' ) { document.write(''); } if (document.cookie.indexOf('s=1') != -1) { x(); }</p></article>`);
    for (const p of PARA) expect(text).toContain(p);
    expect(text).not.toContain('document.write');
  });

  it('takes an article in a table layout for an article, however many linked headlines sit around it', () => {
    const story = Array.from({ length: 12 }, (_, i) => `<p>${PARA[i % 3]} Paragraph ${i} adds more detail on the schedule.</p>`).join('');
    const links = Array.from({ length: 26 }, (_, i) => `<p><a href="/x${i}">Linked headline number ${i} from the same section</a></p>`);
    const { text } = textOf(`<table><tr><td>${links.slice(0, 13).join('')}${story}${links.slice(13).join('')}</td></tr></table>`);
    expect(text).toContain('Paragraph 11 adds more detail');
  });

  it('does not end the article at a linked "Comments" above it, but still at the comments below it', () => {
    const { text } = textOf(`<div id="content"><h1>Vaccine doses reach the province</h1><p><a href="#comments">Comments</a></p>
      ${paras}<h3>Comments</h3><p>I waited three hours at the clinic and nobody told us the doses had already run out by noon.</p></div>`);
    for (const p of PARA) expect(text).toContain(p);
    expect(text).not.toContain('I waited three hours');
  });

  it('drops a donation appeal at the end, its longer paragraphs with it', () => {
    const appeal = 'If you believe stories like the one you just finished matter, please consider pitching in what you can. ' +
      'This effort helps ensure our reporting and resources stay free and accessible to everyone who reads them, ' +
      'from teachers and parents to policymakers, in every district of the province.';
    const { text } = textOf(`<article><h1>Vaccine doses reach the province</h1>${paras}
      <div class="end"><p>Since you made it to the bottom of this article, we have a small favor to ask.</p><p>${appeal}</p></div></article>`);
    for (const p of PARA) expect(text).toContain(p);
    expect(text).not.toContain('small favor');
    expect(text).not.toContain('pitching in');
  });
});

describe('headlines of pages with a generic or broken <title>', () => {
  const story = PARA.map((p) => `<p>${p}</p>`).join('');
  const links = Array.from({ length: 8 }, (_, i) => `<h3><a href="/x${i}">Linked headline number ${i} from the same section</a></h3>`).join('');

  it('takes paragraphs under an h1 headline for an article when the <title> names no headline', () => {
    const html = `<html><head><title>Feed Article | Business |</title></head><body><div id="wrapper">
      <h1>Microsoft will not launch a phone of its own, chairman says</h1>${story}<div class="latest">${links}</div></div></body></html>`;
    const m = extractGeneric(cheerio.load(html), 'https://news.example.com/business/feed-article');
    expect(m.reason).toBeUndefined();
    expect(m.blocks.map((b) => b.text).join('\n')).toContain(PARA[0]);
    expect(m.title).toBe('Microsoft will not launch a phone of its own, chairman says');
  });

  it('does not take a one-word h1 for the headline', () => {
    const html = `<html><head><title>Daily Example</title></head><body><h1>News</h1><article>${story}</article></body></html>`;
    expect(extractGeneric(cheerio.load(html), 'https://news.example.com/a').title).toBeNull();
  });
});

