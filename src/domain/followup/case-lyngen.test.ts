// A whole case through Lyngen's four steps, school year 2026/27: the autumn
// break is 28 September to 2 October 2026, so a week counted from Friday
// 25 September ends on Friday 9 October.
import { describe, expect, it } from 'vitest';
import { CaseLog } from './test-case.js';
import { caseReminders, remindersToSend } from './case-reminders.js';

const deadlineOf = (log: CaseLog, today: string, id: string) => log.schedule(today).current?.deadlines.find((d) => d.deadlineId === id);

describe('Lyngen: a case from the first talk to regular collaboration meetings', () => {
  const log = new CaseLog('lyngen').openFromConcern('2026-09-24');

  it('step 1: the talk with pupil and guardians is due the same day, and is overdue the next school day', () => {
    expect(log.schedule('2026-09-24').current).toMatchObject({
      step: { id: 'samtale', number: 1 },
      deadlines: [{ deadlineId: 'samtale', dueOn: '2026-09-24', status: 'dueToday', missing: ['conversation', 'minutes'] }],
      missing: ['conversation', 'minutes'],
    });
    expect(log.schedule('2026-09-25').overdue).toMatchObject([{ kind: 'deadline', deadline: { deadlineId: 'samtale' } }]);
  });

  it('step 1 cannot be left before the conversation has minutes', () => {
    const early = new CaseLog('lyngen').openFromConcern('2026-09-24').conversation('2026-09-24', false);
    expect(early.try('stepAdvanced', '2026-09-24', {})).toMatchObject({ ok: false, error: { code: 'case.recordsMissing', missing: ['minutes'] } });
    expect(early.try('caseClosed', '2026-09-24', { reason: 'worryDispelled' })).toMatchObject({ ok: false, error: { code: 'case.recordsMissing' } });
  });

  it('step 2: the meeting is due within a week of going on, the autumn break skipped', () => {
    log.conversation('2026-09-24').advance('2026-09-25');
    expect(log.schedule('2026-09-25').current?.step.id).toBe('kartlegging');
    expect(deadlineOf(log, '2026-09-25', 'mote')).toMatchObject({ from: '2026-09-25', dueOn: '2026-10-09', status: 'open' });
    // The evaluation waits on the meeting; its day is projected two weeks from the meeting's.
    expect(deadlineOf(log, '2026-09-25', 'evaluering')).toMatchObject({ from: '2026-10-09', dueOn: '2026-10-23', status: 'waiting' });
    expect(log.schedule('2026-10-12').overdue.map((o) => (o.kind === 'deadline' ? o.deadline.deadlineId : o.task.id))).toEqual(['mote']);
  });

  it('step 2: the meeting with minutes, mapping and action plan meets it; the evaluation is planned two school weeks later', () => {
    log.meeting('2026-10-08').mapping('2026-10-08').agreement('2026-10-08');
    expect(deadlineOf(log, '2026-10-12', 'mote')).toMatchObject({ metOn: '2026-10-08', status: 'met' });
    expect(deadlineOf(log, '2026-10-12', 'evaluering')).toMatchObject({ from: '2026-10-08', plannedOn: '2026-10-22', dueOn: '2026-10-22', status: 'open' });
    expect(log.schedule('2026-10-12').overdue).toEqual([]);
    expect(log.schedule('2026-10-12').current?.missing).toEqual(['evaluation']);
  });

  it('step 3: the team meets within a week, with consent and a new plan, then weekly, and evaluates', () => {
    log.evaluation('2026-10-22').advance('2026-10-22');
    const schedule = log.schedule('2026-10-22');
    expect(schedule.current?.step.id).toBe('team-rundt-eleven');
    expect(schedule.current?.deadlines.map((d) => [d.deadlineId, d.dueOn, d.status])).toEqual([
      ['teammote', '2026-10-29', 'open'],
      ['ukemote', '2026-11-05', 'waiting'],
      ['evaluering', '2026-11-12', 'waiting'],
    ]);
    log.meeting('2026-10-27').consent('2026-10-27').agreement('2026-10-27', 2);
    // One meeting cannot be both the first team meeting and the weekly one after it.
    expect(deadlineOf(log, '2026-10-28', 'ukemote')).toMatchObject({ from: '2026-10-27', dueOn: '2026-11-03', status: 'open', missing: ['meeting', 'minutes'] });
    log.meeting('2026-11-04');
    expect(deadlineOf(log, '2026-11-04', 'ukemote')).toMatchObject({ metOn: '2026-11-04', status: 'metLate' });
    log.evaluation('2026-11-11');
    expect(log.schedule('2026-11-11').current?.missing).toEqual([]);
  });

  it('step 4: regular meetings at least every second week, until attendance is normal', () => {
    log.advance('2026-11-12');
    expect(deadlineOf(log, '2026-11-12', 'forste-samarbeidsmote')).toMatchObject({ dueOn: '2026-11-19' });
    log.meeting('2026-11-18');
    log.meeting('2026-12-02');
    const rounds = log.schedule('2026-12-02').current?.deadlines.map((d) => [d.deadlineId, d.cycle, d.dueOn, d.status]);
    expect(rounds).toEqual([
      ['forste-samarbeidsmote', 0, '2026-11-19', 'met'],
      ['samarbeidsmote', 0, '2026-12-02', 'met'],
      ['samarbeidsmote', 1, '2026-12-16', 'open'],
    ]);
    // Step 4 leads nowhere further: the case closes when attendance is normal.
    expect(log.try('stepAdvanced', '2026-12-03', {})).toMatchObject({ ok: false, error: { code: 'case.outcomeNotAllowed' } });
    log.add('caseClosed', '2026-12-10', { reason: 'attendanceNormal' });
    const closed = log.schedule('2026-12-21');
    expect(closed.status).toBe('closed');
    expect(closed.overdue).toEqual([]);
    // The last step is where it closed, with the reason: the staircase ends there.
    expect(closed.steps.map((s) => s.status)).toEqual(['done', 'done', 'done', 'closed']);
    expect(closed.steps[3]?.closing).toEqual({ at: '2026-12-10T10:00:00Z', reason: 'attendanceNormal' });
    expect(caseReminders(closed)).toEqual([]);
  });

  it('keeps the whole history: four visits, each with its deadlines', () => {
    const history = log.schedule('2026-12-21').history;
    expect(history.map((h) => [h.visit.stepId, h.visit.reason])).toEqual([
      ['samtale', 'opened'],
      ['kartlegging', 'advanced'],
      ['team-rundt-eleven', 'advanced'],
      ['faste-samarbeidsmoter', 'advanced'],
    ]);
    expect(history[0]?.deadlines[0]).toMatchObject({ metOn: '2026-09-24', status: 'met' });
  });
});

describe('Lyngen: closing and reopening', () => {
  it('closes at step 1 when the worry is dispelled after the talk, and cannot record anything after', () => {
    const log = new CaseLog('lyngen').openFromConcern('2026-09-24').conversation('2026-09-24');
    log.add('caseClosed', '2026-09-24', { reason: 'worryDispelled' });
    expect(log.state.closings).toMatchObject([{ reason: 'worryDispelled', stepId: 'samtale' }]);
    expect(log.try('meetingHeld', '2026-09-25', { recordId: 'm', minutes: true })).toMatchObject({ ok: false, error: { code: 'case.closed' } });
  });

  it('cannot close as dispelled at step 2 (the staircase does not lead there), but a pupil who moves closes it anywhere', () => {
    const log = new CaseLog('lyngen').openFromConcern('2026-09-24').conversation('2026-09-24').advance('2026-09-24');
    log.meeting('2026-10-01').mapping('2026-10-01').agreement('2026-10-01').evaluation('2026-10-15');
    // Step 2 may close (its leadsTo has "close"); without records it may not.
    const fresh = new CaseLog('lyngen').openFromConcern('2026-09-24').conversation('2026-09-24').advance('2026-09-24');
    expect(fresh.try('caseClosed', '2026-09-25', { reason: 'attendanceNormal' })).toMatchObject({ ok: false, error: { code: 'case.recordsMissing' } });
    expect(fresh.try('caseClosed', '2026-09-25', { reason: 'pupilMoved' }).ok).toBe(true);
  });

  it('"other" needs a note', () => {
    const log = new CaseLog('lyngen').openFromConcern('2026-09-24');
    expect(log.try('caseClosed', '2026-09-25', { reason: 'other' })).toMatchObject({ ok: false, error: { code: 'case.closingNoteRequired' } });
    expect(log.try('caseClosed', '2026-09-25', { reason: 'other', note: 'Flyttet til besteforeldre i annen kommune.' }).ok).toBe(true);
  });

  it('reopens at the step it closed at, with fresh deadlines counted from the reopening', () => {
    const log = new CaseLog('lyngen').openFromConcern('2026-09-24').conversation('2026-09-24');
    log.add('caseClosed', '2026-09-24', { reason: 'worryDispelled' });
    expect(log.try('caseClosed', '2026-09-25', { reason: 'pupilMoved' })).toMatchObject({ ok: false, error: { code: 'case.closed' } });
    log.add('caseReopened', '2026-11-02', { note: 'Fraværet har økt igjen.' });
    const schedule = log.schedule('2026-11-02');
    expect(schedule.status).toBe('open');
    expect(schedule.current?.visit).toMatchObject({ stepId: 'samtale', reason: 'reopened' });
    expect(schedule.current?.deadlines[0]).toMatchObject({ dueOn: '2026-11-02', status: 'dueToday' });
    expect(log.state.closings).toHaveLength(1);
  });

  it('refuses to reopen a case that is open, and to open one twice', () => {
    const log = new CaseLog('lyngen').openFromConcern('2026-09-24');
    expect(log.try('caseReopened', '2026-09-25', { note: 'x' })).toMatchObject({ ok: false, error: { code: 'case.notClosed' } });
    expect(log.try('caseOpened', '2026-09-25', { pupilId: 'p', staircaseId: 'lyngen', staircaseVersion: 1, origin: { kind: 'manual', reason: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'case.alreadyOpened' },
    });
  });
});

describe('Lyngen: reminders for the contact teacher', () => {
  it('two school days before the meeting, on its day, and when it has passed (the leadership too)', () => {
    const log = new CaseLog('lyngen').openFromConcern('2026-09-24').conversation('2026-09-24').advance('2026-09-25');
    const reminders = caseReminders(log.schedule('2026-09-25'));
    expect(reminders.map((r) => [r.kind, r.on, r.to])).toEqual([
      ['upcoming', '2026-10-07', [{ role: 'contactTeacher' }]],
      ['dueToday', '2026-10-09', [{ role: 'contactTeacher' }]],
      ['overdue', '2026-10-12', [{ role: 'contactTeacher' }, { role: 'leadership' }]],
    ]);
  });

  it('a same-day deadline gets no reminder before the day it was set', () => {
    const log = new CaseLog('lyngen').openFromConcern('2026-09-24');
    expect(caseReminders(log.schedule('2026-09-24')).map((r) => [r.kind, r.on])).toEqual([
      ['dueToday', '2026-09-24'],
      ['overdue', '2026-09-25'],
    ]);
  });

  it('a job that did not run for a while sends only the latest reminder, and never one twice', () => {
    const log = new CaseLog('lyngen').openFromConcern('2026-09-24').conversation('2026-09-24').advance('2026-09-25');
    const reminders = caseReminders(log.schedule('2026-10-13'));
    const due = remindersToSend(reminders, '2026-10-13', new Set());
    expect(due.map((r) => r.kind)).toEqual(['overdue']);
    expect(remindersToSend(reminders, '2026-10-13', new Set(due.map((r) => r.key)))).toEqual([]);
    expect(remindersToSend(reminders, '2026-10-06', new Set())).toEqual([]);
  });

  it('tasks are reminded to the person they are assigned to', () => {
    const log = new CaseLog('lyngen').openFromConcern('2026-09-24');
    log.add('taskAssigned', '2026-09-24', { taskId: 't1', title: 'Ring helsesykepleier', assignee: { userId: 'ingrid', name: 'Ingrid Moe' }, dueOn: '2026-10-06' });
    const schedule = log.schedule('2026-10-07');
    expect(schedule.tasks).toMatchObject([{ id: 't1', status: 'overdue' }]);
    expect(schedule.overdue.map((o) => o.kind)).toEqual(['deadline', 'task']);
    const task = caseReminders(schedule).filter((r) => r.about.kind === 'task');
    expect(task.map((r) => [r.kind, r.on, r.to])).toEqual([
      ['upcoming', '2026-09-25', [{ userId: 'ingrid' }]],
      ['dueToday', '2026-10-06', [{ userId: 'ingrid' }]],
      ['overdue', '2026-10-07', [{ userId: 'ingrid' }, { role: 'leadership' }]],
    ]);
    log.add('taskDone', '2026-10-07', { taskId: 't1' });
    expect(log.schedule('2026-10-07').tasks[0]?.status).toBe('done');
    expect(log.try('taskDone', '2026-10-08', { taskId: 't1' })).toMatchObject({ ok: false, error: { code: 'case.taskAlreadyDone' } });
  });
});
