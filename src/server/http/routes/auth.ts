import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  authOptionsSchema,
  demoLoginsSchema,
  loginRequestSchema,
  loginResponseSchema,
  meSchema,
  secondFactorCodeSchema,
  setLocaleRequestSchema,
} from '../../../contracts/auth.js';
import { DEMO_PASSWORD, demoLogins } from '../../demo-logins.js';
import { demoTotpCode } from '../../demo/demo-second-factor.js';
import { AppError, notFound } from '../../app-error.js';
import { apiErrorSchema } from '../../../contracts/errors.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { checkPassword } from '../../services/login.js';
import { createSession, endSession, type SessionPolicy, type SessionStart } from '../../services/sessions.js';
import { loadUserProfile, setUserLocale, type UserProfile } from '../../db/repositories/users.js';
import { hasConfirmedTotp, verifySecondFactor, type SecondFactorDeps } from '../../services/auth/second-factor.js';
import { createLoginChallenge, endLoginChallenge, findLoginChallenge, LOGIN_CHALLENGE_MINUTES } from '../../services/auth/login-challenges.js';
import { totpCodeEndsAt } from '../../services/auth/totp-codes.js';
import type { OidcService } from '../../services/auth/oidc.js';
import { clearCookie, cookieNames, requireActor, setSessionCookie, setShortCookie, type CookieSettings } from '../plugins/auth.js';

export interface AuthRouteOptions {
  database: Database;
  clock: Clock;
  policy: SessionPolicy;
  cookies: CookieSettings;
  loginRateLimit: number;
  demo: boolean;
  secondFactor: SecondFactorDeps;
  oidc: OidcService | null;
}

export function presentMe(profile: UserProfile, csrfToken: string) {
  return {
    user: {
      id: profile.id,
      givenName: profile.givenName,
      familyName: profile.familyName,
      email: profile.email,
      locale: profile.locale,
    },
    owner: { id: profile.ownerId, name: profile.ownerName },
    roles: profile.roles,
    csrfToken,
  };
}

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 409: apiErrorSchema, 429: apiErrorSchema };

/**
 * Ends the session the browser came with, if any, and starts a new one: a new
 * id at every login, so that an id planted before the login is worth nothing.
 */
export async function startSession(
  options: Pick<AuthRouteOptions, 'database' | 'clock' | 'policy' | 'cookies'>,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  start: SessionStart,
) {
  if (request.session) await endSession(options.database, request.session.idHash);
  const session = await createSession(options.database, options.clock, options.policy, userId, { ip: request.ip, userAgent: request.headers['user-agent'] }, start);
  setSessionCookie(reply, options.cookies, session.token, session.expiresAt, options.clock.now());
  return session;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (app, options) => {
  const names = cookieNames(options.cookies.secure);
  const perAddress = { max: options.loginRateLimit, timeWindow: '5 minutes' };

  app.post(
    '/api/auth/login',
    {
      config: {
        rateLimit: {
          ...perAddress,
          // Per address and account: guessing one account is slowed without locking out a school behind one NAT.
          keyGenerator: (request) => {
            const body = request.body as { email?: unknown } | undefined;
            const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
            return `${request.ip}|${email}`;
          },
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Log in with e-mail and password; an account with an authenticator app gets the second step',
        body: loginRequestSchema,
        response: { 200: loginResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const userId = await checkPassword(options.database, request.body.email, request.body.password);
      if (!userId) throw new AppError(401, 'invalid_credentials', 'invalidCredentials');
      const profile = await loadUserProfile(options.database, userId);
      if (!profile) throw new AppError(401, 'invalid_credentials', 'invalidCredentials');
      if (await hasConfirmedTotp(options.database, userId)) {
        const challenge = await createLoginChallenge(options.database, options.clock, userId);
        setShortCookie(reply, options.cookies, names.loginChallenge, challenge, LOGIN_CHALLENGE_MINUTES, 'strict');
        const expiresAt = new Date(options.clock.now().getTime() + LOGIN_CHALLENGE_MINUTES * 60_000);
        return { step: 'second_factor' as const, expiresAt: expiresAt.toISOString() };
      }
      const session = await startSession(options, request, reply, userId, { authMethod: 'password' });
      return presentMe(profile, session.csrfToken);
    },
  );

  app.post(
    '/api/auth/login/second-factor',
    {
      config: { rateLimit: perAddress },
      schema: {
        tags: ['auth'],
        summary: 'The second step of a login: a code from the authenticator app, or a recovery code',
        body: secondFactorCodeSchema,
        response: { 200: meSchema, ...errors },
      },
    },
    async (request, reply) => {
      const token = request.cookies[names.loginChallenge];
      const challenge = token ? await findLoginChallenge(options.database, options.clock, token) : null;
      if (!challenge) throw new AppError(401, 'login_expired', 'secondFactor.loginExpired');
      const method = await verifySecondFactor(options.secondFactor, challenge.userId, request.body.code);
      await endLoginChallenge(options.database, challenge.idHash);
      clearCookie(reply, options.cookies, names.loginChallenge);
      const profile = await loadUserProfile(options.database, challenge.userId);
      if (!profile) throw new AppError(401, 'invalid_credentials', 'invalidCredentials');
      const session = await startSession(options, request, reply, challenge.userId, { authMethod: 'password', secondFactor: method });
      return presentMe(profile, session.csrfToken);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'End the session on the server', response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      if (request.session) await endSession(options.database, request.session.idHash);
      clearCookie(reply, options.cookies, names.session);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'The logged-in user and roles', response: { 200: meSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request);
      return presentMe(actor.profile, actor.session.csrfToken);
    },
  );

  app.get(
    '/api/auth/options',
    { schema: { tags: ['auth'], summary: 'How one can log in here', response: { 200: authOptionsSchema } } },
    async () => ({ oidc: options.oidc ? { providerName: options.oidc.providerName } : null }),
  );

  app.get(
    '/api/auth/demo-logins',
    {
      schema: {
        tags: ['auth'],
        summary: "The demo accounts and their authenticator apps' current codes, while the server runs with the demo school",
        response: { 200: demoLoginsSchema, 404: apiErrorSchema },
      },
    },
    async (request, reply) => {
      if (!options.demo) throw notFound();
      const now = options.clock.now();
      reply.header('cache-control', 'no-store');
      return {
        password: DEMO_PASSWORD,
        logins: demoLogins.map((l) => ({ email: l.email, description: l.description, totpCode: demoTotpCode(l.email, now) })),
        codesChangeAt: totpCodeEndsAt(now).toISOString(),
      };
    },
  );

  app.put(
    '/api/auth/locale',
    {
      schema: {
        tags: ['auth'],
        summary: "Save the user's language",
        body: setLocaleRequestSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await setUserLocale(options.database, actor.userId, request.body.locale);
      return reply.status(204).send(null);
    },
  );
};
