// Which school owner's rows the current request may touch, carried through
// every await of the request (AsyncLocalStorage) so that the database client
// can set it on each transaction in one place (ADR 012). Outside any scope —
// jobs, seeders, the command line, migrations — queries run as the
// connecting role, which owns the tables and is not walled in.
import { AsyncLocalStorage } from 'node:async_hooks';

export type TenantScope =
  /** A logged-in user: the rows of their school owner only. */
  | { kind: 'owner'; ownerId: string }
  /** Nobody logged in: no tenant's rows at all. */
  | { kind: 'nobody' };

const storage = new AsyncLocalStorage<TenantScope>();

/** The role every request's transaction switches to; made by migration 0011. */
export const APPLICATION_ROLE = 'naervaer_app';

export function withTenantScope<T>(scope: TenantScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** Runs fn outside any request's scope: for work that spans owners on purpose (a job's handler). */
export function asMaintenance<T>(fn: () => T): T {
  return storage.exit(fn);
}

export function currentTenantScope(): TenantScope | undefined {
  return storage.getStore();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The statements that begin one transaction behind the wall. Both settings
 * are local to the transaction, so a pooled connection goes back to the pool
 * as it came. They are sent as one simple query with `begin` (one round trip
 * instead of two for every transaction of every request), so the owner's id
 * is written into the text: it is checked to be a UUID first, and it comes
 * from our own session row, never from the request.
 */
export function beginBehindWall(scope: TenantScope): string {
  return `begin; ${wallSettings(scope)}`;
}

/** The settings alone, for a transaction that has begun already (PGlite's). */
export function wallSettings(scope: TenantScope): string {
  const ownerId = scope.kind === 'owner' ? scope.ownerId : '';
  if (ownerId !== '' && !UUID.test(ownerId)) throw new Error('the tenant scope holds an owner id that is not a UUID');
  return `select set_config('role', '${APPLICATION_ROLE}', true), set_config('app.owner_id', '${ownerId}', true)`;
}
