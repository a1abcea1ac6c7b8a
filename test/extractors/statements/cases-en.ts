import type { Case } from './support.js';

/** English statements: written for this extractor, not taken from its fixtures. */
export const EN_CASES: Case[] = [
  {
    name: 'title + name said',
    text: 'Deputy Foreign Minister Nguyen Minh Vu said Vietnam would receive 30 million more doses in September and October.',
    expect: [{ key: 'nguyen minh vu', title: 'Deputy Foreign Minister', org: 'Ministry of Foreign Affairs', direct: false, verb: 'said', quote: 'Vietnam would receive 30 million more doses in September and October' }],
  },
  {
    name: 'stressed that',
    text: 'Health Minister Nguyen Thanh Long stressed that vaccines must reach the provinces within 48 hours.',
    expect: [{ key: 'nguyen thanh long', title: 'Health Minister', org: 'Ministry of Health', direct: false, verb: 'stressed', quote: 'vaccines must reach the provinces within 48 hours' }],
  },
  {
    name: '"…," X said',
    text: '"We will not let a single dose go to waste," Prime Minister Pham Minh Chinh said.',
    expect: [{ key: 'pham minh chinh', title: 'Prime Minister', direct: true, verb: 'said', quote: 'We will not let a single dose go to waste' }],
  },
  {
    name: '"…," said X',
    text: '“Vietnam has secured enough vaccines for 70 percent of its people,” said Deputy Prime Minister Vu Duc Dam.',
    expect: [{ key: 'vu duc dam', title: 'Deputy Prime Minister', direct: true, verb: 'said', quote: 'Vietnam has secured enough vaccines for 70 percent of its people' }],
  },
  {
    name: 'according to X, …',
    text: 'According to Foreign Ministry spokesperson Le Thi Thu Hang, Vietnam has received vaccines from 20 countries.',
    expect: [{ key: 'le thi thu hang', title: 'Foreign Ministry spokesperson', org: 'Ministry of Foreign Affairs', direct: false, verb: 'according to', quote: 'Vietnam has received vaccines from 20 countries' }],
  },
  {
    name: '…, according to the X.',
    text: 'Vietnam will receive another 1.5 million doses of Moderna next week, according to the US Embassy in Hanoi.',
    expect: [{ key: null, org: 'US Embassy', direct: false, verb: 'according to', quote: 'Vietnam will receive another 1.5 million doses of Moderna next week' }],
  },
  {
    name: '"He" refers back',
    text: ['Deputy Health Minister Tran Van Thuan visited the vaccine storage facility on Monday.', 'He said the facility could store 10 million doses at minus 70 degrees.'],
    expect: [{ key: 'tran van thuan', title: 'Deputy Health Minister', direct: false, quote: 'the facility could store 10 million doses at minus 70 degrees' }],
  },
  {
    name: '"The minister" refers back and keeps the full title',
    text: ['Health Minister Nguyen Thanh Long met provincial leaders on Tuesday.', 'The minister urged them to speed up vaccinations for the elderly.'],
    expect: [{ key: 'nguyen thanh long', title: 'Health Minister', direct: false, verb: 'urged', quote: 'them to speed up vaccinations for the elderly' }],
  },
  {
    name: 'surname refers back',
    text: ['Deputy Foreign Minister Nguyen Minh Vu briefed reporters in Hanoi.', '"We are mobilising every partner we have," Vu said.'],
    expect: [{ key: 'nguyen minh vu', title: 'Deputy Foreign Minister', direct: true, quote: 'We are mobilising every partner we have' }],
  },
  {
    name: 'told reporters that, organisation before the title',
    text: 'WHO Representative in Vietnam Kidong Park told reporters that the country’s vaccination pace was impressive.',
    expect: [{ key: 'kidong park', title: 'Representative', org: 'WHO', direct: false, verb: 'told', quote: 'the country’s vaccination pace was impressive' }],
  },
  {
    name: 'said: "…"',
    text: 'Prime Minister Pham Minh Chinh said: "Vaccines are the most important weapon now."',
    expect: [{ key: 'pham minh chinh', direct: true, quote: 'Vaccines are the most important weapon now.' }],
  },
  {
    name: 'quote over two paragraphs',
    text: ['Deputy Prime Minister Vu Duc Dam said:', '"The vaccine strategy has three pillars.', '"We negotiate, we produce, and we share."'],
    expect: [{ key: 'vu duc dam', direct: true, quote: 'The vaccine strategy has three pillars.\n\nWe negotiate, we produce, and we share.' }],
  },
  {
    name: 'appositive title',
    text: 'Nguyen Thanh Long, the health minister, said 20 million people had been vaccinated.',
    expect: [{ key: 'nguyen thanh long', title: 'Health Minister', direct: false, quote: '20 million people had been vaccinated' }],
  },
  {
    name: 'unnamed spokesperson',
    text: 'A Health Ministry spokesperson said the shipment arrived at Noi Bai airport early on Sunday.',
    expect: [{ key: null, title: 'Health Ministry spokesperson', org: 'Ministry of Health', direct: false, quote: 'the shipment arrived at Noi Bai airport early on Sunday' }],
  },
  {
    name: '…, she said.',
    text: ['UNICEF Representative Rana Flowers visited Hanoi.', 'Children will be protected too, she said.'],
    expect: [{ key: 'rana flowers', title: 'Representative', org: 'UNICEF', direct: false, quote: 'Children will be protected too' }],
  },
  {
    name: 'an organisation noted that',
    text: 'The World Health Organization noted that vaccine supplies to Southeast Asia had improved.',
    expect: [{ key: null, org: 'World Health Organization', direct: false, verb: 'noted', quote: 'vaccine supplies to Southeast Asia had improved' }],
  },
  {
    name: 'first name refers back (Indonesian)',
    text: ['Indonesian Foreign Minister Retno Marsudi spoke at the summit.', 'Retno added that vaccine equity remained a global challenge.'],
    expect: [{ key: 'retno marsudi', title: 'Foreign Minister', direct: false, verb: 'added', quote: 'vaccine equity remained a global challenge' }],
  },
  {
    name: 'warned that',
    text: 'Governor Anies Baswedan warned that Jakarta could face another wave in December.',
    expect: [{ key: 'anies baswedan', title: 'Governor', direct: false, verb: 'warned', quote: 'Jakarta could face another wave in December' }],
  },
  {
    name: 'an unknown surname keeps no key',
    text: 'More than 2 million doses will arrive this week, Vu said.',
    expect: [{ key: null, direct: false, quote: 'More than 2 million doses will arrive this week' }],
  },
  {
    name: 'dateline and a trailing clause',
    text: 'HANOI — China will deliver 500,000 doses to Vietnam in early August, the Vietnamese Foreign Ministry said on Tuesday, as the country battles its worst outbreak.',
    expect: [{ key: null, org: 'Vietnamese Foreign Ministry', direct: false, quote: 'China will deliver 500,000 doses to Vietnam in early August' }],
  },
  {
    name: 'said earlier that',
    text: 'Deputy Foreign Minister Nguyen Minh Vu said earlier that Vietnam expected about 30 million doses in September.',
    expect: [{ key: 'nguyen minh vu', direct: false, quote: 'Vietnam expected about 30 million doses in September' }],
  },
  {
    name: 'floating quote continues the previous speaker',
    text: ['Prime Minister Pham Minh Chinh said vaccination was the top priority for every province.', '"Every dose that arrives in Vietnam must be used immediately."'],
    expect: [
      { key: 'pham minh chinh', direct: false, quote: 'vaccination was the top priority for every province' },
      { key: 'pham minh chinh', direct: true, quote: 'Every dose that arrives in Vietnam must be used immediately.' },
    ],
  },
  {
    name: 'a reported clause that starts with a scare quote',
    text: 'Deputy Foreign Minister Nguyen Minh Vu said "vaccine diplomacy" had become a priority for every embassy.',
    expect: [{ key: 'nguyen minh vu', direct: false, verb: 'said', quote: '"vaccine diplomacy" had become a priority for every embassy' }],
  },
  {
    name: '"Dr" + surname refers to the director named before',
    text: ['Pan American Health Organization Director Carissa F. Etienne spoke on Wednesday.', 'Dr. Etienne warned that some countries had scaled back public health measures too early.'],
    expect: [{ key: 'carissa f etienne', direct: false, verb: 'warned', quote: 'some countries had scaled back public health measures too early' }],
  },
  {
    name: '"said nothing" is what was said',
    text: 'Deputy Health Minister Tran Van Thuan said nothing would delay the second shipment of doses.',
    expect: [{ key: 'tran van thuan', direct: false, quote: 'nothing would delay the second shipment of doses' }],
  },
  { name: 'said, adding that …', text: 'Prince Harry said, adding that he was not prepared for that moment at all.', expect: [] },
  // Not statements.
  { name: 'scare quotes', text: 'The so-called "vaccine diplomacy" has delivered results for the country.', expect: [] },
  { name: 'film title', text: 'The film "Frontline Heroes of the Pandemic" premiered in Hanoi on Friday.', expect: [] },
  { name: 'book title', text: 'His book "Beating the Virus in Vietnam" sold 10,000 copies.', expect: [] },
  { name: 'headline in quotes', raw: true, text: ['"We will win this fight," says Prime Minister', 'Body text here.'], expect: [] },
  { name: 'programme name', text: 'The programme "Vaccines for Everyone" will expand to rural districts.', expect: [] },
  { name: 'said in a statement', text: 'Health officials said in a statement.', expect: [] },
  { name: 'according to data', text: 'According to data from the ministry, 20 million people have been vaccinated.', expect: [] },
  { name: 'scare quote with an unlisted verb', text: 'Officials described the shipment as a "game changer" for the south.', expect: [] },
  { name: 'no reporting verb', text: 'Deputy Foreign Minister Nguyen Minh Vu met the US ambassador on Monday.', expect: [] },
  { name: 'short quoted term', text: 'Hanoi entered a "new normal" phase after the lockdown.', expect: [] },
  { name: 'campaign name', text: 'The campaign "Vaccine for Life" raised $2 million in a week.', expect: [] },
];
