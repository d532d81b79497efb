// Login through an OpenID provider (Feide): the browser is sent there and
// comes back to the callback, which starts a session or gives the current one
// its second factor. Failures go back to the page the user came from with a
// code the page explains; the details are in the log.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { oidcStartQuerySchema } from '../../../contracts/auth.js';
import { apiErrorSchema } from '../../../contracts/errors.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { safeReturnPath } from '../../../domain/return-path.js';
import { OIDC_REQUEST_MINUTES, OidcLoginError, type OidcFailure, type OidcService } from '../../services/auth/oidc.js';
import { findSessionByHash, rotateWithSecondFactor, type SessionPolicy } from '../../services/sessions.js';
import { clearCookie, cookieNames, setSessionCookie, setShortCookie, type CookieSettings } from '../plugins/auth.js';
import { startSession } from './auth.js';

export interface OidcRouteOptions {
  database: Database;
  clock: Clock;
  policy: SessionPolicy;
  cookies: CookieSettings;
  oidc: OidcService;
}

/** The web app's pages that explain a failed OpenID login (src/web/app/paths.ts). */
const LOGIN_PAGE = '/logg-inn';
const SECURITY_PAGE = '/sikkerhet';

function failurePage(purpose: 'login' | 'step_up', failure: OidcFailure, next: string | null): string {
  const query = new URLSearchParams({ feil: failure });
  if (next) query.set('neste', next);
  return `${purpose === 'step_up' ? SECURITY_PAGE : LOGIN_PAGE}?${query.toString()}`;
}

export const oidcRoutes: FastifyPluginAsyncZod<OidcRouteOptions> = async (app, options) => {
  const { database, clock, policy, oidc } = options;
  const names = cookieNames(options.cookies.secure);
  const redirect = { 302: z.null(), 400: apiErrorSchema };

  app.get(
    '/api/auth/oidc/start',
    {
      // Each start stores a row for ten minutes: one address may not fill the table.
      config: { rateLimit: { max: 30, timeWindow: '5 minutes', keyGenerator: (request) => request.ip } },
      schema: {
        tags: ['auth'],
        summary: 'Go to the OpenID provider to log in, or (mfa=1) to give the current session a second factor',
        querystring: oidcStartQuerySchema,
        response: redirect,
      },
    },
    async (request, reply) => {
      const next = safeReturnPath(request.query.next);
      const stepUp = request.query.mfa === '1' && request.session !== null;
      try {
        const started = await oidc.start(
          stepUp && request.session ? { kind: 'step_up', sessionIdHash: request.session.idHash, userId: request.session.userId } : { kind: 'login' },
          next,
        );
        // Lax, not Strict: the way back from the provider is a navigation from another site.
        setShortCookie(reply, options.cookies, names.oidc, started.bindingToken, OIDC_REQUEST_MINUTES, 'lax');
        return reply.redirect(started.redirectTo, 302);
      } catch (error) {
        if (!(error instanceof OidcLoginError)) throw error;
        return reply.redirect(failurePage(stepUp ? 'step_up' : 'login', error.failure, next), 302);
      }
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    { schema: { tags: ['auth'], summary: 'Where the OpenID provider sends the browser back', response: redirect } },
    async (request, reply) => {
      const binding = request.cookies[names.oidc];
      clearCookie(reply, options.cookies, names.oidc);
      const query = new URL(request.url, 'http://callback.invalid').search;
      try {
        const outcome = await oidc.finish(binding, query);
        request.log.info({ userId: outcome.userId, purpose: outcome.purpose, acr: outcome.acr }, 'OpenID login');
        if (outcome.purpose === 'login') {
          await startSession(options, request, reply, outcome.userId, {
            authMethod: 'oidc',
            acr: outcome.acr,
            secondFactor: outcome.multiFactor ? 'oidc_acr' : null,
          });
          return reply.redirect(outcome.nextPath ?? '/', 302);
        }
        const session = outcome.sessionIdHash ? await findSessionByHash(database, clock, policy, outcome.sessionIdHash) : null;
        if (!session) throw new OidcLoginError('expired', outcome.nextPath, 'step_up');
        if (session.userId !== outcome.userId) throw new OidcLoginError('wrong_account', outcome.nextPath, 'step_up');
        const rotated = await rotateWithSecondFactor(database, clock, session, 'oidc_acr', outcome.acr);
        setSessionCookie(reply, options.cookies, rotated.token, rotated.expiresAt, clock.now());
        return reply.redirect(outcome.nextPath ?? SECURITY_PAGE, 302);
      } catch (error) {
        if (!(error instanceof OidcLoginError)) throw error;
        return reply.redirect(failurePage(error.purpose, error.failure, error.nextPath), 302);
      }
    },
  );
};
