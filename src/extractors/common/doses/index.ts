export { createDoseExtractor } from './create-dose-extractor.js';
export { COMMON_COUNTERPARTS, NAMED_VACCINES } from './vaccines.js';
export type { CueModifiers, CuePosition, DoseVocab, StatusCue } from './types.js';
