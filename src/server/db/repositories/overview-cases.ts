// The follow-up cases' event logs, read for the overview: each case with its
// events in order, the staircase it was opened on, the pupil and the
// pupil's class on `day`.
import type { Queryable } from '../client.js';
import type { CaseLogRow } from './overview.js';

export function caseLogsOfSchools(db: Queryable, schoolIds: readonly string[], day: string): Promise<CaseLogRow[]> {
  return db.query<CaseLogRow>(
    `select c.id as case_id, c.school_id, c.pupil_id, p.given_name, p.family_name, c.staircase,
            (select g.name from group_memberships m join groups g on g.id = m.group_id
              where m.pupil_id = c.pupil_id and g.kind = 'class' and m.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date)
              order by m.valid_from desc limit 1) as class_name,
            coalesce((select json_agg(e.payload order by e.seq) from case_events e where e.case_id = c.id), '[]'::json) as events
       from followup_cases c join pupils p on p.id = c.pupil_id
      where c.school_id = any($1::uuid[])`,
    [schoolIds, day],
  );
}
