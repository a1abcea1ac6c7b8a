import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';
import { closeRunawayTitle } from '../../src/content/runaway-title.js';

describe('a <title> the page never closes', () => {
  it('is closed at the first tag after it', () => {
    const html = '<html><head><title>Headline of the day</titavaScript" src="/g.js"></script></head><body><p>Text.</p></body></html>';
    expect(closeRunawayTitle(html)).toBe(
      '<html><head><title>Headline of the day</title></titavaScript" src="/g.js"></script></head><body><p>Text.</p></body></html>',
    );
  });

  it('leaves a closed title, and a page without one, as they are', () => {
    const closed = '<html><head><title>A</title></head><body><p>x</p></body></html>';
    expect(closeRunawayTitle(closed)).toBe(closed);
    expect(closeRunawayTitle('<p>no title</p>')).toBe('<p>no title</p>');
  });

  it('keeps the body of the page as its text', () => {
    const para = 'The European Commission has opened two new antitrust investigations of the company, officials said on Monday in Brussels.';
    const html = `<html><head><title>Two new antitrust cases</tit<script src="/x.js"></script></head><body><article><h1>Two new antitrust cases opened</h1><p>${para}</p><p>${para} A second paragraph follows.</p></article></body></html>`;
    const page = cleanPage(html, 'https://news.example.com/2008/01/15/antitrust');
    expect(page.text).toContain('The European Commission has opened');
    expect(page.title).not.toContain('<script');
  });
});
