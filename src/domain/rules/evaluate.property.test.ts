import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from './evaluate.js';
import { forecastPolicy } from './forecast.js';
import { MEASURE_INFO } from './measures.js';
import { parsePolicy } from './parse-policy.js';
import type { Policy } from './policy-schema.js';
import { getPreset, PRESET_IDS } from './presets.js';
import { AUTUMN, CALENDAR, schoolDaysOf, SUBJECTS } from './test-school.js';
import type { Documentation, LessonStatus, MarkForFigures, MarkStatus } from '../figures/types.js';

// Six weeks of autumn with four lessons a day: long enough for months, terms,
// one-day windows and runs, short enough for a few hundred runs.
const DAYS = schoolDaysOf(AUTUMN.startsOn, '2026-09-25');
const AS_OF = '2026-09-25';
const PERIODS = 4;

const trigger = { level: 'concern', notify: ['contactTeacher', 'guardians'], actWithin: 'sameDay' };
const rule = (id: string, body: Record<string, unknown>) => ({ id, name: id, comparison: 'atLeast', trigger, ...body });

/** Low thresholds, so that the rules fire often; only measures that more absence cannot lower, in calendar windows. */
const MONOTONE_RULES = [
  rule('percent-term', { measure: 'absencePercent', window: { kind: 'term' }, threshold: 5, minimumBase: 20 }),
  rule('undocumented-subject-month', { measure: 'absencePercent', filter: { documentation: ['undocumented'], perSubject: true }, window: { kind: 'month' }, threshold: 10 }),
  rule('day-percent-year', { measure: 'dayPercent', window: { kind: 'schoolYear' }, threshold: 5 }),
  rule('lessons-month', { measure: 'absentLessons', window: { kind: 'month' }, threshold: 4 }),
  rule('reported-lessons-day', { measure: 'absentLessons', filter: { documentation: ['reported'] }, window: { kind: 'schoolDay' }, threshold: 2 }),
  rule('whole-days-term', { measure: 'wholeDays', window: { kind: 'halfYear' }, threshold: 2 }),
  rule('documented-days-first-day', { measure: 'wholeDays', filter: { documentation: ['documented'] }, window: { kind: 'firstSchoolDay' }, threshold: 1 }),
  rule('run-month', { measure: 'longestRun', window: { kind: 'month' }, threshold: 2 }),
  rule('no-notice-day', { measure: 'noNotice', window: { kind: 'schoolDay' }, threshold: 2 }),
  rule('no-notice-subject', { measure: 'noNotice', filter: { perSubject: true }, window: { kind: 'term' }, threshold: 2 }),
];

/** Every measure, also in rolling windows: for properties that hold for all of them. */
const ALL_RULES = [
  ...MONOTONE_RULES,
  rule('single-lessons-term', { measure: 'singleLessons', window: { kind: 'term' }, threshold: 3, approaching: 1 }),
  rule('isolated-month', { measure: 'isolatedDays', window: { kind: 'month' }, threshold: 1 }),
  rule('late-week', { measure: 'lateArrivals', window: { kind: 'rollingWeeks', weeks: 1 }, threshold: 2 }),
  rule('left-days', { measure: 'leftDuringDay', window: { kind: 'rollingSchoolDays', days: 3 }, threshold: 1 }),
  rule('percent-rolling', { measure: 'absencePercent', window: { kind: 'rollingSchoolDays', days: 5 }, threshold: 20, approaching: 10 }),
];

function policyOf(rules: Record<string, unknown>[]): Policy {
  const result = parsePolicy({ id: 'property', version: 1, name: 'Property', source: { title: 'Tests', publisher: 'Nærvær' }, rules });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.policy;
}
const MONOTONE = policyOf(MONOTONE_RULES);
const ALL = policyOf(ALL_RULES);

it('the monotone rules are exactly those whose measures more absence cannot lower', () => {
  expect(MONOTONE.rules.every((r) => MEASURE_INFO[r.measure].monotone)).toBe(true);
});

const documentation = fc.constantFrom<Documentation>('undocumented', 'reported', 'documented');
const lessonMark = fc.record({
  status: fc.constantFrom<MarkStatus>('M', 'M', 'M', 'F', 'S', 'O'),
  documentation,
});

let lessonId = 1;
function markAt(day: number, period: number, status: MarkStatus, doc: Documentation, lessonStatus: LessonStatus = 'held'): MarkForFigures {
  const code = SUBJECTS[(period - 1) % SUBJECTS.length] as string;
  return {
    lessonId: lessonId++,
    date: DAYS[day] as string,
    period,
    subjectId: `subject-${code}`,
    subjectCode: code,
    teacherId: null,
    lessonStatus,
    durationMinutes: 45,
    status,
    minutesLate: status === 'S' ? 5 : null,
    documentation: status === 'F' || status === 'S' ? doc : 'undocumented',
    reasonCode: null,
  };
}

/** A pupil's marks: four lessons on every school day of the span, statuses at random. */
const pupilMarks = fc.array(lessonMark, { minLength: DAYS.length * PERIODS, maxLength: DAYS.length * PERIODS }).map((lessons) =>
  lessons.map((l, i) => markAt(Math.floor(i / PERIODS), (i % PERIODS) + 1, l.status, l.documentation)),
);

const evaluate = (policy: Policy, marks: readonly MarkForFigures[]) => evaluatePolicy(policy, { marks, calendar: CALENDAR, asOf: AS_OF, birthDate: '2011-01-01' });
const raisedKeys = (policy: Policy, marks: readonly MarkForFigures[]) => new Set(evaluate(policy, marks).filter((c) => !c.approaching).map((c) => c.key));

describe('properties of the evaluation', () => {
  it('more absence never removes an at-least concern within the same window', () => {
    fc.assert(
      fc.property(
        pupilMarks,
        fc.array(fc.record({ index: fc.nat(), documentation }), { maxLength: 20 }),
        fc.array(fc.record({ day: fc.nat(DAYS.length - 1) }), { maxLength: 5 }),
        (marks, turned, extra) => {
          const before = raisedKeys(MONOTONE, marks);
          const more = marks.map((m) => ({ ...m }));
          // Lessons the pupil attended become absences...
          for (const { index, documentation: doc } of turned) {
            const mark = more[index % more.length] as MarkForFigures;
            if (mark.status !== 'F') Object.assign(mark, { status: 'F', documentation: doc, minutesLate: null });
          }
          // ...and the pupil misses lessons added to the day, without notice: absence every rule counts. (Added
          // documented absence may rightly lower the share of undocumented absence: it adds to the lessons held.)
          for (const [i, { day }] of extra.entries()) more.push(markAt(day, PERIODS + 1 + i, 'F', 'undocumented'));
          const after = raisedKeys(MONOTONE, more);
          for (const key of before) expect(after).toContain(key);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('lessons that were not held (or not yet registered) never change anything', () => {
    const policies = [ALL, ...PRESET_IDS.map((id) => getPreset(id))];
    fc.assert(
      fc.property(
        pupilMarks,
        fc.array(
          fc.record({
            day: fc.nat(DAYS.length - 1),
            period: fc.integer({ min: 1, max: 8 }),
            status: fc.constantFrom<MarkStatus>('M', 'F', 'S', 'O'),
            documentation,
            lessonStatus: fc.constantFrom<LessonStatus>('not_held', 'planned'),
          }),
          { minLength: 1, maxLength: 15 },
        ),
        (marks, notHeld) => {
          const withNotHeld = [...marks, ...notHeld.map((n) => markAt(n.day, n.period, n.status, n.documentation, n.lessonStatus))];
          for (const policy of policies) {
            expect(evaluate(policy, withNotHeld)).toEqual(evaluate(policy, marks));
            expect(forecastPolicy(policy, { marks: withNotHeld, calendar: CALENDAR, asOf: AS_OF })).toEqual(
              forecastPolicy(policy, { marks, calendar: CALENDAR, asOf: AS_OF }),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the order of the marks does not matter', () => {
    fc.assert(
      fc.property(pupilMarks, fc.nat(), (marks, seed) => {
        const shuffled = [...marks].sort((a, b) => (((a.lessonId ?? 0) * 7919 + seed) % 1009) - (((b.lessonId ?? 0) * 7919 + seed) % 1009));
        expect(evaluate(ALL, shuffled)).toEqual(evaluate(ALL, marks));
      }),
      { numRuns: 40 },
    );
  });

  it('every concern points at dates inside its window, and a raised concern meets its threshold', () => {
    fc.assert(
      fc.property(pupilMarks, (marks) => {
        for (const concern of evaluate(ALL, marks)) {
          for (const date of concern.evidence) {
            expect(date >= concern.window.from && date <= concern.window.until).toBe(true);
          }
          if (!concern.approaching) expect(concern.value).toBeGreaterThanOrEqual(concern.threshold);
          expect(concern.evidence.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 60 },
    );
  });
});
