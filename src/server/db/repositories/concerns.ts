import type { Queryable } from '../client.js';
import type { Concern } from '../../../domain/rules/index.js';

export interface PupilToEvaluateRow extends Record<string, unknown> {
  id: string;
  owner_id: string;
  school_id: string;
  birth_date: string;
}

export function pupilsToEvaluate(db: Queryable, pupilIds: readonly string[]) {
  return db.query<PupilToEvaluateRow>('select id, owner_id, school_id, birth_date from pupils where id = any($1::uuid[]) order by id', [pupilIds]);
}

/** Takes the pupils off the queue of those to judge again, before they are judged. */
export async function takeFromEvaluationQueue(db: Queryable, pupilIds: readonly string[]) {
  await db.query('delete from pupils_to_evaluate where pupil_id = any($1::uuid[])', [pupilIds]);
}

/** The pupils waiting to be judged again, oldest change first. */
export async function evaluationQueue(db: Queryable, limit: number) {
  const rows = await db.query<{ pupil_id: string }>('select pupil_id from pupils_to_evaluate order by since, pupil_id limit $1', [limit]);
  return rows.map((r) => r.pupil_id);
}

/** The pupils of an owner (or everyone), by id, a page at a time. */
export function pupilIdsPage(db: Queryable, afterId: string | null, limit: number, ownerId?: string) {
  return db.query<{ id: string }>(
    `select id from pupils where ($1::uuid is null or id > $1::uuid) and ($3::uuid is null or owner_id = $3::uuid) order by id limit $2`,
    [afterId, limit, ownerId ?? null],
  );
}

/** What judging again needs of a stored concern: only what tells whether it changed. */
export interface StoredConcernRow extends Record<string, unknown> {
  id: string;
  pupil_id: string;
  key: string;
  holds: boolean;
  current_value: number;
  /** md5 of the evidence dates joined by commas: compared instead of the dates themselves. */
  evidence_digest: string;
}

/** The pupils' concerns in windows from `from` on: the school year being judged. */
export function concernsOfPupilsSince(db: Queryable, pupilIds: readonly string[], from: string) {
  return db.query<StoredConcernRow>(
    `select id, pupil_id, key, holds, current_value, md5(array_to_string(evidence, ',')) as evidence_digest
       from concerns where pupil_id = any($1::uuid[]) and window_from >= $2::date`,
    [pupilIds, from],
  );
}

export interface NewConcern {
  pupilId: string;
  ownerId: string;
  schoolId: string;
  policyVersion: number;
  raisedOn: string;
  /** Raised after the fact: on record, no to-do, nobody told. */
  backfilled: boolean;
  concern: Concern;
}

/** Inserts the concerns that are new; a key raised already (by another evaluation meanwhile) is skipped. Returns those inserted. */
export async function insertConcerns(tx: Queryable, rows: readonly NewConcern[]) {
  if (rows.length === 0) return [];
  return tx.query<{ id: string; pupil_id: string; key: string }>(
    `insert into concerns (owner_id, school_id, pupil_id, key, rule_id, rule_name, policy_version, measure, level, approaching,
                           comparison, threshold, value, base, current_value, window_kind, window_from, window_to, window_until,
                           window_label, subject_id, evidence, notify, due_by, step, raised_on, evaluated_on, backfilled)
     select c.owner_id, c.school_id, c.pupil_id, c.key, c.rule_id, c.rule_name, c.policy_version, c.measure, c.level, c.approaching,
            c.comparison, c.threshold, c.value, c.base, c.value, c.window_kind, c.window_from, c.window_to, c.window_until,
            c.window_label, c.subject_id, c.evidence, c.notify, c.due_by, c.step, c.raised_on, c.raised_on, c.backfilled
       from jsonb_to_recordset($1::jsonb) as c(owner_id uuid, school_id uuid, pupil_id uuid, key text, rule_id text, rule_name text,
            policy_version int, measure text, level text, approaching boolean, comparison text, threshold float8, value float8,
            base int, window_kind text, window_from date, window_to date, window_until date, window_label text, subject_id uuid,
            evidence date[], notify text[], due_by date, step jsonb, raised_on date, backfilled boolean)
     on conflict (pupil_id, key) do nothing
     returning id, pupil_id, key`,
    [
      JSON.stringify(
        rows.map(({ pupilId, ownerId, schoolId, policyVersion, raisedOn, backfilled, concern: c }) => ({
          owner_id: ownerId,
          school_id: schoolId,
          pupil_id: pupilId,
          key: c.key,
          rule_id: c.rule,
          rule_name: c.ruleName,
          policy_version: policyVersion,
          measure: c.measure,
          level: c.level,
          approaching: c.approaching,
          comparison: c.comparison,
          threshold: c.threshold,
          value: c.value,
          base: c.base,
          window_kind: c.window.kind,
          window_from: c.window.from,
          window_to: c.window.to,
          window_until: c.window.until,
          window_label: c.window.label ?? null,
          subject_id: c.subjectId ?? null,
          evidence: c.evidence,
          notify: c.notify,
          due_by: c.dueBy,
          step: c.step ?? null,
          raised_on: raisedOn,
          backfilled,
        })),
      ),
    ],
  );
}

/** The newest figures of concerns raised before; those that no longer hold say so. */
export async function updateConcerns(
  tx: Queryable,
  updates: readonly { id: string; holds: boolean; currentValue: number; evidence: string[] | null }[],
  evaluatedOn: string,
) {
  if (updates.length === 0) return;
  await tx.query(
    `update concerns c set holds = u.holds, current_value = u.current_value, evidence = coalesce(u.evidence, c.evidence), evaluated_on = $2::date
       from jsonb_to_recordset($1::jsonb) as u(id uuid, holds boolean, current_value float8, evidence date[])
      where c.id = u.id`,
    [JSON.stringify(updates.map((u) => ({ id: u.id, holds: u.holds, current_value: u.currentValue, evidence: u.evidence }))), evaluatedOn],
  );
}

/** An approaching concern is replaced by the concern that the threshold was met, in the same window and subject. */
export async function supersedeApproaching(tx: Queryable, crossed: readonly { pupilId: string; ruleId: string; from: string; to: string; subjectId: string | null }[]) {
  if (crossed.length === 0) return;
  await tx.query(
    `update concerns c set status = 'superseded'
       from jsonb_to_recordset($1::jsonb) as x(pupil_id uuid, rule_id text, window_from date, window_to date, subject_id uuid)
      where c.pupil_id = x.pupil_id and c.rule_id = x.rule_id and c.window_from = x.window_from and c.window_to = x.window_to
        and c.subject_id is not distinct from x.subject_id and c.approaching and c.status = 'open'
        -- Spelled out, so the planner goes by the pupils' index rather than through every concern there is.
        and c.pupil_id = any($2::uuid[])`,
    [
      JSON.stringify(crossed.map((c) => ({ pupil_id: c.pupilId, rule_id: c.ruleId, window_from: c.from, window_to: c.to, subject_id: c.subjectId }))),
      [...new Set(crossed.map((c) => c.pupilId))],
    ],
  );
}

export interface ConcernRow extends Record<string, unknown> {
  id: string;
  pupil_id: string;
  school_id: string;
  given_name: string;
  family_name: string;
  class_name: string | null;
  rule_id: string;
  rule_name: string;
  measure: string;
  level: 'notice' | 'concern' | 'serious';
  approaching: boolean;
  comparison: 'atLeast' | 'moreThan';
  threshold: number;
  value: number;
  current_value: number;
  base: number | null;
  window_kind: string;
  window_from: string;
  window_to: string;
  window_until: string;
  window_label: string | null;
  subject_id: string | null;
  subject_code: string | null;
  subject_name: string | null;
  evidence: string[];
  notify: string[];
  due_by: string;
  step: { id: string; number: number; name: string } | null;
  raised_on: string;
  raised_at: Date;
  holds: boolean;
  backfilled: boolean;
  status: 'open' | 'handled' | 'superseded';
  handled_by_name: string | null;
  handled_at: Date | null;
}

const concernColumns = `c.id, c.pupil_id, c.school_id, p.given_name, p.family_name,
  (select g.name from group_memberships m join groups g on g.id = m.group_id
    where m.pupil_id = p.id and g.kind = 'class' and m.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date)
    order by m.valid_from desc limit 1) as class_name,
  c.rule_id, c.rule_name, c.measure, c.level, c.approaching, c.comparison, c.threshold, c.value, c.current_value, c.base,
  c.window_kind, c.window_from, c.window_to, c.window_until, c.window_label, c.subject_id, s.code as subject_code, s.name as subject_name,
  c.evidence, c.notify, c.due_by, c.step, c.raised_on, c.raised_at, c.holds, c.backfilled, c.status,
  h.given_name || ' ' || h.family_name as handled_by_name, c.handled_at`;

const concernJoins = `from concerns c join pupils p on p.id = c.pupil_id
  left join subjects s on s.id = c.subject_id left join users h on h.id = c.handled_by`;

/** The concerns of the pupils, newest window first; only those still to act on unless `all`. */
export function concernsOfPupils(db: Queryable, pupilIds: readonly string[], day: string, options: { all?: boolean; since?: string } = {}) {
  return db.query<ConcernRow>(
    `select ${concernColumns} ${concernJoins}
      where c.pupil_id = any($1::uuid[]) and ($3::boolean or (c.status = 'open' and c.holds and not c.backfilled))
        and ($4::date is null or c.window_to >= $4::date)
      order by c.raised_on desc, c.window_from desc`,
    [pupilIds, day, options.all ?? false, options.since ?? null],
  );
}

/** A school's open concerns, for its leadership. */
export function openConcernsOfSchool(db: Queryable, schoolId: string, day: string, since: string) {
  return db.query<ConcernRow>(
    `select ${concernColumns} ${concernJoins}
      where c.school_id = $1 and c.status = 'open' and c.holds and not c.backfilled and c.window_to >= $3::date
      order by c.due_by, c.raised_on desc`,
    [schoolId, day, since],
  );
}

export async function findConcern(db: Queryable, concernId: string) {
  const rows = await db.query<{ id: string; pupil_id: string; school_id: string; owner_id: string; status: string }>(
    'select id, pupil_id, school_id, owner_id, status from concerns where id = $1',
    [concernId],
  );
  return rows[0] ?? null;
}

export async function markConcernHandled(tx: Queryable, concernId: string, userId: string, at: Date, handled: boolean) {
  await tx.query(
    `update concerns set status = case when $4 then 'handled' else 'open' end,
            handled_by = case when $4 then $2::uuid end, handled_at = case when $4 then $3::timestamptz end
      where id = $1 and status <> 'superseded'`,
    [concernId, userId, at, handled],
  );
}
