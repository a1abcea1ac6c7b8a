import type { FactDraft, Lang } from '../../../core/index.js';
import { extractorRef, sentencesIn, type ExtractDoc, type Extractor } from '../extractor.js';
import { localDay } from './calendar.js';
import {
  attachClockTimes,
  dropHabitual,
  dropDirectionWords,
  dropHabitualAfter,
  dropOverlaps,
  mergeNeighbours,
  parseAll,
  tenseAt,
  tenseCues,
} from './refiners.js';
import {
  absorbQuarterMonths,
  absorbWeekAfterDay,
  anchorQuotedDays,
  anchorWeekdays,
  dropGenericDays,
  dropHabitualEarlier,
  yearFromApposition,
} from './context-refiners.js';
import { yearFromEventDay } from './event-year.js';
import { resolveMention } from './resolve.js';
import { keepYearImplied, withLinkedYear, yearOf, type YearOf } from './linked-year.js';
import { dropTitleDays } from './title-days.js';
import type { DateGrammar, Mention } from './types.js';

/** Date mentions of one sentence, after the refiners (offsets relative to the sentence). */
function sentenceMentions(sentence: string, grammar: DateGrammar): Mention[] {
  const parsed = dropDirectionWords(sentence, dropOverlaps(parseAll(sentence, grammar)));
  const mentions = dropHabitual(sentence, parsed, grammar);
  const joined = dropHabitualAfter(sentence, mergeNeighbours(sentence, mentions, grammar), grammar);
  const whole = yearFromApposition(sentence, absorbWeekAfterDay(sentence, absorbQuarterMonths(sentence, joined), grammar), grammar);
  const kept = dropTitleDays(sentence, dropGenericDays(sentence, dropHabitualEarlier(sentence, whole, grammar), grammar), grammar);
  const anchored = anchorWeekdays(sentence, attachClockTimes(kept, sentence, grammar), grammar);
  return yearFromEventDay(sentence, anchorQuotedDays(sentence, anchored, grammar), grammar);
}

/** Paragraph kinds that are not body text: a dateline or a caption states no fact of the article. */
const NOT_BODY: ReadonlySet<string> = new Set(['dateline', 'caption']);

/**
 * A date extractor for one language. Without a publication date, yearless dates keep the year
 * unknown ("XXXX-09-06") and relative ones ("hôm qua") are skipped.
 */
export function dateExtractor(lang: Lang, grammar: DateGrammar): Extractor {
  const extractor = extractorRef(lang, 'date');
  return {
    ...extractor,
    lang,
    type: 'date',
    extract(doc: ExtractDoc): FactDraft[] {
      const ref = localDay(doc.publishedAt, doc.utcOffset);
      const out: FactDraft[] = [];
      for (const s of sentencesIn(doc, lang)) {
        if (NOT_BODY.has(doc.paragraphs[s.paragraphIndex]?.kind ?? '')) continue;
        const mentions = sentenceMentions(s.text, grammar);
        if (mentions.length === 0) continue;
        const cues = tenseCues(s.text, grammar);
        const years: YearOf[] = [];
        for (const m of mentions) {
          const linked = withLinkedYear(m, years);
          const { tense, dist } = tenseAt(cues, m);
          const resolved = resolveMention(linked, ref, tense, doc.utcOffset, dist);
          if (!resolved) continue;
          const r = linked === m ? resolved : keepYearImplied(resolved);
          const y = yearOf(m, r);
          if (y) years.push(y);
          const start = s.start + m.start;
          const end = s.start + m.end;
          out.push({
            type: 'date',
            lang,
            text: doc.text.slice(start, end),
            start,
            end,
            sentence: s.text,
            extractor,
            value: r.value,
            mod: m.mod,
            granularity: r.granularity,
            implied: r.implied,
          });
        }
      }
      return out;
    },
  };
}
