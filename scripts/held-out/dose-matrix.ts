import { join } from 'node:path';
import type { Lang, Paragraph } from '../../src/core/index.js';
import { compileContext, openPartsAfter, scanCues, clauseOf, type Cue } from '../../src/extractors/common/doses/context.js';
import { resolveStatus } from '../../src/extractors/common/doses/status.js';
import type { DoseVocab } from '../../src/extractors/common/doses/types.js';
import { articleSentences } from '../../src/extractors/common/sentences.js';
import type { ExtractDoc, Extractor } from '../../src/extractors/index.js';
import { idDoseExtractor } from '../../src/extractors/id/doses/index.js';
import { ID_DOSES } from '../../src/extractors/id/doses/constants.js';
import { viDoseExtractor } from '../../src/extractors/vi/doses/index.js';
import { VI_DOSES } from '../../src/extractors/vi/doses/constants.js';
import { DoseItem } from './dose-score.js';
import { readItems } from './read-items.js';

/**
 * `npx tsx scripts/held-out/dose-matrix.ts <set/split> …`: over the named dose parts (dev data only), the
 * confusion of gold status against output status per language, and where each output status came from: the
 * figure's own verb before or after it, a verb outside its clause (list, whole, relative clause), or no verb (the
 * default). Matching as the scorer does (value and valueMax). A diagnostic, not a score: no test part belongs here.
 */
const EXTRACTORS: Partial<Record<Lang, Extractor>> = { vi: viDoseExtractor, id: idDoseExtractor };
const VOCAB: Partial<Record<Lang, DoseVocab>> = { vi: VI_DOSES, id: ID_DOSES };

function docOf(text: string, lang: Lang): ExtractDoc {
  const para: Paragraph = { text, lang, kind: 'body', start: 0, end: text.length };
  return { url: 'https://held-out.invalid/', text, lang, paragraphs: [para], sentences: articleSentences(text, [para], lang), publishedAt: null, utcOffset: '+07:00' };
}

type Origin = 'own-before' | 'own-after' | 'other-clause' | 'no-verb';

function originOf(verb: Cue | null, span: { start: number; end: number }, cues: readonly Cue[], length: number): Origin {
  if (!verb) return 'no-verb';
  const { from, to } = clauseOf(cues, span, length);
  if (verb.start < from || verb.end > to) return 'other-clause';
  return verb.end <= span.start ? 'own-before' : 'own-after';
}

function main(parts: string[]): void {
  const root = join(import.meta.dirname, '..', '..', 'eval', 'held-out', 'doses');
  const matrix = new Map<string, number>();
  const origins = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  const verbose = process.env.MATRIX_LIST === '1';
  for (const part of parts) {
    const [set, split] = part.split('/');
    for (const item of readItems(join(root, set!, `${split}.jsonl`), DoseItem)) {
      const ex = EXTRACTORS[item.lang];
      const vocab = VOCAB[item.lang];
      if (!ex || !vocab) continue;
      const got = ex.extract(docOf(item.text, item.lang)).flatMap((f) => (f.type === 'dose' && f.value !== null ? [f] : []));
      const ctx = compileContext(vocab);
      const figures = got.map((f) => ({ start: f.start, end: f.end }));
      const cues = openPartsAfter(scanCues(item.text, ctx), item.text, ctx, figures);
      const left = [...item.doses];
      for (const f of got) {
        const i = left.findIndex((g) => g.value === f.value && g.valueMax === f.valueMax);
        const gold = i < 0 ? (item.doses.length ? 'WRONG' : 'NEG') : left.splice(i, 1)[0]!.status;
        const { verb } = resolveStatus({ sentence: item.text, cues, c: ctx, figures }, { start: f.start, end: f.end });
        const origin = originOf(verb, f, cues, item.text.length);
        bump(matrix, `${item.lang}\t${gold}\t${f.status}`);
        bump(origins, `${item.lang}\t${origin}\t${gold === f.status ? 'right' : 'wrong'}`);
        if (verbose && gold !== f.status) {
          const v = verb ? item.text.slice(verb.start, verb.end) : '-';
          console.log(`${part} ${item.id} ${item.lang} gold=${gold} got=${f.status} ${origin} verb="${v}" | ${f.text} | ${item.text}`);
        }
      }
      for (const g of left) bump(matrix, `${item.lang}\t${g.status}\tMISSED`);
    }
  }
  console.log('lang\tgold\toutput\tcount');
  for (const [k, n] of [...matrix].sort()) console.log(`${k}\t${n}`);
  console.log('\nlang\torigin\tstatus\tcount');
  for (const [k, n] of [...origins].sort()) console.log(`${k}\t${n}`);
}

main(process.argv.slice(2));
