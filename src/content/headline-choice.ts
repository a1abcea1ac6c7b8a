/** Words and characters around the declared headline that make a kicker or a badge, not part of the headline. */
const EXTRA_WORDS_MAX = 2;
const EXTRA_CHARS_MAX = 24;
/** A declared headline this short could sit inside any heading by chance. */
const DECLARED_WORDS_MIN = 3;

const spaced = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

/**
 * The article's heading, unless it is the declared headline (og:title, JSON-LD headline) with a few words fused
 * before or after it: a kicker ("KNOWHOW Wie …"), a badge ("… Abonnés") or markup debris ("…</>"). Then the
 * declared headline is the title. A heading worded otherwise than the declared headline stays the title.
 */
export function headlineOf(heading: string | null, declared: string | null): string | null {
  if (!heading || !declared) return heading ?? declared;
  const h = spaced(heading);
  const d = spaced(declared);
  if (h === d || d.split(' ').length < DECLARED_WORDS_MIN) return heading;
  const at = h.toLowerCase().indexOf(d.toLowerCase());
  if (at < 0) return heading;
  const before = h.slice(0, at).trim();
  const after = h.slice(at + d.length).trim();
  if (before && after) return heading;
  const extra = before || after;
  if (extra.split(' ').length > EXTRA_WORDS_MAX || extra.length > EXTRA_CHARS_MAX) return heading;
  // A piece joined to the headline without a space is part of its first word ("MSV-Interimstrainer").
  if (before && h[at - 1] !== ' ') return heading;
  return (before ? isKicker(before) : isBadge(after)) ? d : heading;
}

/**
 * A kicker before the headline is set apart: written in capitals ("KNOWHOW") or closed by a separator
 * ("Kultur :"). A capitalised word run into the headline ("This Seven-Layered Burger …") is the headline's own.
 */
function isKicker(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return true;
  return /[:|»·–—-]$/u.test(text);
}

/**
 * A badge after the headline ("Abonnés", "Live") or markup debris ("</>"); not a bracketed part of the headline
 * ("(AAPL, VZ)") nor the headline's own closing punctuation ("!").
 */
function isBadge(text: string): boolean {
  if (/^[([{]/u.test(text)) return false;
  return /\p{L}/u.test(text) || /[<>]/u.test(text);
}
