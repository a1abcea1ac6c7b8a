import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/** Invented sentences for four Vietnamese date-grammar gaps; each file's "why" says what the rule changes. */
const cases = (name: string) => casesFromJson(new URL(`./${name}.cases.json`, import.meta.url));

describe('dates (vi): a month after a street, square, bridge or school and a day number is part of its name', () => {
  itGivesDates(cases('street-names-vi'));
});

describe('dates (vi): every day of a list "các ngày 8, 9 và 10/9"', () => {
  itGivesDates(cases('day-lists-vi'));
});

describe('dates (vi): "vừa rồi" after a weekday is the last one, as "vừa qua"', () => {
  itGivesDates(cases('weekday-vua-roi-vi'));
});

describe('dates (vi): "hôm" before a day with its month in words is a day lead', () => {
  itGivesDates(cases('hom-day-words-vi'));
});
