// «Mitt fravær» and the staff's limit view of one pupil: per subject the share
// of the annual hours used, the hours left before 10 % and 15 %, the forecast,
// the lesson that crossed the line, what can still be documented or contested,
// and the warnings, decisions, documentation and complaints around it.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import type { Actor } from '../../../domain/access.js';
import { isAdultOn } from '../../../domain/age.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import { complaintWindow } from '../../../domain/upper-secondary/deadlines.js';
import { lessonKey } from '../../../domain/upper-secondary/limit.js';
import { documentableAbsences } from '../../../domain/upper-secondary/reminders.js';
import { atRisk } from '../../../domain/upper-secondary/warnings.js';
import type { PupilLimits, SubjectLimit } from '../../../contracts/upper-secondary.js';
import * as repo from '../../db/repositories/upper-secondary.js';
import type { LimitPupilRow } from '../../db/repositories/upper-secondary.js';
import { AppError } from '../../app-error.js';
import { audit } from '../audit.js';
import { loadSchoolContext, pupilStatuses, type SchoolLimitContext } from './pupil-limits-context.js';
import { limitViewerOf, loadLimitPupil, type LimitViewer } from './limit-viewer.js';
import { presentComplaint, presentSubmission, presentWarning } from './present.js';

export const notUpperSecondary = () => new AppError(409, 'not_upper_secondary', 'upperSecondary.notUpperSecondary');
export const noSchoolYear = () => new AppError(409, 'no_school_year', 'upperSecondary.noSchoolYear');

/** The pupil, the viewer and the school's context: what every limit service starts from. */
export async function openPupilLimits(database: Database, clock: Clock, actor: Actor, pupilId: string) {
  const today = schoolTimeOf(clock.now()).date;
  const pupil = await loadLimitPupil(database, actor, pupilId, today);
  const viewer = await limitViewerOf(database, actor, pupil, today);
  if (pupil.school_level !== 'upper_secondary') throw notUpperSecondary();
  if (!pupil.school_year_id) throw noSchoolYear();
  const ctx = await loadSchoolContext(database, { id: pupil.school_id, ownerId: pupil.owner_id }, pupil.school_year_id, [pupil.id], today);
  if (!ctx) throw noSchoolYear();
  return { today, pupil, viewer, ctx };
}

export async function getPupilLimits(database: Database, clock: Clock, actor: Actor, pupilId: string): Promise<PupilLimits> {
  const { today, pupil, viewer, ctx } = await openPupilLimits(database, clock, actor, pupilId);
  const statuses = pupilStatuses(ctx, pupil.id, pupil.higher_health_risk);
  const [absent, warnings, decisions, submissions, complaints] = await Promise.all([
    repo.absentMarks(database, [pupil.id], ctx.year.from, today),
    repo.warningsOfPupils(database, [pupil.id]),
    repo.discretionOf(database, pupil.id, ctx.schoolYearId),
    viewer.seesReasons ? repo.submissionsOfPupil(database, pupil.id) : Promise.resolve([]),
    repo.complaintsOfPupil(database, pupil.id),
  ]);
  await audit(database, actor, [{ action: 'read', entity: 'absence_limit', pupilId: pupil.id, reason: viewer.auditReason }]);

  const markAt = new Map(absent.map((m) => [lessonKey(m), m]));
  const subjects: SubjectLimit[] = [];
  for (const [subjectId, status] of statuses) {
    const info = ctx.subjects.get(subjectId)!;
    const documentable = new Map(documentableAbsences(status, today, ctx.settings.documentationDeadline, ctx.calendar).map((d) => [lessonKey(d), d]));
    const decision = decisions.filter((d) => d.subject_id === subjectId).at(-1);
    const crossedLimit = status.crossed.limit ? lessonKey(status.crossed.limit) : null;
    const crossedDiscretion = status.crossed.discretion ? lessonKey(status.crossed.discretion) : null;
    subjects.push({
      subjectId,
      subjectCode: info.code,
      subjectName: info.name,
      annualHours: status.annualHours,
      limitPercent: status.limitPercent,
      discretionPercent: status.discretionPercent,
      percent: status.percent,
      zone: status.zone,
      held: { lessons: status.held.lessons, hours: status.held.minutes / 60 },
      counted: { lessons: status.counted.lessons, hours: status.counted.hours },
      exemptHours: status.exempt.minutes / 60,
      left: {
        beforeLimit: { hours: status.left.beforeLimit.hours, lessons: status.left.beforeLimit.lessons },
        beforeDiscretion: { hours: status.left.beforeDiscretion.hours, lessons: status.left.beforeDiscretion.lessons },
      },
      reachedLimitAt: status.reachedLimitAt ? { date: status.reachedLimitAt.date, period: status.reachedLimitAt.period } : null,
      crossed: {
        limit: status.crossed.limit ? { date: status.crossed.limit.date, period: status.crossed.limit.period } : null,
        discretion: status.crossed.discretion ? { date: status.crossed.discretion.date, period: status.crossed.discretion.period } : null,
      },
      forecast: { projectedPercent: status.forecast.projectedPercent, projectedZone: status.forecast.projectedZone, crossesLimitOn: status.forecast.crossesLimitOn },
      atRisk: atRisk(status, { atRiskPercent: ctx.settings.atRiskPercent }),
      absences: status.absences.flatMap((a) => {
        const key = lessonKey(a);
        const mark = markAt.get(key);
        if (!mark) return [];
        const closes = complaintWindow(a.date, ctx.settings.complaintWindow, ctx.calendar).closesOn;
        const doc = documentable.get(key);
        return [
          {
            markId: mark.id,
            date: a.date,
            period: a.period,
            minutes: a.minutes,
            outcome: a.outcome,
            countedMinutes: a.countedMinutes,
            documentation: a.documentation,
            reasonCode: viewer.seesReasons ? a.reasonCode : null,
            documentableUntil: doc ? doc.deadline : null,
            needsHealthPersonnel: a.selfReportNoLongerEnough,
            contestableUntil: today <= closes ? closes : null,
            crossedLimit: key === crossedLimit,
            crossedDiscretion: key === crossedDiscretion,
            pending: mark.pending,
          },
        ];
      }),
      discretion: decision
        ? {
            id: decision.id,
            decision: decision.decision,
            grounds: decision.grounds,
            percentAtDecision: decision.percent_at_decision,
            decidedBy: decision.decided_by_name,
            decidedAt: decision.decided_at.toISOString(),
          }
        : null,
      taughtByViewer: viewer.teaches.has(subjectId),
    });
  }
  // The subjects nearest the limit first; the viewer's own subjects before the others for a subject teacher.
  subjects.sort((a, b) => Number(b.taughtByViewer) - Number(a.taughtByViewer) || b.percent - a.percent || a.subjectName.localeCompare(b.subjectName, 'nb'));

  const withoutHours = [...ctx.subjects.values()].filter((s) => s.annualHours === null).map((s) => ({ subjectId: s.id, subjectName: s.name }));
  return {
    pupil: { id: pupil.id, givenName: pupil.given_name, familyName: pupil.family_name, className: pupil.class_name, adult: isAdultOn(pupil.birth_date, today) },
    school: { id: pupil.school_id, name: pupil.school_name, kind: schoolKindOf(pupil) },
    asOf: today,
    viewer: { relation: viewer.relation, contactTeacher: viewer.contactTeacher, leadership: viewer.leadership, seesReasons: viewer.seesReasons },
    settings: settingsSummary(ctx),
    higherHealthRisk: mayKnowHealthRisk(viewer) ? pupil.higher_health_risk : null,
    subjects,
    subjectsWithoutHours: withoutHours,
    warnings: warnings.map(presentWarning),
    submissions: submissions.map(presentSubmission),
    complaints: complaints.map(presentComplaint),
  };
}

export const schoolKindOf = (pupil: Pick<LimitPupilRow, 'owner_kind'>): 'public' | 'private' => (pupil.owner_kind === 'private' ? 'private' : 'public');

/** The higher health risk is a fact about health: for the pupil, the guardians, the contact teacher and the leadership. */
export const mayKnowHealthRisk = (viewer: LimitViewer) => viewer.relation !== 'staff' || viewer.contactTeacher || viewer.leadership;

function settingsSummary(ctx: SchoolLimitContext): PupilLimits['settings'] {
  return {
    atRiskPercent: ctx.settings.atRiskPercent,
    complaintWindow: { ...ctx.settings.complaintWindow.within },
    documentation: { ...ctx.settings.documentationDeadline.within },
  };
}
