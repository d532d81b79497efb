import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { sessions } from '../db/schema.js';
import type { Clock } from '../clock.js';

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

export interface ActiveSession {
  idHash: string;
  userId: string;
  csrfToken: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new session with a fresh id on every login (no fixation), stored only as a hash. */
export async function createSession(
  database: Database,
  clock: Clock,
  policy: SessionPolicy,
  userId: string,
  meta: { ip: string; userAgent: string | undefined },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = clock.now();
  await database.db.insert(sessions).values({
    idHash: hashToken(token),
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + policy.maxHours * 3_600_000),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken };
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
  const idHash = hashToken(token);
  const [row] = await database.db.select().from(sessions).where(eq(sessions.idHash, idHash)).limit(1);
  if (!row) return null;
  const now = clock.now().getTime();
  const idleLimit = row.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  if (now >= row.expiresAt.getTime() || now >= idleLimit) {
    await database.db.delete(sessions).where(eq(sessions.idHash, idHash));
    return null;
  }
  // Touch at most once a minute: a busy teacher should not write on every click.
  if (now - row.lastSeenAt.getTime() > 60_000) {
    await database.db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.idHash, idHash));
  }
  return { idHash, userId: row.userId, csrfToken: row.csrfToken };
}

export async function endSession(database: Database, idHash: string): Promise<void> {
  await database.db.delete(sessions).where(eq(sessions.idHash, idHash));
}
