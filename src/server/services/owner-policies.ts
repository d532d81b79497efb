// A school owner's rules for worrying absence: the version in force, its
// history, and saving a new version (validated, versioned, audited). An owner
// who has saved nothing is judged by the national default until they do.
import type { Database, Queryable } from '../db/client.js';
import type { Clock } from '../clock.js';
import { canEditOwnerPolicy, canReadOwnerPolicy, type Actor } from '../../domain/access.js';
import { getPreset, isPresetId, parsePolicy, PRESET_IDS, type Policy, type PresetId } from '../../domain/rules/index.js';
import * as repo from '../db/repositories/policies.js';
import { AppError, forbidden } from '../app-error.js';
import { audit } from './audit.js';

export const DEFAULT_PRESET: PresetId = 'national-default';

export interface ActivePolicy {
  policy: Policy;
  /** 0 while the owner has saved no version of their own. */
  version: number;
  basedOn: string | null;
  savedAt: Date | null;
  savedBy: string | null;
}

// A saved version never changes, so each is checked once per process: the
// rules are judged after every registration, and parsing is most of a policy read.
const checked = new Map<string, Policy>();
const MAX_CHECKED = 500;

function checkedPolicy(row: repo.PolicyRow): Policy {
  let policy = checked.get(row.id);
  if (policy === undefined) {
    const parsed = parsePolicy(row.policy);
    // Every stored version was checked when saved; a version the schema no longer accepts is a bug to see at once.
    if (!parsed.ok) throw new Error(`Stored policy ${row.owner_id} v${row.version} is no longer valid: ${parsed.problems[0]?.message}`);
    policy = { ...parsed.policy, version: row.version };
    if (checked.size >= MAX_CHECKED) checked.delete(checked.keys().next().value as string);
    checked.set(row.id, deepFreeze(policy));
  }
  return policy;
}

/** Shared between requests, so nobody may change it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function fromRow(row: repo.PolicyRow): ActivePolicy {
  return { policy: checkedPolicy(row), version: row.version, basedOn: row.based_on, savedAt: row.created_at, savedBy: row.created_by_name };
}

const defaultPolicy = (): ActivePolicy => ({ policy: getPreset(DEFAULT_PRESET), version: 0, basedOn: DEFAULT_PRESET, savedAt: null, savedBy: null });

/** The policy in force for each owner. */
export async function activePoliciesFor(db: Queryable, ownerIds: readonly string[]): Promise<Map<string, ActivePolicy>> {
  const rows = new Map((await repo.activePolicies(db, [...new Set(ownerIds)])).map((r) => [r.owner_id, r]));
  return new Map(ownerIds.map((id) => {
    const row = rows.get(id);
    return [id, row ? fromRow(row) : defaultPolicy()];
  }));
}

/** The policy in force for one owner's school. */
export async function activePolicyFor(db: Queryable, school: { ownerId: string }): Promise<Policy> {
  return (await activePoliciesFor(db, [school.ownerId])).get(school.ownerId)!.policy;
}

const isAdmin = canEditOwnerPolicy;
const mayRead = canReadOwnerPolicy;

export interface PolicyOverview {
  active: ActivePolicy;
  versions: { version: number; basedOn: string | null; note: string | null; savedAt: Date; savedBy: string | null }[];
  presets: { id: PresetId; policy: Policy }[];
  mayEdit: boolean;
}

export async function getPolicyOverview(database: Database, actor: Actor): Promise<PolicyOverview> {
  if (!mayRead(actor)) throw forbidden();
  const [active, versions] = await Promise.all([activePoliciesFor(database, [actor.ownerId]), repo.policyVersions(database, actor.ownerId)]);
  return {
    active: active.get(actor.ownerId)!,
    versions: versions.map((v) => ({ version: v.version, basedOn: v.based_on, note: v.note, savedAt: v.created_at, savedBy: v.created_by_name })),
    presets: PRESET_IDS.map((id) => ({ id, policy: getPreset(id) })),
    mayEdit: isAdmin(actor),
  };
}

export async function getPolicyVersion(database: Database, actor: Actor, version: number): Promise<ActivePolicy> {
  if (!mayRead(actor)) throw forbidden();
  const row = await repo.policyVersion(database, actor.ownerId, version);
  if (!row) throw new AppError(404, 'not_found', 'notFound');
  return fromRow(row);
}

/**
 * Saves the policy as the owner's next version. Nothing is saved unless the
 * whole policy is valid; the problems come back with their paths.
 */
export async function saveOwnerPolicy(
  database: Database,
  _clock: Clock,
  actor: Actor,
  input: { policy: unknown; basedOn?: string | null; note?: string | null },
): Promise<ActivePolicy> {
  if (!isAdmin(actor)) throw forbidden();
  const parsed = parsePolicy(input.policy);
  if (!parsed.ok) {
    throw new AppError(
      400,
      'invalid_policy',
      'invalidPolicy',
      parsed.problems.map((p) => ({ path: p.path === '' ? 'policy' : `policy.${p.path}`, key: 'policyProblem', params: { detail: p.message } })),
    );
  }
  const basedOn = input.basedOn && isPresetId(input.basedOn) ? input.basedOn : null;
  return database.transaction(async (tx) => {
    const version = await repo.nextPolicyVersion(tx, actor.ownerId);
    const policy = { ...parsed.policy, version };
    const saved = await repo.insertPolicyVersion(tx, {
      ownerId: actor.ownerId,
      version,
      policy,
      basedOn,
      note: input.note?.trim() || null,
      createdBy: actor.userId,
    });
    await audit(tx, actor, [
      { action: 'update', entity: 'owner_policy', entityId: saved.id, details: { version, basedOn, rules: policy.rules.map((r) => r.id) } },
    ]);
    // Read back for the saver's name: the answer says who saved it, as the history does.
    const stored = await repo.policyVersion(tx, actor.ownerId, version);
    return { policy, version, basedOn, savedAt: saved.created_at, savedBy: stored?.created_by_name ?? null };
  });
}

/** For the demo and for an owner's first start: store a preset as version 1 unless the owner has a version already. */
export async function adoptPresetIfNone(tx: Queryable, ownerId: string, presetId: PresetId): Promise<void> {
  const existing = await repo.activePolicies(tx, [ownerId]);
  if (existing.length > 0) return;
  await repo.insertPolicyVersion(tx, {
    ownerId,
    version: 1,
    policy: { ...getPreset(presetId), version: 1 },
    basedOn: presetId,
    note: null,
    createdBy: null,
  });
}
