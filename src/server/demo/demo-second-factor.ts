// The demo accounts whose roles need a second factor have an authenticator app
// with a fixed secret, so that the login page can show their current code
// beside them. Only while DEMO_SEED is on; the secrets are public by design.
import { createHash } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { totpCredentials, users } from '../db/schema.js';
import { ROLES_THAT_NEED_A_SECOND_FACTOR } from '../../domain/access.js';
import type { SecretBox } from '../services/auth/secret-box.js';
import { totpCodeAt } from '../services/auth/totp-codes.js';
import { fixedStaff } from './demo-users.js';

export const demoTotpEmails: readonly string[] = fixedStaff
  .filter((member) => ROLES_THAT_NEED_A_SECOND_FACTOR.includes(member.role))
  .map((member) => member.email);

export function demoTotpSecret(email: string): string {
  const bytes = createHash('sha256').update(`naervaer-demo-totp:${email}`).digest().subarray(0, 20);
  return new OTPAuth.Secret({ buffer: new Uint8Array(bytes).buffer }).base32;
}

/** The code the demo account's app shows at `at`, or null for an account without one. */
export function demoTotpCode(email: string, at: Date): string | null {
  return demoTotpEmails.includes(email) ? totpCodeAt(demoTotpSecret(email), at) : null;
}

/**
 * Gives each such demo account its app, at every start: also after the demo
 * was seeded by an older version, or when TOTP_ENCRYPTION_KEY changed.
 */
export async function ensureDemoSecondFactors(database: Database, secretBox: SecretBox, now: Date): Promise<void> {
  for (const email of demoTotpEmails) {
    const [user] = await database.db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
    if (!user) continue;
    const [existing] = await database.db.select().from(totpCredentials).where(eq(totpCredentials.userId, user.id)).limit(1);
    const secret = demoTotpSecret(email);
    if (existing?.confirmedAt && secretBox.open(existing.secretEncrypted, user.id) === secret) continue;
    const sealed = secretBox.seal(secret, user.id);
    await database.db
      .insert(totpCredentials)
      .values({ userId: user.id, secretEncrypted: sealed, confirmedAt: now, createdAt: now })
      .onConflictDoUpdate({ target: totpCredentials.userId, set: { secretEncrypted: sealed, confirmedAt: now, lastUsedStep: null } });
  }
}
