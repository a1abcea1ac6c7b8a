import type { Speaker } from '../../../core/index.js';
import { escapeRe } from '../../common/pattern/index.js';
import { ADMIN_UNITS, PLACES, REACHED_OR_DATED_TAIL, REGIONAL_UNITS } from './constants.js';

/**
 * "Supervisor Humas PLN UIW Sulselrabar Eko Wahyu Prasongko yang dihubungi, Sabtu (17/11/2018) menuturkan": three
 * or more capitalised words right after a body's acronym may open with the body's place or unit ("Sulselrabar");
 * before a clause of being reached or a bare date, nothing closes the name, so where it starts is not sure.
 */
export function longNameAfterAcronym(s: Speaker, context: string): boolean {
  if (s.kind !== 'person' || !s.name || !s.org) return false;
  if (s.name.split(/\s+/u).length < 3) return false;
  const last = s.org.split(/\s+/u).pop()!;
  if (!/^\p{Lu}{2,}$/u.test(last)) return false;
  return new RegExp(`${escapeRe(s.org)}\\s+${escapeRe(s.name)}(?:${REACHED_OR_DATED_TAIL})`, 'u').test(context);
}

const PLACE_WORD: ReadonlySet<string> = new Set(PLACES.flatMap((p) => p.split(/\s+/u)));
const ADMIN_UNIT: ReadonlySet<string> = new Set(ADMIN_UNITS);
const AFTER_REGIONAL_UNIT = `(?<![\\p{L}\\p{N}])(?:${REGIONAL_UNITS.join('|')})(?:\\s+(?:\\d+|[IVX]+))?((?:\\s+\\p{Lu}[\\p{L}'’-]*)*?)\\s+`;

/**
 * "Kepala Pelaksana BPBD Agam Budi Perwira Negara", "Kepala SMPN Sumber Rejo Sri Kristini": after a unit that
 * always names its region, capitalised words are the place and then the person. Where the engine read three words
 * or more straight after the unit, or left words the vocabularies do not know as places between the unit and the
 * name (other than an administrative unit and its place), where the place ends and the name begins is a guess.
 */
export function nameAfterRegionalUnit(s: Speaker, context: string): boolean {
  if (s.kind !== 'person' || !s.name) return false;
  const m = new RegExp(`${AFTER_REGIONAL_UNIT}${escapeRe(s.name)}(?![\\p{L}\\p{N}])`, 'u').exec(context);
  if (!m) return false;
  const between = m[1]!.trim().split(/\s+/u).filter((w) => w.length > 0);
  if (between.length === 0) return s.name.split(/\s+/u).length >= 3;
  // "BPBD Provinsi Jawa Barat", "BPBD Cilacap Wilayah Sidareja": after an administrative unit comes its place.
  const unit = between.findIndex((w) => ADMIN_UNIT.has(w));
  return !between.slice(0, unit < 0 ? between.length : unit).every((w) => PLACE_WORD.has(w));
}
