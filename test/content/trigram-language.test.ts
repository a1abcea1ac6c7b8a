import { readdirSync, readFileSync } from 'node:fs';
import { franc } from 'franc';
import { describe, expect, it } from 'vitest';
import { francVieIndEng } from '../../src/content/trigram-language.js';

const FIXTURES = new URL('../fixtures/pages/', import.meta.url).pathname;

/** Windows of every fixture page's visible text, of the lengths language detection sees. */
function samples(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    const html = readFileSync(`${FIXTURES}${name}/source.html`, 'utf8');
    const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (let i = 0; i < text.length; i += 173) for (const n of [9, 10, 41, 240, 600, 2100]) out.push(text.slice(i, i + n));
  }
  return out;
}

describe('francVieIndEng', () => {
  it('gives franc’s answer on fixture text of every length language detection uses', () => {
    const texts = samples();
    expect(texts.length).toBeGreaterThan(1000);
    const langs = new Set<string>();
    for (const t of texts) {
      const expected = franc(t, { only: ['vie', 'ind', 'eng'], minLength: 10 });
      langs.add(expected);
      expect(francVieIndEng(t, 10), t).toBe(expected);
    }
    expect([...langs].sort()).toEqual(['eng', 'ind', 'und', 'vie']);
  });

  it('agrees with franc on text where Latin is not the majority, or ties with another script', () => {
    const mixed = ['Привет, как дела? Это тест.', 'Кто 2021 vaccine vaccine', 'abcd абвг', 'абвг abcd', '新冠疫苗 vaccine doses', '12345 67890 !!!'];
    for (const t of [...mixed, 'Bộ Y tế cho biết: 1.000.000 liều vắc xin', 'vaksin … ' + '— '.repeat(20) + 'dosis']) {
      expect(francVieIndEng(t, 10)).toBe(franc(t, { only: ['vie', 'ind', 'eng'], minLength: 10 }));
    }
  });
});
