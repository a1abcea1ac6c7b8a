/**
 * A <title> that is never closed ("<title>Headline</titavaScript" src=…>", a truncated write) swallows the whole
 * page as title text: the parser reads RCDATA until a "</title>" that never comes. Closed here at the first tag
 * after it, so the page keeps its body. Pages with a closing tag anywhere are left as they are.
 */
const TITLE_OPEN = /<title(?:\s[^>]*)?>/i;

export function closeRunawayTitle(html: string): string {
  const open = TITLE_OPEN.exec(html);
  if (!open) return html;
  const start = open.index + open[0].length;
  if (/<\/title\s*>/i.test(html.slice(start))) return html;
  const lt = html.indexOf('<', start);
  if (lt < 0) return html;
  return `${html.slice(0, lt)}</title>${html.slice(lt)}`;
}
