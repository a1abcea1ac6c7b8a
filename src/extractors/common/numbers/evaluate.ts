import type { NumberWord } from './types.js';

/** One token of an amount, as the tokenizer in amount.ts reads it. */
export type NumberToken =
  | { kind: 'digits'; value: number; separated: boolean }
  | { kind: 'scale'; value: number }
  | { kind: 'word'; word: NumberWord };

interface Part {
  value: number;
  scale: number;
}

/**
 * The value of a token sequence. Below a scale the words build a group (0..999, or a decimal from digits);
 * a scale multiplies the group and every part said since a larger scale ("một nghìn tỷ": 1000 × 1e9,
 * "hai triệu năm trăm nghìn": 2e6 + 500e3). Null when the sequence is not a number ("2 3 triệu", "a").
 */
export function evaluate(tokens: readonly NumberToken[]): { value: number; scale: number; separated: boolean } | null {
  const parts: Part[] = [];
  let group: number | null = null;
  let lastUnit = 0;
  let lastMagnitude = 0;
  let lastWasScale = false;
  let scale = 1;
  let separated = false;
  let numeric = false;
  for (const t of tokens) {
    const afterScale = lastWasScale;
    lastWasScale = false;
    if (t.kind === 'digits') {
      if (group !== null) return null;
      group = t.value;
      lastUnit = 0;
      numeric = true;
      separated ||= t.separated;
    } else if (t.kind === 'scale') {
      const below = parts.filter((p) => p.scale < t.value).reduce((s, p) => s + p.value, 0);
      if (group === null && below === 0 && !numeric) group = 1;
      const value = (below + (group ?? 0)) * t.value;
      parts.splice(0, parts.length, ...parts.filter((p) => p.scale >= t.value), { value, scale: t.value });
      group = null;
      lastUnit = 0;
      lastMagnitude = t.value;
      lastWasScale = true;
      scale = Math.max(scale, t.value);
    } else {
      const w = t.word;
      switch (w.kind) {
        case 'unit':
          group = (group ?? 0) + w.value;
          lastUnit = w.value;
          numeric = true;
          break;
        case 'teen':
          if (group === null || lastUnit === 0) return null;
          group += 10;
          lastUnit = 0;
          break;
        case 'tens':
          group = group === null ? 10 : group - lastUnit + lastUnit * 10;
          lastUnit = 0;
          numeric = true;
          break;
        case 'hundred':
          group = (group ?? 1) * w.value;
          lastUnit = 0;
          lastMagnitude = w.value;
          numeric = true;
          break;
        case 'zero':
          group ??= 0;
          break;
        case 'fraction':
          group = (group ?? 0) + w.value;
          numeric = true;
          break;
        case 'article':
          group ??= 1;
          numeric = true;
          break;
        case 'half-after': {
          if (lastMagnitude === 0) return null;
          const top = parts.at(-1);
          if (afterScale && top) top.value += lastMagnitude / 2;
          else group = (group ?? 0) + lastMagnitude / 2;
          break;
        }
      }
    }
  }
  if (!numeric) return null;
  const total = parts.reduce((s, p) => s + p.value, 0) + (group ?? 0);
  // 16,6 × 1e6 is 16599999.999999998 in binary floating point: a scaled amount is a whole count.
  return { value: scale > 1 ? Math.round(total) : total, scale, separated };
}
