import { describe, expect, it } from 'vitest';
import { isCaptionText, isChromeLine, isDateLine, NOTICE_PATTERN } from '../../src/content/boilerplate-vocabulary.js';

/** Shapes of 2000s newspaper pages (table layouts, <br>-joined bylines, slash credits): invented lines. */
describe('captions credited after a slash or in brackets', () => {
  it('are captions', () => {
    expect(isCaptionText('Riders wait on the platform of a city station / Daily archive photo')).toBe(true);
    expect(isCaptionText('A new service offered to phone users / Image by Example.com')).toBe(true);
    expect(isCaptionText('[Times photo: Jane Roe] A nurse gives a flu shot as two children watch.')).toBe(true);
    expect(isCaptionText('(Staff photo: John Doe) The mayor opens the bridge.')).toBe(true);
  });

  it('leave prose with a slash or a photo in it alone', () => {
    expect(isCaptionText('He drove to the city / the photo of it was on every front page the next day.')).toBe(false);
    expect(isCaptionText('Prices rose 5 percent / year, the agency said.')).toBe(false);
    expect(isCaptionText('[The photo was taken in 1998, she said.]')).toBe(false);
  });
});

describe('bylines joined to their date and dated lines with a zone', () => {
  it('are chrome', () => {
    expect(isChromeLine('By JANE ROE, Times Film Critic Published October 7, 2004')).toBe(true);
    expect(isChromeLine('By John Doe Updated: 5 May 2021 10:02')).toBe(true);
    expect(isDateLine('Created: 12.04.2004 21:17 MSK (GMT +3), Updated: 16:32 MSK')).toBe(true);
  });

  it('leave sentences with those words alone', () => {
    expect(isChromeLine('The council published 12 reports on Monday')).toBe(false);
    expect(isChromeLine('By the end of the year the firm Published 40 titles in 2004')).toBe(false);
    expect(isDateLine('The company was created in 2004 in Moscow')).toBe(false);
  });
});

describe('credits for reporting used in the story', () => {
  it('are notices', () => {
    expect(NOTICE_PATTERN.test('- Information from the Associated Press was used in this report.')).toBe(true);
    expect(NOTICE_PATTERN.test('Jane Roe and John Doe contributed to this report.')).toBe(true);
  });

  it('leave sentences about reports alone', () => {
    expect(NOTICE_PATTERN.test('Information from the survey was used to set the new rates.')).toBe(false);
    expect(NOTICE_PATTERN.test('She contributed to the report on school funding last year.')).toBe(false);
  });
});
