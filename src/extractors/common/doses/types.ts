import type { DoseStatus, Lang } from '../../../core/index.js';
import type { NumberVocab } from '../numbers/index.js';
import type { EllipsisVocab } from './ellipsis.js';

/** Where a status word may stand relative to the figure it governs. */
export type CuePosition = 'before' | 'after' | 'any';

interface StatusCue {
  /** Lower-case words or phrases (spaces match any whitespace). */
  words?: readonly string[];
  /** RegExp sources, for cues that need their context ("về Việt Nam"). */
  patterns?: readonly string[];
  status: DoseStatus;
  /** A weak cue ("có", "mendapatkan", "has") governs only when no strong cue does. */
  weak?: boolean;
  position?: CuePosition;
  /** The verb's subject is the source ("Nga chuyển giao", "China will deliver"): a counterpart like a donor. */
  source?: boolean;
  /**
   * Production or capacity ("sản xuất", "kapasitas produksi"): names no delivery, so its status is `unknown`, but
   * unlike a need a future or plan word governing it makes it `expected` ("Pada 2023, kapasitas produksi akan
   * ditingkatkan menjadi 40 juta dosis").
   */
  production?: boolean;
  /**
   * A noun naming the event ("pendistribusian", "đơn hàng"): no predicate of its own, so a future said later in its
   * clause is the event's ("Pendistribusian 34.400 vial … akan dilakukan pada hari Rabu": expected).
   */
  noun?: boolean;
}

/** Words that change what the governing verb means rather than naming a status. */
interface CueModifiers {
  /** Future or planned: turns received/administered/unknown into expected (sẽ, akan, will). */
  future: readonly string[];
  /** RegExp sources of future markers that need context ("to" in the headline "Vietnam to receive …"). */
  futurePatterns?: readonly string[];
  /**
   * Whether a future word before the figure governs a verb after it ("Sẽ có thêm 30 triệu liều về Việt Nam": yes,
   * the default; English "the expected 10 million doses arrived": no).
   */
  futureSpansFigure?: boolean;
  /**
   * Targets, plans and proposals: future words that turn a commitment into a plan wherever they stand in its clause
   * ("Mục tiêu … là mua được 150 triệu liều", "menargetkan membeli"); a plain future word does so only before the
   * commitment's verb ("sẽ mua", not "cam kết sẽ tặng").
   */
  plan?: readonly string[];
  /**
   * Whether a future word before a commitment's own verb makes it a plan ("sẽ mua", "akan membeli": yes, the
   * default; the English phrase set reads "plans to buy" as a purchase agreed: no).
   */
  futurePlansCommitment?: boolean;
  /** RegExp sources of plan markers that need context ("đàm phán mua", but not "đã thỏa thuận, đàm phán"). */
  planPatterns?: readonly string[];
  /**
   * RegExp sources of a time ahead said after the figure ("pada Mei mendatang", "pekan depan"): right after the
   * figure, with no other predicate between, it dates the figure's event later (see ClauseStatus.timeAhead).
   */
  timeAhead?: readonly string[];
  /** Conditions: a figure after one is expected ("nếu … thì Việt Nam có 5 triệu liều", kalau, if). */
  condition?: readonly string[];
  /** Past markers: between a future word and its verb they cancel it ("sẽ có cuộc họp, Việt Nam đã tiêm"). */
  past?: readonly string[];
  /** Negation just before the verb: the status is unknown (chưa, belum, not). */
  negation: readonly string[];
  /**
   * Request words ("yêu cầu", "meminta"): right before a status verb they ask for the doses ("đã yêu cầu được cấp 79
   * triệu liều"), which names no delivery, like a negation.
   */
  request?: readonly string[];
  /** Purpose just before the verb ("để nhập khẩu": in order to import): the status is unknown. */
  purpose: readonly string[];
  /**
   * Announcements and decisions right before a donation verb make it a promise, committed ("công bố quyết định
   * tặng", "thông báo tiếp tục viện trợ"); a future word between keeps it expected ("thông báo sẽ viện trợ").
   */
  promise?: readonly string[];
  /**
   * Reporting verbs ("cho biết", "mengatakan", "said"): what follows is a reported clause, so a status word in the
   * reporter's own subject ("Nhóm xúc tiến tiêm chủng … thông báo 2,6 triệu liều đã về") governs no figure after it.
   */
  report?: readonly string[];
  /**
   * Frames that put a figure inside a whole ("trong tổng số", "dari total", "out of"): a figure after one is that
   * whole, described by the relative clause after it ("trong tổng số 20 triệu liều mà nước này cam kết"), not by the
   * verb said of the part before.
   */
  wholeFrame?: readonly string[];
}

/** One language's dose vocabulary, as data; `createDoseExtractor` compiles it. */
export interface DoseVocab {
  lang: Lang;
  numbers: NumberVocab;
  /** Dose units ("liều", "dosis", "doses"). */
  units: readonly string[];
  /** A unit followed by one of these is another word ("liều lượng": dosage). */
  unitNotBefore?: readonly string[];
  /** Units that are doses only in context ("mũi": a shot, or a thrust in "3 mũi công phá"). */
  gatedUnits?: Readonly<
    Record<
      string,
      {
        after?: string;
        before?: string;
        sentence?: string;
        /** A counted amount ("317.777 mũi 2") passes when the sentence matches this: a thousand is no metaphor. */
        counted?: string;
        /** A scaled amount ("8 million shots") needs no context. */
        scaled?: boolean;
      }
    >
  >;
  /** The item a unit implies when nothing else is said ("shots" → vaccine). */
  unitItem?: Readonly<Record<string, string>>;
  /** Words allowed between the amount and the unit ("30 million COVID-19 vaccine doses"). */
  modifiers?: readonly string[];
  /** RegExp source of what may follow the unit and names the item (" vaccine AstraZeneca", " of the Pfizer vaccine"). */
  itemTail: string;
  /** Approximation words right before the amount (khoảng, sekitar, about). */
  approx: readonly string[];
  /** Range words: "từ 16 đến 17", "16 hingga 17", "antara 16 dan 17", "between 16 and 17". */
  range: { from: readonly string[]; to: readonly string[]; between: readonly string[]; and: readonly string[] };
  /** Figures whose unit was said earlier in the sentence (common/doses/ellipsis.ts). */
  ellipsis?: EllipsisVocab;
  /** RegExp source of a vague amount ("hàng triệu", "jutaan", "millions of"). */
  vague: string;
  items: { vaccine: readonly string[]; drug: readonly string[]; named: Readonly<Record<string, string>> };
  cues: readonly StatusCue[];
  modifiersOfCues: CueModifiers;
  /** Phrases that start like a cue but are none ("còn lại": the rest, not "còn": whereas). */
  notCues?: readonly string[];
  /** Words that open a new clause: a status word beyond one does not govern the figure. */
  clauseBreaks: readonly string[];
  /** Countries and bodies, exact surface form (case matters: "WHO" is not "who") → canonical name. */
  counterparts: Readonly<Record<string, string>>;
  /** Prepositions that introduce a source or partner (từ, dari, from, with). */
  sourceMarkers: readonly string[];
  /** Relative pronouns ("mà", "yang", "which"): a verb after one describes the noun, it is no new predicate. */
  relatives?: readonly string[];
  /**
   * Words that open a clause with its own agent describing the doses before them (vi "mà", "do": "6 triệu liều mà bang
   * Sao Paulo dự kiến nhập", "3,8 triệu liều do AstraZeneca … sẽ giao"): a future there says the doses are still to
   * come. Not id "yang" or en "which": their clause has no agent of its own and says what happens to doses held
   * ("stok … 673.038 dosis yang diprediksi akan habis").
   */
  agentClauses?: readonly string[];
  /** What joins names in a list ("và", "dan", "and"). */
  listJoiners: readonly string[];
  /**
   * What stands between a part and its whole when only the whole carries the unit ("100.000 dari total 600.000
   * dosis"): the part is a dose figure too.
   */
  wholeJoiners?: readonly string[];
  /**
   * Words that attach a figure to an event as an adjunct, with no predicate of its own ("với tổng cộng 7,5 triệu
   * liều": with 7.5 million doses), and the words that may stand between them and the figure ("tổng cộng").
   */
  adjuncts?: { words: readonly string[]; fillers?: readonly string[] };
  /** What makes a figure a ratio when it follows it ("54 doses per 100 people"): not a count. */
  ratioAfter: readonly string[];
  /**
   * RegExp sources of what makes a figure a pack's content when it precedes it ("Satu botol vaksin untuk 25 dosis":
   * one bottle holds 25 doses): a ratio, not a count.
   */
  ratioBefore?: readonly string[];
  /** Delivery verbs after which a count under 20 is still a figure ("đã tiếp nhận 14 liều"), not a regimen. */
  smallCountAfter?: readonly string[];
  /**
   * Units that count containers ("vial", "botol"): nobody takes a course of vials, so a count of 10 to 19 of them is
   * a figure without a delivery verb ("Terakhir didrop 12 vial"), unless one of `packBefore` (a pack's size:
   * "kemasan", "berisi") stands right before it.
   */
  containers?: { readonly units: readonly string[]; readonly packBefore: readonly string[] };
  /** Currency words right before a number: it is a price. */
  currencies: readonly string[];
}
