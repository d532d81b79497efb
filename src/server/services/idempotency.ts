import { createHash } from 'node:crypto';
import type { Queryable } from '../db/client.js';
import { AppError } from '../app-error.js';

export interface StoredResponse<T> {
  status: number;
  body: T;
  /** True when this is the stored answer to an earlier, identical request. */
  replayed: boolean;
}

export const requestHash = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

/**
 * Runs `work` once per (user, key) inside the caller's transaction. A retry
 * with the same key and the same request gets the first answer back without
 * doing anything; the same key with a different request is refused. An
 * advisory lock on the key makes a retry that arrives while the first attempt
 * is still running wait for it instead of racing it.
 */
export async function onceForKey<T>(
  tx: Queryable,
  scope: { userId: string; key: string | undefined; hash: string },
  work: () => Promise<{ status: number; body: T }>,
): Promise<StoredResponse<T>> {
  if (!scope.key) return { ...(await work()), replayed: false };
  await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`${scope.userId}:${scope.key}`]);
  const [stored] = await tx.query<{ request_hash: string; response_status: number; response_body: T }>(
    'select request_hash, response_status, response_body from idempotency_keys where user_id = $1 and key = $2',
    [scope.userId, scope.key],
  );
  if (stored) {
    if (stored.request_hash !== scope.hash) {
      throw new AppError(422, 'idempotency_key_reused', 'idempotencyKeyReused');
    }
    return { status: stored.response_status, body: stored.response_body, replayed: true };
  }
  const result = await work();
  await tx.query(
    'insert into idempotency_keys (user_id, key, request_hash, response_status, response_body) values ($1, $2, $3, $4, $5)',
    [scope.userId, scope.key, scope.hash, result.status, JSON.stringify(result.body)],
  );
  return { ...result, replayed: false };
}
