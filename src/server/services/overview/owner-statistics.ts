// The owner's statistics: absence by school, stage and month; the share of
// pupils over each rule; the cases and how they ended; attendance around the
// main kinds of measures. Every pupil year of the owner is read once and
// reduced to monthly numbers as it is read (month-tally.ts counts the
// lessons off the text without decoding one), so a county of 30,000 pupils fits the bench's two seconds.
// The measures read only the pupils with an agreement this school year: their
// agreements' first versions, then their years by primary key, counted day
// by day the same way (so «present» means here what it means in the absence
// shares). Only aggregates leave this file, suppressed (domain
// suppression.ts): no pupil's name or id is in the response, and the tests say so.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import type { Actor } from '../../../domain/access.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import { schoolYearStartYearFor } from '../../../domain/school-calendar.js';
import { dayNumberOf, monthIndexByDay, tallyDays, tallyMonths, type DayTally } from '../../../domain/overview/month-tally.js';
import {
  absenceStatistics,
  caseOutcomes,
  MEASURE_SPAN_DAYS,
  measureEffects,
  measureObservations,
  MIN_COUNT,
  OWN_MEASURES,
  monthOf,
  ruleShares,
  schoolYearMonths,
  isSmall,
  stageOf,
  type PupilTally,
} from '../../../domain/overview/index.js';
import type { OwnerStatistics } from '../../../contracts/overview.js';
import * as repo from '../../db/repositories/overview.js';
import { audit } from '../audit.js';
import { requireOwnerAnalyst } from './school-access.js';
import { loadCaseFacts } from './cases.js';
import { getMeasureBank } from '../../../domain/followup/index.js';
import { ensureFresh } from '../pupil-years.js';

const PAGE = 2000;

/** Each pupil's held and absent lessons month by month, with the pupil's school and stage; the ids stay here. */
async function tallies(database: Database, ownerId: string, startYear: number, today: string, months: readonly string[]): Promise<PupilTally[]> {
  const grades = new Map((await repo.pupilGrades(database, ownerId, today)).map((g) => [g.pupil_id, g]));
  const monthOfDay = monthIndexByDay(startYear, months);
  const untilDay = dayNumberOf(startYear, today);
  const result: PupilTally[] = [];
  let page = repo.pupilYearDaysPage(database, ownerId, startYear, null, PAGE);
  for (;;) {
    const rows = await page;
    if (rows.length === 0) break;
    // The next page is read while this one is counted.
    page = repo.pupilYearDaysPage(database, ownerId, startYear, rows[rows.length - 1]!.pupil_id, PAGE);
    for (const row of rows) {
      const pupil = grades.get(row.pupil_id);
      if (!pupil) continue;
      const held = new Array<number>(months.length).fill(0);
      const absent = new Array<number>(months.length).fill(0);
      tallyMonths(row.days, monthOfDay, untilDay, held, absent);
      result.push({ schoolId: pupil.school_id, stage: stageOf(pupil.grade), months: months.map((month, i) => ({ month, held: held[i]!, absent: absent[i]! })) });
    }
  }
  return result;
}

/**
 * Attendance before and after each kind of measure, from the agreements made
 * this school year (domain measure-observations.ts says which count). Kinds
 * in the bank's order, own measures last; figures of kinds with fewer than
 * MIN_COUNT pupils hidden.
 */
async function measureStatistics(database: Database, ownerId: string, startYear: number, today: string): Promise<{ agreements: number; measures: OwnerStatistics['measures'] }> {
  const agreements = await repo.agreementsMadeBetween(database, ownerId, `${startYear}-08-01`, today);
  const pupilIds = [...new Set(agreements.map((a) => a.pupil_id))];
  // The before window may reach into the year before; the after window ends yesterday, so today's half-registered day is not in it.
  await ensureFresh(database, pupilIds);
  const years = pupilIds.length === 0 ? [] : await repo.pupilYearDaysOf(database, ownerId, pupilIds, [startYear - 1, startYear]);
  const days = new Map<string, DayTally[]>();
  for (const row of [...years].sort((a, b) => a.start_year - b.start_year)) {
    const list = days.get(row.pupil_id) ?? [];
    list.push(...tallyDays(row.start_year, row.days, dayNumberOf(row.start_year, today)));
    days.set(row.pupil_id, list);
  }
  const bank = getMeasureBank();
  const categoryOf = new Map(bank.measures.map((m) => [m.id, m.category]));
  const observations = measureObservations(
    agreements.map((a) => ({ pupil: a.pupil_id, madeOn: a.made_on, measureIds: a.measure_ids })),
    categoryOf,
    (pupil) => days.get(pupil) ?? [],
    MEASURE_SPAN_DAYS,
  );
  const order = new Map<string, number>(bank.categories.map((c, i) => [c.id, i]));
  const names = new Map(bank.categories.map((c) => [c.id, c.name]));
  const rank = (kind: string) => (kind === OWN_MEASURES ? bank.categories.length : (order.get(kind) ?? bank.categories.length + 1));
  const measures = measureEffects(observations)
    .sort((a, b) => rank(a.kind) - rank(b.kind))
    .map((m) => ({ ...m, name: names.get(m.kind) ?? null, cases: m.cases < MIN_COUNT ? null : m.cases }));
  return { agreements: agreements.length, measures };
}

export async function getOwnerStatistics(database: Database, clock: Clock, actor: Actor): Promise<OwnerStatistics> {
  requireOwnerAnalyst(actor);
  const today = schoolTimeOf(clock.now()).date;
  const startYear = schoolYearStartYearFor(today);
  const months = schoolYearMonths(startYear).filter((m) => m <= monthOf(today));
  const schools = await repo.ownerSchools(database, actor.ownerId, today);
  const schoolIds = schools.map((s) => s.id);
  const [counts, pupilTallies, cases, measures] = await Promise.all([
    repo.ruleSchoolCounts(database, actor.ownerId, `${startYear}-08-01`),
    tallies(database, actor.ownerId, startYear, today, months),
    loadCaseFacts(database, schoolIds, today),
    measureStatistics(database, actor.ownerId, startYear, today),
  ]);
  const rules = [...new Map(counts.map((c) => [c.rule_id, { id: c.rule_id, name: c.rule_name }])).values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const shares = ruleShares(
    schools.map((s) => ({ schoolId: s.id, pupils: s.pupils })),
    rules,
    counts.map((c) => ({ ruleId: c.rule_id, schoolId: c.school_id, pupils: c.pupils })),
  );
  const outcomes = caseOutcomes(schoolIds, cases.facts.map((f) => ({ schoolId: f.schoolId, status: f.status, reason: f.closing?.reason ?? null })));
  await audit(database, actor, [{ action: 'read', entity: 'owner_statistics', reason: 'owner_statistics', details: { schools: schools.length, pupils: pupilTallies.length, agreements: measures.agreements } }]);
  return {
    asOf: today,
    schoolYear: `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`,
    minCount: MIN_COUNT,
    schools: schools.map((s) => ({ id: s.id, name: s.name, pupils: isSmall(s.pupils) ? null : s.pupils })),
    months,
    absence: absenceStatistics(pupilTallies, months),
    rules: shares.map((r) => ({ ruleId: r.ruleId, ruleName: r.ruleName, schools: r.schools, total: r.total })),
    casesAvailable: cases.available,
    cases: {
      columns: [...outcomes.columns],
      rows: schoolIds.map((schoolId, i) => ({ schoolId, cells: outcomes.table.cells[i]!, total: outcomes.table.rowTotals[i] ?? null })),
      totals: outcomes.table.columnTotals,
      total: outcomes.table.total,
    },
    measureSpanDays: MEASURE_SPAN_DAYS,
    measures: measures.measures,
  };
}

