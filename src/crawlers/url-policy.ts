import { isIP } from 'node:net';
import { NewsfactsError } from '../core/index.js';

/** Which URLs a crawl may fetch. */
export interface UrlPolicy {
  /** Host names (lower case) the crawl may fetch; subdomains of a listed host are allowed too. Unset: any public host. */
  allowedHosts?: string[];
  /** Allows 127.0.0.0/8, ::1 and `localhost` (never other private ranges): for tests and local mirrors. */
  allowLoopback: boolean;
  /**
   * With `allowLoopback`: the only ports a loopback URL may use (the mirror's or the local site's), so a
   * redirect cannot reach another local service (Redis, the dashboard). Unset: any port.
   */
  loopbackPorts?: number[];
}

/** The port a URL connects to (80/443 when it gives none). */
export function portOf(u: URL): number {
  return u.port ? Number(u.port) : u.protocol === 'https:' ? 443 : 80;
}

/** The ports of those `urls` that point at a loopback host: what `loopbackPorts` should allow. */
export function loopbackPortsOf(urls: Array<string | undefined>): number[] {
  const ports: number[] = [];
  for (const raw of urls) {
    if (!raw || !URL.canParse(raw)) continue;
    const u = new URL(raw);
    const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const loopback = isIP(host) ? classifyIp(host) === 'loopback' : host === 'localhost' || host.endsWith('.localhost');
    if (loopback) ports.push(portOf(u));
  }
  return ports;
}

/** Refuses a loopback connection on a port the policy does not list. */
function checkLoopbackPort(url: string, port: number, policy: UrlPolicy): void {
  if (policy.loopbackPorts && !policy.loopbackPorts.includes(port)) {
    refuse(url, `loopback port ${port} refused: only ${policy.loopbackPorts.join(', ') || 'no port'} (the --site/--base-url port) is allowed`);
  }
}

function refuse(url: string, why: string): never {
  throw new NewsfactsError('url-refused', url, why, { retryable: false });
}

function ipv4Octets(ip: string): number[] | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  const n = parts.map(Number);
  return n.every((x) => Number.isInteger(x) && x >= 0 && x <= 255) ? n : undefined;
}

/** IPv4-mapped (::ffff:a.b.c.d or ::ffff:xxxx:xxxx) to its IPv4 form. */
function mappedIpv4(ip: string): string | undefined {
  const m = /^::ffff:(?:0:)?(.+)$/i.exec(ip);
  if (!m?.[1]) return undefined;
  if (isIP(m[1]) === 4) return m[1];
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(m[1]);
  if (!hex?.[1] || !hex[2]) return undefined;
  const hi = parseInt(hex[1], 16);
  const lo = parseInt(hex[2], 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Expands an IPv6 address to 8 groups of 16 bits, or undefined if it is not one. */
function ipv6Groups(ip: string): number[] | undefined {
  if (isIP(ip) !== 6) return undefined;
  let s = ip.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4?.[1]) {
    const o = ipv4Octets(v4[1]);
    if (!o) return undefined;
    s = s.slice(0, -v4[1].length) + `${((o[0]! << 8) | o[1]!).toString(16)}:${((o[2]! << 8) | o[3]!).toString(16)}`;
  }
  const [head, tail] = s.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(8 - h.length - t.length).fill('0');
  const groups = [...h, ...fill, ...t].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : undefined;
}

export type AddressClass = 'public' | 'loopback' | 'private' | 'link-local' | 'unspecified' | 'reserved';

/** What kind of address an IP literal is (IPv4 or IPv6); `public` for anything routable. */
export function classifyIp(ip: string): AddressClass {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = mappedIpv4(bare);
  if (mapped) return classifyIp(mapped);
  const o = ipv4Octets(bare);
  if (o && isIP(bare) === 4) {
    const [a, b] = o as [number, number, number, number];
    if (a === 127) return 'loopback';
    if (a === 0) return 'unspecified';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
    if (a === 100 && b >= 64 && b <= 127) return 'private'; // carrier-grade NAT, 100.64/10
    if (a === 169 && b === 254) return 'link-local';
    if (a >= 224) return 'reserved'; // multicast, 240/4 and broadcast
    return 'public';
  }
  const g = ipv6Groups(bare);
  if (!g) return 'reserved';
  if (g.every((x) => x === 0)) return 'unspecified';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback';
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return 'private'; // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return 'link-local'; // fe80::/10
  if ((first & 0xff00) === 0xff00) return 'reserved'; // multicast
  return 'public';
}

/** Whether a resolved address may be connected to under the policy (used after DNS, too). */
export function isAddressAllowed(ip: string, policy: UrlPolicy): boolean {
  const c = classifyIp(ip);
  return c === 'public' || (c === 'loopback' && policy.allowLoopback);
}

function hostAllowed(host: string, allowed: string[]): boolean {
  return allowed.some((a) => {
    const h = a.toLowerCase();
    return host === h || host.endsWith(`.${h}`);
  });
}

/**
 * Parses `url` and checks that the crawl may fetch it: http(s) only, a host in `allowedHosts` when set,
 * and no loopback, private, link-local or reserved address literal (nor `localhost`) unless
 * `allowLoopback`, which allows loopback only. Throws a non-retryable NewsfactsError otherwise.
 */
export function checkFetchable(url: string, policy: UrlPolicy): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    refuse(url, 'not a valid URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') refuse(url, `scheme ${u.protocol} is not http(s)`);
  if (u.username || u.password) refuse(url, 'URLs with credentials are not fetched');
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) refuse(url, 'no host');
  if (policy.allowedHosts && !hostAllowed(host, policy.allowedHosts)) {
    refuse(url, `host ${host} is not among the allowed hosts (${policy.allowedHosts.join(', ')})`);
  }
  const literal = host.replace(/^\[|\]$/g, '');
  if (isIP(literal)) {
    if (!isAddressAllowed(literal, policy)) {
      const c = classifyIp(literal);
      refuse(url, `${c} address ${literal} refused${c === 'loopback' ? ' (allow it with --allow-loopback)' : ''}`);
    }
    if (classifyIp(literal) === 'loopback') checkLoopbackPort(url, portOf(u), policy);
  } else if (host === 'localhost' || host.endsWith('.localhost')) {
    if (!policy.allowLoopback) refuse(url, `loopback host ${host} refused (allow it with --allow-loopback)`);
    checkLoopbackPort(url, portOf(u), policy);
  } else if (/^\d+$/.test(host) || /^0x[0-9a-f]+$/i.test(host)) {
    refuse(url, `numeric host ${host} refused`);
  }
  return u;
}
