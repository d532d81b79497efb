import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { demoLoginsSchema, loginRequestSchema, meSchema, setLocaleRequestSchema } from '../../../contracts/auth.js';
import { DEMO_PASSWORD, demoLogins } from '../../demo-logins.js';
import { notFound } from '../../app-error.js';
import { apiErrorSchema } from '../../../contracts/errors.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { checkPassword } from '../../services/login.js';
import { createSession, endSession, type SessionPolicy } from '../../services/sessions.js';
import { loadUserProfile, setUserLocale, type UserProfile } from '../../db/repositories/users.js';
import { requireActor, setSessionCookie } from '../plugins/auth.js';
import { AppError } from '../../app-error.js';

export interface AuthRouteOptions {
  database: Database;
  clock: Clock;
  policy: SessionPolicy;
  cookieName: string;
  secureCookies: boolean;
  loginRateLimit: number;
  demo: boolean;
}

function presentMe(profile: UserProfile, csrfToken: string) {
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

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 429: apiErrorSchema };

export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (app, options) => {
  app.post(
    '/api/auth/login',
    {
      config: {
        rateLimit: {
          max: options.loginRateLimit,
          timeWindow: '5 minutes',
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
        summary: 'Log in with e-mail and password',
        body: loginRequestSchema,
        response: { 200: meSchema, ...errors },
      },
    },
    async (request, reply) => {
      const userId = await checkPassword(options.database, request.body.email, request.body.password);
      if (!userId) throw new AppError(401, 'invalid_credentials', 'invalidCredentials');
      const profile = await loadUserProfile(options.database, userId);
      if (!profile) throw new AppError(401, 'invalid_credentials', 'invalidCredentials');
      // A session from before the login is ended: new id at every login.
      if (request.session) await endSession(options.database, request.session.idHash);
      const { token, csrfToken } = await createSession(options.database, options.clock, options.policy, userId, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(reply, { cookieName: options.cookieName, secure: options.secureCookies, maxHours: options.policy.maxHours }, token);
      return presentMe(profile, csrfToken);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'End the session on the server', response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      if (request.session) await endSession(options.database, request.session.idHash);
      reply.clearCookie(options.cookieName, { path: '/' });
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
    '/api/auth/demo-logins',
    {
      schema: {
        tags: ['auth'],
        summary: 'The demo accounts, while the server runs with the demo school',
        response: { 200: demoLoginsSchema, 404: apiErrorSchema },
      },
    },
    async () => {
      if (!options.demo) throw notFound();
      return { password: DEMO_PASSWORD, logins: demoLogins.map((l) => ({ email: l.email, description: l.description })) };
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
