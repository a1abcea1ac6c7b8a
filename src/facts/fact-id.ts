import { createHash } from 'node:crypto';
import type { FactDraft, FactType } from '../core/index.js';
import { cleanNumber, foldKey } from './fold.js';

const PREFIX: Record<FactType, string> = { dose: 'd', date: 't', statement: 's' };

const num = (n: number | null): string => (n === null ? '' : String(cleanNumber(n)));

/** The part of a fact's value that makes it this fact and not another at the same span. */
function normalisedValue(f: FactDraft): string {
  switch (f.type) {
    case 'dose':
      return `${num(f.value)}-${num(f.valueMax)}`;
    case 'date':
      return f.value;
    case 'statement':
      return f.speaker.key === null ? '' : foldKey(f.speaker.key);
  }
}

/**
 * Stable across runs and machines: article URL + type + span + normalised value. The prefix says the type
 * (`d_` dose, `t_` date/time, `s_` statement).
 */
export function factId(articleUrl: string, f: FactDraft): string {
  const h = createHash('sha256').update(`${articleUrl}\u0000${f.type}\u0000${f.start}:${f.end}\u0000${normalisedValue(f)}`);
  return `${PREFIX[f.type]}_${h.digest('hex').slice(0, 24)}`;
}
