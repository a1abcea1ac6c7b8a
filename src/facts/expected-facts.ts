import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGold, type Gold } from './eval.js';

/** The file beside a fixture page's source.html that holds its hand-annotated facts. */
const EXPECTED_FACTS = 'expected-facts.jsonl';

/** The gold corpus of a directory of fixture pages: every `<page>/expected-facts.jsonl`, page named by folder. */
export function readExpectedFacts(pagesDir: string): Gold {
  const gold: Gold = { pages: new Map(), facts: new Map() };
  for (const name of readdirSync(pagesDir).sort()) {
    const path = join(pagesDir, name, EXPECTED_FACTS);
    if (!existsSync(path)) continue;
    const one = parseGold(readFileSync(path, 'utf8'), path, name);
    for (const [k, v] of one.pages) gold.pages.set(k, v);
    for (const [k, v] of one.facts) gold.facts.set(k, v);
  }
  return gold;
}
