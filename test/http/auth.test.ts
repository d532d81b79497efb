import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildOwner, buildSchool, buildUser, TEST_PASSWORD } from '../support/factories.js';
import { buildTestApp, logIn, sessionCookie, TEST_NOW } from '../support/app.js';
import { demoTotpCode } from '../../src/server/demo/demo-second-factor.js';
import { fixedClock } from '../../src/server/clock.js';

let database: TestDatabase;
let app: FastifyInstance;
let email: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  const school = await buildSchool(database, owner.id);
  email = (await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: school.id }] })).email;
  ({ app } = await buildTestApp(database));
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});

describe('logging in', () => {
  it('with the right password gives a session cookie, the user, roles and a CSRF token', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'naervaer_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const body = response.json();
    expect(body.roles).toEqual([{ role: 'teacher', schoolId: expect.any(String), schoolName: 'Testvik skole' }]);
    expect(body.csrfToken).toMatch(/.{20,}/);
  });

  it('e-mail is matched without regard to case', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
  });

  it('with a wrong password answers 401 in the language asked for, and sets no cookie', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'nn-NO,nn;q=0.9' },
      payload: { email, password: 'feil' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'invalid_credentials', message: 'Feil e-postadresse eller passord.' } });
    expect(response.cookies).toHaveLength(0);
  });

  it('an unknown e-mail gets the very same answer as a wrong password', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ingen@test.example', password: 'x' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('invalid_credentials');
  });

  it('without a password answers 400 with a field message in bokmål by default', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'body.password', message: 'Feltet må fylles ut.' }]);
  });
});

describe('a session', () => {
  it('gets a new id at every login', async () => {
    const first = await logIn(app, email);
    const second = await logIn(app, email);
    expect(first.cookie).not.toBe(second.cookie);
  });

  it('shows who is logged in', async () => {
    const session = await logIn(app, email);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: session.headers });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(email);
  });

  it('ends on the server at logout: the old cookie no longer works', async () => {
    const session = await logIn(app, email);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: session.headers });
    expect(out.statusCode).toBe(204);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('refuses a change without the CSRF token', async () => {
    const session = await logIn(app, email);
    const response = await app.inject({
      method: 'PUT',
      url: '/api/auth/locale',
      headers: { cookie: session.cookie },
      payload: { locale: 'nn' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf');
  });

  it('saves the language with the CSRF token', async () => {
    const session = await logIn(app, email);
    const response = await app.inject({ method: 'PUT', url: '/api/auth/locale', headers: session.headers, payload: { locale: 'en' } });
    expect(response.statusCode).toBe(204);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: session.headers });
    expect(me.json().user.locale).toBe('en');
    await app.inject({ method: 'PUT', url: '/api/auth/locale', headers: session.headers, payload: { locale: 'nb' } });
  });

  it('expires after the idle timeout', async () => {
    const session = await logIn(app, email);
    const later = await buildTestApp(database, { clock: fixedClock('2026-11-23T09:31:00+01:00') });
    const me = await later.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(401);
    await later.app.close();
  });
});

describe('the absolute lifetime', () => {
  it('ends a session however busy it has been', async () => {
    const long = await buildTestApp(database, { env: { SESSION_IDLE_MINUTES: '720', SESSION_MAX_HOURS: '1' } });
    const session = await logIn(long.app, email);
    const within = await buildTestApp(database, {
      clock: fixedClock('2026-11-23T09:59:00+01:00'),
      env: { SESSION_IDLE_MINUTES: '720', SESSION_MAX_HOURS: '1' },
    });
    expect((await within.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } })).statusCode).toBe(200);
    const after = await buildTestApp(database, {
      clock: fixedClock('2026-11-23T10:00:00+01:00'),
      env: { SESSION_IDLE_MINUTES: '720', SESSION_MAX_HOURS: '1' },
    });
    expect((await after.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } })).statusCode).toBe(401);
    for (const instance of [long, within, after]) await instance.app.close();
  });
});

describe('the demo logins', () => {
  it('show the current code of the demo accounts that have an authenticator app, and none for the others', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/auth/demo-logins' });
    const body = response.json() as { logins: { email: string; totpCode: string | null }[]; codesChangeAt: string };
    const byEmail = new Map(body.logins.map((l) => [l.email, l.totpCode]));
    expect(byEmail.get('rektor@fjordvik.example')).toBe(demoTotpCode('rektor@fjordvik.example', new Date(TEST_NOW)));
    expect(byEmail.get('laerer@fjordvik.example')).toBeNull();
    // PPT, an outside service, reads follow-up data: it has the app too.
    expect(byEmail.get('ppt@fjordvik.example')).toBe(demoTotpCode('ppt@fjordvik.example', new Date(TEST_NOW)));
    expect(byEmail.get('foresatt@fjordvik.example')).toBeNull();
    expect(new Date(body.codesChangeAt).getTime() - new Date(TEST_NOW).getTime()).toBeLessThanOrEqual(30_000);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('are not there without the demo', async () => {
    const production = await buildTestApp(database, { env: { DEMO_SEED: 'false', TOTP_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64') } });
    expect((await production.app.inject({ method: 'GET', url: '/api/auth/demo-logins' })).statusCode).toBe(404);
    await production.app.close();
  });
});

describe('with secure cookies behind TLS', () => {
  it('the session cookie has the __Host- prefix and the Secure flag', async () => {
    const secure = await buildTestApp(database, { env: { SECURE_COOKIES: 'true' } });
    const response = await secure.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });
    expect(sessionCookie(response)).toMatch(/^__Host-naervaer_session=/);
    expect(response.cookies[0]?.secure).toBe(true);
    await secure.app.close();
  });
});

describe('login rate limiting', () => {
  it('answers 429 with a translated message after too many attempts on one account', async () => {
    const limited = await buildTestApp(database, { env: { LOGIN_RATE_LIMIT: '3' } });
    const attempt = () =>
      limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'feil' } });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const blocked = await attempt();
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toBe('For mange forsøk. Vent litt og prøv igjen.');
    await limited.app.close();
  });
});
