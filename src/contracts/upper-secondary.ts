// The upper-secondary absence limit as the API shows it: per subject against
// its annual hours, with what the pupil can still document or contest, the
// warnings, the principal's decisions and the certificate.
import { z } from 'zod';
import { isoDateSchema } from './attendance.js';

export const limitZoneSchema = z.enum(['within', 'discretion', 'over']);
export const limitOutcomeSchema = z.enum(['counted', 'exempt', 'exempt_health_after_limit', 'partly_exempt_health', 'counted_over_cap', 'not_absence']);
export const documentationStateSchema = z.enum(['undocumented', 'reported', 'documented']);
const lessonRefSchema = z.object({ date: isoDateSchema, period: z.number().int() });
const hoursLeftSchema = z.object({ hours: z.number(), lessons: z.number().int().nullable() });

export const limitAbsenceSchema = z.object({
  markId: z.number().int(),
  date: isoDateSchema,
  period: z.number().int(),
  minutes: z.number().int(),
  outcome: limitOutcomeSchema,
  countedMinutes: z.number(),
  documentation: documentationStateSchema,
  /** Null for those who may not see why (a subject teacher). */
  reasonCode: z.string().nullable(),
  /** The last day it can be documented, while it still can and documentation would help; otherwise null. */
  documentableUntil: isoDateSchema.nullable(),
  /** A self-report no longer counts as documentation here: only health personnel's would help. */
  needsHealthPersonnel: z.boolean(),
  /** The last day the mark can be contested; null when the window has closed. */
  contestableUntil: isoDateSchema.nullable(),
  /** This lesson took the pupil above 10 % (15 %). */
  crossedLimit: z.boolean(),
  crossedDiscretion: z.boolean(),
  /** A submission or complaint about it waits for a decision. */
  pending: z.enum(['submission', 'complaint']).nullable(),
});
export type LimitAbsence = z.infer<typeof limitAbsenceSchema>;

export const discretionDecisionSchema = z.object({
  id: z.uuid(),
  decision: z.enum(['grade_allowed', 'limit_applies']),
  grounds: z.string(),
  percentAtDecision: z.number(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});

export const warningDeliverySchema = z.object({
  recipientKind: z.enum(['pupil', 'guardian']),
  recipientName: z.string().nullable(),
  status: z.string(),
  statusReason: z.string().nullable(),
  sentAt: z.string().nullable(),
  openedAt: z.string().nullable(),
});

export const warningSchema = z.object({
  id: z.uuid(),
  subjectId: z.uuid(),
  subjectName: z.string(),
  assessment: z.object({ kind: z.enum(['half_year', 'final']), date: isoDateSchema }),
  because: z.enum(['over_limit', 'forecast_over_limit', 'at_risk_share']),
  sentOn: isoDateSchema,
  percent: z.number(),
  deliveries: z.array(warningDeliverySchema),
});
export type Warning = z.infer<typeof warningSchema>;

export const subjectLimitSchema = z.object({
  subjectId: z.uuid(),
  subjectCode: z.string(),
  subjectName: z.string(),
  annualHours: z.number(),
  limitPercent: z.number(),
  discretionPercent: z.number(),
  percent: z.number(),
  zone: limitZoneSchema,
  held: z.object({ lessons: z.number().int(), hours: z.number() }),
  counted: z.object({ lessons: z.number().int(), hours: z.number() }),
  exemptHours: z.number(),
  left: z.object({ beforeLimit: hoursLeftSchema, beforeDiscretion: hoursLeftSchema }),
  reachedLimitAt: lessonRefSchema.nullable(),
  crossed: z.object({ limit: lessonRefSchema.nullable(), discretion: lessonRefSchema.nullable() }),
  forecast: z.object({ projectedPercent: z.number(), projectedZone: limitZoneSchema, crossesLimitOn: isoDateSchema.nullable() }),
  atRisk: z.enum(['over_limit', 'forecast_over_limit', 'at_risk_share']).nullable(),
  absences: z.array(limitAbsenceSchema),
  discretion: discretionDecisionSchema.nullable(),
  /** Whether the viewer teaches the subject (a subject teacher sees it first). */
  taughtByViewer: z.boolean(),
});
export type SubjectLimit = z.infer<typeof subjectLimitSchema>;

export const submissionSchema = z.object({
  id: z.uuid(),
  pupil: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), className: z.string().nullable() }),
  reasonCode: z.string(),
  status: z.enum(['submitted', 'accepted', 'rejected', 'withdrawn']),
  submittedAt: z.string(),
  submittedBy: z.string(),
  lessons: z.array(z.object({ markId: z.number().int(), date: isoDateSchema, period: z.number().int(), subjectName: z.string() })),
  file: z.object({ name: z.string(), contentType: z.string(), size: z.number().int() }).nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
});
export type Submission = z.infer<typeof submissionSchema>;

export const complaintClaimSchema = z.enum(['present', 'late', 'organised_study']);

export const complaintSchema = z.object({
  id: z.uuid(),
  pupil: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), className: z.string().nullable() }),
  markId: z.number().int(),
  lessonId: z.number().int(),
  date: isoDateSchema,
  period: z.number().int(),
  subjectName: z.string(),
  markStatus: z.string(),
  claim: complaintClaimSchema,
  claimMinutesLate: z.number().int().nullable(),
  explanation: z.string(),
  status: z.enum(['submitted', 'accepted', 'rejected']),
  submittedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
});
export type Complaint = z.infer<typeof complaintSchema>;

export const pupilLimitsSchema = z.object({
  pupil: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), className: z.string().nullable(), adult: z.boolean() }),
  school: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['public', 'private']) }),
  asOf: isoDateSchema,
  /** How the viewer stands to the pupil: what the page offers follows from it. */
  viewer: z.object({
    relation: z.enum(['self', 'guardian', 'staff']),
    contactTeacher: z.boolean(),
    leadership: z.boolean(),
    seesReasons: z.boolean(),
  }),
  settings: z.object({ atRiskPercent: z.number(), complaintWindow: z.object({ amount: z.number().int(), unit: z.string() }), documentation: z.object({ amount: z.number().int(), unit: z.string() }) }),
  /** Health personnel documented a higher risk of health absence; null when the viewer may not know. */
  higherHealthRisk: z.boolean().nullable(),
  subjects: z.array(subjectLimitSchema),
  /** Subjects the pupil has lessons in but without annual hours: no limit can be taken. */
  subjectsWithoutHours: z.array(z.object({ subjectId: z.uuid(), subjectName: z.string() })),
  warnings: z.array(warningSchema),
  submissions: z.array(submissionSchema),
  complaints: z.array(complaintSchema),
});
export type PupilLimits = z.infer<typeof pupilLimitsSchema>;

/** The pupils a portal user may see «Mitt fravær» of: oneself, or one's children under 18. */
export const myLimitPupilsSchema = z.object({
  pupils: z.array(z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), self: z.boolean() })),
});

/** The reasons the home may hand in documentation for: health personnel's note and the listed reasons. */
export const SUBMISSION_REASONS = [
  'health_medical_note',
  'welfare',
  'religious_holiday',
  'legal_appearance',
  'political_or_union_work',
  'voluntary_work',
  'traffic_safety_course',
  'driving_test',
  'school_representation',
] as const;

/** The fields of the multipart form, besides the file. */
export const submissionFieldsSchema = z.object({
  reasonCode: z.enum(SUBMISSION_REASONS),
  markIds: z.array(z.coerce.number().int().positive()).min(1).max(200),
});

export const decideSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accepted') }),
  z.object({ decision: z.literal('rejected'), reason: z.string().trim().min(1).max(500) }),
]);
export type Decide = z.infer<typeof decideSchema>;

export const createComplaintSchema = z.object({
  markId: z.number().int().positive(),
  claim: complaintClaimSchema,
  minutesLate: z.number().int().min(1).max(240).optional(),
  explanation: z.string().trim().min(1).max(1000),
});
export type CreateComplaint = z.infer<typeof createComplaintSchema>;

export const createDiscretionSchema = z.object({
  subjectId: z.uuid(),
  decision: z.enum(['grade_allowed', 'limit_applies']),
  grounds: z.string().trim().min(1).max(2000),
});
export type CreateDiscretion = z.infer<typeof createDiscretionSchema>;

export const healthRiskSchema = z.object({ higherHealthRisk: z.boolean() });

export const submissionListSchema = z.object({ submissions: z.array(submissionSchema) });
export const complaintListSchema = z.object({ complaints: z.array(complaintSchema) });

export const certificateSchema = z.object({
  pupil: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), className: z.string().nullable() }),
  asOf: isoDateSchema,
  days: z.object({ absent: z.number().int(), leftOff: z.number().int(), recorded: z.number().int() }),
  hours: z.object({ recorded: z.number(), lessons: z.number().int() }),
  maxDaysLeftOff: z.number().int(),
  wholeDays: z.array(
    z.object({ date: isoDateSchema, lessons: z.number().int(), hours: z.number(), mayBeLeftOff: z.enum(['exempt', 'health']).nullable(), leftOff: z.boolean() }),
  ),
  /** Whether the days left off are the pupil's request (true) or our suggestion of the first eligible days. */
  requested: z.boolean(),
  refused: z.array(z.object({ date: isoDateSchema, why: z.enum(['not_eligible', 'over_maximum', 'not_a_whole_day']) })),
  mayEdit: z.boolean(),
});
export type Certificate = z.infer<typeof certificateSchema>;

export const setLeaveOffsSchema = z.object({ dates: z.array(isoDateSchema).max(30) });

/** The leadership's view of the school's warnings: who should have been warned, and who has not opened it. */
export const warningOverviewSchema = z.object({
  school: z.object({ id: z.uuid(), name: z.string() }),
  asOf: isoDateSchema,
  unopenedAfterDays: z.number().int(),
  sendWarnings: z.enum(['automatic', 'review']),
  rows: z.array(
    z.object({
      pupil: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), className: z.string().nullable(), adult: z.boolean() }),
      subjectId: z.uuid(),
      subjectName: z.string(),
      percent: z.number(),
      zone: limitZoneSchema,
      crossedLimitOn: isoDateSchema.nullable(),
      /** in_time, late, missing (over the limit, never warned), due (at risk and not yet warned), ok */
      state: z.enum(['missing', 'late', 'due', 'unopened', 'in_time', 'warned']),
      due: z.object({ kind: z.enum(['half_year', 'final']), date: isoDateSchema, because: z.string() }).nullable(),
      warnings: z.array(warningSchema),
    }),
  ),
});
export type WarningOverview = z.infer<typeof warningOverviewSchema>;

export const sendWarningSchema = z.object({ pupilId: z.uuid(), subjectId: z.uuid() });
export const sentWarningsSchema = z.object({ warnings: z.number().int(), emails: z.number().int() });
