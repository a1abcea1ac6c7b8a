import { digitsSource, parseDigits } from './digits.js';
import { execAll } from './exec-all.js';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, wordAlternation } from './regex.js';
import type { NumberVocab, ParsedAmount } from './types.js';

export interface CompiledNumbers {
  vocab: NumberVocab;
  /** RegExp source of one amount ("16,6 triệu", "hai mươi lăm nghìn", "30m"), without captures. */
  amount: string;
  /** RegExp source of one scale word. */
  scale: string;
  parse(raw: string): ParsedAmount | null;
}

/** Compiles a language's number vocabulary once, at module load. */
export function compileNumbers(vocab: NumberVocab): CompiledNumbers {
  const digits = digitsSource(vocab.decimal);
  const words = wordAlternation(Object.keys(vocab.words));
  const scales = wordAlternation(Object.keys(vocab.scales));
  const glued = vocab.gluedScales?.length ? wordAlternation(vocab.gluedScales) : null;
  const word = `${NOT_AFTER_WORD}(?:${words})${NOT_BEFORE_WORD}`;
  const numeral = `(?:${digits}|${word}(?:[\\s-]+${word})*)`;
  // "1.5-million-dose shipment": a hyphen may stand for the space.
  const scaleAfter = `(?:(?:\\s+|-)(?:${scales})${glued ? `|(?:${glued})` : ''})${NOT_BEFORE_WORD}`;
  const half = Object.entries(vocab.words).filter(([, w]) => w.kind === 'half-after').map(([k]) => k);
  const halfTail = half.length ? `(?:\\s+(?:${wordAlternation(half)})${NOT_BEFORE_WORD})?` : '';
  // "2 triệu 500 nghìn": a second numeral and scale may follow the first scale.
  const amount = `${numeral}(?:${scaleAfter}${halfTail}(?:\\s+${numeral}${scaleAfter})?)?`;
  const token = new RegExp(
    `(?<d>${digits})|${NOT_AFTER_WORD}(?:(?<s>${scales})|(?<w>${words}))${NOT_BEFORE_WORD}${glued ? `|(?<g>${glued})${NOT_BEFORE_WORD}` : ''}`,
    'giu',
  );
  return { vocab, amount, scale: scales, parse: (raw) => parseAmount(raw, vocab, token) };
}

function parseAmount(raw: string, vocab: NumberVocab, token: RegExp): ParsedAmount | null {
  let total = 0;
  // The pending number below the next scale: hundreds ("hai trăm") and the rest ("năm mươi").
  let hundreds = 0;
  let small: number | null = null;
  let lastMagnitude = 1;
  let scale = 1;
  let separated = false;
  let any = false;
  const pending = (): number | null => (small === null && hundreds === 0 ? null : hundreds + (small ?? 0));
  for (const m of execAll(token, raw)) {
    const g = m.groups ?? {};
    any = true;
    if (g.d !== undefined) {
      small = (small ?? 0) + parseDigits(g.d, vocab.decimal);
      if (/[.,]/.test(g.d)) separated = true;
    } else if (g.s !== undefined || g.g !== undefined) {
      const s = vocab.scales[(g.s ?? g.g ?? '').toLowerCase()];
      if (s === undefined) return null;
      total += (pending() ?? 1) * s;
      hundreds = 0;
      small = null;
      lastMagnitude = s;
      scale = Math.max(scale, s);
    } else if (g.w !== undefined) {
      const w = vocab.words[g.w.toLowerCase().replace(/\s+/g, ' ')];
      if (!w) return null;
      if (w.kind === 'add') small = (small ?? 0) + w.value;
      else if (w.kind === 'times' && w.value >= 100) {
        hundreds += (small ?? 1) * w.value;
        small = null;
        lastMagnitude = w.value;
      } else if (w.kind === 'times') {
        small = (small ?? 1) * w.value;
        lastMagnitude = w.value;
      } else if (pending() !== null) small = (small ?? 0) + lastMagnitude / 2;
      else total += lastMagnitude / 2;
    }
  }
  if (!any) return null;
  const value = total + (pending() ?? 0);
  // 16,6 × 1e6 is 16599999.999999998 in binary floating point: a scaled amount is a whole count.
  return { value: scale > 1 ? Math.round(value) : value, scale, separated };
}
