import { describe, expect, it } from 'vitest';
import {
  computeAbsenceFigures,
  computeFiguresForPupils,
  computeFiguresForWindows,
  roundPercent,
  type AbsenceFigures,
  type FiguresWindow,
  type MarkForFigures,
} from './absence-figures.js';
import { day, documented, lessons, mark, MATHS, NORWEGIAN } from './figures/test-marks.js';
import { absenceRules } from './upper-secondary/categories.js';
import { countsBeforeLimit } from './upper-secondary/classify.js';

const autumn: FiguresWindow = { from: '2026-08-17', to: '2026-12-18', label: 'autumn' };
const spring: FiguresWindow = { from: '2027-01-04', to: '2027-06-18', label: 'spring' };
const schoolYear: FiguresWindow = { from: '2026-08-17', to: '2027-06-18', label: 'school year' };

const figures = (marks: MarkForFigures[], window: FiguresWindow = autumn): AbsenceFigures =>
  computeAbsenceFigures(marks, window);

/** Every number anywhere in the figures, to make sure none is NaN or infinite. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('the share of lessons a pupil was absent from', () => {
  it('is 0 % with no lessons at all, never NaN', () => {
    const f = figures([]);
    expect(f.overall).toMatchObject({ absent: 0, of: 0, percent: 0 });
    expect(f.wholeDays).toMatchObject({ absent: 0, of: 0, percent: 0 });
    expect(f.overall.byDocumentation.undocumented.percent).toBe(0);
    expect(numbersIn(f).every(Number.isFinite)).toBe(true);
  });

  it('is exactly 10 % when 10 of 100 lessons were missed, so a 10 % rule is met', () => {
    const f = figures([...lessons(10, 'F'), ...lessons(90, 'M', 10)]);
    expect(f.overall).toMatchObject({ absent: 10, of: 100 });
    expect(f.overall.percent).toBe(10);
    expect(f.overall.percent >= 10).toBe(true);
  });

  it('is kept exact and rounded only for display', () => {
    const f = figures([...day('2026-09-07', 'F'), ...day('2026-09-08', 'MM')]);
    expect(f.overall.percent).toBe(100 / 3);
    expect(roundPercent(f.overall.percent)).toBe(33.3);
  });

  it('counts a lesson that was not held for nobody, whatever was registered for it', () => {
    const base = day('2026-09-07', 'MF');
    const withCancelled = [...base, mark('2026-09-07', 3, 'F', { lessonStatus: 'not_held' })];
    expect(figures(withCancelled)).toEqual(figures(base));
    expect(figures(withCancelled).overall).toMatchObject({ absent: 1, of: 2 });
  });

  it('does not count a lesson that is still only planned (not registered)', () => {
    const base = day('2026-09-07', 'MM');
    const withPlanned = [...base, mark('2026-09-08', 1, 'F', { lessonStatus: 'planned' })];
    expect(figures(withPlanned)).toEqual(figures(base));
  });

  it('counts organised study or another school activity (O) as present', () => {
    const f = figures(day('2026-09-07', 'OOOM'));
    expect(f.overall).toMatchObject({ absent: 0, of: 4, percent: 0 });
    expect(f.wholeDays.absent).toBe(0);
  });

  it('counts a late arrival (S) as present in the percentage, and as a late arrival', () => {
    const f = figures(day('2026-09-07', 'SM'));
    expect(f.overall).toMatchObject({ absent: 0, of: 2, percent: 0 });
    expect(f.lateArrivals).toMatchObject({ count: 1, minutes: 5, of: 2, dates: ['2026-09-07'] });
  });

  it('ignores marks outside the window, and includes its first and last day', () => {
    const f = figures([
      ...day('2026-08-14', 'FF'),
      ...day('2026-08-17', 'FM'),
      ...day('2026-12-18', 'MF'),
      ...day('2027-01-04', 'SSF'),
    ]);
    expect(f.overall).toMatchObject({ absent: 2, of: 4 });
    expect(f.wholeDays).toMatchObject({ absent: 0, of: 2 });
    expect(f.lateArrivals.count).toBe(0);
  });

  it('carries the window it was computed for', () => {
    expect(figures([], spring).window).toEqual(spring);
  });
});

describe('documentation of absence', () => {
  const marks = [
    ...day('2026-09-07', 'FF', documented('undocumented')),
    ...day('2026-09-08', 'FFF', documented('reported')),
    ...day('2026-09-09', 'F', documented('documented')),
    ...day('2026-09-10', 'MMMM'),
  ];

  it('splits the absent lessons into undocumented, reported by home or pupil, and documented, summing to the total', () => {
    const { overall } = figures(marks);
    expect(overall.absent).toBe(6);
    expect(overall.byDocumentation.undocumented.absent).toBe(2);
    expect(overall.byDocumentation.reported.absent).toBe(3);
    expect(overall.byDocumentation.documented.absent).toBe(1);
  });

  it('gives every part the same denominator, all held lessons', () => {
    const { overall } = figures(marks);
    expect(overall.byDocumentation.undocumented).toEqual({ absent: 2, of: 10, percent: 20 });
    expect(overall.byDocumentation.reported).toEqual({ absent: 3, of: 10, percent: 30 });
    expect(overall.byDocumentation.documented).toEqual({ absent: 1, of: 10, percent: 10 });
  });

  it('calls undocumented absence absence without notice, with the dates to follow up', () => {
    const f = figures([...marks, ...day('2026-09-11', 'MF')]);
    expect(f.noNotice).toEqual({ count: 3, dates: ['2026-09-07', '2026-09-11'] });
  });

  it('does not call absence reported ahead by the guardians absence without notice', () => {
    expect(figures(day('2026-09-08', 'FF', documented('reported'))).noNotice).toEqual({ count: 0, dates: [] });
  });

  it('counts a whole day under its least documented lesson', () => {
    const f = figures([
      mark('2026-09-07', 1, 'F', documented('documented')),
      mark('2026-09-07', 2, 'F', documented('reported')),
      ...day('2026-09-08', 'FF', documented('documented')),
    ]);
    expect(f.wholeDays.byDocumentation).toEqual({ undocumented: 0, reported: 1, documented: 1 });
  });
});

describe('absence per subject', () => {
  const marks = [
    ...lessons(38, 'M', 1, MATHS),
    ...lessons(2, 'F', 10, MATHS),
    ...lessons(9, 'M', 12, NORWEGIAN),
    ...lessons(1, 'F', 14, { ...NORWEGIAN, documentation: 'documented' }),
  ];

  it('gives each subject its own share, keyed by subject with code and name', () => {
    const { bySubject } = figures(marks);
    expect(bySubject[MATHS.subjectId]).toMatchObject({
      subjectId: 'subj-mat',
      subjectCode: 'MAT',
      subjectName: 'Matematikk',
      absent: 2,
      of: 40,
      percent: 5,
    });
    expect(bySubject[NORWEGIAN.subjectId]).toMatchObject({ subjectCode: 'NOR', absent: 1, of: 10, percent: 10 });
  });

  it('shows 5 % undocumented absence in a subject (the Troms alert) apart from documented absence', () => {
    const { bySubject } = figures(marks);
    expect(bySubject[MATHS.subjectId]?.byDocumentation.undocumented.percent).toBe(5);
    expect(bySubject[NORWEGIAN.subjectId]?.byDocumentation.undocumented.percent).toBe(0);
    expect(bySubject[NORWEGIAN.subjectId]?.byDocumentation.documented.percent).toBe(10);
  });

  it('has subjects that add up to the overall figures', () => {
    const f = figures(marks);
    const subjects = Object.values(f.bySubject);
    expect(subjects.reduce((n, s) => n + s.absent, 0)).toBe(f.overall.absent);
    expect(subjects.reduce((n, s) => n + s.of, 0)).toBe(f.overall.of);
  });

  it('lists the subjects by code', () => {
    expect(Object.values(figures(marks).bySubject).map((s) => s.subjectCode)).toEqual(['MAT', 'NOR']);
  });

  it('gives a subject without a name a null name', () => {
    const f = figures([mark('2026-09-07', 1, 'M', { subjectId: 's', subjectCode: 'X', subjectName: undefined })]);
    expect(f.bySubject.s?.subjectName).toBeNull();
  });
});

describe('absence with particular teachers', () => {
  const marks = [
    ...day('2026-09-07', 'FM', { teacherId: 'teacher-a' }),
    mark('2026-09-07', 3, 'F', { teacherId: 'teacher-b' }),
    mark('2026-09-07', 4, 'F', { teacherId: null }),
  ];

  it('is counted per teacher who held the lesson, when asked for; lessons without a teacher are in no entry', () => {
    const f = computeAbsenceFigures(marks, autumn, { byTeacher: true });
    expect(f.byTeacher?.['teacher-a']).toMatchObject({ absent: 1, of: 2, percent: 50 });
    expect(f.byTeacher?.['teacher-b']).toMatchObject({ absent: 1, of: 1, percent: 100 });
    expect(Object.keys(f.byTeacher ?? {})).toEqual(['teacher-a', 'teacher-b']);
  });

  it('is left out unless asked for, and asking changes no other figure', () => {
    const { byTeacher, ...rest } = computeAbsenceFigures(marks, autumn, { byTeacher: true });
    expect(byTeacher).toBeDefined();
    expect(figures(marks)).toEqual(rest);
    expect('byTeacher' in figures(marks)).toBe(false);
  });

  it('adds up the terms per teacher in the school year', () => {
    const withSpring = [...marks, mark('2027-02-01', 1, 'F', { teacherId: 'teacher-a' })];
    const all = computeFiguresForWindows(withSpring, { autumn, spring, schoolYear }, { byTeacher: true });
    expect(all.schoolYear.byTeacher?.['teacher-a']).toMatchObject({ absent: 2, of: 3 });
    expect(all.spring.byTeacher?.['teacher-a']).toMatchObject({ absent: 1, of: 1 });
  });
});

describe('absence toward the upper-secondary limit', () => {
  const marks = [
    mark('2026-09-07', 1, 'F', { documentation: 'documented', reasonCode: 'health' }),
    mark('2026-09-07', 2, 'F', { documentation: 'documented', reasonCode: 'elected_office' }),
    mark('2026-09-07', 3, 'F'),
    mark('2026-09-07', 4, 'M'),
  ];

  it('counts every absent lesson by default, documented health absence too (since August 2025)', () => {
    expect(figures(marks).overall.towardLimit).toEqual({ absent: 3, of: 4, percent: 75 });
  });

  it('leaves out absence whose reason the regulation exempts', () => {
    const f = computeAbsenceFigures(marks, autumn, { reasonsExemptFromLimit: ['elected_office'] });
    expect(f.overall.towardLimit).toEqual({ absent: 2, of: 4, percent: 50 });
    expect(f.overall.minutes).toEqual({ held: 180, absent: 135, towardLimit: 90 });
    expect(f.bySubject[NORWEGIAN.subjectId]?.towardLimit.absent).toBe(2);
  });

  it('accepts the exempt reasons as a set', () => {
    const f = computeAbsenceFigures(marks, autumn, { reasonsExemptFromLimit: new Set(['health', 'elected_office']) });
    expect(f.overall.towardLimit.absent).toBe(1);
  });

  it('asks the category data which absence counts when given it: documented listed reasons and what is not absence do not', () => {
    const counts = countsBeforeLimit(absenceRules());
    const withCodes = [
      mark('2026-09-07', 1, 'F', { documentation: 'documented', reasonCode: 'health_medical_note' }),
      mark('2026-09-07', 2, 'F', { documentation: 'documented', reasonCode: 'political_or_union_work' }),
      mark('2026-09-07', 3, 'F', { documentation: 'reported', reasonCode: 'political_or_union_work' }),
      mark('2026-09-07', 4, 'F', { documentation: 'documented', reasonCode: 'counselling' }),
    ];
    const f = computeAbsenceFigures(withCodes, autumn, { countsTowardLimit: counts, reasonsExemptFromLimit: ['health_medical_note'] });
    expect(f.overall.towardLimit).toEqual({ absent: 2, of: 4, percent: 50 });
  });
});

describe('whole days and single lessons', () => {
  it('calls a day absent from every held lesson a whole day', () => {
    const f = figures([...day('2026-09-07', 'FFFF'), ...day('2026-09-08', 'MMMM')]);
    expect(f.wholeDays).toMatchObject({ absent: 1, of: 2, percent: 50, dates: ['2026-09-07'], lessons: 4, minutes: 180 });
    expect(f.singleLessons).toMatchObject({ absent: 0, dates: [] });
  });

  it('does not call a day with one lesson present a whole day: its absent lessons are single lessons', () => {
    const f = figures(day('2026-09-07', 'FFFM'));
    expect(f.wholeDays.absent).toBe(0);
    expect(f.singleLessons).toMatchObject({ absent: 3, of: 4, percent: 75, dates: ['2026-09-07'], minutes: 135 });
  });

  it('calls a day a whole day when the pupil missed the only lesson that was held', () => {
    const f = figures([
      mark('2026-09-07', 1, 'M', { lessonStatus: 'not_held' }),
      mark('2026-09-07', 2, 'F'),
      mark('2026-09-07', 3, 'M', { lessonStatus: 'not_held' }),
    ]);
    expect(f.wholeDays.dates).toEqual(['2026-09-07']);
  });

  it('does not count a day without held lessons as a school day', () => {
    const f = figures([...day('2026-09-07', 'FF', { lessonStatus: 'not_held' }), ...day('2026-09-08', 'M')]);
    expect(f.wholeDays).toMatchObject({ absent: 0, of: 1 });
  });

  it('gives days and hours apart, as on the certificate', () => {
    const f = figures([
      ...day('2026-09-07', 'FFFF'),
      ...day('2026-09-08', 'MFFM'),
      ...day('2026-09-09', 'MMMF', { durationMinutes: 60 }),
    ]);
    expect(f.certificate).toEqual({ days: 1, hours: 2.5 });
    expect(f.hours).toEqual({ total: 5.5, wholeDays: 3, singleLessons: 2.5 });
  });

  it('accounts for every absent lesson in whole days or single lessons', () => {
    const f = figures([...day('2026-09-07', 'FFFF'), ...day('2026-09-08', 'MFFM'), ...day('2026-09-09', 'FSF')]);
    expect(f.wholeDays.lessons + f.singleLessons.absent).toBe(f.overall.absent);
    expect(f.singleLessons.absent).toBe(4);
  });

  it('counts ten single lessons in a term (the Lyngen rule) on days that are not whole days', () => {
    const marks = ['01', '02', '03', '04', '07'].flatMap((d) => day(`2026-09-${d}`, 'MMFF'));
    expect(figures(marks).singleLessons.absent).toBe(10);
  });
});

describe('runs of whole days absent', () => {
  it('makes a run of two of two whole days in a row', () => {
    const f = figures([...day('2026-09-07', 'FF'), ...day('2026-09-08', 'FF'), ...day('2026-09-09', 'MM')]);
    expect(f.longestRun).toEqual({ length: 2, dates: ['2026-09-07', '2026-09-08'] });
  });

  it('is broken by a day the pupil was present', () => {
    const f = figures([
      ...day('2026-09-07', 'FF'),
      ...day('2026-09-08', 'FF'),
      ...day('2026-09-09', 'MM'),
      ...day('2026-09-10', 'FF'),
    ]);
    expect(f.runs).toEqual([['2026-09-07', '2026-09-08'], ['2026-09-10']]);
    expect(f.longestRun.length).toBe(2);
  });

  it('is broken by a day with one lesson present', () => {
    const f = figures([...day('2026-09-07', 'FF'), ...day('2026-09-08', 'FM'), ...day('2026-09-09', 'FF')]);
    expect(f.longestRun.length).toBe(1);
  });

  it('goes on across a weekend: Friday and Monday are consecutive school days', () => {
    const f = figures([...day('2026-09-10', 'MM'), ...day('2026-09-11', 'FF'), ...day('2026-09-14', 'FF')]);
    expect(f.longestRun).toEqual({ length: 2, dates: ['2026-09-11', '2026-09-14'] });
  });

  it('goes on across a holiday week without lessons (the autumn break)', () => {
    const f = figures([...day('2026-09-24', 'FF'), ...day('2026-09-25', 'FF'), ...day('2026-10-05', 'FFF')]);
    expect(f.longestRun.dates).toEqual(['2026-09-24', '2026-09-25', '2026-10-05']);
  });

  it('goes on across a day whose lessons were all cancelled', () => {
    const f = figures([
      ...day('2026-09-07', 'FF'),
      ...day('2026-09-08', 'MM', { lessonStatus: 'not_held' }),
      ...day('2026-09-09', 'FF'),
    ]);
    expect(f.longestRun.length).toBe(2);
  });

  it('is cut at the window edge: only the days inside count', () => {
    const f = figures([...day('2026-12-17', 'FF'), ...day('2026-12-18', 'FF'), ...day('2027-01-04', 'FF')]);
    expect(f.longestRun.dates).toEqual(['2026-12-17', '2026-12-18']);
  });

  it('gives the earliest when two runs are as long', () => {
    const f = figures([...day('2026-09-07', 'F'), ...day('2026-09-08', 'M'), ...day('2026-09-09', 'F')]);
    expect(f.longestRun.dates).toEqual(['2026-09-07']);
  });

  it('is empty when there is no whole day', () => {
    expect(figures(day('2026-09-07', 'MF')).longestRun).toEqual({ length: 0, dates: [] });
  });
});

describe('isolated single days absent', () => {
  it('is a whole day between two days the pupil came', () => {
    const f = figures([...day('2026-09-07', 'MM'), ...day('2026-09-08', 'FF'), ...day('2026-09-09', 'MM')]);
    expect(f.isolatedDays).toEqual({ count: 1, dates: ['2026-09-08'] });
  });

  it('is not a day in a run of whole days', () => {
    const f = figures([...day('2026-09-07', 'FF'), ...day('2026-09-08', 'FF'), ...day('2026-09-09', 'MM')]);
    expect(f.isolatedDays.count).toBe(0);
  });

  it('is still isolated when a neighbouring day has single lessons absent only', () => {
    const f = figures([...day('2026-09-07', 'FM'), ...day('2026-09-08', 'FF'), ...day('2026-09-09', 'MF')]);
    expect(f.isolatedDays.dates).toEqual(['2026-09-08']);
  });

  it('looks at the next school day, across a weekend', () => {
    const f = figures([...day('2026-09-11', 'FF'), ...day('2026-09-14', 'FF'), ...day('2026-09-15', 'MM')]);
    expect(f.isolatedDays.count).toBe(0);
  });

  it('is judged on the one neighbour known, on the first and the last school day', () => {
    const f = figures([...day('2026-09-07', 'FF'), ...day('2026-09-08', 'MM'), ...day('2026-09-09', 'FF')]);
    expect(f.isolatedDays.dates).toEqual(['2026-09-07', '2026-09-09']);
  });

  it('is not a day at the window edge next to a whole day absent just outside it', () => {
    const marks = [...day('2026-12-17', 'MM'), ...day('2026-12-18', 'FF'), ...day('2027-01-04', 'FF')];
    expect(figures(marks).isolatedDays.count).toBe(0);
    expect(figures(marks.filter((m) => m.date <= autumn.to)).isolatedDays.dates).toEqual(['2026-12-18']);
  });
});

describe('leaving during the day', () => {
  it('is being present in the first lessons and absent from all the rest', () => {
    expect(figures(day('2026-09-07', 'MMFF')).leftDuringDay).toEqual({ count: 1, dates: ['2026-09-07'] });
  });

  it('is not missing a lesson in the middle and coming back', () => {
    expect(figures(day('2026-09-07', 'MFM')).leftDuringDay.count).toBe(0);
  });

  it('is not a whole day absent, nor a day present throughout', () => {
    expect(figures([...day('2026-09-07', 'FF'), ...day('2026-09-08', 'MM')]).leftDuringDay.count).toBe(0);
  });

  it('is not coming late in the day and staying', () => {
    expect(figures(day('2026-09-07', 'FFMM')).leftDuringDay.count).toBe(0);
  });

  it('counts a late arrival or organised study before leaving as being there', () => {
    expect(figures([...day('2026-09-07', 'SF'), ...day('2026-09-08', 'OF')]).leftDuringDay.count).toBe(2);
  });

  it('goes by the order of the periods, not of the marks', () => {
    const marks = day('2026-09-07', 'MMFF').reverse();
    expect(figures(marks).leftDuringDay.dates).toEqual(['2026-09-07']);
  });

  it('is not hidden by a last lesson that was not held', () => {
    const f = figures([...day('2026-09-07', 'MF'), mark('2026-09-07', 3, 'M', { lessonStatus: 'not_held' })]);
    expect(f.leftDuringDay.count).toBe(1);
  });
});

describe('late arrivals', () => {
  it('are split by calendar month, with minutes and dates', () => {
    const f = figures([
      mark('2026-09-29', 1, 'S', { minutesLate: 10 }),
      mark('2026-09-30', 1, 'S', { minutesLate: 3 }),
      mark('2026-09-30', 2, 'S', { minutesLate: 2 }),
      mark('2026-10-01', 1, 'S', { minutesLate: 20 }),
      mark('2026-10-01', 2, 'M'),
    ]);
    expect(f.lateArrivals).toMatchObject({ count: 4, minutes: 35, of: 5 });
    expect(f.lateArrivals.byMonth).toEqual({
      '2026-09': { count: 3, minutes: 15, dates: ['2026-09-29', '2026-09-30'] },
      '2026-10': { count: 1, minutes: 20, dates: ['2026-10-01'] },
    });
    expect(Object.keys(f.lateArrivals.byMonth)).toEqual(['2026-09', '2026-10']);
  });

  it('shows more than 10 late arrivals in a month (the Lyngen rule)', () => {
    const marks = Array.from({ length: 11 }, (_, i) => mark(`2026-10-${String(i + 1).padStart(2, '0')}`, 1, 'S'));
    expect(figures(marks).lateArrivals.byMonth['2026-10']?.count).toBe(11);
  });

  it('do not count on a lesson that was not held, or outside the window', () => {
    const f = figures([
      mark('2026-09-07', 1, 'S', { lessonStatus: 'not_held' }),
      mark('2027-01-04', 1, 'S'),
      mark('2026-08-14', 1, 'S'),
    ]);
    expect(f.lateArrivals).toEqual({ count: 0, minutes: 0, dates: [], of: 0, byMonth: {} });
  });

  it('count a late arrival without recorded minutes, with no minutes', () => {
    expect(figures([mark('2026-09-07', 1, 'S', { minutesLate: null })]).lateArrivals).toMatchObject({
      count: 1,
      minutes: 0,
    });
  });

  it('are not absent lessons: a day of late arrivals is no whole day', () => {
    const f = figures(day('2026-09-07', 'SS'));
    expect(f.overall.absent).toBe(0);
    expect(f.wholeDays.absent).toBe(0);
  });
});

describe('several windows in one call', () => {
  const marks = [
    ...day('2026-09-07', 'FFMM'),
    ...day('2026-09-08', 'FF'),
    mark('2026-11-02', 1, 'S'),
    ...day('2027-02-01', 'MMMF'),
    ...day('2027-02-02', 'FFFF', documented('documented')),
  ];

  it('gives autumn, spring and the school year, each as if computed alone', () => {
    const all = computeFiguresForWindows(marks, { autumn, spring, schoolYear });
    expect(all.autumn).toEqual(computeAbsenceFigures(marks, autumn));
    expect(all.spring).toEqual(computeAbsenceFigures(marks, spring));
    expect(all.schoolYear).toEqual(computeAbsenceFigures(marks, schoolYear));
  });

  it('has terms that add up to the school year', () => {
    const all = computeFiguresForWindows(marks, { autumn, spring, schoolYear });
    expect(all.autumn.overall.absent + all.spring.overall.absent).toBe(all.schoolYear.overall.absent);
    expect(all.autumn.overall.of + all.spring.overall.of).toBe(all.schoolYear.overall.of);
    expect(all.schoolYear.wholeDays.dates).toEqual(['2026-09-08', '2027-02-02']);
  });

  it('refuses a window that ends before it starts, or has dates that are not YYYY-MM-DD', () => {
    expect(() => computeAbsenceFigures([], { from: '2026-12-18', to: '2026-08-17' })).toThrow(RangeError);
    expect(() => computeAbsenceFigures([], { from: '2026-9-1', to: '2026-12-18' })).toThrow(RangeError);
  });

  it('allows a window of a single day', () => {
    const f = computeAbsenceFigures(marks, { from: '2026-09-08', to: '2026-09-08' });
    expect(f.overall).toMatchObject({ absent: 2, of: 2 });
  });
});

describe('figures for many pupils at once', () => {
  const ada = [...day('2026-09-07', 'FF'), ...day('2026-09-08', 'MF')];
  const ola = day('2026-09-07', 'MS');
  const tagged = (marks: MarkForFigures[], pupilId: string) => marks.map((m) => ({ ...m, pupilId }));

  it('gives each pupil the figures of their own marks, when the marks come pupil by pupil', () => {
    const result = computeFiguresForPupils([...tagged(ada, 'ada'), ...tagged(ola, 'ola')], { autumn });
    expect([...result.keys()]).toEqual(['ada', 'ola']);
    expect(result.get('ada')?.autumn).toEqual(computeAbsenceFigures(ada, autumn));
    expect(result.get('ola')?.autumn).toEqual(computeAbsenceFigures(ola, autumn));
  });

  it('gives the same when the pupils\' marks are mixed', () => {
    const [a1, a2, a3, a4] = tagged(ada, 'ada');
    const [o1, o2] = tagged(ola, 'ola');
    const mixed = [a1, o1, a2, a3, o2, a4].filter((m) => m !== undefined);
    const result = computeFiguresForPupils(mixed, { autumn, schoolYear });
    expect(result.get('ada')?.autumn).toEqual(computeAbsenceFigures(ada, autumn));
    expect(result.get('ola')?.schoolYear).toEqual(computeAbsenceFigures(ola, schoolYear));
  });

  it('gives nothing for no marks', () => {
    expect(computeFiguresForPupils([], { autumn }).size).toBe(0);
  });
});

describe('the marks and windows the functions take', () => {
  it('may be any iterable of marks, not only an array', () => {
    const marks = day('2026-09-07', 'MFS');
    function* generated() {
      yield* marks;
    }
    expect(computeAbsenceFigures(generated(), autumn)).toEqual(computeAbsenceFigures(marks, autumn));
  });

  it('may be many windows, such as every month or every week of the year', () => {
    const marks = [...day('2026-09-07', 'FF'), ...day('2026-10-05', 'MF'), ...day('2027-03-01', 'SF')];
    const weeks: Record<string, FiguresWindow> = {};
    for (let i = 0; i < 40; i++) {
      const from = new Date(Date.UTC(2026, 7, 17 + 7 * i)).toISOString().slice(0, 10);
      const to = new Date(Date.UTC(2026, 7, 23 + 7 * i)).toISOString().slice(0, 10);
      weeks[`week${i}`] = { from, to };
    }
    const all = computeFiguresForWindows(marks, weeks);
    expect(Object.keys(all)).toHaveLength(40);
    for (const [key, window] of Object.entries(weeks)) expect(all[key]).toEqual(computeAbsenceFigures(marks, window));
    expect(Object.values(all).reduce((n, f) => n + f.overall.absent, 0)).toBe(4);
  });
});
