import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';

/**
 * Invented pages: a story whose paragraphs name people, each name followed by a hover card (an inline element of
 * links only: the name again, the person's latest stories, "MORE"), which the page's style sheet shows on mouse-over.
 * The shape of The Hill's people cards in skyshard-news dev and msv-chaos test.
 */
const URL = 'https://www.example.com/news/2022/04/11/harbour-ferry-fares';
const card = (name: string): string =>
  `<span class="person-card"><span><img src="/p.jpg" alt=""><a href="/people/x">${name}</a>` +
  '<a href="/news/1">Harbour board approves new pier for the island ferry</a> ' +
  '<a href="/news/2">Ferry crews vote on weekend shifts</a> <a href="/people/x">MORE</a></span></span>';
const named = (name: string): string => `<span class="person"><a href="/people/x">${name}</a>${card(name)}</span>`;
const filler =
  '<p>The council will publish the new timetable on its website next week, and the old one stays valid until the end of the month for every crossing.</p>';
const page = (first: string): string =>
  '<html><head><title>Ferry fares to rise in June</title></head><body><h1>Ferry fares to rise in June</h1>' +
  `<div class="story">${first}${filler}${filler.replace('next week', 'on Monday')}${filler.replace('council', 'ferry company')}</div></body></html>`;

describe('a hover card inside a paragraph', () => {
  it('drops the card and keeps the name it explains', () => {
    const p = `<p>Councillor ${named('Jane Okafor')} (Green) said on Monday that fares on the harbour ferry will rise by ten percent in June.</p>`;
    const text = cleanPage(page(p), URL).text;
    expect(text).toContain('Councillor Jane Okafor (Green) said on Monday that fares on the harbour ferry will rise');
    expect(text).not.toContain('Ferry crews vote on weekend shifts');
  });

  it('drops two cards in one paragraph', () => {
    const p = `<p>Both ${named('Jane Okafor')} and ${named('Tom Reyes')} voted for the new fares at the meeting of the harbour board on Monday.</p>`;
    const text = cleanPage(page(p), URL).text;
    expect(text).toContain('Both Jane Okafor and Tom Reyes voted for the new fares');
    expect(text).not.toContain('MORE');
  });

  it('keeps links that are part of the sentence', () => {
    const p =
      '<p>Fares rise on the <a href="/a">north line</a>, the <a href="/b">island line</a> and the <a href="/c">night boat</a>, the ferry company said on Monday in a statement to passengers.</p>';
    const text = cleanPage(page(p), URL).text;
    expect(text).toContain('Fares rise on the north line, the island line and the night boat, the ferry company said');
  });

  it('keeps an inline run of links that has words of its own', () => {
    const p =
      '<p>The vote followed a long debate. <span>See the <a href="/a">minutes</a>, the <a href="/b">budget</a> and the <a href="/c">map of the routes</a> for the details.</span></p>';
    const text = cleanPage(page(p), URL).text;
    expect(text).toContain('See the minutes, the budget and the map of the routes for the details.');
  });
});
