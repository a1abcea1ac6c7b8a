import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NewsfactsError } from '../core/index.js';

/** Who may use the dashboard: a token (Bearer, or the password of Basic auth) or a Basic user and password. */
type DashboardAuth = { token: string } | { user: string; password: string };

export interface DashboardAccess {
  /** Undefined only with `readOnly`: then anyone who reaches the port may look, nobody may change. */
  auth: DashboardAuth | undefined;
  /** Pausing, retrying, adding, cleaning, obliterating: off unless asked for. */
  writable: boolean;
  /** Host names accepted in the Host header besides IP literals and `localhost` (a reverse proxy's name). */
  hosts: string[];
}

/**
 * Reads the dashboard's credentials from the environment (NEWSFACTS_DASHBOARD_TOKEN, or
 * NEWSFACTS_DASHBOARD_USER + NEWSFACTS_DASHBOARD_PASSWORD) and refuses what is unsafe: no credentials
 * without `readOnly`, writes without credentials, secrets shorter than 8 characters.
 */
export function dashboardAccess(
  env: NodeJS.ProcessEnv,
  flags: { readOnly: boolean; allowWrites: boolean },
): DashboardAccess {
  const token = env.NEWSFACTS_DASHBOARD_TOKEN;
  const user = env.NEWSFACTS_DASHBOARD_USER;
  const password = env.NEWSFACTS_DASHBOARD_PASSWORD;
  let auth: DashboardAuth | undefined;
  if (token) auth = { token };
  else if (user && password) auth = { user, password };
  const secret = auth && ('token' in auth ? auth.token : auth.password);
  const refuse = (why: string): never => {
    throw new NewsfactsError('config', 'dashboard', why);
  };
  if (secret !== undefined && secret.length < 8) refuse('the dashboard token or password needs 8 characters at least');
  if (flags.readOnly && flags.allowWrites) refuse('--read-only and --allow-writes contradict each other');
  if (!auth && !flags.readOnly) {
    refuse(
      'no credentials: set NEWSFACTS_DASHBOARD_TOKEN (or NEWSFACTS_DASHBOARD_USER and ' +
        'NEWSFACTS_DASHBOARD_PASSWORD), or start with --read-only',
    );
  }
  const hosts = (env.NEWSFACTS_DASHBOARD_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  return { auth, writable: flags.allowWrites, hosts };
}

function same(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

function authorised(header: string | undefined, auth: DashboardAuth): boolean {
  if (!header) return false;
  const [scheme, value = ''] = header.split(/\s+/, 2) as [string, string?];
  if (scheme.toLowerCase() === 'bearer') return 'token' in auth && same(value, auth.token);
  if (scheme.toLowerCase() !== 'basic') return false;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if ('token' in auth) return same(password, auth.token);
  return same(user, auth.user) && same(password, auth.password);
}

/** The host name of a Host header (`name:port`, `[::1]:port`), lower case. */
function hostName(header: string | undefined): string {
  const h = (header ?? '').trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']'));
  return h.replace(/:\d+$/, '');
}

/**
 * A DNS-rebinding page reaches us with its own name in Host; an IP literal or `localhost` cannot be
 * rebound, and other names must be listed.
 */
function hostAllowed(header: string | undefined, hosts: string[]): boolean {
  const name = hostName(header);
  if (!name) return false;
  return isIP(name) !== 0 || name === 'localhost' || hosts.includes(name);
}

function deny(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(`${message}\n`);
}

/** Middleware in front of bull-board: Host check, then credentials, then read-only. */
export function dashboardGuard(access: DashboardAccess) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (!hostAllowed(req.headers.host, access.hosts)) {
      deny(res, 403, 'Host not allowed (add it to NEWSFACTS_DASHBOARD_HOSTS)');
      return;
    }
    if (access.auth && !authorised(req.headers.authorization, access.auth)) {
      const challenge = 'Basic realm="newsfacts dashboard", charset="UTF-8"';
      deny(res, 401, 'credentials required', { 'www-authenticate': challenge });
      return;
    }
    const method = (req.method ?? 'GET').toUpperCase();
    if (!access.writable && method !== 'GET' && method !== 'HEAD') {
      deny(res, 403, 'the dashboard is read-only (start it with --allow-writes)');
      return;
    }
    next();
  };
}
