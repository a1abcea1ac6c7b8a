import { describe, expect, it } from 'vitest';
import { detectLanguage, functionWordLanguage, langFromHtmlAttribute, pageLanguage } from '../../src/content/language.js';

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
    expect(langFromHtmlAttribute('de')).toBeUndefined();
    expect(langFromHtmlAttribute(undefined)).toBeUndefined();
  });

  it('takes <html lang> as the prior for short pages', () => {
    expect(pageLanguage('Vaksin tiba', 'id')).toBe('id');
    expect(pageLanguage('Vietnam telah mendapatkan komitmen untuk mendapatkan 130 juta dosis vaksin. '.repeat(4), 'en')).toBe('id');
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
