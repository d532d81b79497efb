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
  /** The first half of the school year so far, to `earlierTo`. */
  earlier: tallySchema,
  earlierTo: isoDateSchema,
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

// The pupil's page: the school year so far at a glance, and its patterns.

const documentationSchema = z.enum(['undocumented', 'reported', 'documented']);

export const yearDaySchema = z.object({
  date: isoDateSchema,
  held: z.number().int(),
  absent: z.number().int(),
  late: z.number().int(),
  documentation: documentationSchema.nullable(),
  whole: z.boolean(),
});
export type YearDay = z.infer<typeof yearDaySchema>;

export const gridCellSchema = z.object({ weekday: z.number().int(), period: z.number().int(), held: z.number().int(), absent: z.number().int() });
export type GridCell = z.infer<typeof gridCellSchema>;

export const weekTallySchema = z.object({ monday: isoDateSchema, held: z.number().int(), absent: z.number().int(), days: z.number().int() });
export type WeekTally = z.infer<typeof weekTallySchema>;

export const holidaySchema = z.object({ name: z.string(), kind: z.string(), startsOn: isoDateSchema, endsOn: isoDateSchema });
export type Holiday = z.infer<typeof holidaySchema>;

/** Absent lessons in a subject over the school year so far, by documentation. */
export const subjectTallySchema = z.object({
  subjectId: z.string(),
  subjectCode: z.string(),
  subjectName: z.string().nullable(),
  held: z.number().int(),
  absent: z.number().int(),
  byDocumentation: z.object({ undocumented: z.number().int(), reported: z.number().int(), documented: z.number().int() }),
});
export type SubjectTally = z.infer<typeof subjectTallySchema>;

/** A percentage threshold of the owner's policy (an absencePercent rule), to draw on the charts. */
export const policyThresholdSchema = z.object({
  ruleId: z.string(),
  name: z.string(),
  percent: z.number(),
  comparison: z.enum(['atLeast', 'moreThan']),
  /** Which absence counts; null when all does. */
  documentation: z.array(documentationSchema).nullable(),
  window: z.string(),
  /** Judged per subject (drawn on the subject bars) or for all lessons (drawn on the weekly line). */
  perSubject: z.boolean(),
  level: z.enum(['notice', 'concern', 'serious']),
});
export type PolicyThreshold = z.infer<typeof policyThresholdSchema>;

const pupilRefSchema = z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), className: z.string().nullable() });
const schoolRefSchema = z.object({ id: z.uuid(), name: z.string(), level: z.string() });
/** Names of the teachers that teacher patterns point at. */
const teacherNamesSchema = z.array(z.object({ id: z.string(), name: z.string() }));

export const pupilPatternsSchema = z.object({
  pupil: pupilRefSchema,
  school: schoolRefSchema,
  asOf: isoDateSchema,
  policy: z.object({ id: z.string(), name: z.string() }),
  /** Null when the school has no school year for the day. */
  schoolYear: z.object({ name: z.string(), from: isoDateSchema, to: isoDateSchema }).nullable(),
  holidays: z.array(holidaySchema),
  days: z.array(yearDaySchema),
  grid: z.array(gridCellSchema),
  weeks: z.array(weekTallySchema),
  subjects: z.array(subjectTallySchema),
  thresholds: z.array(policyThresholdSchema),
  patterns: z.array(patternSchema),
  teachers: teacherNamesSchema,
});
export type PupilPatterns = z.infer<typeof pupilPatternsSchema>;

// The class and school views: which pupils show which pattern.

export const groupPatternsQuerySchema = z.object({
  kind: patternKindSchema.optional(),
  /** A class name, in the school view. */
  class: z.string().trim().min(1).max(100).optional(),
});
export type GroupPatternsQuery = z.infer<typeof groupPatternsQuerySchema>;

export const groupPatternsSchema = z.object({
  title: z.string(),
  school: schoolRefSchema,
  asOf: isoDateSchema,
  /** Pupils looked at (in the chosen class, in the school view). */
  pupils: z.number().int(),
  /** The classes of the group, for the class filter. */
  classes: z.array(z.string()),
  /** Pupils with at least one pattern of each kind, before the kind filter. */
  counts: z.array(z.object({ kind: patternKindSchema, pupils: z.number().int() })),
  /** Pupils with a pattern (of the chosen kind), by name. */
  rows: z.array(z.object({ pupil: pupilRefSchema, patterns: z.array(patternSchema) })),
  teachers: teacherNamesSchema,
});
export type GroupPatterns = z.infer<typeof groupPatternsSchema>;
