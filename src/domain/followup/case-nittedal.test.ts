// A whole case through Nittedal's five steps, 2026/27: Christmas from
// 21 December 2026 to 1 January 2027, the winter break in week 8
// (22-26 February 2027), Easter from 22 to 29 March 2027.
import { describe, expect, it } from 'vitest';
import { CaseLog } from './test-case.js';

const current = (log: CaseLog, today: string) => log.schedule(today).current;

describe('Nittedal: from contact to interdisciplinary consultation', () => {
  const log = new CaseLog('nittedal').openFromConcern('2026-12-17');

  it('step 1: contact within two school days, over Christmas into January', () => {
    expect(current(log, '2026-12-17')?.deadlines[0]).toMatchObject({ deadlineId: 'kontakt', dueOn: '2027-01-04', status: 'open' });
    expect(log.schedule('2027-01-05').overdue).toHaveLength(1);
    log.contact('2027-01-04');
    expect(log.schedule('2027-01-05').overdue).toEqual([]);
  });

  it('step 2: the mapping conversation within a week, with the pupil heard and minutes written', () => {
    log.advance('2027-01-04');
    expect(current(log, '2027-01-04')?.deadlines[0]).toMatchObject({ deadlineId: 'kartleggingssamtale', dueOn: '2027-01-11', missing: ['meeting', 'minutes', 'mapping'] });
    log.meeting('2027-01-08').mapping('2027-01-08');
    expect(current(log, '2027-01-08')?.missing).toEqual([]);
  });

  it('step 3 and 4: the agreement within a week, its evaluation three weeks later', () => {
    log.advance('2027-01-08');
    expect(current(log, '2027-01-08')?.deadlines[0]).toMatchObject({ deadlineId: 'samarbeidsavtale', dueOn: '2027-01-15' });
    expect(log.try('stepAdvanced', '2027-01-12', {})).toMatchObject({ ok: false, error: { code: 'case.recordsMissing', missing: ['agreement'] } });
    log.agreement('2027-01-13').advance('2027-01-13');
    expect(current(log, '2027-01-13')?.deadlines[0]).toMatchObject({ deadlineId: 'evaluering', plannedOn: '2027-02-03', dueOn: '2027-02-03' });
  });

  it('step 4: a new agreement goes back to step 3; its evaluation skips the winter break', () => {
    log.evaluation('2027-02-03', ['newAgreement']).add('stepWentBack', '2027-02-03', {});
    expect(current(log, '2027-02-03')?.visit).toMatchObject({ stepId: 'samarbeid-om-tiltak', reason: 'back' });
    log.agreement('2027-02-11', 2).advance('2027-02-11');
    expect(current(log, '2027-02-11')?.deadlines[0]).toMatchObject({ dueOn: '2027-03-11' });
    expect(log.schedule('2027-03-12').overdue).toHaveLength(1);
  });

  it('step 5: consultation within four school weeks, Easter skipped, then closed', () => {
    log.evaluation('2027-03-11', ['interdisciplinary']).advance('2027-03-11');
    expect(current(log, '2027-03-11')?.deadlines[0]).toMatchObject({ deadlineId: 'drofting', dueOn: '2027-04-16' });
    log.meeting('2027-04-08');
    log.add('caseClosed', '2027-05-03', { reason: 'attendanceNormal' });
    const schedule = log.schedule('2027-05-03');
    expect(schedule.steps.map((s) => [s.id, s.status, s.visits])).toEqual([
      ['kontakt', 'done', 1],
      ['kartlegging', 'done', 1],
      ['samarbeid-om-tiltak', 'done', 2],
      ['evaluering', 'done', 2],
      ['tverrfaglig-drofting', 'closed', 1],
    ]);
  });
});

describe('Nittedal: continuing the measures', () => {
  it('"continue" at the evaluation stays on step 4, with a new evaluation three weeks from then', () => {
    const log = new CaseLog('nittedal').openFromConcern('2026-09-01').contact('2026-09-01').advance('2026-09-01');
    log.meeting('2026-09-03').mapping('2026-09-03').advance('2026-09-03').agreement('2026-09-03').advance('2026-09-03');
    log.evaluation('2026-10-08').add('stepStayed', '2026-10-08', {});
    expect(current(log, '2026-10-08')).toMatchObject({ visit: { stepId: 'evaluering', reason: 'stayed' }, deadlines: [{ from: '2026-10-08', dueOn: '2026-10-29', status: 'open' }] });
  });

  it('step 3 leads only on: it cannot close or stay', () => {
    const log = new CaseLog('nittedal').openFromConcern('2026-09-01', 'samarbeid-om-tiltak').agreement('2026-09-02');
    expect(log.try('stepStayed', '2026-09-03', {})).toMatchObject({ ok: false, error: { code: 'case.outcomeNotAllowed' } });
    expect(log.try('caseClosed', '2026-09-03', { reason: 'worryDispelled' })).toMatchObject({ ok: false, error: { code: 'case.outcomeNotAllowed' } });
  });
});
