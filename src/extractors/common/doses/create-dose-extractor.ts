import type { FactDraft, Lang } from '../../../core/index.js';
import { extractorRef, sentencesIn, type ExtractDoc, type Extractor } from '../extractor.js';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, wordAlternation } from '../numbers/index.js';
import {
  clauseOf,
  compileContext,
  openPartsAfter,
  resolveCounterpart,
  resolveItem,
  scanCues,
  scanNames,
} from './context.js';
import { compileParsers, parseCandidates } from './parsers.js';
import { keepPlausible, removeOverlaps, type FilterContext } from './refiners.js';
import { resolveStatus } from './status.js';
import type { DoseVocab } from './types.js';

/**
 * A dose extractor for one language, chrono-style: parsers (one surface form each) find figures in each
 * sentence of that language, refiners drop overlaps and non-doses, then status, item and counterpart are
 * read from the figure's clause. Everything is compiled once, here.
 */
export function createDoseExtractor(lang: Lang, v: DoseVocab): Extractor {
  const parsers = compileParsers(v);
  const context = compileContext(v);
  const gates = new Map(
    Object.entries(v.gatedUnits ?? {}).map(([unit, g]) => [
      unit,
      {
        after: g.after ? new RegExp(g.after, 'iu') : undefined,
        before: g.before ? new RegExp(g.before, 'iu') : undefined,
        sentence: g.sentence ? new RegExp(g.sentence, 'iu') : undefined,
        counted: g.counted ? new RegExp(g.counted, 'iu') : undefined,
        scaled: g.scaled ?? false,
      },
    ]),
  );
  const currencyBefore = new RegExp(`(?:${NOT_AFTER_WORD}(?:${wordAlternation(v.currencies)})${NOT_BEFORE_WORD}|[$€£¥₫])\\s*$`, 'iu');
  const ratioAfter = new RegExp(`^\\s*(?:${wordAlternation(v.ratioAfter)})${NOT_BEFORE_WORD}`, 'iu');
  const ratioBefore = v.ratioBefore?.length ? new RegExp(`(?:${v.ratioBefore.join('|')})\\s*$`, 'iu') : /(?!)/;
  const smallBefore = v.smallCountAfter?.length
    ? new RegExp(`${NOT_AFTER_WORD}(?:${wordAlternation(v.smallCountAfter)})\\s+$`, 'iu')
    : null;
  const containers = new Set((v.containers?.units ?? []).map((u) => u.toLowerCase()));
  const packBefore = v.containers?.packBefore.length
    ? new RegExp(`${NOT_AFTER_WORD}(?:${wordAlternation(v.containers.packBefore)})\\s+$`, 'iu')
    : /(?!)/;
  // A vaccine named as the unit ends its phrase: "834,720 AstraZeneca, 1,330,290 Pfizer", not "120,000 Pfizer shares".
  const namedAlone = new RegExp(
    `^\\s+(?:${wordAlternation(Object.keys(v.items.named))})(?:\\s*(?:[.,;:!?)]|$)|\\s+(?:${wordAlternation([...v.listJoiners, ...(v.ellipsis?.follow ?? [])])})${NOT_BEFORE_WORD})`,
    'iu',
  );
  const ref = extractorRef(lang, 'dose');
  const { name, version } = ref;

  return {
    name,
    version,
    lang: v.lang,
    type: 'dose',
    extract(doc: ExtractDoc): FactDraft[] {
      const out: FactDraft[] = [];
      for (const s of sentencesIn(doc, v.lang)) {
        if (!parsers.sentenceProbe.test(s.text)) continue;
        const ctx: FilterContext = { sentence: s.text, currencyBefore, ratioAfter, ratioBefore, gates, smallBefore, containers, packBefore };
        // "sold 120,000 Pfizer shares": a vaccine named before another noun is no unit of the figure.
        const cands = removeOverlaps(parseCandidates(s.text, parsers).filter((c) => keepPlausible(c, ctx))).filter(
          (c) => !c.named || namedAlone.test(s.text.slice(c.end)),
        );
        if (cands.length === 0) continue;
        const cues = openPartsAfter(scanCues(s.text, context), s.text, context, cands);
        // With no dose unit, only a sentence that says what happened to the vaccine holds figures: "kontrak dengan
        // Sinovac 125 juta", not "Moderna meraih laba 12 miliar".
        // A list of two or more vaccines each counted ("834,720 AstraZeneca, 1,330,290 Pfizer") is about doses too.
        const brandList = cands.filter((c) => c.named).length >= 2;
        if (!parsers.probe.test(s.text) && !cues.some((q) => q.kind === 'status' && !q.weak) && !brandList) continue;
        const names = scanNames(s.text, context);
        for (const [i, c] of cands.entries()) {
          const clause = clauseOf(cues, c, s.text.length);
          const lookBack = Math.max(clause.from, cands[i - 1]?.end ?? 0, c.start - 40);
          const resolved = resolveStatus({ sentence: s.text, cues, c: context, figures: cands }, c);
          const { verb } = resolved;
          const status = c.backReference ? 'unknown' : resolved.status;
          out.push({
            type: 'dose',
            lang: v.lang,
            text: s.text.slice(c.start, c.end),
            start: s.start + c.start,
            end: s.start + c.end,
            sentence: s.text,
            extractor: ref,
            value: c.value,
            valueMax: c.valueMax,
            approximate: c.approximate,
            item: resolveItem(c, context, s.text.slice(lookBack, c.start)),
            status,
            counterpart: resolveCounterpart(s.text, c, cues, verb, status, context, cands, names),
          });
        }
      }
      return out;
    },
  };
}
