// The absence on the certificate (opplæringsforskrifta § 9-53): days and
// single hours apart, and the up to ten whole days the pupil asked to leave
// off, for the contact teacher and the leadership.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import type { Actor } from '../../../domain/access.js';
import { certificateAbsence } from '../../../domain/upper-secondary/certificate.js';
import type { Certificate } from '../../../contracts/upper-secondary.js';
import * as repo from '../../db/repositories/upper-secondary.js';
import { badRequest, forbidden } from '../../app-error.js';
import { audit } from '../audit.js';
import { openPupilLimits } from './pupil-limits.js';

async function open(database: Database, clock: Clock, actor: Actor, pupilId: string) {
  const opened = await openPupilLimits(database, clock, actor, pupilId);
  if (opened.viewer.relation !== 'staff' || !(opened.viewer.contactTeacher || opened.viewer.leadership)) throw forbidden();
  return opened;
}

function compute(opened: Awaited<ReturnType<typeof open>>, requested: readonly string[] | undefined) {
  const { ctx, pupil } = opened;
  const hours = Object.fromEntries([...ctx.subjects.values()].map((s) => [s.id, s.annualHours]));
  return certificateAbsence({
    marks: ctx.marks.get(pupil.id) ?? [],
    annualHoursBySubject: hours,
    rules: ctx.rules,
    higherHealthRisk: pupil.higher_health_risk,
    asOf: ctx.asOf,
    schoolYear: ctx.year,
    ...(requested ? { requested } : {}),
  });
}

export async function getCertificate(database: Database, clock: Clock, actor: Actor, pupilId: string): Promise<Certificate> {
  const opened = await open(database, clock, actor, pupilId);
  const stored = (await repo.leaveOffsOf(database, opened.pupil.id, opened.ctx.schoolYearId)).map((r) => r.date);
  await audit(database, actor, [{ action: 'read', entity: 'certificate_absence', pupilId: opened.pupil.id }]);
  return present(opened, compute(opened, stored.length > 0 ? stored : undefined), stored.length > 0);
}

export async function setLeaveOffs(database: Database, clock: Clock, actor: Actor, pupilId: string, dates: readonly string[]): Promise<Certificate> {
  const opened = await open(database, clock, actor, pupilId);
  const wanted = [...new Set(dates)];
  const result = compute(opened, wanted);
  if (result.refused.length > 0) {
    throw badRequest(result.refused.map((r) => ({ path: `body.dates.${wanted.indexOf(r.date)}`, key: `upperSecondary.leaveOff.${r.why}`, params: { date: r.date, max: result.maxDaysLeftOff } })));
  }
  await database.transaction(async (tx) => {
    await repo.replaceLeaveOffs(tx, opened.pupil.id, opened.ctx.schoolYearId, wanted, actor.userId, clock.now());
    await audit(tx, actor, [{ action: 'update', entity: 'certificate_absence', pupilId: opened.pupil.id, details: { daysLeftOff: wanted } }]);
  });
  return present(opened, result, wanted.length > 0);
}

function present(opened: Awaited<ReturnType<typeof open>>, c: ReturnType<typeof compute>, requested: boolean): Certificate {
  const { pupil, ctx, viewer } = opened;
  return {
    pupil: { id: pupil.id, givenName: pupil.given_name, familyName: pupil.family_name, className: pupil.class_name },
    asOf: ctx.asOf,
    days: c.days,
    hours: c.hours,
    maxDaysLeftOff: c.maxDaysLeftOff,
    wholeDays: c.wholeDays.map((d) => ({ date: d.date, lessons: d.lessons, hours: d.minutes / 60, mayBeLeftOff: d.mayBeLeftOff, leftOff: d.leftOff })),
    requested,
    refused: c.refused,
    mayEdit: viewer.contactTeacher || viewer.leadership,
  };
}
