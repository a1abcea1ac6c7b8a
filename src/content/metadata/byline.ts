/**
 * Byline lines at the end of a body: "Minh Sơn/Vietnam+", "Thu Hằng (TTXVN/Vietnam+)", "PV/VOV", and the
 * Indonesian/English lead-ins "Oleh: …", "Penulis: …", "Reporter: …", "By …".
 */
const NAME_WORD = String.raw`[\p{Lu}][\p{L}.'’-]*`;
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,5}`;
const AGENCY = String.raw`[\p{L}\p{N}+ .&-]{2,40}`;
const SLASH_BYLINE = new RegExp(String.raw`^(${NAME}(?:\s*(?:,|và|and|dan)\s*${NAME})*)\s*(?:/\s*${AGENCY}|\(\s*${AGENCY}(?:/${AGENCY})?\s*\))$`, 'u');
const LEAD_IN_BYLINE = new RegExp(String.raw`^(?:oleh|penulis|reporter|wartawan|pewarta|by|tác giả|bài và ảnh|bài)\s*:?\s+(${NAME}(?:\s*(?:,|và|and|dan|&)\s*${NAME})*)\s*(?:[|/(].*)?$`, 'iu');

const NOT_NAMES = new Set(['vietnam+', 'vietnamplus', 'vov', 'vov world', 'ttxvn', 'admin', 'pv', 'ctv', 'btv', 'theo', 'redaksi']);

/** The author names a byline line gives, or null when the line is not a byline. */
export function parseByline(line: string): string[] | null {
  const t = line.replace(/\s+/gu, ' ').trim();
  if (t.length < 3 || t.length > 90) return null;
  const m = SLASH_BYLINE.exec(t) ?? LEAD_IN_BYLINE.exec(t);
  if (!m?.[1]) return null;
  const names = splitNames(m[1]);
  return names.length > 0 ? names : null;
}

const LEAD_IN = /^(?:(?:post author|article|story|written|posted|published|reporting|photos?|text)\s+by|by|author|oleh|penulis|reporter|wartawan|pewarta|bởi|tác giả|bài|bài và ảnh|von)\s*:?\s*/iu;

/** Names in a byline text; what cannot be a person's or a desk's name (lower-case words, labels, dates) is dropped. */
export function splitNames(raw: string): string[] {
  return raw
    .replace(LEAD_IN, '')
    .split(/\s*(?:,|;|&|·|\||\s(?:và|and|dan)\s)\s*/u)
    .map((n) => n.replace(LEAD_IN, '').replace(/[\s\-–—|,.:]+$/u, '').replace(/\s+/gu, ' ').trim())
    .filter(
      (n) =>
        n.length >= 2 && n.length <= 60 && n.split(' ').length <= 5 && /^\p{Lu}/u.test(n) && !/[\p{N}:@]/u.test(n) &&
        !NOT_NAMES.has(n.toLowerCase()) && !/^https?:|\.(?:com|net|org|vn|id|de)$/iu.test(n),
    );
}
