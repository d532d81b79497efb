// One pupil's school year so far, prepared once for all the detectors: the
// pupil's days (the figures module's day table), what kind of absence each
// day holds, and the single-lesson absence per subject, teacher and place in
// the day. One pass over the marks, then one over the days.
//
// Absence occasions, the unit of the day-level comparisons (weekday, after
// holidays, rising): a day absent the whole day, or from at least half of its
// lessons. A run of whole days in a row (a cold, a long illness) is one
// occasion, counted on its first day; the days after it in the run are left
// out of those comparisons altogether. Otherwise one illness of a week would
// look like a rise after a holiday, or like five weekdays at once. A day with
// a lesson or two missed is not an occasion: single lessons are for the
// subject, teacher and lesson-level detectors.
import { DayTable, isWholeDayAbsent, leftDuringTheDay, type PupilDay } from '../figures/days.js';
import type { MarkForFigures } from '../figures/types.js';
import { addDaysTo, type CalendarHoliday, type SchoolCalendar } from '../school-calendar.js';
import { dayFactsOf } from '../day-facts.js';
import type { Tally } from '../../contracts/patterns.js';

export const Occasion = {
  /** No absent lesson. */
  None: 0,
  /** Absent from fewer than half of the lessons. */
  FewLessons: 1,
  /** Absent from at least half of the lessons, present at some. */
  MostOfTheDay: 2,
  /** The first day of a run of whole days absent (a run of one is a single day). */
  RunStart: 3,
  /** A later day of a run: no new occasion, and not a day the pupil could have started one. */
  RunContinued: 4,
} as const;

export interface LessonTally extends Tally {
  /** Dates with an absent lesson counted here, in order. */
  dates: string[];
}

export interface SubjectTally extends LessonTally {
  subjectId: string;
  subjectCode: string;
  subjectName: string | null;
}

export interface TeacherTally extends LessonTally {
  teacherId: string;
}

export interface Timeline {
  calendar: SchoolCalendar;
  asOf: string;
  /** The pupil's days with held lessons, in date order, from the start of the school year to `asOf`. */
  days: readonly PupilDay[];
  /** ISO weekday of each day. */
  weekday: Uint8Array;
  /** The Monday of each day's week ('YYYY-MM-DD'). */
  week: readonly string[];
  occasion: Uint8Array;
  /** Absent from the first lessons and present for the rest (the mirror of leaving during the day). */
  missedStart: Uint8Array;
  /** Present first, then absent from the rest (days.ts: leftDuringTheDay). */
  leftEarly: Uint8Array;
  /** Days with at least two held lessons, not absent the whole day: the days a start or an end can be missed. */
  partOfDayDays: number;
  /** Lessons between the first and the last the pupil attended, on days not absent the whole day. */
  middleLessons: Tally;
  /** Single-lesson absence (days not absent the whole day) per subject id. */
  subjects: Map<string, SubjectTally>;
  /** Single-lesson absence per teacher id; lessons without a teacher are in no entry. */
  teachers: Map<string, TeacherTally>;
  /** All single lessons: held and absent on days not absent the whole day. */
  lessons: Tally;
  /** The marks counted, in date and period order. */
  marks: readonly MarkForFigures[];
  /** Each absent single lesson (days not absent the whole day), for telling which patterns describe the same absence. */
  absences: SingleAbsences;
}

/** Where in the day an absent single lesson lies. */
export const DayPart = { Start: 0, Middle: 1, End: 2 } as const;

/** Column by column: one entry per absent single lesson, in date and period order. */
export interface SingleAbsences {
  /** dayIndex * 32 + period: unique per lesson of the pupil. */
  key: number[];
  /** Before the first lesson attended (Start), after the last (End), or between (Middle). */
  part: number[];
  subjectId: string[];
  teacherId: (string | null)[];
}

export const lessonKey = (dayIndex: number, period: number): number => dayIndex * 32 + period;

const byDateAndPeriod = (a: MarkForFigures, b: MarkForFigures) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.period - b.period;

/**
 * The held lessons from the start of the school year to `asOf`, in date and
 * period order. The database and the command give them so already, all held
 * and in the year: then the list is used as it is, neither copied nor sorted.
 */
function marksInOrder(marks: Iterable<MarkForFigures>, from: string, to: string): readonly MarkForFigures[] {
  if (Array.isArray(marks)) {
    const list = marks as readonly MarkForFigures[];
    let usable = true;
    for (let i = 0; i < list.length && usable; i++) {
      const mark = list[i] as MarkForFigures;
      usable = mark.lessonStatus === 'held' && mark.date >= from && mark.date <= to && (i === 0 || byDateAndPeriod(list[i - 1] as MarkForFigures, mark) <= 0);
    }
    if (usable) return list;
  }
  const kept: MarkForFigures[] = [];
  let ordered = true;
  let previous: MarkForFigures | undefined;
  for (const mark of marks) {
    if (mark.lessonStatus !== 'held' || mark.date < from || mark.date > to) continue;
    if (previous !== undefined && byDateAndPeriod(previous, mark) > 0) ordered = false;
    kept.push(mark);
    previous = mark;
  }
  if (!ordered) kept.sort(byDateAndPeriod);
  return kept;
}

function addLesson<T extends LessonTally>(tally: T, absent: boolean, date: string): void {
  tally.of += 1;
  if (absent) {
    tally.absent += 1;
    if (tally.dates[tally.dates.length - 1] !== date) tally.dates.push(date);
  }
}

export function buildTimeline(marks: Iterable<MarkForFigures>, calendar: SchoolCalendar, asOf: string): Timeline {
  const list = marksInOrder(marks, calendar.startsOn, asOf);
  const table = new DayTable();
  const missed: number[] = [];
  const middle: Tally = { absent: 0, of: 0 };
  const lessons: Tally = { absent: 0, of: 0 };
  const subjects = new Map<string, SubjectTally>();
  const teachers = new Map<string, TeacherTally>();
  const absences: SingleAbsences = { key: [], part: [], subjectId: [], teacherId: [] };
  let partOfDayDays = 0;

  for (let start = 0; start < list.length; ) {
    const date = (list[start] as MarkForFigures).date;
    let end = start;
    let day: PupilDay | undefined;
    while (end < list.length && (list[end] as MarkForFigures).date === date) day = table.add(list[end++] as MarkForFigures);
    if (day === undefined) {
      start = end;
      continue;
    }
    let missedStart = 0;
    if (!isWholeDayAbsent(day)) {
      let firstPresent = -1;
      let lastPresent = -1;
      let lastAbsent = -1;
      for (let i = start; i < end; i++) {
        const mark = list[i] as MarkForFigures;
        const absent = mark.status === 'F';
        if (absent) lastAbsent = i;
        else {
          if (firstPresent < 0) firstPresent = i;
          lastPresent = i;
        }
        lessons.of += 1;
        if (absent) lessons.absent += 1;
        let subject = subjects.get(mark.subjectId);
        if (subject === undefined) {
          subject = {
            subjectId: mark.subjectId,
            subjectCode: mark.subjectCode,
            subjectName: mark.subjectName ?? null,
            absent: 0,
            of: 0,
            dates: [],
          };
          subjects.set(mark.subjectId, subject);
        }
        addLesson(subject, absent, date);
        if (mark.teacherId !== null) {
          let teacher = teachers.get(mark.teacherId);
          if (teacher === undefined) {
            teacher = { teacherId: mark.teacherId, absent: 0, of: 0, dates: [] };
            teachers.set(mark.teacherId, teacher);
          }
          addLesson(teacher, absent, date);
        }
      }
      const dayIndex = missed.length;
      for (let i = start; i < end; i++) {
        const mark = list[i] as MarkForFigures;
        if (mark.status !== 'F') continue;
        absences.key.push(lessonKey(dayIndex, mark.period));
        absences.part.push(i < firstPresent ? DayPart.Start : i > lastPresent ? DayPart.End : DayPart.Middle);
        absences.subjectId.push(mark.subjectId);
        absences.teacherId.push(mark.teacherId);
      }
      if (end - start >= 2) {
        partOfDayDays += 1;
        // Absent first, then present for the rest: every absence before the first presence.
        if (lastAbsent >= 0 && lastAbsent < firstPresent) missedStart = 1;
        for (let i = firstPresent + 1; i < lastPresent; i++) {
          middle.of += 1;
          if ((list[i] as MarkForFigures).status === 'F') middle.absent += 1;
        }
      }
    }
    missed.push(missedStart);
    start = end;
  }

  const days = table.days();
  const n = days.length;
  const weekday = new Uint8Array(n);
  const week: string[] = new Array<string>(n);
  const occasion = new Uint8Array(n);
  const leftEarly = new Uint8Array(n);
  let previousWhole = false;
  for (let i = 0; i < n; i++) {
    const day = days[i] as PupilDay;
    const facts = dayFactsOf(day.date);
    weekday[i] = facts.weekday;
    week[i] = facts.monday;
    const whole = isWholeDayAbsent(day);
    occasion[i] = whole
      ? previousWhole
        ? Occasion.RunContinued
        : Occasion.RunStart
      : day.absentLessons === 0
        ? Occasion.None
        : day.absentLessons * 2 >= day.heldLessons
          ? Occasion.MostOfTheDay
          : Occasion.FewLessons;
    leftEarly[i] = leftDuringTheDay(day) ? 1 : 0;
    previousWhole = whole;
  }
  return {
    calendar,
    asOf,
    days,
    weekday,
    week,
    occasion,
    missedStart: Uint8Array.from(missed),
    leftEarly,
    partOfDayDays,
    middleLessons: middle,
    subjects,
    teachers,
    lessons,
    absences,
    marks: list,
  };
}

/** Whether a day counts in the comparisons of occasions (see the head of this file). */
export const isEligible = (t: Timeline, i: number): boolean => t.occasion[i] !== Occasion.RunContinued;
export const isOccasion = (t: Timeline, i: number): boolean =>
  t.occasion[i] === Occasion.MostOfTheDay || t.occasion[i] === Occasion.RunStart;

// A break is a holiday of at least three weekdays: the autumn and winter
// breaks, Christmas, Easter. A single public holiday or planning day is not
// something to come back from.
const breaksOf = new WeakMap<SchoolCalendar, CalendarHoliday[]>();

function weekdaysIn(holiday: CalendarHoliday): number {
  let count = 0;
  for (let d = holiday.startsOn; d <= holiday.endsOn; d = addDaysTo(d, 1)) if (dayFactsOf(d).weekday <= 5) count++;
  return count;
}

export function breaksIn(calendar: SchoolCalendar): readonly CalendarHoliday[] {
  let breaks = breaksOf.get(calendar);
  if (breaks === undefined) {
    breaks = calendar.holidays.filter((h) => weekdaysIn(h) >= 3).sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1));
    breaksOf.set(calendar, breaks);
  }
  return breaks;
}

/** Index of the first day on or after `date` (days.length when none). */
export function firstDayAtOrAfter(t: Timeline, date: string): number {
  let lo = 0;
  let hi = t.days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((t.days[mid] as PupilDay).date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
