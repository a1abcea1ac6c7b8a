import type { FactDraft, Lang } from '../../../core/index.js';

/** Everything language-specific a statement extractor needs: vocabulary as data, a few regex sources around it. */
export interface StatementRules {
  lang: Lang;
  /** Titles as written ("Thứ trưởng", "Deputi Menteri Luar Negeri", "Deputy Foreign Minister"). */
  titles: readonly string[];
  /** Abbreviated or variant title → canonical title ("Menlu" → "Menteri Luar Negeri"). */
  titleAliases: Readonly<Record<string, string>>;
  /** Canonical title → the organisation it implies ("Menteri Luar Negeri" → "Kementerian Luar Negeri"). */
  titleOrgs: Readonly<Record<string, string>>;
  /** Titles written in lower case name their canonical (first) written form ("the minister" → "Minister"). */
  lowerCaseTitles: boolean;
  /** Known organisations, as written. */
  orgs: readonly string[];
  /** Words that start an organisation's name ("Sở", "Kementerian", "Ministry"). */
  orgHeads: readonly string[];
  /** Words that end an organisation's name ("… Ministry", "… Embassy"). */
  orgTails?: readonly string[];
  /** Words that continue an organisation's name: portfolios, institutions, parties ("Kesehatan", "Golkar"). */
  portfolios?: readonly string[];
  /** Lower-case words that end an organisation's name ("Bộ Y tế | sẽ"). */
  orgStop?: readonly string[];
  /** Lower-case words may continue an organisation's name ("Sở Y tế", "Cục Y tế dự phòng"). */
  orgLowerWords: boolean;
  /** An all-caps word is an organisation ("BPOM", "KPK"); 'subject': it speaks only opening a clause ("IDF nói"). */
  acronymOrgs: boolean | 'subject';
  /** Places (provinces, cities, regions) as written. */
  places: readonly string[];
  /** Administrative units that precede a place's name ("tỉnh", "Kabupaten"). */
  adminUnits: readonly string[];
  /** Country names: after a title they are not the organisation ("Deputi Menteri Kesehatan Vietnam"). */
  countries: readonly string[];
  /** How a name is recognised: a family name from `surnames` first (vi), or capitalised words no vocabulary knows. */
  nameStyle: 'surname' | 'capitalised';
  surnames?: readonly string[];
  /** Fewest words of a name standing alone, with no title or honorific before it. */
  minBareNameWords: number;
  /** A lone name word after a title is a full name (Indonesian mononyms) when no earlier person matches it. */
  singleWordIsName: boolean;
  /**
   * In "Title Org … Name verb" the name is the capitalised run that reaches the verb or comma, and a portfolio
   * word may end a name there ("Analis PT Mirae Asset Sekuritas Indonesia Tasrul Tanar menuturkan", "Eka Sandi
   * menyebut").
   */
  nameNextToVerb?: boolean;
  /**
   * With nameNextToVerb: that full name may also end at a lower-case word or the sentence's end ('kata Direktur
   * PT TRFX Garuda Berjangka | Ibrahim Assuaibi | di Jakarta'). Off: only a comma, a verb or an adverb ends it.
   */
  nameNextToLower?: boolean;
  /**
   * "Direktur Keuangan & Strategi Bank Mandiri | Sigit Prastowo | mengatakan": after a title whose unit runs to the
   * verb, two to four capitalised words no vocabulary knows, right before the verb and right after a unit word
   * (a known body, place, acronym, body tail or a closing short form), are the name. Off: no speaker.
   */
  titleChainName?: boolean;
  /** With titleChainName: last words of bodies' names that close a unit as a known body does ("… LG International Corp"). */
  chainUnitEnds?: readonly string[];
  /** Words that open a title after a name like a comma ("Candra Darusman selaku Ketua Umum YAMI mengaku"). */
  appositiveWords?: readonly string[];
  /**
   * "kata Direktur Pendanaan Lahan LMAN, Qoswara dalam …": after a title, capitals of a unit holding an acronym or
   * a known body word, then a comma and a name, are the unit and the name. Off: the first capitals are the name.
   */
  unitCommaName?: boolean;
  /**
   * A title written in lower case after a name's comma is an appositive only when a comma or the verb closes it
   * ("kata Chandra, petugas disiagakan …": "petugas" opens the clause). Off: any such title is an appositive.
   */
  lowerAppositiveClosed?: boolean;
  /** "Kapendam Jaya Kolonel (Inf) Kristomei Sianturi": a rank and a full name after capitals make those a unit. */
  rankAfterUnit?: boolean;
  /** "Menurut Basuki khusus untuk …": with no comma after "Menurut X", a lower-case word opens the clause. */
  accordingToBare?: boolean;
  /** "Dalam reformasi ini, kata X, …": around a mid-sentence attribution the clause may open like a topic. */
  midAnyStart?: boolean;
  /** "pelaku UMKM kata Teten biasanya …": "kata X" between lower-case words, with no commas, inside the clause. */
  midPostVerbBare?: boolean;
  /**
   * "Bank sentral, lanjut Darmin tengah melakukan kajian …": after a comma and "lanjut X" the clause may go on with no
   * comma after the name (a lower-case word ends the name). Off: a comma must close the attribution.
   */
  midCommaBareAfter?: boolean;
  /**
   * "Harga pupuk bersubsidi, lanjut Ade, Urea Rp2.250/kg …": after the comma closing a mid-sentence "lanjut X," the
   * clause may go on with a capitalised word (a noun, a body's acronym) that opens no title. Off: a lower-case word.
   */
  midCommaCapital?: boolean;
  /**
   * "Direktur Keuangan dan Investasi BPJS Kesehatan X", "Direktur Treasury dan International Banking Bank Mandiri X":
   * a conjunction after a portfolio or a body joins the next body to the title's unit. Off: the unit ends there.
   */
  joinedUnits?: boolean;
  /** Words between a name and another name for the same person ("Thomas Trikasih Lembong atau Tom Lembong"). */
  aliasWords?: readonly string[];
  /** A name after an organisation head and lower-case words is that organisation's ("Perusahaan meteorologi Metsul"). */
  describedOrgs?: boolean;
  /**
   * "Asosiasi Petani Kelapa Sawit Indonesia (Apkasindo) Anizar Simanjuntak": one capitalised word in parentheses
   * after a body's name is its short form and belongs to the body, like an all-caps acronym. Off: acronyms only.
   */
  parenShortForms?: boolean;
  /**
   * "Bambang Soesatyo (Bamsoet) menuturkan", "Budi Gunadi Sadikin (BGS) mengatakan": with `parenShortForms`, one
   * capitalised word or acronym in parentheses right after a person's name is that person's short name and stays in
   * the speaker phrase. Off: the parenthesis ends the phrase.
   */
  parenNicknames?: boolean;
  /**
   * "Ketua DPP Partai Persatuan Pembangunan (PPP) Achmad Baidowi": after a body's short form in parentheses, an
   * unknown capitalised word is no longer the body's (it opens the name). Off: the body may run on.
   */
  parenClosesOrg?: boolean;
  /**
   * "Ayu Dewi Ardiani, Brand & Marketing Manager Aceskin, menyampaikan": a full name followed by one or two
   * comma-closed descriptions (no verb or quote in them) and the verb is the speaker, whatever the descriptions
   * hold; an ampersand joins the words of a unit before ", Name". Off: only a title opens such a description.
   */
  describedNames?: boolean;
  /**
   * "Kepala Pusat Penerangan (Kapuspen) TNI Laksamana Muda Kisdiyanto": a title alone in parentheses inside a body's
   * name is the short form of the title before it and the body goes on. Off: the parenthesis ends the body.
   */
  parenTitles?: boolean;
  /**
   * "Senada dengan Erick, Wakil Ketua KPK Johanis Tanak mengungkapkan": a name right after one of these words (opening
   * the sentence or a clause) is their object, never a speaker phrase. Off: none.
   */
  objectLeads?: readonly string[];
  /**
   * "Terkait peralihan BUMN, Aminuddin menyatakan saat ini …": a clause before "…, X verb" that opens with one of
   * these and has no comma of its own is a topic, not what X said. Off: none.
   */
  topicLeads?: readonly string[];
  /**
   * '"…," kata Ratu Tisha. "…," imbuh wanita berumur 37 tahun itu': a description ending in a trailing determiner
   * that fits no one named before by its title is resolved like a pronoun. Off: it stays unnamed.
   */
  describedAntecedent?: boolean;
  /**
   * "Jane Okafor thanked the crowd. The concerned mother said …": a description opening its sentence with one of these
   * determiners that fits no one named before by its title is resolved like a pronoun, unless its title is a body's
   * ("The company said …"). Off: it stays unnamed.
   */
  sentenceDescriptions?: { determiners: readonly string[]; bodyTitles: readonly string[] };
  /**
   * "Onana sebelumnya telah membela Garnacho. Ia menyebut …": with no person named near a pronoun, a one-word name
   * opening the sentence before it is its person. Off: the pronoun stays unnamed.
   */
  subjectNameMentions?: boolean;
  /** A lone capitalised word is a speaker too ("…," said Vu). */
  bareShortNames: boolean;
  /** After a title, two or three capitalised words before a lower-case word are a (foreign) name. */
  foreignNamesAfterTitle: boolean;
  /** Which words of a full name a later short reference may use. */
  shortNameWord: 'last' | 'any';
  /** Honorifics that precede a name ("ông", "Pak", "Mr"). */
  honorifics: readonly string[];
  /** Pronouns that can be a speaker ("ông", "beliau", "he"). */
  pronouns: readonly string[];
  /** Determiners that make a bare title a reference ("the" minister). */
  titleDeterminers: readonly string[];
  /** Determiners of a group ("các", "những"): a group is never resolved to one person named before. */
  pluralDeterminers?: readonly string[];
  /** Determiners after a title that make it a reference ("politisi Partai Hanura itu"). */
  trailingDeterminers?: readonly string[];
  /** Words linking a title to a place or an organisation ("tại", "untuk", "of"). */
  linkWords: readonly string[];
  /** Words joining two parts of an organisation's name ("và", "dan", "and"). */
  conjunctions: readonly string[];
  /** Prepositions: an organisation right after one is not a speaker ("của Thái Lan", "di Jakarta", "of Texas"). */
  prepositions: readonly string[];
  /** Words after which a name or organisation is a cited source, not a speaker ("dikutip Reuters", "dilansir dari AFP"). */
  citedBy?: readonly string[];
  /** Relative pronouns that open a description after a name ("Irons, whose film …, said"). */
  relatives?: readonly string[];
  /** Words before a title that make it a former one ("nguyên", "mantan", "former"). */
  formerWords: readonly string[];
  /** An appositive title needs a comma after it too ("Vu, deputy minister, said"). */
  appositiveClosed: boolean;
  /** Regex source of what may follow a speaker's name before the verb ("…, 65 tuổi, ở quận Ba Đình,"). */
  speakerTail?: string;
  /** Words allowed between the speaker and the verb ("cũng", "juga", "also"). */
  adverbs: readonly string[];
  /** Reporting verbs that follow the speaker ("cho biết", "mengatakan", "said"). */
  verbs: readonly string[];
  /** Words joining a second reporting verb of the same subject ("… serta mengimbau …", "…, tetapi menambahkan …"). */
  verbJoiners?: readonly string[];
  /** Joiners of a second reporting verb only after a comma ("…, và cho rằng …" but not "… và báo cáo …"). */
  commaVerbJoiners?: readonly string[];
  /** Reporting verbs that precede the speaker after the quote ("kata X", "said X"). */
  postVerbs: readonly string[];
  /** Reporting verbs with the pronoun fused in ("katanya"). */
  pronounPostVerbs: readonly string[];
  /** Regex source allowed right after the verb and before the clause (objects, "thêm"). */
  afterVerb: string;
  /** Regex source of what may follow "…, X said" before the sentence ends ("on Tuesday, as …"). */
  trailingAdjunct: string;
  /** Complementisers that introduce the reported clause ("rằng", "bahwa", "that"). */
  complementizers: readonly string[];
  /** "Theo X", "Menurut X", "According to X". */
  accordingTo: readonly string[];
  /** Words that may stand before "Theo X, …" ("Cũng theo X, …", "Bahkan menurut Ariel, …"). */
  accordingToLeads?: readonly string[];
  /**
   * "Theo đó, …": words after the according-to word that open no source. When set, a sentence opening with
   * the according-to word and a source the grammar cannot read ("Theo Sputnik, …", "Theo kết luận …, …") is
   * that source's: no statement inside it. Unset: no such rule.
   */
  accordingToFree?: readonly string[];
  /** Words that may stand for the comma after "Theo X" ("Theo bà Tân thì …"). */
  accordingToThen?: readonly string[];
  /**
   * "Thông tin từ Bộ Công Thương cho hay, …": words opening a clause that name the body after them as the source of
   * what the verb reports; that body is the subject, not the object of the preposition closing them. Unset: none.
   */
  sourceLeads?: readonly string[];
  /** A speaker's description may run this many words to the verb ("X - Trưởng công an huyện Y (Z) cho biết"). */
  runToVerb?: number;
  /** Words such a description never runs through ("ông A bị | cáo buộc"). */
  runStops?: readonly string[];
  /**
   * "Rahman pengemudi truk mengatakan", "Anto yang merupakan pedagang beras mengatakan": a name opening the sentence,
   * then lower-case words with no comma up to the verb (at most this many), describe the speaker. Unset: none.
   */
  bareDescriptionToVerb?: number;
  /**
   * '"…," kata warga sekitar, Didin, saat …', '"…," kata mandor pabrik CV Saprotan Utama, Nur Salim.': after the
   * verb closing a quote, a lower-case description with no name of its own, a comma, then the name closed by a
   * comma or the sentence's end. Unset: no speaker is read there.
   */
  describedAfterVerb?: boolean;
  /** Words joining a second verb to the sentence's subject ("X …, nhưng cho rằng …"); none: no such reading. */
  coordinators?: readonly string[];
  /**
   * '"…," said a member of GreatFire.org': a reporting verb after a quote followed by a speaker the grammar cannot
   * read gives a statement with no name (rather than none). Off: no statement there.
   */
  unnamedAfterVerb?: boolean;
  /**
   * 'Kita biasa-biasa aja," kata Anies', '…lawan," Rahmat menambahkan.': a straight double mark glued to the
   * quote's closing comma (or . ! ? …) and followed by a space closes a quote whose opening mark stood in an
   * earlier sentence the text left out.
   * Off: such a mark may open a quote.
   */
  straightCloseAfterPunctuation?: boolean;
  /**
   * "Shannon Cross, an analyst, said Cook is a good choice … 'He has …,' she said": where the sentence a pronoun
   * looks back to names several people of its gender, the one who speaks there is its person. Off: no one.
   */
  pronounPrefersSpeaker?: boolean;
  /**
   * "Dave Bull", "Supplied/ Frog Recruitment", "NASA/Bill Ingalls": a line of capitalised words with no sentence end
   * is a photo credit or caption; a name there is no person a pronoun may point to (its full name still completes
   * a surname elsewhere: a name is a name in any line). Off: it is.
   */
  captionLinesNameNoOne?: boolean;
  /**
   * 'John Smith said the plan was "a good one." Mary Jones said …': a quote whose sentence ends at its closing mark
   * (a full stop just inside or just after it) is attributed by no name after it; what follows is a new sentence.
   * Off: "…". X said' may attribute the quote.
   */
  sentenceEndClosesQuote?: boolean;
  /**
   * '"The pilots are tired," said Lena Fosse, "and the tugs need repairs."': a quote closed by a comma, its
   * attribution, then a comma and a reopening mark: the second quote goes on in the same voice.
   */
  splitQuoteGoesOn?: boolean;
  /**
   * 'Apple stopped renting the shows in May, claiming that buyers prefer …': a participle of saying after the comma
   * that ends the sentence subject's own clause reports what that subject said. Empty or absent: none.
   */
  subjectParticiples?: readonly string[];
  /**
   * 'She spoke briefly, saying: "…"', 'Brand was blunt, telling the crowd: "…"': participles that, after a comma
   * and before a colon, hand a quote to the person opening the sentence. Empty or absent: none.
   */
  introParticiples?: readonly string[];
  /** Two or three capitalised words no vocabulary knows are a name when a title follows them or they close a quote. */
  foreignBareNames?: boolean;
  /**
   * Foreign given names and family names ("Thomas", "Katherine", "Wang"): two or three capitalised words opening
   * with one are a person's name as a bare subject too ("Ben Leung cho rằng", "Wang Jianshe, tại …, cho biết").
   */
  givenNames?: readonly string[];
  /**
   * Given names of the language ("Hoài", "Công Trí", "Thanh Bùi"): one to three of them (family names allowed, one
   * given name at least) opening a sentence or a clause right before the verb are a person's name. Unset: none.
   */
  bareGivenNames?: readonly string[];
  /** "Menurutnya, …": the according-to word with the pronoun fused in. */
  accordingToPronoun?: readonly string[];
  /** "Menurutnya jumlah itu …": with no comma after the fused form, a lower-case word opens the clause. */
  accordingToPronounBare?: boolean;
  /** Capitalised words that are never (part of) a person's name. */
  notNames: readonly string[];
  /** Capitalised words that are no name only where they open a sentence ("Lalu, …" but "Lalu Hadrian Irfani"). */
  startOnlyNotNames?: readonly string[];
  /**
   * Words that are otherwise no name but open one after a comma, a quote mark or at a sentence's start when a name
   * word follows ("Kuasa hukum X, Juni Prasetyo Nugroho, mengatakan"; "pada Juni 2025" stays a month).
   */
  nameLeads?: readonly string[];
  /** Words that make the name after them a street ("đường Lý Nam Đế"): no speaker there. Unset: none. */
  streetWords?: readonly string[];
  /**
   * Organisation heads whose name is a place ("Thành ủy | Hà Nội", "UBND | xã …"): right after one, a person's name
   * ends the body ("Bí thư Thành ủy | Nguyễn Văn Nên"), as it does after any other word of a body. Unset: a name
   * right after a head belongs to the body ("Bệnh viện Bạch Mai", "Trường THPT Nguyễn Trãi").
   */
  placeHeads?: readonly string[];
  /**
   * Heads of committees named by their field (vi "Ban chỉ đạo", "Ủy ban"), and the words opening that field
   * (vi "về"): "Ban chỉ đạo Trung ương về phòng chống thiên tai cho biết" is one body. Optional.
   */
  fieldHeads?: readonly string[];
  fieldWords?: readonly string[];
  /**
   * Reporting verbs that may open a sentence before its subject ("Khẳng định A, Đại sứ X nhấn mạnh B"): what
   * follows such a verb up to the comma before the subject is that subject's statement too. Unset: none.
   */
  frontedVerbs?: readonly string[];
  /**
   * "dự án được | Sở Giao thông Vận tải | đề xuất để …": after a passive marker, a phrase whose verb is followed by a
   * purpose word is the agent of a passive, the subject of no reported clause. Unset: none.
   */
  passiveAgents?: { markers: readonly string[]; purposes: readonly string[] };
  /** Titles whose one-word complement is the body represented, not a person ("đại diện Chesterton"). */
  orgNameTitles?: readonly string[];
  /** Words whose parts a description may not run through alone ("hàng không": "không" is a stop). Unset: none. */
  compounds?: readonly string[];
  /**
   * A body right after a preposition is an object, none of its words a speaker ("văn bản của | Bộ Xây dựng |
   * nêu rõ"). Off where a preposition may introduce the source ("Siaran pers dari Kementerian … memastikan").
   */
  prepositionObjects?: boolean;
  /** After a verb's comma the clause may open with a topic ("cho rằng, với đối tượng …, …"). Unset: no. */
  topicAfterVerbComma?: boolean;
  /**
   * After a verb and its complementiser the clause may open with an adverbial ("said that as a result, …", "said
   * that on the day in question, …"): the complementiser already marks what follows as the content. Unset: no.
   */
  topicAfterComplementizer?: boolean;
  /** "The problem, according to Hoenig, is not …": a named source between commas inside the clause. Unset: no. */
  accordingToMid?: boolean;
  /**
   * "…, city officials said.", "…, according to Israeli officials.": up to `most` words may describe an unnamed
   * group (one of `pluralTitles`) at a sentence's end, none of them one of `not` (conjunctions, prepositions, pronouns, verbs). Unset: none.
   */
  groupModifiers?: { most: number; not: readonly string[] };
  /**
   * Finite verbs ("is", "has", "will"): outside a relative clause one of them makes the words after a name and
   * its comma a clause, not the name's description ("according to Hansen, the tradeoff has been …"). Unset: none.
   */
  finiteVerbs?: readonly string[];
  /** Verbs that after "và" start the same speaker's next statement ("X cho biết … và cảnh báo …"). Unset: none. */
  andVerbs?: readonly string[];
  /** Words opening a description of a person ("Ayaka Suzuki, người vận động …, cho biết"). Unset: none. */
  personNouns?: readonly string[];
  /** Verbs that after a bare comma start the same speaker's next statement ("X nói …, khẳng định …"). Unset: none. */
  commaVerbs?: readonly string[];
  /** Regex source: a capitalised word of this shape is an organisation, never a name ("FinanceAsia"). */
  orgShape?: string;
  /**
   * A name, or a title and name, followed by a link word and any organisation right before the verb belongs to
   * it ("Capt. James Sarnicki of the Linden Police Department told …"); off, only known bodies and places do.
   */
  affiliationOrgs?: boolean;
  /**
   * With `lowerCaseTitles`: how many unknown capitalised words before a lower-case title may be its organisation
   * ("Fianna Fail lawmaker Charlie O'Connor"); unset, one ("Cochilco vice president Patricio Cartagena").
   */
  unknownOrgWords?: number;
  /**
   * After an unnamed title's link word: up to this many words, after a determiner or from a capital, right up to the
   * verb are its organisation ("a spokesman for the ambulance service said"); unset, up to three capitalised words
   * only ("a spokesman for Google said").
   */
  affiliationPhraseWords?: number;
  /**
   * After a determiner: up to this many plain words before the title ("a senior administration official", "a New
   * Hampshire Republican", "one local resident"); unset, only one capitalised word ("a Singapore-based spokesman").
   */
  definiteModifiers?: number;
  /**
   * Without a determiner: up to this many lower-case words before a lower-case title and a full name belong to the
   * title ('"…," says study author Jane Roe', "said lead researcher Jane Roe"); unset, none.
   */
  titleModifiers?: number;
  /** 'Jane Roe, Carver University: “…”': a full name opening its sentence and a colon attribute the quote after it. */
  colonAttribution?: boolean;
  /**
   * "clause, according to Max Schrems, Austrian privacy activist and founder of …": the source may be followed by
   * a description that runs to the end of the sentence; unset, the source must end the sentence.
   */
  accordingToAppositive?: boolean;
  /** "… struck with Ford, the union said": a name right after a preposition takes no appositive after its comma. */
  noAppositiveAfterPreposition?: boolean;
  /**
   * An unnamed speaker ("a BBC spokeswoman said …") is someone a later pronoun may point to: with another person
   * named in that sentence, "She said …" then resolves to no one rather than to that person.
   */
  unnamedSpeakerMentions?: boolean;
  /**
   * Titles of unnamed groups ("officials", "her attorneys"). Where every pronoun of the language is singular, a
   * group that spoke is no one a later "he"/"she" points to, nor does it hide the person named before it.
   */
  pluralTitles?: readonly string[];
  /** A lone capitalised word right after "Capitalised and" is no one's name ("Health and Safety said"). */
  andJoinsCapitals?: boolean;
  /** A full name opening a clause after a comma is a person ("At US Airways, Todd Lehmacher called …"). */
  fullNameAfterComma?: boolean;
  /** A full name set off by commas after a title with no name is that title's person ("The mayor of X, Jane Okafor, …"). */
  nameAfterTitle?: boolean;
  /**
   * A surname two persons of the page share is the one whose full name was written last before it ("Rahul Gandhi
   * launched …", later "Gandhi said", with "Priyanka Gandhi" named earlier). Off: such a surname names no one.
   */
  sharedSurnameTakesLatest?: boolean;
  /**
   * A later reference made of the last words of one earlier full name is that person: "Paz Akin" after "Lorena Paz
   * Akin", "Cousins" after "Andrea Stewart-Cousins" (a part of a hyphenated surname). Off: such a reference is
   * a person of its own.
   */
  nameTails?: boolean;
  /** Words right before a quote mark that make the quote a name, not speech ("chiến lược", "film"). */
  nameIntroducers: readonly string[];
  /** A reported clause may not start with these (English "said in a statement."). */
  badClauseStarts: readonly string[];
  /** Regex source of other bad clause starts (English participles: "said, adding that …"). */
  badClauseStartPattern?: string;
  /** Titles that do not tell two people apart, and give way to a fuller title ("Dr", "GS.TS", "Thượng tướng"). */
  looseTitles: readonly string[];
  /**
   * Words that tell a person's gender: pronouns, possessives, honorifics, gendered titles ("she", "Mrs", "ông",
   * "bà"); a pronoun skips people of the other gender. `femaleNameWords`: name words that make a name a woman's ("Thị").
   */
  genders?: { male: readonly string[]; female: readonly string[]; femaleNameWords?: readonly string[] };
}

/** A person's gender, as the words of an article tell it. */
export type Gender = 'male' | 'female';

/** A speaker as written at one place in the text, before coreference. */
export interface SpeakerPhrase {
  start: number;
  end: number;
  text: string;
  title: string | null;
  org: string | null;
  /** A name as written: full ("Nguyễn Minh Vũ") or one word ("Vũ"). */
  name: string | null;
  pronoun: boolean;
  /** A full name the name pattern does not know (a foreign name after a Vietnamese title). */
  foreignName?: boolean;
  /** Which form of the grammar matched. */
  form: 'titled' | 'definite' | 'appositive' | 'honorific' | 'name' | 'org' | 'pronoun';
  /** The name is a full name (not one word used as a later reference). */
  fullName?: boolean;
}

/** A person named in the article (one per key). */
export interface Person {
  key: string;
  name: string;
  title: string | null;
  org: string | null;
  words: string[];
  /** Offset of the first mention. */
  first: number;
}

/** A statement found by one of the parsers, before refinement. */
export interface Candidate {
  start: number;
  end: number;
  direct: boolean;
  verb: string | null;
  speaker: SpeakerPhrase | null;
  /** Quote marks inside the span that are not part of the quote (paragraph continuation marks). */
  strip: readonly number[];
  /** A quote with no attribution of its own, said by whoever spoke in the previous paragraph. */
  floating: boolean;
}

/** A statement fact as an extractor drafts it, before ids: what each language's post-engine checks take. */
export type StatementDraft = Extract<FactDraft, { type: 'statement' }>;
