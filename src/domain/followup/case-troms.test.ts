// The Troms timeline, 2026/27: each step is reached when the absence passes a
// threshold, so concerns move the case up; the evaluation is four weeks after
// the meeting with the pupil.
import { describe, expect, it } from 'vitest';
import { CaseLog, concern } from './test-case.js';

const current = (log: CaseLog, today: string) => log.schedule(today).current;

describe('Troms: a pupil who did not turn up on the first school day, and whose absence grows', () => {
  const log = new CaseLog('troms-vgs').openFromConcern('2026-08-18');

  it('step 1: contact the same day', () => {
    expect(current(log, '2026-08-18')?.deadlines[0]).toMatchObject({ deadlineId: 'kontakt', dueOn: '2026-08-18', status: 'dueToday' });
    log.contact('2026-08-18');
  });

  it('five days in the term moves the case up to the class team, past the subject notice', () => {
    log.add('concernAdded', '2026-09-21', { concern: concern('klasseteam', 3, '2026-09-21', { rule: 'five-days-term', measure: 'wholeDays', value: 5, threshold: 5, base: null }) });
    const schedule = log.schedule('2026-09-21');
    expect(schedule.current?.visit).toMatchObject({ stepId: 'klasseteam', reason: 'concern' });
    expect(schedule.steps.map((s) => s.status)).toEqual(['done', 'passed', 'current', 'ahead', 'ahead', 'ahead']);
    expect(schedule.current?.deadlines.map((d) => [d.deadlineId, d.dueOn, d.status])).toEqual([
      ['klasseteam', '2026-10-05', 'open'],
      ['mote-med-elev', '2026-10-12', 'waiting'],
    ]);
    expect(log.state.concerns).toHaveLength(2);
  });

  it('the class team, then the meeting with pupil and guardians; evaluation four weeks after', () => {
    log.meeting('2026-09-24');
    expect(current(log, '2026-09-24')?.deadlines[1]).toMatchObject({ from: '2026-09-24', dueOn: '2026-10-08', status: 'open' });
    log.meeting('2026-10-06').mapping('2026-10-06').advance('2026-10-06');
    expect(current(log, '2026-10-06')?.deadlines[0]).toMatchObject({ deadlineId: 'evaluering', dueOn: '2026-11-03' });
  });

  it('a concern for an earlier step does not move the case down', () => {
    log.add('concernAdded', '2026-10-14', { concern: concern('fagvarsel', 2, '2026-10-14') });
    expect(current(log, '2026-10-14')?.step.id).toBe('evaluering');
  });

  it('10 % in a subject moves it to the limit step before the evaluation is due; going back needs no records', () => {
    log.add('concernAdded', '2026-10-20', { concern: concern('fravaersgrensen', 5, '2026-10-20', { rule: 'ten-percent-subject', subject: 'MAT' }) });
    expect(current(log, '2026-10-20')?.deadlines.map((d) => [d.deadlineId, d.dueOn])).toEqual([
      ['konsekvenssamtale', '2026-10-27'],
      ['mote', '2026-11-03'],
    ]);
    expect(log.schedule('2026-10-28').overdue).toHaveLength(1);
    log.add('stepWentBack', '2026-10-28', {});
    expect(current(log, '2026-10-28')).toMatchObject({ step: { id: 'evaluering' }, deadlines: [{ from: '2026-10-28', dueOn: '2026-11-25' }] });
  });

  it('the evaluation closes the case when attendance is back to normal', () => {
    log.evaluation('2026-11-25');
    log.add('caseClosed', '2026-11-25', { reason: 'attendanceNormal' });
    expect(log.state.status).toBe('closed');
  });
});

describe('Troms: continued absence repeats its follow-up meeting and evaluation', () => {
  it('after the first round, a new evaluation is due four weeks after the last', () => {
    const log = new CaseLog('troms-vgs').openFromConcern('2026-09-01', 'videre-oppfolging');
    log.meeting('2026-09-03').agreement('2026-09-03').evaluation('2026-10-08');
    expect(current(log, '2026-10-08')?.deadlines.map((d) => [d.deadlineId, d.cycle, d.dueOn, d.status])).toEqual([
      ['oppfolgingsmote', 0, '2026-09-08', 'met'],
      ['evaluering', 0, '2026-10-08', 'met'],
      ['evaluering', 1, '2026-11-05', 'open'],
    ]);
  });

  it('a manual case starts at the first step unless a step is named', () => {
    const log = new CaseLog('troms-vgs').add('caseOpened', '2026-09-01', {
      pupilId: 'p',
      staircaseId: 'troms-vgs',
      staircaseVersion: 1,
      origin: { kind: 'manual', reason: 'Eleven sier hun vil slutte.' },
    });
    expect(log.state.visits[0]?.stepId).toBe('kontakt');
    expect(log.state.concerns).toEqual([]);
  });

  it('refuses a case opened against another staircase or version', () => {
    const log = new CaseLog('troms-vgs');
    expect(log.try('caseOpened', '2026-09-01', { pupilId: 'p', staircaseId: 'lyngen', staircaseVersion: 1, origin: { kind: 'manual', reason: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'case.wrongStaircase' },
    });
  });
});
