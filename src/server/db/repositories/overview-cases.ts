// The follow-up cases' event logs, read for the overview. Kept apart from the
// rest of the overview's queries because it reads the follow-up storage's
// tables, which come with that storage.
import type { Queryable } from '../client.js';
import type { CaseLogRow } from './overview.js';

/** Every case of the schools with its events in order, the pupil and the pupil's class on `day`. */
export async function caseLogsOfSchools(_db: Queryable, _schoolIds: readonly string[], _day: string): Promise<CaseLogRow[]> {
  // Filled in when the follow-up storage is on main: its tables are not in this database's schema yet.
  return [];
}
