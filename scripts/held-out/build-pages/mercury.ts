/**
 * mercury-fixtures-meta: news pages that postlight/parser (Mercury) saved as test fixtures. Mercury saved most of them
 * after its own normalizeMetaTags had run, which renames every `<meta content=…>` attribute to `value=` (and
 * `property=` to `name=`): no real page is written that way. This puts the `content` name back on `<meta>` tags that
 * carry a `value` and no `content`, so the set measures markup as publishers write it (`name=` is left, real pages
 * use both). Bytes are handled as latin1 so the page's own encoding passes through untouched.
 */
const META_TAG = /<meta\b[^>]*>/giu;
const VALUE_ATTRIBUTE = /(\s)value=/iu;
const CONTENT_ATTRIBUTE = /\scontent=/iu;

export const restoreMetaContent = (bytes: Buffer): Buffer =>
  Buffer.from(
    bytes
      .toString('latin1')
      .replace(META_TAG, (tag) => (CONTENT_ATTRIBUTE.test(tag) ? tag : tag.replace(VALUE_ATTRIBUTE, '$1content='))),
    'latin1',
  );
