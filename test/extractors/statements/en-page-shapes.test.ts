import { describe, expect, it } from 'vitest';
import { enStatementExtractor } from '../../../src/extractors/en/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/* English shapes of news pages, on invented text: split quotes, present-tense verbs, unnamed speakers. */

function statements(text: string): Array<{ key: string | null; name: string | null; title: string | null; quote: string }> {
  const doc = docFromText(['Headline', ...text.split(' || ')], { lang: 'en' });
  return enStatementExtractor.extract(doc).flatMap((f) => {
    if (f.type !== 'statement') return [];
    expect(doc.text.slice(f.start, f.end)).toBe(f.text);
    return [{ key: f.speaker.key, name: f.speaker.name, title: f.speaker.title, quote: f.quote }];
  });
}

/** Each statement's speaker key and title. */
const keyTitles = (text: string): Array<[string | null, string | null]> =>
  statements(text).map((s) => [s.key, s.title]);

describe('English page shapes', () => {
  it('joins the halves of a quote split by its attribution into one statement', () => {
    const got = statements(
      'Coach Lou Holtz spoke on Sunday. || "We will keep the team together," Holtz said. "It is our job to win."',
    );
    expect(got).toEqual([
      { key: 'lou holtz', name: 'Lou Holtz', title: 'Coach', quote: 'We will keep the team together, It is our job to win.' },
    ]);
    const mid = statements('Mayor Ann Lee spoke. || "It is not dramatic," she added, "but it could make a difference."');
    expect(mid.map((s) => s.quote)).toEqual(['It is not dramatic, but it could make a difference.']);
  });

  it('keeps a later quote with a reporting verb of its own, after a finished sentence, apart', () => {
    const got = statements(
      'Defense Secretary Robert Gates spoke in San Francisco. || ' +
        '"It is proper to ask whether landings are feasible," Gates said. "New missiles may make it necessary to ' +
        'stay far out at sea," Gates told an audience.',
    );
    expect(got.map((s) => s.key)).toEqual(['robert gates', 'robert gates']);
  });

  it('reads present-tense verbs of feature stories', () => {
    const got = statements('Republican Sen. Scott Beason wrote the bill. || Beason predicts that the trickle will become a rush.');
    expect(got).toMatchObject([{ key: 'scott beason', quote: 'the trickle will become a rush' }]);
  });

  it('gives an unnamed speaker a title, not a name', () => {
    const got = statements(
      'Legislators said the law would help legal residents find work. || ' +
        '"People are just not going to work this week," the woman said. || ' +
        'Farmer Chad Smith said his family farm stands to lose a lot of money.',
    );
    expect(got.map((s) => [s.name, s.title])).toEqual([
      [null, 'Legislators'],
      [null, 'woman'],
      ['Chad Smith', 'Farmer'],
    ]);
  });

  it('reads no statement in what follows a quote’s own attribution, nor in a quoted name', () => {
    const got = statements(
      'Cristian Gonzalez lives in Birmingham with her husband. || ' +
        '"We are just trying to stay one more year," she said, her voice trailing off as she shook her head. || ' +
        'In a letter to the "Apple community," Gonzalez said she would stay.',
    );
    expect(got.map((s) => [s.key, s.quote])).toEqual([['cristian gonzalez', 'We are just trying to stay one more year']]);
  });

  it('gives a company the page names in full, or a firm, as an organisation, and a surname as a person', () => {
    const kinds = (text: string) => {
      const doc = docFromText(['Headline', ...text.split(' || ')], { lang: 'en' });
      return enStatementExtractor.extract(doc).flatMap((f) => (f.type === 'statement' ? [[f.speaker.name, f.speaker.kind]] : []));
    };
    expect(kinds('Apple Inc. makes phones. || Apple said the chairman had resigned on Wednesday.')).toEqual([
      ['Apple', 'organisation'],
    ]);
    expect(kinds('Souness said the club had found the ideal candidate.')).toEqual([['Souness', 'person']]);
    expect(kinds('Anti-virus firm Sophos said the source code had been posted on the net.')).toEqual([
      ['Sophos', 'organisation'],
    ]);
    expect(kinds('The list is compiled by Stuff Magazine. || Next year will see a new set of gadgets, Stuff predicts.')).toEqual([
      ['Stuff', 'organisation'],
    ]);
  });

  it('reads a body whose name opens with a tail word, or goes on after "of", as one organisation', () => {
    const orgs = (text: string) =>
      enStatementExtractor
        .extract(docFromText(['Headline', text], { lang: 'en' }))
        .flatMap((f) => (f.type === 'statement' ? [[f.speaker.name, f.speaker.org, f.speaker.kind]] : []));
    expect(orgs('The International Energy Agency says the industry must close more mines in the coming years.')).toEqual([
      [null, 'International Energy Agency', 'organisation'],
    ]);
    expect(orgs('The Chicago Department of Aviation said that operations continued to run smoothly.')).toEqual([
      [null, 'Chicago Department of Aviation', 'organisation'],
    ]);
  });

  it('takes a body after "of" as the speaker’s own, and reads CIO and Capt. (Captain) as titles', () => {
    const got = keyTitles(
      'Capt. Ann Marlow of the Linden Police Department told reporters that an officer approached the man.',
    );
    expect(got).toEqual([['ann marlow', 'Captain']]);
    const cio = statements(
      'At the home of Verizon CIO Shaygan Kheradpir, executives showed off the app. || ' +
        'Kheradpir said that the app is technically ready to go.',
    );
    expect(cio.map((s) => s.key)).toEqual(['shaygan kheradpir']);
  });

  it('lets a pronoun after a nameless speaker point to no one rather than to the person that speaker named', () => {
    const got = keyTitles(
      'The show was put together by producer Andi Peters. || ' +
        'A BBC spokeswoman said Andi Peters would continue as executive producer on the show. || ' +
        'She said that issues over the exact format of the programme were still to be decided.',
    );
    expect(got).toEqual([[null, 'spokeswoman']]);
  });

  it('reads two offices before a name as one title, and a description holding "F.B.I.’s" as one', () => {
    const ford = statements(
      '"In 2004, our company gained momentum," said chairman and chief executive officer Bill Ford. || ' +
        '"We also confronted operating challenges with our Jaguar brand," he added.',
    );
    expect(ford.map((s) => s.key)).toEqual(['bill ford', 'bill ford']);
    const fbi = keyTitles(
      'Assistant Director William F. Sweeney, who heads the F.B.I.’s New York office, said investigators had found no cell.',
    );
    expect(fbi).toEqual([['william f sweeney', 'Assistant Director']]);
  });

  it('reads the clause before "…, X said, but …" as the statement, and "Captain X" as the "Capt." named before', () => {
    const got = statements(
      'Capt. Ann Marlow of the Linden Police Department spoke on Monday. || ' +
        'The officer ordered him to show his hands, Captain Marlow said, but instead, he pulled out a handgun.',
    );
    expect(got).toMatchObject([{ key: 'ann marlow', quote: 'The officer ordered him to show his hands' }]);
  });

  it('lets an age and a short description closed by a comma stand between a speaker and the verb', () => {
    const got = keyTitles(
      'Dana Marlow, 36, the owner of a store near where the battle unfolded, said he opened his front door. || ' +
        'The authorities, who are eager to talk to the men, said that their handling may have disabled the device.',
    );
    expect(got).toEqual([
      ['dana marlow', null],
      [null, 'Authorities'],
    ]);
  });

  it('reads "the Energy Commission staff reported", "Trump more recently has said", and not three words said', () => {
    const got = keyTitles(
      'TVs use a tenth of household power, the Energy Commission staff reported. || ' +
        'Global warming is a hoax. Donald Trump has said that more than once. || ' +
        'Trump more recently has said he has an open mind about global warming.',
    );
    expect(got).toEqual([
      [null, 'staff'],
      ['donald trump', null],
    ]);
  });

  it('reads a statement after a quote that ended its sentence, even where no word stands between them', () => {
    const got = statements(
      '"We try to limit the approval process," said Nancy Silvestri, the agency spokesperson. "We decide locally." ' +
        'That allows notifications to go out without being bogged down in red tape, she said.',
    );
    expect(got.map((s) => s.quote)).toEqual([
      'We try to limit the approval process, We decide locally.',
      'That allows notifications to go out without being bogged down in red tape',
    ]);
  });

  it('reads no statement of the writer in a report that holds another person’s report', () => {
    const got = statements(
      'Investigator Robert Cornett wrote the report. || ' +
        'After the gunfire stopped, Avalos said she went outside to find her boyfriend, Cornett wrote.',
    );
    expect(got).toEqual([]);
  });
});
