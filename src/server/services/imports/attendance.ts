// Planning an attendance import. Each row is matched to the lesson in one of
// the pupil's groups that day (membership valid on the date) with that period
// and subject. When there is none, the lesson is created, held, for the
// pupil's teaching group in that subject or else the pupil's class, with the
// row's times or the default period table's.
//
// Every lesson the file touches ends up held. Pupils of the lesson's group
// who have no row in the file and no mark yet are recorded present (M), as
// when a teacher registers a lesson: school systems often export absences
// only, and the absence figures count a pupil's lessons from their marks.
import type { Queryable } from '../../db/client.js';
import * as repo from '../../db/repositories/imports.js';
import type { AttendanceRow } from '../../../domain/import/attendance.js';
import { lessonTimes } from '../../../domain/import/periods.js';
import { problem, type ImportProblem } from '../../../domain/import/problems.js';
import { staffMember, teachingDayProblem, type ImportContext } from './context.js';
import { groupBy, lookupByName, validOn, type ImportPlan } from './plan.js';
import { SummaryCounter } from './summary.js';

const slotKey = (groupId: string, date: string, period: number) => `${groupId}|${date}|${period}`;

/** Where a row's mark goes: a lesson the school has, or one this import creates (by its slot key). */
type Target = { lessonId: number; key?: undefined } | { lessonId?: undefined; key: string };

interface PlannedMark {
  row: AttendanceRow;
  pupilId: string;
  target: Target;
}

export async function planAttendance(db: Queryable, context: ImportContext, rows: readonly AttendanceRow[]): Promise<ImportPlan> {
  const { school, year } = context;
  const problems: ImportProblem[] = [];
  const summary = new SummaryCounter(rows.length);
  const dates = rows.map((r) => r.date).sort();
  const [pupils, subjects, lessons] = await Promise.all([
    repo.pupilsByExternalId(db, school.id, [...new Set(rows.map((r) => r.pupil))]),
    repo.subjectsOf(db, school.id),
    rows.length > 0 ? repo.lessonsBetween(db, school.id, dates[0]!, dates.at(-1)!) : Promise.resolve([]),
  ]);
  const pupilByExternalId = new Map(pupils.map((p) => [p.external_id, p.id]));
  const membershipsOfPupil = groupBy(await repo.membershipsOf(db, year.id, pupils.map((p) => p.id)), (m) => m.pupil_id);
  const findSubject = lookupByName(subjects, (s) => s.code);
  const subjectCode = new Map(subjects.map((s) => [s.id, s.code]));
  const lessonAt = new Map(lessons.map((l) => [slotKey(l.group_id, l.date, l.period), l]));

  const newLessons = new Map<string, repo.LessonToSave>();
  const planned: PlannedMark[] = [];

  for (const row of rows) {
    const rowProblems: ImportProblem[] = [];
    const pupilId = pupilByExternalId.get(row.pupil);
    if (!pupilId) rowProblems.push(problem(row.line, 'pupil', 'ref.unknownPupil', { value: row.pupil }));
    const dayProblem = teachingDayProblem(context, row.line, row.date);
    if (dayProblem) rowProblems.push(dayProblem);
    const subjectId = findSubject(row.subjectCode)?.id;
    if (!subjectId) rowProblems.push(problem(row.line, 'subject', 'ref.unknownSubject', { value: row.subjectCode }));
    let teacherId: string | null = null;
    if (row.teacherEmail) {
      const teacher = staffMember(context, row.line, 'teacher', row.teacherEmail);
      if (teacher.problem) rowProblems.push(teacher.problem);
      else teacherId = teacher.found.id;
    }
    if (rowProblems.length > 0 || !pupilId || !subjectId) {
      problems.push(...rowProblems);
      continue;
    }

    const groupsThatDay = (membershipsOfPupil.get(pupilId) ?? []).filter((m) => validOn(m, row.date));
    // A teaching group's lesson before the class's, when both happen to have the subject in that period.
    const found = groupsThatDay
      .map((g) => ({ g, lesson: lessonAt.get(slotKey(g.group_id, row.date, row.period)) }))
      .filter(({ lesson }) => lesson?.subject_id === subjectId)
      .sort((a, b) => (a.g.kind === b.g.kind ? 0 : a.g.kind === 'teaching_group' ? -1 : 1))[0];
    if (found?.lesson) {
      planned.push({ row, pupilId, target: { lessonId: found.lesson.id } });
      continue;
    }
    const group =
      groupsThatDay.find((g) => g.kind === 'teaching_group' && g.subject_id === subjectId) ??
      groupsThatDay.find((g) => g.kind === 'class');
    if (!group) {
      problems.push(problem(row.line, 'pupil', 'ref.pupilNotInGroup', { date: row.date, subject: row.subjectCode }));
      continue;
    }
    const key = slotKey(group.group_id, row.date, row.period);
    const taken = lessonAt.get(key)?.subject_id ?? newLessons.get(key)?.subjectId;
    if (taken && taken !== subjectId) {
      problems.push(problem(row.line, 'period', 'ref.periodTaken', { group: group.name, subject: subjectCode.get(taken) ?? '' }));
      continue;
    }
    if (!newLessons.has(key)) {
      newLessons.set(key, { groupId: group.group_id, date: row.date, period: row.period, subjectId, teacherId, ...lessonTimes(row.period, row.startsAt, row.endsAt) });
    }
    planned.push({ row, pupilId, target: { key } });
  }

  // Compare with the marks the touched lessons have, and find the pupils to record present.
  const touchedIds = [...new Set(planned.flatMap((p) => (p.target.lessonId === undefined ? [] : [p.target.lessonId])))];
  const lessonById = new Map(lessons.map((l) => [l.id, l]));
  const touchedLessons = touchedIds.flatMap((id) => lessonById.get(id) ?? []);
  const [existingMarks, members] = await Promise.all([
    repo.marksOfLessons(db, touchedIds),
    repo.membersOfGroups(db, [...new Set([...touchedLessons.map((l) => l.group_id), ...[...newLessons.values()].map((l) => l.groupId)])]),
  ]);
  const markOf = new Map(existingMarks.map((m) => [`${m.lesson_id}|${m.pupil_id}`, m]));
  const membersOf = groupBy(members, (m) => m.group_id);
  const targetKey = (t: Target) => (t.lessonId === undefined ? `new:${t.key}` : String(t.lessonId));
  const marksToSave: { target: Target; mark: Omit<repo.MarkToImport, 'lessonId'> }[] = [];
  const changedLessons = new Set<string>();
  const inFile = new Set<string>();
  for (const { row, pupilId, target } of planned) {
    inFile.add(`${targetKey(target)}|${pupilId}`);
    const mark = { pupilId, date: row.date, status: row.status, minutesLate: row.minutesLate, documentation: row.documentation };
    const before = target.lessonId === undefined ? undefined : markOf.get(`${target.lessonId}|${pupilId}`);
    const outcome = !before
      ? 'create'
      : before.status !== mark.status || before.minutes_late !== mark.minutesLate || before.documentation !== mark.documentation
        ? 'update'
        : 'unchanged';
    summary.add('marks', outcome);
    if (outcome !== 'unchanged') {
      marksToSave.push({ target, mark });
      changedLessons.add(targetKey(target));
    }
  }

  const presentToSave: { target: Target; pupilId: string; date: string }[] = [];
  const slots: { target: Target; groupId: string; date: string }[] = [
    ...touchedLessons.map((l) => ({ target: { lessonId: l.id }, groupId: l.group_id, date: l.date })),
    ...[...newLessons.entries()].map(([key, l]) => ({ target: { key }, groupId: l.groupId, date: l.date })),
  ];
  for (const { target, groupId, date } of slots) {
    for (const m of membersOf.get(groupId) ?? []) {
      if (!validOn(m, date)) continue;
      if (inFile.has(`${targetKey(target)}|${m.pupil_id}`)) continue;
      if (target.lessonId !== undefined && markOf.has(`${target.lessonId}|${m.pupil_id}`)) continue;
      presentToSave.push({ target, pupilId: m.pupil_id, date });
      changedLessons.add(targetKey(target));
    }
  }
  summary.add('presentMarks', 'create', presentToSave.length);

  const lessonsToMarkHeld = touchedLessons.filter((l) => l.status !== 'held' || changedLessons.has(String(l.id))).map((l) => l.id);
  summary.add('lessons', 'create', newLessons.size);
  summary.add('lessons', 'update', lessonsToMarkHeld.length);
  summary.add('lessons', 'unchanged', touchedLessons.length - lessonsToMarkHeld.length);
  for (const entity of ['lessons', 'marks', 'presentMarks'] as const) summary.touch(entity);

  return {
    problems,
    summary: summary.result(),
    async apply(tx, by) {
      const inserted = await repo.insertLessons(tx, school.id, [...newLessons.values()], by);
      const idOfSlot = new Map(inserted.map((l) => [slotKey(l.group_id, l.date, l.period), l.id]));
      const lessonIdOf = (t: Target) => t.lessonId ?? idOfSlot.get(t.key)!;
      await repo.markLessonsHeld(tx, lessonsToMarkHeld, by);
      await repo.upsertMarks(tx, school.id, marksToSave.map(({ target, mark }) => ({ ...mark, lessonId: lessonIdOf(target) })), by);
      await repo.insertPresentMarks(tx, school.id, presentToSave.map((p) => ({ lessonId: lessonIdOf(p.target), pupilId: p.pupilId, date: p.date })), by);
    },
  };
}
