import { compileNumbers, execAll, NOT_AFTER_WORD, NOT_BEFORE_WORD, wordAlternation, type CompiledNumbers, type ParsedAmount } from '../numbers/index.js';
import { groups } from '../pattern/index.js';
import type { DoseVocab } from './types.js';
import type { EllipsisVocab } from './ellipsis.js';

/** A figure one parser found in a sentence, before the refiners give it a status, item and counterpart. */
export interface DoseCandidate {
  /** Offsets into the sentence. */
  start: number;
  end: number;
  parser: ParserName;
  value: number | null;
  valueMax: number | null;
  approximate: boolean;
  /** Largest scale written ("triệu" → 1e6), 1 when none. */
  scale: number;
  separated: boolean;
  unit: string;
  /** The words between the amount and the unit plus the item tail: where the item is named. */
  itemText: string;
  /** The unit, the item tail and a little of what follows: where a gated unit shows its meaning. */
  unitTail: string;
  /** A figure said before and pointed back to ("Dari 190 juta ini"): it heads a part, it has no status of its own. */
  backReference?: boolean;
  /** A counted figure whose unit is the vaccine named right after it ("834,720 AstraZeneca"). */
  named?: boolean;
}

export type ParserName = 'between' | 'range' | 'single' | 'vague' | 'elliptic';
/** When two parsers claim overlapping text, the longer span wins; on a tie, the earlier parser here. */
export const PARSER_ORDER: readonly ParserName[] = ['between', 'range', 'single', 'vague', 'elliptic'];

// A figure never continues a word, a number, a date ("6/9"), a hyphenated name ("COVID-19") or a price.
const START = '(?<![\\p{L}\\p{N}.,/\\-–—$€£¥₫#@])';

export interface CompiledParsers {
  numbers: CompiledNumbers;
  /** Cheap test: does the sentence contain a unit at all? */
  probe: RegExp;
  /** Whether a sentence may hold a figure: a unit, or a vaccine whose amount needs none ("Sinovac 125 juta"). */
  sentenceProbe: RegExp;
  /** Each parser runs only on sentences its probe matches: most sentences have no range, "between" or total. */
  parsers: ReadonlyArray<{ name: ParserName; re: RegExp; probe: RegExp | null }>;
  /** What must precede a unit-less total ("the total number of doses … to"), when the language has it. */
  totalBefore: RegExp | null;
  /** What introduces a part of a figure said before ("…36 million doses, of which 22 million…"). */
  leadBefore: RegExp | null;
  /** An additive lead right before a unit-less figure ("another"), when the language has it. */
  additiveBefore: RegExp | null;
  /** A list joiner right before a unit-less figure: "125 juta dosis dari Sinovac dan 50 juta pada Novavax". */
  listBefore: RegExp;
  /** A vaccine named just before ("AstraZeneca sebanyak 8.228.000", "vaksin kurang lebih 38 juta"). */
  itemNear: RegExp;
  /** A quantity word right before ("dengan jumlah 14.000"), when a vaccine is named earlier in the sentence. */
  quantityBefore: RegExp | null;
  itemWord: RegExp;
  /**
   * The next figure of a pair, or the whole after a part, carries the unit: "15 juta dan 10 juta dosis", "1,8 juta và
   * 1,2 triệu liều", "200 dan 100 dosis", "100.000 dari total 600.000 dosis".
   */
  pairedAfter: RegExp;
  /** Who a quantity counts when not doses: "trong đó số người … là 249.532". */
  peopleBetween: RegExp | null;
  /** Currency words right before a number: a part of it is money, not doses ("dana Rp 3 juta, 1 juta-nya"). */
  currencyBefore: RegExp;
}

const bounded = (alt: string): string => `${NOT_AFTER_WORD}(?:${alt})${NOT_BEFORE_WORD}`;

const after = (name: string, words: readonly string[] | undefined): string =>
  `(?<${name}>\\s+(?:${wordAlternation(words ?? [])}))${NOT_BEFORE_WORD}`;

/** "250 juta di antaranya", "1,7 juta-nya": the words or the glued suffix that make a figure a part of an earlier one. */
const partAfter = (e: EllipsisVocab): string => {
  const words = e.partAfter?.length ? [`\\s+(?:${wordAlternation(e.partAfter)})`] : [];
  const suffixes = e.partSuffix?.length ? [`-(?:${wordAlternation(e.partSuffix)})`] : [];
  const alts = [...words, ...suffixes];
  return alts.length ? `(?<part>${alts.join('|')})${NOT_BEFORE_WORD}` : '(?!)';
};

export function compileParsers(v: DoseVocab): CompiledParsers {
  const numbers = compileNumbers(v.numbers);
  const amount = numbers.amount;
  const units = wordAlternation(v.units);
  const mods = v.modifiers?.length ? `(?<mods>(?:[\\s-]+(?:${wordAlternation(v.modifiers)})${NOT_BEFORE_WORD})*)` : '(?<mods>)';
  const unitNot = v.unitNotBefore?.length ? `(?!\\s+(?:${wordAlternation(v.unitNotBefore)})${NOT_BEFORE_WORD})` : '';
  // "76.153.487dosis": a unit glued to the digits; "155 juta (dosis)", "10 juta [dosis]": a unit in brackets.
  // "1,1 (juta vaksin)", "15 (juta dosis vaksin)": the scale and the unit in brackets, a word or two after them.
  const bracketedScale = `\\s+[([](?<bscale>${numbers.scale})\\s+(?<bunit>${units})(?:\\s+[\\p{L}-]+){0,2}[)\\]]`;
  const unit = `(?:(?:\\s+|-|(?<=\\d))(?<unit>${units})|\\s+[([](?<bracketed>${units})[)\\]]|${bracketedScale})`;
  const tail = `${mods}${unit}${NOT_BEFORE_WORD}${unitNot}(?<item>${v.itemTail})?`;
  const approx = `(?:(?<approx>${wordAlternation(v.approx)})\\s+)?`;
  // A dash joins figures only: "16-17 triệu", "500 nghìn – 1 triệu", never "twenty-five".
  const to = `(?:(?<=\\d|${numbers.scale})\\s*[-–—]\\s*(?=\\d)|\\s+(?:${wordAlternation(v.range.to)})\\s+)`;
  const from = `(?:(?:${wordAlternation(v.range.from)})\\s+)?`;
  // "từ 50.000 liều đến 350.000 liều", "dari 5 juta dosis hingga 7 juta dosis": the low end may repeat the unit, but
  // only after "from"; without it two figures are listed.
  const fromLo = `(?:(?<from>${wordAlternation(v.range.from)})\\s+)?(?<lo>${amount})(?:\\s+(?<lounit>${units})${NOT_BEFORE_WORD})?`;
  const named = wordAlternation(Object.keys(v.items.named));
  const src: Record<ParserName, string> = {
    between: `${START}${approx}(?:${wordAlternation(v.range.between)})\\s+(?<lo>${amount})\\s+(?:${wordAlternation(v.range.and)})\\s+(?<hi>${amount})${tail}`,
    range: `${START}${approx}${fromLo}${to}(?<hi>${amount})${tail}`,
    single: `${START}${approx}(?<lo>${amount})${tail}`,
    vague: `${START}(?<vague>${v.vague})${tail}`,
    // The unit said earlier in the sentence: "expects 16 to 17 million more", "the total … doses … to 6 million."
    elliptic: v.ellipsis
      ? `${START}${approx}${from}(?<lo>${amount})(?:${to}(?<hi>${amount}))?(?:${after('more', v.ellipsis.more)}|${after('dem', v.ellipsis.demonstratives)}|${partAfter(v.ellipsis)}|${after('rate', v.ellipsis.rate)}|(?<named>(?=\\s+(?:${named})${NOT_BEFORE_WORD}))|(?=\\s*(?:[.,](?!\\d)|[;:!?)]|$)|\\s+(?:${wordAlternation([...v.ellipsis.follow, ...(v.wholeJoiners ?? [])])})${NOT_BEFORE_WORD}))`
      : '(?!)',
  };
  const item = `${NOT_AFTER_WORD}(?:${wordAlternation([...v.items.vaccine, ...Object.keys(v.items.named)])})${NOT_BEFORE_WORD}`;
  const quantity = v.ellipsis?.quantity?.length ? `(?:(?:${wordAlternation(v.ellipsis.quantity)})\\s+)?` : '';
  const probes: Record<ParserName, RegExp | null> = {
    between: new RegExp(`${NOT_AFTER_WORD}(?:${wordAlternation(v.range.between)})${NOT_BEFORE_WORD}`, 'iu'),
    range: new RegExp(`[-–—]|${NOT_AFTER_WORD}(?:${wordAlternation(v.range.to)})${NOT_BEFORE_WORD}`, 'iu'),
    single: null,
    vague: null,
    // Lists, named vaccines and back-references are in most dose sentences: the elliptic parser always runs.
    elliptic: v.ellipsis ? null : /(?!)/,
  };
  return {
    numbers,
    probe: new RegExp(`(?:${units})${NOT_BEFORE_WORD}`, 'iu'),
    sentenceProbe: new RegExp(`(?:${units})${NOT_BEFORE_WORD}|${item}`, 'iu'),
    parsers: PARSER_ORDER.map((name) => ({ name, re: new RegExp(src[name], 'giu'), probe: probes[name] })),
    totalBefore: v.ellipsis ? new RegExp(`(?:${v.ellipsis.totalBefore})\\s+$`, 'iu') : null,
    leadBefore: v.ellipsis
      ? new RegExp(`${NOT_AFTER_WORD}(?:${wordAlternation(v.ellipsis.leads)})(?:\\s+(?:${wordAlternation(v.approx)}))?\\s+$`, 'iu')
      : null,
    additiveBefore: v.ellipsis?.additive?.length
      ? new RegExp(`${NOT_AFTER_WORD}(?:${wordAlternation(v.ellipsis.additive)})(?:\\s+(?:${wordAlternation(v.approx)}))?\\s+$`, 'iu')
      : null,
    listBefore: new RegExp(`(?:,\\s*(?:(?:${wordAlternation(v.listJoiners)})\\s+)?|\\s(?:${wordAlternation(v.listJoiners)})\\s+)$`, 'iu'),
    // "AstraZeneca dari jalur Covax 8,236 juta": a source of up to three words may stand between.
    itemNear: new RegExp(`${item}(?:\\s+[\\p{L}\\p{N}-]+){0,3}?\\s+${quantity}$`, 'iu'),
    quantityBefore: v.ellipsis?.quantity?.length ? new RegExp(`${NOT_AFTER_WORD}(?:${wordAlternation(v.ellipsis.quantity)})\\s+$`, 'iu') : null,
    itemWord: new RegExp(item, 'iu'),
    pairedAfter: new RegExp(
      `^\\s+(?:${wordAlternation([...v.listJoiners, ...(v.wholeJoiners ?? [])])})\\s+${approx}(?<next>${amount})${mods}(?:\\s+|-)(?:${units})${NOT_BEFORE_WORD}`,
      'iu',
    ),
    peopleBetween: v.ellipsis?.people?.length ? new RegExp(bounded(wordAlternation(v.ellipsis.people)), 'iu') : null,
    currencyBefore: new RegExp(`(?:${NOT_AFTER_WORD}(?:${wordAlternation(v.currencies)})${NOT_BEFORE_WORD}|[$€£¥₫])\\s*$`, 'iu'),
  };
}

/**
 * Whether a unit-less figure is a dose figure: its unit was said before it ("… 16 to 17 million more", "trong
 * đó …", a list), its subject names the vaccine ("AstraZeneca sebanyak 8.228.000"), it refers back to one
 * ("Dari 190 juta ini") or it is a rate in a sentence about doses ("2,5 juta sehari").
 */
function ellipticFits(sentence: string, m: RegExpExecArray, lo: ParsedAmount, hi: ParsedAmount | null, c: CompiledParsers): boolean {
  const g = groups(m, 'more', 'dem', 'rate', 'named', 'part');
  const before = sentence.slice(0, m.index);
  const scaled = Math.max(lo.scale, hi?.scale ?? 1) > 1;
  const counted = scaled || (lo.separated && lo.value >= 1000);
  if (g.more !== undefined || g.rate !== undefined) return scaled && c.probe.test(before);
  // A part names its whole ("menerima 5 juta dosis, 2 juta di antaranya …"): doses said before it, and the last
  // number before it neither a price ("dana Rp 3 juta, 1 juta-nya …") nor people ("untuk 2 juta warga, 1 juta …").
  if (g.part !== undefined) {
    const last = [...before.matchAll(/\p{N}/gu)].at(-1);
    const price = last !== undefined && c.currencyBefore.test(before.slice(0, last.index).replace(/[\p{N}.,]+$/u, ''));
    const people = last !== undefined && (c.peopleBetween?.test(before.slice(last.index)) ?? false);
    return scaled && c.probe.test(before) && !price && !people;
  }
  if (g.dem !== undefined) return scaled && (c.probe.test(sentence) || c.itemWord.test(sentence));
  if (counted && bracketedAfterDoses(sentence, m, before, c)) return true;
  // "94.500.000 Sinovac, 8.228.000 Astrazeneca": a vaccine named right after a counted figure is its unit.
  if (g.named !== undefined) return counted;
  // "Số người đã tiêm vaccine Vero Cell là 2.874.539": people named before the vaccine are what is counted.
  if (c.itemNear.test(before)) return counted && !(c.peopleBetween?.test(before) ?? false);
  // "… sebanyak 1.240.750 dosis dan tahap keempat sebesar 871.650 akan tiba": a vaccine or a dose unit said before.
  if ((c.quantityBefore?.test(before) ?? false) && (c.itemWord.test(before) || c.probe.test(before))) {
    // People counted after the vaccine or the last dose figure ("vaccine …, trong đó số người … là 249.532",
    // "2.920.248 liều, trong đó số người được tiêm đủ hai mũi là 143.121") are no doses.
    const figure = `\\p{N}[\\p{N}.,]*(?:\\s+\\p{L}+)?\\s+(?:${c.probe.source})`;
    const anchor = new RegExp(c.itemWord.test(before) ? c.itemWord.source : figure, 'giu');
    const last = [...before.matchAll(anchor)].at(-1);
    // "Trong đó, số người đã được tiêm đủ 2 mũi là 172.994": people as the subject of the figure's own clause.
    const clause = before.slice(Math.max(-1, ...[',', ';', ':'].map((mark) => before.lastIndexOf(mark))) + 1);
    const people = c.peopleBetween?.test(before.slice(last?.index ?? 0)) || c.peopleBetween?.test(clause);
    return counted && !(people ?? false);
  }
  // "total vaksinasi dosis pertama mencapai 202.949.315.": a total of doses said before it.
  if (counted && (c.totalBefore?.test(before) ?? false)) return true;
  const paired = c.pairedAfter.exec(sentence.slice(m.index + m[0].length));
  // A whole count shares the unit of a whole count next to it: "masing-masing mendapatkan 200 dan 100 dosis" (the
  // refiners still drop regimen-sized counts and years), but not "on October 24 and over 1.3 million doses".
  const next = paired?.groups?.next !== undefined ? c.numbers.parse(paired.groups.next) : null;
  if (!scaled && hi === null && Number.isInteger(lo.value) && next !== null && next.scale === 1) return true;
  // "30,000 doses arrived … and another 30,000 is expected": a counted figure right after an additive lead takes the
  // unit of the doses said before it (not a part lead: "of which 12,000 were health workers").
  if (!scaled) return counted && hi === null && (c.additiveBefore?.test(before) ?? false) && c.probe.test(before);
  if (paired) return true;
  return ((c.leadBefore?.test(before) ?? false) || c.listBefore.test(before)) && c.probe.test(before);
}

/**
 * "Palestine (100 triệu liều), Thổ Nhĩ Kỳ (50 triệu)", "49,000 doses, most to Đắk Lắk (15,700)": a figure alone in
 * brackets after a name shares the unit of the last figure before it, when that figure is doses (not people, not money).
 */
function bracketedAfterDoses(sentence: string, m: RegExpExecArray, before: string, c: CompiledParsers): boolean {
  if (!/\(\s*$/u.test(before) || !sentence.slice(m.index + m[0].length).startsWith(')')) return false;
  // Earlier bare figures in brackets are siblings of this one: the unit comes from the figure before them.
  const siblings = before.replace(/\([^()]*\)/gu, (group) => (c.probe.test(group) ? group : ' '.repeat(group.length)));
  const last = [...siblings.matchAll(/\p{N}/gu)].at(-1);
  if (last === undefined) return false;
  const between = siblings.slice(last.index);
  const price = c.currencyBefore.test(before.slice(0, last.index).replace(/[\p{N}.,]+$/u, ''));
  return c.probe.test(between) && !price && !(c.peopleBetween?.test(between) ?? false);
}

/** "15 (juta dosis vaksin)": an unscaled amount takes the scale said inside the brackets after it. */
function bracketScaled(lo: ParsedAmount | null, scaleWord: string | undefined, c: CompiledParsers): ParsedAmount | null {
  if (!lo || scaleWord === undefined || lo.scale > 1) return lo;
  const scale = c.numbers.parse(`1 ${scaleWord}`)?.value ?? 1;
  return { ...lo, value: Math.round(lo.value * scale), scale };
}

/** Runs every parser over one sentence. */
export function parseCandidates(sentence: string, c: CompiledParsers): DoseCandidate[] {
  const out: DoseCandidate[] = [];
  for (const { name, re, probe } of c.parsers) {
    if (probe && !probe.test(sentence)) continue;
    for (const m of execAll(re, sentence)) {
      const g = groups(m, 'unit', 'bracketed', 'bunit', 'bscale', 'mods', 'item', 'lo', 'hi', 'approx', 'dem', 'from', 'lounit', 'named');
      if (g.lounit !== undefined && g.from === undefined) continue;
      const unitWord = g.unit ?? g.bracketed ?? g.bunit ?? '';
      const base = {
        start: m.index,
        end: m.index + m[0].length,
        parser: name,
        unit: unitWord.toLowerCase(),
        itemText: `${g.mods ?? ''} ${unitWord} ${g.item ?? ''}`,
        unitTail: `${unitWord}${g.item ?? ''}${sentence.slice(m.index + m[0].length, m.index + m[0].length + 24)}`,
      };
      if (name === 'vague') {
        out.push({ ...base, value: null, valueMax: null, approximate: true, scale: 1, separated: false });
        continue;
      }
      const lo = bracketScaled(c.numbers.parse(g.lo ?? ''), g.bscale, c);
      if (!lo) continue;
      const hi = g.hi !== undefined ? c.numbers.parse(g.hi) : null;
      if (g.hi !== undefined && !hi) continue;
      if (name === 'elliptic' && !ellipticFits(sentence, m, lo, hi, c)) continue;
      let value = lo.value;
      // "608,400 liều": an unscaled count of doses is whole, so one separator before three digits groups thousands.
      // "300,000 liều" reads as 300 with three zero decimals: grouped thousands too.
      const thousands = /^[1-9]\d{0,2}[.,]\d{3}$/.test(g.lo ?? '');
      const zeroDecimals = value < 1000 && /[.,]000$/.test(g.lo ?? '');
      if (lo.scale === 1 && (!Number.isInteger(value) || zeroDecimals) && thousands) value = Math.round(value * 1000);
      // "1.184,000 dosis": groups of three behind both separators are thousands, never ",000" decimals of a count.
      const raw = g.lo ?? '';
      if (lo.scale === 1 && /^[1-9]\d{0,2}(?:[.,]\d{3}){2,}$/.test(raw) && raw.includes('.') && raw.includes(',')) {
        value = Number(raw.replace(/[.,]/g, ''));
      }
      // "16-17 triệu": the scale written once applies to both ends (but not "500.000 đến 1 triệu").
      if (hi && g.lounit === undefined && lo.scale === 1 && hi.scale > 1 && lo.value * hi.scale <= hi.value) value = Math.round(lo.value * hi.scale);
      out.push({
        ...base,
        ...(name === 'elliptic' && g.dem !== undefined ? { backReference: true } : {}),
        ...(name === 'elliptic' && g.named !== undefined ? { named: true } : {}),
        value,
        valueMax: hi ? hi.value : null,
        approximate: g.approx !== undefined,
        scale: Math.max(lo.scale, hi?.scale ?? 1),
        separated: lo.separated || (hi?.separated ?? false),
      });
    }
  }
  return out;
}
