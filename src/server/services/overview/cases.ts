// The follow-up cases behind the review and the fidelity figures, read as
// event logs (followup_cases, case_events) and turned into case facts by the
// domain. A database without those tables (one not migrated this far) has
// no cases, and the overview says so instead of showing zeros.
import type { Database } from '../../db/client.js';
import { caseFacts, type CaseFacts } from '../../../domain/overview/index.js';
import { getStaircasePreset, isStaircasePresetId, parseStaircase, type Staircase } from '../../../domain/followup/index.js';
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
    // The staircase the case was opened on, as stored with it; the preset of that id if it will not read.
    const key = `${opened.staircaseId}|${opened.staircaseVersion}`;
    let staircase = staircases.get(key);
    if (staircase === undefined) {
      const stored = parseStaircase(row.staircase);
      staircases.set(key, (staircase = stored.ok ? stored.staircase : staircaseOf(opened.staircaseId)));
    }
    if (!staircase) continue;
    try {
      facts.push(caseFacts({ id: row.case_id, schoolId: row.school_id, className: row.class_name, events: row.events }, staircase, { today, ...(calendarFor ? { calendarFor } : {}) }));
      pupils.set(row.case_id, row);
    } catch {
      // A stored log always replays (the writes check each event); one that does not is left out rather than failing the whole overview.
    }
  }
  return { available: true, facts, pupils };
}
