// The authenticator app as a second factor: enrolment with a first code,
// verification (each code once, wrong codes limited per account), recovery
// codes, and removal with a current code.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import * as repo from '../../db/repositories/second-factor.js';
import { loadCredentials } from '../../db/repositories/users.js';
import { AppError, conflict } from '../../app-error.js';
import { verifyPassword } from '../passwords.js';
import { clearSecondFactor } from '../sessions.js';
import type { SecretBox } from './secret-box.js';
import { isTotpCodeShape, matchTotpStep, newTotpSecret, totpQrDataUrl, totpUri } from './totp-codes.js';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes.js';

export interface SecondFactorDeps {
  database: Database;
  clock: Clock;
  secretBox: SecretBox;
  /** Wrong codes allowed per account in RATE_WINDOW_MINUTES. */
  rateLimit: number;
}

export const RATE_WINDOW_MINUTES = 15;

const codeError = (key: string) => new AppError(400, 'invalid_code', key, [{ path: 'body.code', key }]);

async function refuseWhenLimited(deps: SecondFactorDeps, userId: string, now: Date) {
  const since = new Date(now.getTime() - RATE_WINDOW_MINUTES * 60_000);
  if ((await repo.recentFailureCount(deps.database, userId, since)) >= deps.rateLimit) {
    throw new AppError(429, 'rate_limited', 'secondFactor.rateLimited', undefined, { minutes: RATE_WINDOW_MINUTES });
  }
}

async function wrongCode(deps: SecondFactorDeps, userId: string, now: Date, key: string): Promise<never> {
  await repo.recordFailure(deps.database, userId, now, new Date(now.getTime() - RATE_WINDOW_MINUTES * 60_000));
  throw codeError(key);
}

function openSecret(deps: SecondFactorDeps, userId: string, sealed: string): string {
  const secret = deps.secretBox.open(sealed, userId);
  // Only a changed TOTP_ENCRYPTION_KEY gets here: an operator's problem, logged as a 500.
  if (secret === null) throw new Error(`The TOTP secret of user ${userId} cannot be decrypted with TOTP_ENCRYPTION_KEY`);
  return secret;
}

const clean = (code: string) => code.replace(/\s/g, '');

export async function hasConfirmedTotp(database: Database, userId: string): Promise<boolean> {
  const credential = await repo.findTotpCredential(database, userId);
  return Boolean(credential?.confirmedAt);
}

export interface SecondFactorStatus {
  enrolled: boolean;
  confirmedAt: Date | null;
  recoveryCodesLeft: number;
}

export async function secondFactorStatus(database: Database, userId: string): Promise<SecondFactorStatus> {
  const credential = await repo.findTotpCredential(database, userId);
  const enrolled = Boolean(credential?.confirmedAt);
  return {
    enrolled,
    confirmedAt: credential?.confirmedAt ?? null,
    recoveryCodesLeft: enrolled ? await repo.unusedRecoveryCodeCount(database, userId) : 0,
  };
}

/**
 * A code from the app or a recovery code, for a user who has the app. Says
 * which it was; throws a field error for a wrong, reused or malformed code.
 */
export async function verifySecondFactor(deps: SecondFactorDeps, userId: string, rawCode: string): Promise<'totp' | 'recovery_code'> {
  const now = deps.clock.now();
  await refuseWhenLimited(deps, userId, now);
  const credential = await repo.findTotpCredential(deps.database, userId);
  if (!credential?.confirmedAt) throw conflict('secondFactor.notEnrolled');
  const code = clean(rawCode);
  if (isTotpCodeShape(code)) {
    const step = matchTotpStep(openSecret(deps, userId, credential.secretEncrypted), code, now);
    if (step === null) return wrongCode(deps, userId, now, 'secondFactor.invalidCode');
    if (!(await repo.claimTotpStep(deps.database, userId, step))) return wrongCode(deps, userId, now, 'secondFactor.codeUsed');
    return 'totp';
  }
  if (looksLikeRecoveryCode(code) && (await repo.useRecoveryCode(deps.database, userId, hashRecoveryCode(code), now))) {
    return 'recovery_code';
  }
  return wrongCode(deps, userId, now, 'secondFactor.invalidCode');
}

export interface Enrolment {
  secret: string;
  uri: string;
  qrDataUrl: string;
}

/**
 * A new secret for the app, waiting for its first code. Local accounts only,
 * and only with the password given again: an unattended session must not be
 * able to tie the account to someone else's phone.
 */
export async function startEnrolment(deps: SecondFactorDeps, userId: string, password: string): Promise<Enrolment> {
  const credentials = await loadCredentials(deps.database, userId);
  if (!credentials?.passwordHash) throw new AppError(409, 'conflict', 'secondFactor.noLocalPassword');
  if (!(await verifyPassword(credentials.passwordHash, password))) {
    throw new AppError(400, 'invalid_password', 'secondFactor.wrongPassword', [{ path: 'body.password', key: 'secondFactor.wrongPassword' }]);
  }
  const secret = newTotpSecret();
  const saved = await repo.savePendingTotp(deps.database, userId, deps.secretBox.seal(secret, userId), deps.clock.now());
  if (!saved) throw conflict('secondFactor.alreadyEnrolled');
  const uri = totpUri(secret, credentials.email);
  return { secret, uri, qrDataUrl: await totpQrDataUrl(uri) };
}

async function issueRecoveryCodes(deps: SecondFactorDeps, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await repo.replaceRecoveryCodes(deps.database, userId, codes.map(hashRecoveryCode), deps.clock.now());
  return codes;
}

/** The first code from the app confirms the enrolment; the answer carries the recovery codes, shown this once. */
export async function confirmEnrolment(deps: SecondFactorDeps, userId: string, rawCode: string): Promise<string[]> {
  const now = deps.clock.now();
  await refuseWhenLimited(deps, userId, now);
  const credential = await repo.findTotpCredential(deps.database, userId);
  if (!credential) throw conflict('secondFactor.noEnrolment');
  if (credential.confirmedAt) throw conflict('secondFactor.alreadyEnrolled');
  const code = clean(rawCode);
  const step = isTotpCodeShape(code) ? matchTotpStep(openSecret(deps, userId, credential.secretEncrypted), code, now) : null;
  if (step === null) return wrongCode(deps, userId, now, 'secondFactor.invalidCode');
  if (!(await repo.claimTotpStep(deps.database, userId, step, now))) return wrongCode(deps, userId, now, 'secondFactor.codeUsed');
  return issueRecoveryCodes(deps, userId);
}

/** New recovery codes, the old ones void; needs a current code. */
export async function renewRecoveryCodes(deps: SecondFactorDeps, userId: string, rawCode: string): Promise<string[]> {
  await verifySecondFactor(deps, userId, rawCode);
  return issueRecoveryCodes(deps, userId);
}

/** Removes the app and the recovery codes; needs a current code. No session of the user keeps its second factor. */
export async function disableTotp(deps: SecondFactorDeps, userId: string, rawCode: string): Promise<void> {
  await verifySecondFactor(deps, userId, rawCode);
  await repo.deleteSecondFactors(deps.database, userId);
  await clearSecondFactor(deps.database, userId);
}
