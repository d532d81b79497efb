import type { FastifyInstance, LightMyRequestResponse, RouteOptions } from 'fastify';
import { buildApp } from '../../src/server/http/app.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import { fixedClock, type Clock } from '../../src/server/clock.js';
import type { Database } from '../../src/server/db/client.js';
import { TEST_PASSWORD } from './factories.js';
import type { JobQueue } from '../../src/server/jobs/job-data.js';
import { totpCodeAt } from '../../src/server/services/auth/totp-codes.js';

/** A test day inside the 2026/27 school year, in Norwegian time. */
export const TEST_NOW = '2026-11-23T09:00:00+01:00';

export async function buildTestApp(
  database: Database,
  options: { clock?: Clock; env?: Record<string, string>; jobs?: JobQueue; routes?: (app: FastifyInstance) => void; onRoute?: (route: RouteOptions) => void } = {},
): Promise<{ app: FastifyInstance; config: Config }> {
  const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: './nonexistent', LOGIN_RATE_LIMIT: '1000', ...options.env });
  const app = await buildApp({ config, database, clock: options.clock ?? fixedClock(TEST_NOW), ...(options.jobs ? { jobs: options.jobs } : {}), ...(options.onRoute ? { onRoute: options.onRoute } : {}) });
  // Routes that exist only in a test, e.g. to try a guard before the routes it will protect exist.
  options.routes?.(app);
  await app.ready();
  return { app, config };
}

export interface LoggedIn {
  cookie: string;
  csrfToken: string;
  /** Headers that make a request from this user. */
  headers: Record<string, string>;
}

export async function logIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<LoggedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = sessionCookie(response);
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

/** Logs in and sets up the authenticator app at `at`, so the session has a second factor (the roles that read follow-up data need it). */
export async function strongLogIn(app: FastifyInstance, email: string, at: Date = new Date(TEST_NOW)): Promise<LoggedIn> {
  const weak = await logIn(app, email);
  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, headers: weak.headers, payload });
  const { secret } = (await post('/api/auth/totp/enrolment', { password: TEST_PASSWORD })).json() as { secret: string };
  const confirmed = await post('/api/auth/totp/enrolment/confirm', { code: totpCodeAt(secret, at) });
  if (confirmed.statusCode !== 200) throw new Error(`enrolment failed: ${confirmed.statusCode} ${confirmed.body}`);
  const cookie = sessionCookie(confirmed);
  const csrfToken = (confirmed.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

/** A clock the test moves by hand. */
export function movableClock(iso: string): Clock & { advance(ms: number): void; set(iso: string): void } {
  let at = new Date(iso).getTime();
  return {
    now: () => new Date(at),
    advance(ms) {
      at += ms;
    },
    set(next) {
      at = new Date(next).getTime();
    },
  };
}

/** The cookie a response set, as a request header value, or undefined. */
export function responseCookie(response: LightMyRequestResponse, suffix: string): string | undefined {
  const set = response.cookies.find((c) => c.name.endsWith(suffix) && c.value !== '');
  return set ? `${set.name}=${set.value}` : undefined;
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const set = response.cookies.find((c) => c.name.endsWith('naervaer_session'));
  if (!set) throw new Error('no session cookie');
  return `${set.name}=${set.value}`;
}
