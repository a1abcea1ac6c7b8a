import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExpectedFacts } from '../../src/facts/expected-facts.js';

function pagesDir(files: Record<string, string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'expected-facts-'));
  for (const [page, lines] of Object.entries(files)) {
    mkdirSync(join(dir, page));
    writeFileSync(join(dir, page, 'expected-facts.jsonl'), `${lines.join('\n')}\n`);
  }
  mkdirSync(join(dir, 'no-facts-annotated'));
  return dir;
}

describe('readExpectedFacts: the gold of a directory of fixture pages', () => {
  it('names each page by its folder and keeps its facts in file order', () => {
    const gold = readExpectedFacts(
      pagesDir({
        a: ['{"type":"page","lang":"vi","types":["dose"]}', '{"type":"dose","text":"5 triệu liều","value":5000000}'],
        b: ['{"type":"page","lang":"en","types":["date"]}', '{"type":"date","text":"June","value":"2021-06","mod":null}'],
      }),
    );
    expect([...gold.pages.keys()]).toEqual(['a', 'b']);
    expect(gold.facts.get('a')?.map((f) => [f.page, f.text])).toEqual([['a', '5 triệu liều']]);
    expect(gold.facts.get('b')?.[0]).toMatchObject({ page: 'b', value: '2021-06', mod: null });
  });

  it('names the file and line of a bad fact', () => {
    const dir = pagesDir({ a: ['{"type":"page","lang":"vi","types":["dose"]}', '{"type":"dose","text":"x"}'] });
    expect(() => readExpectedFacts(dir)).toThrow(/a[\\/]expected-facts\.jsonl:2: value/);
  });
});
