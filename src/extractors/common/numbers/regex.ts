export { alternation as wordAlternation, WORD_START as NOT_AFTER_WORD, WORD_END as NOT_BEFORE_WORD } from '../pattern/index.js';
