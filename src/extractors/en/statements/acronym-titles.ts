import { escapeRe } from '../../common/pattern/index.js';
import { TITLE_ACRONYMS } from './constants.js';
import type { StatementDraft } from './draft.js';

const TITLE_ACRONYM_SET: ReadonlySet<string> = new Set(TITLE_ACRONYMS);

function words(s: string | null): string[] {
  return (s ?? '').split(/\s+/u).filter((w) => w.length > 0);
}

/** The person's title opens with the acronym, or the page writes the acronym before the person's name. */
function carries(text: string, acronym: string, p: StatementDraft['speaker']): boolean {
  if (words(p.title)[0] === acronym) return true;
  const surname = words(p.name).at(-1);
  return surname !== undefined && new RegExp(`(?<![\\p{L}])${acronym}\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}${escapeRe(surname)}(?![\\p{L}])`, 'u').test(text);
}

/**
 * "The MEC emphasised …", "the QB said …": an office written as an acronym speaks, not a body. The statement
 * goes to the one named person who carries that acronym on this page (a title opening with it, or "MEC Mamabolo",
 * "MEC Jo Mamabolo"); with none or several, to the office alone (no name), never to a body named "MEC".
 */
export function acronymTitleSpeakers(text: string, drafts: readonly StatementDraft[]): StatementDraft[] {
  return drafts.map((d) => {
    const s = d.speaker;
    const acronym = s.kind === 'organisation' && s.name === null ? s.org : null;
    if (!acronym || !TITLE_ACRONYM_SET.has(acronym)) return d;
    const holders = new Map<string, StatementDraft['speaker']>();
    for (const o of drafts) {
      const p = o.speaker;
      if (p.kind === 'person' && p.key !== null && p.name !== null && carries(text, acronym, p)) holders.set(p.key, p);
    }
    const [holder, ...more] = [...holders.values()];
    if (holder && more.length === 0) return { ...d, speaker: holder };
    return { ...d, speaker: { name: null, key: null, title: acronym, org: null, kind: 'person' } };
  });
}
