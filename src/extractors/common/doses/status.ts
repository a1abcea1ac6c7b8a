import type { DoseStatus } from '../../../core/index.js';
import { clauseOf, type CompiledContext, type Cue } from './context.js';
import type { DoseCandidate } from './parsers.js';

const WEAK_REACH = 12;
const FUTURE_REACH = 40;
const LONE_FUTURE_REACH = 80;
/** How far after its verb an object figure may stand ("sẽ nhận được thêm khoảng 2,5 triệu liều"). */
const OBJECT_REACH = 24;
const PROMISE_REACH = 32;
/** How far after the figure a time ahead may stand ("… dosis vaksin jadi Covid-19 pada Mei 2021 mendatang"). */
const TIME_AHEAD_REACH = 40;
/** Statuses a future, a condition or a plan turns into `expected`: what has not happened yet. */
const NOT_YET: ReadonlySet<DoseStatus> = new Set(['received', 'administered', 'allocated', 'donated', 'unknown']);
/** What a part's own words may say of where it came from (bought, donated) or nothing: the whole's event wins. */
const ORIGIN_ONLY: ReadonlySet<DoseStatus> = new Set(['committed', 'donated', 'unknown']);

type Span = Pick<DoseCandidate, 'start' | 'end'>;
type Resolved = { status: DoseStatus; verb: Cue | null };

/** One sentence as the status rules read it: its text, its cues and every figure found in it. */
export interface StatusScene {
  sentence: string;
  cues: readonly Cue[];
  c: CompiledContext;
  figures: readonly Span[];
}

/**
 * The status of a figure: the nearest strong status word before it (SVO: the verb governs its object), else
 * the nearest after it ("10 juta dosis tiba"), else a weak word ("có", "has"), all within its clause; then a
 * future word or a condition makes it expected, and negation or purpose right before the verb makes it unknown.
 * A figure with no verb in a list opened by a colon takes the status said before the colon.
 */
export function resolveStatus(scene: StatusScene, cand: Span): Resolved {
  const mine = ownStatus(scene, cand);
  // "đã tiếp nhận gần 169 triệu liều, trong đó mua … hơn 80 triệu liều, từ các nguồn viện trợ hơn 88 triệu liều":
  // the parts were received like the whole; "of which 22 million have been administered" keeps its own event.
  if (!ORIGIN_ONLY.has(mine.status) && mine.status !== 'received') return mine;
  const whole = wholeOf(scene, cand);
  const said = whole ? resolveStatus(scene, whole) : null;
  // A lead with nothing said before it ("Trong đó, có 1,2 triệu liều …") leaves the part its own status.
  if (!whole || !said || (whole.start === whole.end && !said.verb)) return mine;
  // "được phân bổ 505.680 liều, trong đó TP HCM nhận 235.200 liều": each share of an allocation is allocated too.
  if (mine.status === 'received' && said.status !== 'allocated') return mine;
  return { status: said.status, verb: mine.verb };
}

/** The clause breaks before a figure, nearest first. */
function breaksBack(cues: readonly Cue[], cand: Span): Cue[] {
  return cues.filter((q) => q.kind === 'break' && q.end <= cand.start).reverse();
}

/** The figure a part belongs to: the last one before the part lead ("trong đó", "di antaranya", "of which"). */
function wholeOf(scene: StatusScene, cand: Span): Span | null {
  const { sentence, cues, c, figures } = scene;
  for (const b of breaksBack(cues, cand)) {
    // With no figure before it, the whole is what the clause before the lead says: "được phân cho 28 tỉnh, trong đó …".
    const lead = { start: b.start, end: b.start };
    if (c.partLead.test(sentence.slice(b.start, b.end))) return figures.filter((f) => f.end <= b.start).at(-1) ?? lead;
    // The shares of one whole run on past commas and semicolons: "trong đó TP HCM nhận 235.200 liều, Đồng Nai …".
    if (b.mark !== ';' && b.mark !== ',') return null;
  }
  return null;
}

function ownStatus(scene: StatusScene, cand: Span): Resolved {
  const { sentence, cues, c, figures } = scene;
  const own = statusIn(scene, cand);
  const described = own.verb ? describedBefore(scene, cand, own.verb) : undefined;
  if (described) return ownStatus(scene, described);
  // "sau khi Australia bàn giao 400.000 liều, là lô đầu tiên trong 1,5 triệu liều mà Australia đã cam kết": a verb
  // behind a comma yields to the relative clause right after the figure.
  const behindComma = own.verb && own.verb.end <= cand.start && sentence.slice(own.verb.end, cand.start).includes(',');
  const related = behindComma || inWhole(scene, cand) ? relativeAfter(scene, cand) : undefined;
  if (related) return related;
  if (own.verb) return own;
  // Back through the list ("tiến độ quý III: 15,5 triệu liều; quý IV: 15,5 triệu liều") to the clause with a verb.
  for (const b of breaksBack(cues, cand)) {
    if (b.mark !== ':' && b.mark !== ';') break;
    // "Việt Nam đã tiêm vượt mốc 155 triệu liều …; hơn 5,6 triệu liều mũi 3": the item before it.
    const item = b.mark === ';' ? figures.filter((f) => f.end <= b.start && f !== cand).at(-1) : undefined;
    if (item && clauseOf(cues, item, sentence.length).to === b.start) {
      const listedItem = ownStatus(scene, item);
      if (listedItem.verb || listedItem.status !== 'unknown') return listedItem;
    }
    if (b.mark !== ':') continue;
    const listed = statusIn(scene, { start: b.start, end: b.start });
    if (listed.verb || listed.status !== 'unknown') return listed;
  }
  // The next item of a list: "memperoleh 50 juta dosis vaksin Pfizer … dan sekitar 20-30 juta vaksin AstraZeneca".
  const { from } = clauseOf(cues, cand, sentence.length);
  const prev = figures.filter((f) => f.end <= cand.start && f.start >= from).at(-1);
  const gap = prev ? sentence.slice(prev.end, cand.start) : '';
  // "telah mencapai 2 juta lebih dosis, lansia 7,2 juta lebih dosis": a label may stand before the next amount,
  // which may be in brackets ("Palestine (100 triệu liều), Thổ Nhĩ Kỳ (50 triệu)").
  const labelled =
    /,\s*(?:[\p{L}-]+\s+){1,3}\(?$/u.test(gap) && !cues.some((q) => prev && q.start >= prev.end && q.end <= cand.start);
  if (prev && (c.listTail.test(gap) || labelled) && gap.trim().split(/\s+/).length <= 8) {
    return ownStatus(scene, prev);
  }
  return (
    mainAfterRelative(scene, cand) ?? relativeAfter(scene, cand) ?? adjunctOf(scene, cand) ?? nextItemOf(scene, cand) ?? own
  );
}

/**
 * A verbless item of a list shares the predicate of the next item, said in parallel past a semicolon or a contrast
 * word: "Khánh Hòa, Kiên Giang mỗi nơi 300.000 liều; các tỉnh … được phân bổ mỗi tỉnh 200.000 liều", "Untuk Klaten
 * … masing-masing 5.000 dosis, sedangkan Wonogiri 8.000 dosis yang telah diserahkan". Not past a part lead ("trong
 * đó", "di antaranya"), whose parts keep their own events.
 */
function nextItemOf(scene: StatusScene, cand: Span): Resolved | undefined {
  const { sentence, cues, c, figures } = scene;
  const next = figures.find((f) => f.start >= cand.end);
  if (!next) return undefined;
  // "bagian dari target 47 juta dosis … Adapun … sudah menerima": a plan said of this item is its own.
  const { from } = clauseOf(cues, cand, sentence.length);
  if (cues.some((q) => q.kind === 'future' && q.start >= from && q.end <= cand.start)) return undefined;
  const parallel = cues.some(
    (q) =>
      q.kind === 'break' &&
      q.start >= cand.end &&
      q.end <= next.start &&
      (q.mark === ';' || (q.mark === undefined && !c.partLead.test(sentence.slice(q.start, q.end)))),
  );
  if (!parallel) return undefined;
  // The next item's own clause only (not back through the list to this one).
  const said = statusIn(scene, next);
  return said.verb ? said : relativeAfter(scene, next);
}

/**
 * A figure attached by an adjunct ("với", with) has no predicate of its own; it shares the event it is attached
 * to. Opening its own comma segment ("…, với 10 triệu liều vaccine này, đến nay Indonesia đã có tổng cộng 104.728.000
 * liều"), it shares the predicate of the clause after the comma, read at that clause's figure; inside a clause ("4
 * đợt trao tặng mà Mỹ dành cho Việt Nam … với tổng cộng 7,5 triệu liều"), the nearest event word before it.
 */
function adjunctOf(scene: StatusScene, cand: Span): Resolved | undefined {
  const { sentence, cues, c, figures } = scene;
  const head = c.adjunctTail.exec(sentence.slice(0, cand.start));
  if (!head) return undefined;
  const opens = head.index;
  const segment = sentence.slice(0, opens).replace(/\s+$/u, '');
  if (segment === '' || /[,;:]$/u.test(segment) || /^(?:\P{L}*\p{L}+)?$/u.test(segment)) {
    const comma = sentence.indexOf(',', cand.end);
    const next = comma < 0 ? undefined : figures.find((f) => f.start > comma);
    if (!next || figures.some((f) => f !== cand && f.start >= cand.end && f.end <= comma)) return undefined;
    const said = ownStatus(scene, next);
    return said.verb ? said : undefined;
  }
  const words = cues.filter((q) => q.kind === 'status' && !q.weak && q.end <= opens).at(-1);
  if (!words || /[,;:]/u.test(sentence.slice(words.end, opens))) return undefined;
  if (figures.some((f) => f !== cand && f.start >= words.end && f.end <= opens)) return undefined;
  const said = statusIn(scene, { start: words.end, end: words.end });
  return said.verb ? said : undefined;
}

/** A figure right after a whole frame ("trong tổng số 20 triệu liều", "dari total 3 juta dosis"). */
function inWhole(scene: StatusScene, cand: Span): boolean {
  const frame = scene.cues.filter((q) => q.kind === 'whole' && q.end <= cand.start).at(-1);
  return frame !== undefined && scene.sentence.slice(frame.end, cand.start).trim().split(/\s+/).filter(Boolean).length <= 2;
}

/**
 * A figure with no verb, heading a phrase that ends in another figure and its relative clause ("770.000 liều …
 * trong tổng số 1 triệu liều mà Mỹ tặng Việt Nam đã về đến TPHCM"): the verb after the relative clause's own verb
 * is the head's predicate.
 */
function mainAfterRelative(scene: StatusScene, cand: Span): Resolved | undefined {
  const { sentence, cues, c, figures } = scene;
  const b = cues.find((q) => q.kind === 'break' && q.start >= cand.end);
  if (!b || !c.relative.test(sentence.slice(b.start, b.end))) return undefined;
  const inner = figures.filter((f) => f.start >= cand.end && f.end <= b.start);
  if (inner.length !== 1 || sentence.slice(inner[0]!.end, b.start).trim().split(/\s+/).filter(Boolean).length > 3) {
    return undefined;
  }
  const { to } = clauseOf(cues, { start: b.end, end: b.end }, sentence.length);
  const verbs = cues.filter((q) => q.kind === 'status' && !q.weak && q.start >= b.end && q.end <= to);
  const [own, main] = verbs;
  if (!own || !main || c.joiner.test(sentence.slice(own.end, main.start))) return undefined;
  // Read from the end of the relative verb, so that a future before the main verb governs it ("… sẽ về đến").
  const cut: Cue = { kind: 'break', start: own.end, end: own.end };
  const clipped = [...cues, cut].sort((x, y) => x.start - y.start);
  const said = statusIn({ ...scene, cues: clipped }, { start: own.end, end: own.end });
  return said.verb === main ? said : undefined;
}

/**
 * A figure with no verb of its own, right before a relative clause that opens a new one ("nằm trong 1 triệu liều
 * mà Nhật Bản … thông báo tiếp tục viện trợ"): the relative clause says what the doses are.
 */
function relativeAfter(scene: StatusScene, cand: Span): Resolved | undefined {
  const { sentence, cues, c } = scene;
  const b = cues.find((q) => q.kind === 'break' && q.start >= cand.end);
  if (!b || !c.relative.test(sentence.slice(b.start, b.end))) return undefined;
  if (sentence.slice(cand.end, b.start).trim().split(/\s+/).filter(Boolean).length > 3) return undefined;
  // Only the relative clause's own verb: "1 triệu liều mà Mỹ tặng Việt Nam đã về đến" (the arrival is another's).
  const { to } = clauseOf(cues, { start: b.end, end: b.end }, sentence.length);
  const first = cues.find((q) => q.kind === 'status' && !q.weak && q.start >= b.end && q.end <= to);
  if (!first) return undefined;
  const cut: Cue = { kind: 'break', start: first.end, end: first.end };
  const clipped = [...cues, cut].sort((x, y) => x.start - y.start);
  const said = statusIn({ ...scene, cues: clipped }, { start: b.end, end: b.end });
  return said.verb ? said : undefined;
}

function statusIn(scene: StatusScene, cand: Span): Resolved {
  return new ClauseStatus(scene, cand).resolve();
}

/** One figure's status from the clause that governs it: the verb that governs it, then modality and negation. */
class ClauseStatus {
  private readonly inClause: Cue[];
  /** Status verbs before the figure, nearest first. */
  private readonly before: Cue[];
  private readonly after: Cue[];

  constructor(
    private readonly scene: StatusScene,
    private readonly cand: Span,
  ) {
    const { sentence, cues } = scene;
    const { from, to } = clauseOf(cues, cand, sentence.length);
    this.inClause = cues.filter((q) => q.start >= from && q.end <= to);
    const aside = asideOf(sentence, cand);
    const opens = ownOpening(this.inClause, cand);
    this.before = this.inClause
      .filter(
        (q) =>
          q.kind === 'status' &&
          q.end <= cand.start &&
          q.position !== 'after' &&
          q.start >= opens &&
          !aside(q) &&
          !describesEarlier(scene, cand, q),
      )
      .reverse();
    this.after = this.inClause.filter(
      (q) =>
        q.kind === 'status' &&
        !aside(q) &&
        // "sẽ chuyển … 1,24 triệu liều … để đáp ứng nhu cầu": a purpose clause after the figure is not its predicate.
        !this.inClause.some(
          (p) => p.kind === 'purpose' && p.start >= cand.end && p.end <= q.start && !sentence.slice(p.end, q.start).includes(','),
        ) &&
        q.start >= cand.start &&
        q.end > cand.start &&
        q.position !== 'before' &&
        !(q.status === 'donated' && this.crossesFigure(q)) &&
        !this.describesLater(q),
    );
  }

  resolve(): Resolved {
    const { scene, cand, inClause } = this;
    let verb = this.governingVerb();
    // "cam kết tặng", "berkomitmen menyumbangkan", "decided to donate": a donation promised, not made.
    const donation = verb?.status === 'donated' ? verb : null;
    const promised = donation !== null && inClause.some((q) => promises(scene, q, donation, inClause));
    if (verb?.status === 'donated' && verb.end <= cand.start) verb = this.receiptBefore(verb) ?? verb;
    const status: DoseStatus = promised ? 'committed' : (verb?.status ?? 'unknown');
    if (verb) {
      const lead = inClause.filter((q) => q.end <= verb.start && verb.start - q.end <= 12);
      if (lead.some((q) => q.kind === 'negation' || q.kind === 'request')) return { status: 'unknown', verb };
      // A needs verb ("cần", "butuh", "needs") names no delivery, now or later; a future said after it is a new
      // plan ("membutuhkan ribuan vaksin … dan akan mengusulkan … 250 ribu dosis"). Production is unknown too, but
      // a future or plan governing it makes it expected ("Dự kiến, … Vabiotech sản xuất khoảng 40 triệu liều").
      const later = inClause.some((q) => q.kind === 'future' && q.start >= verb.end && q.end <= cand.start);
      if (status === 'unknown' && !later && verb.production !== true) return { status, verb };
    }
    return { status: this.modality(status, verb) ? 'expected' : status, verb };
  }

  private governingVerb(): Cue | null {
    const { scene, cand, before, after } = this;
    // A weak verb governs only a figure right beside it: "đã có thêm 33 triệu", "has 35 million", not "had
    // distributed 2 million".
    const near = (q: Cue): boolean => (q.end <= cand.start ? cand.start - q.end : q.start - cand.end) <= WEAK_REACH;
    const afterVerb = this.pickAfter(after.filter((q) => !q.weak));
    const laterFuture = (): Cue | undefined => after.find((q) => this.laterFuture(q));
    const futureAfter = afterVerb && (this.futureGoverns(afterVerb) ? afterVerb : laterFuture());
    let verb =
      (futureAfter || undefined) ??
      this.pick(before.filter((q) => !q.weak)) ??
      afterVerb ??
      this.pick(before.filter((q) => q.weak && near(q))) ??
      this.pick(after.filter((q) => q.weak && near(q))) ??
      null;
    if (afterVerb && verb && verb !== afterVerb && verb.end <= cand.start) {
      if (startsPredicate(scene, cand, verb, afterVerb)) verb = afterVerb;
    }
    return verb;
  }

  /**
   * "menerima hibah … 1,2 juta dosis", "Kedatangan vaksin itu berasal dari donasi …": the donation says where the
   * doses came from; the receipt or arrival said before it is the predicate.
   */
  private receiptBefore(donation: Cue): Cue | undefined {
    const { cand } = this;
    const { sentence, c, figures } = this.scene;
    // Items of one list share the receipt: "Kedatangan … 1,2 juta dosis bantuan dari Australia dan 224.000 …".
    const unlisted = (q: Cue): boolean => {
      const between = figures.filter((f) => f !== cand && f.start >= q.end && f.end <= cand.start);
      return between.some((f, i) => !c.listTail.test(sentence.slice(f.end, (between[i + 1] ?? cand).start)));
    };
    return this.before.find((q) => q.status === 'received' && !q.weak && q.end <= donation.start && !unlisted(q));
  }

  /** Whether a condition or a future makes the status expected. */
  private modality(status: DoseStatus, verb: Cue | null): boolean {
    const { scene, cand, inClause } = this;
    const { sentence, cues, c } = scene;
    // "nếu … thì Việt Nam có 5 triệu liều", "kalau bisa … 10 juta": a condition earlier in the sentence.
    // "Nếu như … đã huy động được …, thì … đã có thêm": a past marker makes it a comparison, not a condition.
    const pastAfter = (q: Cue): boolean =>
      c.past?.test(sentence.slice(q.end, Math.max(cand.start, verb?.end ?? 0))) ?? false;
    // "Dự kiến đến hết quý IV, tổng số vaccine mà Việt Nam nhận được … là 100 triệu liều": a future opening the
    // sentence governs every verb in it, like a condition (not a figure with none: "Diharapkan … untuk melengkapi").
    const opening = (q: Cue): boolean =>
      q.kind === 'future' && status !== 'unknown' && /^\P{L}*$/u.test(sentence.slice(0, q.start));
    const condition =
      cues.some((q) => (q.kind === 'condition' || opening(q)) && q.end <= cand.start && !pastAfter(q)) ||
      this.trailingCondition(verb);
    const future = futureOf(scene, cand, inClause, verb);
    // "akan membeli", "sẽ ký hợp đồng mua": a future before a commitment's own verb makes it a plan; inside one
    // ("cam kết sẽ tặng", "berkomitmen akan memberikan") the commitment stands.
    const willCommit =
      c.futurePlansCommitment && future !== undefined && verb?.status === 'committed' && future.end <= verb.start;
    // "đơn đặt hàng đầu tiên gồm 2 triệu liều … sẽ đến": an order named as a noun is no predicate; the future said
    // of its doses is.
    const orderArrives = verb?.noun === true && future !== undefined && future.start >= cand.end;
    const planned = (future?.plan === true || willCommit || orderArrives) && status === 'committed';
    const ahead = condition || future || this.timeAhead() || this.describedAhead(verb);
    return Boolean(ahead && (NOT_YET.has(status) || planned));
  }

  /**
   * "còn nhận 3,8 triệu liều do AstraZeneca theo dự kiến sẽ giao vào tháng 1", "6 triệu liều vaccine mà bang Sao Paulo
   * dự kiến nhập": a future in the clause with its own agent that describes the doses right after them, with no status
   * word of its own, says they are still to come. Not when their own verb is said as done ("đã nhận … do … sẽ"), nor
   * when the describing clause names its own event ("mà tỉnh sẽ phân bổ").
   */
  private describedAhead(verb: Cue | null): boolean {
    const { cand } = this;
    const { sentence, cues, c, figures } = this.scene;
    if (verb && (verb.start >= cand.end || (c.past?.test(sentence.slice(Math.max(0, verb.start - WEAK_REACH), verb.end)) ?? false))) {
      return false;
    }
    const tail = sentence.slice(cand.end);
    const m = c.agentClause.exec(tail);
    if (!m || /[,;:.()]/u.test(tail.slice(0, m.index)) || tail.slice(0, m.index).trim().split(/\s+/).filter(Boolean).length > 3) {
      return false;
    }
    const opens = cand.end + m.index + m[0].length;
    const stop = /[,;:.()]/u.exec(sentence.slice(opens));
    const nextFigure = figures.find((f) => f.start >= opens);
    const nextBreak = cues.find((q) => q.kind === 'break' && q.start >= opens);
    const to = Math.min(opens + (stop?.index ?? sentence.length), nextFigure?.start ?? sentence.length, nextBreak?.start ?? sentence.length);
    const inside = cues.filter((q) => q.start >= opens && q.end <= to);
    const future = inside.find((q) => q.kind === 'future');
    if (!future || inside.some((q) => q.kind === 'status' || q.kind === 'negation')) return false;
    // The agent stands before the future: "mà bang Sao Paulo dự kiến …", "do AstraZeneca … sẽ …".
    const agent = sentence.slice(opens, future.start);
    return /\p{L}/u.test(agent) && !(c.past?.test(agent) ?? false);
  }

  /**
   * "telah menyiapkan 16 juta dosis vaksin pada Mei 2021 mendatang", "berharap mendapatkan 3,2 juta dosis lagi pekan
   * depan": a time ahead soon after the figure, in its clause, dates its event later. Not past another figure, a
   * status word, a purpose or a relative clause, whose time it is ("… 22 juta untuk menuntaskan target pada 30 Juni
   * mendatang", "… vaksin yang akan habis hingga 31 Maret mendatang").
   */
  private timeAhead(): boolean {
    const { scene, cand } = this;
    const { sentence, cues, c, figures } = scene;
    if (!c.timeAhead) return false;
    const { to } = clauseOf(cues, cand, sentence.length);
    const gap = sentence.slice(cand.end, to);
    const m = c.timeAhead.exec(gap);
    if (!m || m.index > TIME_AHEAD_REACH) return false;
    const at = cand.end + m.index;
    const inside = (x: Span): boolean => x.start >= cand.end && x.end <= at;
    return (
      !figures.some((f) => f !== cand && inside(f)) &&
      !cues.some((q) => inside(q) && (q.kind === 'status' || q.kind === 'purpose')) &&
      !c.relative.test(gap.slice(0, m.index))
    );
  }

  /**
   * A condition after the predicate, in its own clause, governs it too: "có thể sản xuất thêm 2,4 triệu liều nữa nếu
   * có cam kết". Not one inside a purpose clause ("đặt mua 40.000 liều … để sẵn sàng tiêm phòng nếu …"), nor one
   * after a later figure, which is that figure's, nor one past a comma ("phân bổ 745.000 liều, cho phép nếu …").
   */
  private trailingCondition(verb: Cue | null): boolean {
    const { cand, inClause } = this;
    const { figures, sentence } = this.scene;
    const from = Math.max(cand.end, verb?.end ?? 0);
    return inClause.some(
      (q) =>
        q.kind === 'condition' &&
        q.start >= from &&
        !sentence.slice(from, q.start).includes(',') &&
        !inClause.some((p) => p.kind === 'purpose' && p.start >= cand.end && p.end <= q.start) &&
        !figures.some((f) => f !== cand && f.start >= cand.end && f.end <= q.start),
    );
  }

  /**
   * A donation word after a list item belongs to the item next to it ("68,5 juta dosis Sinovac, … dan 500 ribu
   * dosis Sinopharm sumbangan Uni Emirat Arab"), not to the items before.
   */
  private crossesFigure(q: Cue): boolean {
    return this.scene.figures.some((f) => f !== this.cand && f.start >= this.cand.end && f.end <= q.start);
  }

  /**
   * "9.819.000 dosis … terdiri dari 819.000 dosis vaksin Pfizer yang diterima": the verb after a relative pronoun
   * describes the figure just before it.
   */
  private describesLater(q: Cue): boolean {
    const { sentence, c, figures } = this.scene;
    const { cand } = this;
    return figures.some((f) => {
      if (f === cand || f.start < cand.end || f.end > q.start) return false;
      const rel = c.relative.exec(sentence.slice(f.end, q.start));
      if (!rel) return false;
      // The relative clause ends with its own verb: in "770.000 liều … trong tổng số 1 triệu liều mà Mỹ tặng Việt
      // Nam đã về đến", the arrival after it is the main predicate again (not after a joiner: "yang dibeli dan diterima").
      const opens = f.end + rel.index + rel[0].length;
      const own = this.inClause.find((v) => v.kind === 'status' && v.start >= opens && v.end <= q.start && v !== q);
      return own === undefined || c.joiner.test(sentence.slice(own.end, q.start));
    });
  }

  /** A verb marked as a purpose ("để nhập khẩu": in order to import) governs only when nothing else does. */
  private purposeOf(q: Cue): boolean {
    return this.inClause.some((p) => p.kind === 'purpose' && p.end <= q.start && q.start - p.end <= 2);
  }

  private pick(list: Cue[]): Cue | undefined {
    return list.find((q) => !this.purposeOf(q));
  }

  /**
   * A donation said of the doses, then what happened to them: "1.499.940 liều do Mỹ hỗ trợ … vừa về tới", "doses
   * donated by Japan arrived": the later verb is the predicate.
   */
  private pickAfter(list: Cue[]): Cue | undefined {
    const first = this.pick(list);
    if (first?.status !== 'donated') return first;
    const later = (q: Cue): boolean =>
      q.start > first.start && q.status !== 'donated' && !this.purposeOf(q) && !this.crossesFigure(q);
    return list.find(later) ?? first;
  }

  /**
   * The figure as the subject of a new, future predicate: "…, số vắc xin 270.000 liều còn lại dự kiến sẽ được chuyển
   * đến Việt Nam" (not the donation said before it); "… 10 triệu liều và sẽ nhận thêm" is the subject's.
   * "1 triệu liều vaccine Chính phủ Nhật Bản cung cấp thêm cho Việt Nam sẽ được chuyển đến": past a describing verb.
   */
  private futureGoverns(v: Cue): boolean {
    const { cand } = this;
    const { sentence, c } = this.scene;
    return this.inClause.some(
      (q) =>
        q.kind === 'future' &&
        q.start >= cand.end &&
        q.end <= v.start &&
        v.start - q.end <= 8 &&
        !c.joiner.test(sentence.slice(cand.end, q.start)) &&
        !this.crossesFigure(q) &&
        !this.takesOwnFigure(v),
    );
  }

  /**
   * A verb with its own figure right after it is that figure's predicate, not a new one of an earlier figure: "Sau
   * khi tiếp nhận 1,24 triệu liều …, Đài Loan sẽ nhận được 2,5 triệu liều" (the 1,24 million were received).
   */
  private takesOwnFigure(v: Cue): boolean {
    const { sentence, figures } = this.scene;
    return figures.some(
      (f) => f !== this.cand && f.start >= v.end && f.start - v.end <= OBJECT_REACH && !/[,;:.()]/u.test(sentence.slice(v.end, f.start)),
    );
  }

  /** Not into a relative clause: "… tiba digudang …, yang selanjutnya akan disalurkan". */
  private laterFuture(q: Cue): boolean {
    const { sentence, c } = this.scene;
    return !q.weak && this.futureGoverns(q) && !c.relative.test(sentence.slice(this.cand.end, q.start));
  }
}

/**
 * Where the words that may govern a figure from before it start: past a reporting verb ("Nhóm xúc tiến tiêm chủng …
 * thông báo 2.679.000 liều … đã về đến": the reporter's subject is no predicate of the reported clause).
 */
function ownOpening(inClause: readonly Cue[], cand: Span): number {
  let opens = 0;
  for (const q of inClause) {
    if (q.end > cand.start) break;
    if (q.kind === 'report' || q.kind === 'promise') opens = q.start;
  }
  return opens;
}

/**
 * A verb in the relative clause of an earlier figure describes that figure's noun, not a later figure: in "Dari 100
 * dosis yang disediakan, hanya 30 dosis yang terpakai" the provision is the 100 doses', not the 30's.
 */
function describesEarlier(scene: StatusScene, cand: Span, q: Cue): boolean {
  const { sentence, c, figures } = scene;
  const owner = figures.filter((f) => f !== cand && f.end <= q.start).at(-1);
  if (!owner || owner.end > cand.start) return false;
  const gap = sentence.slice(owner.end, q.start);
  const rel = c.relative.exec(gap);
  if (!rel) return false;
  const words = (s: string): number => s.trim().split(/\s+/).filter(Boolean).length;
  // The relative clause's own verbs only, said right after its pronoun ("yang disediakan", "yang telah
  // didistribusikan dan disuntikkan"), not a verb past a comma ("…, lantaran capaian vaksinasi").
  const opens = owner.end + rel.index + rel[0].length;
  const inside = sentence.slice(opens, q.start);
  // The later figure stands past a comma or a joiner ("…, hanya 30 dosis", "… dan fase dua sebanyak 2,2 juta"), not as
  // the verb's own object ("120 triệu liều mà đến nay mới tiêm được 88 triệu liều").
  const after = sentence.slice(q.end, cand.start);
  const apart = /[,;]/u.test(after) || c.joiner.test(after);
  return apart && words(gap.slice(0, rel.index)) <= 3 && words(inside) <= 6 && !/[,;:]/u.test(inside);
}

/** A word in brackets that do not hold the figure ("(đủ cho 25 triệu người vì mỗi người chỉ cần tiêm 2 liều)") is an aside. */
function asideOf(sentence: string, cand: Span): (q: Cue) => boolean {
  const spans = [...sentence.matchAll(/\([^()]*\)/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const outer = spans.filter((p) => !(p.start <= cand.start && cand.end <= p.end));
  return (q) => outer.some((p) => p.start <= q.start && q.end <= p.end);
}

/**
 * The list item a donation before a figure describes: "dự tính sử dụng 13,7 triệu liều … do Úc tài trợ và 10 triệu
 * liều …": the donor belongs to the item before, whose predicate the next item shares.
 */
function describedBefore(scene: StatusScene, cand: Span, verb: Cue): Span | undefined {
  const { sentence, c, figures } = scene;
  if (verb.status !== 'donated' || verb.end > cand.start) return undefined;
  const prev = figures.filter((f) => f.end <= verb.start).at(-1);
  if (!prev || figures.some((f) => f !== cand && f.start >= verb.end && f.end <= cand.start)) return undefined;
  const near = verb.start - prev.end <= FUTURE_REACH;
  return near && c.listTail.test(sentence.slice(verb.end, cand.start)) ? prev : undefined;
}

/**
 * Whether a commitment ("cam kết tặng") or an announcement ("thông báo nước này tiếp tục viện trợ") makes a
 * donation a promise; a future or past word between an announcement and the donation says it is no promise
 * ("thông báo sẽ viện trợ", "thông báo Nhật Bản đã tặng").
 */
function promises(scene: StatusScene, q: Cue, donation: Cue, inClause: readonly Cue[]): boolean {
  if (q.end > donation.start) return false;
  // "cam kết viện trợ 40 triệu AUD … và hỗ trợ 1,5 triệu liều": a pledge carries to the donation joined to it.
  if (q.status === 'committed') return donation.start - q.end <= WEAK_REACH || joinedTo(scene, q, donation, inClause);
  if (q.kind !== 'promise' || donation.start - q.end > PROMISE_REACH) return false;
  const between = scene.sentence.slice(q.end, donation.start);
  const future = inClause.some((f) => f.kind === 'future' && f.start >= q.end && f.end <= donation.start);
  return !future && !(scene.c.past?.test(between) ?? false);
}

/** Whether a donation is the second verb of one predicate: "cam kết viện trợ …, và hỗ trợ", with nothing else said. */
function joinedTo(scene: StatusScene, pledge: Cue, donation: Cue, inClause: readonly Cue[]): boolean {
  const between = inClause.filter((v) => v.start >= pledge.end && v.end <= donation.start);
  if (between.some((v) => v.kind !== 'status' || v.status !== 'donated')) return false;
  const tail = scene.sentence.slice(pledge.end, donation.start);
  return scene.c.listTail.test(tail.replace(/\s+$/u, ' ').trimEnd()) && /\s$/u.test(tail);
}

/**
 * Whether a figure with no verb of its own before it (only a verb said of an earlier figure) starts a new predicate
 * with its own verb after it: "mendistribusikan 50 juta dosis ke daerah, dan 40 juta dosis telah disuntikkan",
 * "125 juta dosis … sudah disuntikkan, dan sekitar 169 juta sudah didistribusikan", "kedatangan 2,7 juta vaksin
 * donasi … menandai telah 500 juta dosis vaksin tiba". Not a relative clause ("… dan 5 juta dosis yang
 * didistribusikan"), nor the donor of a list's last item ("400.000 liều Moderna, 200.000 liều AstraZeneca do Nhật
 * Bản viện trợ").
 */
function startsPredicate(scene: StatusScene, cand: Span, verb: Cue, afterVerb: Cue): boolean {
  const { sentence, c, figures } = scene;
  if (c.relative.test(sentence.slice(cand.end, afterVerb.start))) return false;
  if (figures.some((f) => f !== cand && f.start >= cand.end && f.end <= afterVerb.start)) return false;
  const prev = figures.filter((f) => f !== cand && f.end <= cand.start).at(-1);
  // The verb before is another figure's: a figure stands between, or the verb follows one ("2,7 juta vaksin donasi").
  const othersVerb =
    prev !== undefined && (prev.start >= verb.end || (verb.start >= prev.end && verb.start - prev.end <= WEAK_REACH));
  if (!othersVerb) return afterVerb.status !== 'donated' && c.listTail.test(sentence.slice(verb.end, cand.start));
  const gap = sentence.slice(prev.end, cand.start);
  return afterVerb.status !== 'donated' || !c.listTail.test(gap);
}

/**
 * A future word governs the verb right after it ("sẽ có", "akan tiba", "will receive", "expected to receive")
 * or, with no verb, the figure ("dự kiến … 30 triệu liều", "doses are expected"); a past marker between
 * cancels it.
 */
function futureOf(scene: StatusScene, cand: Span, inClause: readonly Cue[], verb: Cue | null): Cue | undefined {
  const { sentence, c, figures } = scene;
  const { to } = clauseOf(scene.cues, cand, sentence.length);
  const target = verb ?? cand;
  return inClause.find((q) => {
    if (q.kind !== 'future') return false;
    // "received 30 million doses … and will get 16 to 17 million": a new predicate between verb and figure.
    if (verb && verb.end <= q.start && q.end <= cand.start) return true;
    // "… arrived, with another 1.8 million expected to be sent": a future right after the figure is its own
    // predicate.
    if (q.start >= cand.end && q.start - cand.end <= 2 && sentence.slice(cand.end, q.start).trim() === '') return true;
    // English puts the future word before the verb, not before the figure: "the expected 10 million doses arrived".
    if (!c.futureSpansFigure && verb && verb.start >= cand.end && q.end <= cand.start) return false;
    if (q.end <= target.start) {
      // Reach is measured to the verb, or to the figure when the verb comes after it ("sẽ … giao thêm 5 triệu
      // liều … về").
      const reachTo = q.end <= cand.start ? Math.min(target.start, cand.start) : target.start;
      if (c.past?.test(sentence.slice(q.end, target.end)) ?? false) return false;
      if (verb && ownedFigureBefore(scene, cand, q, verb)) return false;
      // With no verb at all, the future word is the clause's only predicate and reaches further: "akan ada tambahan
      // vaksin Covid-19 dari Sinovac Biotech Ltd sebanyak 10-15 juta".
      if (reachTo - q.end <= (verb === null ? LONE_FUTURE_REACH : FUTURE_REACH)) return true;
      // "sẽ phân bổ 30.000 liều … và đợt 10 phân bổ 17.550 liều": it carries to a verb joined to its own.
      const own = inClause.find((v) => v.kind === 'status' && v.start >= q.end && v.start - q.end <= FUTURE_REACH);
      if (verb === null || own === undefined || own.end > target.start) return false;
      return c.joiner.test(sentence.slice(own.end, target.start));
    }
    // "Pendistribusian 34.400 vial … akan dilakukan": a noun before the figure names the event, the later future is its.
    if (verb?.noun && verb.end <= cand.start && q.start >= cand.end) return !between(scene, cand, q);
    // "đàm phán thêm 45 triệu liều, mục tiêu đạt 150 triệu": a future before another figure is its.
    return !verb && q.start >= cand.end && !figures.some((f) => f.start >= q.end && f.end <= to);
  });
}

/** Whether another figure or a status word stands between a figure and a later word of its clause. */
function between(scene: StatusScene, cand: Span, q: Cue): boolean {
  const inside = (x: Span): boolean => x.start >= cand.end && x.end <= q.start;
  return scene.figures.some((f) => f !== cand && inside(f)) || scene.cues.some((v) => v.kind === 'status' && inside(v));
}

/**
 * "dari sasaran 73.847 vaksin dosis pertama, capaiannya sebesar 21.757 dosis": a plan word with a figure
 * of its own before the verb, and no status word between them, is that figure's; the verb after it opens a new
 * predicate that the word does not reach.
 */
function ownedFigureBefore(scene: StatusScene, cand: Span, q: Cue, verb: Cue): boolean {
  const inside = (x: Span): boolean => x.start >= q.end && x.end <= verb.start;
  return (
    q.plan === true &&
    verb.end <= cand.start &&
    (scene.figures.some((f) => f !== cand && inside(f)) || BARE_AMOUNT.test(scene.sentence.slice(q.end, verb.start))) &&
    !scene.cues.some((v) => v !== verb && v.kind === 'status' && inside(v))
  );
}

/** "dari target 800 terealisasi 791 dosis": the plan word's own amount said without a unit (not a year). */
const BARE_AMOUNT = /^\s+(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*\s+$/u;
