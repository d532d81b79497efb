import type { Queryable } from '../client.js';
import type { CalendarHoliday, CalendarTerm, HolidayKind, SchoolCalendar } from '../../../domain/school-calendar.js';

interface CalendarRow extends Record<string, unknown> {
  school_id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  terms: CalendarTerm[] | null;
  holidays: { name: string; kind: HolidayKind; startsOn: string; endsOn: string }[] | null;
}

/**
 * The school years that hold the day (or the latest begun before it) of each
 * school, as the domain's SchoolCalendar. A school without both terms has no
 * calendar the rules can judge by, and is left out.
 */
export async function schoolCalendarsOn(db: Queryable, schoolIds: readonly string[], day: string): Promise<Map<string, SchoolCalendar>> {
  if (schoolIds.length === 0) return new Map();
  const rows = await db.query<CalendarRow>(
    `select distinct on (y.school_id) y.school_id, y.name, y.starts_on, y.ends_on,
            (select json_agg(json_build_object('name', t.name, 'kind', t.kind, 'startsOn', t.starts_on, 'endsOn', t.ends_on) order by t.starts_on)
               from terms t where t.school_year_id = y.id) as terms,
            (select json_agg(json_build_object('name', h.name, 'kind', h.kind, 'startsOn', h.starts_on, 'endsOn', h.ends_on) order by h.starts_on)
               from holidays h where h.school_year_id = y.id) as holidays
       from school_years y
      where y.school_id = any($1::uuid[]) and y.starts_on <= $2::date
      order by y.school_id, (y.ends_on >= $2::date) desc, y.starts_on desc`,
    [schoolIds, day],
  );
  const calendars = new Map<string, SchoolCalendar>();
  for (const row of rows) {
    const autumn = row.terms?.find((t) => t.kind === 'autumn');
    const spring = row.terms?.find((t) => t.kind === 'spring');
    if (!autumn || !spring) continue;
    calendars.set(row.school_id, {
      name: row.name,
      startYear: Number(row.starts_on.slice(0, 4)),
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      terms: [autumn, spring],
      holidays: (row.holidays ?? []) as CalendarHoliday[],
    });
  }
  return calendars;
}
