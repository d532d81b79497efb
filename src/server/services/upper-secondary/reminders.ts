// Documentation reminders from the daily job: a pupil with counted absence
// that can still be documented is told (and the guardians, while under 18)
// which lessons and by when, with the hours left in the subject. At most one a
// week: the week is part of the letter's unique reference.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import { isoWeekOf } from '../../../domain/documentation.js';
import { buildDocumentationReminder, documentableAbsences, type ReminderSubject } from '../../../domain/upper-secondary/reminders.js';
import { lessonKey } from '../../../domain/upper-secondary/limit.js';
import * as repo from '../../db/repositories/upper-secondary.js';
import { loadSchoolContext, pupilStatuses } from './pupil-limits-context.js';
import { lettersToHome } from './home-letters.js';

export async function sendDocumentationReminders(database: Database, clock: Clock, school: { id: string; ownerId: string }, publicUrl: string): Promise<{ reminders: number; emails: string[] }> {
  const today = schoolTimeOf(clock.now()).date;
  const pupils = await repo.limitPupilsOfSchool(database, school.id, today);
  const first = pupils[0];
  const result = { reminders: 0, emails: [] as string[] };
  if (!first?.school_year_id) return result;
  const ctx = await loadSchoolContext(database, school, first.school_year_id, pupils.map((p) => p.id), today);
  if (!ctx) return result;
  // Lessons already handed in for wait for the contact teacher, not for the pupil.
  const pending = new Set((await repo.absentMarks(database, pupils.map((p) => p.id), ctx.year.from, today)).filter((m) => m.pending === 'submission').map((m) => `${m.pupil_id}|${lessonKey(m)}`));
  const week = isoWeekOf(today).from;
  for (const pupil of pupils) {
    const subjects: ReminderSubject[] = [];
    for (const [subjectId, status] of pupilStatuses(ctx, pupil.id, pupil.higher_health_risk)) {
      const documentable = documentableAbsences(status, today, ctx.settings.documentationDeadline, ctx.calendar).filter((d) => !pending.has(`${pupil.id}|${lessonKey(d)}`));
      if (documentable.length > 0) subjects.push({ name: ctx.subjects.get(subjectId)?.name ?? '', status, documentable });
    }
    if (subjects.length === 0) continue;
    const emails = await database.transaction((tx) =>
      lettersToHome(tx, pupil.id, today, 'documentation_reminder', `reminder:${pupil.id}:${week}`, (locale) => buildDocumentationReminder(subjects, locale), publicUrl),
    );
    if (emails.length > 0) result.reminders += 1;
    result.emails.push(...emails);
  }
  return result;
}
