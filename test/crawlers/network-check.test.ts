import { describe, expect, it } from 'vitest';
import { checkNetwork } from '../../src/crawlers/network-check.js';

const notFound = async (host: string) => {
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
};

describe('checkNetwork (no real DNS: the resolver is injected)', () => {
  it('fails fast with a clear, retryable message when no start host resolves', async () => {
    await expect(checkNetwork(['https://vovworld.vn/id-ID.vov', 'https://www.vietnamplus.vn/'], 1000, notFound)).rejects.toMatchObject({
      code: 'offline',
      retryable: true,
      message: expect.stringMatching(/cannot resolve vovworld\.vn \(ENOTFOUND\), www\.vietnamplus\.vn \(ENOTFOUND\): no network/),
    });
  });

  it('returns the hosts that failed when some resolve, and skips IP and localhost hosts', async () => {
    const some = async (h: string) => (h === 'vovworld.vn' ? { address: '203.0.113.1' } : notFound(h));
    expect(await checkNetwork(['https://vovworld.vn/', 'https://www.vietnamplus.vn/'], 1000, some)).toEqual(['www.vietnamplus.vn']);
    expect(await checkNetwork(['http://127.0.0.1:9/x', 'http://localhost/'], 1000, notFound)).toEqual([]);
  });
});
