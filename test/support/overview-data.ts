// Data for the overview's tests and browser test: concerns as the rules
// would have raised them, and pupil years of marks written straight into
// pupil_year_marks, so a test says how many pupils were over which rule
// when, and how much absence each school had, without judging anything.
import type { Database } from '../../src/server/db/client.js';
import { encodePupilYear, type HeldMark } from '../../src/domain/figures/pupil-year-codec.js';
import { savePupilYears } from '../../src/server/db/repositories/pupil-years.js';

export async function insertConcern(
  database: Database,
  c: { ownerId: string; schoolId: string; pupilId: string; ruleId: string; ruleName: string; raisedOn: string; windowTo?: string; holds?: boolean },
) {
  await database.query(
    `insert into concerns (owner_id, school_id, pupil_id, key, rule_id, rule_name, policy_version, measure, level, approaching, comparison,
                           threshold, value, base, current_value, window_kind, window_from, window_to, window_until, evidence, notify, due_by,
                           raised_on, evaluated_on, holds)
     values ($1, $2, $3, $4, $5, $6, 1, 'absencePercent', 'concern', false, 'atLeast', 10, 11, 200, 11, 'term', '2026-08-17', $7, $7,
             '{2026-09-01}', '{contactTeacher}', $8, $8, $8, $9)`,
    [c.ownerId, c.schoolId, c.pupilId, `${c.ruleId}|term|${c.raisedOn}`, c.ruleId, c.ruleName, c.windowTo ?? '2026-12-18', c.raisedOn, c.holds ?? true],
  );
}

/** School days of the autumn from 17 August to 20 November 2026, the autumn break left out. */
export function autumnDays(): string[] {
  const days: string[] = [];
  for (let d = new Date('2026-08-17T12:00:00Z'); d <= new Date('2026-11-20T12:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
    const date = d.toISOString().slice(0, 10);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !(date >= '2026-09-28' && date <= '2026-10-02')) days.push(date);
  }
  return days;
}

/** Writes each pupil's year: `lessons` held a day, absent from the first `absentOf(date)` of them. */
export async function writePupilYears(database: Database, subjectId: string, pupils: readonly { id: string; absentOf: (date: string) => number }[], lessons = 4) {
  const days = autumnDays();
  const years = pupils.map((p) => {
    const marks: HeldMark[] = days.flatMap((date) =>
      Array.from({ length: lessons }, (_, i) => ({
        date,
        period: i + 1,
        subjectId,
        teacherId: null,
        durationMinutes: 45,
        status: i < p.absentOf(date) ? ('F' as const) : ('M' as const),
        minutesLate: null,
        documentation: 'undocumented' as const,
        reasonCode: null,
      })),
    );
    return { pupilId: p.id, startYear: 2026, ...encodePupilYear(2026, marks) };
  });
  await database.transaction((tx) => savePupilYears(tx, years, new Date('2026-11-21T02:00:00Z')));
}
