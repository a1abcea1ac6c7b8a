import { allOf } from '../core/languages/index.js';

/** Text a comment section's rules hold at most ("Comments are filtered for language and registration is required…"). */
const COMMENT_RULES_MAX = 600;

const FRAGMENTS = allOf('commentRules');
const COMMENT_RULES = new RegExp(`^(?:${FRAGMENTS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * A paragraph that opens with a comment section's rules ("Comments are moderated …", "Do not post: …", "If you have
 * trouble leaving a comment …"): the readers' part of the page starts there, not the article's.
 */
export function isCommentRules(text: string): boolean {
  return FRAGMENTS.length > 0 && text.length <= COMMENT_RULES_MAX && COMMENT_RULES.test(text);
}
