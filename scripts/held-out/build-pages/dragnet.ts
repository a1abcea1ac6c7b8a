/**
 * dragnet-news: English news pages of 2012 from the Dragnet training data (Moz / seomoz, Peters & Lecocq, WWW 2013),
 * as copied in j-szulc/html-cleaning-dataset-merged (`dragnet_data/input/<id>.html`). The copy declares no licence
 * and the pages are their publishers', so only the hand annotations are committed (eval/held-out/pages/dragnet-news);
 * this rebuilds each page from the row's own commit and path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PageRow } from '../pages-score.js';
import { type BuiltPage, Mirror } from './mirror.js';

const ANNOTATIONS = join(import.meta.dirname, '..', '..', '..', 'eval', 'held-out', 'pages', 'dragnet-news');

export function buildDragnet(mirrors: string): BuiltPage[] {
  const m = new Mirror(mirrors, 'j-szulc/html-cleaning-dataset-merged');
  const pages: BuiltPage[] = [];
  for (const split of ['dev', 'test'] as const) {
    const lines = readFileSync(join(ANNOTATIONS, `${split}.annotations.jsonl`), 'utf8').split('\n');
    for (const line of lines.filter((l) => l.trim() !== '')) {
      const row = PageRow.parse(JSON.parse(line));
      if (!row.source) throw new Error(`dragnet-news row ${row.id} has no source: not retryable, fix the annotation`);
      pages.push({ row, split, bytes: m.readAt(row.source.commit, row.source.path) });
    }
  }
  return pages;
}
