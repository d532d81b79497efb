// Everything the limit arithmetic needs for a set of pupils of one school, read
// once: the calendar, the owner's settings, the subjects' annual hours and
// assessments, and each pupil's held marks of the school year so far (from the
// stored pupil years). Used by the screens and by the daily job alike.
import type { Queryable, Database } from '../../db/client.js';
import type { SchoolCalendar } from '../../../domain/school-calendar.js';
import { absenceRules, type AbsenceRules } from '../../../domain/upper-secondary/categories.js';
import { subjectLimitStatus, type LimitStatus } from '../../../domain/upper-secondary/limit.js';
import { upperSecondarySettings, type UpperSecondarySettings } from '../../../domain/upper-secondary/settings.js';
import type { Assessment } from '../../../domain/upper-secondary/warnings.js';
import { schoolCalendarsOn } from '../../db/repositories/school-calendars.js';
import * as repo from '../../db/repositories/upper-secondary.js';
import { heldMarksOf, type PupilMark } from '../pupil-years.js';
import { activePolicyFor } from '../owner-policies.js';

export interface SubjectInfo {
  id: string;
  code: string;
  name: string;
  annualHours: number | null;
}

export interface SchoolLimitContext {
  asOf: string;
  calendar: SchoolCalendar;
  year: { from: string; to: string };
  schoolYearId: string;
  settings: UpperSecondarySettings;
  rules: AbsenceRules;
  subjects: Map<string, SubjectInfo>;
  /** By subject id; subjects without rows of their own get the calendar's defaults. */
  assessments: (subjectId: string) => Assessment[];
  marks: Map<string, PupilMark[]>;
}

/**
 * Without assessments of its own, a subject has the half-year assessment at
 * the end of the autumn term (not decided by the limit since 1 August 2025)
 * and the final one at the end of the school year (decided by it).
 */
export function defaultAssessments(calendar: SchoolCalendar): Assessment[] {
  const autumn = calendar.terms.find((t) => t.kind === 'autumn');
  const list: Assessment[] = [];
  if (autumn) list.push({ id: `default:half_year:${autumn.endsOn}`, kind: 'half_year', date: autumn.endsOn, limitApplies: false });
  list.push({ id: `default:final:${calendar.endsOn}`, kind: 'final', date: calendar.endsOn, limitApplies: true });
  return list;
}

export async function loadSchoolContext(
  database: Database,
  school: { id: string; ownerId: string },
  schoolYearId: string,
  pupilIds: readonly string[],
  asOf: string,
): Promise<SchoolLimitContext | null> {
  const calendar = (await schoolCalendarsOn(database, [school.id], asOf)).get(school.id);
  if (!calendar) return null;
  const year = { from: calendar.startsOn, to: calendar.endsOn };
  const to = asOf < year.to ? asOf : year.to;
  const [policy, marks, stored] = await Promise.all([
    activePolicyFor(database, school),
    heldMarksOf(database, pupilIds, year.from, to),
    repo.assessmentsOf(database, [schoolYearId]),
  ]);
  const byPupil = new Map<string, PupilMark[]>(pupilIds.map((id) => [id, []]));
  for (const m of marks) byPupil.get(m.pupilId)?.push(m);
  const subjects = await subjectsOf(database, [...new Set(marks.map((m) => m.subjectId))]);
  const bySubject = new Map<string, Assessment[]>();
  for (const a of stored) {
    const list = bySubject.get(a.subject_id) ?? [];
    list.push({ id: a.id, kind: a.kind, date: a.date, limitApplies: a.limit_applies });
    bySubject.set(a.subject_id, list);
  }
  const defaults = defaultAssessments(calendar);
  return {
    asOf,
    calendar,
    year,
    schoolYearId,
    settings: upperSecondarySettings(policy.upperSecondary),
    rules: absenceRules(),
    subjects,
    assessments: (subjectId) => bySubject.get(subjectId) ?? defaults,
    marks: byPupil,
  };
}

export async function subjectsOf(db: Queryable, ids: readonly string[]): Promise<Map<string, SubjectInfo>> {
  if (ids.length === 0) return new Map();
  const rows = await repo.subjectsWithHours(db, ids);
  return new Map(rows.map((r) => [r.id, { id: r.id, code: r.code, name: r.name, annualHours: r.annual_hours }]));
}

/** The pupil's limit in every subject with annual hours that the pupil has had lessons in, by subject id. */
export function pupilStatuses(ctx: SchoolLimitContext, pupilId: string, higherHealthRisk: boolean): Map<string, LimitStatus> {
  const marks = ctx.marks.get(pupilId) ?? [];
  const statuses = new Map<string, LimitStatus>();
  for (const subjectId of new Set(marks.map((m) => m.subjectId))) {
    const hours = ctx.subjects.get(subjectId)?.annualHours;
    if (hours === null || hours === undefined) continue;
    statuses.set(
      subjectId,
      subjectLimitStatus({ subjectId, annualHours: hours, marks, rules: ctx.rules, higherHealthRisk, asOf: ctx.asOf, schoolYear: ctx.year }),
    );
  }
  return statuses;
}
