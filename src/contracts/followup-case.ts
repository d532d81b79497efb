// A follow-up case is the log of what happened in it, in order: opened, what
// was recorded, which way the staircase went, tasks, closing and reopening.
// The state (current step, due dates, what is overdue) is computed from the
// events by the pure functions in src/domain/followup; nothing else is stored.
import { z } from 'zod';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateSchema = z.string({ error: 'must be a date' }).regex(DATE, { error: 'must be a date written YYYY-MM-DD' });
/** An instant with its offset, e.g. 2026-09-03T09:15:00+02:00 or ...Z. */
const instantSchema = z.iso.datetime({ offset: true, error: 'must be a date and time with an offset, e.g. 2026-09-03T09:15:00+02:00' });
const idSchema = z.string({ error: 'must be a text' }).min(1, { error: 'must not be empty' }).max(100);
const stepIdSchema = z.string({ error: 'must be a text' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a step id' });
const note = (max: number) => z.string({ error: 'must be a text' }).trim().min(1, { error: 'must not be empty' }).max(max, { error: `can have at most ${max} characters` });

/**
 * The figures that opened (or moved) a case, as they were on the day the rule
 * fired: later marks change the pupil's figures, never the snapshot, so the
 * case can always show why it was opened.
 */
export const concernSnapshotSchema = z.strictObject({
  /** The concern's stable key: rule, window and subject. */
  key: z.string().min(1).max(300),
  policyId: z.string().min(1).max(64),
  policyVersion: z.number().int().min(1),
  rule: z.string().min(1).max(64),
  ruleName: z.string().min(1).max(200),
  measure: z.string().min(1).max(40),
  level: z.enum(['notice', 'concern', 'serious']),
  comparison: z.enum(['atLeast', 'moreThan']),
  /** Exact; rounded only when shown. */
  value: z.number(),
  threshold: z.number(),
  /** Held lessons or school days behind a percentage; null for a count. */
  base: z.number().int().min(0).nullable(),
  window: z.strictObject({ kind: z.string().min(1).max(40), from: dateSchema, to: dateSchema, until: dateSchema, label: z.string().max(100).optional() }),
  subject: z.string().max(40).optional(),
  /** The dates that make the value. */
  evidence: z.array(dateSchema).max(400),
  /** The day the rules were judged and the concern raised. */
  raisedOn: dateSchema,
  /** The school day by which the trigger was to be acted on. */
  dueBy: dateSchema,
  step: z.strictObject({ id: stepIdSchema, number: z.number().int().min(1) }).optional(),
});
export type ConcernSnapshot = z.output<typeof concernSnapshotSchema>;

export const CLOSING_REASONS = ['worryDispelled', 'attendanceNormal', 'pupilMoved', 'other'] as const;
export const closingReasonSchema = z.enum(CLOSING_REASONS, { error: `must be one of: ${CLOSING_REASONS.join(', ')}` });
export type ClosingReason = z.output<typeof closingReasonSchema>;

export const CONVERSATION_PARTIES = ['pupil', 'guardians', 'pupilAndGuardians'] as const;
export const MAPPING_TOOLS = ['causeMapping', 'scaling', 'circle', 'factors'] as const;
/** At evaluation: go on with the measures, make a new agreement, or take the case to interdisciplinary consultation (Nittedal). */
export const EVALUATION_OUTCOMES = ['continue', 'newAgreement', 'interdisciplinary'] as const;
export type EvaluationOutcome = (typeof EVALUATION_OUTCOMES)[number];

const base = {
  /** Given by the server; unique within the case. */
  id: idSchema,
  /** When it happened (a meeting held yesterday is recorded today with yesterday's time). */
  at: instantSchema,
  /** The user who recorded it. */
  by: idSchema,
};

const assigneeSchema = z.strictObject({ userId: idSchema, name: note(200) });

export const caseEventSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      ...base,
      type: z.literal('caseOpened'),
      pupilId: idSchema,
      staircaseId: stepIdSchema,
      staircaseVersion: z.number().int().min(1),
      origin: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('concern'), concern: concernSnapshotSchema }),
        z.strictObject({ kind: z.literal('manual'), reason: note(2000) }),
      ]),
      /** The step to start at; the concern's step, or the first, when left out. */
      atStep: stepIdSchema.optional(),
    }),
    /** A new concern while the case is open; one that names a later step moves the case up to it. */
    z.strictObject({ ...base, type: z.literal('concernAdded'), concern: concernSnapshotSchema }),
    z.strictObject({ ...base, type: z.literal('contactLogged'), recordId: idSchema }),
    z.strictObject({ ...base, type: z.literal('conversationHeld'), recordId: idSchema, with: z.enum(CONVERSATION_PARTIES), minutes: z.boolean() }),
    z.strictObject({ ...base, type: z.literal('meetingHeld'), recordId: idSchema, minutes: z.boolean() }),
    z.strictObject({ ...base, type: z.literal('mappingDone'), recordId: idSchema, tool: z.enum(MAPPING_TOOLS) }),
    z.strictObject({ ...base, type: z.literal('agreementMade'), agreementId: idSchema, version: z.number().int().min(1) }),
    z.strictObject({
      ...base,
      type: z.literal('evaluationDone'),
      agreementId: idSchema,
      version: z.number().int().min(1),
      outcomes: z.array(z.enum(EVALUATION_OUTCOMES)).min(1, { error: 'choose at least one outcome' }),
    }),
    z.strictObject({ ...base, type: z.literal('consentRecorded'), consentId: idSchema }),
    /** Go on: to the next step, or to a later one named. */
    z.strictObject({ ...base, type: z.literal('stepAdvanced'), toStep: stepIdSchema.optional() }),
    /** Do the step again, its deadlines counted from now. */
    z.strictObject({ ...base, type: z.literal('stepStayed'), note: note(2000).optional() }),
    /** Go back: to the step's `backTo`, the one before, or an earlier one named. */
    z.strictObject({ ...base, type: z.literal('stepWentBack'), toStep: stepIdSchema.optional(), note: note(2000).optional() }),
    z.strictObject({
      ...base,
      type: z.literal('taskAssigned'),
      taskId: idSchema,
      title: note(300),
      assignee: assigneeSchema,
      dueOn: dateSchema.optional(),
    }),
    z.strictObject({ ...base, type: z.literal('taskDone'), taskId: idSchema }),
    z.strictObject({ ...base, type: z.literal('caseClosed'), reason: closingReasonSchema, note: note(2000).optional() }),
    z.strictObject({ ...base, type: z.literal('caseReopened'), atStep: stepIdSchema.optional(), note: note(2000) }),
  ],
  { error: 'is not a kind of case event' },
);
export type CaseEvent = z.output<typeof caseEventSchema>;
export type CaseEventType = CaseEvent['type'];
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
