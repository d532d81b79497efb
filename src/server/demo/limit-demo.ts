// The upper-secondary limit in the demo (Nordlys vgs, class 2STA, Norsk Vg2,
// 112 annual hours): one pupil above 10 % of the annual hours who was warned
// weeks ago, before crossing the line, and has not opened the letter; one above
// it who was never warned (the morning job, or the leadership, will), while the
// morning job has warned everyone else at risk on the demo date; one near
// the at-risk level; documentation handed in and waiting for Jonas Haugen; and
// recent undocumented lessons for the demo pupil (elev@nordlys.example), who
// can hand in documentation for them. Everything follows from the demo date.
import { createRequire } from 'node:module';
import type { Database } from '../db/client.js';
import { fixedClock } from '../clock.js';
import { addDaysTo } from '../../domain/school-calendar.js';
import { issueDueWarnings } from '../services/upper-secondary/warnings.js';
import '../documents/render-pdf.js';

const require = createRequire(import.meta.url);

/** The share of the annual hours each planted pupil ends at, counted. */
const PLANTED = [
  { rosterIndex: 16, percent: 12, warned: true },
  { rosterIndex: 22, percent: 11, warned: false },
  { rosterIndex: 19, percent: 6, warned: false },
] as const;

/** Warned the day after the absence reached this share: the school acted at the at-risk level, well before 10 %. */
const WARNED_AT_PERCENT = 6;

interface LessonMark extends Record<string, unknown> {
  mark_id: number;
  date: string;
  status: string;
  minutes: number;
}

async function subjectLessons(database: Database, pupilId: string, subjectId: string, before: string) {
  return database.query<LessonMark>(
    `select a.id as mark_id, a.date, a.status, (extract(epoch from (l.ends_at - l.starts_at)) / 60)::int as minutes
       from attendance_marks a join lessons l on l.id = a.lesson_id and l.status = 'held'
      where a.pupil_id = $1 and l.subject_id = $2 and a.date < $3::date order by a.date, l.period`,
    [pupilId, subjectId, before],
  );
}

/** Marks the lessons absent, undocumented, without leaving history rows: the demo was always so. */
async function makeAbsent(database: Database, markIds: readonly number[]) {
  if (markIds.length === 0) return;
  await database.transaction(async (tx) => {
    await tx.query(
      `update attendance_marks set status = 'F', minutes_late = null, documentation = 'undocumented', reason_code = null, notice_id = null where id = any($1::bigint[])`,
      [markIds],
    );
    await tx.query('delete from attendance_mark_history where mark_id = any($1::bigint[])', [markIds]);
  });
}

/**
 * A moment of the demo day, but never later than now: seeded just after
 * midnight, «this morning at 07:30» would otherwise lie in the future, ahead
 * of everything the demo's users then do.
 */
function earlierOfAnd(asOf: string, time: string): Date {
  const planned = new Date(`${asOf}T${time}+01:00`);
  const justNow = new Date(Date.now() - 60_000);
  return planned < justNow ? planned : justNow;
}

export async function seedLimitDemo(database: Database, asOf: string, publicUrl: string): Promise<void> {
  const [school] = await database.query<{ id: string; owner_id: string; subject_id: string; annual_hours: number }>(
    `select s.id, s.owner_id, sub.id as subject_id, sub.annual_hours from schools s join subjects sub on sub.school_id = s.id and sub.code = 'NOR1212'
      where s.name = 'Nordlys videregående skole'`,
  );
  if (!school) return;
  const roster = await database.query<{ id: string }>(
    `select p.id from groups g join group_memberships m on m.group_id = g.id and m.valid_to is null join pupils p on p.id = m.pupil_id
      where g.school_id = $1 and g.name = '2STA' and g.kind = 'class' order by p.external_id`,
    [school.id],
  );
  const annualMinutes = school.annual_hours * 60;
  const [demoPupil] = await database.query<{ pupil_id: string }>(`select pupil_id from users where email = 'elev@nordlys.example'`);
  // The demo pupil keeps the absence the seed gave them; the planted pupils are others.
  const others = roster.filter((p) => p.id !== demoPupil?.pupil_id);

  for (const planted of PLANTED) {
    const pupil = others[planted.rosterIndex];
    if (!pupil) continue;
    const lessons = await subjectLessons(database, pupil.id, school.subject_id, asOf);
    const counted = lessons.filter((l) => l.status === 'F').reduce((sum, l) => sum + l.minutes, 0);
    let missing = (planted.percent / 100) * annualMinutes - counted;
    // Spread over the term so far, evenly: every k-th lesson the pupil attended.
    const present = lessons.filter((l) => l.status !== 'F');
    const wanted = Math.max(0, Math.ceil(missing / 45));
    const step = wanted > 0 ? Math.max(1, Math.floor(present.length / wanted)) : 1;
    const ids: number[] = [];
    for (let i = step - 1; i < present.length && missing > 0; i += step) {
      ids.push(present[i]!.mark_id);
      missing -= present[i]!.minutes;
    }
    await makeAbsent(database, ids);
    if (planted.warned) {
      // Warned back then, as the morning job would have: before the lesson that took the pupil above 10 %.
      const flipped = new Set(ids);
      let sum = 0;
      const reached = lessons.find((l) => (sum += l.status === 'F' || flipped.has(l.mark_id) ? l.minutes : 0) >= (WARNED_AT_PERCENT / 100) * annualMinutes);
      if (!reached) continue;
      const then = addDaysTo(reached.date, 1);
      await issueDueWarnings(database, fixedClock(`${then}T07:00:00+01:00`), { id: school.id, ownerId: school.owner_id }, { publicUrl, pupilIds: [pupil.id], force: true });
    }
  }

  // The morning job has run today for everyone but the pupil planted as never warned, whom the leadership finds in its overview.
  const neverWarned = new Set(PLANTED.filter((p) => !p.warned && p.percent > 10).map((p) => others[p.rosterIndex]?.id));
  const pupils = (await database.query<{ id: string }>('select id from pupils where school_id = $1', [school.id])).map((p) => p.id).filter((id) => !neverWarned.has(id));
  await issueDueWarnings(database, fixedClock(earlierOfAnd(asOf, '06:30:00').toISOString()), { id: school.id, ownerId: school.owner_id }, { publicUrl, pupilIds: pupils, force: true });

  // The demo pupil: the two latest Norsk lessons absent and undocumented, still within the deadline.
  if (demoPupil) {
    const lessons = await subjectLessons(database, demoPupil.pupil_id, school.subject_id, asOf);
    await makeAbsent(database, lessons.slice(-2).map((l) => l.mark_id).filter((id) => lessons.find((l) => l.mark_id === id)?.status !== 'F'));
  }

  // Documentation handed in by a pupil of 2STA (a login of their own), waiting for the contact teacher.
  const waiting = others[25];
  if (waiting) {
    const lessons = (await subjectLessons(database, waiting.id, school.subject_id, asOf)).slice(-1);
    const last = lessons[0];
    if (last) {
      await makeAbsent(database, [last.mark_id]);
      const pdfmake = require('pdfmake') as { createPdf(d: object): { getBuffer(): Promise<Buffer> } };
      const file = await pdfmake
        .createPdf({ content: [{ text: 'Legeerklæring', fontSize: 16, bold: true }, { text: `Demo: fravær ${last.date}.` }], defaultStyle: { font: 'Inter' } })
        .getBuffer();
      await database.transaction(async (tx) => {
        const [user] = await tx.query<{ id: string }>(
          `insert into users (owner_id, email, given_name, family_name, pupil_id)
           select p.owner_id, coalesce(p.email, p.external_id || '@elev.nordfylket.example'), p.given_name, p.family_name, p.id from pupils p where p.id = $1
           returning id`,
          [waiting.id],
        );
        await tx.query(`insert into role_assignments (user_id, role, school_id) values ($1, 'pupil', $2)`, [user!.id, school.id]);
        const [submission] = await tx.query<{ id: string }>(
          `insert into documentation_submissions (school_id, pupil_id, submitted_by, submitted_at, reason_code)
           values ($1, $2, $3, $4, 'health_medical_note') returning id`,
          [school.id, waiting.id, user!.id, earlierOfAnd(asOf, '07:30:00')],
        );
        await tx.query('insert into documentation_submission_marks (submission_id, mark_id) values ($1, $2)', [submission!.id, last.mark_id]);
        await tx.query(
          `insert into submission_files (submission_id, file_name, content_type, size, sha256, content) values ($1, 'legeerklaering.pdf', 'application/pdf', $2, 'demo', $3)`,
          [submission!.id, file.length, file],
        );
      });
    }
  }
}
