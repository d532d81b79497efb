import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from './evaluate.js';
import { parsePolicy } from './parse-policy.js';
import type { Policy } from './policy-schema.js';
import { AUTUMN, CALENDAR, Pupil, schoolDaysOf, SPRING } from './test-school.js';

/** A policy of the given rules (each with a default trigger unless it has one). */
function policy(...rules: Record<string, unknown>[]): Policy {
  const result = parsePolicy({
    id: 'test',
    version: 1,
    name: 'Test',
    source: { title: 'Tests', publisher: 'Nærvær' },
    staircase: { steps: [{ id: 'contact', number: 1, name: 'Contact' }] },
    rules: rules.map((rule, i) => ({
      id: `rule-${i + 1}`,
      name: `Rule ${i + 1}`,
      comparison: 'atLeast',
      trigger: { level: 'concern', notify: ['contactTeacher', 'guardians'], actWithin: { schoolDays: 3 } },
      ...rule,
    })),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.policy;
}

const SEPTEMBER = schoolDaysOf('2026-09-01', '2026-09-30');
const OCTOBER = schoolDaysOf('2026-10-01', '2026-10-31');

describe('a rule fires once per window', () => {
  const rule = { measure: 'wholeDays', window: { kind: 'term' }, threshold: 2 };
  const pupil = new Pupil(AUTUMN.startsOn, '2026-11-30').absentDays(SEPTEMBER.slice(0, 3));

  it('gives the same key every day of the window, so the caller can store it and not raise it again', () => {
    const keys = ['2026-09-10', '2026-10-15', '2026-11-30'].map(
      (asOf) => evaluatePolicy(policy(rule), { marks: pupil.marks(), calendar: CALENDAR, asOf })[0]?.key,
    );
    expect(new Set(keys)).toEqual(new Set(['rule-1|2026-08-18|2026-12-18|']));
  });

  it('counts only the marks up to the as-of date', () => {
    expect(evaluatePolicy(policy(rule), { marks: pupil.marks(), calendar: CALENDAR, asOf: SEPTEMBER[0] as string })).toEqual([]);
    expect(evaluatePolicy(policy(rule), { marks: pupil.marks(), calendar: CALENDAR, asOf: SEPTEMBER[1] as string })).toHaveLength(1);
  });

  it('judges every window that has begun: September is still reported in November, and October separately', () => {
    const monthly = policy({ measure: 'wholeDays', window: { kind: 'month' }, threshold: 1 });
    const marks = new Pupil(AUTUMN.startsOn, '2026-11-20').absentDays([SEPTEMBER[3] as string, OCTOBER[2] as string]).marks();
    const concerns = evaluatePolicy(monthly, { marks, calendar: CALENDAR, asOf: '2026-11-20' });
    expect(concerns.map((c) => [c.window.from, c.window.to, c.evidence])).toEqual([
      ['2026-09-01', '2026-09-30', [SEPTEMBER[3]]],
      ['2026-10-01', '2026-10-31', [OCTOBER[2]]],
    ]);
  });

  it('keeps the terms apart: a half-year is a term', () => {
    const halfYear = policy({ measure: 'wholeDays', window: { kind: 'halfYear' }, threshold: 1 });
    const spring = schoolDaysOf(SPRING.startsOn, '2027-01-29');
    const marks = new Pupil(AUTUMN.startsOn, '2027-01-29').absentDays([SEPTEMBER[0] as string, spring[3] as string]).marks();
    const concerns = evaluatePolicy(halfYear, { marks, calendar: CALENDAR, asOf: '2027-01-29' });
    expect(concerns.map((c) => [c.window.kind, c.window.from, c.value])).toEqual([
      ['term', AUTUMN.startsOn, 1],
      ['term', SPRING.startsOn, 1],
    ]);
  });
});

describe('what a concern carries', () => {
  const pupil = new Pupil(AUTUMN.startsOn, '2026-10-09').absentDays([SEPTEMBER[4] as string]).absentLessons(SEPTEMBER[6] as string, [2]);
  const rule = { measure: 'absentLessons', window: { kind: 'term' }, threshold: 3, trigger: { level: 'serious', step: 1, notify: ['contactTeacher', 'leadership', 'guardians'], actWithin: { schoolDays: 3 } } };

  it('has the value, the threshold, the window, the evidence, the step, who is told and by when', () => {
    const [concern] = evaluatePolicy(policy(rule), { marks: pupil.marks(), calendar: CALENDAR, asOf: '2026-10-09', birthDate: '2012-01-01' });
    expect(concern).toEqual({
      key: 'rule-1|2026-08-18|2026-12-18|',
      rule: 'rule-1',
      ruleName: 'Rule 1',
      measure: 'absentLessons',
      level: 'serious',
      comparison: 'atLeast',
      value: 6,
      threshold: 3,
      approaching: false,
      base: null,
      window: { kind: 'term', from: '2026-08-18', to: '2026-12-18', until: '2026-10-09', label: AUTUMN.name },
      evidence: [SEPTEMBER[4], SEPTEMBER[6]],
      notify: ['contactTeacher', 'leadership', 'guardians'],
      // Friday 9 October + 3 school days.
      dueBy: '2026-10-14',
      step: { id: 'contact', number: 1, name: 'Contact' },
    });
  });

  it('tells the pupil instead of the guardians from 18, and says so when the age is unknown', () => {
    const notify = (birthDate: string | null) =>
      evaluatePolicy(policy(rule), { marks: pupil.marks(), calendar: CALENDAR, asOf: '2026-10-09', birthDate })[0]?.notify;
    expect(notify('2008-10-09')).toEqual(['contactTeacher', 'leadership', 'pupil']);
    expect(notify('2008-10-10')).toEqual(['contactTeacher', 'leadership', 'guardians']);
    expect(notify(null)).toEqual(['contactTeacher', 'leadership', 'guardiansOrPupil']);
  });

  it('counts the due date in school days, skipping the autumn break', () => {
    const [concern] = evaluatePolicy(policy(rule), { marks: pupil.marks(), calendar: CALENDAR, asOf: '2026-09-25' });
    expect(concern?.dueBy).toBe('2026-10-07');
  });
});

describe('filters', () => {
  it('counts only the documentation states asked for', () => {
    const marks = new Pupil(AUTUMN.startsOn, '2026-09-30')
      .absentLessons(SEPTEMBER[0] as string, [1], 'undocumented')
      .absentLessons(SEPTEMBER[1] as string, [1], 'reported')
      .absentLessons(SEPTEMBER[2] as string, [1], 'documented')
      .marks();
    const count = (documentation?: string[]) =>
      evaluatePolicy(policy({ measure: 'absentLessons', window: { kind: 'term' }, threshold: 1, ...(documentation ? { filter: { documentation } } : {}) }), {
        marks,
        calendar: CALENDAR,
        asOf: '2026-09-30',
      })[0];
    expect(count()).toMatchObject({ value: 3, evidence: SEPTEMBER.slice(0, 3) });
    expect(count(['undocumented', 'reported'])).toMatchObject({ value: 2, evidence: SEPTEMBER.slice(0, 2) });
    expect(count(['documented'])).toMatchObject({ value: 1, evidence: [SEPTEMBER[2]] });
  });

  it('counts a whole day under its least documented lesson', () => {
    const day = SEPTEMBER[0] as string;
    const marks = new Pupil(AUTUMN.startsOn, '2026-09-30').absentDays([day], 'documented').absentLessons(day, [3], 'reported').marks();
    const days = (documentation: string[]) =>
      evaluatePolicy(policy({ measure: 'wholeDays', filter: { documentation }, window: { kind: 'term' }, threshold: 1 }), { marks, calendar: CALENDAR, asOf: '2026-09-30' });
    expect(days(['documented'])).toEqual([]);
    expect(days(['reported'])).toMatchObject([{ value: 1, evidence: [day] }]);
  });

  it('judges each subject on its own and names it', () => {
    // Maths is period 2, English period 3.
    const marks = new Pupil(AUTUMN.startsOn, '2026-09-30').absentPeriodOn(SEPTEMBER.slice(0, 3), 2).absentPeriodOn(SEPTEMBER.slice(0, 1), 3).marks();
    const concerns = evaluatePolicy(policy({ measure: 'absentLessons', filter: { perSubject: true }, window: { kind: 'term' }, threshold: 2 }), {
      marks,
      calendar: CALENDAR,
      asOf: '2026-09-30',
    });
    expect(concerns).toMatchObject([{ subject: 'MAT', subjectId: 'subject-MAT', value: 3, key: 'rule-1|2026-08-18|2026-12-18|subject-MAT' }]);
  });
});

describe('windows', () => {
  it('treats the first school day as a window of its own', () => {
    const marks = new Pupil(AUTUMN.startsOn, '2026-09-30').absentDays([AUTUMN.startsOn, SEPTEMBER[0] as string]).marks();
    const concerns = evaluatePolicy(policy({ measure: 'wholeDays', window: { kind: 'firstSchoolDay' }, threshold: 1 }), { marks, calendar: CALENDAR, asOf: '2026-09-30' });
    expect(concerns).toMatchObject([{ window: { from: AUTUMN.startsOn, to: AUTUMN.startsOn }, evidence: [AUTUMN.startsOn] }]);
  });

  it('raises one concern per school day for a one-day window', () => {
    const marks = new Pupil(AUTUMN.startsOn, '2026-09-30').absentLessons(SEPTEMBER[0] as string, [1]).absentLessons(SEPTEMBER[5] as string, [4]).marks();
    const concerns = evaluatePolicy(policy({ measure: 'noNotice', window: { kind: 'schoolDay' }, threshold: 1 }), { marks, calendar: CALENDAR, asOf: '2026-09-30' });
    expect(concerns.map((c) => c.window.from)).toEqual([SEPTEMBER[0], SEPTEMBER[5]]);
  });

  it('reports a rolling window once per episode above the threshold, in the window of its first day', () => {
    // Ten whole days over 15 weeks: absent every Monday from 7 September.
    const mondays = schoolDaysOf('2026-09-07', '2026-12-18').filter((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 1);
    const pupil = new Pupil(AUTUMN.startsOn, '2026-12-18').absentDays(mondays.slice(0, 11));
    const rule = policy({ measure: 'wholeDays', window: { kind: 'rollingWeeks', weeks: 15 }, threshold: 10 });
    const concerns = evaluatePolicy(rule, { marks: pupil.marks(), calendar: CALENDAR, asOf: '2026-12-18' });
    expect(concerns).toHaveLength(1);
    expect(concerns[0]).toMatchObject({ value: 10, window: { to: mondays[9] }, evidence: mondays.slice(0, 10) });
    // The same episode is the same concern on a later day.
    const later = evaluatePolicy(rule, { marks: pupil.marks(), calendar: CALENDAR, asOf: '2026-12-11' });
    expect(later[0]?.key).toBe(concerns[0]?.key);
  });

  it('starts a new rolling episode when the figure falls back below the threshold and rises again', () => {
    const pupil = new Pupil(AUTUMN.startsOn, '2026-11-30', 4).absentDays(['2026-09-08', '2026-11-24']);
    const concerns = evaluatePolicy(policy({ measure: 'wholeDays', window: { kind: 'rollingSchoolDays', days: 5 }, threshold: 1 }), {
      marks: pupil.marks(),
      calendar: CALENDAR,
      asOf: '2026-11-30',
    });
    expect(concerns.map((c) => c.window.to)).toEqual(['2026-09-08', '2026-11-24']);
  });

  it('does not judge a percentage in a rolling window that does not yet reach its full length', () => {
    const day2 = schoolDaysOf(AUTUMN.startsOn, '2026-08-31')[1] as string;
    const marks = new Pupil(AUTUMN.startsOn, '2026-08-31').absentDays([day2]).marks();
    const rule = policy({ measure: 'absencePercent', window: { kind: 'rollingSchoolDays', days: 10 }, threshold: 10 });
    expect(evaluatePolicy(rule, { marks, calendar: CALENDAR, asOf: '2026-08-28' })).toEqual([]);
    // On the tenth school day the window is full: 5 of 50 lessons.
    expect(evaluatePolicy(rule, { marks, calendar: CALENDAR, asOf: '2026-08-31' })).toMatchObject([{ value: 10, base: 50 }]);
  });
});

describe('approaching', () => {
  const rule = { measure: 'wholeDays', window: { kind: 'month' }, threshold: 3, approaching: 2 };
  const marks = new Pupil(AUTUMN.startsOn, '2026-10-30').absentDays(SEPTEMBER.slice(0, 2)).marks();

  it('is reported while the window runs, to the contact teacher only, with its own key', () => {
    const concerns = evaluatePolicy(policy(rule), { marks, calendar: CALENDAR, asOf: '2026-09-25', birthDate: '2012-01-01' });
    expect(concerns).toMatchObject([{ approaching: true, value: 2, notify: ['contactTeacher'], key: 'rule-1|2026-09-01|2026-09-30||approaching' }]);
    expect(concerns[0]?.step).toBeUndefined();
  });

  it('is not reported once the window has ended', () => {
    expect(evaluatePolicy(policy(rule), { marks, calendar: CALENDAR, asOf: '2026-10-30' })).toEqual([]);
  });
});
