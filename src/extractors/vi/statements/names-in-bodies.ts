import type { FactDraft, Speaker } from '../../../core/index.js';
import type { Extractor } from '../../common/extractor.js';
import { personKey } from '../../common/statements/person-key.js';
import { ADMIN_UNITS, GOVERNMENT_BODY_HEADS } from './constants.js';
import { PLACE_NAMES } from './weak-evidence.js';

/*
 * "Tổng Tư lệnh Quân đội Ariella Segal nhấn mạnh", "tài xế P.N.T. (SN 1979, …) chia sẻ": the engine keeps the title
 * and reads the rest as the body, so the person's name (a foreign name after the body, or initials) is lost.
 */

/** Words that make the capitalised words after them a place ("Cảnh sát bang New Jersey"). */
const PLACE_WORDS: ReadonlySet<string> = new Set([...ADMIN_UNITS, 'bang', 'thủ đô', 'thành phố'].map((w) => w.toLowerCase()));
/** A word of a foreign name in plain Latin letters ("Segal", "Jong-un"): no acronym, no Vietnamese letter. */
const FOREIGN_NAME_WORD = /^[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*$/u;
/** Initials standing for a person's name ("P.N.T."), then the end, a comma or a bracket. */
const INITIALS = /^(?<initials>(?:\p{Lu}\.){2,}\p{Lu}?)(?:\s*[,(]|\s*$)/u;
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;

/** "Quân đội Ariella Segal" → body "Quân đội", name "Ariella Segal"; null when the body is not a state body. */
function foreignNameAfterBody(org: string): { name: string; body: string } | null {
  const words = org.trim().split(/\s+/u);
  let start = words.length;
  while (start > 0 && FOREIGN_NAME_WORD.test(words[start - 1]!)) start--;
  // A country or place opening the run belongs to the body ("Bộ Ngoại giao Nga Maria Zakharova").
  while (start < words.length && PLACE_NAMES.has(words[start]!.toLowerCase())) start++;
  const name = words.slice(start);
  const body = words.slice(0, start).join(' ');
  if (name.length < MIN_NAME_WORDS || name.length > MAX_NAME_WORDS || body === '') return null;
  if (PLACE_NAMES.has(name.join(' ').toLowerCase())) return null;
  if ([...PLACE_WORDS].some((w) => ` ${body.toLowerCase()}`.endsWith(` ${w}`))) return null;
  if (!GOVERNMENT_BODY_HEADS.some((h) => body === h || body.startsWith(`${h} `))) return null;
  return { name: name.join(' '), body };
}

/** The speaker with the name its body swallowed, or null when there is none. */
function nameFromBody(s: Speaker): Speaker | null {
  if (s.kind !== 'person' || s.name !== null || !s.title || !s.org) return null;
  const initials = INITIALS.exec(s.org)?.groups?.['initials'];
  if (initials) return { ...s, name: initials, key: null, org: null };
  const split = foreignNameAfterBody(s.org);
  return split ? { ...s, name: split.name, key: personKey(split.name), org: split.body } : null;
}

export function withNamesInBodies(extractor: Extractor): Extractor {
  return {
    ...extractor,
    extract: (doc) =>
      extractor.extract(doc).map((d: FactDraft) => {
        if (d.type !== 'statement') return d;
        const speaker = nameFromBody(d.speaker);
        return speaker ? { ...d, speaker } : d;
      }),
  };
}
