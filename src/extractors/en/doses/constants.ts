import { COMMON_COUNTERPARTS, NAMED_VACCINES, parseEllipsis, type DoseVocab } from '../../common/doses/index.js';
import { wordAlternation } from '../../common/numbers/index.js';
import { EN_NUMBERS } from '../numbers/index.js';
import enEllipsis from './ellipsis.json' with { type: 'json' };

const VACCINE = ['vaccine', 'vaccines', 'jab', 'jabs'];
const DRUG = ['drug', 'drugs', 'medicine', 'medicines', 'molnupiravir', 'remdesivir', 'paxlovid', 'favipiravir', 'antiviral', 'antivirals', 'treatment'];
/** Words before "countries" in a recipient: "to 14 developing nations", "to other poorer countries". */
const COUNTRY_QUALIFIERS = `(?:(?:${wordAlternation(['other', 'poorer', 'poor', 'developing', 'low-income', 'several', 'many', 'more than', 'over', 'some', 'the'])})\\s+)*`;
const NAMED_ONE = wordAlternation(Object.keys(NAMED_VACCINES));
// "Pfizer và AstraZeneca": several named vaccines in one figure.
const NAMED = `(?:${NAMED_ONE})(?:\\s*(?:,|\\s(?:${wordAlternation(['and'])}))\\s*(?:${NAMED_ONE}))*`;

export const EN_DOSES: DoseVocab = {
  lang: 'en',
  numbers: EN_NUMBERS,
  units: ['doses', 'dose', 'shots', 'jabs', 'vials', 'vaccines'],
  // "shots" is a vaccine shot only where the sentence is about vaccines ("30 shots on goal" is not).
  // "2.7 million Pfizer vaccines" and "294 840 vaccines" count doses; "three vaccines" counts kinds (a counted
  // thousand never does: as id "1.424.000 vaksin" and vi).
  gatedUnits: { vaccines: { scaled: true, counted: 'vaccin' }, shots: { scaled: true, sentence: 'vaccin|covid|coronavirus|booster|inocul|immuni|jab|administ|inject|pfizer|moderna|astrazeneca|sinopharm|sinovac' } },
  unitItem: { shots: 'vaccine', jabs: 'vaccine', vaccines: 'vaccine' },
  // "8 million bulk doses", "4 million finished doses": the form of the doses, between the amount and its unit.
  modifiers: ['more', 'additional', 'extra', 'further', 'new', 'donated', 'bulk', 'finished', 'ready-to-use', 'vaccine', 'vaccines', 'covid', 'covid-19', 'coronavirus', 'booster', ...Object.keys(NAMED_VACCINES)],
  itemTail: `\\s+of(?:\\s+(?:the|a|an))?(?:\\s+(?:${NAMED}|covid-19|covid|coronavirus))*\\s+(?:${wordAlternation([...VACCINE, ...DRUG])}|${NAMED})(?![\\p{L}\\p{N}])`,
  approx: ['about', 'around', 'nearly', 'exceeded', 'exceeding', 'surpassed', 'topped', 'almost', 'more than', 'over', 'some', 'roughly', 'approximately', 'at least', 'close to', 'up to', 'fewer than', 'less than', 'under', 'just over', 'just under', 'well over', 'an estimated', 'an additional estimated'],
  range: { from: ['from'], to: ['to'], between: ['between'], and: ['and'] },
  ellipsis: parseEllipsis(enEllipsis, 'src/extractors/en/doses/ellipsis.json'),
  vague: '(?:(?:tens|hundreds)\\s+of\\s+)?(?:thousands|millions|billions)\\s+of|(?:several|a\\s+few|many)\\s+(?:thousand|million|billion)',
  items: { vaccine: VACCINE, drug: DRUG, named: NAMED_VACCINES },
  cues: [
    { status: 'committed', words: ['committed', 'commitment', 'commitments', 'pledged', 'pledge', 'pledges', 'contracted', 'contract', 'contracts', 'ordered', 'orders', 'purchased', 'purchase', 'bought', 'buy', 'secured', 'signed', 'deal', 'deals', 'agreement', 'procured', 'mobilised', 'mobilized', 'decided to', 'promised', 'promised to', 'agreed to'] },
    { status: 'received', words: ['received', 'receive', 'receives', 'receiving', 'delivery', 'deliveries', 'arrived', 'arrive', 'arrives', 'arriving', 'arrival', 'landed', 'imported', 'provided', 'supplied', 'supplying'] },
    { status: 'received', source: true, words: ['delivered', 'deliver', 'delivers', 'shipped', 'ship', 'ships', 'supplied', 'supply', 'provided', 'provide', 'provides', 'handed over'] },
    { status: 'received', weak: true, position: 'before', words: ['has', 'have', 'had', 'got', 'obtained', 'acquired'] },
    { status: 'allocated', words: ['distributed', 'distribute', 'distributing', 'distribution', 'allocated', 'allocate', 'allocation', 'allotted', 'transferred to', 'sent to'] },
    // Needs name no delivery: "Vietnam needs 150 million doses".
    { status: 'unknown', words: ['need', 'needs', 'needed', 'require', 'requires', 'required'] },
    // Production and capacity name no delivery; planned, they are expected ("will produce 40 million doses").
    { status: 'unknown', production: true, words: ['produce', 'produces', 'produced', 'production', 'manufacture', 'manufactured', 'capacity'] },
    { status: 'administered', words: ['administered', 'administer', 'administering', 'given', 'injected', 'gave out', 'given out'] },
    // Doses given to countries are a gift, not injections: "Japan has given out 23 million doses … to countries in
    // South Asia", "gave 500,000 doses to 12 nations" (not "given to 2,000 people").
    {
      status: 'donated',
      patterns: [
        `(?:given|gave|give|gives|giving)(?:\\s+(?:out|away))?(?=[^.;:]{0,120}?\\s+to\\s+${COUNTRY_QUALIFIERS}(?:\\p{N}+\\s+)?${COUNTRY_QUALIFIERS}(?:countries|nations)(?![\\p{L}]))`,
      ],
    },
    { status: 'donated', words: ['donated', 'donate', 'donates', 'donating', 'donation', 'donations', 'gifted', 'gift', 'shared', 'share', 'shares', 'sharing'] },
  ],
  modifiersOfCues: {
    past: ['has', 'had'],
    futureSpansFigure: false,
    futurePlansCommitment: false,
    // Efforts and hopes are no event yet: "working to get access to 1.8 million doses", "hopes to obtain" (not "aims to":
    // a goal of vaccinating with doses names no delivery).
    future: ['will', 'would', 'expected', 'expects', 'expecting', 'set to', 'due to', 'scheduled', 'slated', 'plans to', 'planned', 'is to', 'are to', 'upcoming', 'working to', 'seeking to', 'seeks to', 'hopes to', 'hoping to', 'trying to', 'looking to'],
    // Headlines: "Vietnam to receive 500,000 doses".
    // Near the start or after the doses ("expects 16 million doses to arrive"): "A ceremony was held … to receive
    // 200,000 doses" is a purpose, not a plan.
    futurePatterns: [
      '(?:(?<=^[^,;:]{0,30})|(?<=(?:doses|dose|shots|jabs|vaccines)\\s))to(?=\\s+(?:receive|get|obtain|arrive|take delivery|be (?:delivered|shipped|sent|given)))',
      // "is going to receive" is a plan; "with the most going to Đắk Lắk Province" is where the doses went.
      'going\\s+to(?=\\s+(?:be|get|receive|take|have|arrive|buy|purchase|order|deliver|ship|send|give|provide|supply|donate|distribute|administer|use|start|begin)(?![\\p{L}\\p{N}]))',
      // Waited for, not yet here (as id "menunggu"): "awaiting the arrival of 1,600 more doses", "waiting for 40,000
      // doses"; only when what is waited for is the doses or their delivery ("After waiting for weeks, … received").
      '(?:awaiting|awaits|await|waiting\\s+for)(?=\\s+(?:the\\s+)?(?:arrival|delivery|shipment|\\p{N}|another|more|an\\s+additional|additional))',
    ],
    condition: ['if', 'unless', 'provided that'],
    negation: ['not', 'never', 'yet to', "hasn't", "haven't", "didn't", "hasn’t", "haven’t", "didn’t", 'failed to'],
    purpose: [],
  },
  clauseBreaks: ['but', 'while', 'whereas', 'although', 'though', 'however', 'of which', 'of them', 'among them'],
  // Vietnam and Indonesia are the receiving side in these sites' news: never listed as counterparts.
  counterparts: {
    ...COMMON_COUNTERPARTS,
    'United States': 'United States',
    US: 'United States',
    'U.S.': 'United States',
    America: 'United States',
    Washington: 'United States',
    Japan: 'Japan',
    China: 'China',
    Beijing: 'China',
    Russia: 'Russia',
    UK: 'United Kingdom',
    Britain: 'United Kingdom',
    'United Kingdom': 'United Kingdom',
    France: 'France',
    Germany: 'Germany',
    Australia: 'Australia',
    India: 'India',
    Switzerland: 'Switzerland',
    'South Korea': 'South Korea',
    Canada: 'Canada',
    Italy: 'Italy',
    Netherlands: 'Netherlands',
    Poland: 'Poland',
    Hungary: 'Hungary',
    Singapore: 'Singapore',
    'New Zealand': 'New Zealand',
    Cuba: 'Cuba',
    'European Union': 'European Union',
    EU: 'European Union',
    'Team Europe': 'European Union',
    'World Health Organization': 'WHO',
  },
  sourceMarkers: ['from', 'by', 'via', 'through', 'with', 'under'],
  listJoiners: ['and', 'and the', 'as well as', 'as well as the'],
  relatives: ['which', 'that', 'who'],
  ratioAfter: ['per 100', 'per hundred', 'per 1,000', 'for every 100', 'per capita', 'per person', 'per head'],
  smallCountAfter: ['received', 'has received', 'took delivery of'],
  currencies: ['USD', 'US$', 'EUR', 'worth', 'costing', 'price', 'priced at'],
};
