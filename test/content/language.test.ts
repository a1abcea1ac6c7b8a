import { describe, expect, it } from 'vitest';
import { detectLanguage, functionWordLanguage, langFromHtmlAttribute, pageLanguage } from '../../src/content/language.js';
import { cleanPage } from '../../src/content/clean-page.js';

describe('language', () => {
  it.each([
    ['Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ đã có những chia sẻ về chính sách ngoại giao vaccine.', 'vi'],
    ['Vietnam telah mendapatkan komitmen untuk mendapatkan 130 juta dosis vaksin Covid-19 bagi 70 persen populasi.', 'id'],
    ['Vietnam expects to receive another 30 million doses of vaccine in September and October.', 'en'],
    ['Banjir besar melanda Jakarta pada hari Senin pagi', 'id'],
  ])('detects %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says und for text too short to tell, but short Vietnamese is recognised by its letters', () => {
    expect(detectLanguage('COVID-19')).toBe('und');
    expect(detectLanguage('Hà Nội')).toBe('vi');
  });

  it('reads <html lang> variants', () => {
    expect(langFromHtmlAttribute('id-ID')).toBe('id');
    expect(langFromHtmlAttribute('vi')).toBe('vi');
    expect(langFromHtmlAttribute('en_US')).toBe('en');
    expect(langFromHtmlAttribute('de')).toBe('und');
    expect(langFromHtmlAttribute('es-ES')).toBe('und');
    expect(langFromHtmlAttribute('')).toBeUndefined();
    expect(langFromHtmlAttribute('{{lang}}')).toBeUndefined();
    expect(langFromHtmlAttribute(undefined)).toBeUndefined();
  });

  it('takes <html lang> as the prior for short pages', () => {
    expect(pageLanguage('Vaksin tiba', 'id')).toBe('id');
    expect(pageLanguage('Vietnam telah mendapatkan komitmen untuk mendapatkan 130 juta dosis vaksin. '.repeat(4), 'en')).toBe('id');
  });

  it('keeps a page declared in another language und: franc knows only vi, id and en', () => {
    const spanish = 'El gobierno anunció el martes que la campaña de vacunación llegará a todas las provincias del país. '.repeat(4);
    expect(pageLanguage(spanish, undefined)).not.toBe('und');
    expect(pageLanguage(spanish, 'und')).toBe('und');
    expect(pageLanguage('Theo Bộ Y tế, các địa phương đã nhận được những lô vaccine và sẽ tiêm cho người dân. '.repeat(3), 'und')).toBe('vi');
  });
});

describe('functionWordLanguage', () => {
  it('decides when one language\'s function words dominate', () => {
    expect(functionWordLanguage('Vietnam telah menerima 10 juta dosis vaksin dari Jepang dan akan menerima lagi pada bulan ini untuk warga yang tinggal di kota.')).toBe('id');
    expect(functionWordLanguage('Theo Bộ Y tế, các địa phương đã nhận được những lô vaccine của Nhật Bản và sẽ tiêm cho người dân trong tháng này.')).toBe('vi');
    expect(functionWordLanguage('The ministry said that the doses were delivered to the provinces and will be used for the second round.')).toBe('en');
  });

  it('leaves mixed or function-word-poor text to franc', () => {
    expect(functionWordLanguage('Pfizer, AstraZeneca, Moderna, Sinopharm, Sputnik V')).toBeUndefined();
    expect(functionWordLanguage('the doses dari Jepang and vaksin untuk the city dan the people')).toBeUndefined();
  });
});

describe('cleanPage on a page declared in another language', () => {
  it('gives und to the page and every paragraph, where franc alone would say en or id', () => {
    const para = 'La policía informó el 4 de noviembre de 2015 que 120 personas fueron evacuadas de sus casas en la región.';
    const html = `<html lang="es"><head><title>Evacuados en la región</title></head><body><article><h1>Evacuados en la región</h1>
      <p>${para}</p><p>${para} Las autoridades dijeron que el agua bajará durante la semana.</p><p>${para}</p></article></body></html>`;
    const page = cleanPage(html, 'https://example.es/noticia');
    expect(page.text).toContain('La policía informó');
    expect(page.lang).toBe('und');
    expect(new Set(page.paragraphs.map((p) => p.lang))).toEqual(new Set(['und']));
    const undeclared = cleanPage(html.replace('<html lang="es">', '<html>'), 'https://example.es/noticia');
    expect(undeclared.lang).not.toBe('und');
  });
});
