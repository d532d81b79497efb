import { randomBytes } from 'node:crypto';
import { and, eq, gt, ne } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { sessions } from '../db/schema.js';
import type { Clock } from '../clock.js';
import { hashToken, randomToken } from './auth/tokens.js';

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

export type AuthMethod = 'password' | 'oidc';
export type SecondFactorMethod = 'totp' | 'recovery_code' | 'oidc_acr';

export interface ActiveSession {
  idHash: string;
  publicId: string;
  userId: string;
  csrfToken: string;
  authMethod: AuthMethod;
  acr: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  secondFactorAt: Date | null;
  secondFactorMethod: SecondFactorMethod | null;
  ip: string | null;
  userAgent: string | null;
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface SessionStart {
  authMethod: AuthMethod;
  acr?: string | null;
  /** Set when the login itself carried the second factor. */
  secondFactor?: SecondFactorMethod | null;
}

type SessionRow = typeof sessions.$inferSelect;

function toActive(row: SessionRow): ActiveSession {
  return {
    idHash: row.idHash,
    publicId: row.publicId,
    userId: row.userId,
    csrfToken: row.csrfToken,
    authMethod: row.authMethod as AuthMethod,
    acr: row.acr,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    expiresAt: row.expiresAt,
    secondFactorAt: row.secondFactorAt,
    secondFactorMethod: row.secondFactorMethod as SecondFactorMethod | null,
    ip: row.ip,
    userAgent: row.userAgent,
  };
}

/** When the session ends by itself: idle too long, or its absolute lifetime. */
export function idleExpiryOf(session: Pick<ActiveSession, 'lastSeenAt' | 'expiresAt'>, policy: SessionPolicy): Date {
  const idle = session.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  return new Date(Math.min(idle, session.expiresAt.getTime()));
}

/** A new session with a fresh id on every login (no fixation), stored only as a hash. */
export async function createSession(
  database: Database,
  clock: Clock,
  policy: SessionPolicy,
  userId: string,
  meta: { ip: string; userAgent: string | undefined },
  start: SessionStart = { authMethod: 'password' },
): Promise<NewSession> {
  const token = randomToken();
  const csrfToken = randomBytes(24).toString('base64url');
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + policy.maxHours * 3_600_000);
  await database.db.insert(sessions).values({
    idHash: hashToken(token),
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    authMethod: start.authMethod,
    acr: start.acr ?? null,
    secondFactorAt: start.secondFactor ? now : null,
    secondFactorMethod: start.secondFactor ?? null,
  });
  return { token, csrfToken, expiresAt };
}

/**
 * The session with a second factor under a new id and a new CSRF token: the
 * old id stops working at once. The absolute lifetime still counts from the
 * login, so a step-up never makes a session live longer.
 */
export async function rotateWithSecondFactor(
  database: Database,
  clock: Clock,
  session: ActiveSession,
  method: SecondFactorMethod,
  acr?: string | null,
): Promise<NewSession> {
  const token = randomToken();
  const csrfToken = randomBytes(24).toString('base64url');
  const now = clock.now();
  const rows = await database.db
    .update(sessions)
    .set({
      idHash: hashToken(token),
      csrfToken,
      lastSeenAt: now,
      secondFactorAt: now,
      secondFactorMethod: method,
      ...(acr === undefined ? {} : { acr }),
    })
    .where(eq(sessions.idHash, session.idHash))
    .returning({ expiresAt: sessions.expiresAt });
  const row = rows[0];
  if (!row) throw new Error('The session to rotate no longer exists');
  return { token, csrfToken, expiresAt: row.expiresAt };
}

/**
 * The session behind a cookie token, or null when unknown, past its absolute
 * lifetime or idle too long. An expired session is deleted on the spot.
 */
export async function findSession(
  database: Database,
  clock: Clock,
  policy: SessionPolicy,
  token: string,
): Promise<ActiveSession | null> {
  return findSessionByHash(database, clock, policy, hashToken(token));
}

export async function findSessionByHash(
  database: Database,
  clock: Clock,
  policy: SessionPolicy,
  idHash: string,
): Promise<ActiveSession | null> {
  const [row] = await database.db.select().from(sessions).where(eq(sessions.idHash, idHash)).limit(1);
  if (!row) return null;
  const now = clock.now().getTime();
  if (now >= idleExpiryOf(row, policy).getTime()) {
    await database.db.delete(sessions).where(eq(sessions.idHash, idHash));
    return null;
  }
  // Touch at most once a minute: a busy teacher should not write on every click.
  if (now - row.lastSeenAt.getTime() > 60_000) {
    await database.db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.idHash, idHash));
    row.lastSeenAt = new Date(now);
  }
  return toActive(row);
}

export async function endSession(database: Database, idHash: string): Promise<void> {
  await database.db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** The user's sessions that still work, newest first. */
export async function listActiveSessions(database: Database, clock: Clock, policy: SessionPolicy, userId: string): Promise<ActiveSession[]> {
  const now = clock.now();
  const rows = await database.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)));
  return rows
    .map(toActive)
    .filter((s) => idleExpiryOf(s, policy).getTime() > now.getTime())
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** «Logg ut andre økter»: every session of the user but this one ends on the server. */
export async function endOtherSessions(database: Database, userId: string, keepIdHash: string): Promise<number> {
  const rows = await database.db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.idHash, keepIdHash)))
    .returning({ idHash: sessions.idHash });
  return rows.length;
}

/** After the authenticator app is removed, no session of the user counts as having a second factor any more. */
export async function clearSecondFactor(database: Database, userId: string): Promise<void> {
  await database.db.update(sessions).set({ secondFactorAt: null, secondFactorMethod: null }).where(eq(sessions.userId, userId));
}
