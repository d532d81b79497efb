// Absence patterns: a pupil's school year at a glance with its patterns, and
// which pupils of a class or a school show which pattern. The detectors and
// the year view are pure domain functions; this loads the marks, the
// calendar and the owner's policy, checks access as the figures do, and
// audits every read as `absence_patterns`.
import type { Database } from '../db/client.js';
import type { Clock } from '../clock.js';
import { canSeeGroupFigures, canSeePupilFigures, canSeeSchoolOverview, type Actor } from '../../domain/access.js';
import { schoolTimeOf } from '../../domain/dates.js';
import { computeAbsenceFigures } from '../../domain/absence-figures.js';
import { pupilYear } from '../../domain/figures/pupil-year.js';
import type { MarkForFigures } from '../../domain/figures/types.js';
import { detectPatterns, resolvePatternSettings, type PatternSettings } from '../../domain/patterns/index.js';
import type { Policy } from '../../domain/rules/policy-schema.js';
import type { SchoolCalendar } from '../../domain/school-calendar.js';
import type {
  GroupPatterns,
  GroupPatternsQuery,
  Pattern,
  PolicyThreshold,
  PupilPatterns,
} from '../../contracts/patterns.js';
import { PATTERN_KINDS } from '../../contracts/patterns.js';
import * as figures from '../db/repositories/figures.js';
import type { PupilRefRow } from '../db/repositories/figures.js';
import { findSchool } from '../db/repositories/classes.js';
import { schoolYearCalendar, staffNames } from '../db/repositories/school-calendar.js';
import { forbidden, notFound } from '../app-error.js';
import { audit } from './audit.js';
import { activePolicyFor } from './owner-policies.js';
import { heldMarksOf } from './pupil-years.js';

const ENTITY = 'absence_patterns';

/** Pupils whose marks are read at a time for a class or a school: a school's year of marks at once is a lot to hold. */
const PUPILS_PER_READ = 100;

const relationsOf = (p: PupilRefRow) => ({
  schoolId: p.school_id,
  ownerId: p.owner_id,
  contactTeacherIds: p.contact_teacher_ids,
  teacherIds: p.teacher_ids,
});

/** The owner's percentage thresholds, to draw on the subject bars (per subject) and the weekly line (all lessons). */
export function percentThresholds(policy: Policy): PolicyThreshold[] {
  return policy.rules
    .filter((rule) => rule.measure === 'absencePercent')
    .map((rule) => ({
      ruleId: rule.id,
      name: rule.name,
      percent: rule.threshold,
      comparison: rule.comparison,
      documentation: rule.filter?.documentation ?? null,
      window: rule.window.kind,
      perSubject: rule.filter?.perSubject === true,
      level: rule.trigger.level,
    }));
}

async function teacherNames(database: Database, ownerId: string, patterns: readonly Pattern[]) {
  const ids = [...new Set(patterns.flatMap((p) => (p.kind === 'teacher' ? [p.detail.teacherId] : [])))];
  const names = await staffNames(database, ownerId, ids);
  return ids.map((id) => ({ id, name: names.get(id) ?? '' })).filter((t) => t.name !== '');
}

async function settingsFor(database: Database, ownerId: string): Promise<{ policy: Policy; settings: PatternSettings }> {
  const policy = await activePolicyFor(database, { ownerId });
  return { policy, settings: resolvePatternSettings(policy.patterns) };
}

export async function getPupilPatterns(database: Database, clock: Clock, actor: Actor, pupilId: string): Promise<PupilPatterns> {
  const today = schoolTimeOf(clock.now()).date;
  const pupil = await figures.pupilRef(database, pupilId, today);
  if (!pupil || pupil.owner_id !== actor.ownerId) throw notFound();
  if (!canSeePupilFigures(actor, relationsOf(pupil))) throw forbidden();
  const [calendar, { policy, settings }] = await Promise.all([
    schoolYearCalendar(database, pupil.school_id, today),
    settingsFor(database, pupil.owner_id),
    audit(database, actor, [{ action: 'read', entity: ENTITY, pupilId: pupil.id }]),
  ]);
  const to = calendar && calendar.endsOn < today ? calendar.endsOn : today;
  const marks = calendar ? await heldMarksOf(database, [pupil.id], calendar.startsOn, to) : [];
  const patterns = calendar ? detectPatterns({ marks, calendar, asOf: to }, settings) : [];
  const year = calendar ? pupilYear(marks, calendar, to) : { days: [], grid: [], weeks: [] };
  const bySubject = calendar ? computeAbsenceFigures(marks, { from: calendar.startsOn, to }).bySubject : {};
  return {
    pupil: { id: pupil.id, givenName: pupil.given_name, familyName: pupil.family_name, className: pupil.class_name },
    school: { id: pupil.school_id, name: pupil.school_name, level: pupil.school_level },
    asOf: today,
    policy: { id: policy.id, name: policy.name },
    schoolYear: calendar ? { name: calendar.name, from: calendar.startsOn, to: calendar.endsOn } : null,
    holidays: calendar?.holidays.map((h) => ({ name: h.name, kind: h.kind, startsOn: h.startsOn, endsOn: h.endsOn })) ?? [],
    ...year,
    subjects: Object.values(bySubject).map((s) => ({
      subjectId: s.subjectId,
      subjectCode: s.subjectCode,
      subjectName: s.subjectName,
      held: s.of,
      absent: s.absent,
      byDocumentation: {
        undocumented: s.byDocumentation.undocumented.absent,
        reported: s.byDocumentation.reported.absent,
        documented: s.byDocumentation.documented.absent,
      },
    })),
    thresholds: percentThresholds(policy),
    patterns,
    teachers: await teacherNames(database, pupil.owner_id, patterns),
  };
}

interface GroupPupil {
  id: string;
  givenName: string;
  familyName: string;
  className: string | null;
}

/** Every pupil's patterns, reading the marks a hundred pupils at a time. */
async function patternsOfPupils(
  database: Database,
  pupils: readonly GroupPupil[],
  calendar: SchoolCalendar,
  asOf: string,
  settings: PatternSettings,
): Promise<Map<string, Pattern[]>> {
  const found = new Map<string, Pattern[]>();
  for (let start = 0; start < pupils.length; start += PUPILS_PER_READ) {
    const ids = pupils.slice(start, start + PUPILS_PER_READ).map((p) => p.id);
    const marks = await heldMarksOf(database, ids, calendar.startsOn, asOf);
    // The marks come ordered by pupil: each pupil's are one stretch.
    for (let i = 0; i < marks.length; ) {
      const pupilId = marks[i]!.pupilId;
      let j = i;
      while (j < marks.length && marks[j]!.pupilId === pupilId) j++;
      const own: MarkForFigures[] = marks.slice(i, j);
      const patterns = detectPatterns({ marks: own, calendar, asOf }, settings);
      if (patterns.length > 0) found.set(pupilId, patterns);
      i = j;
    }
  }
  return found;
}

async function groupTable(
  database: Database,
  actor: Actor,
  group: { title: string; school: { id: string; name: string; level: string; ownerId: string }; today: string },
  pupils: readonly GroupPupil[],
  classes: string[],
  query: GroupPatternsQuery,
): Promise<GroupPatterns> {
  const { school, today } = group;
  const [calendar, { settings }] = await Promise.all([
    schoolYearCalendar(database, school.id, today),
    settingsFor(database, school.ownerId),
  ]);
  const asOf = calendar && calendar.endsOn < today ? calendar.endsOn : today;
  const found = calendar ? await patternsOfPupils(database, pupils, calendar, asOf, settings) : new Map<string, Pattern[]>();
  const rows = pupils
    .map((pupil) => ({ pupil, patterns: (found.get(pupil.id) ?? []).filter((p) => query.kind === undefined || p.kind === query.kind) }))
    .filter((row) => row.patterns.length > 0);
  return {
    title: group.title,
    school: { id: school.id, name: school.name, level: school.level },
    asOf: today,
    pupils: pupils.length,
    classes,
    counts: PATTERN_KINDS.map((kind) => ({ kind, pupils: [...found.values()].filter((list) => list.some((p) => p.kind === kind)).length })),
    rows,
    teachers: await teacherNames(database, actor.ownerId, rows.flatMap((r) => r.patterns)),
  };
}

const groupPupilOf = (p: PupilRefRow): GroupPupil => ({ id: p.id, givenName: p.given_name, familyName: p.family_name, className: p.class_name });

/** A class: for the school's leadership, and for teachers who teach the class or are contact teacher of a pupil in it. */
export async function getClassPatterns(
  database: Database,
  clock: Clock,
  actor: Actor,
  classId: string,
  query: GroupPatternsQuery = {},
): Promise<GroupPatterns> {
  const today = schoolTimeOf(clock.now()).date;
  const klass = await figures.findClassRef(database, classId);
  if (!klass || klass.owner_id !== actor.ownerId) throw notFound();
  const pupils = await figures.classPupilRefs(database, classId, today);
  const group = { schoolId: klass.school_id, teacherIds: klass.teacher_ids, contactTeacherIds: pupils.flatMap((p) => p.contact_teacher_ids) };
  if (!canSeeGroupFigures(actor, group)) throw forbidden();
  const school = await findSchool(database, klass.school_id);
  if (!school) throw notFound();
  await audit(database, actor, pupils.map((p) => ({ action: 'read' as const, entity: ENTITY, pupilId: p.id, reason: 'class_view' })));
  return groupTable(
    database,
    actor,
    { title: klass.name, school: { id: school.id, name: school.name, level: school.level, ownerId: school.owner_id }, today },
    pupils.map(groupPupilOf),
    [klass.name],
    query,
  );
}

/** The whole school, for its leadership; filterable by class. */
export async function getSchoolPatterns(
  database: Database,
  clock: Clock,
  actor: Actor,
  schoolId: string,
  query: GroupPatternsQuery = {},
): Promise<GroupPatterns> {
  const today = schoolTimeOf(clock.now()).date;
  const school = await findSchool(database, schoolId);
  if (!school || school.owner_id !== actor.ownerId) throw notFound();
  if (!canSeeSchoolOverview(actor, schoolId)) throw forbidden();
  const all = await figures.schoolPupils(database, schoolId, today);
  const classes = [...new Set(all.map((p) => p.class_name))].sort((a, b) => a.localeCompare(b, 'nb', { numeric: true }));
  const pupils = all
    .filter((p) => query.class === undefined || p.class_name === query.class)
    .map((p) => ({ id: p.id, givenName: p.given_name, familyName: p.family_name, className: p.class_name }));
  await audit(database, actor, [
    { action: 'read', entity: ENTITY, reason: 'school_view', details: { schoolId, pupils: pupils.length, class: query.class ?? null, kind: query.kind ?? null } },
  ]);
  return groupTable(
    database,
    actor,
    { title: school.name, school: { id: school.id, name: school.name, level: school.level, ownerId: school.owner_id }, today },
    pupils,
    classes,
    query,
  );
}
