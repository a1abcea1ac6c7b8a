import { describe, expect, it } from 'vitest';
import { aggregate, scorePage, tokenScores } from '../../scripts/held-out/pages-score.js';

describe('held-out pages scorer', () => {
  it('scores tokens as bags of words', () => {
    expect(tokenScores('a b c d', 'a b c d')).toEqual({ p: 1, r: 1, f1: 1 });
    const s = tokenScores('a b x y', 'a b c d');
    expect(s.p).toBeCloseTo(0.5);
    expect(s.r).toBeCloseTo(0.5);
  });

  it('counts snippets and leak lines, whitespace-insensitively', () => {
    const row = { id: 'p1', url: 'https://x.example/1', file: 'p1.html', with: ['main  text', 'missing'], without: ['menu'], leaks: ['1.229 Views'] };
    const s = scorePage(row, 'main text\nmenu\n1.229   Views');
    expect(s.snippets).toMatchObject({ tp: 1, fn: 1, fp: 1, tn: 0, missed: ['missing'], leaked: ['menu'] });
    expect(s.leaks).toEqual(['1.229 Views']);
    const agg = aggregate([s, scorePage({ ...row, id: 'p2' }, 'main text missing')]);
    expect(agg.snippets?.p).toBeCloseTo(3 / 4);
    expect(agg.snippets?.r).toBeCloseTo(3 / 4);
    expect(agg).toMatchObject({ pages: 2, leaks: 1, pagesWithLeaks: 1, tokens: null });
  });
});
