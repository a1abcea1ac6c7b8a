import type { FactDraft, Speaker } from '../../../core/index.js';
import type { Extractor } from '../../common/extractor.js';
import { escapeRe, wordsRe } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { attributionOf } from './confidence.js';
import { NAME_WORD } from './weak-evidence.js';
import { PERSON_HONORIFICS } from './constants.js';

/*
 * "Ông Hoàng Phúc Lâm Phó giám đốc Trung tâm … lưu ý:", "ông Dương Đình Chỉnh - Giám đốc Sở Y tế - Phó trưởng Ban …
 * cho biết:": the engine keeps the last title and loses the name written before it (no comma between them, or
 * titles joined by dashes). The person after the honorific is the one holding that title.
 */

const HONORIFIC = wordsRe(PERSON_HONORIFICS);
/** Earlier titles between the name and the title read: no quote, colon, person or "và" (another person). */
const EARLIER_TITLES = `(?:(?!\\s(?:${HONORIFIC}|và)\\s)[^:"“”()\\-–]){1,80}?`;
/** Right after the name (a space), or a dash then maybe earlier titles closed by a dash or a comma. */
const GAP = `(?:\\s+|\\s*[-–]\\s*(?:${EARLIER_TITLES}\\s*[-–,]\\s*)?)`;

/** The title as written in either case of each letter ("Phó Giám đốc" / "Phó giám đốc"). */
function anyCase(s: string): string {
  return [...escapeRe(s)].map((c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`)).join('');
}

/** The name before the speaker's title, or null when the speaker has a name or none is written before the title. */
function nameBeforeTitle(s: Speaker, attribution: string): string | null {
  if (s.kind !== 'person' || s.name !== null || !s.title) return null;
  const re = new RegExp(
    `${HONORIFIC}\\s+(?<name>${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}?)${GAP}${anyCase(s.title)}(?![\\p{L}])`,
    'u',
  );
  const hits = [...attribution.matchAll(new RegExp(re.source, 'gu'))];
  return hits.length === 1 ? (hits[0]!.groups?.['name'] ?? null) : null;
}

export function withNamesBeforeTitles(extractor: Extractor): Extractor {
  return {
    ...extractor,
    extract: (doc) =>
      extractor.extract(doc).map((d: FactDraft) => {
        if (d.type !== 'statement') return d;
        const name = nameBeforeTitle(d.speaker, attributionOf(doc, d));
        return name ? { ...d, speaker: { ...d.speaker, name, key: personKey(name) } } : d;
      }),
  };
}
