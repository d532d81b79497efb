// Concerns as the contact teacher («Mine elever»), the pupil's page and the
// school's leadership see them: most urgent first, with what to do by when,
// and a forecast of which rules a pupil will meet at the current rate.
import type { Database } from '../db/client.js';
import type { Clock } from '../clock.js';
import { canFollowUpConcerns, canSeeSchoolOverview, leadsSchool, type Actor } from '../../domain/access.js';
import { schoolTimeOf } from '../../domain/dates.js';
import { forecastPolicy, type Policy } from '../../domain/rules/index.js';
import type { ConcernView, ForecastView, MyConcerns, PupilConcernPage, SchoolConcerns } from '../../contracts/rules.js';
import * as repo from '../db/repositories/concerns.js';
import * as figuresRepo from '../db/repositories/figures.js';
import { findSchool } from '../db/repositories/classes.js';
import { schoolCalendarsOn } from '../db/repositories/school-calendars.js';
import { forbidden, notFound } from '../app-error.js';
import { activePoliciesFor } from './owner-policies.js';
import { heldMarksOf } from './pupil-years.js';
import { audit } from './audit.js';

const LEVEL_RANK = { serious: 3, concern: 2, notice: 1 } as const;

export function presentConcern(row: repo.ConcernRow, today: string): ConcernView {
  const open = row.status === 'open' && row.holds && !row.backfilled;
  return {
    id: row.id,
    pupil: { id: row.pupil_id, givenName: row.given_name, familyName: row.family_name, className: row.class_name },
    rule: { id: row.rule_id, name: row.rule_name },
    measure: row.measure as ConcernView['measure'],
    level: row.level,
    approaching: row.approaching,
    comparison: row.comparison,
    threshold: row.threshold,
    value: row.value,
    currentValue: row.current_value,
    base: row.base,
    window: { kind: row.window_kind, from: row.window_from, to: row.window_to, until: row.window_until, label: row.window_label },
    subject: row.subject_id ? { id: row.subject_id, code: row.subject_code ?? '', name: row.subject_name ?? '' } : null,
    evidence: row.evidence,
    notify: row.notify,
    dueBy: row.due_by,
    overdue: open && !row.approaching && row.due_by < today,
    step: row.step,
    raisedOn: row.raised_on,
    holds: row.holds,
    backfilled: row.backfilled,
    status: row.status,
    handled: row.handled_at && row.handled_by_name ? { by: row.handled_by_name, at: row.handled_at.toISOString() } : null,
  };
}

/** Met before nearing, graver first, overdue first, then the earliest day to act. */
export function byUrgency(a: ConcernView, b: ConcernView): number {
  return (
    Number(a.approaching) - Number(b.approaching) ||
    LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
    Number(b.overdue) - Number(a.overdue) ||
    (a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : 0) ||
    (a.raisedOn > b.raisedOn ? -1 : a.raisedOn < b.raisedOn ? 1 : 0)
  );
}

/** The forecasts that matter: rules not met yet that the pupil meets before the window ends at the current rate. */
async function forecastsFor(
  database: Database,
  pupils: readonly { id: string; school_id: string; owner_id: string; birth_date?: string | null }[],
  today: string,
): Promise<Map<string, ForecastView[]>> {
  const result = new Map<string, ForecastView[]>();
  if (pupils.length === 0) return result;
  const calendars = await schoolCalendarsOn(database, [...new Set(pupils.map((p) => p.school_id))], today);
  const policies = await activePoliciesFor(database, [...new Set(pupils.map((p) => p.owner_id))]);
  const bySchool = new Map<string, typeof pupils[number][]>();
  for (const p of pupils) bySchool.set(p.school_id, [...(bySchool.get(p.school_id) ?? []), p]);
  for (const [schoolId, list] of bySchool) {
    const calendar = calendars.get(schoolId);
    if (!calendar || calendar.startsOn > today || calendar.endsOn < today) continue;
    const marks = await heldMarksOf(database, list.map((p) => p.id), calendar.startsOn, today);
    for (const p of list) {
      const policy: Policy = policies.get(p.owner_id)!.policy;
      const names = new Map(policy.rules.map((r) => [r.id, r]));
      const forecasts = forecastPolicy(policy, { marks: marks.filter((m) => m.pupilId === p.id), calendar, asOf: today, birthDate: p.birth_date ?? null })
        .filter((f) => !f.crossed && f.crossesOn !== null)
        .map((f) => ({
          rule: { id: f.rule, name: names.get(f.rule)?.name ?? f.rule },
          measure: names.get(f.rule)!.measure,
          subject: f.subjectId ? { id: f.subjectId, code: f.subject ?? '' } : null,
          window: f.window,
          comparison: f.comparison,
          threshold: f.threshold,
          value: f.value,
          projectedAtEnd: f.projectedAtEnd,
          crossesOn: f.crossesOn,
          margin: f.margin,
          remainingSchoolDays: f.remainingSchoolDays,
        }))
        .sort((a, b) => (a.crossesOn! < b.crossesOn! ? -1 : 1));
      result.set(p.id, forecasts);
    }
  }
  return result;
}

async function policyLabel(database: Database, ownerId: string) {
  const active = (await activePoliciesFor(database, [ownerId])).get(ownerId)!;
  return { name: active.policy.name, version: active.version };
}

/** «Mine elever»: the contact teacher's pupils who have open concerns, or will at the current rate. */
export async function getMyConcerns(database: Database, clock: Clock, actor: Actor): Promise<MyConcerns> {
  const today = schoolTimeOf(clock.now()).date;
  const pupils = (await figuresRepo.contactPupilRefs(database, actor.userId, today)).filter((p) => p.owner_id === actor.ownerId);
  const ids = pupils.map((p) => p.id);
  const calendars = await schoolCalendarsOn(database, [...new Set(pupils.map((p) => p.school_id))], today);
  const yearStart = [...calendars.values()].reduce((min, c) => (c.startsOn < min ? c.startsOn : min), today);
  const [rows, births] = await Promise.all([
    repo.concernsOfPupils(database, ids, today, { since: yearStart }),
    repo.pupilsToEvaluate(database, ids),
  ]);
  const forecasts = await forecastsFor(database, births, today);
  await audit(database, actor, ids.map((pupilId) => ({ action: 'read' as const, entity: 'concern', pupilId, reason: 'contact_pupils' })));
  const concerns = rows.map((r) => presentConcern(r, today));
  const list = pupils
    .map((p) => ({
      pupil: { id: p.id, givenName: p.given_name, familyName: p.family_name, className: p.class_name },
      concerns: concerns.filter((c) => c.pupil.id === p.id).sort(byUrgency),
      forecasts: forecasts.get(p.id) ?? [],
    }))
    .filter((p) => p.concerns.length > 0 || p.forecasts.length > 0)
    .sort((a, b) => {
      const [x, y] = [a.concerns[0], b.concerns[0]];
      if (x && y) return byUrgency(x, y);
      if (x || y) return x ? -1 : 1;
      return (a.forecasts[0]?.crossesOn ?? '') < (b.forecasts[0]?.crossesOn ?? '') ? -1 : 1;
    });
  return { asOf: today, policy: await policyLabel(database, actor.ownerId), pupils: list };
}

/** The pupil's concerns this school year, for the contact teacher and the leadership. */
export async function getPupilConcerns(database: Database, clock: Clock, actor: Actor, pupilId: string): Promise<PupilConcernPage> {
  const today = schoolTimeOf(clock.now()).date;
  const pupil = await figuresRepo.pupilRef(database, pupilId, today);
  if (!pupil || pupil.owner_id !== actor.ownerId) throw notFound();
  if (!canFollowUpConcerns(actor, { schoolId: pupil.school_id, contactTeacherIds: pupil.contact_teacher_ids })) throw forbidden();
  const leads = leadsSchool(actor, pupil.school_id);
  const calendar = (await schoolCalendarsOn(database, [pupil.school_id], today)).get(pupil.school_id);
  const [rows, [evaluated]] = await Promise.all([
    repo.concernsOfPupils(database, [pupil.id], today, { all: true, since: calendar?.startsOn ?? today }),
    repo.pupilsToEvaluate(database, [pupil.id]),
    audit(database, actor, [{ action: 'read', entity: 'concern', pupilId: pupil.id, reason: leads ? 'leadership' : 'contact_teacher' }]),
  ]);
  const forecasts = evaluated ? await forecastsFor(database, [evaluated], today) : new Map<string, ForecastView[]>();
  return {
    asOf: today,
    policy: await policyLabel(database, pupil.owner_id),
    concerns: rows.map((r) => presentConcern(r, today)).sort(byUrgency),
    forecasts: forecasts.get(pupil.id) ?? [],
  };
}

/** A school's open concerns, for its leadership. */
export async function getSchoolConcerns(database: Database, clock: Clock, actor: Actor, schoolId: string): Promise<SchoolConcerns> {
  const today = schoolTimeOf(clock.now()).date;
  const school = await findSchool(database, schoolId);
  if (!school || school.owner_id !== actor.ownerId) throw notFound();
  if (!canSeeSchoolOverview(actor, schoolId)) throw forbidden();
  const calendar = (await schoolCalendarsOn(database, [schoolId], today)).get(schoolId);
  const rows = await repo.openConcernsOfSchool(database, schoolId, today, calendar?.startsOn ?? today);
  await audit(database, actor, [{ action: 'read', entity: 'concern', reason: 'school_view', details: { schoolId, concerns: rows.length } }]);
  return { asOf: today, school: { id: school.id, name: school.name }, concerns: rows.map((r) => presentConcern(r, today)).sort(byUrgency) };
}

/** Marks a concern as followed up (or not after all): the contact teacher of the pupil, or the leadership. */
export async function setConcernHandled(database: Database, clock: Clock, actor: Actor, concernId: string, handled: boolean): Promise<ConcernView> {
  const today = schoolTimeOf(clock.now()).date;
  const concern = await repo.findConcern(database, concernId);
  if (!concern || concern.owner_id !== actor.ownerId) throw notFound();
  const pupil = await figuresRepo.pupilRef(database, concern.pupil_id, today);
  if (!pupil || !canFollowUpConcerns(actor, { schoolId: concern.school_id, contactTeacherIds: pupil.contact_teacher_ids })) throw forbidden();
  await database.transaction(async (tx) => {
    await repo.markConcernHandled(tx, concernId, actor.userId, clock.now(), handled);
    await audit(tx, actor, [{ action: 'update', entity: 'concern', entityId: concernId, pupilId: concern.pupil_id, details: { handled } }]);
  });
  const [row] = (await repo.concernsOfPupils(database, [concern.pupil_id], today, { all: true })).filter((r) => r.id === concernId);
  return presentConcern(row!, today);
}
