import type { Speaker } from '../../../core/index.js';
import { escapeRe } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { COUNTRIES, FAMILY_NAMES, HONORIFICS, NAME_OBJECT_WORDS, PERSON_NOUNS, PLACES, TITLES } from './constants.js';

/*
 * Speakers the Vietnamese engine reads from weak evidence. A wrong speaker is worse than a missing statement: where
 * the words show the speaker is someone else, the statement takes that person when the name is plain, or is left
 * out. Each check looks at the statement's own sentence only.
 */

export const SURNAMES: ReadonlySet<string> = new Set(FAMILY_NAMES);
const HONORIFIC_WORDS: ReadonlySet<string> = new Set(HONORIFICS.map((h) => h.toLowerCase()));
const OBJECT_WORDS: ReadonlySet<string> = new Set(NAME_OBJECT_WORDS);
/** Words that open a person's description: titles, honorifics, "người", "nhà", … (lower-cased, longest first). */
const PERSON_OPENERS: readonly string[] = [...new Set([...TITLES, ...HONORIFICS, ...PERSON_NOUNS].map((w) => w.toLowerCase()))].sort(
  (a, b) => b.length - a.length,
);

/** A capitalised word of a name: "Xuân", "H.Afesi", "Al-Shifa". */
export const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.'-]*";
/** A subject segment ending in a name: "Chuyên gia Nguyễn Quang Huy", "Chiến sĩ trẻ Y Khang Ja", "Ông Hải". */
const SEGMENT_NAME = new RegExp(`^(.*?)\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){0,4})$`, 'u');
const MAX_LEAD_WORDS = 4;
/** Places and countries, lower-cased: a run of capitalised words that is one of them is no person ("Hồ Chí Minh", "Thái Lan"). */
export const PLACE_NAMES: ReadonlySet<string> = new Set([...PLACES, ...COUNTRIES].map((p) => p.toLowerCase()));

function opensWithPerson(lead: string): boolean {
  // "ThS. BS.", "GS.TS.": dotted academic prefixes are the titles "ThS", "BS", "GS", "TS".
  const lower = lead.toLowerCase().replace(/\.(?=\s|$)/gu, '');
  return PERSON_OPENERS.some((w) => lower === w || lower.startsWith(`${w} `));
}

/** The person a subject segment names, and whether an honorific right before the name vouches for it. */
function personOfSegment(segment: string): { name: string; vouched: boolean } | null {
  const m = SEGMENT_NAME.exec(segment.trim());
  if (!m) return null;
  let lead = m[1]!.trim();
  let name = m[2]!;
  // A capitalised honorific or academic prefix opening the segment is read into the run: "Ông Kim Jae-won",
  // "PGS Đỗ Văn Dũng".
  const [first, ...rest] = name.split(/\s+/u);
  const opener = HONORIFIC_WORDS.has(first!.toLowerCase()) || opensWithPerson(first!);
  if (!lead && opener && rest.length > 0) [lead, name] = [first!, rest.join(' ')];
  const words = lead.split(/\s+/u).filter(Boolean);
  // "Nguyễn Thụy Trang - Phụ trách Khoa Cấp cứu, Bệnh viện Thống Nhất cho biết": a plain Vietnamese name standing
  // alone as a segment of the subject is the person the chain describes.
  if (words.length === 0) return plainVietnameseName(name) ? { name, vouched: false } : null;
  if (words.length > MAX_LEAD_WORDS || OBJECT_WORDS.has(words[words.length - 1]!)) return null;
  if (!opensWithPerson(lead)) return null;
  return { name, vouched: HONORIFIC_WORDS.has(words[words.length - 1]!.toLowerCase()) };
}

/** A family name first, two to five words, and no place ("Hồ Chí Minh", "Thái Lan"). */
export function plainVietnameseName(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 2 && words.length <= 5 && SURNAMES.has(words[0]!) && !PLACE_NAMES.has(name.toLowerCase());
}

/**
 * "Chuyên gia Nguyễn Quang Huy, CEO khoa Tài chính - Ngân hàng, Trường đại học Nguyễn Trãi cho biết", "Chiến sĩ trẻ
 * Y Khang Ja, dân tộc Mnông, …, Công an tỉnh Đắk Lắk hào hứng chia sẻ": a body at the end of a person's
 * appositive chain is where the person works; the person speaks. The person takes the statement when the name is
 * plain (a family name first, or an honorific before it); otherwise the statement is left out ('drop').
 */
export function bodyOfPerson(s: Speaker, attribution: string): Speaker | 'drop' | null {
  if (s.kind !== 'organisation' || !s.org) return null;
  const at = attribution.trim();
  const end = at.lastIndexOf(s.org);
  // "…, trường Đại học Y Dược TP.HCM": the body's lower-case head word may stand between the comma and its name.
  if (end <= 0 || !/[,–-]\s*(?:\p{Ll}+\s+){0,2}$/u.test(at.slice(0, end))) return null;
  const segments = at.slice(0, end).split(/\s*(?:,|\s[-–]\s)\s*/u);
  for (const segment of segments) {
    const person = personOfSegment(segment);
    if (!person) continue;
    const words = person.name.split(/\s+/u);
    const plain = person.vouched || (words.length >= 2 && SURNAMES.has(words[0]!));
    if (!plain) return 'drop';
    return { ...s, kind: 'person', name: person.name, key: personKey(person.name), title: null };
  }
  return null;
}

const bothCases = (w: string): string[] => [w, w[0]!.toUpperCase() + w.slice(1)];
/** "ông Ihnat", "Bà Hà", "Nguyễn Văn An": a person named in the text. */
const PERSON_MENTION = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...[...HONORIFIC_WORDS].flatMap(bothCases), ...FAMILY_NAMES].map(escapeRe).join('|')})\\s+${NAME_WORD}`,
  'u',
);

/**
 * "Bà cho rằng …", "“…” - ông chia sẻ.", "những người này cho biết …" with no person named anywhere before: the
 * pronoun or plural points outside the text, and the speaker has no name, title or body. Such a statement tells the
 * reader nothing about who spoke: it is left out. (With people named before, an unresolved pronoun stays a
 * nameless statement: the engine's "no one rather than the wrong one".)
 */
export function speakerOutsideText(s: Speaker, textBefore: string): boolean {
  return s.kind === 'person' && !s.name && !s.title && !s.org && !PERSON_MENTION.test(textBefore);
}
