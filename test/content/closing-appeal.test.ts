import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';

/** Invented page: a blog post closed by an appeal to recommend or support it. */
const para = (n: number): string =>
  `<p>Paragraph ${n} of the post: the team rebuilt its release process last spring, and the nightly builds that used to take four hours now finish in forty minutes on the same machines.</p>`;
const page = (inner: string): string =>
  `<html><head><title>How we made our builds ten times faster</title></head><body><article><h1>How we made our builds ten times faster</h1>${inner}</article></body></html>`;
const URL = 'https://www.example.com/blog/2017/04/faster-builds';

describe('an appeal closing a post', () => {
  it('drops "If you liked this article, …" and keeps the post', () => {
    const appeal = '<p>If you liked this article, be sure to recommend it and share it with your friends.</p>';
    const text = cleanPage(page(`${para(1)}${para(2)}${para(3)}${appeal}`), URL).text;
    expect(text).toContain('Paragraph 3 of the post');
    expect(text).not.toContain('If you liked this article');
  });

  it('drops "If you enjoyed reading this post …" followed by a sign-off', () => {
    const appeal = '<p>If you enjoyed reading this post, would you consider supporting our work? Thanks!</p>';
    const text = cleanPage(page(`${para(1)}${para(2)}${appeal}${para(3)}`), URL).text;
    expect(text).not.toContain('If you enjoyed reading this post');
    expect(text).toContain('Paragraph 3 of the post');
  });
});
