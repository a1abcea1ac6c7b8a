import { NOT_NAME, SpeakerWords, type Draft } from './speaker-words.js';

/**
 * The edges of speaker phrases where the Vietnamese grammar must decide between a body, a name and no speaker:
 * a name closing the capitals after a title, unnamed groups and bare bodies, a lone name after a quote.
 */
export class SpeakerEdges extends SpeakerWords {
  protected titleInside(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.m(k, 'title', false)) return true;
    return false;
  }

  /**
   * "Tổng giám đốc Dragon Capital Việt Nam | Lê Anh Tuấn", "Phó Chủ tịch LĐBĐ Thái Lan | Charnwit Polcheewin",
   * "Bí thư | Xuân Anh": the capitals after a title close with a Vietnamese name, or with two or three words no
   * vocabulary knows; more unknown words than that ("Tổng thống El Salvador Nayib Bukele") are unsure.
   * Returns where the name starts (`k` when there is none).
   */
  protected nameClosing(j: number, k: number, d: Draft): number {
    if (this.g.rules.nameStyle !== 'surname') return k;
    for (let p = j + 1; p < k - 1; p++) {
      if (this.viName(p) === k) {
        Object.assign(d, { name: this.slice(p, k), full: true });
        return p;
      }
    }
    const unknown = this.unknownCapitals(j, k, true);
    if (unknown > 3) d.unsure = true;
    else if (unknown >= 2) Object.assign(d, { name: this.slice(k - unknown, k), full: true, foreign: true });
    return unknown >= 2 && unknown <= 3 ? k - unknown : k;
  }

  /**
   * The most capitalised words in a row between `j` and `k` that no vocabulary knows (`atEnd`: those closing
   * it). A one-word place after such a word is a syllable of a name ("Xuân Anh", "Tuấn Anh").
   */
  protected unknownCapitals(j: number, k: number, atEnd = false): number {
    let best = 0;
    let run = 0;
    for (let x = j; x < k; ) {
      const t = this.ts[x]!;
      const known = this.m(x, 'place') ?? this.m(x, 'country') ?? this.m(x, 'org') ?? this.m(x, 'portfolio');
      const syllable = run > 0 && known?.end === x + 1;
      if (known && !syllable) {
        run = 0;
        x = known.end;
        continue;
      }
      run = t.cap && t.alpha && !t.acronym && (syllable || !this.has(x, NOT_NAME)) ? run + 1 : 0;
      best = Math.max(best, run);
      x++;
    }
    return atEnd ? run : best;
  }

  /**
   * "các chuyên gia | tiêu hóa |, …", "các quan chức | quân đội Colombia |, …", "Mẹ cô | cho biết": a few words
   * describing an unnamed speaker, up to the verb or to the comma after them (vi: runs reach the verb).
   */
  protected groupRun(j: number): number | null {
    const run = this.runToVerb(j, false);
    if (run !== null) return run > j ? run : null;
    if (!this.g.rules.runToVerb) return null;
    let k = j;
    while (k - j < 4 && this.ts[k]?.word && !this.m(k, 'runStop', false) && !this.speakerStarts(k)) {
      k = this.place(k) ?? k + 1;
    }
    return k > j && this.is(k, ',') ? k : null;
  }

  /**
   * "Công ty giải thích …", "Bộ này lưu ý …": an organisation head alone (or with a trailing determiner) as the
   * sentence's subject, right before a reporting verb. Only for languages whose runs reach the verb (vi).
   */
  protected bareHead(i: number): number | null {
    const head = this.g.rules.runToVerb ? this.m(i, 'orgHead') : null;
    if (!head) return null;
    const end = this.m(head.end, 'trailingDeterminer', false)?.end ?? head.end;
    return this.verbAt(end) ? end : null;
  }

  /** '…", Fossett nói': one capitalised word no vocabulary knows, between a closing mark and the verb. */
  protected loneNameAfterQuote(i: number): number | null {
    const before = this.ts[i - 1]?.text === ',' ? this.ts[i - 2] : this.ts[i - 1];
    return this.nameWord(i, true) && before && /^["”»]$/u.test(before.text) && this.verbAt(i + 1) ? i + 1 : null;
  }
}
