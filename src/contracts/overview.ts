// The overview for the leadership and the school owner, as the server gives
// it and the web app reads it: the monthly review with its checklist,
// routine fidelity, the owner's statistics (aggregates only: no pupil's
// name or id ever appears in them) and the yearly calendar.
import { z } from 'zod';
import { isoDateSchema } from './attendance.js';
import { localizedTextSchema } from './localized-text.js';
import { CLOSING_REASONS } from './followup-case.js';

export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month written YYYY-MM' });

/** The points the leadership goes through in the review, in order. */
export const REVIEW_ITEMS = ['rules', 'cases', 'deadlines', 'withoutContact'] as const;
export const reviewItemSchema = z.enum(REVIEW_ITEMS);
export type ReviewItem = z.infer<typeof reviewItemSchema>;

const ruleCountSchema = z.object({ pupils: z.number().int(), lastMonth: z.number().int(), change: z.number().int(), newThisMonth: z.number().int() });
const byWhomSchema = z.object({ by: z.string(), at: z.string() });

export const monthlyReviewSchema = z.object({
  asOf: isoDateSchema,
  school: z.object({ id: z.uuid(), name: z.string() }),
  month: monthSchema,
  from: isoDateSchema,
  to: isoDateSchema,
  /** Whether the follow-up cases are stored yet; without them only the concerns part is shown. */
  casesAvailable: z.boolean(),
  rules: z.array(ruleCountSchema.extend({ ruleId: z.string(), ruleName: z.string(), classes: z.array(ruleCountSchema.extend({ className: z.string() })) })),
  cases: z.object({
    open: z.number().int(),
    openedThisMonth: z.number().int(),
    closedThisMonth: z.number().int(),
    byStep: z.array(z.object({ stepId: z.string(), number: z.number().int(), name: z.string(), open: z.number().int() })),
    deadlines: z.object({ due: z.number().int(), kept: z.number().int(), late: z.number().int(), missed: z.number().int(), pending: z.number().int() }),
    /** The leadership's own pupils: who has an open case with no contact logged. */
    withoutContact: z.array(z.object({ caseId: z.string(), pupil: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }), className: z.string().nullable(), openedOn: isoDateSchema })),
  }),
  checklist: z.object({
    items: z.array(z.object({ item: reviewItemSchema, checked: byWhomSchema.nullable() })),
    note: z.string().nullable(),
    done: byWhomSchema.nullable(),
  }),
});
export type MonthlyReview = z.infer<typeof monthlyReviewSchema>;

export const checkReviewItemSchema = z.strictObject({ item: reviewItemSchema, checked: z.boolean() });
export const completeReviewSchema = z.strictObject({ note: z.string().trim().max(2000).optional() });

const outcomeCountsSchema = z.object({ kept: z.number().int(), late: z.number().int(), missed: z.number().int(), pending: z.number().int(), left: z.number().int(), keptShare: z.number().nullable() });
const stepFidelitySchema = outcomeCountsSchema.extend({
  stepId: z.string(),
  number: z.number().int(),
  name: z.string(),
  reached: z.number().int(),
  deadlines: z.array(outcomeCountsSchema.extend({ deadlineId: z.string(), name: z.string() })),
});
const fidelityGroupSchema = z.object({
  key: z.string(),
  name: z.string(),
  cases: z.number().int(),
  open: z.number().int(),
  steps: z.array(stepFidelitySchema),
  contact: z.object({
    contacted: z.number().int(),
    notContacted: z.number().int(),
    median: z.number().nullable(),
    p90: z.number().nullable(),
    sameDay: z.number().int(),
    withinAWeek: z.number().int(),
    later: z.number().int(),
  }),
  closed: z.record(z.enum(CLOSING_REASONS), z.number().int()),
});
export const routineFidelitySchema = z.object({
  asOf: isoDateSchema,
  casesAvailable: z.boolean(),
  schools: z.array(fidelityGroupSchema.extend({ classes: z.array(fidelityGroupSchema) })),
});
export type RoutineFidelity = z.infer<typeof routineFidelitySchema>;

const absenceCellSchema = z.object({ pupils: z.number().int().nullable(), percent: z.number().nullable(), hidden: z.boolean() });
const intervalSchema = z.object({ low: z.number(), high: z.number() });
const ruleShareCellSchema = z.object({ pupils: z.number().int().nullable(), share: z.number().nullable(), interval: intervalSchema.nullable(), hidden: z.boolean() });

/** Aggregates only: schools by name, stages, months and counts. Never a pupil. */
export const ownerStatisticsSchema = z.object({
  asOf: isoDateSchema,
  schoolYear: z.string(),
  minCount: z.number().int(),
  schools: z.array(z.object({ id: z.uuid(), name: z.string(), pupils: z.number().int().nullable() })),
  months: z.array(monthSchema),
  absence: z.object({
    schools: z.array(z.object({ schoolId: z.uuid(), overall: absenceCellSchema, months: z.array(absenceCellSchema) })),
    stages: z.array(z.object({ stage: z.enum(['grades1to4', 'grades5to7', 'grades8to10', 'upperSecondary']), overall: absenceCellSchema, months: z.array(absenceCellSchema) })),
    total: z.object({ overall: absenceCellSchema, months: z.array(absenceCellSchema) }),
  }),
  rules: z.array(z.object({ ruleId: z.string(), ruleName: z.string(), schools: z.array(ruleShareCellSchema), total: ruleShareCellSchema })),
  casesAvailable: z.boolean(),
  cases: z.object({
    columns: z.array(z.string()),
    rows: z.array(z.object({ schoolId: z.uuid(), cells: z.array(z.number().int().nullable()), total: z.number().int().nullable() })),
    totals: z.array(z.number().int().nullable()),
    total: z.number().int().nullable(),
  }),
  /** School days on each side of an agreement in the measures' figures. */
  measureSpanDays: z.number().int(),
  /** By kind of measure: the bank's categories in its order, then «own» (written freely). */
  measures: z.array(
    z.object({
      kind: z.string(),
      /** The bank category's name; null for own measures. */
      name: localizedTextSchema.nullable(),
      cases: z.number().int().nullable(),
      before: z.number().nullable(),
      after: z.number().nullable(),
      change: z.object({ mean: z.number(), low: z.number(), high: z.number(), n: z.number().int() }).nullable(),
    }),
  ),
});
export type OwnerStatistics = z.infer<typeof ownerStatisticsSchema>;

export const occurrenceStatusSchema = z.enum(['done', 'upcoming', 'current', 'dueSoon', 'overdue']);
export const yearlyCalendarSchema = z.object({
  asOf: isoDateSchema,
  school: z.object({ id: z.uuid(), name: z.string() }),
  schoolYear: z.string(),
  /** Staff of the school a task can be given to. */
  staff: z.array(z.object({ id: z.uuid(), name: z.string() })),
  mayEdit: z.boolean(),
  occurrences: z.array(
    z.object({
      taskId: z.string(),
      name: localizedTextSchema,
      responsible: z.string(),
      source: z.string(),
      startsOn: isoDateSchema,
      dueOn: isoDateSchema,
      status: occurrenceStatusSchema,
      assignee: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      done: byWhomSchema.nullable(),
    }),
  ),
});
export type YearlyCalendar = z.infer<typeof yearlyCalendarSchema>;

export const updateOccurrenceSchema = z.strictObject({
  dueOn: isoDateSchema,
  assigneeId: z.uuid().nullable().optional(),
  done: z.boolean().optional(),
});

export const myCalendarRemindersSchema = z.object({
  reminders: z.array(z.object({ schoolId: z.uuid(), schoolName: z.string(), taskId: z.string(), name: localizedTextSchema, dueOn: isoDateSchema, status: occurrenceStatusSchema })),
});
