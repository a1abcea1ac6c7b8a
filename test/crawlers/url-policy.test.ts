import { describe, expect, it } from 'vitest';
import { NewsfactsError } from '../../src/core/index.js';
import { checkFetchable, classifyIp, type UrlPolicy } from '../../src/crawlers/url-policy.js';

const open: UrlPolicy = { allowLoopback: false };
const loopbackOk: UrlPolicy = { allowLoopback: true };

function refusal(url: string, policy: UrlPolicy): NewsfactsError {
  try {
    checkFetchable(url, policy);
  } catch (err) {
    expect(err).toBeInstanceOf(NewsfactsError);
    return err as NewsfactsError;
  }
  throw new Error(`${url} was not refused`);
}

describe('checkFetchable', () => {
  it.each([
    'http://10.0.0.1/',
    'http://10.255.255.255/x',
    'http://172.16.0.1/',
    'http://172.31.255.254/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://0.0.0.0/',
    'http://[fc00::1]/',
    'http://[fd12:3456::1]/',
    'http://[fe80::1]/',
    'http://[::ffff:10.0.0.1]/',
    'http://[::ffff:192.168.0.1]/',
  ])('refuses the non-public address in %s, even with --allow-loopback', (url) => {
    const err = refusal(url, loopbackOk);
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/refused/);
  });

  it.each(['http://127.0.0.1:8080/', 'http://127.1.2.3/', 'http://[::1]/', 'http://localhost/', 'http://2130706433/', 'http://0x7f.1/', 'http://[::ffff:127.0.0.1]/'])(
    'refuses loopback %s unless allowed',
    (url) => {
      expect(refusal(url, open).message).toMatch(/loopback.*--allow-loopback/);
      expect(checkFetchable(url, loopbackOk)).toBeInstanceOf(URL);
    },
  );

  it('keeps 172.15.x and 172.32.x public, and allows public hosts', () => {
    expect(classifyIp('172.15.0.1')).toBe('public');
    expect(classifyIp('172.32.0.1')).toBe('public');
    expect(classifyIp('172.16.0.1')).toBe('private');
    expect(classifyIp('8.8.8.8')).toBe('public');
    expect(checkFetchable('https://vovworld.vn/id-ID.vov', open).hostname).toBe('vovworld.vn');
  });

  it('refuses other schemes, credentials and hosts outside allowedHosts', () => {
    expect(refusal('ftp://vovworld.vn/', open).message).toMatch(/scheme ftp:/);
    expect(refusal('file:///etc/passwd', open).message).toMatch(/scheme file:/);
    expect(refusal('https://user:pw@vovworld.vn/', open).message).toMatch(/credentials/);
    expect(refusal('not a url', open).message).toMatch(/not a valid URL/);
    const policy = { allowedHosts: ['vietnamplus.vn'], allowLoopback: false };
    expect(checkFetchable('https://en.vietnamplus.vn/x', policy).hostname).toBe('en.vietnamplus.vn');
    expect(refusal('https://vietnamplus.vn.evil.invalid/x', policy).message).toMatch(/not among the allowed hosts/);
    expect(refusal('https://notvietnamplus.vn/x', policy).message).toMatch(/not among the allowed hosts/);
  });
});
