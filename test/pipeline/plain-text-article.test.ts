import { describe, expect, it } from 'vitest';
import { Article } from '../../src/core/index.js';
import { plainTextArticle } from '../../src/pipeline/plain-text-article.js';

describe('plainTextArticle', () => {
  it('lays out title and paragraphs as the cleaner does, with offsets into the text', () => {
    const a = plainTextArticle(['  Ông Bình cho biết thêm.  ', '', 'Cue\u0301 đoạn hai.'], {
      lang: 'vi',
      url: 'https://tin.example/bai-1',
      title: 'Tiêu đề',
    });
    expect(a.text).toBe('Tiêu đề\n\nÔng Bình cho biết thêm.\n\nCu\u00e9 đoạn hai.');
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['title', 'body', 'body']);
    for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end)).toBe(p.text);
    expect(Article.omit({ facts: true, fetchedAt: true }).safeParse(a).success).toBe(true);
  });

  it('has no title paragraph when none is given', () => {
    const a = plainTextArticle(['Satu kalimat.'], { lang: 'id', url: 'https://berita.example/a' });
    expect(a.paragraphs).toEqual([{ text: 'Satu kalimat.', lang: 'id', kind: 'body', start: 0, end: 13 }]);
    expect(a.site).toBe('berita.example');
  });
});
