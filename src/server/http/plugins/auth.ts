import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { findSession, type ActiveSession, type SessionPolicy } from '../../services/sessions.js';
import { loadUserProfile, type UserProfile } from '../../db/repositories/users.js';
import { needsSecondFactor, type Actor } from '../../../domain/access.js';
import { AppError, unauthenticated } from '../../app-error.js';
import { withTenantScope, type TenantScope } from '../../db/tenant-scope.js';

declare module 'fastify' {
  interface FastifyRequest {
    session: ActiveSession | null;
    user: UserProfile | null;
  }
  interface FastifyContextConfig {
    /**
     * 'maintenance' for the few routes that must find rows before anyone is
     * known (a link in an e-mail, the login itself): they run unwalled, as
     * the jobs do (ADR 012). Every other route runs behind the tenant wall.
     */
    tenantScope?: 'maintenance';
  }
}

export interface AuthOptions {
  database: Database;
  clock: Clock;
  policy: SessionPolicy;
  cookieName: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export const authPlugin = fp<AuthOptions>(async (app, options) => {
  app.decorateRequest('session', null);
  app.decorateRequest('user', null);

  async function authenticate(request: FastifyRequest): Promise<void> {
    const token = request.cookies[options.cookieName];
    if (!token) return;
    const session = await findSession(options.database, options.clock, options.policy, token);
    if (!session) return;
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) {
        throw new AppError(403, 'csrf', 'csrf');
      }
    }
    request.session = session;
    request.user = await loadUserProfile(options.database, session.userId);
  }

  // Callback style on purpose: the rest of the request (later hooks, the
  // handler, every query they make) runs inside the scope entered here, so
  // the database client puts each of its transactions behind the wall.
  app.addHook('preHandler', (request, _reply, done) => {
    authenticate(request).then(
      () => {
        if (request.routeOptions.config.tenantScope === 'maintenance') return done();
        const scope: TenantScope = request.user ? { kind: 'owner', ownerId: request.user.ownerId } : { kind: 'nobody' };
        withTenantScope(scope, () => done());
      },
      (error: unknown) => done(error as Error),
    );
  });
});

/** The logged-in actor, or a 401. Use in every handler that needs a user. */
export function requireActor(request: FastifyRequest): Actor & { profile: UserProfile; session: ActiveSession } {
  const { user, session } = request;
  if (!user || !session) throw unauthenticated();
  return { userId: user.id, ownerId: user.ownerId, roles: user.roles, profile: user, session };
}

export interface CookieSettings {
  secure: boolean;
}

/** The session cookie and its two companions; `__Host-` binds each to this host over HTTPS, and browsers refuse it over plain HTTP. */
export function cookieNames(secure: boolean) {
  const prefix = secure ? '__Host-' : '';
  return {
    session: `${prefix}naervaer_session`,
    /** A right password waiting for the second factor. */
    loginChallenge: `${prefix}naervaer_login`,
    /** Ties an OpenID login to the browser that started it. */
    oidc: `${prefix}naervaer_oidc`,
  };
}

export function setSessionCookie(reply: FastifyReply, settings: CookieSettings, token: string, expiresAt: Date, now: Date) {
  reply.setCookie(cookieNames(settings.secure).session, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: settings.secure,
    maxAge: Math.max(1, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)),
  });
}

export function setShortCookie(
  reply: FastifyReply,
  settings: CookieSettings,
  name: string,
  token: string,
  minutes: number,
  sameSite: 'strict' | 'lax',
) {
  reply.setCookie(name, token, { path: '/', httpOnly: true, sameSite, secure: settings.secure, maxAge: minutes * 60 });
}

export function clearCookie(reply: FastifyReply, settings: CookieSettings, name: string) {
  reply.clearCookie(name, { path: '/', httpOnly: true, secure: settings.secure });
}

/**
 * The guard for what needs a second factor: the actor when the session has
 * one or the request does not need it (src/domain/access.ts), otherwise a 403
 * with the code `second_factor_required`, which the web app turns into a
 * prompt to give the code (or set up the app) and then carry on.
 */
export function requireSecondFactor(request: FastifyRequest, what: { followUpData: boolean }) {
  const actor = requireActor(request);
  if (actor.session.secondFactorAt || !needsSecondFactor(actor, what)) return actor;
  throw new AppError(403, 'second_factor_required', 'secondFactorRequired');
}

/** The same guard as a preHandler, for routes that are about follow-up data as a whole. */
export const secondFactorPreHandler =
  (what: { followUpData: boolean }) =>
  async (request: FastifyRequest): Promise<void> => {
    requireSecondFactor(request, what);
  };
