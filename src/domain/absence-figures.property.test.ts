import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeAbsenceFigures,
  computeFiguresForWindows,
  DOCUMENTATION_STATES,
  type AbsenceFigures,
  type AbsenceShare,
  type FiguresWindow,
  type MarkForFigures,
} from './absence-figures.js';

// School days of a few weeks, with a weekend and the autumn break (week 40)
// between some of them, and one day outside the window on either side.
const DATES = [
  '2026-08-14',
  '2026-09-24',
  '2026-09-25',
  '2026-10-05',
  '2026-10-06',
  '2026-10-07',
  '2026-10-08',
  '2026-10-09',
  '2026-10-12',
  '2026-10-30',
  '2026-11-02',
  '2026-12-18',
  '2027-01-04',
];
const WINDOW: FiguresWindow = { from: '2026-08-17', to: '2026-12-18', label: 'autumn' };
const SUBJECTS = [
  { subjectId: 's-nor', subjectCode: 'NOR', subjectName: 'Norsk' },
  { subjectId: 's-mat', subjectCode: 'MAT', subjectName: 'Matematikk' },
  { subjectId: 's-eng', subjectCode: 'ENG' },
] as const;

const lessonFields = {
  date: fc.constantFrom(...DATES),
  period: fc.integer({ min: 1, max: 8 }),
  subject: fc.constantFrom(...SUBJECTS),
  teacherId: fc.constantFrom('t-1', 't-2', null),
  lessonStatus: fc.constantFrom('held', 'held', 'held', 'not_held', 'planned'),
  durationMinutes: fc.constantFrom(45, 60, 90),
  status: fc.constantFrom('M', 'F', 'F', 'S', 'O'),
  minutesLate: fc.integer({ min: 1, max: 60 }),
  documentation: fc.constantFrom(...DOCUMENTATION_STATES),
  reasonCode: fc.constantFrom(null, 'health', 'exempt'),
} as const;

type Generated = {
  [K in keyof typeof lessonFields]: (typeof lessonFields)[K] extends fc.Arbitrary<infer T> ? T : never;
};

function toMark(g: Generated, lessonId: number): MarkForFigures {
  return {
    lessonId,
    date: g.date,
    period: g.period,
    ...g.subject,
    teacherId: g.teacherId,
    lessonStatus: g.lessonStatus,
    durationMinutes: g.durationMinutes,
    status: g.status,
    minutesLate: g.status === 'S' ? g.minutesLate : null,
    documentation: g.status === 'F' || g.status === 'S' ? g.documentation : 'undocumented',
    reasonCode: g.status === 'F' ? g.reasonCode : null,
  };
}

/** One pupil's marks: at most one lesson per date and period, in any order. */
const pupilMarks = fc
  .uniqueArray(fc.record(lessonFields), { maxLength: 60, selector: (g) => `${g.date}/${g.period}` })
  .map((gs) => gs.map((g, i) => toMark(g, i + 1)));

/** A lesson at a date and period the pupil has no mark for yet, so one mark per lesson still holds. */
const extraLesson = (marks: MarkForFigures[], overrides: Partial<MarkForFigures>) =>
  fc.record(lessonFields).map((g) => {
    const taken = new Set(marks.map((m) => `${m.date}/${m.period}`));
    let period = g.period;
    while (taken.has(`${g.date}/${period}`)) period += 1;
    return { ...toMark({ ...g, period }, 10_000), ...overrides };
  });

const OPTIONS = { reasonsExemptFromLimit: ['exempt'], byTeacher: true };
const figures = (marks: MarkForFigures[]) => computeAbsenceFigures(marks, WINDOW, OPTIONS);

/** The held marks of each date (Map.groupBy is not in Node 20). */
function byDate(marks: MarkForFigures[]): Map<string, MarkForFigures[]> {
  const days = new Map<string, MarkForFigures[]>();
  for (const m of marks) days.set(m.date, [...(days.get(m.date) ?? []), m]);
  return days;
}

function sharesIn(f: AbsenceFigures): AbsenceShare[] {
  return [f.overall, ...Object.values(f.bySubject), ...Object.values(f.byTeacher ?? {})];
}

describe('absence figures, for any marks', () => {
  it('give percentages between 0 and 100, never NaN', () => {
    fc.assert(
      fc.property(pupilMarks, (marks) => {
        const f = figures(marks);
        const percents = [
          f.wholeDays.percent,
          f.singleLessons.percent,
          ...sharesIn(f).flatMap((s) => [
            s.percent,
            s.towardLimit.percent,
            ...DOCUMENTATION_STATES.map((d) => s.byDocumentation[d].percent),
          ]),
        ];
        for (const p of percents) {
          expect(Number.isFinite(p)).toBe(true);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('split the absent lessons by documentation into parts that sum to the total', () => {
    fc.assert(
      fc.property(pupilMarks, (marks) => {
        const f = figures(marks);
        for (const s of sharesIn(f)) {
          const parts = DOCUMENTATION_STATES.map((d) => s.byDocumentation[d].absent);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(s.absent);
          for (const d of DOCUMENTATION_STATES) expect(s.byDocumentation[d].of).toBe(s.of);
          expect(s.towardLimit.absent).toBeLessThanOrEqual(s.absent);
        }
        const { undocumented, reported, documented } = f.wholeDays.byDocumentation;
        expect(undocumented + reported + documented).toBe(f.wholeDays.absent);
      }),
    );
  });

  it('have subjects whose absent lessons and held lessons sum to the overall ones', () => {
    fc.assert(
      fc.property(pupilMarks, (marks) => {
        const f = figures(marks);
        const subjects = Object.values(f.bySubject);
        expect(subjects.reduce((n, s) => n + s.absent, 0)).toBe(f.overall.absent);
        expect(subjects.reduce((n, s) => n + s.of, 0)).toBe(f.overall.of);
        expect(subjects.reduce((n, s) => n + s.minutes.absent, 0)).toBe(f.overall.minutes.absent);
      }),
    );
  });

  it('do not change when a lesson that was not held, or is only planned, is added with any mark', () => {
    fc.assert(
      fc.property(
        pupilMarks.chain((marks) =>
          fc.tuple(
            fc.constant(marks),
            fc.array(
              fc.constantFrom('not_held' as const, 'planned' as const).chain((lessonStatus) =>
                extraLesson(marks, { lessonStatus }),
              ),
              { minLength: 1, maxLength: 5 },
            ),
          ),
        ),
        ([marks, extra]) => {
          expect(figures([...marks, ...extra])).toEqual(figures(marks));
        },
      ),
    );
  });

  it('account for every absent lesson in whole days or single lessons', () => {
    fc.assert(
      fc.property(pupilMarks, (marks) => {
        const f = figures(marks);
        // Independently: the absent lessons on days where every held lesson was missed.
        const held = marks.filter((m) => m.lessonStatus === 'held' && m.date >= WINDOW.from && m.date <= WINDOW.to);
        const days = byDate(held);
        let onWholeDays = 0;
        for (const ms of days.values()) if (ms.every((m) => m.status === 'F')) onWholeDays += ms.length;
        expect(f.wholeDays.lessons).toBe(onWholeDays);
        expect(f.singleLessons.absent).toBe(f.overall.absent - onWholeDays);
        expect(f.wholeDays.lessons + f.singleLessons.absent).toBe(f.overall.absent);
        expect(f.hours.wholeDays + f.hours.singleLessons).toBeCloseTo(f.hours.total, 9);
      }),
    );
  });

  it('find the same days left during the day as reading each day in period order', () => {
    fc.assert(
      fc.property(pupilMarks, (marks) => {
        const held = marks.filter((m) => m.lessonStatus === 'held' && m.date >= WINDOW.from && m.date <= WINDOW.to);
        const expected = [...byDate(held)]
          .filter(([, ms]) => {
            const letters = ms
              .sort((a, b) => a.period - b.period)
              .map((m) => (m.status === 'F' ? 'F' : 'P'))
              .join('');
            return /^P+F+$/.test(letters);
          })
          .map(([date]) => date)
          .sort();
        expect(figures(marks).leftDuringDay.dates).toEqual(expected);
      }),
    );
  });

  it('do not depend on the order of the marks', () => {
    fc.assert(
      fc.property(
        pupilMarks.chain((marks) =>
          fc.tuple(fc.constant(marks), fc.shuffledSubarray(marks, { minLength: marks.length, maxLength: marks.length })),
        ),
        ([marks, shuffled]) => {
          expect(figures(shuffled)).toEqual(figures(marks));
        },
      ),
    );
  });

  it('never show less absence when an absent lesson is added', () => {
    fc.assert(
      fc.property(
        pupilMarks.chain((marks) =>
          fc.tuple(fc.constant(marks), extraLesson(marks, { status: 'F', minutesLate: null, lessonStatus: 'held' })),
        ),
        ([marks, absent]) => {
          const before = figures(marks);
          const after = figures([...marks, absent]);
          expect(after.overall.absent).toBeGreaterThanOrEqual(before.overall.absent);
          expect(after.overall.byDocumentation[absent.documentation].absent).toBeGreaterThanOrEqual(
            before.overall.byDocumentation[absent.documentation].absent,
          );
          expect(after.wholeDays.absent).toBeGreaterThanOrEqual(before.wholeDays.absent);
          expect(after.longestRun.length).toBeGreaterThanOrEqual(before.longestRun.length);
          expect(after.noNotice.count).toBeGreaterThanOrEqual(before.noNotice.count);
        },
      ),
    );
  });

  it('change nothing but the isolation of edge days when marks outside the window are left out', () => {
    fc.assert(
      fc.property(pupilMarks, (marks) => {
        const inside = marks.filter((m) => m.date >= WINDOW.from && m.date <= WINDOW.to);
        const { isolatedDays: _a, ...withContext } = figures(marks);
        const { isolatedDays: _b, ...alone } = figures(inside);
        expect(withContext).toEqual(alone);
      }),
    );
  });

  it('are the same for a window whether computed alone or with others', () => {
    fc.assert(
      fc.property(pupilMarks, (marks) => {
        const schoolYear = { from: '2026-08-17', to: '2027-06-18' };
        const both = computeFiguresForWindows(marks, { autumn: WINDOW, schoolYear }, OPTIONS);
        expect(both.autumn).toEqual(computeAbsenceFigures(marks, WINDOW, OPTIONS));
        expect(both.schoolYear).toEqual(computeAbsenceFigures(marks, schoolYear, OPTIONS));
      }),
    );
  });
});
