import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadItems, STATEMENTS_ROOT } from '../../scripts/held-out/statements.js';
import { foldKey } from '../../src/facts/fold.js';

// The committed held-out statement sets are well formed: schema, unique ids, cues and names taken from the text
// (an article's text is its headline and paragraphs).
const files = readdirSync(STATEMENTS_ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => ['dev.jsonl', 'test.jsonl'].map((f) => join(STATEMENTS_ROOT, d.name, f)));

describe('held-out statement sets', () => {
  it('has sets to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s: valid items whose cues and speakers are in their text', (file) => {
    const items = loadItems(file);
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      const text = ` ${foldKey([item.text ?? '', item.title ?? '', ...(item.paragraphs ?? [])].join(' '))} `;
      for (const st of item.statements) {
        expect(text, `${item.id}: cue «${st.cue}»`).toContain(` ${foldKey(st.cue)} `);
        for (const word of foldKey(st.speaker ?? '').split(' ').filter(Boolean)) {
          expect(text, `${item.id}: speaker ${st.speaker ?? ''}`).toContain(` ${word} `);
        }
        expect(st.speakerKey === null).toBe(st.speaker === null);
      }
    }
  });

  it('keeps dev and test apart', () => {
    for (const dir of new Set(files.map((f) => f.slice(0, f.lastIndexOf('/'))))) {
      const dev = new Set(loadItems(join(dir, 'dev.jsonl')).map((i) => i.id));
      const test = loadItems(join(dir, 'test.jsonl')).map((i) => i.id);
      expect(test.filter((id) => dev.has(id))).toEqual([]);
    }
  });
});
