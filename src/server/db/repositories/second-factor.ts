// Authenticator apps, recovery codes and wrong-code counts.
import { and, count, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { recoveryCodes, secondFactorFailures, totpCredentials } from '../schema.js';

export async function findTotpCredential(database: Database, userId: string) {
  const [row] = await database.db.select().from(totpCredentials).where(eq(totpCredentials.userId, userId)).limit(1);
  return row ?? null;
}

/** A new enrolment, replacing one that was never confirmed. A confirmed credential is left alone. */
export async function savePendingTotp(database: Database, userId: string, secretEncrypted: string, at: Date): Promise<boolean> {
  const rows = await database.db
    .insert(totpCredentials)
    .values({ userId, secretEncrypted, createdAt: at })
    .onConflictDoUpdate({
      target: totpCredentials.userId,
      set: { secretEncrypted, createdAt: at, lastUsedStep: null },
      setWhere: isNull(totpCredentials.confirmedAt),
    })
    .returning({ userId: totpCredentials.userId });
  return rows.length === 1;
}

/**
 * Records that the code of `step` was used, only if no code of this or a later
 * step was used before: one statement, so two requests racing with the same
 * code cannot both win.
 */
export async function claimTotpStep(database: Database, userId: string, step: number, confirmAt?: Date): Promise<boolean> {
  const rows = await database.db
    .update(totpCredentials)
    .set({ lastUsedStep: step, ...(confirmAt ? { confirmedAt: confirmAt } : {}) })
    .where(
      and(
        eq(totpCredentials.userId, userId),
        or(isNull(totpCredentials.lastUsedStep), lt(totpCredentials.lastUsedStep, step)),
        confirmAt ? isNull(totpCredentials.confirmedAt) : sql`${totpCredentials.confirmedAt} is not null`,
      ),
    )
    .returning({ userId: totpCredentials.userId });
  return rows.length === 1;
}

export async function replaceTotpSecret(database: Database, userId: string, secretEncrypted: string) {
  await database.db.update(totpCredentials).set({ secretEncrypted }).where(eq(totpCredentials.userId, userId));
}

export async function deleteSecondFactors(database: Database, userId: string) {
  await database.db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await database.db.delete(totpCredentials).where(eq(totpCredentials.userId, userId));
}

export async function replaceRecoveryCodes(database: Database, userId: string, hashes: readonly string[], at: Date) {
  await database.db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  if (hashes.length > 0) {
    await database.db.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash, createdAt: at })));
  }
}

/** Marks an unused recovery code as used; false when there is none with this hash. */
export async function useRecoveryCode(database: Database, userId: string, codeHash: string, at: Date): Promise<boolean> {
  const rows = await database.db
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

export async function unusedRecoveryCodeCount(database: Database, userId: string): Promise<number> {
  const [row] = await database.db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return Number(row?.n ?? 0);
}

export async function recentFailureCount(database: Database, userId: string, since: Date): Promise<number> {
  const [row] = await database.db
    .select({ n: count() })
    .from(secondFactorFailures)
    .where(and(eq(secondFactorFailures.userId, userId), gt(secondFactorFailures.at, since)));
  return Number(row?.n ?? 0);
}

/** Counts one wrong code and forgets those older than the window. */
export async function recordFailure(database: Database, userId: string, at: Date, forgetBefore: Date) {
  await database.db.delete(secondFactorFailures).where(and(eq(secondFactorFailures.userId, userId), lt(secondFactorFailures.at, forgetBefore)));
  await database.db.insert(secondFactorFailures).values({ userId, at });
}
