/**
 * dantri-vi: Dân trí article pages (December 2022) that JayBMF/eNewsWebApp saved as JSP views and later deleted.
 * The repository has no licence, so only the hand annotations are committed (eval/held-out/pages/dantri-vi);
 * `buildAnnotated` rebuilds each page from the row's own commit and path, and this drops the JSP page directive the
 * repository put in front of the saved HTML.
 */
const JSP_DIRECTIVE = /^\s*<%@[^%]*%>\s*/u;

export const dropJspDirective = (bytes: Buffer): Buffer =>
  Buffer.from(bytes.toString('utf8').replace(JSP_DIRECTIVE, ''), 'utf8');
