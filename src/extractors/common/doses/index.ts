export { createDoseExtractor } from './create-dose-extractor.js';
export { COMMON_COUNTERPARTS, NAMED_VACCINES } from './vaccines.js';
export type { DoseVocab } from './types.js';
export { parseEllipsis } from './ellipsis.js';
