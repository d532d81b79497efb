// A case closed before the staircase's last step: the step it closed on shows
// as where it closed, with the reason, and the steps after it as never reached,
// not as done.
import { describe, expect, it } from 'vitest';
import { CaseLog } from './test-case.js';

const statuses = (log: CaseLog, today: string) => log.schedule(today).steps.map((s) => [s.id, s.status]);

describe('a case closed before the last step', () => {
  it('Nittedal, closed for another reason at step 2: step 1 done, step 2 where it closed, steps 3-5 not reached', () => {
    const log = new CaseLog('nittedal').openFromConcern('2026-09-01').contact('2026-09-01').advance('2026-09-02');
    log.add('caseClosed', '2026-09-04', { reason: 'other', note: 'Familien har avtalt oppfølging med BUP.' });
    const schedule = log.schedule('2026-09-07');
    expect(statuses(log, '2026-09-07')).toEqual([
      ['kontakt', 'done'],
      ['kartlegging', 'closed'],
      ['samarbeid-om-tiltak', 'ahead'],
      ['evaluering', 'ahead'],
      ['tverrfaglig-drofting', 'ahead'],
    ]);
    expect(schedule.steps[1]).toMatchObject({ visits: 1, closing: { at: '2026-09-04T10:00:00Z', reason: 'other' } });
    expect(schedule.steps.filter((s) => s.closing !== undefined)).toHaveLength(1);
  });

  it('Lyngen, the worry dispelled at step 1: step 1 is where it closed, nothing after it is done', () => {
    const log = new CaseLog('lyngen').openFromConcern('2026-09-24').conversation('2026-09-24');
    log.add('caseClosed', '2026-09-25', { reason: 'worryDispelled' });
    expect(statuses(log, '2026-09-28')).toEqual([
      ['samtale', 'closed'],
      ['kartlegging', 'ahead'],
      ['team-rundt-eleven', 'ahead'],
      ['faste-samarbeidsmoter', 'ahead'],
    ]);
    expect(log.schedule('2026-09-28').steps[0]?.closing).toEqual({ at: '2026-09-25T10:00:00Z', reason: 'worryDispelled' });
  });

  it('a pupil who moves away ends the case wherever it stands, records in or not', () => {
    const log = new CaseLog('nittedal').openFromConcern('2026-09-01');
    log.add('caseClosed', '2026-09-02', { reason: 'pupilMoved' });
    expect(statuses(log, '2026-09-03')).toEqual([
      ['kontakt', 'closed'],
      ['kartlegging', 'ahead'],
      ['samarbeid-om-tiltak', 'ahead'],
      ['evaluering', 'ahead'],
      ['tverrfaglig-drofting', 'ahead'],
    ]);
  });

  it('reopened and closed again: only the last closing marks a step, the step of the first closing is done once left going on', () => {
    const log = new CaseLog('nittedal').openFromConcern('2026-09-01').contact('2026-09-01');
    log.add('caseClosed', '2026-09-02', { reason: 'other', note: 'Feil elev.' });
    log.add('caseReopened', '2026-09-03', { note: 'Ny bekymring.' });
    log.contact('2026-09-03').advance('2026-09-03');
    log.add('caseClosed', '2026-09-07', { reason: 'pupilMoved' });
    const steps = log.schedule('2026-09-08').steps;
    expect(steps.map((s) => s.status)).toEqual(['done', 'closed', 'ahead', 'ahead', 'ahead']);
    expect(steps[1]?.closing?.reason).toBe('pupilMoved');
  });

  it('Lyngen, back from the team around the pupil to mapping and closed there: the step it went back from says so, not «not reached»', () => {
    const log = new CaseLog('lyngen').openFromConcern('2026-09-01').conversation('2026-09-01').advance('2026-09-01');
    log.meeting('2026-09-04').mapping('2026-09-04').agreement('2026-09-04').evaluation('2026-09-18', ['interdisciplinary']).advance('2026-09-18');
    log.add('stepWentBack', '2026-09-21', {});
    expect(statuses(log, '2026-09-22')).toEqual([
      ['samtale', 'done'],
      ['kartlegging', 'current'],
      ['team-rundt-eleven', 'wentBack'],
      ['faste-samarbeidsmoter', 'ahead'],
    ]);
    log.add('caseClosed', '2026-10-02', { reason: 'pupilMoved' });
    expect(statuses(log, '2026-10-05')).toEqual([
      ['samtale', 'done'],
      ['kartlegging', 'closed'],
      ['team-rundt-eleven', 'wentBack'],
      ['faste-samarbeidsmoter', 'ahead'],
    ]);
  });

  it('an open case marks no step as closed', () => {
    const log = new CaseLog('nittedal').openFromConcern('2026-09-01').contact('2026-09-01').advance('2026-09-02');
    expect(log.schedule('2026-09-03').steps.map((s) => s.status)).toEqual(['done', 'current', 'ahead', 'ahead', 'ahead']);
  });
});
