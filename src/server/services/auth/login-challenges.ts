// Between a right password and the second factor. The challenge is not a
// session: it opens nothing but the second step, and ends after a few minutes.
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { loginChallenges } from '../../db/schema.js';
import type { Clock } from '../../clock.js';
import { hashToken, randomToken } from './tokens.js';

export const LOGIN_CHALLENGE_MINUTES = 5;

export async function createLoginChallenge(database: Database, clock: Clock, userId: string): Promise<string> {
  const token = randomToken();
  const now = clock.now();
  // Old challenges of anyone are cleared on the way: the table stays tiny.
  await database.db.delete(loginChallenges).where(lt(loginChallenges.expiresAt, now));
  await database.db.insert(loginChallenges).values({
    idHash: hashToken(token),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + LOGIN_CHALLENGE_MINUTES * 60_000),
  });
  return token;
}

export async function findLoginChallenge(database: Database, clock: Clock, token: string) {
  const [row] = await database.db
    .select({ idHash: loginChallenges.idHash, userId: loginChallenges.userId })
    .from(loginChallenges)
    .where(and(eq(loginChallenges.idHash, hashToken(token)), gt(loginChallenges.expiresAt, clock.now())))
    .limit(1);
  return row ?? null;
}

export async function endLoginChallenge(database: Database, idHash: string): Promise<void> {
  await database.db.delete(loginChallenges).where(eq(loginChallenges.idHash, idHash));
}
