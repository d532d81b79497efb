// What every import is checked against: the school, the school year it goes
// into, that year's holidays and the school's staff.
import type { Queryable } from '../../db/client.js';
import * as repo from '../../db/repositories/imports.js';
import { isWeekend } from '../../../domain/school-calendar.js';
import { problem, type ImportProblem } from '../../../domain/import/problems.js';

export interface ImportContext {
  school: { id: string; ownerId: string };
  year: { id: string; name: string; startsOn: string; endsOn: string };
  holidays: readonly { name: string; startsOn: string; endsOn: string }[];
  /** Today in Norway. */
  today: string;
  /** By lower-case e-mail. */
  staff: ReadonlyMap<string, { id: string; name: string }>;
}

export async function loadImportContext(
  db: Queryable,
  school: { id: string; ownerId: string },
  today: string,
): Promise<ImportContext | null> {
  const year = await repo.importSchoolYear(db, school.id, today);
  if (!year) return null;
  const [holidays, staff] = await Promise.all([repo.holidaysOf(db, year.id), repo.staffOfSchool(db, school.ownerId, school.id)]);
  return {
    school,
    year: { id: year.id, name: year.name, startsOn: year.starts_on, endsOn: year.ends_on },
    holidays: holidays.map((h) => ({ name: h.name, startsOn: h.starts_on, endsOn: h.ends_on })),
    today,
    staff: new Map(staff.map((s) => [s.email, { id: s.id, name: s.name }])),
  };
}

/** Why a lesson cannot be on this date, if it cannot: outside the school year, a weekend, a holiday. */
export function teachingDayProblem(context: ImportContext, line: number, date: string): ImportProblem | null {
  const { year } = context;
  if (date < year.startsOn || date > year.endsOn) {
    return problem(line, 'date', 'ref.dateOutsideSchoolYear', { year: year.name, from: year.startsOn, to: year.endsOn });
  }
  if (isWeekend(date)) return problem(line, 'date', 'ref.weekend');
  const holiday = context.holidays.find((h) => date >= h.startsOn && date <= h.endsOn);
  return holiday ? problem(line, 'date', 'ref.holiday', { name: holiday.name }) : null;
}

/** The member of staff named by e-mail, or a problem for the row. */
export function staffMember(context: ImportContext, line: number, column: string, email: string) {
  const found = context.staff.get(email);
  return found ? { found } : { problem: problem(line, column, 'ref.unknownTeacher', { value: email }) };
}
