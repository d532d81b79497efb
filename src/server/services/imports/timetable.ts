// Planning a timetable import. A lesson is found by its natural key, the
// group, the day and the period. Groups are the school year's classes and
// teaching groups by name; a name the school year does not have becomes a new
// teaching group (classes come from the roster, so an unknown name in a
// timetable is a teaching group; the preview shows how many groups will be
// created, which is where a misspelt class name shows up). Subjects are found
// by code and created only when the row gives `subject_name`. Teachers are
// staff at the school, by e-mail; each is recorded as teaching the group in
// the subject for the school year.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/client.js';
import * as repo from '../../db/repositories/imports.js';
import type { TimetableRow } from '../../../domain/import/timetable.js';
import { lessonTimes } from '../../../domain/import/periods.js';
import { problem, type ImportProblem } from '../../../domain/import/problems.js';
import { staffMember, teachingDayProblem, type ImportContext } from './context.js';
import { lookupByName, type ImportPlan } from './plan.js';
import { SummaryCounter } from './summary.js';

const lessonKey = (groupId: string, date: string, period: number) => `${groupId}|${date}|${period}`;

export async function planTimetable(db: Queryable, context: ImportContext, rows: readonly TimetableRow[]): Promise<ImportPlan> {
  const { school, year } = context;
  const problems: ImportProblem[] = [];
  const summary = new SummaryCounter(rows.length);
  const dates = rows.map((r) => r.date).sort();
  const [groups, subjects, lessons] = await Promise.all([
    repo.groupsOfYear(db, year.id),
    repo.subjectsOf(db, school.id),
    rows.length > 0 ? repo.lessonsBetween(db, school.id, dates[0]!, dates.at(-1)!) : Promise.resolve([]),
  ]);
  const findGroup = lookupByName(groups, (g) => g.name);
  const findSubject = lookupByName(subjects, (s) => s.code);
  const lessonAt = new Map(lessons.map((l) => [lessonKey(l.group_id, l.date, l.period), l]));

  const newSubjects = new Map<string, { id: string; code: string; name: string }>();
  const newGroups = new Map<string, repo.NewGroup & { subjects: Set<string> }>();
  const lessonsToInsert: repo.LessonToSave[] = [];
  const lessonsToUpdate: { id: number; subjectId: string; teacherId: string | null; startsAt: string; endsAt: string }[] = [];
  const teaching = new Map<string, { userId: string; groupId: string; subjectId: string }>();

  for (const row of rows) {
    const rowProblems: ImportProblem[] = [];
    const dayProblem = teachingDayProblem(context, row.line, row.date);
    if (dayProblem) rowProblems.push(dayProblem);
    let subjectId = findSubject(row.subjectCode)?.id ?? newSubjects.get(row.subjectCode.toLowerCase())?.id;
    if (!subjectId && row.subjectName) {
      subjectId = randomUUID();
      newSubjects.set(row.subjectCode.toLowerCase(), { id: subjectId, code: row.subjectCode, name: row.subjectName });
    }
    if (!subjectId) rowProblems.push(problem(row.line, 'subject', 'ref.unknownSubject', { value: row.subjectCode }));
    let teacherId: string | null = null;
    if (row.teacherEmail) {
      const teacher = staffMember(context, row.line, 'teacher', row.teacherEmail);
      if (teacher.problem) rowProblems.push(teacher.problem);
      else teacherId = teacher.found.id;
    }
    problems.push(...rowProblems);
    if (rowProblems.length > 0 || !subjectId) continue;

    let groupId = findGroup(row.groupName)?.id;
    if (!groupId) {
      const planned = newGroups.get(row.groupName.toLowerCase()) ?? {
        id: randomUUID(),
        name: row.groupName,
        kind: 'teaching_group' as const,
        grade: null,
        subjectId: null,
        subjects: new Set<string>(),
      };
      planned.subjects.add(subjectId);
      newGroups.set(row.groupName.toLowerCase(), planned);
      groupId = planned.id;
    }
    if (teacherId) teaching.set(`${teacherId}|${groupId}|${subjectId}`, { userId: teacherId, groupId, subjectId });

    const existing = lessonAt.get(lessonKey(groupId, row.date, row.period));
    if (!existing) {
      lessonsToInsert.push({ groupId, date: row.date, period: row.period, subjectId, teacherId, ...lessonTimes(row.period, row.startsAt, row.endsAt) });
      summary.add('lessons', 'create');
      continue;
    }
    // An empty teacher or time cell keeps what the lesson has.
    const wanted = {
      id: existing.id,
      subjectId,
      teacherId: teacherId ?? existing.teacher_id,
      startsAt: row.startsAt ?? existing.starts_at,
      endsAt: row.endsAt ?? existing.ends_at,
    };
    const changed =
      wanted.subjectId !== existing.subject_id ||
      wanted.teacherId !== existing.teacher_id ||
      wanted.startsAt !== existing.starts_at ||
      wanted.endsAt !== existing.ends_at;
    summary.add('lessons', changed ? 'update' : 'unchanged');
    if (changed) lessonsToUpdate.push(wanted);
  }

  // A new teaching group gets its subject when all its lessons share one (attendance finds lessons by it).
  const groupsToInsert = [...newGroups.values()].map(({ subjects: used, ...group }) => ({
    ...group,
    subjectId: used.size === 1 ? ([...used][0] ?? null) : null,
  }));
  const groupIds = [...new Set([...teaching.values()].map((t) => t.groupId))];
  const assigned = await repo.groupTeachersOf(db, groupIds);
  const current = new Set(
    assigned
      .filter((a) => a.valid_to === null || a.valid_to >= context.today)
      .map((a) => `${a.user_id}|${a.group_id}|${a.subject_id ?? ''}`),
  );
  const groupTeachersToInsert = [...teaching.entries()]
    .filter(([key]) => !current.has(key))
    .map(([, t]) => ({ ...t, validFrom: year.startsOn }));
  summary.add('subjects', 'create', newSubjects.size);
  summary.add('groups', 'create', groupsToInsert.length);
  summary.add('groupTeachers', 'create', groupTeachersToInsert.length);
  summary.add('groupTeachers', 'unchanged', teaching.size - groupTeachersToInsert.length);
  for (const entity of ['lessons', 'groups', 'subjects', 'groupTeachers'] as const) summary.touch(entity);

  return {
    problems,
    summary: summary.result(),
    async apply(tx) {
      await repo.insertSubjects(tx, school.id, [...newSubjects.values()]);
      await repo.insertGroups(tx, { id: school.id, yearId: year.id }, groupsToInsert);
      await repo.insertLessons(tx, school.id, lessonsToInsert, null);
      await repo.updateLessons(tx, lessonsToUpdate);
      await repo.insertGroupTeachers(tx, groupTeachersToInsert);
    },
  };
}
