export { compileNumbers, type CompiledNumbers } from './amount.js';
export { parseDigits } from './digits.js';
export { wordAlternation, NOT_AFTER_WORD, NOT_BEFORE_WORD } from './regex.js';
export type { NumberVocab, NumberWord, ParsedAmount } from './types.js';
export { execAll } from './exec-all.js';
