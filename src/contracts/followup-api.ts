// The follow-up case over HTTP: what the web app sends to open a case and
// record in it, and the case as it comes back, with its state computed from
// the events (ADR 007). The records keep the shapes of followup-records.ts,
// followup-mapping.ts and followup-agreement.ts; the server gives the ids.
import { z } from 'zod';
import { localizedTextSchema } from './localized-text.js';
import { CLOSING_REASONS, caseEventSchema, concernSnapshotSchema } from './followup-case.js';
import { contactLogEntrySchema, conversationSchema, invitationSchema, meetingMinutesSchema, meetingSchema } from './followup-records.js';
import { causeMappingSchema, circleMappingSchema, factorsSchema, scalingSchema } from './followup-mapping.js';
import { agreementContentSchema, agreementEvaluationSchema, agreementSchema } from './followup-agreement.js';
import { SCHOOL_ROLES } from './followup-roles.js';
import { CONSENT_SERVICES, consentViewSchema } from './followup-consent.js';

const dateSchema = z.iso.date();
const stepIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const note = (max: number) => z.string().trim().min(1).max(max);

/** The team roles a case member can have. */
export const CASE_MEMBER_ROLES = ['contactTeacher', 'counsellor', 'nurse', 'resourceTeam', 'leadership', 'socialTeacher', 'attendanceContact', 'outsideService'] as const;
export type CaseMemberRole = (typeof CASE_MEMBER_ROLES)[number];

export const openCaseSchema = z.strictObject({
  from: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('concern'), concernId: z.uuid() }),
    z.strictObject({ kind: z.literal('manual'), reason: note(2000) }),
  ]),
  atStep: stepIdSchema.optional(),
});
export type OpenCase = z.output<typeof openCaseSchema>;

export const newContactSchema = contactLogEntrySchema.omit({ id: true });
export const newConversationSchema = conversationSchema.omit({ id: true });
export const newMeetingSchema = z.strictObject({ title: note(300), invitation: invitationSchema });
export const meetingMinutesBodySchema = meetingMinutesSchema;

export const newMappingSchema = z.discriminatedUnion('tool', [
  z.strictObject({ tool: z.literal('causeMapping'), mapping: causeMappingSchema.omit({ id: true }) }),
  z.strictObject({ tool: z.literal('scaling'), mapping: scalingSchema.omit({ id: true }) }),
  z.strictObject({ tool: z.literal('circle'), mapping: circleMappingSchema.omit({ id: true }) }),
  z.strictObject({ tool: z.literal('factors'), mapping: factorsSchema.omit({ id: true }) }),
]);
export type NewMapping = z.output<typeof newMappingSchema>;

export const agreementBodySchema = z.strictObject({ content: agreementContentSchema });
export const evaluationBodySchema = z.strictObject({ evaluation: agreementEvaluationSchema, nextEvaluationOn: dateSchema.optional() });

export const moveSchema = z.strictObject({
  move: z.enum(['advance', 'stay', 'back']),
  toStep: stepIdSchema.optional(),
  note: note(2000).optional(),
});
export const newTaskSchema = z.strictObject({ title: note(300), assigneeUserId: z.uuid(), dueOn: dateSchema.optional() });
export const closeCaseSchema = z.strictObject({ reason: z.enum(CLOSING_REASONS), note: note(2000).optional() });
export const reopenCaseSchema = z.strictObject({ note: note(2000), atStep: stepIdSchema.optional() });
/** Someone on the team; an outside service says which service it is, which a consent must name before it sees the case. */
export const memberSchema = z
  .strictObject({ userId: z.uuid(), role: z.enum(CASE_MEMBER_ROLES), service: z.enum(CONSENT_SERVICES).optional() })
  .superRefine((member, ctx) => {
    if ((member.role === 'outsideService') !== (member.service !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['service'], message: member.role === 'outsideService' ? 'followup:caseErrors.serviceRequired' : 'followup:caseErrors.serviceOnlyOutside' });
    }
  });

export const DOCUMENT_KINDS = ['invitation', 'minutes', 'conversationMinutes', 'agreement', 'actionPlan', 'anonymousSummary', 'consent'] as const;
export const documentQuerySchema = z.object({
  locale: z.enum(['nb', 'nn', 'en']).optional(),
  /** The meeting (invitation, minutes), conversation, agreement or consent; the action plan needs none. */
  id: z.uuid().optional(),
  version: z.coerce.number().int().min(1).max(10_000).optional(),
});

// Views -----------------------------------------------------------------------

const pupilRefSchema = z.object({ id: z.string(), givenName: z.string(), familyName: z.string(), className: z.string().nullable() });

export const caseSummarySchema = z.object({
  id: z.string(),
  pupil: pupilRefSchema,
  school: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(['open', 'closed']),
  staircase: z.object({ id: z.string(), version: z.number(), name: localizedTextSchema }),
  step: z.object({ id: z.string(), number: z.number(), name: localizedTextSchema }),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  /** The earliest open deadline of the current step. */
  nextDue: z.string().nullable(),
  overdue: z.number().int(),
});
export type CaseSummary = z.output<typeof caseSummarySchema>;
export const caseListSchema = z.object({ asOf: z.string(), cases: z.array(caseSummarySchema) });
export type CaseList = z.output<typeof caseListSchema>;

const recordKind = z.enum(['contact', 'conversation', 'meeting', 'minutes', 'mapping', 'agreement', 'evaluation', 'consent']);
export const deadlineViewSchema = z.object({
  stepId: z.string(),
  deadlineId: z.string(),
  name: localizedTextSchema,
  cycle: z.number(),
  from: z.string(),
  plannedOn: z.string().optional(),
  dueOn: z.string(),
  records: z.array(recordKind),
  missing: z.array(recordKind),
  metOn: z.string().optional(),
  status: z.enum(['met', 'metLate', 'open', 'dueToday', 'overdue', 'waiting']),
  responsible: z.array(z.enum(SCHOOL_ROLES)),
});
export type DeadlineViewDto = z.output<typeof deadlineViewSchema>;

const taskViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  assignee: z.object({ userId: z.string(), name: z.string() }),
  dueOn: z.string().optional(),
  assignedAt: z.string(),
  stepId: z.string(),
  doneAt: z.string().optional(),
  status: z.enum(['done', 'open', 'dueToday', 'overdue']),
});

const withAuthor = <T extends z.ZodRawShape>(shape: z.ZodObject<T>) => z.object({ record: shape, recordedBy: z.string() });

export const attendanceSinceSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Held lessons and those the pupil was absent from, since the case opened and in as many school days before it. */
  since: z.object({ held: z.number().int(), absent: z.number().int() }),
  before: z.object({ from: z.string(), held: z.number().int(), absent: z.number().int() }),
  weeks: z.array(z.object({ week: z.string(), held: z.number().int(), absent: z.number().int() })),
});
export type AttendanceSince = z.output<typeof attendanceSinceSchema>;

export const caseViewSchema = z.object({
  id: z.string(),
  asOf: z.string(),
  pupil: pupilRefSchema,
  school: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  origin: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('concern'), concern: concernSnapshotSchema }),
    z.object({ kind: z.literal('manual'), reason: z.string() }),
  ]),
  concerns: z.array(concernSnapshotSchema),
  staircase: z.object({
    id: z.string(),
    version: z.number(),
    name: localizedTextSchema,
    steps: z.array(
      z.object({
        id: z.string(),
        number: z.number(),
        name: localizedTextSchema,
        purpose: localizedTextSchema,
        responsible: z.array(z.enum(SCHOOL_ROLES)),
        status: z.enum(['done', 'current', 'closed', 'ahead', 'passed', 'wentBack']),
        visits: z.number(),
        /** On the step a closed case ended on. */
        closing: z.object({ at: z.string(), reason: z.enum(CLOSING_REASONS) }).optional(),
      }),
    ),
  }),
  current: z
    .object({
      stepId: z.string(),
      reachedAt: z.string(),
      deadlines: z.array(deadlineViewSchema),
      missing: z.array(recordKind),
      outcomes: z.array(z.object({ outcome: z.enum(['close', 'stay', 'next', 'back']), ready: z.boolean() })),
      /** What the last evaluation's outcomes suggest, of the step's ways. */
      suggested: z.array(z.enum(['close', 'stay', 'next', 'back'])),
    })
    .nullable(),
  overdue: z.array(z.object({ kind: z.enum(['deadline', 'task']), name: z.union([localizedTextSchema, z.string()]), dueOn: z.string() })),
  tasks: z.array(taskViewSchema),
  closings: z.array(z.object({ at: z.string(), reason: z.enum(CLOSING_REASONS), note: z.string().optional(), stepId: z.string() })),
  events: z.array(z.object({ event: caseEventSchema, byName: z.string() })),
  contacts: z.array(withAuthor(contactLogEntrySchema)),
  conversations: z.array(withAuthor(conversationSchema)),
  meetings: z.array(withAuthor(meetingSchema)),
  mappings: z.object({
    causeMappings: z.array(causeMappingSchema),
    scalings: z.array(scalingSchema),
    circles: z.array(circleMappingSchema),
    factors: z.array(factorsSchema),
  }),
  agreements: z.array(agreementSchema),
  members: z.array(z.object({ userId: z.string(), name: z.string(), role: z.enum(CASE_MEMBER_ROLES), service: z.enum(CONSENT_SERVICES).optional() })),
  staff: z.array(z.object({ userId: z.string(), name: z.string() })),
  /** The owner's outside services who may be put on the team (empty for a reader by consent). */
  outsideServices: z.array(z.object({ userId: z.string(), name: z.string() })),
  consents: z.array(consentViewSchema),
  attendance: attendanceSinceSchema.nullable(),
  mayWrite: z.boolean(),
});
export type CaseView = z.output<typeof caseViewSchema>;

export const measureHitSchema = z.object({
  id: z.string(),
  category: z.string(),
  party: z.string(),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  reasons: z.array(z.object({ why: localizedTextSchema, evidence: z.string() })),
});
export type MeasureHit = z.output<typeof measureHitSchema>;
export const measureSearchSchema = z.object({
  categories: z.array(z.object({ id: z.string(), name: localizedTextSchema })),
  measures: z.array(measureHitSchema),
});
export type MeasureSearch = z.output<typeof measureSearchSchema>;
export const measureQuerySchema = z.object({ q: z.string().max(200).optional(), category: z.string().max(64).optional() });

export const guidesSchema = z.object({
  guides: z.array(
    z.object({
      id: z.string(),
      for: z.enum(['pupil', 'guardians']),
      name: localizedTextSchema,
      purpose: localizedTextSchema,
      sections: z.array(z.object({ id: z.string(), title: localizedTextSchema, questions: z.array(z.object({ id: z.string(), text: localizedTextSchema })) })),
    }),
  ),
  agendas: z.array(
    z.object({
      id: z.string(),
      name: localizedTextSchema,
      message: localizedTextSchema,
      items: z.array(z.object({ title: localizedTextSchema, detail: localizedTextSchema.optional() })),
    }),
  ),
});
export type Guides = z.output<typeof guidesSchema>;
