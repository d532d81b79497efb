// A pupil's class and contact teacher are dated rows. When a file names
// another class or contact teacher than the pupil has, the old row ends the
// day before the change and a new one starts; a row that has not started yet
// is simply pointed at the new target. The change takes effect today (or on
// the first day of the school year, when that is later): what was recorded
// for earlier days stays true for those days.
import type { AssignmentChanges, AssignmentRow } from '../../db/repositories/imports.js';
import { dayBefore } from './plan.js';
import type { Outcome } from './summary.js';

export function emptyChanges(): AssignmentChanges {
  return { insert: [], close: [], repoint: [] };
}

/**
 * Plans one pupil's move to `targetId` into `changes`.
 * `from` is when a change takes effect; `firstDay` is where a pupil's very
 * first row starts (the school year's first day, so that attendance from
 * earlier in the year can be imported too).
 */
export function planAssignment(
  changes: AssignmentChanges,
  pupilId: string,
  existing: readonly AssignmentRow[],
  targetId: string,
  dates: { from: string; firstDay: string },
): Outcome {
  const current = existing.filter((row) => row.valid_to === null || row.valid_to >= dates.from);
  if (current.some((row) => row.target_id === targetId)) return 'unchanged';
  const latest = current.at(-1);
  if (!latest) {
    changes.insert.push({ pupilId, targetId, validFrom: existing.length === 0 ? dates.firstDay : dates.from });
    return 'create';
  }
  if (latest.valid_from >= dates.from) {
    changes.repoint.push({ id: latest.id, targetId });
  } else {
    changes.close.push({ id: latest.id, validTo: dayBefore(dates.from) });
    changes.insert.push({ pupilId, targetId, validFrom: dates.from });
  }
  return 'update';
}
