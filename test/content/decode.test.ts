import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml, MAX_HTML_BYTES } from '../../src/content/decode.js';
import { NewsfactsError } from '../../src/core/index.js';
import { encodeWindows1258 } from '../support/encode-windows-1258.js';

const VI = '<html><head><title>Tin</title></head><body><p>Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ cho biết.</p></body></html>';

describe('decodeHtml', () => {
  it('decodes UTF-8 and normalises to NFC', () => {
    const decomposed = VI.normalize('NFD');
    const { html, charset } = decodeHtml(Buffer.from(decomposed, 'utf8'), 'a.html');
    expect(charset).toBe('utf-8');
    expect(html).toBe(VI.normalize('NFC'));
    expect(html).not.toBe(decomposed);
  });

  it('uses the HTTP header charset first', () => {
    const bytes = encodeWindows1258(VI);
    const { html, charset } = decodeHtml(bytes, 'a.html', 'text/html; charset=windows-1258');
    expect(charset).toBe('windows-1258');
    expect(html).toContain('Nguyễn Minh Vũ');
  });

  it('reads <meta charset> when there is no header', () => {
    const page = `<html><head><meta charset="windows-1258"></head><body><p>Thứ trưởng Vũ cho biết.</p></body></html>`;
    const { html, charset } = decodeHtml(encodeWindows1258(page), 'a.html');
    expect(charset).toBe('windows-1258');
    expect(html).toContain('Thứ trưởng Vũ');
  });

  it('keeps UTF-8 bytes whose <meta> still names the charset the page was first written in', () => {
    const page = '<html><head><meta charset="iso-8859-1"></head><body><p>Günstige Tarife für Normalsurfer</p></body></html>';
    const { html, charset } = decodeHtml(Buffer.from(page, 'utf8'), 'a.html');
    expect(charset).toBe('utf-8');
    expect(html).toContain('Günstige Tarife für');
  });

  it('reads a <meta> legacy charset when the bytes are not valid UTF-8', () => {
    const page = '<html><head><meta charset="iso-8859-1"></head><body><p>Günstige Tarife für Normalsurfer</p></body></html>';
    const { html, charset } = decodeHtml(iconv.encode(page, 'latin1'), 'a.html');
    expect(charset).toBe('iso-8859-1');
    expect(html).toContain('Günstige Tarife für');
  });

  it('sniffs windows-1258 when the bytes are not UTF-8 and nothing names the charset', () => {
    const bytes = encodeWindows1258(VI.replace('<title>Tin</title>', ''));
    const { html, charset } = decodeHtml(bytes, 'a.html');
    expect(charset).toBe('windows-1258');
    expect(html).toContain('Nguyễn Minh Vũ cho biết');
  });

  it('decodes VISCII when the header says so', () => {
    const bytes = iconv.encode('<p>Việt Nam nhận thêm vắc-xin</p>', 'viscii');
    expect(decodeHtml(bytes, 'a.html', 'text/html; charset=viscii').html).toBe('<p>Việt Nam nhận thêm vắc-xin</p>');
  });

  it('ignores an unknown charset label and falls back to sniffing', () => {
    expect(decodeHtml(Buffer.from('<p>Xin chào</p>'), 'a.html', 'text/html; charset=bogus-123').charset).toBe('utf-8');
  });

  it('rejects an empty body with an error naming the input', () => {
    expect(() => decodeHtml(new Uint8Array(), 'empty.html')).toThrowError(/empty\.html: empty/);
  });

  it('rejects binary content without retry', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    try {
      decodeHtml(png, 'image.png');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(NewsfactsError);
      expect((err as NewsfactsError).retryable).toBe(false);
      expect((err as Error).message).toMatch(/image\.png: binary/);
    }
  });

  it('cuts a page larger than the bound and says so', () => {
    const big = Buffer.alloc(MAX_HTML_BYTES + 1000, 'a');
    const { html, truncated } = decodeHtml(big, 'big.html');
    expect(truncated).toBe(true);
    expect(html.length).toBe(MAX_HTML_BYTES);
  });
});
