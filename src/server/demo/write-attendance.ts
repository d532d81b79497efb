// Writes a school's lessons and one attendance mark per pupil per held lesson.
// Marks are generated pupil by pupil and streamed out in unnest batches.
import { addDaysTo, isoWeekday } from '../../domain/school-calendar.js';
import { noticeFor, type PlannedNotice } from './absence-notices.js';
import { regularProfile, type AttendanceProfile } from './attendance-profiles.js';
import { ColumnBatch, DEFAULT_BATCH_ROWS, unnestInsert, type SqlRunner } from './bulk-insert.js';
import type { PlannedSchool } from './demo-plan.js';
import type { ScheduledLesson } from './lesson-schedule.js';
import { draftMarks, type MarkDraft, type PupilDay } from './mark-drafts.js';
import { osloTimestamp } from './oslo-time.js';
import { plantedSlotFor, type PlantedSlot } from './planted-patterns.js';
import { compareText, createRandom, mixSeed } from './random.js';

export interface StoredLesson extends ScheduledLesson {
  id: number;
}

const lessonColumns = [
  { name: 'school_id', type: 'uuid' },
  { name: 'group_id', type: 'uuid' },
  { name: 'subject_id', type: 'uuid' },
  { name: 'teacher_id', type: 'uuid' },
  { name: 'date', type: 'date' },
  { name: 'period', type: 'smallint' },
  { name: 'starts_at', type: 'time' },
  { name: 'ends_at', type: 'time' },
  { name: 'status', type: 'text' },
  { name: 'registered_by', type: 'uuid' },
  { name: 'registered_at', type: 'timestamptz' },
] as const;

export async function writeLessons(runner: SqlRunner, plan: PlannedSchool, lessons: readonly ScheduledLesson[]): Promise<StoredLesson[]> {
  const statement = unnestInsert('lessons', lessonColumns, 'id, group_id, date::text as date, period');
  const stored: StoredLesson[] = [];
  for (let start = 0; start < lessons.length; start += DEFAULT_BATCH_ROWS) {
    const batch = lessons.slice(start, start + DEFAULT_BATCH_ROWS);
    const rows = await runner.query<{ id: number | string; group_id: string; date: string; period: number }>(statement, [
      batch.map(() => plan.schoolId),
      batch.map((l) => l.groupId),
      batch.map((l) => l.subjectId),
      batch.map((l) => l.teacherId),
      batch.map((l) => l.date),
      batch.map((l) => l.period),
      batch.map((l) => l.startsAt),
      batch.map((l) => l.endsAt),
      batch.map((l) => l.status),
      batch.map((l) => (l.status === 'planned' ? null : l.teacherId)),
      batch.map((l) => l.registeredAt),
    ]);
    // Drizzle's pg driver returns bigint as a string, PGlite as a number.
    const idOf = new Map(rows.map((r) => [`${r.group_id}|${r.date}|${r.period}`, Number(r.id)]));
    for (const lesson of batch) {
      const id = idOf.get(`${lesson.groupId}|${lesson.date}|${lesson.period}`);
      if (id === undefined) throw new Error('A lesson came back from the database without its id.');
      stored.push({ ...lesson, id });
    }
  }
  return stored;
}

// Who recorded a mark and when, and its school and date, come from its lesson:
// fewer columns travel per mark (serialising arrays is a good part of the cost
// on PGlite).
// updated_by/updated_at are null unless someone changed the mark after the lesson;
// notice_id links a mark to the notice from home that explains it.
const insertMarks = `
  insert into attendance_marks
    (lesson_id, pupil_id, school_id, date, status, minutes_late, documentation, reason_code,
     recorded_by, recorded_at, updated_by, updated_at, notice_id)
  select m.lesson_id, m.pupil_id, l.school_id, l.date, m.status, m.minutes_late, m.documentation, m.reason_code,
         l.teacher_id, l.registered_at, coalesce(m.updated_by, l.teacher_id), coalesce(m.updated_at, l.registered_at), m.notice_id
    from unnest($1::bigint[], $2::uuid[], $3::text[], $4::smallint[], $5::text[], $6::text[], $7::uuid[], $8::timestamptz[], $9::uuid[])
         as m(lesson_id, pupil_id, status, minutes_late, documentation, reason_code, updated_by, updated_at, notice_id)
    join lessons l on l.id = m.lesson_id`;

export interface MarkOptions {
  seed: number;
  asOf: string;
  notices: readonly PlannedNotice[];
}

export interface PlantedOnPupil {
  pupilId: string;
  slot: PlantedSlot;
}

/** Writes the marks; returns how many and which pupils carry planted patterns. */
export async function writeMarks(
  runner: SqlRunner,
  plan: PlannedSchool,
  lessons: readonly StoredLesson[],
  { seed, asOf, notices }: MarkOptions,
): Promise<{ marks: number; planted: PlantedOnPupil[] }> {
  const heldByGroup = new Map<string, StoredLesson[]>();
  for (const lesson of lessons) {
    if (lesson.status !== 'held') continue;
    const list = heldByGroup.get(lesson.groupId);
    if (list) list.push(lesson);
    else heldByGroup.set(lesson.groupId, [lesson]);
  }
  const contactTeacherOf = new Map(plan.contactTeachers.map((c) => [c.pupilId, c.userId]));
  const autumnBreak = plan.calendar.holidays.find((h) => h.kind === 'autumn_break');
  const profiles = createRandom(mixSeed(seed, plan.definition.key, 'profiles'));
  const batch = new ColumnBatch(runner, insertMarks, 9);
  const planted: PlantedOnPupil[] = [];

  for (const pupil of plan.pupils) {
    const regular = regularProfile(profiles);
    const slot = plantedSlotFor(plan.definition.key, pupil.className, pupil.rosterIndex);
    const profile: AttendanceProfile = slot ? { kind: 'planted', slot } : regular;
    if (slot) planted.push({ pupilId: pupil.id, slot });

    const own = pupil.groupIds
      .flatMap((groupId) => heldByGroup.get(groupId) ?? [])
      .sort((a, b) => compareText(a.date, b.date) || a.period - b.period);
    const days = groupByDay(own);
    const drafts = draftMarks(
      profile,
      days.map((d) => d.pupilDay),
      {
        upperSecondary: plan.definition.school.level === 'upper_secondary',
        autumnBreakEndsOn: autumnBreak?.endsOn ?? plan.calendar.startsOn,
        random: createRandom(mixSeed(seed, plan.definition.key, 'marks', pupil.externalId)),
      },
    );
    for (const [d, day] of days.entries()) {
      for (const [l, lesson] of day.lessons.entries()) {
        const notice = noticeFor(notices, pupil.id, lesson.date, lesson.period);
        const draft = withNotice(drafts[d]?.[l], notice);
        // Documentation usually arrives after the lesson: the contact teacher updates the code next morning.
        const updatedLater = draft.documentation === 'documented' && addDaysTo(lesson.date, 1) <= asOf;
        const full = batch.add([
          lesson.id,
          pupil.id,
          draft.status,
          draft.minutesLate,
          draft.documentation,
          draft.reasonCode,
          updatedLater ? (contactTeacherOf.get(pupil.id) ?? null) : null,
          updatedLater ? osloTimestamp(addDaysTo(lesson.date, 1), '08:00') : null,
          notice?.id ?? null,
        ]);
        if (full) await batch.flush();
      }
    }
  }
  await batch.finish();
  return { marks: batch.rowsWritten, planted };
}

function groupByDay(lessons: readonly StoredLesson[]) {
  const days: { pupilDay: PupilDay & { subjects: string[] }; lessons: StoredLesson[] }[] = [];
  for (const lesson of lessons) {
    let last = days.at(-1);
    if (!last || last.pupilDay.date !== lesson.date) {
      last = { pupilDay: { date: lesson.date, weekday: isoWeekday(lesson.date), subjects: [] }, lessons: [] };
      days.push(last);
    }
    last.lessons.push(lesson);
    last.pupilDay.subjects.push(lesson.subjectCode);
  }
  return days;
}

function withNotice(draft: MarkDraft | undefined, notice: PlannedNotice | undefined): MarkDraft {
  if (notice) return { status: 'F', minutesLate: null, documentation: 'reported', reasonCode: notice.reasonCode };
  if (!draft) throw new Error('Missing mark draft for a lesson.');
  return draft;
}

