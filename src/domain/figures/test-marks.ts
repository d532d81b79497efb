// Builders for readable tests of the absence figures: `day('2026-09-07', 'MMFF')`
// is a Monday with four held lessons, present at the first two, absent from the
// last two. Test support only; nothing in the product imports it.
import type { Documentation, MarkForFigures, MarkStatus } from './types.js';

let nextLessonId = 1;

export const NORWEGIAN = { subjectId: 'subj-nor', subjectCode: 'NOR', subjectName: 'Norsk' } as const;
export const MATHS = { subjectId: 'subj-mat', subjectCode: 'MAT', subjectName: 'Matematikk' } as const;

/** One held lesson of 45 minutes in Norwegian; override anything. */
export function mark(
  date: string,
  period: number,
  status: MarkStatus = 'M',
  extra: Partial<MarkForFigures> = {},
): MarkForFigures {
  return {
    lessonId: nextLessonId++,
    date,
    period,
    ...NORWEGIAN,
    teacherId: 'teacher-1',
    lessonStatus: 'held',
    durationMinutes: 45,
    status,
    minutesLate: status === 'S' ? 5 : null,
    documentation: 'undocumented',
    reasonCode: null,
    ...extra,
  };
}

/** A day of held lessons, one letter per period from period 1: M, F, S or O. */
export function day(date: string, statuses: string, extra: Partial<MarkForFigures> = {}): MarkForFigures[] {
  return [...statuses].map((s, i) => mark(date, i + 1, s as MarkStatus, extra));
}

/** `n` held lessons on consecutive periods spread over as many days as needed (8 a day), starting at `from`. */
export function lessons(n: number, status: MarkStatus, firstDay = 1, extra: Partial<MarkForFigures> = {}): MarkForFigures[] {
  const result: MarkForFigures[] = [];
  for (let i = 0; i < n; i++) {
    const dayOfMonth = firstDay + Math.floor(i / 8);
    result.push(mark(`2026-09-${String(dayOfMonth).padStart(2, '0')}`, (i % 8) + 1, status, extra));
  }
  return result;
}

export const documented = (documentation: Documentation): Partial<MarkForFigures> => ({ documentation });
