import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { enStatementExtractor } from '../../../src/extractors/en/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * Speakers over a whole English article, on invented text: short names, titles that are surnames, pronouns,
 * acronyms and unreadable attributions. Paragraphs are separated by " || "; every statement found is listed.
 */

function speakers(text: string): Array<Speaker & { quote: string }> {
  const doc = docFromText(['Headline', ...text.split(' || ')], { lang: 'en' });
  return enStatementExtractor
    .extract(doc)
    .flatMap((f) => (f.type === 'statement' ? [{ ...f.speaker, quote: f.quote }] : []));
}

function expectKeys(text: string, keys: Array<string | null>): void {
  expect(speakers(text).map((s) => s.key)).toEqual(keys);
}

describe('whole-article speakers (en)', () => {
  it('a function word opening a sentence is not the first name of the person after it', () => {
    expectKeys(
      'Phone maker Dana Marlow built the device. || Once Marlow started testing it, sales grew. || ' +
        '"The phone works well in the rain," Marlow said.',
      ['dana marlow'],
    );
  });

  it('"on" links a body to its field: the Committee on Health and Safety speaks, not a person named Safety', () => {
    const found = speakers('The Committee on Health and Safety said the plan would be costly.');
    expect(found.map((s) => [s.name, s.org, s.kind])).toEqual([[null, 'Committee on Health and Safety', 'organisation']]);
  });

  it('a lone capitalised word after "Capitalised and" is no person: officials from Health and Safety speak', () => {
    const found = speakers('Officials from Health and Safety said the plan would be costly for the city.');
    expect(found.filter((s) => s.name === 'Safety')).toEqual([]);
  });

  it('a full name opening a clause after a comma is the person a later "he" means, not a name in a list', () => {
    expectKeys(
      'Delta’s Kent Powell reported three cancellations. || ' +
        'At US Airways, Todd Lehmacher called the impact minimal. The impact was worse at the regional carrier, which ' +
        'tallied 56 cancellations because of the weather, he said.',
      ['todd lehmacher'],
    );
  });

  it('a pronoun that spoke is the person a later pronoun prefers over another name in that sentence', () => {
    expectKeys(
      'Robert Godby spoke on Monday. || Automation is making Illinois coal competitive, Godby said. || ' +
        'But the plan Mr Tom Jones wrote for the basin is so attractive that the state will cope, he added. || ' +
        '"I always say the last coal train will leave from Wyoming," he said.',
      ['robert godby', 'robert godby', 'robert godby'],
    );
  });

  it('an all-caps credit line closing the article with a title throws nothing and is no statement', () => {
    const text =
      'But, as the Joint Committee on Health and Safety has pointed out, the plan would be costly. || ' +
      'JOHN SMITH IS THE CITY NEWS POLITICAL EDITOR';
    expect(() => speakers(text)).not.toThrow();
    expect(speakers(text).filter((s) => s.quote.includes('EDITOR'))).toEqual([]);
  });

  it('a short name is the full name written earlier, even where that name did not speak', () => {
    expectKeys(
      'Two analysts, Lou Holtz and Mark Smith, are paid to disagree on the air. || ' +
        '"We just have a different way of looking at things," Holtz said.',
      ['lou holtz'],
    );
  });

  it('a surname that is also a title word stays the name', () => {
    expectKeys(
      'The drug rewires the brain, said study co-author Paul Expert, a physicist at a London college. || ' +
        'People with the condition may see colours in music, Expert said.',
      ['paul expert', 'paul expert'],
    );
  });

  it('a pronoun looks back from the start of the statement, not into what was said', () => {
    expectKeys(
      'The gunman has not been identified, Lt. David Lee said. || ' +
        'His payment seems to have been a relationship with Avalos, he said.',
      ['david lee', 'david lee'],
    );
  });

  it('a pronoun skips a person of the other gender, and gives no statement when unsure of anyone', () => {
    const got = speakers('Spokeswoman Mary Jones met Sir John Brown on Monday. || "We will help the families," she said.');
    expect(got.map((s) => s.key)).toEqual(['mary jones']);
    const none = speakers('Sir John Brown met Sir Peter Green on Monday. || "We will help the families," he said.');
    expect(none.map((s) => s.key)).toEqual([]);
  });

  it('a pronoun takes the one who speaks in a sentence naming several people of its gender', () => {
    expectKeys(
      'Tom Cook runs the company. John Hill founded it. || ' +
        'Mark Green, an analyst at a small bank, said Cook was the right choice to replace Hill. || ' +
        '"He has run the company twice before," he said.',
      ['mark green', 'mark green'],
    );
  });

  it('a person named in the pronoun’s own sentence needs the sentence before to agree, or no one speaks', () => {
    const got = speakers(
      'Palaniappan Chidambaram argued that the rules must change for poorer nations. || ' +
        'At a dinner hosted by finance minister Gordon Brown on Friday, he said that he favoured floating exchange rates.',
    );
    expect(got.map((s) => s.key)).toEqual(['palaniappan chidambaram']);
  });

  it('an organisation acronym carries the name the article spells out', () => {
    const [gm] = speakers('General Motors has warned of lower profits. || GM said that healthcare costs would hurt its results.');
    expect(gm).toMatchObject({ name: null, key: null, kind: 'organisation', org: 'General Motors (GM)' });
  });

  it('a spokesman for a company the vocabulary does not know', () => {
    const [s] = speakers('"We have checked and there is nothing wrong on our end," a Singapore-based spokesman for Google said.');
    expect(s).toMatchObject({ name: null, key: null, title: 'spokesman', org: 'Google' });
  });

  it('an attribution it cannot read gives no statement rather than one of the previous speaker', () => {
    const got = speakers(
      '"The first quote is long enough to count," John Smith said. || ' +
        '"The second quote is long enough as well," said a volunteer at the site, who asked not to be named.',
    );
    expect(got.map((s) => s.key)).toEqual(['john smith']);
  });
});
