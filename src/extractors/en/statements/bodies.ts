import { extractorRef, type ExtractDoc } from '../../common/extractor.js';
import { BODY_NOUNS } from './constants.js';
import { type StatementDraft, letterWords } from './draft.js';

/*
 * Bodies named by a common noun speak for themselves: "…, the airline said.", "The U.S. military said the USS
 * Sampson …", '"All possible contacts …," the Scottish government said in a statement.' The engine's titles
 * never hold these nouns (they would swallow "airline boss Tony Fernandes"); this finder reads the two shapes
 * where the noun phrase is the whole subject, and gives the body, no person.
 */

const NOUN = `(?:${BODY_NOUNS.join('|')})`;
/** "the", "a", then up to three capitalised words and one lower-case field ("a U.N. climate panel"). */
/** Or, with no article, one to three capitalised words ("Western Isles council", "Dumfries and Galloway police"). */
const BODY =
  `(?<body>(?:(?:[Tt]he|[Aa]n?)\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*)\\s+){0,3}|(?:\\p{Lu}[\\p{L}.'’-]*\\s+(?:and\\s+)?){1,3})` +
  `(?:\\p{Ll}+\\s+)?${NOUN})`;
const VERB = '(?<verb>said|says|added|announced|warned|noted|stated|wrote)';
const WHEN = '(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?';
const HOW = "(?:\\s+in\\s+(?:a|an|its)\\s+(?:\\p{Ll}+\\s+){0,2}(?:statement|report|release|filing|letter)(?:\\s+\\p{Lu}\\p{Ll}+day)?)?";
/** What may close the sentence after the attribution: a participle clause of the same report. */
const TAIL = '(?:\\s*,\\s*(?:warning|adding|saying|noting|as|while|but)\\s[^"“”]*)?';

/** "<clause>, the airline said (on Monday)(, adding …)." */
const AFTER = new RegExp(`^(?<clause>.+?)\\s*(?:,["”]?|["”]\\s*,)\\s+${BODY}\\s+${VERB}${WHEN}${HOW}${WHEN}${TAIL}\\s*\\.?$`, 'u');
/** "The U.S. military said (on Monday) (that) <clause>." */
const BEFORE = new RegExp(`^(?:(?:Meanwhile|Separately|Earlier|Later),\\s+)?${BODY}\\s+(?:also\\s+)?${VERB}${WHEN}${HOW}${WHEN}\\s+(?:that\\s+)?(?<clause>[^"“”]+?)\\.?$`, 'u');
const ONE_QUOTE = /^["“](?<quote>[^"“”]+?)[,.!?…]?["”]?$/u;
const MIN_WORDS = 4;

function bodyStatement(doc: ExtractDoc, from: number, sentence: string): StatementDraft | null {
  const m = AFTER.exec(sentence) ?? BEFORE.exec(sentence);
  const g = m?.groups;
  if (!g?.clause || !g.body || !g.verb) return null;
  const clause = g.clause.trim();
  const quoted = ONE_QUOTE.exec(clause)?.groups?.quote?.trim();
  // An unquoted clause must be plain reported speech: no quotation marks of another voice inside it.
  if (!quoted && (/["“”]/u.test(clause) || letterWords(clause) < MIN_WORDS)) return null;
  const start = from + sentence.indexOf(clause);
  const org = g.body.replace(/^(?:[Tt]he|[Aa]n?)\s+/u, '');
  return {
    type: 'statement',
    lang: 'en',
    text: clause,
    start,
    end: start + clause.length,
    sentence,
    extractor: extractorRef('en', 'statement'),
    speaker: { name: null, key: null, title: null, org, kind: 'organisation' },
    quote: quoted ?? clause,
    direct: quoted !== undefined,
    verb: g.verb,
  };
}

/** The statements of bodies named by a common noun, in sentences where no other statement was found. */
export function bodyNounStatements(doc: ExtractDoc, found: readonly StatementDraft[]): StatementDraft[] {
  const out: StatementDraft[] = [];
  for (const s of doc.sentences) {
    if (s.lang !== 'en' || found.some((d) => d.start < s.end && d.end > s.start)) continue;
    const text = s.text.trim();
    const d = bodyStatement(doc, s.start + s.text.indexOf(text), text);
    if (d) out.push(d);
  }
  return out;
}
