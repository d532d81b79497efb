import { z } from 'zod';

export const isoDateSchema = z.iso.date();
/** M present (møtt), F absent (fravær), S late (sen), O organised study or other school activity. */
export const markStatusSchema = z.enum(['M', 'F', 'S', 'O']);
export const documentationSchema = z.enum(['undocumented', 'reported', 'documented']);
export const lessonStatusSchema = z.enum(['planned', 'held', 'not_held']);
export type MarkStatus = z.infer<typeof markStatusSchema>;
export type DocumentationState = z.infer<typeof documentationSchema>;
export type LessonStatus = z.infer<typeof lessonStatusSchema>;

export const lessonSummarySchema = z.object({
  id: z.number().int(),
  date: isoDateSchema,
  period: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: lessonStatusSchema,
  group: z.object({ id: z.uuid(), name: z.string() }),
  subject: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  teacher: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  substitute: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** Set once the lesson has been registered (held or not held). */
  registeredAt: z.iso.datetime({ offset: true }).nullable(),
  pupilCount: z.number().int(),
  absentCount: z.number().int(),
  lateCount: z.number().int(),
  /** Pupils with a notice from home covering this lesson. */
  noticeCount: z.number().int(),
});
export type LessonSummary = z.infer<typeof lessonSummarySchema>;

export const myLessonsSchema = z.object({
  date: isoDateSchema,
  lessons: z.array(lessonSummarySchema),
});
export type MyLessons = z.infer<typeof myLessonsSchema>;

export const myLessonsQuerySchema = z.object({ date: isoDateSchema.optional() });

export const registrationPupilSchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  /** The saved mark, or null before the lesson has been registered. */
  mark: z
    .object({
      status: markStatusSchema,
      minutesLate: z.number().int().nullable(),
      documentation: documentationSchema,
      /** Only for those allowed to see why (contact teacher, leadership): null for a subject teacher. */
      reasonCode: z.string().nullable(),
    })
    .nullable(),
  /** A notice from home that covers this lesson: the pupil is pre-filled as absent, reported. */
  notice: z
    .object({
      kind: z.enum(['absence', 'leave_request']),
      documentation: documentationSchema,
      reasonCode: z.string().nullable(),
    })
    .nullable(),
});
export type RegistrationPupil = z.infer<typeof registrationPupilSchema>;

export const lessonRegistrationSchema = z.object({
  lesson: lessonSummarySchema,
  school: z.object({ id: z.uuid(), name: z.string() }),
  /** Send back unchanged when saving; a newer version on the server means someone else saved first. */
  version: z.number().int(),
  registeredBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** Whether the lesson may be registered now (it has started). */
  open: z.boolean(),
  pupils: z.array(registrationPupilSchema),
});
export type LessonRegistration = z.infer<typeof lessonRegistrationSchema>;

export const registrationMarkSchema = z.object({
  pupilId: z.uuid(),
  status: markStatusSchema,
  minutesLate: z.number().int().nullable().optional(),
});

export const saveRegistrationSchema = z.object({
  version: z.number().int().min(0),
  /** False: the lesson was not held and counts for nobody. */
  held: z.boolean(),
  /** Pupils left out are present (M): everyone is present by default. */
  marks: z.array(registrationMarkSchema).max(200),
});
export type SaveRegistration = z.infer<typeof saveRegistrationSchema>;

export const registrationSavedSchema = z.object({
  version: z.number().int(),
  status: lessonStatusSchema,
  registeredAt: z.iso.datetime({ offset: true }),
  counts: z.object({ present: z.number().int(), absent: z.number().int(), late: z.number().int(), organised: z.number().int() }),
});
export type RegistrationSaved = z.infer<typeof registrationSavedSchema>;

export const markHistoryEntrySchema = z.object({
  pupilId: z.uuid(),
  changedAt: z.iso.datetime({ offset: true }),
  changedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  from: z.object({ status: markStatusSchema, minutesLate: z.number().int().nullable(), documentation: documentationSchema }),
  to: z.object({ status: markStatusSchema, minutesLate: z.number().int().nullable(), documentation: documentationSchema }),
});
/** A pupil's request to correct a mark of the lesson, and how the subject teacher decided: part of the mark's history. */
export const markCorrectionRequestSchema = z.object({
  pupilId: z.uuid(),
  submittedAt: z.string(),
  claim: z.enum(['present', 'late', 'organised_study']),
  claimMinutesLate: z.number().int().nullable(),
  explanation: z.string(),
  status: z.enum(['submitted', 'accepted', 'rejected']),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
});

export const lessonHistorySchema = z.object({ entries: z.array(markHistoryEntrySchema), corrections: z.array(markCorrectionRequestSchema) });

export const absenceReasonSchema = z.object({
  code: z.string(),
  /** health | exempt | leave | not_absence | other; the UI names each code through the catalogue. */
  category: z.enum(['health', 'exempt', 'leave', 'not_absence', 'other']),
  countsTowardLimit: z.boolean(),
});
export const absenceReasonsSchema = z.object({ reasons: z.array(absenceReasonSchema) });
export type AbsenceReason = z.infer<typeof absenceReasonSchema>;

export const weekQuerySchema = z.object({
  /** Any day of the week wanted; default today. The week runs Monday to Sunday. */
  date: isoDateSchema.optional(),
});

export const weekAbsenceSchema = z.object({
  markId: z.number().int(),
  lessonId: z.number().int(),
  date: isoDateSchema,
  period: z.number().int(),
  startsAt: z.string(),
  subject: z.object({ code: z.string(), name: z.string() }),
  status: z.enum(['F', 'S']),
  minutesLate: z.number().int().nullable(),
  documentation: documentationSchema,
  reasonCode: z.string().nullable(),
  /** Pre-filled from a notice from home. */
  fromNotice: z.boolean(),
});
export type WeekAbsence = z.infer<typeof weekAbsenceSchema>;

export const contactWeekSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  /** ISO week number, as Norwegian schools name weeks ("uke 48"). */
  week: z.number().int(),
  pupils: z.array(
    z.object({
      id: z.uuid(),
      givenName: z.string(),
      familyName: z.string(),
      className: z.string().nullable(),
      absences: z.array(weekAbsenceSchema),
    }),
  ),
});
export type ContactWeek = z.infer<typeof contactWeekSchema>;

export const updateDocumentationSchema = z.object({
  markIds: z.array(z.number().int().positive()).min(1).max(500),
  documentation: documentationSchema,
  /** A structured reason from GET /api/absence-reasons; required when documented, empty when undocumented. */
  reasonCode: z.string().max(60).nullable(),
});
export type UpdateDocumentation = z.infer<typeof updateDocumentationSchema>;

export const documentationUpdatedSchema = z.object({ updated: z.number().int() });
