// The columns evaluator must give exactly what evaluatePolicy gives: the same
// concerns, in the same order, with the same figures and the same dates. On
// generated pupils (whole days, runs, leaving early, late arrivals, lessons
// not held) against every preset and a policy of every measure in every window.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from './evaluate.js';
import { evaluateColumns, needsSubjects } from './evaluate-columns.js';
import { columnsFromMarks, columnsFromPupilYear } from './pupil-columns.js';
import { encodePupilYear } from '../figures/pupil-year-codec.js';
import { parsePolicy } from './parse-policy.js';
import type { Policy } from './policy-schema.js';
import { getPreset, PRESET_IDS } from './presets.js';
import { CALENDAR, schoolDaysOf, SUBJECTS } from './test-school.js';
import type { Documentation, LessonStatus, MarkForFigures, MarkStatus } from '../figures/types.js';
import counterexample from './evaluate-columns.counterexample.json' with { type: 'json' };

const DAYS = schoolDaysOf(CALENDAR.startsOn, '2027-02-26');

const trigger = { level: 'concern', notify: ['contactTeacher', 'guardians'], actWithin: { schoolDays: 3 } };
const rule = (id: string, body: Record<string, unknown>) => ({ id, name: id, comparison: 'atLeast', trigger, ...body });
const windows = [
  { kind: 'term' },
  { kind: 'schoolYear' },
  { kind: 'month' },
  { kind: 'schoolDay' },
  { kind: 'firstSchoolDay' },
  { kind: 'rollingSchoolDays', days: 5 },
  { kind: 'rollingWeeks', weeks: 2 },
];

/** Every measure in every window, with low thresholds and approaching levels, so that much fires. */
function everything(): Policy {
  const rules: Record<string, unknown>[] = [];
  windows.forEach((window, w) => {
    rules.push(rule(`percent-${w}`, { measure: 'absencePercent', window, threshold: 8, approaching: 4 }));
    rules.push(rule(`percent-undoc-subject-${w}`, { measure: 'absencePercent', filter: { documentation: ['undocumented'], perSubject: true }, window, threshold: 10, approaching: 5, minimumBase: 3 }));
    rules.push(rule(`days-percent-${w}`, { measure: 'dayPercent', filter: { documentation: ['reported', 'documented'] }, window, threshold: 5 }));
    rules.push(rule(`lessons-${w}`, { measure: 'absentLessons', filter: { perSubject: true }, window, threshold: 3, approaching: 2 }));
    rules.push(rule(`single-${w}`, { measure: 'singleLessons', window, threshold: 3, comparison: 'moreThan' }));
    rules.push(rule(`whole-${w}`, { measure: 'wholeDays', window, threshold: 2 }));
    rules.push(rule(`isolated-${w}`, { measure: 'isolatedDays', window, threshold: 1 }));
    rules.push(rule(`run-${w}`, { measure: 'longestRun', window, threshold: 2 }));
    rules.push(rule(`late-${w}`, { measure: 'lateArrivals', window, threshold: 2, approaching: 1 }));
    rules.push(rule(`left-${w}`, { measure: 'leftDuringDay', window, threshold: 1 }));
    rules.push(rule(`no-notice-${w}`, { measure: 'noNotice', window, threshold: 2 }));
    rules.push(rule(`no-notice-subject-${w}`, { measure: 'noNotice', filter: { perSubject: true }, window, threshold: 2 }));
  });
  const result = parsePolicy({ id: 'everything', version: 1, name: 'Everything', source: { title: 'Tests', publisher: 'Nærvær' }, rules });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.policy;
}
const POLICIES: Policy[] = [everything(), ...PRESET_IDS.map((id) => getPreset(id))];

const documentation = fc.constantFrom<Documentation>('undocumented', 'reported', 'documented');
/** What a day looks like for the pupil. */
const dayArb: fc.Arbitrary<DayShape> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('mixed' as const), statuses: fc.array(fc.constantFrom<MarkStatus>('M', 'M', 'M', 'M', 'F', 'S', 'O'), { minLength: 6, maxLength: 6 }), docs: fc.array(documentation, { minLength: 6, maxLength: 6 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('whole' as const), doc: documentation, mixedDocs: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('left' as const), from: fc.integer({ min: 2, max: 5 }), doc: documentation }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('off' as const) }) },
);

type DayShape =
  | { kind: 'mixed'; statuses: MarkStatus[]; docs: Documentation[] }
  | { kind: 'whole'; doc: Documentation; mixedDocs: boolean }
  | { kind: 'left'; from: number; doc: Documentation }
  | { kind: 'off' };

function marksOf(days: readonly DayShape[], lessonsPerDay: readonly number[], notHeld: readonly number[]): MarkForFigures[] {
  const marks: MarkForFigures[] = [];
  let lessonId = 1;
  days.forEach((day, d) => {
    if (day.kind === 'off') return;
    const date = DAYS[d] as string;
    const n = lessonsPerDay[d % lessonsPerDay.length] as number;
    for (let period = 1; period <= n; period++) {
      let status: MarkStatus = 'M';
      let doc: Documentation = 'undocumented';
      if (day.kind === 'mixed') [status, doc] = [day.statuses[period - 1] as MarkStatus, day.docs[period - 1] as Documentation];
      else if (day.kind === 'whole') [status, doc] = ['F', day.mixedDocs && period === n ? 'documented' : day.doc];
      else if (period >= day.from) [status, doc] = ['F', day.doc];
      const code = SUBJECTS[(period + d) % SUBJECTS.length] as string;
      const lessonStatus: LessonStatus = notHeld.includes((d * 7 + period) % 97) ? 'not_held' : 'held';
      marks.push({
        lessonId: lessonId++, date, period, subjectId: `subject-${code}`, subjectCode: code, teacherId: null, lessonStatus,
        durationMinutes: 45, status, minutesLate: status === 'S' ? 7 : null,
        documentation: status === 'F' || status === 'S' ? doc : 'undocumented', reasonCode: null,
      });
    }
  });
  return marks;
}

const pupilArb = fc.record({
  days: fc.array(dayArb, { minLength: DAYS.length, maxLength: DAYS.length }),
  lessonsPerDay: fc.array(fc.integer({ min: 3, max: 6 }), { minLength: 1, maxLength: 5 }),
  notHeld: fc.array(fc.nat(96), { maxLength: 6 }),
  asOf: fc.integer({ min: 0, max: DAYS.length + 3 }),
  birthDate: fc.constantFrom('2012-04-01', '2008-12-01', null),
});

describe('the columns evaluator', () => {
  it('gives exactly the concerns evaluatePolicy gives, for every preset and every measure in every window', () => {
    let compared = 0;
    let perSubject = 0;
    fc.assert(
      fc.property(pupilArb, (p) => {
        const marks = marksOf(p.days, p.lessonsPerDay, p.notHeld);
        const asOf = p.asOf < DAYS.length ? (DAYS[p.asOf] as string) : '2027-03-05';
        for (const policy of POLICIES) {
          const expected = evaluatePolicy(policy, { marks, calendar: CALENDAR, asOf, birthDate: p.birthDate });
          const columns = columnsFromMarks(marks, asOf, needsSubjects(policy));
          expect(evaluateColumns(policy, { columns, calendar: CALENDAR, asOf, birthDate: p.birthDate })).toEqual(expected);
          compared += expected.length;
          if (expected.some((c) => c.subjectId !== undefined)) perSubject++;
        }
      }),
      { numRuns: 40 },
    );
    // The generated pupils must make the rules fire, or the comparison proves nothing.
    expect(compared).toBeGreaterThan(10_000);
    expect(perSubject).toBeGreaterThan(10);
  });

  it('sees the first school day after the Christmas break as the neighbour of the last day before it', () => {
    // Found by the property above: absent on 18 December and again on 4 January, judged on 4 January.
    // The two days are a run, so December has no isolated day, as both evaluators must say.
    const present: DayShape = { kind: 'mixed', statuses: ['M', 'M', 'M', 'M', 'M', 'M'], docs: Array(6).fill('undocumented') as Documentation[] };
    const whole: DayShape = { kind: 'whole', doc: 'undocumented', mixedDocs: false };
    const lastBefore = DAYS.indexOf('2026-12-18');
    const days = DAYS.map((_, i) => (i === lastBefore || i === lastBefore + 1 ? whole : present));
    const marks = marksOf(days, [4], []);
    const asOf = DAYS[lastBefore + 1] as string;
    expect(asOf).toBe('2027-01-04');
    const policy = POLICIES[0] as Policy;
    const expected = evaluatePolicy(policy, { marks, calendar: CALENDAR, asOf, birthDate: null });
    expect(expected.filter((c) => c.rule === 'isolated-2' && c.window.to === '2026-12-31')).toEqual([]);
    const columns = columnsFromMarks(marks, asOf, needsSubjects(policy));
    expect(evaluateColumns(policy, { columns, calendar: CALENDAR, asOf, birthDate: null })).toEqual(expected);
  });

  it('gives what evaluatePolicy gives for a pupil the property once found them to differ on', () => {
    // Absent on 18 December and on 4 January, judged on 4 January: the figures of
    // a group of windows ending on 31 December left out the pupil's next school
    // day after the break, so 18 December was wrongly an isolated day.
    const p = counterexample as { days: DayShape[]; lessonsPerDay: number[]; notHeld: number[]; asOf: number; birthDate: string | null };
    const marks = marksOf(p.days, p.lessonsPerDay, p.notHeld);
    const asOf = DAYS[p.asOf] as string;
    for (const policy of POLICIES) {
      const expected = evaluatePolicy(policy, { marks, calendar: CALENDAR, asOf, birthDate: p.birthDate });
      const columns = columnsFromMarks(marks, asOf, needsSubjects(policy));
      expect(evaluateColumns(policy, { columns, calendar: CALENDAR, asOf, birthDate: p.birthDate })).toEqual(expected);
    }
  });

  it('reads the same columns straight from a stored pupil year as from the marks', () => {
    fc.assert(
      fc.property(pupilArb, (p) => {
        const marks = marksOf(p.days, p.lessonsPerDay, p.notHeld);
        const asOf = p.asOf < DAYS.length ? (DAYS[p.asOf] as string) : '2027-03-05';
        const record = encodePupilYear(CALENDAR.startYear, marks.filter((m) => m.lessonStatus === 'held'));
        const codes = new Map(SUBJECTS.map((code) => [`subject-${code}`, code]));
        const fromRecord = columnsFromPupilYear(CALENDAR.startYear, record, asOf, codes);
        const fromMarks = columnsFromMarks(marks, asOf, true);
        expect({ ...fromRecord, subjects: null }).toEqual({ ...fromMarks, subjects: null });
        const bySubject = (c: typeof fromMarks) => [...(c.subjects?.values() ?? [])].sort((a, b) => (a.subjectId < b.subjectId ? -1 : 1));
        expect(bySubject(fromRecord)).toEqual(bySubject(fromMarks));
      }),
      { numRuns: 40 },
    );
  });

  it('gives nothing for a pupil without marks, and refuses columns without subjects for a rule judged per subject', () => {
    const policy = getPreset('troms-vgs');
    expect(evaluateColumns(policy, { columns: columnsFromMarks([], '2026-11-01', true), calendar: CALENDAR, asOf: '2026-11-01' })).toEqual([]);
    expect(() => evaluateColumns(policy, { columns: columnsFromMarks([], '2026-11-01', false), calendar: CALENDAR, asOf: '2026-11-01' })).toThrow(/per subject/);
  });
});
