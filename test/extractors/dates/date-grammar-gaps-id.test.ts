import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/** Invented sentences for two Indonesian date-grammar gaps; each case's "why" says what the rule changes. */
const cases = (name: string) => casesFromJson(new URL(`./${name}.cases.json`, import.meta.url));

describe('dates (id): a clock time, "pada" and the day after it are one fact, the time', () => {
  itGivesDates(cases('time-pada-day-id'));
});

describe('dates (id): a part of day after a comma that ends the clause belongs to the bracketed or written day', () => {
  itGivesDates(cases('pod-after-comma-id'));
});
