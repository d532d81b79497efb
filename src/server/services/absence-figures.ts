// A pupil's, a class's and a contact teacher's absence figures, computed by
// the pure domain functions from the marks of the current school year.
import type { Database } from '../db/client.js';
import type { Clock } from '../clock.js';
import { staffRelationTo, canSeeGroupFigures, canSeePupilFigures, canSeeSchoolOverview, type Actor } from '../../domain/access.js';
import { schoolTimeOf } from '../../domain/dates.js';
import {
  computeFiguresForPupils,
  computeFiguresForWindows,
  type AbsenceFigures,
  type AbsenceShare,
  type FiguresWindow,
} from '../../domain/absence-figures.js';
import { absenceRules } from '../../domain/upper-secondary/categories.js';
import { countsBeforeLimit } from '../../domain/upper-secondary/classify.js';
import * as repo from '../db/repositories/figures.js';
import type { PupilRefRow } from '../db/repositories/figures.js';
import type { GroupFigures, PupilFigures, PupilFiguresRow, WindowFigures } from '../../contracts/figures.js';
import { forbidden, notFound } from '../app-error.js';
import { findSchool } from '../db/repositories/classes.js';
import { audit } from './audit.js';
import { heldMarksOf } from './pupil-years.js';

export type WindowKind = 'autumn' | 'spring' | 'schoolYear';

/** Troms fylkeskommune (seed 002): alert at 5 % undocumented in a subject; the limit is 10 %. */
export const UPPER_SECONDARY_LIMITS = { alertPercent: 5, limitPercent: 10 } as const;

const limitsFor = (level: string) => (level === 'upper_secondary' ? { ...UPPER_SECONDARY_LIMITS } : null);

/** The terms and the school year so far, each cut at today; a window not yet begun is left out. */
export function windowsUntil(calendar: repo.CalendarRow, today: string): Partial<Record<WindowKind, FiguresWindow>> {
  const cut = (from: string, to: string): FiguresWindow | undefined => {
    const end = to < today ? to : today;
    return end >= from ? { from, to: end } : undefined;
  };
  const windows: Partial<Record<WindowKind, FiguresWindow>> = {};
  for (const term of calendar.terms ?? []) {
    const w = cut(term.startsOn, term.endsOn);
    if (w) windows[term.kind] = w;
  }
  const year = cut(calendar.starts_on, calendar.ends_on);
  if (year) windows.schoolYear = year;
  return windows;
}

/** The window a class view shows by default: the term we are in, or else the school year. */
function currentKind(windows: Partial<Record<WindowKind, FiguresWindow>>, today: string): WindowKind {
  if (windows.spring && windows.spring.to === today) return 'spring';
  if (windows.autumn && windows.autumn.to === today) return 'autumn';
  return 'schoolYear';
}

const hours = (minutes: number) => minutes / 60;

function presentShare(share: AbsenceShare) {
  return {
    absent: share.absent,
    of: share.of,
    percent: share.percent,
    byDocumentation: share.byDocumentation,
    towardLimit: share.towardLimit,
    hours: { held: hours(share.minutes.held), absent: hours(share.minutes.absent) },
  };
}

export function presentWindow(kind: WindowKind, f: AbsenceFigures): WindowFigures {
  return {
    window: { from: f.window.from, to: f.window.to, kind },
    overall: presentShare(f.overall),
    bySubject: Object.values(f.bySubject).map((s) => ({
      ...presentShare(s),
      subjectId: s.subjectId,
      subjectCode: s.subjectCode,
      subjectName: s.subjectName,
    })),
    wholeDays: { absent: f.wholeDays.absent, of: f.wholeDays.of, percent: f.wholeDays.percent, dates: f.wholeDays.dates, lessons: f.wholeDays.lessons },
    singleLessons: {
      absent: f.singleLessons.absent,
      of: f.singleLessons.of,
      percent: f.singleLessons.percent,
      dates: f.singleLessons.dates,
      hours: hours(f.singleLessons.minutes),
    },
    certificate: f.certificate,
    lateArrivals: {
      count: f.lateArrivals.count,
      minutes: f.lateArrivals.minutes,
      of: f.lateArrivals.of,
      byMonth: Object.entries(f.lateArrivals.byMonth).map(([month, m]) => ({ month, count: m.count, minutes: m.minutes })),
    },
    longestRun: f.longestRun,
    isolatedDays: f.isolatedDays,
    leftDuringDay: f.leftDuringDay,
    noNotice: f.noNotice,
  };
}

/** What a table row shows of a pupil besides the figures. */
type PupilNameRow = Pick<PupilRefRow, 'id' | 'given_name' | 'family_name' | 'class_name'>;

function presentRow(pupil: PupilNameRow, f: AbsenceFigures): PupilFiguresRow {
  const worst = Object.values(f.bySubject).reduce<(typeof f.bySubject)[string] | null>(
    (best, s) => (best === null || s.byDocumentation.undocumented.percent > best.byDocumentation.undocumented.percent ? s : best),
    null,
  );
  return {
    pupil: { id: pupil.id, givenName: pupil.given_name, familyName: pupil.family_name, className: pupil.class_name },
    held: f.overall.of,
    absent: f.overall.absent,
    percent: f.overall.percent,
    undocumented: f.overall.byDocumentation.undocumented,
    reported: f.overall.byDocumentation.reported,
    documented: f.overall.byDocumentation.documented,
    wholeDays: f.wholeDays.absent,
    schoolDays: f.wholeDays.of,
    singleLessons: f.singleLessons.absent,
    singleLessonHours: hours(f.singleLessons.minutes),
    lateArrivals: f.lateArrivals.count,
    lateMinutes: f.lateArrivals.minutes,
    worstSubject: worst
      ? { subjectCode: worst.subjectCode, subjectName: worst.subjectName, undocumented: worst.byDocumentation.undocumented }
      : null,
  };
}

const relationsOf = (p: PupilRefRow) => ({
  schoolId: p.school_id,
  ownerId: p.owner_id,
  contactTeacherIds: p.contact_teacher_ids,
  teacherIds: p.teacher_ids,
});

export async function getPupilFigures(database: Database, clock: Clock, actor: Actor, pupilId: string): Promise<PupilFigures> {
  const today = schoolTimeOf(clock.now()).date;
  const pupil = await repo.pupilRef(database, pupilId, today);
  if (!pupil || pupil.owner_id !== actor.ownerId) throw notFound();
  if (!canSeePupilFigures(actor, relationsOf(pupil))) throw forbidden();
  const [calendar] = await Promise.all([
    repo.schoolCalendar(database, pupil.school_id, today),
    audit(database, actor, [{ action: 'read', entity: 'absence_figures', pupilId: pupil.id, reason: staffRelationTo(actor, relationsOf(pupil)) }]),
  ]);
  const windows = calendar ? windowsUntil(calendar, today) : {};
  const span = windows.schoolYear;
  const marks = span ? await heldMarksOf(database, [pupil.id], span.from, span.to) : [];
  const figures = computeFiguresForWindows(marks, windows as Record<WindowKind, FiguresWindow>, {
    countsTowardLimit: countsBeforeLimit(absenceRules()),
  });
  return {
    pupil: { id: pupil.id, givenName: pupil.given_name, familyName: pupil.family_name, className: pupil.class_name },
    school: { id: pupil.school_id, name: pupil.school_name, level: pupil.school_level },
    asOf: today,
    limits: limitsFor(pupil.school_level),
    windows: (['autumn', 'spring', 'schoolYear'] as const)
      .filter((k) => figures[k] !== undefined)
      .map((k) => presentWindow(k, figures[k])),
  };
}

async function figuresTable(
  database: Database,
  today: string,
  pupils: readonly PupilNameRow[],
  school: { id: string; name: string; level: string },
  wanted: WindowKind | undefined,
): Promise<Omit<GroupFigures, 'title'>> {
  const calendar = await repo.schoolCalendar(database, school.id, today);
  const windows = calendar ? windowsUntil(calendar, today) : {};
  const kind = wanted && windows[wanted] ? wanted : currentKind(windows, today);
  const window = windows[kind] ?? { from: today, to: today };
  const marks = await heldMarksOf(database, pupils.map((p) => p.id), window.from, window.to);
  const byPupil = computeFiguresForPupils(marks, { w: window }, { countsTowardLimit: countsBeforeLimit(absenceRules()) });
  const empty = computeFiguresForWindows([], { w: window }).w;
  return {
    school,
    asOf: today,
    window: { from: window.from, to: window.to, kind },
    limits: limitsFor(school.level),
    rows: pupils.map((p) => presentRow(p, byPupil.get(p.id)?.w ?? empty)),
  };
}

export async function getClassFigures(
  database: Database,
  clock: Clock,
  actor: Actor,
  classId: string,
  wanted?: WindowKind,
): Promise<GroupFigures> {
  const today = schoolTimeOf(clock.now()).date;
  const klass = await repo.findClassRef(database, classId);
  if (!klass || klass.owner_id !== actor.ownerId) throw notFound();
  const pupils = await repo.classPupilRefs(database, classId, today);
  const group = { schoolId: klass.school_id, teacherIds: klass.teacher_ids, contactTeacherIds: pupils.flatMap((p) => p.contact_teacher_ids) };
  if (!canSeeGroupFigures(actor, group)) throw forbidden();
  const first = pupils[0];
  const school = first
    ? { id: first.school_id, name: first.school_name, level: first.school_level }
    : { id: klass.school_id, name: '', level: '' };
  const [, table] = await Promise.all([
    audit(database, actor, pupils.map((p) => ({ action: 'read' as const, entity: 'absence_figures', pupilId: p.id, reason: 'class_view' }))),
    figuresTable(database, today, pupils, school, wanted),
  ]);
  return { title: klass.name, ...table };
}

/** "Mine elever": the contact teacher's own pupils with their figures. */
export async function getMyContactFigures(
  database: Database,
  clock: Clock,
  actor: Actor,
  wanted?: WindowKind,
): Promise<GroupFigures | null> {
  const today = schoolTimeOf(clock.now()).date;
  const pupils = (await repo.contactPupilRefs(database, actor.userId, today)).filter((p) => p.owner_id === actor.ownerId);
  const first = pupils[0];
  if (!first) return null;
  const school = { id: first.school_id, name: first.school_name, level: first.school_level };
  const mine = pupils.filter((p) => p.school_id === school.id);
  const classes = [...new Set(mine.map((p) => p.class_name).filter((n): n is string => n !== null))].sort();
  const [, table] = await Promise.all([
    audit(database, actor, mine.map((p) => ({ action: 'read' as const, entity: 'absence_figures', pupilId: p.id, reason: 'contact_pupils' }))),
    figuresTable(database, today, mine, school, wanted),
  ]);
  return { title: classes.join(', '), ...table };
}

/** The whole school, for its leadership: the same figures as a class, for every pupil. */
export async function getSchoolFigures(
  database: Database,
  clock: Clock,
  actor: Actor,
  schoolId: string,
  wanted?: WindowKind,
): Promise<GroupFigures> {
  const today = schoolTimeOf(clock.now()).date;
  const school = await findSchool(database, schoolId);
  if (!school || school.owner_id !== actor.ownerId) throw notFound();
  if (!canSeeSchoolOverview(actor, schoolId)) throw forbidden();
  const pupils = await repo.schoolPupils(database, schoolId, today);
  const [, table] = await Promise.all([
    audit(database, actor, [{ action: 'read', entity: 'absence_figures', reason: 'school_view', details: { schoolId, pupils: pupils.length } }]),
    figuresTable(database, today, pupils, { id: school.id, name: school.name, level: school.level }, wanted),
  ]);
  return { title: school.name, ...table };
}
