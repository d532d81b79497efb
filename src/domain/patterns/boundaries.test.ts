// Each default exactly at its boundary: at the default a pattern is found,
// one step short of it not. The chance check (significance) is tested on its
// boundary in statistics.test.ts; where it would hide another boundary here,
// the test says so and relaxes it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATTERN_SETTINGS, detectPatterns, resolvePatternSettings, type PatternKind, type PatternOf, type PatternSettings } from './index.js';
import { awayOn, lateOn, lessonsOn, together } from './test-plants.js';
import { generatePupil, TIMETABLE, YEAR, type Plant } from './test-pupils.js';
import { isoWeekday } from '../school-calendar.js';

const D = DEFAULT_PATTERN_SETTINGS;
const ALL_DAYS = generatePupil({ seed: 1 }).days;

function patterns<K extends PatternKind>(kind: K, plant: Plant, to: string, settings: PatternSettings = D): PatternOf<K>[] {
  const pupil = generatePupil({ seed: 1, plant, to });
  return detectPatterns({ marks: pupil.marks, calendar: YEAR, asOf: to }, settings).filter((p): p is PatternOf<K> => p.kind === kind);
}

const weekdays = (weekday: number, to = YEAR.endsOn) => ALL_DAYS.filter((d) => isoWeekday(d) === weekday && d <= to);
/** The date of the n-th lesson (1-based) of a subject or a teacher in the timetable. */
function nthLessonDay(n: number, test: (slot: (typeof TIMETABLE)[number][number]) => boolean): string {
  let count = 0;
  for (const date of ALL_DAYS) {
    count += (TIMETABLE[isoWeekday(date) - 1] ?? []).filter(test).length;
    if (count >= n) return date;
  }
  throw new Error('not that many lessons');
}

describe(`weekday: at least ${D.weekday.minDays} days, at least ${D.weekday.minPercent} % of that weekday`, () => {
  it('4 Mondays of 14 away and nothing else is a Monday pattern; 3 are not', () => {
    const mondays = weekdays(1, '2026-12-04');
    expect(mondays).toHaveLength(14);
    expect(patterns('weekday', awayOn(mondays.slice(2, 6)), '2026-12-04')).toMatchObject([{ detail: { weekday: 1, days: { absent: 4, of: 14 } }, evidence: mondays.slice(2, 6) }]);
    expect(patterns('weekday', awayOn(mondays.slice(2, 5)), '2026-12-04')).toEqual([]);
  });

  it('4 of 20 Mondays (20 %) is a pattern; 4 of 21 is not', () => {
    const mondays = weekdays(1);
    const away = awayOn([mondays[1]!, mondays[6]!, mondays[11]!, mondays[16]!]);
    expect(patterns('weekday', away, mondays[19]!)).toMatchObject([{ detail: { days: { absent: 4, of: 20 } } }]);
    expect(patterns('weekday', away, mondays[20]!)).toEqual([]);
  });
});

describe(`single days: at least ${D.singleDays.minDays} within ${D.singleDays.withinSchoolDays} school days`, () => {
  const at = (indexes: number[]) => awayOn(indexes.map((i) => ALL_DAYS[i]!));
  it('5 single days spanning 30 school days are a pattern; spanning 31, or 4 of them, are not', () => {
    expect(patterns('single-days', at([10, 17, 24, 31, 39]), '2026-12-04')).toMatchObject([
      { detail: { days: 5, schoolDays: 30, from: ALL_DAYS[10], to: ALL_DAYS[39] }, evidence: [10, 17, 24, 31, 39].map((i) => ALL_DAYS[i]) },
    ]);
    expect(patterns('single-days', at([10, 17, 24, 31, 40]), '2026-12-04')).toEqual([]);
    expect(patterns('single-days', at([10, 17, 24, 39]), '2026-12-04')).toEqual([]);
  });

  it('two days in a row are no single days', () => {
    expect(patterns('single-days', at([10, 17, 24, 31, 32]), '2026-12-04')).toEqual([]);
  });
});

describe(`lesson level: at least ${D.lessonLevel.minDays} days, at least ${D.lessonLevel.minPercent} % of the days`, () => {
  // First lessons on Monday, Wednesday, Thursday and Monday: Norwegian, English, science, Norwegian.
  const starts = ['2026-08-24', '2026-08-26', '2026-09-03', '2026-09-14'];
  it('missing the first lesson on 4 of 24 days is a pattern; on 3 it is not', () => {
    expect(patterns('lesson-level', lessonsOn(starts, [1]), '2026-09-18')).toMatchObject([{ detail: { part: 'start', days: { absent: 4, of: 24 } }, evidence: starts }]);
    expect(patterns('lesson-level', lessonsOn(starts.slice(1), [1]), '2026-09-18')).toEqual([]);
  });

  it('4 of 40 days (10 %) is a pattern; 4 of 41 is not', () => {
    expect(patterns('lesson-level', lessonsOn(starts, [1]), ALL_DAYS[39]!)).toMatchObject([{ detail: { days: { absent: 4, of: 40 } } }]);
    expect(patterns('lesson-level', lessonsOn(starts, [1]), ALL_DAYS[40]!)).toEqual([]);
  });

  it('leaving after the fourth lesson on 4 days is a pattern of the end of the day', () => {
    expect(patterns('lesson-level', lessonsOn(starts, [5, 6]), '2026-09-18')).toMatchObject([{ detail: { part: 'end', days: { absent: 4 } }, evidence: starts }]);
  });
});

describe(`long absence: at least ${D.longAbsence.minSchoolDays} school days in a row`, () => {
  it('10 school days in a row are a long absence; 9 are not', () => {
    expect(patterns('long-absence', awayOn(ALL_DAYS.slice(40, 50)), '2026-12-04')).toMatchObject([{ detail: { schoolDays: 10, from: ALL_DAYS[40], to: ALL_DAYS[49] } }]);
    expect(patterns('long-absence', awayOn(ALL_DAYS.slice(40, 49)), '2026-12-04')).toEqual([]);
  });

  it('a weekend or the autumn break inside does not break the run', () => {
    const run = ALL_DAYS.filter((d) => d >= '2026-09-21' && d <= '2026-10-02' || (d >= '2026-10-05' && d <= '2026-10-09'));
    expect(run).toHaveLength(10);
    expect(patterns('long-absence', awayOn(run), '2026-12-04')).toMatchObject([{ detail: { schoolDays: 10, from: '2026-09-21', to: '2026-10-09' } }]);
  });
});

describe(`subject: at least ${D.subject.minLessons} lessons, at least ${D.subject.minPercent} % of the subject's lessons`, () => {
  // Maths on Mondays (2nd lesson) and Wednesdays (3rd): in the middle of the day.
  const maths = (n: number) => {
    const dates = ALL_DAYS.filter((d) => isoWeekday(d) === 1 || isoWeekday(d) === 3).slice(1, 1 + n);
    return { lesson: (date: string, _p: number, slot: { subjectCode: string }) => (dates.includes(date) && slot.subjectCode === 'MAT' ? true : undefined) };
  };
  it('4 maths lessons missed is a maths pattern; 3 are not', () => {
    expect(patterns('subject', maths(4), '2026-09-18')).toMatchObject([{ detail: { subjectCode: 'MAT', lessons: { absent: 4 } } }]);
    expect(patterns('subject', maths(3), '2026-09-18')).toEqual([]);
  });

  it('4 of 40 maths lessons (10 %) is a pattern; 4 of 41 is not', () => {
    const isMaths = (slot: { subjectCode: string }) => slot.subjectCode === 'MAT';
    expect(patterns('subject', maths(4), nthLessonDay(40, isMaths))).toMatchObject([{ detail: { lessons: { absent: 4, of: 40 } } }]);
    expect(patterns('subject', maths(4), nthLessonDay(41, isMaths))).toEqual([]);
  });
});

describe(`teacher: at least ${D.teacher.minLessons} lessons, at least ${D.teacher.minPercent} % of the teacher's lessons`, () => {
  // The arts teacher: arts and crafts (Tue 5th), music (Thu 3rd), food and health (Fri 4th); no subject reaches 4.
  const arts = (n: number) => {
    const plan = [
      ['2026-08-25', 5],
      ['2026-08-27', 3],
      ['2026-09-01', 5],
      ['2026-09-04', 4],
    ] as const;
    return together(...plan.slice(0, n).map(([date, period]) => lessonsOn([date], [period])));
  };
  it('4 lessons missed with one teacher over three subjects is a teacher pattern; 3 are not', () => {
    expect(patterns('teacher', arts(4), '2026-09-04')).toMatchObject([{ detail: { teacherId: 'muh', subjectCodes: ['KHV', 'MHE', 'MUH'], lessons: { absent: 4 } } }]);
    expect(patterns('subject', arts(4), '2026-09-04')).toEqual([]);
    expect(patterns('teacher', arts(3), '2026-09-04')).toEqual([]);
  });

  it('4 of 40 of the teacher’s lessons (10 %) is a pattern; 4 of 41 is not', () => {
    const isArts = (slot: { teacherId: string }) => slot.teacherId === 'muh';
    expect(patterns('teacher', arts(4), nthLessonDay(40, isArts))).toMatchObject([{ detail: { lessons: { absent: 4, of: 40 } } }]);
    expect(patterns('teacher', arts(4), nthLessonDay(41, isArts))).toEqual([]);
  });
});

describe(`after holidays: at least ${D.afterHolidays.minDays} days, ${D.afterHolidays.minPercent} % of the days, judged from ${D.afterHolidays.minSchoolDaysAfter} school days after`, () => {
  const after = awayOn(['2026-10-05', '2026-10-07', '2026-10-13', '2026-10-15']);
  it('4 days away in the first 10 school days after the autumn break is a pattern; it is not judged after 9', () => {
    expect(patterns('after-holidays', after, '2026-10-16')).toMatchObject([
      { detail: { holiday: { kind: 'autumn_break' }, after: { absent: 4, of: 10 }, before: { absent: 0 } }, evidence: ['2026-10-05', '2026-10-07', '2026-10-13', '2026-10-15'] },
    ]);
    expect(patterns('after-holidays', after, '2026-10-15')).toEqual([]);
  });

  it('3 days away are not a pattern', () => {
    expect(patterns('after-holidays', awayOn(['2026-10-05', '2026-10-07', '2026-10-13']), '2026-10-16')).toEqual([]);
  });

  it('with the chance check relaxed: 4 of 40 days (10 %) after the break is a pattern; 4 of 41 is not', () => {
    const relaxed = resolvePatternSettings({ significance: 0.05 });
    const firstAfter = ALL_DAYS.indexOf('2026-10-05');
    expect(patterns('after-holidays', after, ALL_DAYS[firstAfter + 39]!, relaxed)).toMatchObject([{ detail: { after: { absent: 4, of: 40 } } }]);
    expect(patterns('after-holidays', after, ALL_DAYS[firstAfter + 40]!, relaxed)).toEqual([]);
  });
});

describe(`rising: at least ${D.rising.minWeeks} weeks, the last ${D.rising.recentWeeks} with at least ${D.rising.minRecentPercent} % of the days`, () => {
  it('six days away in the last four of eight weeks is a rise; in the last four of seven weeks it is not judged', () => {
    const rise = awayOn(['2026-09-14', '2026-09-17', '2026-09-23', '2026-10-06', '2026-10-12', '2026-10-15']);
    expect(patterns('rising', rise, '2026-10-16')).toMatchObject([{ detail: { recentWeeks: 4, from: '2026-09-14', recent: { absent: 6, of: 20 } } }]);
    const early = awayOn(['2026-09-15', '2026-09-17', '2026-09-22', '2026-09-24', '2026-10-06', '2026-10-08']);
    expect(patterns('rising', early, '2026-10-09')).toEqual([]);
    // The same seven weeks are a rise once the owner judges from seven weeks.
    expect(patterns('rising', early, '2026-10-09', resolvePatternSettings({ rising: { minWeeks: 7 } }))).toHaveLength(1);
  });

  it('4 of the last 20 days (20 %) after a quiet autumn is a rise; 3 (15 %) is not', () => {
    const recent = ['2026-11-11', '2026-11-17', '2026-11-25', '2026-12-03'];
    expect(patterns('rising', awayOn(recent), '2026-12-04')).toMatchObject([{ detail: { from: '2026-11-09', recent: { absent: 4, of: 20 } }, evidence: recent }]);
    expect(patterns('rising', awayOn(recent.slice(1)), '2026-12-04')).toEqual([]);
  });
});

describe(`late arrivals: at least ${D.lateArrivals.minLateDays} days late within ${D.lateArrivals.withinSchoolDays} school days`, () => {
  const at = (indexes: number[]) => lateOn(indexes.map((i) => ALL_DAYS[i]!));
  it('late on 6 days spanning 20 school days is a pattern; spanning 21, or 5 days, is not', () => {
    expect(patterns('late-arrivals', at([10, 13, 16, 20, 25, 29]), '2026-12-04')).toMatchObject([
      { detail: { days: 6, lateArrivals: 6, schoolDays: 20, from: ALL_DAYS[10], to: ALL_DAYS[29] } },
    ]);
    expect(patterns('late-arrivals', at([10, 13, 16, 20, 25, 30]), '2026-12-04')).toEqual([]);
    expect(patterns('late-arrivals', at([10, 13, 16, 20, 29]), '2026-12-04')).toEqual([]);
  });

  it('late on most days of the autumn is one pattern, not one per month', () => {
    const mornings = ALL_DAYS.slice(0, 70).filter((_, i) => i % 3 !== 0);
    const found = patterns('late-arrivals', lateOn(mornings), '2026-12-04');
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence).toEqual(mornings);
  });
});

describe('turning a detector off', () => {
  it('finds nothing of that kind', () => {
    const mondays = weekdays(1, '2026-12-04');
    const off = resolvePatternSettings({ weekday: { enabled: false } });
    expect(patterns('weekday', awayOn(mondays.slice(0, 8)), '2026-12-04', off)).toEqual([]);
  });
});
