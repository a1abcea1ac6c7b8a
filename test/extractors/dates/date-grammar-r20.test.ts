import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/** Invented sentences for round 20's date-grammar guards and gaps; each case's "why" says what the rule changes. */
const cases = (name: string) => casesFromJson(new URL(`./${name}.cases.json`, import.meta.url));

describe('dates (id): a semester with no year in figures or after a school word is a school term, no date', () => {
  itGivesDates(cases('school-term-semester-id'));
});

describe('dates (id): a bracketed day before "dan" and the next bracketed day is an item of a list', () => {
  itGivesDates(cases('bracketed-day-list-id'));
});

describe('dates (id, vi): two weekdays joined by "dan"/"và" share the week or direction written after the second', () => {
  itGivesDates(cases('weekday-pair-offset'));
});

describe('dates (vi): "trước" before an event noun or shared with "sau" is "before", not "ago" or "last"', () => {
  itGivesDates(cases('before-something-vi'));
});

describe('dates (id): a month that is also a given name, alone, closing its clause after a lower-case word', () => {
  itGivesDates(cases('month-alone-given-name-id'));
});

describe('dates (vi): a dashed or dotted day after "hoặc" continues a list from a day with its own lead', () => {
  itGivesDates(cases('day-alternatives-vi'));
});

describe('dates: a yearless day coordinated with, or ending a span from, a yearless day takes its year', () => {
  itGivesDates(cases('linked-day-years'));
});
