/**
 * Short titles of police and military unit heads, built from their parts: a head word and a unit abbreviation,
 * written joined ("Dirreskrimsus", "Kasatlantas", "Kaurbinopsnal", "Danramil", "Pasiter") or apart ("Dir Reskrimsus",
 * "Kaur Binopsnal"). Both lists are closed: the heads of police directorates, units, sub-units and sections, and the
 * function abbreviations of Polri's organisation; the commanders, staff chiefs and section officers of TNI units.
 */

/** Police head words: director and deputy, unit, sub-unit, section, sub-directorate and affairs heads. */
const POLICE_HEADS = [
  'Dir', 'Wadir', 'Kasat', 'Wakasat', 'Kanit', 'Kasubnit', 'Kasubdit', 'Kabag', 'Kasubbag', 'Kasubag', 'Kaur',
  'Kasi', 'Kasie', 'Kabid', 'Kaden', 'Kapos',
] as const;

/** Polri function abbreviations (criminal, narcotics, traffic, intelligence, community, patrol, water police …). */
const POLICE_FUNCTIONS = [
  'Reskrim', 'Reskrimum', 'Reskrimsus', 'Resnarkoba', 'Narkoba', 'Reskoba', 'Lantas', 'Intelkam',
  'Intel', 'Binmas', 'Samapta', 'Sabhara', 'Tahti', 'Polairud', 'Polair', 'Pamobvit', 'Pamovit', 'Humas', 'Propam',
  'Resmob', 'Krimsus', 'Krimum', 'Tipiter', 'Tipidkor', 'Tipikor', 'Tipidter', 'Binops', 'Binopsnal', 'Ops',
  'Regident', 'Gakkum', 'Dikyasa', 'Kamsel', 'Turjawali', 'Sumda', 'Log', 'Ren', 'Jatanras', 'Paminal', 'Provos',
  'PPA', 'Renakta', 'Siber', 'Indagsi', 'Fismondev', 'Harda', 'Kamneg',
] as const;

/** TNI head words: commander and deputy, chief of staff, information head, section officer. */
const MILITARY_HEADS = ['Dan', 'Wadan', 'Kas', 'Kapen', 'Pasi'] as const;

/** TNI unit and staff-section abbreviations, written after the head word in lower case ("Danramil", "Pasiter"). */
const MILITARY_UNITS = [
  'dim', 'ramil', 'rem', 'dam', 'yon', 'yonif', 'brigif', 'ki', 'ton', 'den', 'satgas', 'lanal', 'lanud', 'lantamal',
  'pomdam', 'puspom', 'kodiklat', 'pasmar', 'kormar', 'sektor', 'ter', 'ops', 'intel', 'log', 'pers',
] as const;

const joined = (heads: readonly string[], units: readonly string[]): string[] =>
  heads.flatMap((head) => units.map((unit) => `${head}${unit.toLowerCase()}`));

const apart = (heads: readonly string[], units: readonly string[]): string[] =>
  heads.flatMap((head) => units.map((unit) => `${head} ${unit}`));

/**
 * The police units those heads lead, which open a body's name like "Polres" does ("Satlantas Polres Pekalongan Kota",
 * "Ditreskrimsus Polda Kepri"): "Sat" (unit of a district force) or "Dit" (directorate of a provincial force) and the
 * function, and the station and command levels the vocabulary lacked.
 */
export const POLICE_UNIT_HEADS: readonly string[] = [
  ...new Set([...joined(['Sat', 'Dit'], POLICE_FUNCTIONS), 'Polrestabes', 'Polsekta', 'Koramil', 'Lanal', 'Lanud', 'Lantamal']),
];

export const UNIT_HEAD_TITLES: readonly string[] = [
  ...new Set([
    ...joined(POLICE_HEADS, POLICE_FUNCTIONS),
    ...apart(POLICE_HEADS, POLICE_FUNCTIONS),
    ...joined(MILITARY_HEADS, MILITARY_UNITS),
  ]),
];
