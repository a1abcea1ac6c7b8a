import { beforeEach, describe, expect, it, vi } from 'vitest';
import { docFromText } from '../../support/doc-from-text.js';

// Each test imports a fresh registry: the build record lives in the module, once per thread as in a worker.
async function freshRegistry() {
  vi.resetModules();
  const registry = await import('../../../src/extractors/index.js');
  const lazy = await import('../../../src/extractors/common/lazy.js');
  return { ...registry, builtExtractors: lazy.builtExtractors, lazyExtractor: lazy.lazyExtractor };
}

const VI_PAGE = docFromText(
  ['Hà Nội tiêm thêm vắc xin', 'Ngày 5/9, ông Nguyễn Văn A cho biết thành phố đã tiêm 1,2 triệu liều vắc xin.'],
  { lang: 'vi' },
);
const EN_PAGE = docFromText(
  ['City expands vaccination', 'On September 5, Mayor John Smith said the city had given 1.2 million doses.'],
  { lang: 'en' },
);

describe('lazy extractor registry', () => {
  beforeEach(() => vi.resetModules());

  it('builds no extractor when the registry is imported', async () => {
    const { builtExtractors, EXTRACTORS } = await freshRegistry();
    expect(EXTRACTORS.map((e) => e.name)).toEqual([
      'vi/date', 'id/date', 'en/date', 'vi/dose', 'id/dose', 'en/dose', 'vi/statement', 'id/statement', 'en/statement',
    ]);
    expect(builtExtractors()).toEqual([]);
  });

  it('an English page builds only the English extractors', async () => {
    const { builtExtractors, runExtractors } = await freshRegistry();
    const { drafts, failed } = runExtractors(EN_PAGE);
    expect(failed).toEqual([]);
    expect(drafts.length).toBeGreaterThan(0);
    expect([...builtExtractors()].sort()).toEqual(['en/date', 'en/dose', 'en/statement']);
  });

  it('the first Vietnamese page builds the Vietnamese extractors once, the next builds none', async () => {
    const { builtExtractors, runExtractors } = await freshRegistry();
    const first = runExtractors(VI_PAGE);
    expect([...builtExtractors()].sort()).toEqual(['vi/date', 'vi/dose', 'vi/statement']);
    const second = runExtractors(VI_PAGE);
    expect(builtExtractors()).toHaveLength(3);
    expect(second).toEqual(first);
    expect(first.drafts.map((d) => d.type).sort()).toEqual(['date', 'dose', 'statement']);
  });

  it('a page with one Vietnamese paragraph builds the Vietnamese extractors', async () => {
    const { builtExtractors, runExtractors } = await freshRegistry();
    const mixed = { ...EN_PAGE, sentences: EN_PAGE.sentences.map((s, i) => (i === 0 ? { ...s, lang: 'vi' as const } : s)) };
    runExtractors(mixed);
    expect(builtExtractors()).toContain('vi/statement');
    expect(builtExtractors()).not.toContain('id/statement');
  });

  it('gives the same drafts as the extractor it builds, and nothing without a sentence in its language', async () => {
    const { lazyExtractor } = await freshRegistry();
    const build = vi.fn(() => ({
      name: 'vi/date', version: '1.0.0', lang: 'vi' as const, type: 'date' as const, extract: () => [],
    }));
    const lazy = lazyExtractor('vi', 'date', build);
    expect(lazy.extract(EN_PAGE)).toEqual([]);
    expect(build).not.toHaveBeenCalled();
    lazy.extract(VI_PAGE);
    lazy.extract(VI_PAGE);
    expect(build).toHaveBeenCalledTimes(1);
  });
});
