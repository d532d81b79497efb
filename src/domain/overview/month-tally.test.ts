import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodePupilYear, scanPupilYear, type HeldMark } from '../figures/pupil-year-codec.js';
import { dayNumberOf, monthIndexByDay, tallyDays, tallyMonths } from './month-tally.js';
import { schoolYearMonths } from './months.js';

const months = schoolYearMonths(2026);

/** Any marks of the school year 2026-27, one per day and period. */
const marksArbitrary = fc
  .array(
    fc.record({
      day: fc.integer({ min: 16, max: 320 }),
      period: fc.integer({ min: 1, max: 8 }),
      status: fc.constantFrom('M', 'F', 'S', 'O'),
      documentation: fc.constantFrom('undocumented', 'reported', 'documented'),
      course: fc.integer({ min: 0, max: 60 }),
      duration: fc.constantFrom(45, 60, 90),
      reason: fc.option(fc.constantFrom('syk', 'lege', 'permisjon'), { nil: null }),
      late: fc.integer({ min: 1, max: 40 }),
    }),
    { maxLength: 200 },
  )
  .map((raw) => {
    const seen = new Set<string>();
    return raw.flatMap((r): HeldMark[] => {
      const date = new Date(Date.UTC(2026, 7, 1) + r.day * 86_400_000).toISOString().slice(0, 10);
      if (seen.has(`${date}|${r.period}`)) return [];
      seen.add(`${date}|${r.period}`);
      const status = r.status as HeldMark['status'];
      return [{ date, period: r.period, subjectId: `s${r.course}`, teacherId: r.course % 3 ? `t${r.course}` : null, durationMinutes: r.duration, status, minutesLate: status === 'S' ? r.late : null, documentation: status === 'F' || status === 'S' ? (r.documentation as HeldMark['documentation']) : 'undocumented', reasonCode: status === 'F' ? r.reason : null }];
    });
  });

describe('counting a pupil year by month off the stored text', () => {
  it('gives what the codec’s own reader gives, for any marks', () => {
    fc.assert(
      fc.property(marksArbitrary, fc.integer({ min: 0, max: 330 }), (marks, until) => {
        const record = encodePupilYear(2026, marks);
        const untilDate = new Date(Date.UTC(2026, 7, 1) + until * 86_400_000).toISOString().slice(0, 10);
        const held = months.map(() => 0);
        const absent = months.map(() => 0);
        tallyMonths(record.days, monthIndexByDay(2026, months), dayNumberOf(2026, untilDate), held, absent);
        const expectedHeld = months.map(() => 0);
        const expectedAbsent = months.map(() => 0);
        let m = -1;
        scanPupilYear(2026, record, untilDate, {
          day: (date) => (m = months.indexOf(date.slice(0, 7))),
          lesson: (_c, status) => {
            if (m < 0) return;
            expectedHeld[m]!++;
            if (status === 1) expectedAbsent[m]!++;
          },
        });
        expect(held).toEqual(expectedHeld);
        expect(absent).toEqual(expectedAbsent);
      }),
      { numRuns: 200 },
    );
  });

  it('counts held and present lessons day by day the way the codec reads them, before the day given', () => {
    fc.assert(
      fc.property(marksArbitrary, fc.integer({ min: 0, max: 330 }), (marks, before) => {
        const record = encodePupilYear(2026, marks);
        const beforeDate = new Date(Date.UTC(2026, 7, 1) + before * 86_400_000).toISOString().slice(0, 10);
        const expected: { date: string; held: number; present: number }[] = [];
        scanPupilYear(2026, record, '2027-07-31', {
          day: (date) => expected.push({ date, held: 0, present: 0 }),
          lesson: (_c, status) => {
            const day = expected[expected.length - 1]!;
            day.held++;
            if (status !== 1) day.present++;
          },
        });
        expect(tallyDays(2026, record.days, dayNumberOf(2026, beforeDate))).toEqual(expected.filter((d) => d.date < beforeDate && d.held > 0));
      }),
      { numRuns: 200 },
    );
  });
});
