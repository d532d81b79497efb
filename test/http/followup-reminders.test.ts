// Reminders of a follow-up case from the daily job, through a real SMTP
// server: on the deadline's day to the contact teacher (in the app and by
// e-mail), when it has passed to the leadership too, and never twice, however
// often the job runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildCalendar, buildClass, buildOwner, buildPupil, buildSchool, buildSchoolYear, buildUser } from '../support/factories.js';
import { movableClock } from '../support/app.js';
import { startTestSmtp, type TestSmtp } from '../support/smtp.js';
import { createMailer, type Mailer } from '../../src/server/mail/mailer.js';
import { loadConfig } from '../../src/server/config.js';
import { getPreset } from '../../src/domain/rules/presets.js';
import { sendNotificationEmail } from '../../src/server/services/outgoing-email.js';
import { openCaseForPupil } from '../../src/server/services/followup/cases.js';
import { runCaseReminders } from '../../src/server/services/followup/case-reminders.js';

// Monday 23 November 2026: Lyngen's first step is due the same day.
const clock = movableClock('2026-11-23T07:00:00+01:00');
let database: TestDatabase;
let smtp: TestSmtp;
let mailer: Mailer;

const addresses = () => smtp.messages.map((m) => (Array.isArray(m.to) ? m.to : [m.to]).flatMap((a) => a?.value.map((v) => v.address) ?? [])).flat().sort();

async function runAndSend() {
  const summary = await runCaseReminders(database, clock);
  for (const id of summary.emails) await sendNotificationEmail(database, clock, mailer, id, 'testvik.example');
  return summary;
}

beforeAll(async () => {
  database = await openTestDatabase();
  smtp = await startTestSmtp();
  mailer = createMailer(loadConfig({ LOG_LEVEL: 'silent', SMTP_URL: smtp.url, MAIL_FROM: 'Nærvær <ikke-svar@testvik.example>' }))!;
  const owner = await buildOwner(database);
  await database.query(`insert into owner_policies (owner_id, version, policy, based_on) values ($1, 1, $2::jsonb, 'lyngen')`, [owner.id, JSON.stringify(getPreset('lyngen'))]);
  const school = await buildSchool(database, owner.id);
  const year = await buildSchoolYear(database, school.id);
  await buildCalendar(database, year.id);
  const klass = await buildClass(database, school, year.id);
  const ct = await buildUser(database, owner.id, { email: 'kari@testvik.example', roles: [{ role: 'teacher', schoolId: school.id }] });
  await buildUser(database, owner.id, { email: 'rektor@testvik.example', roles: [{ role: 'leadership', schoolId: school.id }] });
  const pupil = await buildPupil(database, school, { classId: klass.id, contactTeacherId: ct.id, givenName: 'Nora', familyName: 'Åsheim' });
  await openCaseForPupil(database, clock, { userId: ct.id, ownerId: owner.id, roles: [{ role: 'teacher', schoolId: school.id }] }, pupil.id, { from: { kind: 'manual', reason: 'Mye fravær i oktober.' } });
});

afterAll(async () => {
  mailer?.close();
  await smtp?.close();
  await database?.dispose();
});

describe('follow-up reminders', () => {
  it('tells the contact teacher on the deadline’s day, in the app and by e-mail, once', async () => {
    clock.set('2026-11-23T07:30:00+01:00');
    const first = await runAndSend();
    expect(first.reminders).toBe(1);
    await smtp.waitFor(1);
    expect(addresses()).toEqual(['kari@testvik.example']);
    expect(smtp.messages[0]!.subject).toBe('Frist i dag: Samtale med elev og foresatte (Nora Åsheim)');
    const app = await database.query<{ n: number }>(`select count(*)::int as n from notifications where kind = 'case_reminder' and channel = 'app'`);
    expect(app[0]!.n).toBe(1);
    expect((await runAndSend()).reminders).toBe(0);
    expect(smtp.messages).toHaveLength(1);
  });

  it('tells the leadership too once the deadline has passed, and only once', async () => {
    clock.set('2026-11-24T07:30:00+01:00');
    expect((await runAndSend()).reminders).toBe(1);
    await smtp.waitFor(3);
    expect(addresses()).toEqual(['kari@testvik.example', 'kari@testvik.example', 'rektor@testvik.example']);
    expect(smtp.messages.map((m) => m.subject)).toContain('Fristen er passert: Samtale med elev og foresatte (Nora Åsheim)');
    expect((await runAndSend()).reminders).toBe(0);
    clock.set('2026-11-25T07:30:00+01:00');
    expect((await runAndSend()).reminders).toBe(0);
    expect(smtp.messages).toHaveLength(3);
    const audited = await database.query<{ n: number }>(`select count(*)::int as n from audit_log where entity = 'case_reminder'`);
    expect(audited[0]!.n).toBe(2);
  });
});
