import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';
import { isCommentRules } from '../../src/content/comment-rules.js';

/** Invented pages: a story, then the comment section's rules and readers' comments in the same container. */
const para = (n: number): string =>
  `<p>Paragraph ${n} of the story: the school board voted on Tuesday to keep the library open on weekends, after parents collected more than two thousand signatures and the county offered to pay for the extra staff.</p>`;
const page = (inner: string): string =>
  `<html><head><title>Library stays open on weekends</title></head><body><div class="main">${inner}</div></body></html>`;
const URL = 'https://www.example.com/local/2013/03/05/library-weekends';
const comment = '<p>Great news for our kids, the library is the only quiet place in town where they can do their homework after school.</p>';

describe('a comment section that opens with its rules', () => {
  it('ends the article at "Comments are moderated …" and drops the comments under it', () => {
    const rules = '<p>Comments are moderated and registration is required. We make no guarantee of the accuracy of comments.</p>';
    const text = cleanPage(page(`<h1>Library stays open on weekends</h1>${para(1)}${para(2)}${para(3)}${rules}${comment}`), URL).text;
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('Comments are moderated');
    expect(text).not.toContain('the only quiet place in town');
  });

  it('ends it at a "Do not post:" list of rules too', () => {
    const rules = '<p>Do not post: * Personal attacks or insults. * Spam or advertising. * Off-topic remarks.</p>';
    const text = cleanPage(page(`<h1>Library stays open on weekends</h1>${para(1)}${para(2)}${rules}${comment}`), URL).text;
    expect(text).toContain('Paragraph 2 of the story');
    expect(text).not.toContain('Do not post');
    expect(text).not.toContain('the only quiet place in town');
  });

  it('matches a paragraph that opens with the rules, not prose that mentions a comment policy', () => {
    expect(isCommentRules('Comments are filtered for language and registration is required.')).toBe(true);
    expect(isCommentRules('If you have trouble leaving a comment, review this help page.')).toBe(true);
    expect(isCommentRules('Comments are now closed for this story')).toBe(true);
    expect(isCommentRules('COMMENT RULES Comment posters are responsible for the opinions they express.')).toBe(true);
    expect(isCommentRules('The newspaper changed its comment policy last year after a flood of abuse, the editor said.')).toBe(false);
    expect(isCommentRules(`Comments are moderated. ${'More rules follow here. '.repeat(30)}`)).toBe(false);
  });
});
