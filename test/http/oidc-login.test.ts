// Login through a real OpenID provider started in the test (oidc-provider):
// the whole authorization code flow with PKCE, state and nonce, and the
// refusals: a provider that is not the configured issuer, ID tokens for
// another audience, with another nonce or issuer, signed by another key, and a
// login without two factors where two are required.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildOwner, buildSchool, buildUser } from '../support/factories.js';
import { buildTestApp, responseCookie, sessionCookie } from '../support/app.js';
import { loginAtProvider, oidcEnv, startTestProvider, type TestProvider } from '../support/oidc-provider.js';
import { secondFactorPreHandler } from '../../src/server/http/plugins/auth.js';
import { systemClock } from '../../src/server/clock.js';
import { FEIDE_MFA_ACR } from '../../src/server/config.js';

const REDIRECT_URI = 'http://127.0.0.1:3999/api/auth/oidc/callback';

let database: TestDatabase;
let provider: TestProvider;
let ownerId: string;
let schoolId: string;
const apps: FastifyInstance[] = [];

const followUpRoute = (instance: FastifyInstance) => {
  instance.get('/api/test/follow-up', { preHandler: secondFactorPreHandler({ followUpData: true }) }, async () => ({ ok: true }));
};

// Tokens carry real times (the provider's clock), so the app runs on the real clock too.
async function appWith(extra: Record<string, string> = {}, issuer?: string) {
  const env = { ...oidcEnv(provider, REDIRECT_URI, extra), ...(issuer ? { OIDC_ISSUER_URL: issuer } : {}) };
  const { app } = await buildTestApp(database, { clock: systemClock, env, routes: followUpRoute });
  apps.push(app);
  return app;
}

let counter = 0;
/** A staff member with a Feide account at the provider, linked to it by subject. */
async function feideUser(options: { linked?: boolean; emailVerified?: boolean; role?: 'teacher' | 'leadership' } = {}) {
  counter += 1;
  const sub = `feide-subject-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  const user = await buildUser(database, ownerId, {
    roles: [{ role: options.role ?? 'teacher', schoolId }],
    passwordHash: null,
    oidcSubject: options.linked === false ? null : sub,
  });
  const login = `person${counter}`;
  provider.accounts.set(login, { sub, email: user.email, emailVerified: options.emailVerified ?? false });
  return { user, login, sub };
}

interface FlowOptions {
  mfa?: boolean;
  next?: string;
  stepUp?: string;
  /** Change the callback URL before it reaches the app. */
  alterCallback?: (url: URL) => void;
}

async function throughProvider(app: FastifyInstance, login: string, options: FlowOptions = {}) {
  const query = new URLSearchParams();
  if (options.next) query.set('next', options.next);
  if (options.stepUp) query.set('mfa', '1');
  const start = await app.inject({
    method: 'GET',
    url: `/api/auth/oidc/start${query.size ? `?${query.toString()}` : ''}`,
    headers: options.stepUp ? { cookie: options.stepUp } : {},
  });
  expect(start.statusCode).toBe(302);
  const location = String(start.headers.location);
  if (!location.startsWith(provider.issuer)) return { start, location, callback: null };
  const binding = responseCookie(start, 'naervaer_oidc');
  expect(binding).toBeDefined();
  const back = await loginAtProvider(location, login, options.mfa ?? false);
  options.alterCallback?.(back);
  const callback = await app.inject({ method: 'GET', url: `${back.pathname}${back.search}`, headers: { cookie: binding! } });
  return { start, location, callback };
}

const security = async (app: FastifyInstance, cookie: string) =>
  (await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } })).json();

beforeAll(async () => {
  database = await openTestDatabase();
  ownerId = (await buildOwner(database)).id;
  schoolId = (await buildSchool(database, ownerId)).id;
  provider = await startTestProvider({ redirectUri: REDIRECT_URI });
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await provider?.close();
  await database?.dispose();
});

describe('logging in through the OpenID provider', () => {
  it('is offered only when configured', async () => {
    const plain = await buildTestApp(database);
    apps.push(plain.app);
    expect((await plain.app.inject({ method: 'GET', url: '/api/auth/options' })).json()).toEqual({ oidc: null });
    expect((await plain.app.inject({ method: 'GET', url: '/api/auth/oidc/start' })).statusCode).toBe(404);
    const app = await appWith();
    expect((await app.inject({ method: 'GET', url: '/api/auth/options' })).json()).toEqual({ oidc: { providerName: 'Feide' } });
  });

  it('sends the browser to the provider with PKCE, state and nonce', async () => {
    const app = await appWith();
    const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    const url = new URL(String(start.headers.location));
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('client_id')).toBe(provider.clientId);
    expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    // By default the login itself does not ask for two factors; a step-up does.
    expect(url.searchParams.get('acr_values')).toBeNull();
    const cookie = start.cookies.find((c) => c.name === 'naervaer_oidc');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('logs in a linked user and goes back to the page asked for', async () => {
    const app = await appWith();
    const { user, login } = await feideUser();
    const { callback } = await throughProvider(app, login, { next: '/klasser' });
    expect(callback!.statusCode).toBe(302);
    expect(callback!.headers.location).toBe('/klasser');
    const cookie = sessionCookie(callback!);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json().user.email).toBe(user.email);
    const state = await security(app, cookie);
    expect(state.authMethod).toBe('oidc');
    expect(state.secondFactor).toBeNull();
    expect(state.oidcStepUp).toBe(true);
  });

  it("with the provider's multi-factor acr, the session counts as having the second factor", async () => {
    // oidc-provider names the acr only when asked for one, as OIDC_REQUIRE_MFA does at every login.
    const app = await appWith({ OIDC_REQUIRE_MFA: 'true' });
    const { login } = await feideUser();
    const { callback } = await throughProvider(app, login, { mfa: true });
    const cookie = sessionCookie(callback!);
    expect((await security(app, cookie)).secondFactor.method).toBe('oidc_acr');
    expect((await app.inject({ method: 'GET', url: '/api/test/follow-up', headers: { cookie } })).statusCode).toBe(200);
  });

  it('never to another site after the login', async () => {
    const app = await appWith();
    const { login } = await feideUser();
    const { callback } = await throughProvider(app, login, { next: '//evil.example/' });
    expect(callback!.headers.location).toBe('/');
  });
});

describe('step-up to two factors through the provider', () => {
  it('gives the current session the second factor under a new id', async () => {
    const app = await appWith();
    const { login } = await feideUser();
    const first = await throughProvider(app, login);
    const cookie = sessionCookie(first.callback!);
    expect((await app.inject({ method: 'GET', url: '/api/test/follow-up', headers: { cookie } })).json().error.code).toBe(
      'second_factor_required',
    );
    const stepUp = await throughProvider(app, login, { mfa: true, stepUp: cookie, next: '/elever/1' });
    const asked = new URL(stepUp.location).searchParams;
    expect(asked.get('acr_values')).toBe(FEIDE_MFA_ACR);
    expect(asked.get('prompt')).toBe('login');
    expect(stepUp.callback!.headers.location).toBe('/elever/1');
    const next = sessionCookie(stepUp.callback!);
    expect(next).not.toBe(cookie);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/test/follow-up', headers: { cookie: next } })).statusCode).toBe(200);
  });

  it('is refused when the provider did not use two factors after all', async () => {
    const app = await appWith();
    const { login } = await feideUser();
    const cookie = sessionCookie((await throughProvider(app, login)).callback!);
    const stepUp = await throughProvider(app, login, { mfa: false, stepUp: cookie });
    expect(stepUp.callback!.headers.location).toBe('/sikkerhet?feil=mfa_missing');
    expect((await security(app, cookie)).secondFactor).toBeNull();
  });

  it('is refused when someone else logs in at the provider', async () => {
    const app = await appWith();
    const me = await feideUser();
    const other = await feideUser();
    const cookie = sessionCookie((await throughProvider(app, me.login)).callback!);
    const stepUp = await throughProvider(app, other.login, { mfa: true, stepUp: cookie });
    expect(stepUp.callback!.headers.location).toBe('/sikkerhet?feil=wrong_account');
    expect((await security(app, cookie)).secondFactor).toBeNull();
  });
});

describe('when two factors are required at every login', () => {
  it('asks the provider for them, and refuses a login without them', async () => {
    const app = await appWith({ OIDC_REQUIRE_MFA: 'true' });
    const { login } = await feideUser();
    const refused = await throughProvider(app, login, { mfa: false });
    expect(new URL(refused.location).searchParams.get('acr_values')).toBe(FEIDE_MFA_ACR);
    expect(refused.callback!.headers.location).toBe('/logg-inn?feil=mfa_missing');
    expect(refused.callback!.cookies.some((c) => c.name === 'naervaer_session' && c.value)).toBe(false);
    const accepted = await throughProvider(app, login, { mfa: true });
    expect(accepted.callback!.headers.location).toBe('/');
  });

  it('accepts the acr values the administrator configured', async () => {
    const app = await appWith({ OIDC_REQUIRE_MFA: 'true', OIDC_MFA_ACR_VALUES: 'urn:other:mfa' });
    const { login } = await feideUser();
    const refused = await throughProvider(app, login, { mfa: true });
    expect(refused.callback!.headers.location).toBe('/logg-inn?feil=mfa_missing');
  });
});

describe('refusing what is not right', () => {
  it('a provider whose discovery names another issuer than the one configured', async () => {
    // A server at the configured address that passes the real provider's answers through, issuer and all.
    let discoveries = 0;
    const target = new URL(provider.issuer);
    const proxy: Server = createServer((incoming, outgoing) => {
      if (incoming.url?.includes('openid-configuration')) discoveries += 1;
      const forwarded = httpRequest(
        { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      incoming.pipe(forwarded);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const app = await appWith({}, `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
      const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
      expect(discoveries).toBe(1);
      expect(start.statusCode).toBe(302);
      expect(start.headers.location).toBe('/logg-inn?feil=unavailable');
    } finally {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  const tampered: [string, Parameters<TestProvider['tamperNextIdToken']>[0]][] = [
    ['an ID token for another audience', { claims: (c) => ({ ...c, aud: 'another-service' }) }],
    ['an ID token from another issuer', { claims: (c) => ({ ...c, iss: 'https://evil.example' }) }],
    ['an ID token with another nonce', { claims: (c) => ({ ...c, nonce: 'not-the-nonce-we-sent' }) }],
    ['an ID token that has expired', { claims: (c) => ({ ...c, exp: Math.floor(Date.now() / 1000) - 3600 }) }],
    ['an ID token signed by a key the provider does not publish', { foreignKey: true }],
  ];
  for (const [what, tampering] of tampered) {
    it(what, async () => {
      const app = await appWith();
      const { login } = await feideUser();
      provider.tamperNextIdToken(tampering);
      const { callback } = await throughProvider(app, login, { mfa: true });
      expect(callback!.headers.location).toBe('/logg-inn?feil=failed');
      expect(callback!.cookies.some((c) => c.name === 'naervaer_session' && c.value)).toBe(false);
    });
  }

  it('the same ID token signed again by the right key is accepted (the tampering itself is sound)', async () => {
    const app = await appWith();
    const { login } = await feideUser();
    provider.tamperNextIdToken({ claims: (c) => c });
    const { callback } = await throughProvider(app, login);
    expect(callback!.headers.location).toBe('/');
  });

  it('a callback with another state', async () => {
    const app = await appWith();
    const { login } = await feideUser();
    const { callback } = await throughProvider(app, login, { alterCallback: (url) => url.searchParams.set('state', 'forged') });
    expect(callback!.headers.location).toBe('/logg-inn?feil=failed');
  });

  it('a callback without the browser cookie that started the login', async () => {
    const app = await appWith();
    const { login } = await feideUser();
    const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    const back = await loginAtProvider(String(start.headers.location), login, false);
    const callback = await app.inject({ method: 'GET', url: `${back.pathname}${back.search}` });
    expect(callback.headers.location).toBe('/logg-inn?feil=expired');
  });

  it('a login cancelled at the provider', async () => {
    const app = await appWith();
    const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    const back = await loginAtProvider(String(start.headers.location), 'nobody-with-this-name', false);
    expect(back.searchParams.get('error')).toBe('access_denied');
    const callback = await app.inject({ method: 'GET', url: `${back.pathname}${back.search}`, headers: { cookie: responseCookie(start, 'naervaer_oidc')! } });
    expect(callback.headers.location).toBe('/logg-inn?feil=cancelled');
  });
});

describe('finding the account', () => {
  it('a subject we do not know gets no session', async () => {
    const app = await appWith();
    const { login } = await feideUser({ linked: false });
    const { callback } = await throughProvider(app, login);
    expect(callback!.headers.location).toBe('/logg-inn?feil=no_account');
  });

  it('by verified e-mail only when allowed, and Feide does not verify e-mail', async () => {
    const verifiedOnly = await appWith({ OIDC_LINK_BY_EMAIL: 'verified' });
    const unverified = await feideUser({ linked: false, emailVerified: false });
    expect((await throughProvider(verifiedOnly, unverified.login)).callback!.headers.location).toBe('/logg-inn?feil=no_account');

    const verified = await feideUser({ linked: false, emailVerified: true });
    expect((await throughProvider(verifiedOnly, verified.login)).callback!.headers.location).toBe('/');
    const rows = await database.query<{ oidc_subject: string }>('select oidc_subject from users where id = $1', [verified.user.id]);
    expect(rows[0]?.oidc_subject).toBe(verified.sub);
  });

  it('by any e-mail the provider sends, when the administrator trusts its directory', async () => {
    const trusting = await appWith({ OIDC_LINK_BY_EMAIL: 'any' });
    const { login, user } = await feideUser({ linked: false, emailVerified: false });
    const { callback } = await throughProvider(trusting, login);
    expect(callback!.headers.location).toBe('/');
    const me = await trusting.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: sessionCookie(callback!) } });
    expect(me.json().user.id).toBe(user.id);
  });

  it('an account linked to another subject is never taken over by e-mail', async () => {
    const trusting = await appWith({ OIDC_LINK_BY_EMAIL: 'any' });
    const owner = await feideUser();
    provider.accounts.set('impostor', { sub: 'impostor-subject', email: owner.user.email, emailVerified: true });
    const { callback } = await throughProvider(trusting, 'impostor');
    expect(callback!.headers.location).toBe('/logg-inn?feil=no_account');
  });
});
