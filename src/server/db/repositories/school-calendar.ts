// A school's school year as the domain's SchoolCalendar: its days, its two
// terms and its holidays, for the detectors that count school days and
// holidays (patterns) and the pupil's calendar.
import type { Queryable } from '../client.js';
import type { CalendarHoliday, CalendarTerm, HolidayKind, SchoolCalendar } from '../../../domain/school-calendar.js';

interface YearRow extends Record<string, unknown> {
  name: string;
  starts_on: string;
  ends_on: string;
  terms: { name: string; kind: 'autumn' | 'spring'; startsOn: string; endsOn: string }[] | null;
  holidays: { name: string; kind: HolidayKind; startsOn: string; endsOn: string }[] | null;
}

/** The school year holding the day (or the latest begun before it); null when the school has none. */
export async function schoolYearCalendar(db: Queryable, schoolId: string, day: string): Promise<SchoolCalendar | null> {
  const rows = await db.query<YearRow>(
    `select y.name, y.starts_on, y.ends_on,
            (select json_agg(json_build_object('name', t.name, 'kind', t.kind, 'startsOn', t.starts_on, 'endsOn', t.ends_on) order by t.starts_on)
               from terms t where t.school_year_id = y.id) as terms,
            (select json_agg(json_build_object('name', h.name, 'kind', h.kind, 'startsOn', h.starts_on, 'endsOn', h.ends_on) order by h.starts_on)
               from holidays h where h.school_year_id = y.id) as holidays
       from school_years y
      where y.school_id = $1 and y.starts_on <= $2::date
      order by (y.ends_on >= $2::date) desc, y.starts_on desc limit 1`,
    [schoolId, day],
  );
  const row = rows[0];
  if (!row) return null;
  const term = (kind: 'autumn' | 'spring', startsOn: string, endsOn: string): CalendarTerm => {
    const found = row.terms?.find((t) => t.kind === kind);
    return found ? { name: found.name, kind, startsOn: found.startsOn, endsOn: found.endsOn } : { name: kind, kind, startsOn, endsOn };
  };
  // A year stored without its terms is one term to the domain: the whole year, twice.
  return {
    name: row.name,
    startYear: Number(row.starts_on.slice(0, 4)),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    terms: [term('autumn', row.starts_on, row.ends_on), term('spring', row.starts_on, row.ends_on)],
    holidays: (row.holidays ?? []).map((h): CalendarHoliday => ({ name: h.name, kind: h.kind, startsOn: h.startsOn, endsOn: h.endsOn })),
  };
}

/** Staff names by user id, for patterns that name a teacher. */
export async function staffNames(db: Queryable, ownerId: string, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.query<{ id: string; given_name: string; family_name: string }>(
    'select id, given_name, family_name from users where owner_id = $1 and id = any($2::uuid[])',
    [ownerId, userIds],
  );
  return new Map(rows.map((r) => [r.id, `${r.given_name} ${r.family_name}`]));
}
