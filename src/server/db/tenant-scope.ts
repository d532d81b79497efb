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

/**
 * The statement that puts one transaction behind the wall, and its parameter.
 * Both settings are local to the transaction, so a pooled connection goes
 * back to the pool as it came.
 */
export function tenantSettings(scope: TenantScope): { text: string; params: [string] } {
  return {
    text: `select set_config('role', '${APPLICATION_ROLE}', true), set_config('app.owner_id', $1, true)`,
    params: [scope.kind === 'owner' ? scope.ownerId : ''],
  };
}
