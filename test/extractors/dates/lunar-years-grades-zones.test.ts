import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in lunar-years-grades-zones.cases.json: lunar years by stem and branch, grades of
 * injury, a Vietnam-zone note between a time and its day, a day before a span of days, an Indonesian idiom, a week
 * after a comma, hedged English distances back. Each shape with its positive and negative neighbours.
 */
const CASES = casesFromJson(new URL('./lunar-years-grades-zones.cases.json', import.meta.url));

describe('dates: lunar years, grades, zone notes, day-and-span lists, idioms', () => {
  itGivesDates(CASES);
});
