import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';

/**
 * Invented pages: a story with a reader-feedback box or a poll under it, their fields bound by script (no <form>
 * element), so only the fields themselves tell their labels from the article.
 */
const URL = 'https://www.example.com/news/2025/07/14/orchard-frost-aid';
const HEADLINE = 'Orchard growers get frost aid after a cold May';
const paragraphs = [
  'Fruit growers in the valley will receive emergency aid after late frosts destroyed much of the spring blossom, the farm agency said on Tuesday.',
  'The agency will pay up to 300 per hectare to growers who lost more than half of their crop, and applications open next week.',
  'Growers said the money would cover part of the cost of keeping their workers on until the autumn, when the next harvest is due.',
  'The agency said inspectors would visit every orchard before paying, and that the first payments would go out in September.',
];
const page = (after: string): string =>
  `<html><head><title>${HEADLINE}</title></head><body><h1>${HEADLINE}</h1><div class="story">${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}${after}</div></body></html>`;

const feedbackBox = `<div class="opinion-main">
  <div class="opinion-row"><p class="opinion-text">Your name (*)</p><div class="opinion-field"><input type="text" id="who"></div></div>
  <div class="opinion-row"><p class="opinion-text">Your town</p><div class="opinion-field"><input type="text" id="town"></div></div>
  <div class="opinion-row"><p class="opinion-text">Your opinion (*)</p><div class="opinion-field"><textarea id="say"></textarea></div></div>
</div>
<p>Thank you for writing to us. Opinions are read by the editors before they appear under the story and may be shortened when they are published.</p>`;

const poll = `<div class="poll"><p>Should the aid reach vineyards too?</p><ul>
  <li><input type="radio" name="vote" value="1">Yes, frost hit them as well</li>
  <li><input type="radio" name="vote" value="2">No, orchards first</li>
</ul></div>`;

describe('labels of form fields next to the article', () => {
  it('drops the labels of a feedback box whose fields have no <form> around them', () => {
    const text = cleanPage(page(feedbackBox), URL).text;
    expect(text).not.toContain('Your name (*)');
    expect(text).not.toContain('Your opinion (*)');
    expect(text).not.toContain('Your town');
    expect(text).toContain('the first payments would go out in September');
  });

  it("drops a poll's question and its options", () => {
    const text = cleanPage(page(poll), URL).text;
    expect(text).not.toContain('Should the aid reach vineyards too?');
    expect(text).not.toContain('orchards first');
    expect(text).toContain('Growers said the money would cover part of the cost');
  });

  it('keeps list items ticked off with check boxes (a checklist of the article)', () => {
    const list = `<p>Growers need to bring three things to the inspection:</p><ul class="steps">
      <li><input type="checkbox"> The land register extract</li>
      <li><input type="checkbox"> Photos of the damaged trees</li>
      <li><input type="checkbox"> Last year's harvest records</li></ul>`;
    const text = cleanPage(page(list), URL).text;
    expect(text).toContain('Photos of the damaged trees');
    expect(text).toContain("Last year's harvest records");
  });

  it('keeps a paragraph beside a search box in a larger part of the page', () => {
    const part = `<div class="part"><p>Growers can look up their parcel on the agency's map before they apply, using the number printed on their land tax bill from last year.</p><input type="text" name="parcel"></div>`;
    const text = cleanPage(page(part), URL).text;
    expect(text).toContain("Growers can look up their parcel on the agency's map");
  });
});
