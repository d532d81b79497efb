// The security of one's own account: the session's state, the authenticator
// app (set up, confirm, step up, new recovery codes, remove) and one's other
// sessions.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  endedSessionsSchema,
  enrolmentSchema,
  recoveryCodesSchema,
  secondFactorCodeSchema,
  secondFactorGivenSchema,
  sessionListSchema,
  sessionSecuritySchema,
  startEnrolmentSchema,
} from '../../../contracts/auth.js';
import { apiErrorSchema } from '../../../contracts/errors.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { secondFactorExpectation } from '../../../domain/access.js';
import { loadCredentials } from '../../db/repositories/users.js';
import {
  confirmEnrolment,
  disableTotp,
  renewRecoveryCodes,
  secondFactorStatus,
  startEnrolment,
  verifySecondFactor,
  type SecondFactorDeps,
} from '../../services/auth/second-factor.js';
import {
  endOtherSessions,
  idleExpiryOf,
  listActiveSessions,
  rotateWithSecondFactor,
  type ActiveSession,
  type SecondFactorMethod,
  type SessionPolicy,
} from '../../services/sessions.js';
import { requireActor, setSessionCookie, type CookieSettings } from '../plugins/auth.js';

export interface SecurityRouteOptions {
  database: Database;
  clock: Clock;
  policy: SessionPolicy;
  cookies: CookieSettings;
  secondFactor: SecondFactorDeps;
  oidcConfigured: boolean;
}

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 409: apiErrorSchema, 429: apiErrorSchema };
const iso = (date: Date) => date.toISOString();

export const securityRoutes: FastifyPluginAsyncZod<SecurityRouteOptions> = async (app, options) => {
  const { database, clock, policy } = options;

  /** A second factor for this session: under a new id, with a new CSRF token. */
  async function giveSecondFactor(reply: FastifyReply, session: ActiveSession, method: SecondFactorMethod) {
    const rotated = await rotateWithSecondFactor(database, clock, session, method);
    setSessionCookie(reply, options.cookies, rotated.token, rotated.expiresAt, clock.now());
    return rotated.csrfToken;
  }

  // Wrong codes are limited per account in the database (services/auth/second-factor.ts); this only slows one address down.
  const perAddress = { rateLimit: { max: 30, timeWindow: '5 minutes', keyGenerator: (request: FastifyRequest) => request.ip } };

  app.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'The security state of this session: how the user logged in, second factor, when it ends',
        response: { 200: sessionSecuritySchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { session } = actor;
      const [status, credentials] = await Promise.all([secondFactorStatus(database, actor.userId), loadCredentials(database, actor.userId)]);
      return {
        authMethod: session.authMethod,
        createdAt: iso(session.createdAt),
        lastSeenAt: iso(session.lastSeenAt),
        expiresAt: iso(session.expiresAt),
        idleExpiresAt: iso(idleExpiryOf(session, policy)),
        secondFactor:
          session.secondFactorAt && session.secondFactorMethod
            ? { method: session.secondFactorMethod, at: iso(session.secondFactorAt) }
            : null,
        secondFactorExpected: secondFactorExpectation(actor),
        totp: { available: Boolean(credentials?.passwordHash), enrolled: status.enrolled, recoveryCodesLeft: status.recoveryCodesLeft },
        oidcStepUp: options.oidcConfigured && session.authMethod === 'oidc',
      };
    },
  );

  app.post(
    '/api/auth/totp/enrolment',
    {
      config: { rateLimit: { max: 10, timeWindow: '5 minutes' } },
      schema: {
        tags: ['auth'],
        summary: 'Start setting up an authenticator app (password again): the secret and its QR code',
        body: startEnrolmentSchema,
        response: { 200: enrolmentSchema, ...errors },
      },
    },
    async (request) => startEnrolment(options.secondFactor, requireActor(request).userId, request.body.password),
  );

  app.post(
    '/api/auth/totp/enrolment/confirm',
    {
      config: perAddress,
      schema: {
        tags: ['auth'],
        summary: 'Confirm the authenticator app with its first code; gives the recovery codes and a second factor for this session',
        body: secondFactorCodeSchema,
        response: { 200: recoveryCodesSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const recoveryCodes = await confirmEnrolment(options.secondFactor, actor.userId, request.body.code);
      request.log.info({ userId: actor.userId }, 'authenticator app set up');
      return { recoveryCodes, csrfToken: await giveSecondFactor(reply, actor.session, 'totp') };
    },
  );

  app.post(
    '/api/auth/second-factor',
    {
      config: perAddress,
      schema: {
        tags: ['auth'],
        summary: 'Give the second factor for this session now (step-up): a code from the app or a recovery code',
        body: secondFactorCodeSchema,
        response: { 200: secondFactorGivenSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const method = await verifySecondFactor(options.secondFactor, actor.userId, request.body.code);
      return { csrfToken: await giveSecondFactor(reply, actor.session, method) };
    },
  );

  app.post(
    '/api/auth/totp/recovery-codes',
    {
      config: perAddress,
      schema: {
        tags: ['auth'],
        summary: 'New recovery codes (the old ones stop working); needs a current code',
        body: secondFactorCodeSchema,
        response: { 200: recoveryCodesSchema, ...errors },
      },
    },
    async (request) => ({ recoveryCodes: await renewRecoveryCodes(options.secondFactor, requireActor(request).userId, request.body.code) }),
  );

  app.post(
    '/api/auth/totp/disable',
    {
      config: perAddress,
      schema: {
        tags: ['auth'],
        summary: 'Remove the authenticator app and the recovery codes; needs a current code',
        body: secondFactorCodeSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const { userId } = requireActor(request);
      await disableTotp(options.secondFactor, userId, request.body.code);
      request.log.info({ userId }, 'authenticator app removed');
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/sessions',
    { schema: { tags: ['auth'], summary: "The user's own sessions that still work", response: { 200: sessionListSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request);
      const sessions = await listActiveSessions(database, clock, policy, actor.userId);
      return {
        sessions: sessions.map((s) => ({
          id: s.publicId,
          current: s.idHash === actor.session.idHash,
          authMethod: s.authMethod,
          createdAt: iso(s.createdAt),
          lastSeenAt: iso(s.lastSeenAt),
          secondFactor: s.secondFactorAt !== null,
          userAgent: s.userAgent,
          ip: s.ip,
        })),
      };
    },
  );

  app.post(
    '/api/auth/sessions/end-others',
    { schema: { tags: ['auth'], summary: 'Log out every other session of the user, on the server', response: { 200: endedSessionsSchema, ...errors } } },
    async (request) => {
      const actor = requireActor(request);
      const ended = await endOtherSessions(database, actor.userId, actor.session.idHash);
      request.log.info({ userId: actor.userId, ended }, 'other sessions logged out');
      return { ended };
    },
  );
};
