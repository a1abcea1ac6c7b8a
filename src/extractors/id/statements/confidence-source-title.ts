import type { Speaker } from '../../../core/index.js';
import { escapeRe } from '../../common/pattern/index.js';
import { ACCORDING_TO } from './constants.js';

/*
 * "Menurut jaksa, Hasto tidak mengakui perbuatan suap …", "Kata jaksa, Hasto …": a source named only by a lower-case
 * title opens the sentence; the name after its comma is the subject of what the source says, not the source's
 * name. Where the statement's content starts right after that name, the speaker is the title alone.
 */

const SOURCE = ACCORDING_TO.map(escapeRe).join('|');

/** `contentAt` is where the statement's content starts in `context`. */
export function titleSourceOnly(s: Speaker, context: string, contentAt: number): Speaker | null {
  if (s.kind !== 'person' || !s.name || !s.title) return null;
  const m = new RegExp(
    `(?:^|[.!?]["”’]?\\s+|,\\s*)(?:${SOURCE})\\s+(\\p{Ll}[\\p{L} ]*?)\\s*,\\s*${escapeRe(s.name)}(?=\\s)`,
    'u',
  ).exec(context);
  if (!m || m[1]!.toLowerCase() !== s.title.toLowerCase()) return null;
  if (context.slice(m.index + m[0].length, contentAt).trim() !== '') return null;
  return { name: null, key: null, title: s.title, org: s.org, kind: 'person' };
}
