import { createHash } from 'node:crypto';
import type { DateFact, DoseFact, Fact, StatementFact } from '../core/index.js';
import { cleanNumber, foldKey } from './fold.js';
import type { DoseLinks } from './links.js';

/**
 * What a dose is of, the same in every language. A named vaccine is its maker's class, whatever the brand
 * or spelling (AstraZeneca/Vaxzevria/Covishield → `vaccine:astrazeneca`, Vero Cell → `vaccine:sinopharm`);
 * any other vaccine word (vaccine, vắc-xin, vắc xin, vacxin, vaksin) is plain `vaccine`, and so is a dose with
 * no item, since bare "liều"/"dosis"/"doses" means vaccine doses in the news we read. Medicines (thuốc, obat,
 * drug, Molnupiravir) are `drug`; anything else keeps its folded name. A brand is kept apart from the plain
 * word because two different deliveries of the same size in the same month are common (1 million Moderna
 * doses from the US, 1 million AstraZeneca doses from Japan): a wrong merge is worse than a missed one.
 */
const BRANDS: Array<[string, RegExp]> = [
  ['astrazeneca', /\b(astra ?zeneca|vaxzevria|covishield|az)\b/],
  ['pfizer', /\b(pfizer|biontech|comirnaty)\b/],
  ['moderna', /\b(moderna|spikevax)\b/],
  ['sinopharm', /\b(sinopharm|vero ?cell|bbibp)\b/],
  ['sinovac', /\b(sinovac|coronavac)\b/],
  ['sputnik', /\bsputnik/],
  ['janssen', /\b(janssen|johnson)\b/],
  ['novavax', /\b(novavax|covovax|nuvaxovid)\b/],
  ['covaxin', /\bcovaxin\b/],
  ['abdala', /\babdala\b/],
  ['hayat-vax', /\bhayat ?vax\b/],
  ['nanocovax', /\bnanocovax\b/],
  ['covivac', /\bcovivac\b/],
  ['arcturus', /\b(arcturus|arct ?154)\b/],
];
const VACCINE = /\b(vaccin\w*|vacxin|vac xin|vaksin\w*|vakcin\w*|covax)\b/;
const DRUG = /\b(thuoc|obat|drugs?|medicines?|pills?|molnupiravir|remdesivir|favipiravir|paxlovid)\b/;

export function doseItemClass(item: string | null): string {
  if (item === null) return 'vaccine';
  const k = foldKey(item);
  const brands = BRANDS.filter(([, re]) => re.test(k)).map(([name]) => name);
  if (brands.length > 0) return `vaccine:${brands.join('+')}`;
  if (k === '' || VACCINE.test(k)) return 'vaccine';
  if (DRUG.test(k)) return 'drug';
  return `other:${k}`;
}

/** "2021-09" from "2021-09-06", "2021-09", "2021-09/2021-10" or "2021-09-06T17:30:00+07:00" (local month). */
function yearMonth(value: string | null | undefined): string | null {
  return value ? (/^(\d{4}-\d{2})(?![\d])/.exec(value)?.[1] ?? null) : null;
}

function hash(prefix: string, parts: string[]): string {
  return `${prefix}_${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24)}`;
}

/**
 * Doses that report the same thing share a cluster wherever they were published: same item class, same
 * value (and upper bound), same calendar month, taken from the date the dose is linked to when it names a
 * month, else from publication. A contract's size is not an event in time: its period is "contract".
 * Null for vague amounts or when no month is known. A calendar month, not a sliding window, so that every
 * worker computes it from the article alone.
 */
function doseClusterId(
  dose: DoseFact,
  date: DateFact | null,
  publishedAt: string | null,
  opts: { itemClass?: string; sizesContract?: boolean } = {},
): string | null {
  if (dose.value === null) return null;
  const period = opts.sizesContract ? 'contract' : (yearMonth(date?.value) ?? yearMonth(publishedAt));
  if (!period) return null;
  const max = dose.valueMax === null ? '' : String(cleanNumber(dose.valueMax));
  return hash('cd', ['dose', opts.itemClass ?? doseItemClass(dose.item), String(cleanNumber(dose.value)), max, period]);
}

/**
 * Every dose's cluster in one article. Within the article a plain "vaccine" figure takes the brand of the
 * article's other figure of the same size, when there is exactly one such brand: a title's "1,2 triệu liều
 * vaccine" is the body's "1,2 triệu liều AstraZeneca".
 */
export function doseClusterIds(facts: readonly Fact[], links: ReadonlyMap<string, DoseLinks>, publishedAt: string | null): Map<string, string | null> {
  const doses = facts.filter((f): f is DoseFact => f.type === 'dose');
  const size = (d: DoseFact) => `${d.value === null ? '' : cleanNumber(d.value)}-${d.valueMax === null ? '' : cleanNumber(d.valueMax)}`;
  const brands = new Map<string, Set<string>>();
  for (const d of doses) {
    const c = doseItemClass(d.item);
    if (c.startsWith('vaccine:')) brands.set(size(d), (brands.get(size(d)) ?? new Set()).add(c));
  }
  const byId = new Map(facts.map((f) => [f.id, f]));
  const out = new Map<string, string | null>();
  for (const d of doses) {
    let itemClass = doseItemClass(d.item);
    const same = brands.get(size(d));
    if (itemClass === 'vaccine' && same?.size === 1) itemClass = [...same][0]!;
    const l = links.get(d.id);
    const date = byId.get(l?.dateId ?? '');
    out.set(d.id, doseClusterId(d, date?.type === 'date' ? date : null, publishedAt, { itemClass, sizesContract: l?.sizesContract ?? false }));
  }
  return out;
}

/**
 * Statements by the same person reported in the same month share a cluster, whatever the language: the
 * speaker key is ASCII-folded, so "Nguyễn Minh Vũ" and "Nguyen Minh Vu" agree. Null without a speaker
 * key or a publication date.
 */
export function statementClusterId(st: StatementFact, publishedAt: string | null): string | null {
  const key = st.speaker.key === null ? '' : foldKey(st.speaker.key);
  const month = yearMonth(publishedAt);
  if (!key || !month) return null;
  return hash('cs', ['statement', key, month]);
}
