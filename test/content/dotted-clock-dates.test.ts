import { describe, expect, it } from 'vitest';
import { isDateLine } from '../../src/content/boilerplate-vocabulary.js';
import { cleanPage } from '../../src/content/clean-page.js';

/** Invented page: a short local story with its time stamp set as a line of its own. */
const para = (n: number): string =>
  `<p>Paragraph ${n}: the ferry between Harbor Point and the island will run every forty minutes this summer, the county transit office said, after two new boats joined the fleet.</p>`;
const page = (inner: string): string =>
  `<html><head><title>Island ferry adds summer runs</title></head><body><article><h1>Island ferry adds summer runs</h1>${inner}</article></body></html>`;
const URL = 'https://www.example.com/local/2014/06/island-ferry-summer';

describe('time stamps with a dotted clock suffix', () => {
  it('drops a date and "p.m." time stamp line', () => {
    const text = cleanPage(page(`<p>June 3, 2014, 4:15 p.m.</p>${para(1)}${para(2)}${para(3)}`), URL).text;
    expect(text).toContain('Paragraph 1:');
    expect(text).not.toContain('4:15 p.m.');
  });

  it('drops a numeric date with "a.m." and a time zone', () => {
    const text = cleanPage(page(`${para(1)}<p>6/3/2014, 9:05 a.m. EDT</p>${para(2)}${para(3)}`), URL).text;
    expect(text).not.toContain('9:05 a.m.');
  });

  it('reads "Posted … at 10:08 a.m." with a year as a date line', () => {
    expect(isDateLine('Posted June 03, 2014, at 10:08 a.m.')).toBe(true);
  });

  it('keeps a bare time heading (a live-updates entry) and sentences with a time', () => {
    expect(isDateLine('3:20 p.m.')).toBe(false);
    const entry = '<p>11:40 a.m.</p><p>The second boat left the dock late because of fog over the channel, a deckhand said.</p>';
    const text = cleanPage(page(`${para(1)}${entry}${para(2)}${para(3)}`), URL).text;
    expect(text).toContain('11:40 a.m.');
    expect(text).toContain('The second boat left the dock late');
    expect(isDateLine('The boats leave at 6 a.m. in 2014')).toBe(false);
  });
});
