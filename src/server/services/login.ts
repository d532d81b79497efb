import type { Database } from '../db/client.js';
import { findUserByEmail } from '../db/repositories/users.js';
import { hashPassword, verifyPassword } from './passwords.js';

// Verifying against a throwaway hash when the e-mail is unknown keeps the
// answer time the same, so response times do not reveal who has an account.
let decoyHash: Promise<string> | undefined;

/** The user id when e-mail and password match an active account, otherwise null. */
export async function checkPassword(database: Database, email: string, password: string): Promise<string | null> {
  const user = await findUserByEmail(database, email);
  if (!user || !user.passwordHash || !user.active) {
    decoyHash ??= hashPassword('decoy-password-never-used');
    await verifyPassword(await decoyHash, password);
    return null;
  }
  return (await verifyPassword(user.passwordHash, password)) ? user.id : null;
}
