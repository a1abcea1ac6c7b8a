/**
 * cleaneval-news: English news pages of the CleanEval shared task (2007) as copied in
 * j-szulc/html-cleaning-dataset-merged (`cleaneval-{final,dev}/input/<n>.html`). CleanEval's crawler wrapped every
 * saved page in `<text id="URL" title="…" encoding="…">…</text>`; that wrapper is not part of the page, so it is
 * dropped here. Bytes are handled as latin1 so the page's own encoding passes through untouched.
 */
const OPENING = /^\s*<text\b[^>]*>\s*/u;
const CLOSING = /\s*<\/text>\s*$/u;

export const dropCleanEvalWrapper = (bytes: Buffer): Buffer =>
  Buffer.from(bytes.toString('latin1').replace(OPENING, '').replace(CLOSING, ''), 'latin1');
