// Concerns, forecasts, notifications, the outbox and the owner's policy, as
// the server gives them and the web app reads them.
import { z } from 'zod';
import { isoDateSchema } from './attendance.js';
// The measures are the rules engine's own list: one list, pure data, shared with the web app.
import { MEASURES } from '../domain/rules/measures.js';

export const levelSchema = z.enum(['notice', 'concern', 'serious']);
export type ConcernLevel = z.infer<typeof levelSchema>;

export const measureSchema = z.enum(MEASURES);

const pupilRefSchema = z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string(), className: z.string().nullable() });

export const concernSchema = z.object({
  id: z.uuid(),
  pupil: pupilRefSchema,
  rule: z.object({ id: z.string(), name: z.string() }),
  measure: measureSchema,
  level: levelSchema,
  /** Only nearing the threshold, in a window still running. */
  approaching: z.boolean(),
  comparison: z.enum(['atLeast', 'moreThan']),
  threshold: z.number(),
  /** The figure when the concern was raised, and now. */
  value: z.number(),
  currentValue: z.number(),
  /** The base of a percentage (held lessons or school days); null for a count. */
  base: z.number().int().nullable(),
  window: z.object({ kind: z.string(), from: isoDateSchema, to: isoDateSchema, until: isoDateSchema, label: z.string().nullable() }),
  subject: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
  /** The dates that made it. */
  evidence: z.array(isoDateSchema),
  notify: z.array(z.string()),
  dueBy: isoDateSchema,
  /** Open, still holding, and its day to act has passed. */
  overdue: z.boolean(),
  /** The staircase step the rule opens or advances. */
  step: z.object({ id: z.string(), number: z.number().int(), name: z.string() }).nullable(),
  raisedOn: isoDateSchema,
  /** False once the rule no longer holds (e.g. the absence was documented after all). */
  holds: z.boolean(),
  /** Raised when its absence was already old (e.g. when the school started using Nærvær): on record, no to-do. */
  backfilled: z.boolean(),
  status: z.enum(['open', 'handled', 'superseded']),
  handled: z.object({ by: z.string(), at: z.iso.datetime() }).nullable(),
});
export type ConcernView = z.infer<typeof concernSchema>;

export const forecastSchema = z.object({
  rule: z.object({ id: z.string(), name: z.string() }),
  measure: measureSchema,
  subject: z.object({ id: z.uuid(), code: z.string() }).nullable(),
  window: z.object({ from: isoDateSchema, to: isoDateSchema }),
  comparison: z.enum(['atLeast', 'moreThan']),
  threshold: z.number(),
  value: z.number(),
  projectedAtEnd: z.number(),
  /** The school day the pupil meets the threshold at the current rate; null when not within the window. */
  crossesOn: isoDateSchema.nullable(),
  /** How many more absent lessons, days or late arrivals reach the threshold by the end of the window. */
  margin: z.number().int(),
  remainingSchoolDays: z.number().int(),
});
export type ForecastView = z.infer<typeof forecastSchema>;

export const pupilConcernsSchema = z.object({
  pupil: pupilRefSchema,
  /** Most urgent first. */
  concerns: z.array(concernSchema),
  /** Rules the pupil will meet before the window ends at the current rate. */
  forecasts: z.array(forecastSchema),
});
export type PupilConcerns = z.infer<typeof pupilConcernsSchema>;

/** «Mine elever»: the contact teacher's pupils with open concerns or on course for one, most urgent first. */
export const myConcernsSchema = z.object({
  asOf: isoDateSchema,
  policy: z.object({ name: z.string(), version: z.number().int() }),
  pupils: z.array(pupilConcernsSchema),
});
export type MyConcerns = z.infer<typeof myConcernsSchema>;

export const schoolConcernsSchema = z.object({
  asOf: isoDateSchema,
  school: z.object({ id: z.uuid(), name: z.string() }),
  concerns: z.array(concernSchema),
});
export type SchoolConcerns = z.infer<typeof schoolConcernsSchema>;

export const pupilConcernPageSchema = z.object({
  asOf: isoDateSchema,
  policy: z.object({ name: z.string(), version: z.number().int() }),
  /** Every concern this school year, handled and superseded ones too. */
  concerns: z.array(concernSchema),
  forecasts: z.array(forecastSchema),
});
export type PupilConcernPage = z.infer<typeof pupilConcernPageSchema>;

export const handleConcernSchema = z.object({ handled: z.boolean() });

export const notificationStatusSchema = z.enum(['pending', 'sending', 'sent', 'failed', 'uncertain', 'not_sent', 'delivered']);

export const outboxEntrySchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  channel: z.enum(['app', 'email']),
  recipientKind: z.string(),
  recipientName: z.string().nullable(),
  email: z.string().nullable(),
  subject: z.string(),
  status: notificationStatusSchema,
  statusReason: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  /** The letter names no school or staff: the pupil has a protected address. */
  neutral: z.boolean(),
  pupil: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }),
  rule: z.string(),
  /** The pupil's school: the administrator's outbox spans all the owner's schools. */
  school: z.object({ id: z.uuid(), name: z.string() }),
});
export const outboxSchema = z.object({ entries: z.array(outboxEntrySchema), mailServer: z.boolean() });
export type Outbox = z.infer<typeof outboxSchema>;
export const outboxQuerySchema = z.object({ status: notificationStatusSchema.optional() });

export const myNotificationsSchema = z.object({
  notifications: z.array(
    z.object({
      id: z.uuid(),
      createdAt: z.iso.datetime(),
      read: z.boolean(),
      subject: z.string(),
      body: z.string(),
      pupilId: z.uuid(),
    }),
  ),
});
export type MyNotifications = z.infer<typeof myNotificationsSchema>;
export const readNotificationsSchema = z.object({ ids: z.array(z.uuid()).min(1).max(200) });

/** The policy as JSON: its format is src/domain/rules/policy-schema.ts, checked when saved. */
const policyJsonSchema = z.record(z.string(), z.unknown());

export const policyOverviewSchema = z.object({
  active: z.object({
    policy: policyJsonSchema,
    version: z.number().int(),
    basedOn: z.string().nullable(),
    savedAt: z.iso.datetime().nullable(),
    savedBy: z.string().nullable(),
  }),
  versions: z.array(
    z.object({ version: z.number().int(), basedOn: z.string().nullable(), note: z.string().nullable(), savedAt: z.iso.datetime(), savedBy: z.string().nullable() }),
  ),
  presets: z.array(z.object({ id: z.string(), policy: policyJsonSchema })),
  mayEdit: z.boolean(),
});
export type PolicyOverviewView = z.infer<typeof policyOverviewSchema>;

export const savePolicySchema = z.object({
  policy: policyJsonSchema,
  basedOn: z.string().max(64).nullable().optional(),
  note: z.string().trim().max(500).nullable().optional(),
});
export type SavePolicy = z.infer<typeof savePolicySchema>;
