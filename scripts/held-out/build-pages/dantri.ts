/**
 * dantri-vi: Dân trí article pages (December 2022) that JayBMF/eNewsWebApp saved as JSP views and later deleted.
 * The repository has no licence, so only the hand annotations are committed (eval/held-out/pages/dantri-vi);
 * this rebuilds each page from the row's own commit and path, dropping the JSP page directive the repository
 * put in front of the saved HTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PageRow } from '../pages-score.js';
import { type BuiltPage, Mirror } from './mirror.js';

const ANNOTATIONS = join(import.meta.dirname, '..', '..', '..', 'eval', 'held-out', 'pages', 'dantri-vi');
const JSP_DIRECTIVE = /^\s*<%@[^%]*%>\s*/u;

export function buildDantri(mirrors: string): BuiltPage[] {
  const m = new Mirror(mirrors, 'JayBMF/eNewsWebApp');
  const pages: BuiltPage[] = [];
  for (const split of ['dev', 'test'] as const) {
    const lines = readFileSync(join(ANNOTATIONS, `${split}.annotations.jsonl`), 'utf8').split('\n');
    for (const line of lines.filter((l) => l.trim() !== '')) {
      const row = PageRow.parse(JSON.parse(line));
      if (!row.source) throw new Error(`dantri-vi row ${row.id} has no source: not retryable, fix the annotation`);
      const html = m.readAt(row.source.commit, row.source.path).toString('utf8').replace(JSP_DIRECTIVE, '');
      pages.push({ row, split, bytes: Buffer.from(html, 'utf8') });
    }
  }
  return pages;
}
