// Expands the weekly timetable over the school year's days up to two weeks
// after the demo date. Lessons before the demo date were held and registered;
// on the demo date itself the morning is registered and the rest still
// planned; after it everything is planned.
import { addDaysTo, isoWeekday, schoolDays } from '../../domain/school-calendar.js';
import type { PlannedSchool, WeeklyLesson } from './demo-plan.js';
import { addMinutesToTime, osloTimestamp } from './oslo-time.js';
import type { Random } from './random.js';

export type LessonStatus = 'planned' | 'held' | 'not_held';

export interface ScheduledLesson {
  groupId: string;
  subjectId: string;
  subjectCode: string;
  teacherId: string;
  date: string;
  period: number;
  startsAt: string;
  endsAt: string;
  status: LessonStatus;
  /** When the teacher registered the lesson (ten minutes in); null while planned. */
  registeredAt: string | null;
}

/** The demo date is seen as a school day just before lunch. */
export const AS_OF_TIME = '11:45';
export const PLANNED_AHEAD_DAYS = 14;
/** Teacher ill and no substitute, a trip, an exam day: a few lessons are not held. */
const NOT_HELD_SHARE = 0.004;

export function scheduleLessons(school: PlannedSchool, asOf: string, random: Random, asOfTime = AS_OF_TIME): ScheduledLesson[] {
  const byWeekday = new Map<number, WeeklyLesson[]>();
  for (const lesson of school.weekly) {
    const list = byWeekday.get(lesson.weekday);
    if (list) list.push(lesson);
    else byWeekday.set(lesson.weekday, [lesson]);
  }
  // Stable by period within the plan's own order: ids are random, so they must not decide.
  for (const list of byWeekday.values()) list.sort((a, b) => a.period - b.period);

  const lessons: ScheduledLesson[] = [];
  for (const date of schoolDays(school.calendar, undefined, addDaysTo(asOf, PLANNED_AHEAD_DAYS))) {
    for (const weekly of byWeekday.get(isoWeekday(date)) ?? []) {
      const time = school.definition.periodTimes[weekly.period - 1];
      if (!time) throw new Error(`No bell times for period ${weekly.period} at ${school.definition.school.name}.`);
      const past = date < asOf || (date === asOf && time.endsAt <= asOfTime);
      const status: LessonStatus = !past ? 'planned' : random.chance(NOT_HELD_SHARE) ? 'not_held' : 'held';
      lessons.push({
        groupId: weekly.groupId,
        subjectId: weekly.subjectId,
        subjectCode: weekly.subjectCode,
        teacherId: weekly.teacherId,
        date,
        period: weekly.period,
        startsAt: time.startsAt,
        endsAt: time.endsAt,
        status,
        registeredAt: past ? osloTimestamp(date, addMinutesToTime(time.startsAt, 10)) : null,
      });
    }
  }
  return lessons;
}
