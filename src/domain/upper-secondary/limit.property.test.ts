import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENTATION_STATES, type MarkForFigures } from '../figures/types.js';
import { subjectLimitStatus } from './limit.js';
import { limitInput, RULES } from './test-support.js';

const CODES = [null, ...(RULES.versions[1]?.categories.map((c) => c.code) ?? []), 'unknown_code'];
const DATES = ['2026-08-20', '2026-09-01', '2026-09-02', '2026-10-14', '2026-11-03', '2026-11-30', '2026-12-01'];

const fields = {
  date: fc.constantFrom(...DATES),
  period: fc.integer({ min: 1, max: 8 }),
  subjectId: fc.constantFrom('subj-nor', 'subj-nor', 'subj-mat'),
  lessonStatus: fc.constantFrom('held', 'held', 'held', 'not_held'),
  durationMinutes: fc.constantFrom(45, 60, 90),
  status: fc.constantFrom('M', 'F', 'F', 'F', 'S', 'O'),
  documentation: fc.constantFrom(...DOCUMENTATION_STATES),
  reasonCode: fc.constantFrom(...CODES),
} as const;

type Generated = { [K in keyof typeof fields]: (typeof fields)[K] extends fc.Arbitrary<infer T> ? T : never };

const toMark = (g: Generated, lessonId: number): MarkForFigures => ({
  lessonId,
  date: g.date,
  period: g.period,
  subjectId: g.subjectId,
  subjectCode: g.subjectId === 'subj-nor' ? 'NOR' : 'MAT',
  teacherId: null,
  lessonStatus: g.lessonStatus,
  durationMinutes: g.durationMinutes,
  status: g.status,
  minutesLate: g.status === 'S' ? 5 : null,
  documentation: g.status === 'F' ? g.documentation : 'undocumented',
  reasonCode: g.status === 'F' ? g.reasonCode : null,
});

const pupilMarks = fc
  .uniqueArray(fc.record(fields), { maxLength: 50, selector: (g) => `${g.date}/${g.period}` })
  .map((gs) => gs.map((g, i) => toMark(g, i + 1)));
const annualHours = fc.integer({ min: 10, max: 200 });
const higherHealthRisk = fc.boolean();

/** A Norwegian lesson at a free slot of the date (period 9 upward, which the generated marks never use). */
const extra = (marks: MarkForFigures[], over: Partial<MarkForFigures>) =>
  fc.record({ date: fc.constantFrom(...DATES), durationMinutes: fc.constantFrom(45, 60, 90) }).map(({ date, durationMinutes }) => {
    const period = 9 + marks.filter((m) => m.date === date && m.period >= 9).length;
    const g: Generated = { date, period, subjectId: 'subj-nor', lessonStatus: 'held', durationMinutes, status: 'F', documentation: 'undocumented', reasonCode: null };
    return toMark(g, 99_999);
  }).map((m) => ({ ...m, ...over }));

const status = (marks: MarkForFigures[], hours: number, risk: boolean) =>
  subjectLimitStatus(limitInput(marks, { annualHours: hours, higherHealthRisk: risk }));

describe('the absence limit, for any marks', () => {
  it('never has negative hours left, and the hours left and the percentage agree', () => {
    fc.assert(
      fc.property(pupilMarks, annualHours, higherHealthRisk, (marks, hours, risk) => {
        const s = status(marks, hours, risk);
        expect(s.left.beforeLimit.minutes).toBeGreaterThanOrEqual(0);
        expect(s.left.beforeDiscretion.minutes).toBeGreaterThanOrEqual(s.left.beforeLimit.minutes);
        expect(s.left.beforeLimit.lessons ?? 0).toBeGreaterThanOrEqual(0);
        expect(s.percent).toBeCloseTo((s.counted.minutes * 100) / (hours * 60), 9);
        if (s.zone === 'within') expect(s.left.beforeLimit.minutes).toBeCloseTo(hours * 6 - s.counted.minutes, 9);
        else expect(s.left.beforeLimit.minutes).toBe(0);
      }),
    );
  });

  it('never lowers the percentage when one more counted absence is added, wherever it falls', () => {
    fc.assert(
      fc.property(
        pupilMarks.chain((marks) => fc.tuple(fc.constant(marks), extra(marks, {}))),
        annualHours,
        higherHealthRisk,
        ([marks, added], hours, risk) => {
          expect(status([...marks, added], hours, risk).percent).toBeGreaterThanOrEqual(status(marks, hours, risk).percent);
        },
      ),
    );
  });

  it('is not changed by documented exempt absence or by absence that is not absence at all', () => {
    const unchanged = fc.constantFrom(
      { documentation: 'documented' as const, reasonCode: 'legal_appearance' },
      { documentation: 'documented' as const, reasonCode: 'driving_test' },
      { documentation: 'reported' as const, reasonCode: 'counselling' },
      { documentation: 'documented' as const, reasonCode: 'exam' },
    );
    fc.assert(
      fc.property(
        pupilMarks.chain((marks) => fc.tuple(fc.constant(marks), unchanged.chain((u) => extra(marks, u)))),
        annualHours,
        higherHealthRisk,
        ([marks, added], hours, risk) => {
          const before = status(marks, hours, risk);
          const after = status([...marks, added], hours, risk);
          expect(after.percent).toBe(before.percent);
          expect(after.crossed).toEqual(before.crossed);
        },
      ),
    );
  });

  it('puts the lesson that crossed a line where the counted total first went above it', () => {
    fc.assert(
      fc.property(pupilMarks, annualHours, higherHealthRisk, (marks, hours, risk) => {
        const s = status(marks, hours, risk);
        const crossing = s.absences.find((a) => a.countedAfter * 100 > s.limitPercent * s.annualMinutes);
        expect(s.crossed.limit?.lessonId ?? null).toBe(crossing?.lessonId ?? null);
        expect(s.zone === 'within').toBe(s.crossed.limit === null);
      }),
    );
  });

  it('does not depend on the order the marks come in', () => {
    fc.assert(
      fc.property(pupilMarks, annualHours, (marks, hours) => {
        const reversed = [...marks].reverse();
        expect(status(reversed, hours, false)).toEqual(status(marks, hours, false));
      }),
    );
  });
});
