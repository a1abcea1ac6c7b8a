import type { Extractor } from '../../common/extractor.js';
import { wordsRe } from '../../common/pattern/index.js';
import { blank, rereadAfter, type Rewrite } from '../../common/statements/reread.js';
import { DEGREE_ATOMS, FAMILY_NAMES, NAMED_PLACE_HEADS, PERSON_HONORIFICS, PLACES, TITLES, VERBS } from './constants.js';
import { outletLeadSpan } from './outlet-leads.js';

/*
 * "Ông Trần Tân Phong, PGĐ Sở VHTTDL tỉnh cho biết, …", "Anh Đoàn Huy Chương, thành viên sáng lập Phong trào … cho
 * rằng …": a full name, then a description after a comma or a dash that the vocabularies do not know and that no
 * comma closes, then the verb. The engine finds no speaker there. When a sentence opens (after at most two leading
 * clauses without a speech verb) with honorifics, titles or degrees, a Vietnamese full name and such a description,
 * and the engine gives that sentence no named speaker, it is read again with the description as spaces (same
 * offsets); its statements are given back in the article's own words. A description holding another person (an
 * honorific or a family name before a capital), a quote, a colon or a speech verb is left alone, and so is a sentence
 * naming another person after the verb.
 */

const NO_BREAK = '[^,;:"“”«»]';
const LEAD = `(?:${NO_BREAK}{1,60},\\s*){0,2}`;
const PREFIX = `(?:(?:${wordsRe(PERSON_HONORIFICS)}|${wordsRe(TITLES)}|(?:${wordsRe(DEGREE_ATOMS)}\\.?)+)\\s*){1,3}`;
const NAME = `${wordsRe(FAMILY_NAMES)}(?:\\s+\\p{Lu}\\p{Ll}*){1,3}`;
const SPEECH = wordsRe(VERBS);
/** "anh Ma Seo Chứ (33 tuổi), Trưởng thôn …": an age or a place in brackets may follow the name. */
const BRACKET = `(?:\\s*\\([^()"“”]{1,40}\\))?`;
const OPENING = new RegExp(
  `^(?<lead>${LEAD})${PREFIX}${NAME}${BRACKET}(?<desc>\\s*(?:,|\\s[-–])\\s*[^;:"“”«»]{2,90}?)(?:,\\s*)?(?=${SPEECH})`,
  'ud',
);
const SPEECH_RE = new RegExp(SPEECH, 'u');
/**
 * Another person inside the description: an honorific or a family name before a capitalised word, or "và" before a
 * title ("…, Giám đốc Sở và Phó Giám đốc Sở cho biết": two speakers).
 */
const HONORIFIC = wordsRe(PERSON_HONORIFICS);
const OTHER_PERSON_RE = new RegExp(
  `(?:${HONORIFIC}|${wordsRe(FAMILY_NAMES)})\\s+\\p{Lu}|\\svà\\s+(?:${wordsRe(TITLES)}|${HONORIFIC})`,
  'u',
);
/**
 * A province or city ("Hà Nội", "TP Hồ Chí Minh") and a named place or institution after its head ("xã Nguyên
 * Bình", "trường THPT Lê Viết Tạo"): the family name they start is no person's.
 */
const NAMED_PLACE = new RegExp(
  `${wordsRe(PLACES)}|${wordsRe(NAMED_PLACE_HEADS)}(?:\\s+\\p{Lu}[\\p{L}]*)+`,
  'gu',
);
const OTHER_PERSON = {
  test: (text: string): boolean => OTHER_PERSON_RE.test(text.replace(NAMED_PLACE, (m) => ' '.repeat(m.length))),
};

/**
 * '"…", anh Nguyễn Văn Tâm (34 tuổi), sống gần bờ sông nói.', '"…", chị Mai chưa hết bàng hoàng cho biết.': after a
 * closing quote, a person by honorific, title or degree (a given name alone only right after an honorific), an age
 * or place in brackets, then a description before the verb that ends the sentence.
 */
const SHORT_NAME = `\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,2}`;
const AFTER_QUOTE = new RegExp(
  `[”"],\\s*(?:${PREFIX}${NAME}|(?:${PREFIX})?${HONORIFIC}\\s+${SHORT_NAME})(?:\\s*\\([^()"“”]{1,40}\\))?` +
    `(?<desc>(?:\\s*,\\s*|\\s+(?=\\p{Ll}))[^;:"“”«»()]{2,80}?)(?:,\\s*)?(?=${SPEECH}\\s*[.!?…]?\\s*$)`,
  'ud',
);

/**
 * "Theo ông Nguyễn Văn A - Phó Chủ tịch UBND tỉnh B - mô hình …", "Theo BS Lê Thị C - Khoa Nhi, …": after "theo", a
 * person and a description between dashes (or a dash and the comma before what is said). The description and its
 * dashes are read as the comma "Theo ông A, …" has.
 */
const ACCORDING = new RegExp(
  `^(?<lead>${LEAD})[Tt]heo\\s+${PREFIX}${NAME}(?<desc>\\s+[-–]\\s+[^,;:"“”«»\\-–]{2,80}?)(?<close>\\s+[-–]\\s+|(?=,))`,
  'ud',
);

interface DescriptionRewrite {
  start: number;
  end: number;
  text: string;
}

function spaces(start: number, end: number, lead = ''): DescriptionRewrite {
  return { start, end, text: lead + ' '.repeat(end - start - lead.length) };
}

/** The rewrite (offsets in the sentence) of a description the engine cannot read past; null when none. */
function descriptionRewrite(text: string): DescriptionRewrite | null {
  const m = OPENING.exec(text);
  const at = m?.indices?.groups?.['desc'];
  if (m?.groups && at) {
    const { desc = '' } = m.groups;
    // "Theo thông tin từ VietNamNet, …": the outlet clause holds no speech verb of the lead's ("thông tin").
    const outlet = outletLeadSpan(text);
    const lead = outlet ? text.slice(0, outlet[0]) + text.slice(outlet[1], at[0]) : (m.groups['lead'] ?? '');
    if (SPEECH_RE.test(lead) || SPEECH_RE.test(desc) || OTHER_PERSON.test(desc)) return null;
    // A second person in what is said ("…, nhận được tin báo của ông Phạm Văn B …"): who says what is unsure there.
    if (OTHER_PERSON.test(text.slice(m[0].length))) return null;
    return spaces(at[0], m[0].length);
  }
  const q = AFTER_QUOTE.exec(text);
  const qat = q?.indices?.groups?.['desc'];
  if (q?.groups && qat) {
    const desc = q.groups['desc'] ?? '';
    if (SPEECH_RE.test(desc) || OTHER_PERSON.test(desc)) return null;
    return spaces(qat[0], q.index + q[0].length);
  }
  const a = ACCORDING.exec(text);
  const aat = a?.indices?.groups?.['desc'];
  if (!a?.groups || !aat) return null;
  const { lead = '', desc = '', close = '' } = a.groups;
  if (SPEECH_RE.test(lead) || SPEECH_RE.test(desc) || OTHER_PERSON.test(desc)) return null;
  return spaces(aat[0], a[0].length, close ? ',' : '');
}

/** Offsets (in the sentence) of the description the engine is given as spaces (or as a comma); null when none. */
export function descriptionSpan(text: string): [number, number] | null {
  const r = descriptionRewrite(text);
  return r ? [r.start, r.end] : null;
}

/**
 * The engine named a speaker in the sentence, and not one it read inside the description ("Trưởng thôn Kho Vàng":
 * the village, read as a name after the title; the description holds no person, so that name is a place).
 */
function named(found: ReturnType<Extractor['extract']>, s: { start: number; end: number }, desc: string): boolean {
  return found.some(
    (f) =>
      f.type === 'statement' &&
      f.speaker.key !== null &&
      s.start <= f.start &&
      f.start < s.end &&
      !(f.speaker.name !== null && desc.includes(f.speaker.name)),
  );
}

export function withAppositiveDescriptions(extractor: Extractor): Extractor {
  return rereadAfter(extractor, (doc, found) => {
    const rewrites: Rewrite[] = [];
    for (const s of doc.sentences) {
      const r = descriptionRewrite(s.text);
      if (r && !named(found, s, s.text.slice(r.start, r.end)))
        rewrites.push({ ...blank(s, s.start + r.start, s.start + r.end), text: r.text });
    }
    return rewrites;
  });
}
