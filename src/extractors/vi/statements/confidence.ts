import type { FactDraft, Speaker } from '../../../core/index.js';
import type { ExtractDoc, Extractor } from '../../common/extractor.js';
import { escapeRe, wordsRe } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import type { StatementDraft } from '../../common/statements/types.js';
import { bodyOfPerson, NAME_WORD, PLACE_NAMES, plainVietnameseName, speakerOutsideText } from './weak-evidence.js';
import { amendedLaw, selfReference, spokenByRelative } from './false-subjects.js';
import {
  BARE_BODY_HEADS,
  COMPANY_NAME_TAILS,
  EVENT_ARTICLE_NOUNS,
  PROPOSAL_NOUNS,
  PROPOSAL_TAKING_VERBS,
  PUBLISHING_VERBS,
  HONORIFICS,
  NAME_OBJECT_WORDS,
  NAMING_ACTIVITIES,
  NOUN_OBJECT_VERBS,
  NOT_SPEECH_AFTER_VERB,
  NOT_SPEECH_BEFORE_VERB,
  RECIPIENT_WORDS,
  TOLD_THAT,
  TOPIC_OBJECT_VERBS,
  TOPIC_OBJECTS,
} from './constants.js';

/*
 * How sure the Vietnamese extractor is of each speaker, after the common engine. A wrong speaker is worse than a
 * missing statement. Where the words around the speaker show the engine read the name from the wrong words, the
 * name the reader sees is given back when it is plain; where a "verb" is part of a body's name, the statement is
 * left out. Each check looks at the statement's own sentence only.
 */

const ACTIVITIES: ReadonlySet<string> = new Set(NAMING_ACTIVITIES);
const NOUN_OBJECT: ReadonlySet<string> = new Set(NOUN_OBJECT_VERBS);
/** "… tổ chức hội nghị ", "… đăng tải bài viết Đính chính ": an event held or an article posted (and a title) just before. */
const EVENT_ARTICLE = new RegExp(
  `(?:^|[^\\p{L}])${wordsRe(PUBLISHING_VERBS)}\\s+${wordsRe(EVENT_ARTICLE_NOUNS)}(?:\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{L}+){0,3})?\\s+$`,
  'u',
);
const PROPOSAL_NOUN: ReadonlySet<string> = new Set(PROPOSAL_NOUNS);
const PROPOSAL_TAKER: ReadonlySet<string> = new Set(PROPOSAL_TAKING_VERBS);
const TAKEN_PROPOSAL_BEFORE = new RegExp(`(?:^|[^\\p{L}])${wordsRe(PROPOSAL_TAKING_VERBS)}\\s+(?:(?:các|những)\\s+)?$`, 'iu');
const PROPOSAL_FIRST = new RegExp(`^\\s*(?:(?:các|những)\\s+)?${wordsRe(PROPOSAL_NOUNS)}(?![\\p{L}])`, 'iu');
const TOPIC_VERB: ReadonlySet<string> = new Set(TOPIC_OBJECT_VERBS);
const TOPIC_OBJECT = new RegExp(`^\\s*(?:toàn bộ\\s+)?${wordsRe(TOPIC_OBJECTS)}`, 'u');
const BARE_HEADS: ReadonlySet<string> = new Set(BARE_BODY_HEADS);
const HONORIFIC_RE = HONORIFICS.map(escapeRe).join('|');
const OBJECT_WORD: ReadonlySet<string> = new Set(NAME_OBJECT_WORDS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]));

const NAME_RUN = `${NAME_WORD}(?:\\s+${NAME_WORD})*`;
/** "[≤3 words] [honorific] Name, appositive …" or "… Name - appositive …". */
const APPOSITIVE = new RegExp(`^([^,]*?)(?:(?:${HONORIFIC_RE})\\s+)?(${NAME_RUN})\\s*(?:,|\\s[-–])\\s+([^]*)$`, 'u');
/** "… (WHO) Tedros Adhanom Ghebreyesus": a name after a body's short form. */
const NAME_AFTER_SHORT_FORM = new RegExp(`^([^]*\\))\\s+(${NAME_WORD}(?:\\s+${NAME_WORD})+)$`, 'u');
/** "H.Afesi của Bộ Ngoại giao Iran": a name, then the body it belongs to. */
const NAME_OF_BODY = new RegExp(`^(${NAME_RUN})\\s+của\\s+(\\p{Lu}[^]*)$`, 'u');

/** The sentence a statement starts in: its words before the statement and after it. */
function sentenceAround(doc: ExtractDoc, d: StatementDraft): { before: string; after: string } {
  const s = doc.sentences.find((x) => x.start <= d.start && d.start < x.end);
  if (!s) return { before: '', after: '' };
  return { before: doc.text.slice(s.start, d.start), after: doc.text.slice(d.end, s.end) };
}

/** The words that hold the statement's reporting verb (and so its subject): before it, or after a quote. */
export function attributionOf(doc: ExtractDoc, d: StatementDraft): string {
  const { before, after } = sentenceAround(doc, d);
  if (!d.verb) return before;
  const verb = new RegExp(`(?:^|[^\\p{L}])${escapeRe(d.verb)}(?![\\p{L}])`, 'u');
  return verb.test(before) || !verb.test(after) ? before : after;
}

/**
 * "Trung tâm thông tin Chỉ huy Công an TP đã điều động …", "Hội đồng đánh giá phân hạng sản phẩm OCOP … tổ chức …":
 * a bare head read as the body speaking, with an activity that names such bodies as its verb, is the body's name.
 */
function activityInBodyName(s: Speaker, verb: string | null, attribution: string): boolean {
  if (s.kind !== 'organisation' || !s.org || !verb || !BARE_HEADS.has(s.org) || !ACTIVITIES.has(verb.toLowerCase())) return false;
  return new RegExp(`(?:^|[^\\p{L}])${escapeRe(s.org)}\\s+${escapeRe(verb)}(?![\\p{L}])`, 'u').test(attribution);
}

/**
 * "Bộ Y tế công bố ca nhiễm Covid-19 mới …", "Bộ Công an tổ chức Lễ công bố và triển khai quyết định …": a verb whose
 * object is a document or a result, with what follows it right after, publishes that thing and says nothing.
 */
function nounObject(doc: ExtractDoc, d: StatementDraft): boolean {
  if (d.direct || !d.verb || !NOUN_OBJECT.has(d.verb.toLowerCase())) return false;
  const { before } = sentenceAround(doc, d);
  return new RegExp(`(?:^|[^\\p{L}])${escapeRe(d.verb)}\\s*$`, 'iu').test(before);
}

/** "khai nhận hành vi phạm tội của mình", "báo cáo sự việc đến …": the object is the topic itself; nothing is said. */
function topicObject(doc: ExtractDoc, d: StatementDraft): boolean {
  if (d.direct || !d.verb || !TOPIC_VERB.has(d.verb.toLowerCase())) return false;
  const { before } = sentenceAround(doc, d);
  const after = doc.text.slice(d.start, d.end);
  return new RegExp(`(?:^|[^\\p{L}])${escapeRe(d.verb)}\\s*$`, 'iu').test(before) && TOPIC_OBJECT.test(after);
}

/** "Kate Middleton, kể từ khi …", "Nhà văn X kể câu chuyện …": the verb read is no speech with these words after it. */
function notSpeechAfterVerb(doc: ExtractDoc, d: StatementDraft): boolean {
  const words = d.verb ? NOT_SPEECH_AFTER_VERB[d.verb.toLowerCase()] : undefined;
  if (d.direct || !d.verb || !words) return false;
  const { before } = sentenceAround(doc, d);
  const at = before.search(new RegExp(`(?:^|[^\\p{L}])${escapeRe(d.verb)}\\s*$`, 'iu'));
  const next = new RegExp(`^\\s*${wordsRe(words)}(?![\\p{L}])`, 'iu');
  return at >= 0 && next.test(doc.text.slice(d.start, d.end));
}

/** "Ông X công khai chuyện …", "Viettel triển khai …": the verb read is the second syllable of another word. */
function notSpeechBeforeVerb(doc: ExtractDoc, d: StatementDraft): boolean {
  const words = d.verb ? NOT_SPEECH_BEFORE_VERB[d.verb.toLowerCase()] : undefined;
  if (!d.verb || !words) return false;
  const { before } = sentenceAround(doc, d);
  return new RegExp(`(?:^|[^\\p{L}])${wordsRe(words)}\\s+${escapeRe(d.verb)}\\s*[:,]?\\s*[“"«]?\\s*$`, 'iu').test(before);
}

// "cho đến nay", "cho tới khi": a time, no recipient.
const RECIPIENT_FIRST = new RegExp(`^\\s*${wordsRe(RECIPIENT_WORDS)}(?!\\s+(?:biết|hay|rằng|đến|tới)(?![\\p{L}]))`, 'iu');
const TOLD = new RegExp(wordsRe(TOLD_THAT), 'iu');

/** "… đã thông báo cho người nhà nạn nhân": the clause names who was told and not what. */
function recipientOnly(doc: ExtractDoc, d: StatementDraft): boolean {
  if (d.direct || !d.verb) return false;
  const clause = doc.text.slice(d.start, d.end);
  if (!RECIPIENT_FIRST.test(clause) || TOLD.test(clause)) return false;
  // The verb right before the clause ("thông báo cho …"), not "Theo X, cho đến nay …".
  return new RegExp(`(?:^|[^\\p{L}])${escapeRe(d.verb)}\\s*$`, 'iu').test(sentenceAround(doc, d).before);
}

/** "Viện … tổ chức hội nghị thông báo “…”": the speech word names the event or the article before it. */
function eventOrArticleName(doc: ExtractDoc, d: StatementDraft): boolean {
  if (!d.verb) return false;
  const before = attributionOf(doc, d);
  const at = before.search(new RegExp(`(?:^|[^\\p{L}])${escapeRe(d.verb)}(?![\\p{L}])[^\\p{L}]*$`, 'iu'));
  return at >= 0 && EVENT_ARTICLE.test(before.slice(0, at + 1));
}

/**
 * "đã phê duyệt đề xuất trao tặng …" (the verb read is the noun after an approving verb), "đã phủ nhận tuyên bố chung
 * …" (the verb read approves or denies, its clause starts with the noun): a proposal named, nobody speaks.
 */
function takenProposal(doc: ExtractDoc, d: StatementDraft): boolean {
  if (d.direct || !d.verb) return false;
  const verb = d.verb.toLowerCase();
  const { before } = sentenceAround(doc, d);
  const at = before.search(new RegExp(`(?:^|[^\\p{L}])${escapeRe(d.verb)}\\s*$`, 'iu'));
  if (at < 0) return false;
  if (PROPOSAL_NOUN.has(verb)) return TAKEN_PROPOSAL_BEFORE.test(before.slice(0, at + 1));
  return PROPOSAL_TAKER.has(verb) && PROPOSAL_FIRST.test(doc.text.slice(d.start, d.end));
}


/**
 * "Bà Phan Thị Thanh Xuân, Phó chủ tịch kiêm Tổng thư ký Hiệp hội …, cho biết", "Nhà báo Nguyễn Kim Khiêm -
 * Giám đốc sản xuất và đồng đạo diễn phim - cho biết": the subject is a name and an appositive; the engine read a
 * title of the appositive and no name. The name is the speaker.
 */
function appositiveName(s: Speaker, attribution: string): string | null {
  if (s.kind !== 'person' || s.name) return null;
  const m = APPOSITIVE.exec(attribution.trim());
  if (!m) return null;
  const [, lead, name, rest] = m as unknown as [string, string, string, string];
  const leadWords = lead.trim().split(/\s+/u).filter(Boolean);
  if (leadWords.length > 3 || (leadWords.length > 0 && OBJECT_WORD.has(leadWords[leadWords.length - 1]!))) return null;
  if (!plainVietnameseName(name)) return null;
  // The appositive holds the title the engine read and no second name.
  if (s.title && !rest.toLowerCase().includes(s.title.toLowerCase())) return null;
  const others = [...rest.matchAll(new RegExp(NAME_RUN, 'gu'))].map((x) => x[0]);
  return others.some(plainVietnameseName) ? null : name;
}

/**
 * "Tổng giám đốc Tổ chức Y tế Thế giới (WHO) Tedros Adhanom Ghebreyesus": the name after a body's short form was
 * read into the body. "phát ngôn viên H.Afesi của Bộ Ngoại giao Iran": the name before "của" was read as the body.
 */
function nameInBody(s: Speaker): Speaker | null {
  if (s.kind !== 'person' || s.name || !s.org) return null;
  const tail = NAME_AFTER_SHORT_FORM.exec(s.org);
  if (tail) return { ...s, name: tail[2]!, key: personKey(tail[2]!), org: tail[1]! };
  const head = NAME_OF_BODY.exec(s.org);
  if (!head || BARE_HEADS.has(head[1]!.split(/\s+/u)[0]!) || PLACE_NAMES.has(head[1]!.toLowerCase())) return null;
  return { ...s, name: head[1]!, key: personKey(head[1]!), org: head[2]! };
}

const HONORIFIC_WORDS: ReadonlySet<string> = new Set(HONORIFICS.map((h) => h.toLowerCase()));

/**
 * "Người đẹp đến từ Hải Phòng … cho rằng", "“…”, ông Ban nói": a bare head ("Phòng", "Ban") read as the body
 * speaking is the last word of a place or a person's name when a capitalised word inside the sentence, or an
 * honorific, stands right before it. Such a speaker is no body: the statement is left out.
 */
function bareHeadInName(s: Speaker, attribution: string): boolean {
  if (s.kind !== 'organisation' || !s.org || !BARE_HEADS.has(s.org)) return false;
  const before = new RegExp(`(?:^|[^\\p{L}])([\\p{L}\\p{M}]+)\\s+${escapeRe(s.org)}(?![\\p{L}])`, 'gu');
  return [...attribution.matchAll(before)].some((m) => {
    const word = m[1]!;
    const inside = attribution.slice(0, m.index).trim().length > 0;
    return HONORIFIC_WORDS.has(word.toLowerCase()) || (inside && word[0] !== word[0]!.toLowerCase());
  });
}

const COMPANY_TAILS: ReadonlySet<string> = new Set(COMPANY_NAME_TAILS);

/**
 * "Lãnh đạo Vietnam Airlines khẳng định", "Đại diện Samsung Electronics cho biết": a name ending in a company word
 * is the company; its title's holder speaks for it, unnamed (or the company itself, with no title).
 */
function companyAsName(s: Speaker): Speaker | null {
  if (s.kind !== 'person' || !s.name || !COMPANY_TAILS.has(s.name.split(/\s+/u).at(-1)!)) return null;
  const org = s.org ? `${s.name} ${s.org}` : s.name;
  return { ...s, name: null, key: null, org, kind: s.title ? 'person' : 'organisation' };
}

/**
 * "Bệnh nhân 91 cho biết", "Nữ bệnh nhân 122 vui mừng, bày tỏ …": a number after the title is the person's code, part
 * of how the text names them (title "Bệnh nhân 91"), not a body; lower-case words after it are no body either.
 */
function codeAfterTitle(s: Speaker): Speaker | null {
  const m = s.title && s.org ? /^(\p{N}+)(?:\s+([^]*))?$/u.exec(s.org) : null;
  if (!m) return null;
  const rest = m[2]?.trim() ?? '';
  return { ...s, title: `${s.title!} ${m[1]!}`, org: /^\p{Lu}/u.test(rest) ? rest : null };
}

function confidentStatement(doc: ExtractDoc, d: StatementDraft): StatementDraft | null {
  const s = d.speaker;
  const attribution = attributionOf(doc, d);
  if (activityInBodyName(s, d.verb, attribution) || nounObject(doc, d) || bareHeadInName(s, attribution)) return null;
  if (topicObject(doc, d) || eventOrArticleName(doc, d) || takenProposal(doc, d)) return null;
  if (notSpeechAfterVerb(doc, d) || notSpeechBeforeVerb(doc, d) || recipientOnly(doc, d)) return null;
  if (spokenByRelative(s, attribution) || selfReference(attribution) || amendedLaw(d.verb, attribution)) return null;
  const person = bodyOfPerson(s, attribution);
  if (person === 'drop') return null;
  if (person) return { ...d, speaker: person };
  const inBody = nameInBody(s);
  if (inBody) return { ...d, speaker: inBody };
  const reread = companyAsName(s) ?? codeAfterTitle(s);
  if (reread) return { ...d, speaker: reread };
  const name = appositiveName(s, attribution);
  if (name) return { ...d, speaker: { ...s, name, key: personKey(name) } };
  return speakerOutsideText(s, doc.text.slice(0, d.start)) ? null : d;
}

export function confident(extractor: Extractor): Extractor {
  return {
    ...extractor,
    extract: (doc) =>
      extractor.extract(doc).flatMap((d): FactDraft[] => {
        if (d.type !== 'statement') return [d];
        const kept = confidentStatement(doc, d);
        return kept ? [kept] : [];
      }),
  };
}
