// Every rule of every preset at its threshold: just below, at, and just above.
// The school year is 2026/27 (see test-school.ts); pupils have five lessons a
// day, one in each of NOR, MAT, ENG, NAT and SAM, unless a test says otherwise.
import { describe, expect, it } from 'vitest';
import { datedDeadlines } from './deadlines.js';
import { evaluatePolicy } from './evaluate.js';
import type { Concern } from './concern.js';
import { getPreset, PRESET_IDS, type PresetId } from './presets.js';
import { AUTUMN, CALENDAR, Pupil, schoolDaysOf } from './test-school.js';

function evaluate(preset: PresetId, pupil: Pupil, asOf: string, birthDate: string | null = '2012-05-05'): Concern[] {
  return evaluatePolicy(getPreset(preset), { marks: pupil.marks(), calendar: CALENDAR, asOf, birthDate });
}

/** The concerns a rule raised (not the ones only approaching). */
const raised = (concerns: readonly Concern[], rule: string) => concerns.filter((c) => c.rule === rule && !c.approaching);
const approaching = (concerns: readonly Concern[], rule: string) => concerns.filter((c) => c.rule === rule && c.approaching);

/** 2 November 2026: the 50th school day of the autumn term, 250 lessons for a pupil with five a day. */
const DAY_50 = '2026-11-02';
const FIRST_50 = schoolDaysOf(AUTUMN.startsOn, DAY_50);
/** 16 November 2026: the 60th school day, 60 maths lessons. */
const DAY_60 = '2026-11-16';
const FIRST_60 = schoolDaysOf(AUTUMN.startsOn, DAY_60);
const SEPTEMBER = schoolDaysOf('2026-09-01', '2026-09-30');

describe('every preset', () => {
  it.each(PRESET_IDS)('%s is a valid policy that names its source document', (id) => {
    const policy = getPreset(id);
    expect(policy.id).toBe(id);
    expect(policy.version).toBeGreaterThanOrEqual(1);
    expect(policy.source.reference).toMatch(/^seeds\/00[0-4]_[0-9a-f]{16}\.txt$/);
  });

  it.each(PRESET_IDS)('%s raises nothing for a pupil who is always there', (id) => {
    expect(evaluate(id, new Pupil(AUTUMN.startsOn, DAY_60), DAY_60)).toEqual([]);
  });
});

describe('Lyngen (grades 1-10)', () => {
  // 25 of 250 lessons is 10 %: five whole days; one lesson less or more moves it to 9.6 % or 10.4 %.
  it('Lyngen: 10 % of the lessons in the autumn term is a concern; 9.6 % is not (but is approaching)', () => {
    const at = evaluate('lyngen', new Pupil(AUTUMN.startsOn, DAY_50).absentDays(SEPTEMBER.slice(0, 5)), DAY_50);
    expect(raised(at, 'ten-percent-term')).toMatchObject([
      { level: 'concern', value: 10, threshold: 10, base: 250, window: { from: '2026-08-18', to: '2026-12-18' }, dueBy: DAY_50 },
    ]);
    expect(raised(at, 'ten-percent-term')[0]?.evidence).toEqual(SEPTEMBER.slice(0, 5));

    const below = evaluate('lyngen', new Pupil(AUTUMN.startsOn, DAY_50).absentDays(SEPTEMBER.slice(0, 4)).absentLessons(SEPTEMBER[4] as string, [1, 2, 3, 4]), DAY_50);
    expect(raised(below, 'ten-percent-term')).toEqual([]);
    expect(approaching(below, 'ten-percent-term')).toMatchObject([{ value: 9.6, notify: ['contactTeacher'] }]);

    const above = evaluate('lyngen', new Pupil(AUTUMN.startsOn, DAY_50).absentDays(SEPTEMBER.slice(0, 5)).absentLessons(SEPTEMBER[6] as string, [1]), DAY_50);
    expect(raised(above, 'ten-percent-term')).toMatchObject([{ value: 10.4 }]);
  });

  it('Lyngen: one absent lesson on the first day is not 10 % yet (fewer than 50 lessons held)', () => {
    const firstDay = evaluate('lyngen', new Pupil(AUTUMN.startsOn, AUTUMN.startsOn).absentLessons(AUTUMN.startsOn, [1]), AUTUMN.startsOn);
    expect(raised(firstDay, 'ten-percent-term')).toEqual([]);
  });

  it('Lyngen: 10 single lessons in the autumn term is a concern; 9 is not', () => {
    const lessons = (n: number) => evaluate('lyngen', new Pupil(AUTUMN.startsOn, DAY_50).absentPeriodOn(FIRST_50.slice(0, n), 2), DAY_50);
    expect(raised(lessons(9), 'ten-single-lessons-term')).toEqual([]);
    expect(approaching(lessons(9), 'ten-single-lessons-term')).toHaveLength(1);
    expect(raised(lessons(10), 'ten-single-lessons-term')).toMatchObject([{ value: 10, evidence: FIRST_50.slice(0, 10) }]);
    expect(raised(lessons(11), 'ten-single-lessons-term')).toMatchObject([{ value: 11 }]);
  });

  it('Lyngen: more than 10 late arrivals in September is a concern; 10 is not', () => {
    const late = (n: number) => evaluate('lyngen', new Pupil(AUTUMN.startsOn, '2026-09-25').lateOn(SEPTEMBER.slice(0, n)), '2026-09-25');
    expect(raised(late(10), 'late-arrivals-month')).toEqual([]);
    expect(approaching(late(10), 'late-arrivals-month')).toMatchObject([{ value: 10, window: { from: '2026-09-01', to: '2026-09-30' } }]);
    expect(raised(late(11), 'late-arrivals-month')).toMatchObject([{ value: 11, window: { from: '2026-09-01', to: '2026-09-30' } }]);
    expect(raised(late(12), 'late-arrivals-month')).toMatchObject([{ value: 12 }]);
  });

  it('Lyngen: a concern opens step 1 of the staircase, talking to the pupil and the guardians the same day', () => {
    const [concern] = raised(evaluate('lyngen', new Pupil(AUTUMN.startsOn, DAY_50).absentPeriodOn(FIRST_50.slice(0, 10), 2), DAY_50), 'ten-single-lessons-term');
    expect(concern).toMatchObject({ step: { number: 1, id: 'samtale' }, notify: ['contactTeacher', 'guardians'], dueBy: DAY_50 });
  });
});

describe('Troms (upper secondary)', () => {
  const vgsPupil = '2010-03-01'; // 16 in the autumn of 2026

  it('Troms: a pupil absent the whole first school day is contacted the same day; one absent lesson is not a no-show', () => {
    const day1 = AUTUMN.startsOn;
    const absent = evaluate('troms-vgs', new Pupil(day1, day1).absentDays([day1]), day1, vgsPupil);
    expect(raised(absent, 'first-day-no-show')).toMatchObject([{ level: 'concern', dueBy: day1, notify: ['contactTeacher', 'leadership'] }]);
    expect(raised(evaluate('troms-vgs', new Pupil(day1, day1).absentLessons(day1, [1]), day1, vgsPupil), 'first-day-no-show')).toEqual([]);
    expect(raised(evaluate('troms-vgs', new Pupil(day1, day1), day1, vgsPupil), 'first-day-no-show')).toEqual([]);
  });

  it('Troms: absence without notice is followed up the same day; absence reported by home is not', () => {
    const unreported = evaluate('troms-vgs', new Pupil(AUTUMN.startsOn, '2026-09-10').absentLessons('2026-09-10', [3]), '2026-09-10', vgsPupil);
    expect(raised(unreported, 'absence-without-notice')).toMatchObject([
      { level: 'notice', value: 1, window: { from: '2026-09-10', to: '2026-09-10' }, evidence: ['2026-09-10'], dueBy: '2026-09-10' },
    ]);
    const reported = evaluate('troms-vgs', new Pupil(AUTUMN.startsOn, '2026-09-10').absentLessons('2026-09-10', [3], 'reported'), '2026-09-10', vgsPupil);
    expect(raised(reported, 'absence-without-notice')).toEqual([]);
  });

  // Maths is period 2: one lesson a day, 60 by 16 November.
  it('Troms: more than 5 % undocumented absence in a subject alerts the guardians; exactly 5 % does not', () => {
    const maths = (n: number, documentation: 'undocumented' | 'documented' = 'undocumented') =>
      evaluate('troms-vgs', new Pupil(AUTUMN.startsOn, DAY_60).absentPeriodOn(FIRST_60.slice(0, n), 2, documentation), DAY_60, vgsPupil);
    expect(raised(maths(2), 'undocumented-over-five-percent-subject')).toEqual([]);
    expect(raised(maths(3), 'undocumented-over-five-percent-subject')).toEqual([]);
    expect(raised(maths(4), 'undocumented-over-five-percent-subject')).toMatchObject([
      { subject: 'MAT', value: (4 * 100) / 60, base: 60, notify: ['subjectTeacher', 'guardians'], window: { from: CALENDAR.startsOn, to: CALENDAR.endsOn } },
    ]);
    expect(raised(maths(4, 'documented'), 'undocumented-over-five-percent-subject')).toEqual([]);
  });

  it('Troms: from 18 the pupil, not the guardians, gets the subject alert', () => {
    const adult = evaluate('troms-vgs', new Pupil(AUTUMN.startsOn, DAY_60).absentPeriodOn(FIRST_60.slice(0, 4), 2), DAY_60, '2008-01-10');
    expect(raised(adult, 'undocumented-over-five-percent-subject')[0]?.notify).toEqual(['subjectTeacher', 'pupil']);
  });

  it('Troms: a subject percentage is not judged before the subject has had 20 lessons', () => {
    const days = schoolDaysOf(AUTUMN.startsOn, '2026-09-14'); // 20 school days
    const early = (asOf: string) => evaluate('troms-vgs', new Pupil(AUTUMN.startsOn, asOf).absentPeriodOn(days.slice(0, 2), 2), asOf, vgsPupil);
    expect(raised(early(days[18] as string), 'undocumented-over-five-percent-subject')).toEqual([]);
    expect(raised(early(days[19] as string), 'undocumented-over-five-percent-subject')).toMatchObject([{ subject: 'MAT', value: 10 }]);
  });

  it('Troms: 5 whole days in the term calls in the class team; 4 is not (but is approaching)', () => {
    const days = (n: number) => evaluate('troms-vgs', new Pupil(AUTUMN.startsOn, DAY_50).absentDays(SEPTEMBER.slice(0, n), 'documented'), DAY_50, vgsPupil);
    expect(raised(days(4), 'five-days-term')).toEqual([]);
    expect(approaching(days(4), 'five-days-term')).toHaveLength(1);
    expect(raised(days(5), 'five-days-term')).toMatchObject([
      { level: 'concern', value: 5, step: { id: 'klasseteam' }, notify: ['contactTeacher', 'classTeam', 'counsellor', 'guardians'], dueBy: '2026-11-09' },
    ]);
    expect(raised(days(6), 'five-days-term')).toMatchObject([{ value: 6 }]);
  });

  it('Troms: 30 single lessons in the term counts as 5 days (our default); 29 does not', () => {
    const lessons = (n: number) => evaluate('troms-vgs', new Pupil(AUTUMN.startsOn, DAY_60).absentPeriodOn(FIRST_60.slice(0, n), 3, 'reported'), DAY_60, vgsPupil);
    expect(raised(lessons(29), 'single-lessons-term')).toEqual([]);
    expect(raised(lessons(30), 'single-lessons-term')).toMatchObject([{ value: 30, step: { id: 'klasseteam' } }]);
    expect(raised(lessons(31), 'single-lessons-term')).toMatchObject([{ value: 31 }]);
  });

  it('Troms: 10 late arrivals in the term counts as 5 days (our default); 9 does not', () => {
    const late = (n: number) => evaluate('troms-vgs', new Pupil(AUTUMN.startsOn, DAY_50).lateOn(FIRST_50.slice(0, n)), DAY_50, vgsPupil);
    expect(raised(late(9), 'late-arrivals-term')).toEqual([]);
    expect(raised(late(10), 'late-arrivals-term')).toMatchObject([{ value: 10 }]);
    expect(raised(late(11), 'late-arrivals-term')).toMatchObject([{ value: 11 }]);
  });

  it('Troms: 10 % absence in a subject is serious, documented or not; 8.3 % is approaching', () => {
    const maths = (n: number) => evaluate('troms-vgs', new Pupil(AUTUMN.startsOn, DAY_60).absentPeriodOn(FIRST_60.slice(0, n), 2, 'documented'), DAY_60, vgsPupil);
    expect(raised(maths(5), 'ten-percent-subject')).toEqual([]);
    expect(approaching(maths(5), 'ten-percent-subject')).toMatchObject([{ subject: 'MAT' }]);
    expect(raised(maths(6), 'ten-percent-subject')).toMatchObject([
      { subject: 'MAT', level: 'serious', value: 10, step: { id: 'fravaersgrensen' }, notify: ['contactTeacher', 'subjectTeacher', 'counsellor', 'leadership', 'guardians'] },
    ]);
    expect(raised(maths(7), 'ten-percent-subject')).toMatchObject([{ subject: 'MAT' }]);
  });

  it('Troms: more than 15 % in a subject is beyond what the principal can allow; exactly 15 % is not', () => {
    const maths = (n: number) => evaluate('troms-vgs', new Pupil(AUTUMN.startsOn, DAY_60).absentPeriodOn(FIRST_60.slice(0, n), 2, 'documented'), DAY_60, vgsPupil);
    expect(raised(maths(8), 'over-fifteen-percent-subject')).toEqual([]);
    expect(raised(maths(9), 'over-fifteen-percent-subject')).toEqual([]);
    expect(raised(maths(10), 'over-fifteen-percent-subject')).toMatchObject([{ subject: 'MAT', level: 'serious', step: { id: 'videre-oppfolging' } }]);
  });

  it('Troms: documentation is due before 1 March, which in 2027 is the Friday before the winter break', () => {
    const [deadline] = datedDeadlines(getPreset('troms-vgs'), CALENDAR);
    expect(deadline).toMatchObject({ id: 'documentation-deadline', before: '2027-03-01', lastDay: '2027-02-19' });
    expect((deadline?.remindFrom ?? '') < '2027-02-19').toBe(true);
  });
});

describe('Nittedal (the staircase starts at serious absence)', () => {
  it('Nittedal: the default start, 10 % of the lessons in the term, opens step 1 (contact) within 2 school days; 9.6 % does not', () => {
    const at = evaluate('nittedal', new Pupil(AUTUMN.startsOn, DAY_50).absentDays(SEPTEMBER.slice(0, 5)), DAY_50);
    expect(raised(at, 'serious-absence')).toMatchObject([{ level: 'serious', value: 10, step: { number: 1, id: 'kontakt' }, dueBy: '2026-11-04' }]);
    const below = evaluate('nittedal', new Pupil(AUTUMN.startsOn, DAY_50).absentDays(SEPTEMBER.slice(0, 4)).absentLessons(SEPTEMBER[4] as string, [1, 2, 3, 4]), DAY_50);
    expect(raised(below, 'serious-absence')).toEqual([]);
    const above = evaluate('nittedal', new Pupil(AUTUMN.startsOn, DAY_50).absentDays(SEPTEMBER.slice(0, 6)), DAY_50);
    expect(raised(above, 'serious-absence')).toMatchObject([{ value: 12 }]);
  });

  it('Nittedal: the start threshold is marked as ours, for the municipality to set', () => {
    expect(getPreset('nittedal').rules.find((r) => r.id === 'serious-absence')?.provenance).toBe('ours');
    expect(getPreset('nittedal').staircase?.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('national default (ours)', () => {
  it('National default: 10 % of the lessons in the term is a concern; 9.6 % is not', () => {
    const at = evaluate('national-default', new Pupil(AUTUMN.startsOn, DAY_50).absentDays(SEPTEMBER.slice(0, 5)), DAY_50);
    expect(raised(at, 'ten-percent-term')).toMatchObject([{ value: 10 }]);
    const below = evaluate('national-default', new Pupil(AUTUMN.startsOn, DAY_50).absentPeriodOn(FIRST_50.slice(0, 24), 2), DAY_50);
    expect(raised(below, 'ten-percent-term')).toEqual([]);
    expect(approaching(below, 'ten-percent-term')).toMatchObject([{ value: 9.6 }]);
    const above = evaluate('national-default', new Pupil(AUTUMN.startsOn, DAY_50).absentPeriodOn(FIRST_50.slice(0, 26), 2), DAY_50);
    expect(raised(above, 'ten-percent-term')).toMatchObject([{ value: 10.4 }]);
  });

  it('National default: 20 % of the lessons in the term is serious and brings in the team around the pupil; 19.6 % is not', () => {
    const lessons = (n: number) => {
      const pupil = new Pupil(AUTUMN.startsOn, DAY_50).absentPeriodOn(FIRST_50.slice(0, Math.min(n, 50)), 2);
      if (n > 50) pupil.absentPeriodOn(FIRST_50.slice(0, n - 50), 3);
      return evaluate('national-default', pupil, DAY_50);
    };
    expect(raised(lessons(49), 'twenty-percent-term')).toEqual([]);
    expect(raised(lessons(50), 'twenty-percent-term')).toMatchObject([{ value: 20, level: 'serious', step: { id: 'laget-rundt-eleven' } }]);
    expect(raised(lessons(51), 'twenty-percent-term')).toMatchObject([{ value: 20.4 }]);
  });

  it('National default: 5 school days in a row is a concern, also across a weekend; 4 is not', () => {
    // Thursday 3 September to Wednesday 9 September: five school days.
    const run = (n: number) => evaluate('national-default', new Pupil(AUTUMN.startsOn, DAY_50).absentDays(SEPTEMBER.slice(2, 2 + n)), DAY_50);
    expect(raised(run(4), 'five-days-in-a-row')).toEqual([]);
    expect(raised(run(5), 'five-days-in-a-row')).toMatchObject([{ value: 5, evidence: ['2026-09-03', '2026-09-04', '2026-09-07', '2026-09-08', '2026-09-09'] }]);
    expect(raised(run(6), 'five-days-in-a-row')).toMatchObject([{ value: 6 }]);
  });

  it('National default: 3 single absent days in a month is a notice; 2 is not', () => {
    const wednesdays = ['2026-09-02', '2026-09-09', '2026-09-16', '2026-09-23'];
    const days = (n: number) => evaluate('national-default', new Pupil(AUTUMN.startsOn, DAY_50).absentDays(wednesdays.slice(0, n)), DAY_50);
    expect(raised(days(2), 'single-days-month')).toEqual([]);
    expect(raised(days(3), 'single-days-month')).toMatchObject([{ value: 3, window: { from: '2026-09-01', to: '2026-09-30' } }]);
    expect(raised(days(4), 'single-days-month')).toMatchObject([{ value: 4 }]);
  });

  it('National default: more than 5 late arrivals in a month is a notice; 5 is not', () => {
    const late = (n: number) => evaluate('national-default', new Pupil(AUTUMN.startsOn, DAY_50).lateOn(SEPTEMBER.slice(0, n)), DAY_50);
    expect(raised(late(5), 'late-arrivals-month')).toEqual([]);
    expect(raised(late(6), 'late-arrivals-month')).toMatchObject([{ value: 6, notify: ['contactTeacher'] }]);
    expect(raised(late(7), 'late-arrivals-month')).toMatchObject([{ value: 7 }]);
  });

  it('National default: leaving during the day 3 times in a month is a notice; twice is not', () => {
    const left = (n: number) => {
      const pupil = new Pupil(AUTUMN.startsOn, DAY_50);
      for (const day of SEPTEMBER.slice(0, n)) pupil.absentLessons(day, [3, 4, 5]);
      return evaluate('national-default', pupil, DAY_50);
    };
    expect(raised(left(2), 'leaving-during-the-day')).toEqual([]);
    expect(raised(left(3), 'leaving-during-the-day')).toMatchObject([{ value: 3, evidence: SEPTEMBER.slice(0, 3) }]);
    expect(raised(left(4), 'leaving-during-the-day')).toMatchObject([{ value: 4 }]);
  });

  it('National default: 25 % of the lessons over four weeks is a notice to the contact teacher; 23.75 % is not', () => {
    // Four lessons a day; 2 to 27 November has no holiday, so every four-week window then holds 80 lessons.
    const asOf = '2026-11-27';
    const rise = (onLastDay: number) => {
      const pupil = new Pupil(AUTUMN.startsOn, asOf, 4).absentDays(['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12']).absentLessons('2026-11-13', [1, 2, 3]);
      if (onLastDay > 0) pupil.absentLessons(asOf, [1, 2].slice(0, onLastDay));
      return evaluate('national-default', pupil, asOf);
    };
    expect(raised(rise(0), 'sudden-rise-four-weeks')).toEqual([]);
    expect(raised(rise(1), 'sudden-rise-four-weeks')).toMatchObject([
      { value: 25, base: 80, level: 'notice', notify: ['contactTeacher'], window: { from: '2026-10-31', to: asOf } },
    ]);
    expect(raised(rise(2), 'sudden-rise-four-weeks')).toMatchObject([{ value: 26.25 }]);
  });

  it('National default: absence without notice and a first-day no-show are followed up the same day; reported absence and part of the day are not', () => {
    const day1 = AUTUMN.startsOn;
    const concerns = evaluate('national-default', new Pupil(day1, day1).absentDays([day1]), day1);
    expect(raised(concerns, 'first-day-no-show')).toMatchObject([{ dueBy: day1 }]);
    expect(raised(concerns, 'absence-without-notice')).toMatchObject([{ dueBy: day1, value: 5 }]);
    const reportedPart = evaluate('national-default', new Pupil(day1, day1).absentLessons(day1, [1, 2, 3, 4], 'reported'), day1);
    expect(raised(reportedPart, 'first-day-no-show')).toEqual([]);
    expect(raised(reportedPart, 'absence-without-notice')).toEqual([]);
  });
});
