import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeMarksForFigures, decodePupilYear, encodePupilYear, replaceDays, type HeldMark } from './pupil-year-codec.js';
import { addDaysTo } from '../school-calendar.js';

const START_YEAR = 2026;

const mark = (over: Partial<HeldMark> = {}): HeldMark => ({
  date: '2026-09-01',
  period: 1,
  subjectId: 'subject-nor',
  teacherId: 'teacher-1',
  durationMinutes: 45,
  status: 'M',
  minutesLate: null,
  documentation: 'undocumented',
  reasonCode: null,
  ...over,
});

/** Marks as the database gives them: one a pupil a lesson, S with minutes, reasons only on F and S. */
const markArb = fc
  .record({
    day: fc.integer({ min: 17, max: 330 }),
    period: fc.integer({ min: 1, max: 16 }),
    subject: fc.constantFrom('s-nor', 's-mat', 's-eng', 's-kro'),
    teacher: fc.constantFrom('t-1', 't-2', null),
    duration: fc.constantFrom(45, 45, 45, 60, 90),
    status: fc.constantFrom('M', 'M', 'M', 'F', 'S', 'O'),
    documentation: fc.constantFrom('undocumented', 'reported', 'documented'),
    late: fc.integer({ min: 1, max: 240 }),
    reason: fc.constantFrom(null, 'health_self_reported', 'driving_test'),
  })
  .map(
    (r): HeldMark => ({
      date: addDaysTo(`${START_YEAR}-08-01`, r.day),
      period: r.period,
      subjectId: r.subject,
      teacherId: r.teacher,
      durationMinutes: r.duration,
      status: r.status as HeldMark['status'],
      minutesLate: r.status === 'S' ? r.late : null,
      documentation: r.status === 'F' || r.status === 'S' ? (r.documentation as HeldMark['documentation']) : 'undocumented',
      reasonCode: r.status === 'F' || r.status === 'S' ? r.reason : null,
    }),
  );

const marksArb = fc.uniqueArray(markArb, { selector: (m) => `${m.date}|${m.period}`, maxLength: 300 });

const sorted = (marks: readonly HeldMark[]) =>
  [...marks].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.period - b.period));

describe('a pupil year in one text', () => {
  it('gives back every held mark as it was, in date and period order', () => {
    fc.assert(
      fc.property(marksArb, (marks) => {
        const record = encodePupilYear(START_YEAR, marks);
        expect(decodePupilYear(START_YEAR, record)).toEqual(sorted(marks));
      }),
    );
  });

  it('gives only the marks between two dates when asked', () => {
    fc.assert(
      fc.property(marksArb, fc.integer({ min: 0, max: 360 }), fc.integer({ min: 0, max: 60 }), (marks, a, length) => {
        const from = addDaysTo(`${START_YEAR}-08-01`, a);
        const to = addDaysTo(from, length);
        const record = encodePupilYear(START_YEAR, marks);
        expect(decodePupilYear(START_YEAR, record, from, to)).toEqual(sorted(marks.filter((m) => m.date >= from && m.date <= to)));
      }),
    );
  });

  it('writes a day anew without touching the others, as if the year were written from scratch', () => {
    fc.assert(
      fc.property(marksArb, marksArb, (before, changes) => {
        const dates = new Set(changes.map((m) => m.date));
        const kept = before.filter((m) => !dates.has(m.date));
        const record = replaceDays(START_YEAR, encodePupilYear(START_YEAR, before), dates, changes);
        expect(decodePupilYear(START_YEAR, record)).toEqual(sorted([...kept, ...changes]));
      }),
    );
  });

  it('gives the figures the same marks, with the pupil and the subject’s code and name', () => {
    const subjects = new Map([['s-nor', { code: 'NOR', name: 'Norsk' }], ['s-mat', { code: 'MAT', name: 'Matematikk' }]]);
    fc.assert(
      fc.property(marksArb, (marks) => {
        const record = encodePupilYear(START_YEAR, marks);
        const expected = decodePupilYear(START_YEAR, record).map((m) => ({
          ...m, pupilId: 'p-1', subjectCode: subjects.get(m.subjectId)?.code ?? '', subjectName: subjects.get(m.subjectId)?.name ?? '', lessonStatus: 'held',
        }));
        expect(decodeMarksForFigures(START_YEAR, record, 'p-1', subjects)).toEqual(expected);
      }),
    );
  });

  it('takes a day out when it has no held lessons any more', () => {
    const record = encodePupilYear(START_YEAR, [mark(), mark({ date: '2026-09-02', status: 'F' })]);
    const after = replaceDays(START_YEAR, record, ['2026-09-02'], []);
    expect(decodePupilYear(START_YEAR, after)).toEqual([mark()]);
  });

  it('keeps a present lesson to four characters', () => {
    const record = encodePupilYear(START_YEAR, [mark()]);
    expect(record.days).toBe('v:0M1');
  });

  it('refuses a date outside the school year rather than writing it on another day', () => {
    expect(() => encodePupilYear(START_YEAR, [mark({ date: '2028-09-01' })])).toThrow(RangeError);
  });
});
