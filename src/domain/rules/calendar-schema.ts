// A school year as a JSON file, for checking an export against the school's
// own calendar rather than the typical year src/domain/school-calendar.ts
// builds: municipalities move the autumn break and the planning days.
import { z } from 'zod';
import { readJsonText } from './json-text.js';
import { describeIssues, type PolicyProblem } from './parse-policy.js';
import type { CalendarHoliday, HolidayKind, SchoolCalendar } from '../school-calendar.js';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isRealDate = (text: string) => {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
};
const date = z
  .string({ error: 'must be a date as "YYYY-MM-DD"' })
  .regex(ISO_DATE, { error: 'must be a date as "YYYY-MM-DD"' })
  .refine(isRealDate, { error: 'is not a day in the calendar' });
const name = z.string({ error: 'must be a text' }).trim().min(1, { error: 'must not be empty' }).max(200);

const HOLIDAY_KINDS = ['autumn_break', 'christmas', 'winter_break', 'easter', 'public_holiday', 'planning_day', 'other'] as const satisfies readonly HolidayKind[];

const span = { name, startsOn: date, endsOn: date };

export const calendarFileSchema = z
  .strictObject({
    name: name.optional(),
    startsOn: date,
    endsOn: date,
    /** Autumn, then spring. */
    terms: z.tuple([z.strictObject(span), z.strictObject(span)], { error: 'must be a list of the two terms, autumn then spring' }),
    holidays: z
      .array(z.strictObject({ ...span, kind: z.enum(HOLIDAY_KINDS, { error: `must be one of: ${HOLIDAY_KINDS.join(', ')}` }).optional() }))
      .default([]),
  })
  .superRefine((file, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (file.endsOn < file.startsOn) issue(['endsOn'], 'must not be before startsOn');
    file.terms.forEach((term, i) => {
      if (term.endsOn < term.startsOn) issue(['terms', i, 'endsOn'], 'must not be before startsOn');
      if (term.startsOn < file.startsOn || term.endsOn > file.endsOn) issue(['terms', i], 'must lie inside the school year');
    });
    if (file.terms[1].startsOn <= file.terms[0].endsOn) issue(['terms', 1, 'startsOn'], 'must be after the autumn term ends');
    file.holidays.forEach((holiday, i) => {
      if (holiday.endsOn < holiday.startsOn) issue(['holidays', i, 'endsOn'], 'must not be before startsOn');
    });
  });

export type CalendarResult = { ok: true; calendar: SchoolCalendar } | { ok: false; problems: PolicyProblem[] };

/** A checked calendar file as the school calendar the rules use. */
export function parseCalendar(input: unknown): CalendarResult {
  const result = calendarFileSchema.safeParse(input);
  if (!result.success) return { ok: false, problems: describeIssues(result.error.issues, input) };
  const file = result.data;
  const startYear = Number(file.startsOn.slice(0, 4));
  const holidays: CalendarHoliday[] = file.holidays
    .map((h) => ({ name: h.name, kind: h.kind ?? 'other', startsOn: h.startsOn, endsOn: h.endsOn }))
    .sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  const [autumn, spring] = file.terms;
  return {
    ok: true,
    calendar: {
      name: file.name ?? `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`,
      startYear,
      startsOn: file.startsOn,
      endsOn: file.endsOn,
      terms: [
        { name: autumn.name, kind: 'autumn', startsOn: autumn.startsOn, endsOn: autumn.endsOn },
        { name: spring.name, kind: 'spring', startsOn: spring.startsOn, endsOn: spring.endsOn },
      ],
      holidays,
    },
  };
}

export function parseCalendarJson(text: string): CalendarResult {
  const read = readJsonText(text);
  if (!read.ok) return { ok: false, problems: [{ path: '', message: read.reason, line: read.line, column: read.column }] };
  return parseCalendar(read.value);
}
