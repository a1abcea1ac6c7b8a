import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../scripts/held-out/options.js';
import {
  contentMatches,
  judgeOutput,
  matchItem,
  speakerMatches,
  type GoldStatement,
  type PredictedStatement,
} from '../../scripts/held-out/statement-match.js';

// Invented sentences and speakers: the scorer's rules, not the held-out data.
const gold = (o: Partial<GoldStatement> & { cue: string }): GoldStatement => ({
  speaker: null,
  speakerKey: null,
  kind: 'person',
  title: null,
  direct: false,
  ...o,
});
const pred = (o: Partial<PredictedStatement> & { quote: string }): PredictedStatement => ({
  name: null,
  key: null,
  title: null,
  org: null,
  ...o,
});

describe('held-out statement matching', () => {
  it('matches content on the folded cue, or on most of its words', () => {
    const quote = 'ông nói: "sở y tế sẽ mở thêm ba điểm tiêm"';
    expect(contentMatches('Sở Y tế sẽ mở thêm', quote)).toBe(true);
    expect(contentMatches('giá vé tăng mạnh', 'giá vé năm nay tăng rất mạnh')).toBe(true);
    expect(contentMatches('giá vé tăng mạnh', 'thời tiết sẽ mát hơn')).toBe(false);
    const otherStatement = 'sơ tán người dân khỏi vùng nguy cơ sạt lở';
    expect(contentMatches('nguy cơ sạt lở luôn hiện hữu', otherStatement)).toBe(false);
  });

  it('compares named speakers by folded key, and a name without a key by its own key', () => {
    const g = gold({ speaker: 'Trần Văn Bình', speakerKey: 'tran van binh', cue: 'x' });
    expect(speakerMatches(g, pred({ name: 'Trần Văn Bình', key: 'tran van binh', quote: 'x' }))).toBe(true);
    expect(speakerMatches(g, pred({ name: 'Văn Bình', key: 'van binh', quote: 'x' }))).toBe(false);
    const hyphen = gold({ speaker: 'Kim Ha-na', speakerKey: 'kim ha-na', cue: 'x' });
    expect(speakerMatches(hyphen, pred({ name: 'Kim Ha-na', quote: 'x' }))).toBe(true);
  });

  it('reads a short title as its canonical form: gold "Wapres" is the extractor\'s "Wakil Presiden"', () => {
    const g = gold({ title: 'Wapres', cue: 'x' });
    expect(speakerMatches(g, pred({ title: 'Wakil Presiden', quote: 'x' }))).toBe(true);
    expect(speakerMatches(gold({ title: 'Wakil Presiden', cue: 'x' }), pred({ title: 'Wapres', quote: 'x' }))).toBe(true);
    expect(speakerMatches(g, pred({ title: 'Menteri Luar Negeri', quote: 'x' }))).toBe(false);
  });

  it('accepts no name for a title-only or organisation speaker only when the title or organisation agrees', () => {
    const g = gold({ title: 'Giám đốc Sở Y tế', cue: 'x' });
    expect(speakerMatches(g, pred({ title: 'Giám đốc', org: 'Sở Y tế', quote: 'x' }))).toBe(true);
    expect(speakerMatches(g, pred({ name: 'Hà Nam', key: 'ha nam', title: 'Giám đốc', quote: 'x' }))).toBe(false);
    const org = gold({ kind: 'organisation', org: 'Dinas Kesehatan', cue: 'x' });
    expect(speakerMatches(org, pred({ org: 'Polda Riau', quote: 'x' }))).toBe(false);
    expect(speakerMatches(org, pred({ name: 'Dinas Kesehatan', quote: 'x' }))).toBe(false);
    expect(speakerMatches(org, pred({ name: 'Dinas Kesehatan', kind: 'organisation', quote: 'x' }))).toBe(true);
  });

  it('counts found, wrong-speaker and false statements per item', () => {
    const g = [
      gold({ speaker: 'Budi Santoso', speakerKey: 'budi santoso', cue: 'harga beras naik' }),
      gold({ speaker: 'Budi Santoso', speakerKey: 'budi santoso', cue: 'stok cukup sampai Maret' }),
    ];
    const m = matchItem(g, [
      pred({ name: 'Budi Santoso', key: 'budi santoso', quote: 'harga beras naik minggu ini' }),
      pred({ name: 'Investasi Budi Santoso', key: 'investasi budi santoso', quote: 'stok cukup sampai Maret' }),
      pred({ name: 'Ani', key: 'ani', quote: 'hujan turun sore ini' }),
    ]);
    expect(m).toMatchObject({ gold: 2, found: 1, wrongSpeaker: 1, predicted: 3, correct: 1 });
    expect(m.extra.map((p) => p.key)).toEqual(['ani']);
  });

  it('judges every output statement on its own: right, wrong, no name or not a statement', () => {
    const g = [
      gold({ speaker: 'Budi Santoso', speakerKey: 'budi santoso', cue: 'harga beras naik' }),
      gold({ title: 'juru bicara', cue: 'stok cukup sampai Maret' }),
    ];
    const judged = judgeOutput(g, [
      pred({ name: 'Budi Santoso', key: 'budi santoso', quote: 'harga beras naik minggu ini' }),
      pred({ name: 'Budi Santoso', key: 'budi santoso', quote: 'harga beras naik lagi' }),
      pred({ title: 'menteri', quote: 'harga beras naik' }),
      pred({ name: 'Polda Riau', kind: 'organisation', quote: 'harga beras naik' }),
      pred({ name: 'Ani', key: 'ani', quote: 'stok cukup sampai Maret' }),
      pred({ title: 'juru bicara', quote: 'stok cukup sampai Maret' }),
      pred({ name: 'Ani', key: 'ani', quote: 'hujan turun sore ini' }),
    ]);
    expect(judged).toEqual({ right: 3, wrong: 2, noName: 1, notStatement: 1 });
    expect(matchItem(g, []).judged).toEqual({ right: 0, wrong: 0, noName: 0, notStatement: 0 });
  });

  it('reads the dispatcher options and refuses unknown ones', () => {
    const { opts } = parseOptions(['statements', '--split', 'dev', '--misses']);
    expect(opts).toMatchObject({ splits: ['dev'], misses: true });
    expect(() => parseOptions(['statements', '--split', 'all'])).toThrow(/dev or test/);
    expect(() => parseOptions(['--json'])).toThrow(/usage/);
  });
});
