// The overview over HTTP: the leadership's monthly review with its checklist
// and PDF, routine fidelity, the owner's statistics (aggregates only: no
// pupil's name or id anywhere in the answer; attendance before and after the
// kinds of measures, from agreements and marks the test knows) and the yearly
// calendar with assignment, done-marks and reminders. The monthly review reads
// follow-up data, so the leadership logs in with a second factor.
// Clock: Monday 23 November 2026.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildCalendar, buildClass, buildOwner, buildPupil, buildSchool, buildSchoolYear, buildSubject, buildUser } from '../support/factories.js';
import { buildTestApp, logIn, strongLogIn, TEST_NOW, type LoggedIn } from '../support/app.js';
import { insertCaseWithAgreements, insertConcern, writePupilYears } from '../support/overview-data.js';
import { adoptPresetIfNone } from '../../src/server/services/owner-policies.js';
import { remindCalendarTasks } from '../../src/server/services/overview/yearly-calendar.js';
import { fixedClock } from '../../src/server/clock.js';
import { CaseLog } from '../../src/domain/followup/test-case.js';

let database: TestDatabase;
let app: FastifyInstance;
let lead: LoggedIn;
let weakLead: LoggedIn;
let otherLead: LoggedIn;
let teacher: LoggedIn;
let analyst: LoggedIn;
let schoolA: string;
let schoolC: string;
let teacherId: string;
let outsiderId: string;
let caseId: string;
let casePupil: string;
const pupilIds: string[] = [];
const pupilNames: string[] = [];
const TEN = { ruleId: 'ten-percent-term', ruleName: '10 % fravær i terminen' };
let agreementsMade = 0;

beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database, { name: 'Lyngen kommune' });
  await database.transaction((tx) => adoptPresetIfNone(tx, owner.id, 'lyngen'));
  const make = async (name: string, classes: [string, number, number][]) => {
    const school = await buildSchool(database, owner.id, { name });
    const year = await buildSchoolYear(database, school.id);
    await buildCalendar(database, year.id);
    const subject = await buildSubject(database, school.id);
    const pupils: { id: string; className: string }[] = [];
    for (const [className, grade, count] of classes) {
      const group = await buildClass(database, school, year.id, { name: `${className}-${name}`, grade });
      for (let i = 0; i < count; i++) {
        const givenName = `Unikelev${pupilIds.length}`;
        const p = await buildPupil(database, school, { classId: group.id, givenName, familyName: `Etternavn${pupilIds.length}` });
        pupilIds.push(p.id);
        pupilNames.push(givenName, `Etternavn${pupilIds.length - 1}`);
        pupils.push({ id: p.id, className });
      }
    }
    return { school, subject, pupils };
  };
  const a = await make('Lyngen skole', [['5A', 5, 8], ['5B', 5, 6]]);
  const b = await make('Furuflaten skole', [['8A', 8, 9]]);
  const c = await make('Lite skole', [['3A', 3, 3]]);
  const d = await make('Tiltak skole', [['9A', 9, 11]]);
  schoolA = a.school.id;
  schoolC = c.school.id;
  app = (await buildTestApp(database)).app;
  const leadEmail = (await buildUser(database, owner.id, { roles: [{ role: 'leadership', schoolId: schoolA }] })).email;
  weakLead = await logIn(app, leadEmail);
  lead = await strongLogIn(app, leadEmail);
  otherLead = await strongLogIn(app, (await buildUser(database, owner.id, { roles: [{ role: 'leadership', schoolId: b.school.id }] })).email);
  const t = await buildUser(database, owner.id, { givenName: 'Kari', familyName: 'Kontakt', roles: [{ role: 'teacher', schoolId: schoolA }] });
  teacherId = t.id;
  teacher = await logIn(app, t.email);
  outsiderId = (await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: b.school.id }] })).id;
  analyst = await logIn(app, (await buildUser(database, owner.id, { roles: [{ role: 'owner_analyst', schoolId: null }] })).email);

  // School A: in 5A two pupils over the rule since October and one more since November; in 5B one since November.
  const [a0, a1, a2, , , , , , b0] = a.pupils;
  for (const [p, on] of [[a0, '2026-10-12'], [a1, '2026-10-20'], [a2, '2026-11-04'], [b0, '2026-11-10']] as const) {
    await insertConcern(database, { ownerId: owner.id, schoolId: schoolA, pupilId: p!.id, ...TEN, raisedOn: on });
  }
  // One that no longer holds (documented after all) is not counted.
  await insertConcern(database, { ownerId: owner.id, schoolId: schoolA, pupilId: a.pupils[3]!.id, ...TEN, raisedOn: '2026-10-01', holds: false });
  for (const p of b.pupils.slice(0, 6)) await insertConcern(database, { ownerId: owner.id, schoolId: b.school.id, pupilId: p.id, ...TEN, raisedOn: '2026-11-02' });
  for (const p of c.pupils.slice(0, 2)) await insertConcern(database, { ownerId: owner.id, schoolId: schoolC, pupilId: p.id, ...TEN, raisedOn: '2026-11-02' });

  // One open case at A, opened on 10 November with no contact logged since: step 1's same-day conversation is missed.
  const log = new CaseLog('lyngen').openFromConcern('2026-11-10');
  const [row] = await database.query<{ id: string }>(
    `insert into followup_cases (owner_id, school_id, pupil_id, staircase_id, staircase_version, staircase, status, current_step_id, opened_by, opened_at)
     values ($1, $2, $3, 'lyngen', $4, $5::jsonb, 'open', 'samtale', $6, '2026-11-10T10:00:00Z') returning id`,
    [owner.id, schoolA, a0!.id, log.staircase.version, JSON.stringify(log.staircase), t.id],
  );
  const opened = { ...log.events[0]!, pupilId: a0!.id, by: t.id };
  await database.query(
    `insert into case_events (case_id, seq, owner_id, event_id, type, at, recorded_by, payload) values ($1, 1, $2, $3, 'caseOpened', $4, $5, $6::jsonb)`,
    [row!.id, owner.id, opened.id, opened.at, t.id, JSON.stringify(opened)],
  );
  caseId = row!.id;
  casePupil = a0!.id;

  // A: one lesson in four absent on Mondays; B: none; C: half of everything.
  const monday = (d: string) => new Date(`${d}T12:00:00Z`).getUTCDay() === 1;
  await writePupilYears(database, a.subject.id, a.pupils.map((p) => ({ id: p.id, absentOf: (d) => (monday(d) ? 1 : 0) })));
  await writePupilYears(database, b.subject.id, b.pupils.map((p) => ({ id: p.id, absentOf: () => 0 })));
  await writePupilYears(database, c.subject.id, c.pupils.map((p) => ({ id: p.id, absentOf: () => 2 })));

  // School D, for the measures: agreements made on Monday 19 October. The 20 school days before it run from
  // 14 September to 16 October (the autumn break has no lessons), the 20 from it on to 13 November.
  // Before: half the lessons missed by everyone; after: none missed by d0, d2, d4, d6, one in four by d1, d3, d5.
  // Outside the windows every lesson is missed, so a window too long would show.
  const absentAround = (odd: boolean) => (date: string) => (date < '2026-09-14' ? 4 : date < '2026-10-19' ? 2 : date <= '2026-11-13' ? (odd ? 1 : 0) : 4);
  await writePupilYears(database, d.subject.id, d.pupils.map((p, i) => ({ id: p.id, absentOf: i < 10 ? absentAround(i % 2 === 1) : () => 0 })));
  const agreements = (i: number) =>
    i < 7
      ? // Two measures of one kind count once; d0's later agreement with the same kind is not counted again.
        [{ madeOn: '2026-10-19', measureIds: ['evening-routine', 'daily-check-in'] }, ...(i === 0 ? [{ madeOn: '2026-11-09', measureIds: ['morning-routine'] }] : [])]
      : i < 10
        ? // Three pupils with a measure written freely: too few to show.
          [{ madeOn: '2026-10-19', measureIds: [null] }]
        : // Made on 2 November: 20 school days after it have not passed yet.
          [{ madeOn: '2026-11-02', measureIds: ['gradual-return-plan'] }];
  for (const [i, p] of d.pupils.entries()) {
    await insertCaseWithAgreements(database, { ownerId: owner.id, schoolId: d.school.id, pupilId: p.id, byUserId: t.id, openedOn: '2026-10-12', agreements: agreements(i) });
    agreementsMade += agreements(i).length;
  }
}, 60_000);

afterAll(async () => {
  await app?.close();
  await database?.dispose();
});

const get = (who: LoggedIn, url: string) => app.inject({ method: 'GET', url, headers: who.headers });

describe('the monthly review', () => {
  it('counts the pupils over each rule by class against last month, for the school’s leadership', async () => {
    const response = await get(lead, `/api/schools/${schoolA}/monthly-review?month=2026-11`);
    expect(response.statusCode, response.body).toBe(200);
    const review = response.json();
    expect(review.month).toBe('2026-11');
    expect(review.casesAvailable).toBe(true);
    expect(review.cases.open).toBe(1);
    expect(review.cases.byStep[0]).toMatchObject({ stepId: 'samtale', open: 1 });
    expect(review.cases.deadlines).toMatchObject({ due: 1, missed: 1 });
    expect(review.cases.withoutContact).toMatchObject([{ caseId, pupil: { id: casePupil } }]);
    const rule = review.rules.find((r: { ruleId: string }) => r.ruleId === TEN.ruleId);
    expect(rule).toMatchObject({ pupils: 4, lastMonth: 2, change: 2, newThisMonth: 2 });
    expect(rule.classes).toEqual([
      { className: '5A-Lyngen skole', pupils: 3, lastMonth: 2, change: 1, newThisMonth: 1 },
      { className: '5B-Lyngen skole', pupils: 1, lastMonth: 0, change: 1, newThisMonth: 1 },
    ]);
    expect(review.checklist.items.map((i: { checked: unknown }) => i.checked)).toEqual([null, null, null, null]);
    expect(review.cases.byStep.map((s: { stepId: string }) => s.stepId)).toEqual(['samtale', 'kartlegging', 'team-rundt-eleven', 'faste-samarbeidsmoter']);
    const [audit] = await database.query<{ n: number }>(`select count(*)::int as n from audit_log where entity = 'monthly_review' and action = 'read'`);
    expect(audit!.n).toBeGreaterThan(0);
  });

  it('asks the leadership for a second factor: it reads the pupils’ follow-up cases', async () => {
    for (const response of [
      await get(weakLead, `/api/schools/${schoolA}/monthly-review`),
      await get(weakLead, `/api/schools/${schoolA}/monthly-review/2026-11/pdf`),
      await app.inject({ method: 'PUT', url: `/api/schools/${schoolA}/monthly-review/2026-11/checklist`, headers: weakLead.headers, payload: { item: 'rules', checked: true } }),
      await app.inject({ method: 'POST', url: `/api/schools/${schoolA}/monthly-review/2026-11/done`, headers: weakLead.headers, payload: {} }),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('second_factor_required');
    }
  });

  it('is for the school’s own leadership only', async () => {
    expect((await get(teacher, `/api/schools/${schoolA}/monthly-review`)).statusCode).toBe(403);
    expect((await get(otherLead, `/api/schools/${schoolA}/monthly-review`)).statusCode).toBe(403);
    expect((await get(analyst, `/api/schools/${schoolA}/monthly-review`)).statusCode).toBe(403);
  });

  it('refuses a month not begun and a month badly written, in words', async () => {
    const ahead = await app.inject({ method: 'GET', url: `/api/schools/${schoolA}/monthly-review?month=2026-12`, headers: { ...lead.headers, 'accept-language': 'nb' } });
    expect(ahead.statusCode).toBe(400);
    expect(ahead.json().error.message).toBe('Måneden er ikke begynt ennå.');
    expect((await get(lead, `/api/schools/${schoolA}/monthly-review?month=2026-13`)).statusCode).toBe(400);
  });

  it('records the checklist point by point, then the review as done with who and when, and nothing after that', async () => {
    const base = `/api/schools/${schoolA}/monthly-review/2026-11`;
    const early = await app.inject({ method: 'POST', url: `${base}/done`, headers: lead.headers, payload: {} });
    expect(early.statusCode).toBe(400);
    const [{ n: before } = { n: 0 }] = await database.query<{ n: number }>(`select count(*)::int as n from monthly_reviews where done_at is not null`);
    expect(before).toBe(0);
    for (const item of ['rules', 'cases', 'deadlines', 'withoutContact']) {
      const r = await app.inject({ method: 'PUT', url: `${base}/checklist`, headers: lead.headers, payload: { item, checked: true } });
      expect(r.statusCode, r.body).toBe(200);
    }
    const done = await app.inject({ method: 'POST', url: `${base}/done`, headers: lead.headers, payload: { note: 'Gått gjennom på ledermøtet.' } });
    expect(done.statusCode, done.body).toBe(200);
    const review = done.json();
    expect(review.checklist.done).toMatchObject({ at: new Date(TEST_NOW).toISOString() });
    expect(review.checklist.done.by).toMatch(/\S/);
    expect(review.checklist.note).toBe('Gått gjennom på ledermøtet.');
    expect(review.checklist.items.every((i: { checked: unknown }) => i.checked !== null)).toBe(true);
    expect((await app.inject({ method: 'POST', url: `${base}/done`, headers: lead.headers, payload: {} })).statusCode).toBe(409);
    expect((await app.inject({ method: 'PUT', url: `${base}/checklist`, headers: lead.headers, payload: { item: 'rules', checked: false } })).statusCode).toBe(409);
    expect((await app.inject({ method: 'PUT', url: `${base}/checklist`, headers: teacher.headers, payload: { item: 'rules', checked: true } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'PUT', url: `${base}/checklist`, headers: lead.headers, payload: { item: 'nonsense', checked: true } })).statusCode).toBe(400);
  });

  it('exports the review as a PDF', async () => {
    const response = await get(lead, `/api/schools/${schoolA}/monthly-review/2026-11/pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('routine fidelity', () => {
  it('is the leadership’s, and says when there are no stored cases yet', async () => {
    const response = await get(lead, `/api/schools/${schoolA}/routine-fidelity`);
    expect(response.statusCode, response.body).toBe(200);
    const fidelity = response.json();
    expect(fidelity).toMatchObject({ casesAvailable: true, schools: [{ key: schoolA, cases: 1, open: 1 }] });
    expect(fidelity.schools[0].steps[0]).toMatchObject({ stepId: 'samtale', reached: 1, missed: 1, keptShare: 0 });
    expect(fidelity.schools[0].contact).toMatchObject({ contacted: 0, notContacted: 1 });
    expect((await get(teacher, `/api/schools/${schoolA}/routine-fidelity`)).statusCode).toBe(403);
  });
});

describe('the owner’s statistics', () => {
  it('compares schools without a single pupil in the answer', async () => {
    const response = await get(analyst, '/api/owner/statistics');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.body;
    for (const id of pupilIds) expect(body).not.toContain(id);
    for (const name of pupilNames) expect(body).not.toContain(name);
    const stats = response.json();
    expect(stats.minCount).toBe(5);
    const index = (id: string) => stats.schools.findIndex((s: { id: string }) => s.id === id);
    // The small school: three pupils, nothing shown, not even how many.
    expect(stats.schools[index(schoolC)].pupils).toBeNull();
    expect(stats.absence.schools.find((s: { schoolId: string }) => s.schoolId === schoolC).overall).toEqual({ pupils: null, percent: null, hidden: true });
    // School A: one lesson in four on Mondays, 4 lessons a day: about 5 % of lessons.
    const a = stats.absence.schools.find((s: { schoolId: string }) => s.schoolId === schoolA);
    expect(a.overall.pupils).toBe(14);
    expect(a.overall.percent).toBeGreaterThan(4);
    expect(a.overall.percent).toBeLessThan(6);
    expect(stats.months).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    const rule = stats.rules.find((r: { ruleId: string }) => r.ruleId === TEN.ruleId);
    // 4 at A (of 14), 6 at B (of 9), 2 at C (of 3): C and A (the smaller count beside it) are hidden, B is shown.
    expect(rule.schools[index(schoolC)].hidden).toBe(true);
    expect(rule.schools.filter((s: { hidden: boolean }) => s.hidden).length).toBeGreaterThanOrEqual(2);
    // Zeros are shown (Tiltak skole has nobody over the rule): nobody counted points at no one.
    const shown = rule.schools.filter((s: { hidden: boolean; pupils: number | null }) => !s.hidden && s.pupils !== 0);
    expect(shown.length).toBeGreaterThan(0);
    for (const s of shown) {
      expect(s.pupils).toBeGreaterThanOrEqual(5);
      expect(s.interval.low).toBeLessThanOrEqual(s.share);
      expect(s.interval.high).toBeGreaterThanOrEqual(s.share);
    }
  });

  it('shows attendance before and after each kind of measure, each pupil once, and hides a kind of fewer than five pupils', async () => {
    const stats = (await get(analyst, '/api/owner/statistics')).json();
    expect(stats.measureSpanDays).toBe(20);
    // The safety-return agreement of 2 November has not had its 20 days yet: no kind of its own.
    expect(stats.measures.map((m: { kind: string }) => m.kind)).toEqual(['attendance-plan', 'own']);
    const [plan, own] = stats.measures;
    expect(plan.name.nb).toBe('Plan for nærvær: morgen, kveld og skolevei');
    expect(plan.cases).toBe(7);
    expect(plan.before).toBeCloseTo(50, 9);
    expect(plan.after).toBeCloseTo((4 * 100 + 3 * 75) / 7, 9);
    expect(plan.change.mean).toBeCloseTo((4 * 50 + 3 * 25) / 7, 9);
    expect(plan.change.n).toBe(7);
    expect(plan.change.low).toBeGreaterThanOrEqual(25);
    expect(plan.change.low).toBeLessThan(plan.change.mean);
    expect(plan.change.high).toBeGreaterThan(plan.change.mean);
    expect(plan.change.high).toBeLessThanOrEqual(50);
    expect(own).toEqual({ kind: 'own', name: null, cases: null, before: null, after: null, change: null });
    const [audit] = await database.query<{ details: { agreements: number } }>(`select details from audit_log where entity = 'owner_statistics' order by id desc limit 1`);
    expect(audit!.details.agreements).toBe(agreementsMade);
  });

  it('is for the analyst and the administrator, not the leadership or teachers', async () => {
    expect((await get(lead, '/api/owner/statistics')).statusCode).toBe(403);
    expect((await get(teacher, '/api/owner/statistics')).statusCode).toBe(403);
  });
});

describe('the yearly calendar', () => {
  it('lists the school year’s tasks from the preset, with the monthly review each month', async () => {
    const response = await get(lead, `/api/schools/${schoolA}/yearly-calendar`);
    expect(response.statusCode, response.body).toBe(200);
    const calendar = response.json();
    expect(calendar.mayEdit).toBe(true);
    const monthly = calendar.occurrences.filter((o: { taskId: string }) => o.taskId === 'manedlig-gjennomgang');
    expect(monthly).toHaveLength(10);
    expect(monthly.find((o: { dueOn: string }) => o.dueOn === '2026-11-30').status).toBe('dueSoon');
    expect(calendar.occurrences.some((o: { taskId: string }) => o.taskId === 'frist-1-mars')).toBe(false);
  });

  it('the leadership assigns a task, the assignee is reminded and marks it done', async () => {
    const url = `/api/schools/${schoolA}/yearly-calendar/manedlig-gjennomgang`;
    const assigned = await app.inject({ method: 'PUT', url, headers: lead.headers, payload: { dueOn: '2026-11-30', assigneeId: teacherId } });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json().occurrences.find((o: { taskId: string; dueOn: string }) => o.taskId === 'manedlig-gjennomgang' && o.dueOn === '2026-11-30').assignee.name).toBe('Kari Kontakt');

    const reminded = await remindCalendarTasks(database, fixedClock(TEST_NOW));
    expect(reminded.reminded).toBe(1);
    expect((await remindCalendarTasks(database, fixedClock(TEST_NOW))).reminded).toBe(0);
    const mine = (await get(teacher, '/api/my/calendar-reminders')).json();
    expect(mine.reminders).toMatchObject([{ schoolId: schoolA, taskId: 'manedlig-gjennomgang', dueOn: '2026-11-30', status: 'dueSoon' }]);

    // The teacher may mark the own task done, not assign tasks.
    expect((await app.inject({ method: 'PUT', url, headers: teacher.headers, payload: { dueOn: '2026-11-30', assigneeId: null } })).statusCode).toBe(403);
    const done = await app.inject({ method: 'PUT', url, headers: teacher.headers, payload: { dueOn: '2026-11-30', done: true } });
    expect(done.statusCode, done.body).toBe(200);
    const occurrence = done.json().occurrences.find((o: { taskId: string; dueOn: string }) => o.taskId === 'manedlig-gjennomgang' && o.dueOn === '2026-11-30');
    expect(occurrence.status).toBe('done');
    expect(occurrence.done.by).toBe('Kari Kontakt');
    expect((await get(teacher, '/api/my/calendar-reminders')).json().reminders).toEqual([]);
  });

  it('refuses a day the task is not due and someone from another school', async () => {
    const url = `/api/schools/${schoolA}/yearly-calendar/manedlig-gjennomgang`;
    expect((await app.inject({ method: 'PUT', url, headers: lead.headers, payload: { dueOn: '2026-11-29', done: true } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'PUT', url, headers: lead.headers, payload: { dueOn: '2026-11-30', assigneeId: outsiderId } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'PUT', url: `/api/schools/${schoolA}/yearly-calendar/ingen-slik`, headers: lead.headers, payload: { dueOn: '2026-11-30', done: true } })).statusCode).toBe(404);
    expect((await get(otherLead, `/api/schools/${schoolA}/yearly-calendar`)).statusCode).toBe(403);
  });
});
