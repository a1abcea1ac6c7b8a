import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';
import { headlineOf } from '../../src/content/headline-choice.js';

describe('the heading or the declared headline', () => {
  it('takes the declared headline when a kicker is fused before it in the heading', () => {
    expect(headlineOf('EXKLUSIV Stadtrat beschließt neuen Radweg am Fluss', 'Stadtrat beschließt neuen Radweg am Fluss')).toBe(
      'Stadtrat beschließt neuen Radweg am Fluss',
    );
  });

  it('takes it when a badge or markup debris follows it in the heading', () => {
    expect(headlineOf('Le marché couvert rouvre ses portes Abonnés', 'Le marché couvert rouvre ses portes')).toBe(
      'Le marché couvert rouvre ses portes',
    );
    expect(headlineOf('Chợ nổi mở cửa lại sau mùa lũ</>', 'Chợ nổi mở cửa lại sau mùa lũ')).toBe('Chợ nổi mở cửa lại sau mùa lũ');
  });

  it('keeps a heading worded otherwise, one that adds more than a few words, or its own punctuation', () => {
    expect(headlineOf('Warga Bekasi mengungsi karena banjir', 'Banjir rendam ratusan rumah di Bekasi')).toBe('Warga Bekasi mengungsi karena banjir');
    expect(headlineOf('Council approves riverside cycle path after long public debate', 'Council approves riverside cycle path')).toBe(
      'Council approves riverside cycle path after long public debate',
    );
    expect(headlineOf('Council approves riverside cycle path!', 'Council approves riverside cycle path')).toBe('Council approves riverside cycle path!');
  });

  it('falls back to whichever of the two the page has', () => {
    expect(headlineOf(null, 'Council approves riverside cycle path')).toBe('Council approves riverside cycle path');
    expect(headlineOf('Council approves riverside cycle path', null)).toBe('Council approves riverside cycle path');
  });

  it('gives the article its declared headline when the page heading carries a kicker', () => {
    const para = 'Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau eines neuen Radwegs entlang des Flussufers beschlossen, sagte die Bürgermeisterin.';
    const html = `<html><head><title>Stadtrat beschließt neuen Radweg am Fluss | Stadtblatt</title>
      <meta property="og:title" content="Stadtrat beschließt neuen Radweg am Fluss"></head>
      <body><article><h1><span class="kicker">EXKLUSIV</span> Stadtrat beschließt neuen Radweg am Fluss</h1>
      <p>${para}</p><p>${para} Die Arbeiten beginnen im Frühjahr.</p></article></body></html>`;
    const page = cleanPage(html, 'https://stadtblatt.example.de/lokales/radweg-fluss');
    expect(page.title).toBe('Stadtrat beschließt neuen Radweg am Fluss');
  });
});
