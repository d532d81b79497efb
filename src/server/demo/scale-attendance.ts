// Lessons and marks for the county-scale data.
//
// Attendance follows the demo's model without its spells and planted
// patterns: each pupil has a level of absence (most 0-3.5 %, some 3.5-6 %,
// one in ten 6-12 %), most of it whole days, some single lessons, late
// arrivals mostly in the first period. Every random draw is a hash of (seed,
// pupil number, day, period), so the same seed gives the same marks whatever
// the order, the batch size or the number of parallel connections.
//
// Two ways to produce the marks with the same model: 'unnest' computes them
// in JavaScript and sends them in unnest() batches; 'sql' computes them inside
// the database with insert ... select and hashint8(). The hashes differ, so
// the two give different (equally distributed) marks for one seed. 'unnest'
// measured faster on both engines (numbers in seed-scale.ts).
import type { SqlRunner } from './bulk-insert.js';
import { ColumnBatch } from './bulk-insert.js';
import { hashInts } from './random.js';
import { scalePeriodTimes, type ScaleSchool } from './scale-structure.js';

export async function writeScaleLessons(runner: SqlRunner, school: ScaleSchool, days: readonly string[]): Promise<number> {
  const slots = school.classes.flatMap((c) => c.slots.map((s) => ({ ...s, groupId: c.id })));
  const rows = await runner.query<{ n: number }>(
    `with inserted as (
       insert into lessons (school_id, group_id, subject_id, teacher_id, date, period, starts_at, ends_at, status, registered_by, registered_at)
       select $1::uuid, s.group_id, s.subject_id, s.teacher_id, d.day, t.period, t.starts_at, t.ends_at, 'held', s.teacher_id,
              (d.day + t.starts_at + interval '10 minutes') at time zone 'Europe/Oslo'
         from unnest($2::date[]) as d(day)
         cross join unnest($7::int[], $8::time[], $9::time[]) as t(period, starts_at, ends_at)
         join unnest($3::uuid[], $4::int[], $5::uuid[], $6::uuid[]) as s(group_id, slot, subject_id, teacher_id)
           on s.slot = (extract(isodow from d.day)::int - 1) * ${scalePeriodTimes.length} + t.period - 1
       returning 1)
     select count(*)::int as n from inserted`,
    [
      school.id,
      days,
      slots.map((s) => s.groupId),
      slots.map((s) => s.slot),
      slots.map((s) => s.subjectId),
      slots.map((s) => s.teacherId),
      scalePeriodTimes.map((t) => t.period),
      scalePeriodTimes.map((t) => t.startsAt),
      scalePeriodTimes.map((t) => t.endsAt),
    ],
  );
  return rows[0]?.n ?? 0;
}

// Keys for the hashes: pupil number (< 2^24), day number since 2000 (< 2^20), period (< 16), seed above.
const SQL_MARKS = `
  with drawn as (
    select l.id as lesson_id, m.pupil_id, l.school_id, l.date, l.period, l.teacher_id, l.registered_at,
           hashint8(pk.key) as h_pupil,
           hashint8(pk.key + (l.date - date '2000-01-01')::bigint * 16) as h_day,
           hashint8(pk.key + (l.date - date '2000-01-01')::bigint * 16 + l.period) as h_lesson
      from lessons l
      join group_memberships m on m.group_id = l.group_id
      join pupils p on p.id = m.pupil_id
      cross join lateral (select (right(p.external_id, 7)::bigint << 24) # ($4::bigint << 48) as key) pk
     where l.school_id = $1 and l.date between $2 and $3 and l.status = 'held'),
  uniform as (
    select d.*,
           (h_pupil & 65535)::float8 / 65536 as u_band, ((h_pupil >> 16) & 65535)::float8 / 65536 as u_level,
           (h_day & 65535)::float8 / 65536 as u_day, ((h_day >> 16) & 65535)::float8 / 65536 as u_doc,
           (h_lesson & 65535)::float8 / 65536 as u_one, ((h_lesson >> 16) & 65535)::float8 / 65536 as u_two
      from drawn d),
  rated as (
    select u.*,
           case when u_band < 0.7 then 0.035::float8 * u_level when u_band < 0.9 then 0.035::float8 + 0.025::float8 * u_level
                else 0.06::float8 + 0.06::float8 * u_level end as total,
           case when u_level > 0.9 then 0.1::float8 else 0.03::float8 end as late_first
      from uniform u),
  decided as (
    select r.*,
           case when u_day < total * 0.8 then 'day'
                when u_one < total * 0.2 then 'single'
                when u_two < (case when period = 1 then late_first else late_first / 20 end) then 'late'
                when u_two > 0.998 then 'other'
                else 'present' end as outcome
      from rated r)
  insert into attendance_marks
    (lesson_id, pupil_id, school_id, date, status, minutes_late, documentation, reason_code,
     recorded_by, recorded_at, updated_by, updated_at)
  select lesson_id, pupil_id, school_id, date,
         case outcome when 'day' then 'F' when 'single' then 'F' when 'late' then 'S' when 'other' then 'O' else 'M' end,
         case when outcome = 'late' then 1 + ((h_lesson >> 8) & 31) % 30 end,
         case when outcome = 'day' and u_doc < 0.45 then 'reported'
              when outcome = 'day' and u_doc < 0.57 then 'documented' else 'undocumented' end,
         case when outcome = 'day' and u_doc < 0.45 then 'health_self_reported'
              when outcome = 'day' and u_doc < 0.57 then 'health_medical_note' end,
         teacher_id, registered_at, teacher_id, registered_at
    from decided`;

/** Marks of one school's held lessons in [from, to], computed by the database. Returns the number written. */
export async function writeScaleMarksInSql(runner: SqlRunner, schoolId: string, from: string, to: string, seed: number): Promise<number> {
  const rows = await runner.query<{ n: number }>(
    `with written as (${SQL_MARKS} returning 1) select count(*)::int as n from written`,
    [schoolId, from, to, seed],
  );
  return rows[0]?.n ?? 0;
}

const UNNEST_MARKS = `
  insert into attendance_marks
    (lesson_id, pupil_id, school_id, date, status, minutes_late, documentation, reason_code,
     recorded_by, recorded_at, updated_by, updated_at)
  select m.lesson_id, m.pupil_id, l.school_id, l.date, m.status, m.minutes_late, m.documentation, m.reason_code,
         l.teacher_id, l.registered_at, l.teacher_id, l.registered_at
    from unnest($1::bigint[], $2::uuid[], $3::text[], $4::smallint[], $5::text[], $6::text[])
         as m(lesson_id, pupil_id, status, minutes_late, documentation, reason_code)
    join lessons l on l.id = m.lesson_id`;

const unit = (hash: number) => (hash & 0xffff) / 65536;
const high = (hash: number) => ((hash >>> 16) & 0xffff) / 65536;

/** The same model in JavaScript; its hash is not hashint8, so the marks differ from the SQL way (not the spread). */
export async function writeScaleMarksInBatches(
  runner: SqlRunner,
  schoolId: string,
  from: string,
  to: string,
  seed: number,
  batchRows: number,
): Promise<number> {
  const lessons = await runner.query<{ id: number | string; group_id: string; day: number; period: number }>(
    `select id, group_id, (date - date '2000-01-01') as day, period from lessons
      where school_id = $1 and date between $2 and $3 and status = 'held' order by date, period`,
    [schoolId, from, to],
  );
  const members = await runner.query<{ group_id: string; pupil_id: string; no: number }>(
    `select m.group_id, m.pupil_id, right(p.external_id, 7)::int as no
       from group_memberships m join pupils p on p.id = m.pupil_id where p.school_id = $1`,
    [schoolId],
  );
  const byGroup = new Map<string, { pupilId: string; total: number; lateFirst: number; no: number }[]>();
  for (const m of members) {
    const h = hashInts(seed, m.no);
    const band = unit(h);
    const level = high(h);
    const total = band < 0.7 ? 0.035 * level : band < 0.9 ? 0.035 + 0.025 * level : 0.06 + 0.06 * level;
    const list = byGroup.get(m.group_id) ?? [];
    list.push({ pupilId: m.pupil_id, total, lateFirst: level > 0.9 ? 0.1 : 0.03, no: m.no });
    byGroup.set(m.group_id, list);
  }
  const batch = new ColumnBatch(runner, UNNEST_MARKS, 6, batchRows);
  for (const lesson of lessons) {
    for (const pupil of byGroup.get(lesson.group_id) ?? []) {
      const hDay = hashInts(seed, pupil.no, lesson.day);
      const hLesson = hashInts(seed, pupil.no, lesson.day, lesson.period);
      const lateRate = lesson.period === 1 ? pupil.lateFirst : pupil.lateFirst / 20;
      let row: [string, number | null, string, string | null];
      if (unit(hDay) < pupil.total * 0.8) {
        const doc = high(hDay);
        if (doc < 0.45) row = ['F', null, 'reported', 'health_self_reported'];
        else if (doc < 0.57) row = ['F', null, 'documented', 'health_medical_note'];
        else row = ['F', null, 'undocumented', null];
      } else if (unit(hLesson) < pupil.total * 0.2) row = ['F', null, 'undocumented', null];
      else if (high(hLesson) < lateRate) row = ['S', 1 + (((hLesson >>> 8) & 31) % 30), 'undocumented', null];
      else if (high(hLesson) > 0.998) row = ['O', null, 'undocumented', null];
      else row = ['M', null, 'undocumented', null];
      if (batch.add([Number(lesson.id), pupil.pupilId, ...row])) await batch.flush();
    }
  }
  await batch.finish();
  return batch.rowsWritten;
}
