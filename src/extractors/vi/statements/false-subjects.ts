import type { Speaker } from '../../../core/index.js';
import { alternation, WORD_END } from '../../common/pattern/index.js';
import { relativeBeforeName } from '../../common/statements/relative-subject.js';
import { RELATIVE_WORDS, SELF_REFERENCE_VERBS } from './constants.js';

/*
 * Subjects the engine reads as a named speaker where the words around them say no such person speaks. Each returns
 * true to leave the statement out.
 */

/** "Vợ ông Nguyễn Văn An cho biết …": An's wife speaks, unnamed. */
export function spokenByRelative(s: Speaker, attribution: string): boolean {
  return s.kind === 'person' && !!s.name && relativeBeforeName(s.name, attribution, RELATIVE_WORDS);
}

const SELF_REFERENCE = new RegExp(`^\\s*Như\\s+(?:đã\\s+|vừa\\s+)?(?:${alternation(SELF_REFERENCE_VERBS)})${WORD_END}`, 'u');

/** "Như đã nói ở trên, …": "as said above" (the text about itself), read as a person named Như. */
export function selfReference(attribution: string): boolean {
  return SELF_REFERENCE.test(attribution);
}

/** "… Luật Chứng khoán sửa đổi, bổ sung năm 2020": "bổ sung" of a law amended and supplemented, no one adding words. */
export function amendedLaw(verb: string | null, attribution: string): boolean {
  return verb?.toLowerCase() === 'bổ sung' && /(?:^|[^\p{L}])sửa đổi,?\s+bổ sung(?![\p{L}])/iu.test(attribution);
}
