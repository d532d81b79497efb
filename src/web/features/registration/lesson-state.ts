import type { LessonSummary, MarkStatus } from '../../../contracts/attendance';
import { REGISTRATION_OPENS_MINUTES_BEFORE_START as OPENS_MINUTES_BEFORE_START } from '../../../domain/registration';
import { shortTime } from './dates';

/** Where a lesson stands for the teacher: registered, not held, waiting for registration, or not begun. */
export type LessonState = 'registered' | 'notHeld' | 'due' | 'upcoming';

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function lessonState(lesson: Pick<LessonSummary, 'date' | 'startsAt' | 'status' | 'registeredAt'>, now: { date: string; time: string }): LessonState {
  if (lesson.status === 'not_held') return 'notHeld';
  if (lesson.registeredAt) return 'registered';
  if (lesson.date < now.date) return 'due';
  if (lesson.date > now.date) return 'upcoming';
  return minutesOf(now.time) >= minutesOf(shortTime(lesson.startsAt)) - OPENS_MINUTES_BEFORE_START ? 'due' : 'upcoming';
}

/** When registration opens: 'HH:MM', a quarter before the start. */
export function opensAt(startsAt: string): string {
  const minutes = Math.max(0, minutesOf(shortTime(startsAt)) - OPENS_MINUTES_BEFORE_START);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The keys M, F, S, O, in the order the buttons show them. */
export const markStatuses: readonly MarkStatus[] = ['M', 'F', 'S', 'O'];

export function isMarkStatus(value: string): value is MarkStatus {
  return (markStatuses as readonly string[]).includes(value);
}
