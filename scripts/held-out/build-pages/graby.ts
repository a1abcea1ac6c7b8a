/**
 * graby-news: news pages that j0k3r/graby saved as test fixtures. Most are the page bytes as fetched; its
 * `tests/fixtures/sites/*.test` files wrap the page in sections (`-----URL-----`, `-----HEADER-----`, …), and only
 * the `-----RAW_CONTENT-----` section is the page: the rest (request headers, graby's own parsed output) is dropped.
 * Bytes are handled as latin1 so the page's own encoding passes through untouched.
 */
const RAW_SECTION = /^-----RAW_CONTENT-----\r?\n([\s\S]*?)\r?\n-----RAW_CONTENT2-----/mu;

export const keepGrabyRawContent = (bytes: Buffer): Buffer => {
  const text = bytes.toString('latin1');
  if (!text.startsWith('-----URL-----')) return bytes;
  const raw = RAW_SECTION.exec(text)?.[1];
  if (raw === undefined) throw new Error('graby fixture without a RAW_CONTENT section: not retryable, fix the source');
  return Buffer.from(raw, 'latin1');
};
