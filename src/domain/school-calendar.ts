// The shape of a Norwegian school year, built from rules instead of a
// municipality's published calendar. Real calendars differ by a day or two
// between municipalities; these rules give the typical year:
//
// - First school day: Monday of ISO week 34 (between 17 and 23 August), or
//   a day or two later, see the 190-day rule below.
// - Last school day: the last weekday on or before 20 June.
// - Autumn break (høstferie): ISO week 40, Monday to Friday.
// - Christmas (juleferie): from the first weekday after the last school day
//   before Christmas (the last weekday on or before 20 December) to the last
//   weekday before the first day back (the first weekday on or after 2 January).
// - Winter break (vinterferie): ISO week 8, Monday to Friday.
// - Easter (påskeferie): Monday of Holy Week (the day after Palm Sunday)
//   through Easter Monday, the usual Norwegian practice.
// - Public holidays on weekdays outside the breaks: 1 May, 17 May, Ascension
//   Day (Easter + 39) and Whit Monday (Easter + 50).
// - Norwegian pupils have 190 school days. When the rules above give more,
//   the Friday after Ascension Day (the usual "inneklemt dag") becomes a
//   planning day, and any further surplus (at most two days) moves the first
//   school day to Tuesday or Wednesday, as if the school used its first days
//   for staff planning; in the rare year with a day still to spare, the year
//   ends a day earlier. Years with fewer days (188-189) are left as they are.
// - The summer holiday belongs to the school year that just ended: a date
//   before Monday of ISO week 34 in year Y belongs to school year Y-1.
//
// Dates are plain 'YYYY-MM-DD' strings throughout; no time zone is involved.
import { addDays, format, getISODay, isValid, parseISO, setISOWeek, startOfISOWeek } from 'date-fns';

export type HolidayKind =
  | 'autumn_break'
  | 'christmas'
  | 'winter_break'
  | 'easter'
  | 'public_holiday'
  | 'planning_day'
  | 'other';

export interface CalendarHoliday {
  /** Norwegian, as shown to users. */
  name: string;
  kind: HolidayKind;
  startsOn: string;
  /** Inclusive. */
  endsOn: string;
}

export interface CalendarTerm {
  name: string;
  kind: 'autumn' | 'spring';
  startsOn: string;
  endsOn: string;
}

export interface SchoolCalendar {
  /** E.g. '2026/27'. */
  name: string;
  startYear: number;
  startsOn: string;
  endsOn: string;
  terms: [CalendarTerm, CalendarTerm];
  /** Sorted by start, never overlapping. */
  holidays: CalendarHoliday[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const toDay = (date: Date): string => format(date, 'yyyy-MM-dd');

/** Whether the text is a real calendar date written YYYY-MM-DD (no 30 February). */
export function isPlainDate(day: string): boolean {
  if (!ISO_DATE.test(day)) return false;
  const date = parseISO(day);
  return isValid(date) && toDay(date) === day;
}

function toDate(day: string): Date {
  if (!isPlainDate(day)) throw new Error(`Not a date in the form YYYY-MM-DD: ${day}`);
  return parseISO(day);
}

/** Adds whole calendar days to a 'YYYY-MM-DD' date. */
export function addDaysTo(day: string, days: number): string {
  return toDay(addDays(toDate(day), days));
}

/** 1 = Monday ... 7 = Sunday. */
export function isoWeekday(day: string): number {
  return getISODay(toDate(day));
}

export const isWeekend = (day: string): boolean => isoWeekday(day) >= 6;

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Monday of the given ISO week. 4 January always lies in ISO week 1. */
export function mondayOfIsoWeek(year: number, week: number): string {
  return toDay(startOfISOWeek(setISOWeek(new Date(year, 0, 4), week)));
}

function lastWeekdayOnOrBefore(day: string): string {
  let current = day;
  while (isWeekend(current)) current = addDaysTo(current, -1);
  return current;
}

function firstWeekdayOnOrAfter(day: string): string {
  let current = day;
  while (isWeekend(current)) current = addDaysTo(current, 1);
  return current;
}

/** Norwegian pupils are entitled to 190 school days a year. */
export const SCHOOL_DAYS_PER_YEAR = 190;

function weekBreak(name: string, kind: HolidayKind, year: number, week: number): CalendarHoliday {
  const monday = mondayOfIsoWeek(year, week);
  return { name, kind, startsOn: monday, endsOn: addDaysTo(monday, 4) };
}

const inside = (day: string, holiday: CalendarHoliday) => day >= holiday.startsOn && day <= holiday.endsOn;

export function norwegianSchoolYear(startYear: number): SchoolCalendar {
  if (!Number.isInteger(startYear) || startYear < 1900 || startYear > 2999) {
    throw new Error(`Not a plausible school year start: ${startYear}`);
  }
  const endYear = startYear + 1;
  const nominalStart = mondayOfIsoWeek(startYear, 34);
  const endsOn = lastWeekdayOnOrBefore(`${endYear}-06-20`);
  const lastAutumnDay = lastWeekdayOnOrBefore(`${startYear}-12-20`);
  const firstSpringDay = firstWeekdayOnOrAfter(`${endYear}-01-02`);
  const easter = easterSunday(endYear);

  const breaks: CalendarHoliday[] = [
    weekBreak('Høstferie', 'autumn_break', startYear, 40),
    {
      name: 'Juleferie',
      kind: 'christmas',
      startsOn: firstWeekdayOnOrAfter(addDaysTo(lastAutumnDay, 1)),
      endsOn: lastWeekdayOnOrBefore(addDaysTo(firstSpringDay, -1)),
    },
    weekBreak('Vinterferie', 'winter_break', endYear, 8),
    { name: 'Påskeferie', kind: 'easter', startsOn: addDaysTo(easter, -6), endsOn: addDaysTo(easter, 1) },
  ];

  const publicHolidays = [
    { name: 'Offentlig høytidsdag (1. mai)', day: `${endYear}-05-01` },
    { name: 'Grunnlovsdagen (17. mai)', day: `${endYear}-05-17` },
    { name: 'Kristi himmelfartsdag', day: addDaysTo(easter, 39) },
    { name: '2. pinsedag', day: addDaysTo(easter, 50) },
  ];
  const holidays = [...breaks];
  for (const { name, day } of publicHolidays) {
    // 17 May can fall on Ascension Day or Whit Monday: one row per day.
    if (isWeekend(day) || holidays.some((holiday) => inside(day, holiday))) continue;
    holidays.push({ name, kind: 'public_holiday', startsOn: day, endsOn: day });
  }
  holidays.sort((a, b) => a.startsOn.localeCompare(b.startsOn));

  const build = (startsOn: string): SchoolCalendar => ({
    name: `${startYear}/${String(endYear % 100).padStart(2, '0')}`,
    startYear,
    startsOn,
    endsOn,
    terms: [
      { name: `Høsthalvåret ${startYear}`, kind: 'autumn', startsOn, endsOn: lastAutumnDay },
      { name: `Vårhalvåret ${endYear}`, kind: 'spring', startsOn: firstSpringDay, endsOn },
    ],
    holidays,
  });

  let surplus = schoolDays(build(nominalStart)).length - SCHOOL_DAYS_PER_YEAR;
  const fridayAfterAscension = addDaysTo(easter, 40);
  if (surplus > 0 && !holidays.some((holiday) => inside(fridayAfterAscension, holiday))) {
    holidays.push({ name: 'Planleggingsdag', kind: 'planning_day', startsOn: fridayAfterAscension, endsOn: fridayAfterAscension });
    holidays.sort((a, b) => a.startsOn.localeCompare(b.startsOn));
    surplus -= 1;
  }
  const startShift = Math.min(Math.max(surplus, 0), 2);
  const calendar = build(addDaysTo(nominalStart, startShift));
  // Rarely (17 May on Ascension Day, 1 May on a weekend) a day is still left over: the year ends a day earlier.
  const days = schoolDays(calendar);
  const lastDay = days[SCHOOL_DAYS_PER_YEAR - 1];
  if (days.length > SCHOOL_DAYS_PER_YEAR && lastDay) {
    calendar.endsOn = lastDay;
    calendar.terms[1].endsOn = lastDay;
  }
  return calendar;
}

/** The holiday a date falls in, if any. */
export function holidayOn(calendar: SchoolCalendar, day: string): CalendarHoliday | undefined {
  return calendar.holidays.find((holiday) => inside(day, holiday));
}

export function isSchoolDay(calendar: SchoolCalendar, day: string): boolean {
  toDate(day);
  return day >= calendar.startsOn && day <= calendar.endsOn && !isWeekend(day) && !holidayOn(calendar, day);
}

/** School days from `from` to `to` (both inclusive, clipped to the school year), in order. */
export function schoolDays(calendar: SchoolCalendar, from?: string, to?: string): string[] {
  const first = from && from > calendar.startsOn ? from : calendar.startsOn;
  const last = to && to < calendar.endsOn ? to : calendar.endsOn;
  const days: string[] = [];
  let date = toDate(first);
  let day = first;
  while (day <= last) {
    if (isSchoolDay(calendar, day)) days.push(day);
    date = addDays(date, 1);
    day = toDay(date);
  }
  return days;
}

/** The start year of the school year a date belongs to; the summer holiday belongs to the year just ended. */
export function schoolYearStartYearFor(day: string): number {
  const year = toDate(day).getFullYear();
  return day >= mondayOfIsoWeek(year, 34) ? year : year - 1;
}
