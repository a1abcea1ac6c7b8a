/** English statement vocabulary (reporting verbs after GenderGapTracker's quote verb list). */

/** Common nouns that name a body, not a person: who speaks for it is not named ("the airline said"). */
export const BODY_NOUNS = [
  'airline', 'carrier', 'retailer', 'automaker', 'military', 'navy', 'army', 'agency', 'ministry', 'department',
  'hospital', 'council', 'committee', 'panel', 'government', 'administration', 'prosecution', 'police', 'airport',
] as const;

export const TITLES = [
  'President', 'Vice President', 'State President', 'Prime Minister', 'Deputy Prime Minister',
  'Permanent Deputy Prime Minister',
  'Minister', 'Deputy Minister', 'Foreign Minister', 'Deputy Foreign Minister', 'Health Minister',
  'Deputy Health Minister',
  'Minister of Foreign Affairs', 'Deputy Minister of Foreign Affairs', 'Minister of Health',
  'Deputy Minister of Health',
  'Ambassador', 'Director', 'Deputy Director', 'Director-General', 'Director General', 'Governor', 'Chairman',
  'Chairwoman',
  'Chair', 'Vice Chairman', 'Representative', 'Chief Representative', 'Country Representative', 'Secretary-General',
  'Secretary General', 'General Secretary', 'Secretary of State', 'Mayor',
  'Senator', 'Professor', 'Chief Representative', 'spokesperson', 'spokesman', 'spokeswoman',
  'Foreign Ministry spokesperson',
  'Foreign Ministry spokeswoman', 'Foreign Ministry spokesman', 'Health Ministry spokesperson', 'official',
  'health official',
  'Party Secretary', 'Party Chief', 'chairman', 'city chairman', 'provincial chairman', 'mayor', 'chief scientist',
  'Chief Scientist', 'Chargé d’Affaires', "Chargé d'Affaires", 'minister', 'deputy minister', 'head', 'chief',
  'director', 'ambassador', 'Dr.', 'Dr',
  'Rep.', 'Rep', 'Sen.', 'Sen', 'Gov.', 'Lt.', 'Gen.', 'Col.', 'Sgt.', 'Adm.', 'Capt.', 'Capt', 'Cpl.', 'Det.', 'Cmdr.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.',
  'Press Secretary',
  'press secretary', 'Secretary', 'secretary', 'Attorney General', 'Chief Executive', 'chief executive', 'CEO', 'CIO', 'CTO', 'CMO',
  'coach', 'Coach',
  'head coach', 'Manager', 'lawmaker', 'Lawmaker', 'Speaker', 'House Speaker', 'Majority Leader', 'Minority Leader',
  'Commissioner',
  'commissioner', 'Chancellor', 'King', 'Queen', 'Prince', 'Pope', 'Sheriff', 'sheriff', 'Judge', 'judge',
  'Chief Justice', 'Justice',
  'Police Chief', 'police chief', 'Inspector', 'Detective', 'detective', 'Officer', 'officer', 'Superintendent',
  'Commander',
  'commander', 'Admiral', 'Colonel', 'Captain', 'Lieutenant', 'Sergeant', 'economist', 'analyst', 'researcher',
  'professor', 'doctor', 'Executive Director', 'executive director', 'President-elect', 'president', 'vice president',
  'founder',
  'co-founder', 'Founder', 'Chief Financial Officer', 'Chief Operating Officer', 'CFO', 'COO', 'Assistant Secretary',
  'Undersecretary',
  'Under Secretary', 'Deputy Secretary', 'Assistant Director', 'Assistant Commissioner', 'assistant commissioner', 'Councilman', 'Councilwoman', 'Assemblyman', 'Assemblywoman', 'Congressman',
  'Congresswoman', 'MP', 'MEP', 'MSP', 'Councillor', 'Rev.', 'Bishop', 'Archbishop', 'Rabbi', 'Imam', 'spokesperson', 'scientist', 'epidemiologist',
  'expert',
  'chairwoman', 'chief executive officer', 'Chief Executive Officer', 'leader', 'Leader', 'senator', 'governor',
  'prosecutor',
  'Prosecutor', 'attorney', 'lawyer', 'Deputy Director-General', 'Director of', 'Country Director', 'country director',
  'manager', 'fund manager', 'correspondent', 'reporter', 'producer', 'group', 'company', 'firm', 'club', 'union',
  'board',
  'Producer', 'Correspondent', 'chief economist', 'Chief Economist', 'spokesperson', 'campaigner', 'activist', 'owner',
  'Investigator', 'investigator', 'Deputy', 'Trooper', 'Supervisor', 'Ranger', 'Patrol Chief', 'quarterback',
  'meteorologist', 'forecaster', 'physicist', 'oceanographer', 'Oceanographer', 'co-author', 'study co-author',
  'author', 'strategist', 'historian', 'psychologist', 'editor', 'boss', 'co-owner', 'head coach',
  // Plural subjects ("Officials said", "Critics say"): people the text does not name.
  'officials', 'Officials', 'analysts', 'Analysts', 'investigators', 'Investigators', 'critics', 'Critics', 'users',
  'Users', 'experts', 'Experts', 'researchers', 'Researchers', 'scientists', 'Scientists', 'economists',
  'Economists', 'prosecutors', 'Prosecutors', 'witnesses', 'Witnesses', 'organizers', 'Organizers', 'organisers',
  'Organisers', 'residents', 'Residents', 'authorities', 'Authorities', 'sources', 'Sources', 'oceanographers',
  'forecasters', 'Forecasters', 'doctors', 'Doctors', 'lawmakers', 'Lawmakers', 'investor', 'shareholder',
  'member', 'legislators', 'Legislators', 'executives', 'Executives', 'builders', 'Builders', 'employers',
  'Employers', 'farmers', 'Farmers', 'parents', 'Parents', 'teachers', 'Teachers', 'students', 'Students',
  'neighbors', 'Neighbors', 'neighbours', 'Neighbours', 'observers', 'Observers', 'supporters', 'Supporters',
  'opponents', 'Opponents', 'people', 'People', 'staff',
  'rebels', 'Rebels', 'fighters', 'Fighters', 'protesters', 'Protesters', 'demonstrators', 'Demonstrators',
  'survivors', 'Survivors', 'diplomats', 'Diplomats', 'traders', 'Traders', 'policymakers', 'Policymakers',
  'villagers', 'Villagers', 'soldiers', 'Soldiers', 'leaders', 'insiders', 'Insiders', 'GOP insiders',
  // Market and trade people, unnamed, as wire copy quotes them ("Bankers said", "…, dealers said").
  'bankers', 'Bankers', 'dealers', 'Dealers', 'brokers', 'Brokers', 'managers', 'attorneys', 'Attorneys', 'regulators',
  'Regulators', 'workers', 'Workers', 'aides', 'Aides', 'specialists', 'Specialists', 'lawyers', 'Lawyers',
  // A party's member, unnamed ("a New Hampshire Republican said"; "Republicans said").
  'Republican', 'Democrat', 'Republicans', 'Democrats', 'insider', 'GOP insider',
  'Senators', 'senators', 'Sens.',
  // An unnamed person who speaks ("the woman said", "a resident … said").
  'farmer', 'Farmer', 'resident', 'woman', 'man', 'witness', 'neighbor', 'neighbour', 'source', 'student', 'teacher',
  'worker', 'mother', 'father', 'driver', 'passenger', 'victim', 'customer', 'employee', 'nurse',
  'rebel', 'fighter', 'protester', 'survivor', 'diplomat', 'trader', 'soldier', 'eyewitness', 'villager', 'agent',
  'publicist', 'representative', 'veteran', 'consultant', 'staffer', 'engineer', 'partner', 'aide', 'adviser', 'advisor',
  'banker', 'dealer', 'broker', 'specialist', 'seismologist',
  // Kin and acquaintances, unnamed ("the great-grandfather said", "a relative said").
  'uncle', 'uncles', 'aunt', 'aunts', 'grandfather', 'grandmother', 'great-grandfather', 'great-grandmother',
  'grandparents', 'son', 'daughter', 'brother', 'sister', 'cousin', 'relative', 'relatives', 'Relatives', 'friend',
  'friends', 'Friends', 'colleague', 'colleagues', 'Colleagues', 'husband', 'wife', 'nephew', 'niece',
  // Bodies named by a common noun ("police said", "Fremont police say"): see BODY_WORDS.
  'police', 'Police', 'office',
  'U.S. Attorney', 'US Attorney', 'Attorney', 'District Attorney', 'district attorney',
] as const;

/** Unnamed groups among the titles ("officials", "Western diplomats"): no antecedent of "he" or "she". */
export const PLURAL_TITLES = TITLES.filter((t) => /[^s]s$/u.test(t) && !t.endsWith('Affairs'));

/** Portfolios before "minister" or "secretary" ("India's finance minister", "the education secretary"). */
const PORTFOLIOS = [
  'finance', 'foreign', 'health', 'trade', 'interior', 'home', 'defence', 'defense', 'education', 'economy',
  'energy', 'environment', 'justice', 'labour', 'labor', 'transport', 'culture', 'industry', 'agriculture',
  'treasury', 'business', 'work and pensions', 'communities', 'sports', 'information', 'tourism',
];

/** "finance minister", "Finance Minister", "education secretary", "Education Secretary". */
export const PORTFOLIO_TITLES = PORTFOLIOS.flatMap((p) =>
  ['minister', 'secretary'].flatMap((t) => [`${p} ${t}`, `${p} ${t}`.replace(/(^|\s)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase())]),
);

/** Two offices held at once before a name ("chairman and chief executive officer Bill Ford"). */
export const JOINT_TITLES = ['chairman', 'president', 'founder', 'co-founder'].flatMap((a) =>
  ['chief executive officer', 'chief executive', 'CEO'].flatMap((b) => {
    const lower = `${a} and ${b}`;
    return [lower, lower.replace(/(^|\s)(?!and )(\p{Ll})/gu, (_, x: string, y: string) => x + y.toUpperCase())];
  }),
);

/** A party's members, unnamed: a speaker only as a counted person or a subject ("an Iowa Republican said"). */
export const PARTY_MEMBERS = ['Republican', 'Democrat', 'Republicans', 'Democrats'] as const;

/** Nouns that head a body's description before its name ("The other major opposition party, Labour, said"). */
export const APPOSITION_BODY_NOUNS = [
  'party', 'club', 'company', 'firm', 'group', 'union', 'team', 'bank', 'airline', 'carrier', 'retailer', 'broadcaster',
  'agency', 'charity', 'council', 'manufacturer', 'maker', 'automaker', 'insurer', 'lender', 'band', 'network',
  'newspaper', 'publisher', 'chain', 'giant', 'operator', 'contractor', 'organisation', 'organization', 'ministry',
] as const;

/** Titles that name a body, not a person: a name they go with is an organisation's ("firm Sophos"). */
export const BODY_WORDS = ['group', 'company', 'firm', 'club', 'union', 'board', 'police', 'office'] as const;

/** Particles that open a surname ("Maggie de Block", "Jamon Van Den Hoek", "Erik van Sebille"). */
/** Words that give a person's alias after the full name ("Ada Bello, popularly known as Adabee"); a bare "known as" names things too. */
export const ALIAS_INTRODUCERS = [
  'popularly known as',
  'also known as',
  'better known as',
  'otherwise known as',
  'widely known as',
  'aka',
  'a.k.a.',
  'a.k.a',
] as const;

export const SURNAME_PARTICLES = ['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'ter', 'ten'] as const;

/** Body nouns that, with "the", point back to the body named last ("The company said …" after "Walmart said"). */
export const ANAPHORIC_BODY_WORDS = ['company', 'group', 'firm', 'organization', 'organisation'] as const;

/** Relative pronouns that open a description after a name ("Irons, whose film …, said"). */
export const RELATIVES = ['who', 'whose'] as const;

export const TITLE_ALIASES: Readonly<Record<string, string>> = {
  'Director General': 'Director-General',
  'Secretary General': 'Secretary-General',
  'Minister of Foreign Affairs': 'Foreign Minister',
  'Deputy Minister of Foreign Affairs': 'Deputy Foreign Minister',
  'Minister of Health': 'Health Minister',
  'Deputy Minister of Health': 'Deputy Health Minister',
  // "Capt. James Sarnicki" and "Captain Sarnicki" are one person.
  'Capt.': 'Captain',
  Capt: 'Captain',
  'Sgt.': 'Sergeant',
  'Det.': 'Detective',
  'Cmdr.': 'Commander',
};

export const TITLE_ORGS: Readonly<Record<string, string>> = {
  'Foreign Minister': 'Ministry of Foreign Affairs',
  'Deputy Foreign Minister': 'Ministry of Foreign Affairs',
  'Health Minister': 'Ministry of Health',
  'Deputy Health Minister': 'Ministry of Health',
  'Foreign Ministry spokesperson': 'Ministry of Foreign Affairs',
  'Health Ministry spokesperson': 'Ministry of Health',
};

export const ORGS = [
  'Ministry of Foreign Affairs', 'Foreign Ministry', 'Ministry of Health', 'Health Ministry',
  'World Health Organization', 'WHO',
  'UNICEF', 'COVAX', 'Covax', 'ASEAN', 'US Embassy', 'U.S. Embassy', 'US State Department', 'US', 'U.S.',
  'the United Nations', 'United Nations', 'the government', 'The government', 'the ministry', 'The ministry',
  'the health ministry', 'the foreign ministry', 'the embassy', 'the agency', 'COVID-19 task force', 'task force',
] as const;

/**
 * Job titles written as acronyms ("The Vikings QB said", "The MEC emphasised"): the engine reads a lone acronym
 * subject as a body, but these name a person's office. Not FBI-like bodies, and not words kept in TITLES (those
 * also make "MEC Mamabolo urged …" a titled name, a reading this list leaves alone).
 */
export const TITLE_ACRONYMS = ['QB', 'MEC'] as const;

/** Words that start an organisation's name when "of" follows ("Ministry of Health"). */
export const ORG_HEADS = [
  'Ministry', 'Department', 'Office', 'Embassy', 'Agency', 'Committee', 'Commission', 'Council', 'University', 'Bank',
  'Institute',
  // "A Bureau of Prisons spokesman", "the Centers for Disease Control and Prevention", "the Alliance of … Producers".
  'Bureau', 'Centers', 'Alliance', 'Association', 'Board', 'Chamber', 'Foundation',
  'Organization', 'Organisation', 'Society', 'Academy', 'Coalition', 'League', 'Union', 'Authority', 'Administration',
] as const;

/** Words that end an organisation's name ("Vietnamese Foreign Ministry", "White House"). */
export const ORG_TAILS = [
  'Ministry', 'Department', 'Agency', 'Organization', 'Organisation', 'Embassy', 'City', 'Province', 'Committee',
  'Council',
  'Commission', 'University', 'Party', 'Institute', 'Association', 'Police', 'Army', 'Navy', 'Corporation', 'Company',
  'Group',
  'Authority', 'Administration', 'Service', 'Board', 'Court', 'Senate', 'Congress', 'Parliament', 'Assembly',
  'Foundation',
  'Center', 'Centre', 'Hospital', 'College', 'Fund', 'Union', 'Federation', 'House', 'Bank', 'Office', 'Securities',
  'International', 'Banking', 'Corp', 'Inc', 'Ltd', 'Holdings', 'Capital', 'Partners', 'Motors', 'Airlines',
  'Shimbun', 'Times',
  'Post', 'Telegraph', 'Journal', 'Watch', 'Street', 'Research', 'Consortium', 'Associates', 'Insurance', 'Financial',
  'Investments', 'Management', 'Media', 'Technologies', 'Technology', 'Systems', 'Energy', 'Industries', 'Trust',
  'Exchange',
  'Network', 'Forum', 'Council', 'Club', 'United', 'FC', 'Records', 'Studios', 'Pictures', 'Games', 'Software', 'Labs',
  'Magazine', 'Gazette', 'Herald', 'Tribune',
] as const;

/**
 * Words that end or open a body's name and no person's ("Scottish Hydro Electric Power Distribution", "Apple
 * Developer Connection", "Traffic Scotland", "Transport for London"), beside ORG_TAILS; read only after the engine,
 * to make a multi-word "person" an organisation.
 */
export const BODY_NAME_TAILS = [
  'Distribution', 'Connection', 'Railway', 'Railways', 'Airways', 'Telecom', 'Utilities', 'Transit',
  // An outlet ("Breitbart News reported") or a party by its members ("The Scottish Conservatives said").
  'News', 'Conservatives', 'Liberals', 'Democrats', 'Republicans', 'Tories', 'Nationalists', 'Unionists', 'Greens',
  // A company's legal form, as wire copy writes it with no period ("Equatorial Communications Co said").
  'Co', 'Cos', 'Plc', 'PLC', 'LLC', 'AG', 'NV', 'Communications',
] as const;
export const BODY_NAME_HEADS = ['Traffic', 'Transport', 'Police', 'Sport', 'Historic', 'Forestry', 'Network', 'Visit'] as const;

/** Words that end a place's name ("Powder River Basin", "Reagan National Airport"): read like a body's, never a person. */
export const PLACE_TAILS = [
  // Not words that are also surnames ("Kidong Park", "Michael Bay").
  'River', 'Basin', 'Valley', 'Mountains', 'Island', 'Islands', 'County', 'Canyon', 'Sea', 'Ocean', 'Airport',
  'Station', 'Bridge', 'Square', 'Avenue', 'Boulevard', 'Highway', 'Parkway',
] as const;

/**
 * US states: never part of a person's name ("U.S. Attorney for Massachusetts Joshua Levy"). Left out: the
 * states that are also given names or surnames (Virginia, Georgia, Montana, Carolina).
 */
const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'West Virginia',
  'Wisconsin', 'Wyoming',
] as const;

/** Cities after "in" ("the US Embassy in Hanoi"): never a name. */
export const PLACES = [
  'Hanoi', 'Ha Noi', 'Jakarta', 'Ho Chi Minh City', 'Geneva', 'Washington', 'Beijing', 'Tokyo', 'Bangkok', 'London',
  'Paris',
  'New York', 'Brussels', 'Moscow', 'Seoul', 'Manila', 'Kuala Lumpur', 'Phnom Penh', 'Vientiane', 'Da Nang', 'Bali',
  'Hong Kong',
  ...US_STATES,
] as const;

export const LINK_WORDS = ['of', 'for', 'on', 'at', 'in', 'to'] as const;
export const FORMER_WORDS = ['former', 'ex-', 'then', 'acting', 'interim'] as const;
export const CONJUNCTIONS = ['and'] as const;

/** Finite verbs: after a name and its comma they open a clause, not a description of the name. */
export const FINITE_VERBS = [
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should',
  'does', 'did',
] as const;

/** Words that join a clause on to one before it: a reported clause does not start with them. */
export const CLAUSE_CONJUNCTIONS = ['and', 'but', 'or', 'so', 'yet', 'because', 'while', 'whereas', 'though', 'although'] as const;

export const HONORIFICS = ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Sir', 'Dame', 'Lord', 'Lady'] as const;
export const PRONOUNS = ['he', 'she'] as const;
export const DETERMINERS = [
  'the', 'a', 'an', 'this', 'that', 'our', 'his', 'her', 'their', 'its',
  // Unnamed people counted, not named ("one resident said", "another rebel", "some lawmakers said").
  'one', 'another', 'some', 'several', 'two', 'three', 'many',
] as const;

export const ADVERBS = [
  'also', 'further', 'later', 'then', 'previously', 'earlier', 'has', 'had', 'have', 'once again', 'repeatedly',
  'recently',
  'has also', 'had also', 'again', 'more recently', 'since',
] as const;

export const VERBS = [
  'said', 'says', 'told', 'stated', 'added', 'stressed', 'noted', 'explained', 'emphasized', 'emphasised', 'affirmed',
  'confirmed', 'announced', 'warned', 'urged', 'insisted', 'argued', 'acknowledged', 'underlined', 'asserted',
  'declared',
  'remarked', 'commented', 'claimed', 'maintained', 'pointed out', 'highlighted', 'revealed', 'reiterated',
  'reported', 'wrote', 'tweeted', 'joked', 'quipped', 'recalled', 'admitted', 'conceded', 'cautioned', 'complained',
  'predicted', 'replied', 'responded', 'agreed', 'suggested', 'observed', 'vowed', 'promised', 'pledged', 'say', 'went on',
  'continued',
  // The present of a feature story ("Beason predicts that …", "Joye adds that …").
  'adds', 'notes', 'explains', 'warns', 'predicts', 'argues', 'insists', 'writes', 'recalls', 'admits', 'cautions',
  'tells', 'claims', 'acknowledges', 'stresses', 'points out', 'concedes', 'continues',
  // A charge reported ("Prosecutors allege that …").
  'allege', 'alleges',
  // Plural subjects in the present ("Critics argue that …", "Supporters claim …").
  'argue', 'claim', 'warn', 'insist', 'contend', 'contends', 'contended',
  // More of GenderGapTracker's quote verbs that take what was said as a clause ("Gibson testified that …").
  'testified', 'testifies', 'clarified', 'clarifies', 'exclaimed', 'proclaimed',
] as const;

export const POST_VERBS = [
  'said', 'says', 'added', 'stressed', 'noted', 'explained', 'told', 'wrote', 'asked',
  // The present of a feature story after a quote ('"…," explains Jo Bell', '"…," adds the coach').
  'adds', 'notes', 'explains', 'writes', 'recalls', 'continues', 'warns', 'insists', 'argues',
  'commented', 'recalled', 'continued', 'warned', 'insisted', 'argued', 'replied', 'stated',
  // Verbs of saying that also stand before their subject ('"…," quipped Green', '"…," testified Dr. Bell').
  'quipped', 'joked', 'remarked', 'responded', 'declared', 'tweeted', 'reported', 'acknowledged', 'admitted',
  'conceded', 'cautioned', 'complained', 'observed', 'predicted', 'reiterated', 'emphasized', 'emphasised',
  'testified', 'countered', 'exclaimed', 'confirmed',
] as const;

/** "He said A, but predicted that B": a second reporting verb of the same speaker. */
export const VERB_JOINERS = ['but', 'and'] as const;

/** What a statement was made in or on: "said in an email the cost …", "said on Twitter he …". */
const STATEMENT_MEDIA = [
  'statement', 'interview', 'email', 'e-mail', 'letter', 'post', 'posting', 'tweet', 'message', 'release', 'briefing',
  'speech', 'video', 'podcast', 'filing', 'memo', 'note', 'call', 'broadcast', 'op-ed', 'column', 'conference',
].join('|');
const STATEMENT_CHANNELS = ['Twitter', 'Facebook', 'Instagram', 'LinkedIn', 'X', 'Truth Social', 'social media', 'television', 'TV', 'radio'].join('|');
const ON_WEEKDAY = '\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** The medium (and addressee, weekday) of a statement before its clause with no "that", which must open next. */
const MEDIUM_BEFORE_CLAUSE =
  `(?:(?:\\s+(?:in|during)\\s+(?:a|an|his|her|its|their|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${STATEMENT_MEDIA})s?|\\s+on\\s+(?:${STATEMENT_CHANNELS}))` +
  '(?:\\s+(?:to|with)\\s+(?:reporters|journalists|(?:the\\s+)?(?:newspaper|paper|station|network|agency|broadcaster|outlet|magazine)))?' +
  `(?:${ON_WEEKDAY})?|${ON_WEEKDAY})` +
  '(?=\\s+(?:(?:the|a|an|his|her|its|their|this|these|those|he|she|it|they|we|there)\\s|\\p{Lu}(?!hat\\s)))';

export const AFTER_VERB =
  '(?:\\s+(?:earlier|today|yesterday|again|also|recently|last week|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?' +
  '(?:(?<=told)\\s+(?:reporters|journalists|the press|the media|a (?:press|news) conference|a (?:press )?briefing|a meeting|lawmakers|parliament|(?:the\\s+)?\\p{Lu}[\\p{L}+.-]*(?:\\s+\\p{Lu}[\\p{L}+.-]*){0,3}))?' +
  `(?:${MEDIUM_BEFORE_CLAUSE})?` +
  '(?:\\s+(?:on|in|at|during|after|last|this|earlier)\\s+[^,.:;"“”]{1,40}?(?=\\s+that(?![\\p{L}])))?';
export const COMPLEMENTIZERS = ['that'] as const;
export const ACCORDING_TO = ['according to the', 'according to'] as const;

export const NOT_NAMES = [
  // Function words that open a sentence are never part of a name ("Once Kheradpir started …").
  'Once', 'Whether', 'Whenever', 'Wherever', 'Whereas', 'Upon', 'Perhaps', 'Maybe', 'Indeed', 'Besides', 'Moreover',
  'Furthermore', 'Thus', 'Hence', 'Therefore', 'Nevertheless', 'Nonetheless', 'Otherwise', 'Again', 'Already',
  'Sometimes', 'Often', 'Never', 'Always', 'Unlike', 'Within', 'Into', 'Across', 'Along', 'Around', 'Behind',
  'Beyond', 'Toward', 'Towards', 'Including', 'Following', 'Citing', 'Should', 'Could', 'Would', 'Will', 'Can',
  'The', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'In', 'On', 'At', 'But', 'And', 'As',
  'A', 'An',
  'According', 'Vietnam', 'Vietnamese', 'Indonesia', 'Indonesian', 'Covid-19', 'COVID-19', 'January', 'February',
  'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday',
  'Wednesday',
  'Thursday', 'Friday', 'Saturday', 'Sunday', 'Ministry', 'Government', 'If', 'When', 'After', 'Before', 'While',
  'His', 'Her',
  'Our', 'Their', 'Its', 'There', 'Meanwhile', 'However', 'Also', 'Speaking', 'Asked', 'Japanese', 'Chinese',
  'American',
  'Korean', 'Australian', 'British', 'Russian', 'Indian', 'Thai', 'Singaporean', 'Malaysian', 'Cuban', 'French',
  'German',
  'Still', 'Yet', 'So', 'Now', 'Then', 'Instead', 'Later', 'Earlier', 'Today', 'Yesterday', 'Tomorrow', 'Last',
  'Next', 'Some',
  'Many', 'Most', 'All', 'Both', 'Each', 'Every', 'Other', 'Others', 'What', 'Who', 'Why', 'How', 'Where', 'Which',
  'You', 'Your',
  'My', 'Me', 'Us', 'Them', 'Those', 'Such', 'Although', 'Though', 'Because', 'Since', 'Until', 'Unless', 'Despite',
  'During',
  'For', 'From', 'With', 'Without', 'By', 'Of', 'To', 'Under', 'Over', 'About', 'Against', 'Among', 'Between',
  'Through', 'After',
  'Not', 'No', 'Yes', 'Even', 'Just', 'Only', 'Like', 'Here', 'Please', 'Thank', 'Thanks', 'God', 'America',
  'Americans', 'European',
  'Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic', 'Israeli', 'Palestinian', 'Iranian',
  'Ukrainian', 'Mexican',
  'Canadian', 'Japanese', 'Filipino', 'Asian', 'African', 'Arab', 'Muslim', 'Christian', 'Catholic', 'Twitter',
  'Facebook',
  'Instagram', 'YouTube', 'Reuters', 'AP', 'AFP', 'CNN', 'BBC', 'Associated', 'Press',
] as const;

export const NAME_INTRODUCERS = [
  'film', 'movie', 'book', 'programme', 'program', 'campaign', 'strategy', 'so-called', 'dubbed', 'called', 'titled',
  'entitled',
  'slogan', 'song', 'show', 'series', 'initiative', 'term', 'phrase', 'motto', 'project', 'policy', 'word', 'known as',
  'diplomacy', 'theme', 'themed',
] as const;

export const BAD_CLAUSE_STARTS = [
  'in', 'on', 'at', 'during', 'after', 'before', 'to', 'with', 'about', 'of', 'by', 'for', 'from', 'as', 'while',
  'recently', 'yesterday', 'earlier', 'but',
] as const;

export const COUNTRIES = [
  'Vietnam', 'Indonesia', 'Japan', 'China', 'the United States', 'the US', 'the U.S.', 'Australia', 'South Korea',
  'Korea',
  'Russia', 'India', 'the UK', 'Britain', 'Singapore', 'Malaysia', 'Thailand', 'Laos', 'Cambodia',
  'Iran', 'Iraq', 'Israel', 'Syria', 'Afghanistan', 'Pakistan', 'Ukraine', 'Germany', 'France', 'Italy', 'Spain',
  'Canada', 'Mexico', 'Brazil', 'Turkey', 'Egypt', 'Saudi Arabia', 'North Korea', 'Taiwan', 'Venezuela', 'Cuba',
] as const;


/**
 * Countries and capitals beyond COUNTRIES and PLACES, for a lone word that speaks for its government ("Ottawa
 * said", "Ghana says it will …", "Tehran insists"): an organisation, never a person. Left out: those that are
 * also given names or surnames (Jordan, Chad, Georgia, Victoria, Kingston, Wellington, Santiago, Sofia, Lima).
 */
export const GOVERNMENT_PLACES = [
  'Ghana', 'Nigeria', 'Kenya', 'South Africa', 'Ethiopia', 'Sudan', 'South Sudan', 'Somalia', 'Libya', 'Tunisia',
  'Algeria', 'Morocco', 'Senegal', 'Niger', 'Cameroon', 'Uganda', 'Rwanda', 'Tanzania', 'Zimbabwe', 'Zambia',
  'Angola', 'Mozambique', 'Lebanon', 'Yemen', 'Oman', 'Qatar', 'Kuwait', 'Bahrain', 'Greece', 'Portugal', 'Ireland',
  'Belgium', 'Switzerland', 'Austria', 'Poland', 'Hungary', 'Romania', 'Bulgaria', 'Serbia', 'Croatia', 'Sweden',
  'Norway', 'Finland', 'Denmark', 'Iceland', 'Estonia', 'Latvia', 'Lithuania', 'Belarus', 'Moldova', 'Armenia',
  'Azerbaijan', 'Kazakhstan', 'Uzbekistan', 'Mongolia', 'Myanmar', 'Bangladesh', 'Nepal', 'Sri Lanka', 'Argentina',
  'Chile', 'Colombia', 'Peru', 'Ecuador', 'Bolivia', 'Paraguay', 'Uruguay', 'Nicaragua', 'Honduras', 'Guatemala',
  'Panama', 'Haiti', 'New Zealand', 'Ottawa', 'Accra', 'Tehran', 'Kabul', 'Baghdad', 'Damascus', 'Cairo', 'Riyadh',
  'Ankara', 'Kyiv', 'Kiev', 'Berlin', 'Rome', 'Madrid', 'Canberra', 'Pretoria', 'Nairobi', 'Abuja', 'Islamabad',
  'New Delhi', 'Dhaka', 'Kathmandu', 'Colombo', 'Taipei', 'Pyongyang', 'Jerusalem', 'Beirut', 'Amman', 'Doha',
  'Abu Dhabi', 'Muscat', 'Caracas', 'Bogota', 'Brasilia', 'Buenos Aires', 'Mexico City', 'Warsaw', 'Budapest',
  'Prague', 'Vienna', 'Athens', 'Lisbon', 'Dublin', 'Oslo', 'Stockholm', 'Helsinki', 'Copenhagen', 'Minsk',
  'Tbilisi', 'Yerevan', 'Baku', 'Addis Ababa', 'Khartoum', 'Kinshasa', 'Harare', 'Tripoli', 'Tunis', 'Algiers',
  'Rabat', 'Kampala', 'Kigali', 'Bern', 'Belgrade', 'Bucharest', 'Havana',
] as const;

/** What may follow "…, X said" before the sentence ends (time, place, a trailing "as …" clause). */
export const TRAILING_ADJUNCT =
  '(?:\\s+(?:on|in|at|during|last|this|after)\\s+[^,.;:"“”]{1,40}?)?' +
  // "…," said a New Hampshire Republican, who, like all insiders, completed the survey anonymously.
  '(?:\\s*,\\s*(?:as|while|when|after|adding|saying|but|who|whose)[\\s,].*?)?';

/** Academic and medical titles: they do not tell two people with the same name apart. */
export const LOOSE_TITLES = [
  'Dr', 'Dr.', 'Professor', 'professor', 'Rep.', 'Rep', 'Sen.', 'Sen', 'Gov.', 'Lt.', 'Gen.', 'Col.', 'Sgt.', 'Adm.',
  'Rev.',
  'official', 'expert', 'analyst', 'researcher', 'economist', 'scientist',
] as const;

/** Sports lines are not statements: "added a goal and an assist", "added 12 points". */
export const SPORTS_CLAUSE =
  '(?:a|an|one|two|three|four|five|\\d+)\\s+(?:more\\s+)?' +
  '(?:goals?|assists?|points?|rebounds?|touchdowns?|runs?|hits?|saves?|tries|try|wickets?|yards?|strikeouts?)';

/** "…, X said, adding that …": a participle of saying does not start a reported clause ("said engaging …" may). */
export const PARTICIPLE =
  '(?:adding|saying|noting|citing|declining|refusing|referring|explaining|stressing|calling|urging|describing|' +
  'speaking|writing|telling|asking|answering|responding|replying|pointing|warning|arguing|insisting)';

/**
 * What may follow a speaker's name before the verb: an age ("Le Van Tam, 45, said"), and a short description
 * closed by a comma ("Diego Jeronimo, 36, the owner of a store near …, said"; "The authorities, who are eager to
 * talk to the men, said").
 */
export const SPEAKER_TAIL =
  '\\s*,\\s*\\d+\\s*,?|\\s*,\\s*(?:\\d{1,3}\\s*,\\s*)?(?:the|a|an|who|whose)\\s[^,.;:!?"“”]{1,80}?,' +
  // "Cowen — deeply unpopular because of … — pledged that …": a description between two dashes.
  '|\\s+[—–]\\s*[^—–.;:!?"“”]{1,140}?\\s*[—–]' +
  // "Officials at a hospital …, however, said": a sentence adverb between commas.
  '|\\s*,\\s*(?:however|meanwhile|though|too|in turn)\\s*,' +
  // "Weldon, speaking in an interview with CNN affiliate WPIX-TV in New York, said": how, not who.
  '|\\s*,\\s*(?:speaking|writing|appearing|testifying|interviewed|reached)\\s[^,.;:!?"“”]{1,100}?,' +
  // "Netanyahu on Sunday said", "The United Nations on Friday warned": when, between the subject and its verb.
  // Not before "announced", whose object is mostly a thing ("prosecutors on Wednesday announced three arrests").
  '|(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?' +
  '|\\s+(?:last|this|earlier this)\\s+(?:week|month))(?!\\s+(?:also\\s+)?announce)';

/** An organisation right after one of these is not the subject of the sentence. */
export const PREPOSITIONS = [
  'of', 'in', 'at', 'by', 'from', 'for', 'with', 'and', 'on', 'against', 'into', 'over',
] as const;

/**
 * Words that never describe an unnamed speaker at a sentence's end ("…, city officials said"; not "…, and officials
 * said", "…, which officials said"): the clause conjunctions, prepositions, finite verbs and relatives above, and
 * the other subordinators, pronouns, negation and reporting verbs.
 */
export const NOT_GROUP_MODIFIERS = [
  ...new Set([
    ...CLAUSE_CONJUNCTIONS, ...PREPOSITIONS, ...FINITE_VERBS, ...RELATIVES,
    'nor', 'whilst', 'as', 'when', 'where', 'since', 'after', 'before', 'if', 'unless', 'until', 'than', 'then', 'once',
    'that', 'which', 'whom', 'what', 'how', 'why', 'to', 'about', 'among', 'between', 'through', 'under', 'without',
    'via', 'per', 'like', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'not', 'also',
    'said', 'say', 'says', 'told', 'tell', 'added', 'be', 'been', 'do', 'according',
  ]),
];

/** Words that tell a person's gender, for pronouns ("…," she said) to find the right person. */
export const GENDERS = {
  male: ['he', 'him', 'his', 'himself', 'Mr', 'Sir', 'Lord', 'spokesman', 'chairman', 'Congressman', 'Councilman',
    'Assemblyman', 'King', 'Prince'],
  female: ['she', 'her', 'hers', 'herself', 'Mrs', 'Ms', 'Miss', 'Dame', 'Lady', 'spokeswoman', 'chairwoman',
    'Chairwoman', 'Congresswoman', 'Councilwoman', 'Assemblywoman', 'Queen'],
} as const;

/** 'She spoke briefly, saying: "…"': participles whose colon hands the quote after it to the sentence's subject. */
export const INTRO_PARTICIPLES = ['saying', 'telling', 'adding', 'declaring', 'writing', 'insisting', 'warning', 'noting'];
/** "Apple stopped renting the shows, claiming that …": participles that report what the sentence's subject said. */
export const SUBJECT_PARTICIPLES = ['saying', 'arguing', 'claiming', 'alleging', 'insisting', 'warning', 'noting', 'stressing', 'stating', 'explaining', 'adding', 'asserting', 'contending'];
