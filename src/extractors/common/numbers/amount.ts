import { alternation, groups, WORD_END, WORD_START } from '../pattern/index.js';
import { digitsSource, parseDigits } from './digits.js';
import { evaluate, type NumberToken } from './evaluate.js';
import { execAll } from './exec-all.js';
import type { NumberVocab, NumberWord, ParsedAmount } from './types.js';

export interface CompiledNumbers {
  vocab: NumberVocab;
  /** RegExp source of one amount ("16,6 triệu", "hai mươi lăm nghìn", "30m", "8 (delapan) juta"), no captures. */
  amount: string;
  /** RegExp source of one scale word. */
  scale: string;
  parse(raw: string): ParsedAmount | null;
}

const norm = (w: string): string => w.toLowerCase().replace(/\s+/g, ' ');

/**
 * Compiles a language's number vocabulary once, at module load. An amount is a chain of chunks; a chunk is
 * digits (with a glued scale or a bracketed spelling, "8 (delapan)") or a run of number words, then any
 * scale words. A chunk may follow another only after a scale ("2 triệu 500 nghìn", "hai nghìn không trăm lẻ
 * tám"), so a year or a second figure never joins the first ("năm 2021", "16-17 triệu").
 */
export function compileNumbers(vocab: NumberVocab): CompiledNumbers {
  const contractions = vocab.contractions ?? {};
  const entries = Object.entries(vocab.words);
  const articles = entries.filter(([, w]) => w.kind === 'article').map(([k]) => k);
  const plain = [...entries.filter(([, w]) => w.kind !== 'article').map(([k]) => k), ...Object.keys(contractions)];
  const scales = alternation(Object.keys(vocab.scales));
  const hundreds = entries.filter(([, w]) => w.kind === 'hundred').map(([k]) => k);
  const multipliers = alternation([...hundreds, ...Object.keys(vocab.scales)]);
  const digits = digitsSource(vocab.decimal, vocab.groupings);
  const glued = vocab.gluedScales?.length ? `(?:${alternation(vocab.gluedScales)})${WORD_END}` : null;
  const bracket = '(?:\\s*\\([\\p{L}\\s-]{2,60}\\))';
  const article = articles.length ? `${alternation(articles)}(?=(?:\\s+|-)(?:${multipliers})${WORD_END})|` : '';
  const word = `${WORD_START}(?:${article}(?:${alternation(plain)})${WORD_END})`;
  const words = `${word}(?:(?:\\s+|-)${word})*`;
  const scaleAfter = `(?:\\s+|-)${WORD_START}(?:${scales})${WORD_END}`;
  const numeral = `(?:(?:${digits})${glued ? `(?:${glued}|${bracket})?` : `${bracket}?`}|${words})`;
  const chunk = `${numeral}(?:${scaleAfter})*`;
  const scaled = `(?:${numeral}(?:${scaleAfter})+${glued ? `|(?:${digits})${glued}` : ''})`;
  const joiner = vocab.commaAfterScale ? `(?:\\s+|,\\s+(?=${word}))` : '\\s+';
  const amount = `(?:${scaled}${joiner})*${chunk}`;

  const wordOrScale = `${WORD_START}(?:(?<s>${scales})|(?<w>${alternation([...plain, ...articles])}))${WORD_END}`;
  const token = new RegExp(`(?<d>${digits})(?<g>${glued ?? '(?!)'})?|(?<br>\\([^()]*\\))|${wordOrScale}`, 'giu');
  const lookup = (w: string): NumberToken[] | null => {
    const key = norm(w);
    const scale = vocab.scales[key];
    if (scale !== undefined) return [{ kind: 'scale', value: scale }];
    const found: NumberWord | undefined = vocab.words[key];
    if (found) return [{ kind: 'word', word: found }];
    const expansion = contractions[key];
    if (expansion === undefined) return null;
    const out = expansion.split(' ').map(lookup);
    return out.every((t) => t !== null) ? out.flat() : null;
  };
  const parse = (raw: string): ParsedAmount | null => {
    const tokens: NumberToken[] = [];
    for (const m of execAll(token, raw)) {
      const g = groups(m, 'd', 'g', 'br', 's', 'w');
      if (g.d !== undefined) {
        tokens.push({ kind: 'digits', value: parseDigits(g.d, vocab.decimal), separated: /[.,\s]/.test(g.d) });
        if (g.g !== undefined) tokens.push(...(lookup(g.g) ?? []));
      } else if (g.s !== undefined || g.w !== undefined) {
        const t = lookup(g.s ?? g.w ?? '');
        if (!t) return null;
        tokens.push(...t);
      }
    }
    return evaluate(tokens);
  };
  return { vocab, amount, scale: scales, parse };
}
