// The follow-up cases behind the review and the fidelity figures, read as
// event logs and turned into case facts by the domain. The cases are stored
// by the follow-up storage; until a database has those tables, there are no
// cases and the overview says so instead of showing zeros.
import type { Database } from '../../db/client.js';
import { caseFacts, type CaseFacts } from '../../../domain/overview/index.js';
import { getStaircasePreset, isStaircasePresetId, type Staircase } from '../../../domain/followup/index.js';
import type { CalendarFor } from '../../../domain/followup/index.js';
import { casesStored, type CaseLogRow } from '../../db/repositories/overview.js';
import { caseLogsOfSchools } from '../../db/repositories/overview-cases.js';

export interface LoadedCases {
  available: boolean;
  facts: CaseFacts[];
  /** Who each case is about, for the leadership's own lists; never in the owner's statistics. */
  pupils: Map<string, Pick<CaseLogRow, 'pupil_id' | 'given_name' | 'family_name' | 'class_name'>>;
}

/** The staircase a case was opened on: the preset of that id (owners' own staircases are stored with their cases). */
export function staircaseOf(id: string): Staircase | null {
  return isStaircasePresetId(id) ? getStaircasePreset(id) : null;
}

export async function loadCaseFacts(database: Database, schoolIds: readonly string[], today: string, calendarFor?: CalendarFor): Promise<LoadedCases> {
  if (!(await casesStored(database))) return { available: false, facts: [], pupils: new Map() };
  const rows = await caseLogsOfSchools(database, schoolIds, today);
  const facts: CaseFacts[] = [];
  const pupils: LoadedCases['pupils'] = new Map();
  const staircases = new Map<string, Staircase | null>();
  for (const row of rows) {
    const opened = row.events[0];
    if (opened?.type !== 'caseOpened') continue;
    let staircase = staircases.get(opened.staircaseId);
    if (staircase === undefined) staircases.set(opened.staircaseId, (staircase = staircaseOf(opened.staircaseId)));
    if (!staircase) continue;
    facts.push(caseFacts({ id: row.case_id, schoolId: row.school_id, className: row.class_name, events: row.events }, staircase, { today, ...(calendarFor ? { calendarFor } : {}) }));
    pupils.set(row.case_id, row);
  }
  return { available: true, facts, pupils };
}
