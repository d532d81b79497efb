// Data for the overview's tests and browser test: concerns as the rules
// would have raised them, and pupil years of marks written straight into
// pupil_year_marks, so a test says how many pupils were over which rule
// when, and how much absence each school had, without judging anything.
import type { Database } from '../../src/server/db/client.js';
import { encodePupilYear, type HeldMark } from '../../src/domain/figures/pupil-year-codec.js';
import { savePupilYears } from '../../src/server/db/repositories/pupil-years.js';
import { CaseLog } from '../../src/domain/followup/test-case.js';
import { addDaysTo } from '../../src/domain/school-calendar.js';
import { agreementContentSchema, type AgreementContent } from '../../src/contracts/followup-agreement.js';

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

/**
 * An open case on the Lyngen staircase, opened on `openedOn`, with a
 * collaboration agreement for each entry: its first version made on
 * `madeOn` with one measure for each id (null: a measure written freely).
 */
export async function insertCaseWithAgreements(
  database: Database,
  c: { ownerId: string; schoolId: string; pupilId: string; byUserId: string; openedOn: string; agreements: readonly { madeOn: string; measureIds: readonly (string | null)[] }[] },
) {
  const log = new CaseLog('lyngen').openFromConcern(c.openedOn);
  const [row] = await database.query<{ id: string }>(
    `insert into followup_cases (owner_id, school_id, pupil_id, staircase_id, staircase_version, staircase, status, current_step_id, opened_by, opened_at)
     values ($1, $2, $3, 'lyngen', $4, $5::jsonb, 'open', 'samtale', $6, $7) returning id`,
    [c.ownerId, c.schoolId, c.pupilId, log.staircase.version, JSON.stringify(log.staircase), c.byUserId, `${c.openedOn}T10:00:00Z`],
  );
  const opened = { ...log.events[0]!, pupilId: c.pupilId, by: c.byUserId };
  await database.query(`insert into case_events (case_id, seq, owner_id, event_id, type, at, recorded_by, payload) values ($1, 1, $2, $3, 'caseOpened', $4, $5, $6::jsonb)`, [
    row!.id,
    c.ownerId,
    opened.id,
    opened.at,
    c.byUserId,
    JSON.stringify(opened),
  ]);
  for (const agreement of c.agreements) {
    const [made] = await database.query<{ id: string }>(`insert into case_agreements (case_id, owner_id, created_by, created_at) values ($1, $2, $3, $4) returning id`, [
      row!.id,
      c.ownerId,
      c.byUserId,
      `${agreement.madeOn}T15:00:00Z`,
    ]);
    const content: AgreementContent = {
      madeOn: agreement.madeOn,
      present: [{ name: 'Kari Kontakt', role: 'contactTeacher' }],
      goal: 'Eleven kommer på skolen hver dag.',
      subGoals: [],
      measures: agreement.measureIds.map((measureId, i) => ({
        id: `m${i + 1}`,
        party: 'school' as const,
        text: measureId ?? 'Et tiltak skrevet fritt',
        ...(measureId === null ? {} : { measureId }),
        responsible: 'Kari Kontakt',
      })),
      evaluationOn: addDaysTo(agreement.madeOn, 21),
    };
    await database.query(
      `insert into case_agreement_versions (agreement_id, number, owner_id, kind, content, created_by, created_at) values ($1, 1, $2, 'made', $3::jsonb, $4, $5)`,
      [made!.id, c.ownerId, JSON.stringify(agreementContentSchema.parse(content)), c.byUserId, `${agreement.madeOn}T15:00:00Z`],
    );
  }
  return row!.id;
}
