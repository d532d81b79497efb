import { describe, expect, it } from 'vitest';
import { MEASURE_SPAN_DAYS, measureKinds, measureObservations, OWN_MEASURES, type AgreementForEffect } from './measure-observations.js';
import type { DayAttendance } from './measure-effect.js';

const bank = new Map([
  ['evening-routine', 'attendance-plan'],
  ['morning-call', 'attendance-plan'],
  ['own-changing-room', 'safety-return'],
]);

/** School days from 17 August 2026, weekdays only: 6 lessons, `present(i)` of them present on the i-th day. */
function schoolDays(count: number, present: (i: number) => number): DayAttendance[] {
  const days: DayAttendance[] = [];
  for (let d = new Date('2026-08-17T12:00:00Z'); days.length < count; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() === 0 || d.getUTCDay() === 6) continue;
    days.push({ date: d.toISOString().slice(0, 10), held: 6, present: present(days.length) });
  }
  return days;
}

describe('the kinds of an agreement’s measures', () => {
  it('are the bank’s categories, each once, and «own» for measures written freely or no longer in the bank', () => {
    expect(measureKinds(['evening-routine', 'morning-call', null, 'own-changing-room'], bank)).toEqual(['attendance-plan', OWN_MEASURES, 'safety-return']);
    expect(measureKinds(['gone-from-the-bank'], bank)).toEqual([OWN_MEASURES]);
  });
});

describe('observations around the agreements', () => {
  // 60 school days: absent from half the lessons for the first 30, present at all after.
  const days = schoolDays(60, (i) => (i < 30 ? 3 : 6));
  const dayOf = (i: number) => days[i]!.date;
  const daysOf = (pupil: string) => (pupil === 'few' ? days.slice(0, 45) : days);

  it('take the 20 school days before the day the agreement was made and the 20 from it on, once for each kind', () => {
    const agreement: AgreementForEffect = { pupil: 'p1', madeOn: dayOf(30), measureIds: ['evening-routine', 'morning-call', null] };
    expect(measureObservations([agreement], bank, daysOf)).toEqual([
      { kind: 'attendance-plan', before: { held: 120, present: 60 }, after: { held: 120, present: 120 } },
      { kind: OWN_MEASURES, before: { held: 120, present: 60 }, after: { held: 120, present: 120 } },
    ]);
    expect(MEASURE_SPAN_DAYS).toBe(20);
  });

  it('count only the pupil’s first agreement with a kind, whatever order they come in', () => {
    const later = { pupil: 'p1', madeOn: dayOf(35), measureIds: ['morning-call', 'own-changing-room'] };
    const first = { pupil: 'p1', madeOn: dayOf(25), measureIds: ['evening-routine'] };
    const observations = measureObservations([later, first], bank, daysOf);
    // attendance-plan from the first (of its 20 days after, 5 at half and 15 at full attendance), safety-return from the later one.
    expect(observations).toHaveLength(2);
    expect(observations.find((o) => o.kind === 'attendance-plan')).toEqual({ kind: 'attendance-plan', before: { held: 120, present: 60 }, after: { held: 120, present: 5 * 3 + 15 * 6 } });
    expect(observations.find((o) => o.kind === 'safety-return')).toEqual({ kind: 'safety-return', before: { held: 120, present: 15 * 3 + 5 * 6 }, after: { held: 120, present: 120 } });
  });

  it('leave an agreement out until 20 school days after it have passed, and when there are not 20 before it', () => {
    // «few» has 45 days so far: day 30 leaves 15 after it.
    expect(measureObservations([{ pupil: 'few', madeOn: dayOf(30), measureIds: [null] }], bank, daysOf)).toEqual([]);
    expect(measureObservations([{ pupil: 'few', madeOn: dayOf(25), measureIds: [null] }], bank, daysOf)).toHaveLength(1);
    expect(measureObservations([{ pupil: 'p1', madeOn: dayOf(19), measureIds: [null] }], bank, daysOf)).toEqual([]);
    expect(measureObservations([{ pupil: 'p1', madeOn: dayOf(20), measureIds: [null] }], bank, daysOf)).toHaveLength(1);
  });

  it('count a day with no lessons held for nobody: the windows are the pupil’s school days, not the calendar’s', () => {
    // An agreement made on a Saturday starts on the Monday after.
    const saturday = '2026-09-26';
    const monday = days.findIndex((d) => d.date === '2026-09-28');
    const [onSaturday] = measureObservations([{ pupil: 'p1', madeOn: saturday, measureIds: [null] }], bank, daysOf);
    const [onMonday] = measureObservations([{ pupil: 'p1', madeOn: dayOf(monday), measureIds: [null] }], bank, daysOf);
    expect(onSaturday).toEqual(onMonday);
  });
});
