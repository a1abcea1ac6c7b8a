import type { FactDraft, Speaker } from '../../../core/index.js';
import type { ExtractDoc, Extractor } from '../../common/extractor.js';
import type { StatementDraft } from '../../common/statements/types.js';
import { escapeRe, wordsRe } from '../../common/pattern/index.js';
import { attributionOf } from './confidence.js';
import { NAME_WORD } from './weak-evidence.js';
import { ADMIN_UNIT_ABBREVIATIONS, ADMIN_UNITS, PLACES } from './constants.js';

/*
 * Speakers that are the name of a place the sentence gives for someone else: the statement is left out (the one who
 * speaks stands before the place, and no pass read them). Run after every other pass, as those may read a name anew.
 */

const UNIT = `(?:${wordsRe([...ADMIN_UNITS, ...ADMIN_UNIT_ABBREVIATIONS])})\\.?`;
const PLACE_NAMES: ReadonlySet<string> = new Set(PLACES.map((p) => p.toLowerCase()));
const UNIT_PREFIX = new RegExp(`^${UNIT}\\s*`, 'u');
/** ", huyện Anh Sơn, " or "(TX. Đông Hòa, ": an administrative unit and its name, then a comma. */
const PLACE_THEN_COMMA = `${UNIT}\\s*${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}\\s*,\\s*`;

/** The speaker's own words as the text writes them: a body's name, or a person's name. */
function speakerWords(s: Speaker): string | null {
  return s.kind === 'organisation' ? s.org : s.name;
}

/**
 * "Trường THPT Nguyễn Văn Linh (TX. Đông Hòa, Phú Yên), cho biết" (the person read is "Đông Hòa"): the name read comes
 * right after an administrative unit that opens a bracket or follows a comma, so it is the unit's name. Not after a
 * title ("Chủ tịch TP Nguyễn Văn A"), where the name after the unit is the person's.
 */
function nameAfterUnit(s: Speaker, attribution: string): boolean {
  const words = speakerWords(s);
  if (!words || UNIT_PREFIX.test(words)) return false;
  return new RegExp(`[(,]\\s*${UNIT}\\s*${escapeRe(words)}(?![\\p{L}])`, 'u').test(attribution);
}

/**
 * "chính quyền huyện Anh Sơn, Nghệ An cho biết", "Một người dân ở xã Vạn Điểm, huyện Thường Tín, TP Hà Nội thông
 * tin": a province after the district it holds is the end of a place, not the body that speaks.
 */
function provinceAfterPlace(s: Speaker, attribution: string): boolean {
  if (s.kind !== 'organisation' || !s.org) return false;
  if (!PLACE_NAMES.has(s.org.replace(UNIT_PREFIX, '').toLowerCase())) return false;
  return new RegExp(`${PLACE_THEN_COMMA}${escapeRe(s.org)}(?![\\p{L}])`, 'u').test(attribution);
}

/** A few words before the statement's sentence as well: "(TX. Đông Hòa" may be split after "TX.". */
const SPLIT_REACH = 12;

/** The words that hold the speaker (attributionOf), after the last few words of the sentence before. */
function attributionWithLead(doc: ExtractDoc, d: StatementDraft): string {
  const s = doc.sentences.find((x) => x.start <= d.start && d.start < x.end);
  const lead = s ? doc.text.slice(Math.max(0, s.start - SPLIT_REACH), s.start) : '';
  return lead + attributionOf(doc, d);
}

export function withoutPlaceSpeakers(extractor: Extractor): Extractor {
  return {
    ...extractor,
    extract: (doc) =>
      extractor.extract(doc).filter((d: FactDraft) => {
        if (d.type !== 'statement') return true;
        return !nameAfterUnit(d.speaker, attributionWithLead(doc, d)) && !provinceAfterPlace(d.speaker, attributionOf(doc, d));
      }),
  };
}
