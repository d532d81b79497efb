// The authenticator app as a second factor, through the API as the web app uses it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildOwner, buildSchool, buildUser, TEST_PASSWORD } from '../support/factories.js';
import { buildTestApp, logIn, movableClock, responseCookie, sessionCookie, TEST_NOW, type LoggedIn } from '../support/app.js';
import { totpCodeAt } from '../../src/server/services/auth/totp-codes.js';
import { secondFactorPreHandler } from '../../src/server/http/plugins/auth.js';
import { demoTotpCode, demoTotpSecret, ensureDemoSecondFactors } from '../../src/server/demo/demo-second-factor.js';
import { createSecretBox } from '../../src/server/services/auth/secret-box.js';
import { loadConfig } from '../../src/server/config.js';

let database: TestDatabase;
let app: FastifyInstance;
const clock = movableClock(TEST_NOW);
let ownerId: string;
let schoolId: string;

/** A route of follow-up data, which does not exist yet: only here, to try the guard on. */
const followUpRoutes = (instance: FastifyInstance) => {
  instance.get('/api/test/follow-up', { preHandler: secondFactorPreHandler({ followUpData: true }) }, async () => ({ ok: true }));
  instance.get('/api/test/any-data', { preHandler: secondFactorPreHandler({ followUpData: false }) }, async () => ({ ok: true }));
};

beforeAll(async () => {
  database = await openTestDatabase();
  ownerId = (await buildOwner(database)).id;
  schoolId = (await buildSchool(database, ownerId)).id;
  ({ app } = await buildTestApp(database, { clock, env: { TOTP_RATE_LIMIT: '3' }, routes: followUpRoutes }));
});
afterAll(async () => {
  await app.close();
  await database.dispose();
});
beforeEach(() => clock.set(TEST_NOW));

const newTeacher = async () => (await buildUser(database, ownerId, { roles: [{ role: 'teacher', schoolId }] })).email;
const code = (secret: string, offsetSeconds = 0) => totpCodeAt(secret, new Date(clock.now().getTime() + offsetSeconds * 1000));

async function post(session: LoggedIn | { cookie: string; csrfToken?: string }, url: string, payload: unknown) {
  const headers: Record<string, string> = { cookie: session.cookie };
  if (session.csrfToken) headers['x-csrf-token'] = session.csrfToken;
  return app.inject({ method: 'POST', url, headers, payload: payload as Record<string, unknown> });
}

/** Enrols through the API and returns the secret, the recovery codes and the session after it. */
async function enrol(email: string) {
  const session = await logIn(app, email);
  const started = await post(session, '/api/auth/totp/enrolment', { password: TEST_PASSWORD });
  expect(started.statusCode).toBe(200);
  const { secret } = started.json() as { secret: string };
  const confirmed = await post(session, '/api/auth/totp/enrolment/confirm', { code: code(secret) });
  expect(confirmed.statusCode).toBe(200);
  const body = confirmed.json() as { recoveryCodes: string[]; csrfToken: string };
  const after = { cookie: sessionCookie(confirmed), csrfToken: body.csrfToken };
  return { secret, recoveryCodes: body.recoveryCodes, before: session, after };
}

async function passwordStep(email: string) {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });
  expect(response.statusCode).toBe(200);
  const challenge = responseCookie(response, 'naervaer_login');
  return { response, challenge: challenge! };
}

async function secondStep(challenge: string, value: string) {
  return app.inject({ method: 'POST', url: '/api/auth/login/second-factor', headers: { cookie: challenge }, payload: { code: value } });
}

const security = async (cookie: string) => (await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } })).json();

describe('setting up the authenticator app', () => {
  it('asks for the password again, and says so when it is wrong', async () => {
    const session = await logIn(app, await newTeacher());
    const wrong = await post(session, '/api/auth/totp/enrolment', { password: 'feil' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([{ path: 'body.password', message: 'Feil passord.' }]);
    const missing = await post(session, '/api/auth/totp/enrolment', {});
    expect(missing.statusCode).toBe(400);
  });

  it('shows the secret and a QR code, and nothing changes until the first code confirms it', async () => {
    const email = await newTeacher();
    const session = await logIn(app, email);
    const started = await post(session, '/api/auth/totp/enrolment', { password: TEST_PASSWORD });
    const body = started.json();
    expect(body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(body.uri).toMatch(/^otpauth:\/\/totp\/N%C3%A6rv%C3%A6r:/);
    expect(body.uri).toContain(`secret=${body.secret}`);
    expect(body.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect((await security(session.cookie)).totp).toEqual({ available: true, enrolled: false, recoveryCodesLeft: 0 });

    const wrong = await post(session, '/api/auth/totp/enrolment/confirm', { code: code(body.secret, 300) });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('invalid_code');
    // Still a plain password login: the app is not set up before it is confirmed.
    const again = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });
    expect(again.json().csrfToken).toBeDefined();
  });

  it('the first code gives ten recovery codes and a second factor under a new session id', async () => {
    const { recoveryCodes, before, after } = await enrol(await newTeacher());
    expect(recoveryCodes).toHaveLength(10);
    for (const c of recoveryCodes) expect(c).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);
    expect(after.cookie).not.toBe(before.cookie);
    expect(after.csrfToken).not.toBe(before.csrfToken);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: before.cookie } })).statusCode).toBe(401);
    const state = await security(after.cookie);
    expect(state.secondFactor).toEqual({ method: 'totp', at: new Date(TEST_NOW).toISOString() });
    expect(state.totp).toEqual({ available: true, enrolled: true, recoveryCodesLeft: 10 });
  });

  it('keeps the secret encrypted in the database', async () => {
    const email = await newTeacher();
    const { secret } = await enrol(email);
    const rows = await database.query<{ secret_encrypted: string }>(
      'select t.secret_encrypted from totp_credentials t join users u on u.id = t.user_id where u.email = $1',
      [email],
    );
    expect(rows[0]?.secret_encrypted).toMatch(/^v1\./);
    expect(rows[0]?.secret_encrypted).not.toContain(secret);
  });

  it('cannot be set up twice without removing the first', async () => {
    const { after } = await enrol(await newTeacher());
    const again = await post(after, '/api/auth/totp/enrolment', { password: TEST_PASSWORD });
    expect(again.statusCode).toBe(409);
  });
});

describe('logging in with the app', () => {
  it('the password alone gives no session, only the second step', async () => {
    const email = await newTeacher();
    await enrol(email);
    const { response, challenge } = await passwordStep(email);
    expect(response.json()).toEqual({ step: 'second_factor', expiresAt: expect.any(String) });
    expect(response.cookies.some((c) => c.name.endsWith('naervaer_session'))).toBe(false);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: challenge } });
    expect(me.statusCode).toBe(401);
  });

  it('a wrong code is refused in the language asked for', async () => {
    const email = await newTeacher();
    const { secret } = await enrol(email);
    const { challenge } = await passwordStep(email);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login/second-factor',
      headers: { cookie: challenge, 'accept-language': 'en' },
      payload: { code: code(secret, 300) },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([
      { path: 'body.code', message: 'The code is not right. Type the six digits the app shows now, or a recovery code.' },
    ]);
  });

  it('the right code gives a session with the second factor', async () => {
    const email = await newTeacher();
    const { secret } = await enrol(email);
    clock.advance(30_000);
    const { challenge } = await passwordStep(email);
    const done = await secondStep(challenge, code(secret));
    expect(done.statusCode).toBe(200);
    expect(done.json().user.email).toBe(email);
    const cookie = sessionCookie(done);
    expect((await security(cookie)).secondFactor.method).toBe('totp');
    // The challenge is spent.
    expect((await secondStep(challenge, code(secret, 30))).statusCode).toBe(401);
  });

  it('accepts a code once: the same code again is refused, the next one works', async () => {
    const email = await newTeacher();
    const { secret } = await enrol(email);
    clock.advance(30_000);
    const used = code(secret);
    expect((await secondStep((await passwordStep(email)).challenge, used)).statusCode).toBe(200);
    const replay = await secondStep((await passwordStep(email)).challenge, used);
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error.fields[0].message).toBe('Denne koden er allerede brukt. Vent til appen viser en ny kode.');
    // An older code, still inside the clock-drift window, is refused too once a newer one was used.
    expect((await secondStep((await passwordStep(email)).challenge, code(secret, -30))).statusCode).toBe(400);
    clock.advance(30_000);
    expect((await secondStep((await passwordStep(email)).challenge, code(secret))).statusCode).toBe(200);
  });

  it('tolerates a phone clock one step off', async () => {
    const email = await newTeacher();
    const { secret } = await enrol(email);
    clock.advance(60_000);
    expect((await secondStep((await passwordStep(email)).challenge, code(secret, 30))).statusCode).toBe(200);
  });

  it('a recovery code works once, typed in any case and with spaces', async () => {
    const email = await newTeacher();
    const { recoveryCodes } = await enrol(email);
    const typed = ` ${recoveryCodes[3]!.toUpperCase().replace(/-/g, ' ')} `;
    const done = await secondStep((await passwordStep(email)).challenge, typed);
    expect(done.statusCode).toBe(200);
    const cookie = sessionCookie(done);
    const state = await security(cookie);
    expect(state.secondFactor.method).toBe('recovery_code');
    expect(state.totp.recoveryCodesLeft).toBe(9);
    expect((await secondStep((await passwordStep(email)).challenge, recoveryCodes[3]!)).statusCode).toBe(400);
  });

  it('after too many wrong codes refuses even the right one for a while', async () => {
    const email = await newTeacher();
    const { secret } = await enrol(email);
    clock.advance(30_000);
    const { challenge } = await passwordStep(email);
    for (let i = 0; i < 3; i += 1) expect((await secondStep(challenge, code(secret, 300))).statusCode).toBe(400);
    const blocked = await secondStep(challenge, code(secret));
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toBe('For mange feil koder. Vent 15 minutter og prøv igjen.');
    clock.advance(15 * 60_000 + 1000);
    expect((await secondStep((await passwordStep(email)).challenge, code(secret))).statusCode).toBe(200);
  });

  it('the second step must come within five minutes', async () => {
    const email = await newTeacher();
    const { secret } = await enrol(email);
    const { challenge } = await passwordStep(email);
    clock.advance(5 * 60_000 + 1000);
    const late = await secondStep(challenge, code(secret));
    expect(late.statusCode).toBe(401);
    expect(late.json().error.code).toBe('login_expired');
  });
});

describe('behind TLS', () => {
  it('the cookie of the second step has the __Host- prefix and the Secure flag too', async () => {
    const email = await newTeacher();
    await enrol(email);
    const secure = await buildTestApp(database, { clock, env: { SECURE_COOKIES: 'true' } });
    const response = await secure.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });
    const challenge = response.cookies.find((c) => c.name.endsWith('naervaer_login'));
    expect(challenge).toMatchObject({ name: '__Host-naervaer_login', secure: true, httpOnly: true, sameSite: 'Strict', path: '/' });
    await secure.app.close();
  });
});

describe('the demo accounts', () => {
  it('that need a second factor get an app with the fixed demo secret, whose code the login page shows', async () => {
    const principal = await buildUser(database, ownerId, { email: 'rektor@fjordvik.example', roles: [{ role: 'leadership', schoolId }] });
    const box = createSecretBox(loadConfig({}).totpEncryptionKey);
    await ensureDemoSecondFactors(database, box, clock.now());
    // Again at the next start: nothing changes.
    await ensureDemoSecondFactors(database, box, clock.now());
    const { challenge } = await passwordStep(principal.email);
    const done = await secondStep(challenge, demoTotpCode(principal.email, clock.now())!);
    expect(done.statusCode).toBe(200);
    expect(demoTotpSecret(principal.email)).toMatch(/^[A-Z2-7]{32}$/);
  });
});

describe('removing the app', () => {
  it('needs a current code; then the password alone logs in again and no session keeps the second factor', async () => {
    const email = await newTeacher();
    const { secret, after } = await enrol(email);
    clock.advance(30_000);
    expect((await post(after, '/api/auth/totp/disable', { code: '12' })).statusCode).toBe(400);
    const done = await post(after, '/api/auth/totp/disable', { code: code(secret) });
    expect(done.statusCode).toBe(204);
    expect((await security(after.cookie)).secondFactor).toBeNull();
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });
    expect(login.json().csrfToken).toBeDefined();
  });

  it('new recovery codes make the old ones void', async () => {
    const email = await newTeacher();
    const { secret, recoveryCodes, after } = await enrol(email);
    clock.advance(30_000);
    const renewed = await post(after, '/api/auth/totp/recovery-codes', { code: code(secret) });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json().recoveryCodes).toHaveLength(10);
    expect((await secondStep((await passwordStep(email)).challenge, recoveryCodes[0]!)).statusCode).toBe(400);
    expect((await secondStep((await passwordStep(email)).challenge, renewed.json().recoveryCodes[0])).statusCode).toBe(200);
  });
});

describe('what needs a second factor', () => {
  it('follow-up data: refused with a code the web app acts on, until the session has the second factor', async () => {
    const email = await newTeacher();
    const session = await logIn(app, email);
    const refused = await app.inject({ method: 'GET', url: '/api/test/follow-up', headers: { cookie: session.cookie } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toEqual({
      code: 'second_factor_required',
      message: 'Dette krever innlogging med to faktorer. Bekreft med koden fra autentiseringsappen, eller sett opp appen først.',
    });
    const { after } = await enrol(email);
    expect((await app.inject({ method: 'GET', url: '/api/test/follow-up', headers: { cookie: after.cookie } })).statusCode).toBe(200);
  });

  it('a teacher needs none for other data; the school leadership does', async () => {
    const teacher = await logIn(app, await newTeacher());
    expect((await app.inject({ method: 'GET', url: '/api/test/any-data', headers: { cookie: teacher.cookie } })).statusCode).toBe(200);
    const principal = await buildUser(database, ownerId, { roles: [{ role: 'leadership', schoolId }] });
    const leader = await logIn(app, principal.email);
    expect((await app.inject({ method: 'GET', url: '/api/test/any-data', headers: { cookie: leader.cookie } })).statusCode).toBe(403);
    expect((await security(leader.cookie)).secondFactorExpected).toBe('always');
  });

  it('a step-up in the session: the code now, under a new session id', async () => {
    const email = await newTeacher();
    const { secret, after } = await enrol(email);
    // A session without the second factor, as an OpenID login without multi-factor gives one.
    await database.query(
      'update sessions set second_factor_at = null, second_factor_method = null where user_id = (select id from users where email = $1)',
      [email],
    );
    expect((await app.inject({ method: 'GET', url: '/api/test/follow-up', headers: { cookie: after.cookie } })).statusCode).toBe(403);
    clock.advance(30_000);
    const stepped = await post(after, '/api/auth/second-factor', { code: code(secret) });
    expect(stepped.statusCode).toBe(200);
    const next = sessionCookie(stepped);
    expect(next).not.toBe(after.cookie);
    expect(stepped.json().csrfToken).not.toBe(after.csrfToken);
    expect((await app.inject({ method: 'GET', url: '/api/test/follow-up', headers: { cookie: next } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: after.cookie } })).statusCode).toBe(401);
  });
});

describe('the security routes', () => {
  it('refuse a change without the CSRF token', async () => {
    const session = await logIn(app, await newTeacher());
    for (const [url, payload] of [
      ['/api/auth/totp/enrolment', { password: TEST_PASSWORD }],
      ['/api/auth/totp/enrolment/confirm', { code: '123456' }],
      ['/api/auth/second-factor', { code: '123456' }],
      ['/api/auth/totp/disable', { code: '123456' }],
      ['/api/auth/totp/recovery-codes', { code: '123456' }],
      ['/api/auth/sessions/end-others', {}],
    ] as const) {
      const response = await post({ cookie: session.cookie }, url, payload);
      expect(response.statusCode, url).toBe(403);
      expect(response.json().error.code, url).toBe('csrf');
    }
  });

  it('need a session', async () => {
    for (const url of ['/api/auth/session', '/api/auth/sessions']) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
  });
});

describe("the user's own sessions", () => {
  it('lists those that still work and logs out the others on the server', async () => {
    const email = await newTeacher();
    const phone = await logIn(app, email);
    const laptop = await logIn(app, email);
    const list = await app.inject({ method: 'GET', url: '/api/auth/sessions', headers: { cookie: laptop.cookie } });
    const sessions = list.json().sessions as { id: string; current: boolean; authMethod: string }[];
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.every((s) => s.authMethod === 'password')).toBe(true);
    expect(JSON.stringify(list.json())).not.toContain(laptop.cookie.split('=')[1]);

    const ended = await post(laptop, '/api/auth/sessions/end-others', {});
    expect(ended.json()).toEqual({ ended: 1 });
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: phone.cookie } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: laptop.cookie } })).statusCode).toBe(200);
  });

  it('report how and when the session ends', async () => {
    const session = await logIn(app, await newTeacher());
    const state = await security(session.cookie);
    expect(state).toMatchObject({
      authMethod: 'password',
      createdAt: new Date(TEST_NOW).toISOString(),
      expiresAt: new Date(new Date(TEST_NOW).getTime() + 10 * 3_600_000).toISOString(),
      idleExpiresAt: new Date(new Date(TEST_NOW).getTime() + 30 * 60_000).toISOString(),
      secondFactor: null,
      secondFactorExpected: 'for_follow_up',
      oidcStepUp: false,
    });
  });
});
