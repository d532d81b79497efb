// The daily reminders of open follow-up cases: before a deadline, on its
// day, and when it has passed (the leadership too), in the app and by e-mail
// to the staff responsible. The domain decides what is due (caseReminders,
// remindersToSend); each reminder is stored once per recipient and channel
// under the reference `case:<id>|<key>`, so a job run twice sends nothing twice.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import { caseReminders, caseSchedule, remindersToSend, replayCase, type Reminder } from '../../../domain/followup/index.js';
import type { Locale } from '../../../contracts/locale.js';
import * as figuresRepo from '../../db/repositories/figures.js';
import { longDate, textsFor } from '../../documents/texts.js';
import { systemActor, audit } from '../audit.js';
import * as repo from './repository.js';
import { calendarForSchool, caseStaircase } from './case-context.js';

const MEMBER_ROLE: Record<string, string> = { counsellor: 'counsellor', nurse: 'nurse', resourceTeam: 'resourceTeam', socialTeacher: 'socialTeacher', attendanceContact: 'attendanceContact' };

async function recipientsOf(database: Database, row: repo.CaseRow, reminder: Reminder, contactTeacherIds: readonly string[], members: repo.MemberRow[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const to of reminder.to) {
    if ('userId' in to) ids.add(to.userId);
    else if (to.role === 'contactTeacher') contactTeacherIds.forEach((id) => ids.add(id));
    else if (to.role === 'leadership') {
      const leaders = await database.query<{ user_id: string }>(`select user_id from role_assignments where school_id = $1 and role = 'leadership'`, [row.school_id]);
      leaders.forEach((l) => ids.add(l.user_id));
    } else {
      members.filter((m) => m.role === MEMBER_ROLE[to.role]).forEach((m) => ids.add(m.user_id));
    }
  }
  // Nobody named for the role: the contact teacher hears of it rather than nobody.
  if (ids.size === 0) contactTeacherIds.forEach((id) => ids.add(id));
  return [...ids];
}

function letter(locale: Locale, reminder: Reminder, row: repo.CaseRow, what: string) {
  const t = textsFor(locale);
  const name = `${row.given_name} ${row.family_name}`;
  const params = { what, name, dueOn: longDate(reminder.about.dueOn, locale) };
  return { subject: t(`reminders.subject.${reminder.kind}`, params), body: t(`reminders.body.${reminder.kind}`, params) };
}

/** Sends what is due today for every open case; returns the e-mails to queue. */
export async function runCaseReminders(database: Database, clock: Clock): Promise<{ cases: number; reminders: number; emails: string[] }> {
  const today = schoolTimeOf(clock.now()).date;
  const cases = await database.query<{ id: string }>(`select id from followup_cases where status = 'open' order by opened_at`);
  const result = { cases: cases.length, reminders: 0, emails: [] as string[] };
  for (const { id } of cases) {
    const row = await repo.findCase(database, id);
    if (!row) continue;
    const staircase = caseStaircase(row);
    const replayed = replayCase(await repo.eventsOf(database, id), staircase);
    if (!replayed.ok) continue;
    const calendarFor = await calendarForSchool(database, row.school_id, today);
    const schedule = caseSchedule(replayed.state, staircase, { now: clock.now(), calendarFor });
    const sent = await database.query<{ reference: string }>(`select distinct reference from notifications where kind = 'case_reminder' and reference like $1`, [`case:${id}|%`]);
    const already = new Set(sent.map((s) => s.reference.slice(`case:${id}|`.length)));
    const due = remindersToSend(caseReminders(schedule, undefined, calendarFor), today, already);
    if (due.length === 0) continue;
    const pupil = await figuresRepo.pupilRef(database, row.pupil_id, today);
    const members = await repo.membersOf(database, id);
    const deadlineNames = new Map((schedule.current?.deadlines ?? []).map((d) => [`${d.stepId}|${d.deadlineId}|${d.cycle}`, d.name]));
    const taskTitles = new Map(schedule.tasks.map((task) => [task.id, task.title]));
    for (const reminder of due) {
      const userIds = await recipientsOf(database, row, reminder, pupil?.contact_teacher_ids ?? [], members);
      const users = await repo.userNames(database, userIds);
      const rows = users.flatMap((user) => {
        const locale = (['nb', 'nn', 'en'].includes(user.locale) ? user.locale : 'nb') as Locale;
        const what =
          reminder.about.kind === 'deadline'
            ? (deadlineNames.get(`${reminder.about.stepId}|${reminder.about.deadlineId}|${reminder.about.cycle}`)?.[locale] ?? reminder.about.deadlineId)
            : (taskTitles.get(reminder.about.taskId) ?? '');
        const text = letter(locale, reminder, row, what);
        return (['app', 'email'] as const).map((channel) => ({
          owner_id: row.owner_id, school_id: row.school_id, pupil_id: row.pupil_id, reference: `case:${id}|${reminder.key}`, channel,
          recipient_user_id: user.id, recipient_key: `user:${user.id}`, email: channel === 'email' ? user.email : null, locale,
          subject: text.subject, body: text.body, status: channel === 'app' ? 'delivered' : 'pending',
        }));
      });
      const inserted = await database.transaction(async (tx) => {
        const stored = await tx.query<{ id: string; channel: string }>(
          `insert into notifications (owner_id, school_id, pupil_id, kind, reference, channel, recipient_kind, recipient_user_id, recipient_key, email, locale, subject, body, status)
           select n.owner_id, n.school_id, n.pupil_id, 'case_reminder', n.reference, n.channel, 'staff', n.recipient_user_id, n.recipient_key, n.email, n.locale, n.subject, n.body, n.status
             from jsonb_to_recordset($1::jsonb) as n(owner_id uuid, school_id uuid, pupil_id uuid, reference text, channel text, recipient_user_id uuid,
                  recipient_key text, email text, locale text, subject text, body text, status text)
           on conflict do nothing
           returning id, channel`,
          [JSON.stringify(rows)],
        );
        await audit(tx, systemActor(row.owner_id), [
          { action: 'create', entity: 'case_reminder', entityId: id, pupilId: row.pupil_id, reason: 'daily_reminders', details: { key: reminder.key, kind: reminder.kind, recipients: users.length } },
        ]);
        return stored;
      });
      result.reminders += 1;
      result.emails.push(...inserted.filter((n) => n.channel === 'email').map((n) => n.id));
    }
  }
  return result;
}
