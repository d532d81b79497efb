import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { findSession, type ActiveSession, type SessionPolicy } from '../../services/sessions.js';
import { loadUserProfile, type UserProfile } from '../../db/repositories/users.js';
import type { Actor } from '../../../domain/access.js';
import { AppError, unauthenticated } from '../../app-error.js';

declare module 'fastify' {
  interface FastifyRequest {
    session: ActiveSession | null;
    user: UserProfile | null;
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

  app.addHook('preHandler', async (request) => {
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
  });
});

/** The logged-in actor, or a 401. Use in every handler that needs a user. */
export function requireActor(request: FastifyRequest): Actor & { profile: UserProfile; session: ActiveSession } {
  const { user, session } = request;
  if (!user || !session) throw unauthenticated();
  return { userId: user.id, ownerId: user.ownerId, roles: user.roles, profile: user, session };
}

export function setSessionCookie(
  reply: FastifyReply,
  options: { cookieName: string; secure: boolean; maxHours: number },
  token: string,
) {
  reply.setCookie(options.cookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: options.secure,
    maxAge: options.maxHours * 3600,
  });
}
