import { z } from 'zod';
import { isoDateSchema } from './attendance.js';

/** A figure and what it is a share of: a percentage is never shown without its denominator. */
export const shareSchema = z.object({ absent: z.number(), of: z.number(), percent: z.number() });

export const absenceShareSchema = shareSchema.extend({
  byDocumentation: z.object({ undocumented: shareSchema, reported: shareSchema, documented: shareSchema }),
  /** Absent lessons that count toward the upper-secondary limit (documented health absence counts since August 2025). */
  towardLimit: shareSchema,
  hours: z.object({ held: z.number(), absent: z.number() }),
});

export const subjectFiguresSchema = absenceShareSchema.extend({
  subjectId: z.uuid(),
  subjectCode: z.string(),
  subjectName: z.string().nullable(),
});

export const datesFigureSchema = z.object({ count: z.number().int(), dates: z.array(isoDateSchema) });

export const windowFiguresSchema = z.object({
  window: z.object({ from: isoDateSchema, to: isoDateSchema, kind: z.enum(['autumn', 'spring', 'schoolYear']) }),
  overall: absenceShareSchema,
  bySubject: z.array(subjectFiguresSchema),
  wholeDays: shareSchema.extend({ dates: z.array(isoDateSchema), lessons: z.number().int() }),
  singleLessons: shareSchema.extend({ dates: z.array(isoDateSchema), hours: z.number() }),
  /** As the 10th-grade certificate and the upper-secondary diploma record it: days, and hours of single lessons. */
  certificate: z.object({ days: z.number().int(), hours: z.number() }),
  lateArrivals: z.object({
    count: z.number().int(),
    minutes: z.number().int(),
    of: z.number().int(),
    byMonth: z.array(z.object({ month: z.string(), count: z.number().int(), minutes: z.number().int() })),
  }),
  longestRun: z.object({ length: z.number().int(), dates: z.array(isoDateSchema) }),
  isolatedDays: datesFigureSchema,
  leftDuringDay: datesFigureSchema,
  noNotice: datesFigureSchema,
});
export type WindowFigures = z.infer<typeof windowFiguresSchema>;

/** The alert levels shown where the school is upper secondary (vgs). */
export const limitsSchema = z.object({
  /** Troms: 5 % undocumented in a subject, alert to guardians or pupil. */
  alertPercent: z.number(),
  /** More than 10 % undocumented in a subject normally means no grade. */
  limitPercent: z.number(),
});

export const pupilFiguresSchema = z.object({
  pupil: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), className: z.string().nullable() }),
  school: z.object({ id: z.uuid(), name: z.string(), level: z.string() }),
  asOf: isoDateSchema,
  /** Present where the school is upper secondary. */
  limits: limitsSchema.nullable(),
  windows: z.array(windowFiguresSchema),
});
export type PupilFigures = z.infer<typeof pupilFiguresSchema>;

export const pupilFiguresRowSchema = z.object({
  pupil: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), className: z.string().nullable() }),
  /** Held lessons in the window: the denominator of every percentage in the row. */
  held: z.number().int(),
  absent: z.number().int(),
  percent: z.number(),
  undocumented: shareSchema,
  reported: shareSchema,
  documented: shareSchema,
  wholeDays: z.number().int(),
  schoolDays: z.number().int(),
  singleLessons: z.number().int(),
  singleLessonHours: z.number(),
  lateArrivals: z.number().int(),
  lateMinutes: z.number().int(),
  /** The subject with the highest undocumented share, for the vgs limit. */
  worstSubject: z
    .object({ subjectCode: z.string(), subjectName: z.string().nullable(), undocumented: shareSchema })
    .nullable(),
});
export type PupilFiguresRow = z.infer<typeof pupilFiguresRowSchema>;

export const figuresWindowQuerySchema = z.object({ window: z.enum(['autumn', 'spring', 'schoolYear']).optional() });

export const groupFiguresSchema = z.object({
  title: z.string(),
  school: z.object({ id: z.uuid(), name: z.string(), level: z.string() }),
  asOf: isoDateSchema,
  window: z.object({ from: isoDateSchema, to: isoDateSchema, kind: z.enum(['autumn', 'spring', 'schoolYear']) }),
  limits: limitsSchema.nullable(),
  rows: z.array(pupilFiguresRowSchema),
});
export type GroupFigures = z.infer<typeof groupFiguresSchema>;
