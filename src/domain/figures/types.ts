// The input of the absence figures: one mark per pupil per lesson, already
// joined with its lesson. Kept apart from the calculations so that the
// day-level helpers and the figures share one definition without a cycle.

/** M present (møtt), F absent (fravær), S late (sen), O organised study or other school activity. */
export type MarkStatus = 'M' | 'F' | 'S' | 'O';

/** A lesson is 'planned' until a teacher registers it, then 'held' or 'not_held'. */
export type LessonStatus = 'held' | 'not_held' | 'planned';

/** Reported means by the guardians or the pupil (self-report); documented means a note or granted leave. */
export type Documentation = 'undocumented' | 'reported' | 'documented';

/** From least to best documented: a whole day is only as documented as its least documented lesson. */
export const DOCUMENTATION_STATES: readonly Documentation[] = ['undocumented', 'reported', 'documented'];

/**
 * One pupil's mark for one lesson the pupil was expected at.
 *
 * Preconditions the calculations rely on rather than check, because they run
 * over a whole school's year of marks: at most one mark per lesson, `date` is a
 * 'YYYY-MM-DD' string (as the database `date` column gives it), and all marks
 * passed in one call belong to the same pupil (see `computeFiguresForPupils`
 * for many pupils).
 */
export interface MarkForFigures {
  /** The lesson's id where the caller knows it; the figures do not need it. */
  lessonId?: number;
  /** 'YYYY-MM-DD'. Compared and sliced as a string; never parsed. */
  date: string;
  /** The lesson's period in the day (1-16); orders the lessons of a day. */
  period: number;
  subjectId: string;
  subjectCode: string;
  subjectName?: string;
  teacherId: string | null;
  lessonStatus: LessonStatus;
  durationMinutes: number;
  status: MarkStatus;
  /** Set for S marks; null otherwise. */
  minutesLate: number | null;
  documentation: Documentation;
  reasonCode: string | null;
}

/** A span of dates, both ends included: a term, the school year so far, a month. */
export interface FiguresWindow {
  /** 'YYYY-MM-DD', included. */
  from: string;
  /** 'YYYY-MM-DD', included. */
  to: string;
  label?: string;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Windows are checked once per call (marks are not, see `MarkForFigures`):
 * a bound such as '2026-9-1' would still compare as a string, silently
 * taking the wrong marks in or out.
 */
export function assertWindow(window: FiguresWindow): void {
  if (!ISO_DATE.test(window.from) || !ISO_DATE.test(window.to)) {
    throw new RangeError(`A window needs 'YYYY-MM-DD' dates, got ${window.from} to ${window.to}.`);
  }
  if (window.from > window.to) {
    throw new RangeError(`A window cannot end (${window.to}) before it starts (${window.from}).`);
  }
}

export function isInWindow(date: string, window: FiguresWindow): boolean {
  return date >= window.from && date <= window.to;
}
