// Absence patterns as the server, the command line and the web app exchange
// them: what kind, the figures behind it (the web app puts them into words),
// the dates that make it, and a strength from 0 to 1. docs/patterns.md says
// what each kind looks for and how its strength is defined.
import { z } from 'zod';
import { isoDateSchema } from './attendance.js';

export const PATTERN_KINDS = [
  'weekday',
  'single-days',
  'lesson-level',
  'long-absence',
  'subject',
  'teacher',
  'after-holidays',
  'rising',
  'late-arrivals',
] as const;
export const patternKindSchema = z.enum(PATTERN_KINDS);
export type PatternKind = z.infer<typeof patternKindSchema>;

/** `absent` out of `of`: days or lessons, as each kind says. */
export const tallySchema = z.object({ absent: z.number().int().min(0), of: z.number().int().min(0) });
export type Tally = z.infer<typeof tallySchema>;

const evidence = z.array(isoDateSchema);
const strength = z.number().min(0).max(1);

/** Absence that starts on one weekday far more often than on the others. Days are absence occasions (see docs). */
export const weekdayDetailSchema = z.object({
  /** ISO weekday, 1 = Monday ... 5 = Friday. */
  weekday: z.number().int().min(1).max(7),
  days: tallySchema,
  otherDays: tallySchema,
});

/** Many whole days absent on their own, close together. */
export const singleDaysDetailSchema = z.object({
  days: z.number().int(),
  /** The pupil's school days from `from` to `to`. */
  schoolDays: z.number().int(),
  from: isoDateSchema,
  to: isoDateSchema,
});

/** Missing the start of the day, or leaving during it, far more often than other lessons. */
export const lessonLevelDetailSchema = z.object({
  part: z.enum(['start', 'end']),
  days: tallySchema,
  /** Absence in the lessons between the first and the last the pupil attended: the usual level. */
  otherLessons: tallySchema,
});

export const longAbsenceDetailSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  schoolDays: z.number().int(),
  /** Still going on the as-of day (the last school day so far is part of it). */
  ongoing: z.boolean(),
});

export const subjectDetailSchema = z.object({
  subjectId: z.string(),
  subjectCode: z.string(),
  subjectName: z.string().nullable(),
  lessons: tallySchema,
  otherLessons: tallySchema,
});

export const teacherDetailSchema = z.object({
  teacherId: z.string(),
  /** The subjects the teacher teaches the pupil, by code. */
  subjectCodes: z.array(z.string()),
  lessons: tallySchema,
  otherLessons: tallySchema,
});

export const afterHolidaysDetailSchema = z.object({
  holiday: z.object({ name: z.string(), kind: z.string(), startsOn: isoDateSchema, endsOn: isoDateSchema }),
  /** Days with absence after the holiday, until the next one or the as-of day. */
  after: tallySchema,
  /** The same before it, since the previous holiday or the start of the school year. */
  before: tallySchema,
});

export const risingDetailSchema = z.object({
  recentWeeks: z.number().int(),
  /** The first day of the recent weeks. */
  from: isoDateSchema,
  recent: tallySchema,
  earlier: tallySchema,
});

export const lateArrivalsDetailSchema = z.object({
  /** Lessons arrived late to. */
  lateArrivals: z.number().int(),
  /** Days with a late arrival. */
  days: z.number().int(),
  schoolDays: z.number().int(),
  from: isoDateSchema,
  to: isoDateSchema,
  minutes: z.number().int(),
});

const pattern = <K extends PatternKind, D extends z.ZodType>(kind: K, detail: D) =>
  z.object({ kind: z.literal(kind), detail, evidence, strength });

export const patternSchema = z.discriminatedUnion('kind', [
  pattern('weekday', weekdayDetailSchema),
  pattern('single-days', singleDaysDetailSchema),
  pattern('lesson-level', lessonLevelDetailSchema),
  pattern('long-absence', longAbsenceDetailSchema),
  pattern('subject', subjectDetailSchema),
  pattern('teacher', teacherDetailSchema),
  pattern('after-holidays', afterHolidaysDetailSchema),
  pattern('rising', risingDetailSchema),
  pattern('late-arrivals', lateArrivalsDetailSchema),
]);
export type Pattern = z.infer<typeof patternSchema>;
export type PatternOf<K extends PatternKind> = Extract<Pattern, { kind: K }>;
export type PatternDetail<K extends PatternKind> = PatternOf<K>['detail'];
