import type { LanguageModule } from '../types.js';

export const en: LanguageModule = {
  lang: 'en',
  functionWords: [
    'the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'are', 'by', 'said', 'from', 'has',
    'have', 'will', 'this', 'were',
  ],
  relatedHeadings: [
    'about the author', 'related news', 'related articles', 'related stories', 'related posts', 'related', 'read more',
    'read also', 'see also', 'more news', 'more stories', 'more from', 'other news', 'latest news', 'most read',
    'most popular', 'popular', 'recommended', 'you may also like', 'you might also like', 'trending', 'editor’s picks',
    "editor's picks", 'more photos',
  ],
  commentHeadings: [
    'comments', 'comment', 'leave a comment', 'leave a reply', 'post a comment', 'add a comment',
    'join the conversation',
  ],
  inlineLinkLeadIns: ['read more', 'read also', 'see also', 'related', 'also read'],
  shareWords: [
    'share', 'share this', 'share this article', 'share on facebook', 'share on twitter', 'tweet', 'print', 'email',
    'e-mail', 'copy link', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'pinterest', 'reddit',
    'line', 'vote photo', 'rating', 'voters',
  ],
  photoLabels: ['photo', 'photograph', 'image', 'picture'],
  creditLabels: ['file photo', 'courtesy', 'handout'],
  illustrationLabels: ['illustration', 'file photo'],
  dateWords: [
    'ago', 'hour', 'hours', 'minute', 'minutes', 'min', 'mins', 'day', 'days', 'week', 'weeks', 'yesterday', 'today',
    'duration', 'read', 'edt', 'est', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
    'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
    'sept', 'oct', 'nov', 'dec', 'am', 'pm', 'utc', 'gmt', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'bst', 'updated',
    'published', 'posted', 'last', 'on', 'at',
  ],
  adLabels: [
    'advertisement', 'ad', 'ads', 'sponsored', 'story continues below advertisement',
    'article continues below advertisement', 'continue reading below', 'scroll to continue with content',
    'your browser does not support the video tag',
  ],
  counterWords: ['views', 'view', 'reads', 'comments', 'likes', 'shares'],
  copulas: ['is', 'was'],
  bylineLeadIns: ['by', 'written by', 'author'],
  sourceLeadIns: ['by'],
  agencies: ['Reuters', 'AFP', 'AP'],
  callsToAction: [
    'subscribers? only', 'already a subscriber', 'to continue reading', 'sign in to continue', 'create an account',
    'delivered to your inbox', 'by providing your email', 'to view the full story', 'subscribe', 'sign up',
    'newsletter', 'download(?:\\s+[\\p{L}\\p{N}]+){0,3}\\s+apps?', 'follow us', 'join us on',
  ],
  timeZones: { utc: '+00:00', gmt: '+00:00', z: '+00:00' },
  defaultUtcOffset: '+00:00',
  hostSuffixes: [],
};
