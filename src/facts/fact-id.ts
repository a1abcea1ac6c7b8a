import { createHash } from 'node:crypto';
import type { FactDraft } from '../core/index.js';

/** The part of a fact's value that makes it this fact and not another at the same span. */
function normalisedValue(f: FactDraft): string {
  switch (f.type) {
    case 'dose':
      return `${f.value ?? ''}-${f.valueMax ?? ''}`;
    case 'date':
      return f.value;
    case 'statement':
      return f.speaker.key ?? '';
  }
}

/** Stable across runs and machines: article URL + type + span + normalised value. */
export function factId(articleUrl: string, f: FactDraft): string {
  const h = createHash('sha256').update(`${articleUrl}\u0000${f.type}\u0000${f.start}:${f.end}\u0000${normalisedValue(f)}`);
  return `${f.type[0]}_${h.digest('hex').slice(0, 24)}`;
}
