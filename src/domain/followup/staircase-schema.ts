// The staircase format: a school owner's follow-up routine (tiltakstrapp) as
// data, step by step, with who is responsible, who takes part, what must be
// recorded and by when (docs/staircases.md is its manual). The rules' policy
// carries a short staircase with the same step ids and numbers, so that a
// concern that names a step opens or advances the right one.
//
// Objects are strict, as in the policy format: a misspelt field is refused,
// not silently ignored.
import { z } from 'zod';
import { idSchemaWith, oneOf, text, wholeNumber } from '../schema-parts.js';
import { localizedTextSchema } from '../../contracts/localized-text.js';
import { PARTICIPANTS, SCHOOL_ROLES } from '../../contracts/followup-roles.js';

export { PARTICIPANTS, SCHOOL_ROLES, type Participant, type SchoolRole } from '../../contracts/followup-roles.js';

/**
 * What can be recorded in a case, and so what a step can ask for:
 * a contact log entry, a conversation, a meeting, minutes (of a conversation
 * or a meeting), a mapping (cause mapping, scaling, tiltakssirkelen or
 * factors), a collaboration agreement, an evaluation, a consent.
 */
export const RECORD_KINDS = ['contact', 'conversation', 'meeting', 'minutes', 'mapping', 'agreement', 'evaluation', 'consent'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Where a step may lead once its records are in: close the case, do the step again, go on, go back. */
export const STEP_OUTCOMES = ['close', 'stay', 'next', 'back'] as const;
export type StepOutcome = (typeof STEP_OUTCOMES)[number];

const idSchema = idSchemaWith('kartlegging');

/**
 * A span of school time. A week is five school days: holidays do not count,
 * so «after three weeks» across the autumn break is three weeks of school.
 */
export const spanSchema = z.union(
  [
    z.literal('sameDay'),
    z.strictObject({ schoolDays: wholeNumber(1, 190) }),
    z.strictObject({ weeks: wholeNumber(1, 38) }),
  ],
  { error: 'must be "sameDay", { "schoolDays": n } (1 to 190) or { "weeks": n } (1 to 38)' },
);
export type Span = z.output<typeof spanSchema>;

/** School days in a span: the same day is 0, a week is 5. */
export function spanInSchoolDays(span: Span): number {
  if (span === 'sameDay') return 0;
  return 'schoolDays' in span ? span.schoolDays : span.weeks * 5;
}

/**
 * When a deadline falls, counted from the event before it. `within`: by then
 * at the latest. `after`: planned for then (an evaluation after three weeks),
 * and late after `latest` when given, else after the planned day.
 */
const dueSchema = z.union(
  [z.strictObject({ within: spanSchema }), z.strictObject({ after: spanSchema, latest: spanSchema.optional() })],
  { error: 'must be { "within": span } or { "after": span, "latest": span }' },
);
export type StepDue = z.output<typeof dueSchema>;

const deadlineSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  /** Counted from the step being reached (the first deadline) or the deadline before it being met. */
  due: dueSchema,
  /** What meets the deadline: every kind listed must be recorded. */
  records: z
    .array(z.enum(RECORD_KINDS, { error: oneOf(RECORD_KINDS) }))
    .min(1, { error: 'must name at least one record' }),
  /** Whether the span is the source document's ('source', the default) or a default of ours for the owner to set. */
  provenance: z.enum(['source', 'ours'], { error: oneOf(['source', 'ours']) }).optional(),
});
export type StepDeadline = z.output<typeof deadlineSchema>;

const stepSchema = z.strictObject({
  id: idSchema,
  number: wholeNumber(1, 20),
  name: localizedTextSchema,
  purpose: localizedTextSchema,
  responsible: z
    .array(z.enum(SCHOOL_ROLES, { error: oneOf(SCHOOL_ROLES) }))
    .min(1, { error: 'must name at least one role' }),
  participants: z.array(z.enum(PARTICIPANTS, { error: oneOf(PARTICIPANTS) })).min(1, { error: 'must name at least one participant' }),
  deadlines: z.array(deadlineSchema).min(1, { error: 'must have at least one deadline' }).max(10),
  /** The step's deadlines start over when the last is met, until the step is left (fixed meetings every second week). */
  repeats: z.boolean({ error: 'must be true or false' }).optional(),
  leadsTo: z
    .array(z.enum(STEP_OUTCOMES, { error: oneOf(STEP_OUTCOMES) }))
    .min(1, { error: 'must name at least one outcome' }),
  /** The step that «back» returns to; the one before when left out. */
  backTo: idSchema.optional(),
  /** Where in the source document the step comes from, e.g. a page or a heading. */
  sourceNote: text(500).optional(),
});
export type StaircaseStepDefinition = z.output<typeof stepSchema>;

const sourceSchema = z.strictObject({
  title: text(300),
  publisher: text(200),
  reference: text(300).optional(),
  url: z.url({ error: 'must be a web address' }).optional(),
  note: text(2000).optional(),
});

type Issue = { path: (string | number)[]; message: string };

function duplicates<T>(items: readonly T[], key: (item: T) => string | number, path: (i: number) => (string | number)[], what: string): Issue[] {
  const seen = new Map<string | number, number>();
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else issues.push({ path: path(i), message: `${what} ${JSON.stringify(k)} is already used by item ${first}` });
  });
  return issues;
}

const baseStaircaseSchema = z.strictObject({
  /** The same id as the owner's policy, whose `staircase` names the same steps. */
  id: idSchema,
  version: wholeNumber(1, 1_000_000),
  name: localizedTextSchema,
  description: localizedTextSchema.optional(),
  source: sourceSchema,
  steps: z.array(stepSchema).min(1, { error: 'must have at least one step' }).max(20),
});

export const staircaseSchema = baseStaircaseSchema.superRefine((staircase, ctx) => {
  const { steps } = staircase;
  const issues: Issue[] = [
    ...duplicates(steps, (s) => s.id, (i) => ['steps', i, 'id'], 'the step id'),
    ...duplicates(steps, (s) => s.number, (i) => ['steps', i, 'number'], 'the step number'),
  ];
  steps.forEach((step, i) => {
    if (step.number !== i + 1) {
      issues.push({ path: ['steps', i, 'number'], message: `must be ${i + 1}: steps are numbered 1, 2, 3 ... in order` });
    }
    issues.push(...duplicates(step.deadlines, (d) => d.id, (j) => ['steps', i, 'deadlines', j, 'id'], 'the deadline id'));
    issues.push(...duplicates(step.leadsTo, (o) => o, (j) => ['steps', i, 'leadsTo', j], 'the outcome'));
    issues.push(...duplicates(step.responsible, (r) => r, (j) => ['steps', i, 'responsible', j], 'the role'));
    issues.push(...duplicates(step.participants, (p) => p, (j) => ['steps', i, 'participants', j], 'the participant'));
    if (step.leadsTo.includes('next') && i === steps.length - 1) {
      issues.push({ path: ['steps', i, 'leadsTo'], message: 'cannot lead to "next": it is the last step' });
    }
    if (step.leadsTo.includes('back') && i === 0) {
      issues.push({ path: ['steps', i, 'leadsTo'], message: 'cannot lead "back": it is the first step' });
    }
    if (step.backTo !== undefined) {
      const target = steps.findIndex((s) => s.id === step.backTo);
      if (!step.leadsTo.includes('back')) issues.push({ path: ['steps', i, 'backTo'], message: 'needs "back" in leadsTo' });
      if (target < 0 || target >= i) issues.push({ path: ['steps', i, 'backTo'], message: 'must be the id of an earlier step' });
    }
    step.deadlines.forEach((deadline, j) => {
      issues.push(...duplicates(deadline.records, (r) => r, (k) => ['steps', i, 'deadlines', j, 'records', k], 'the record'));
      if ('latest' in deadline.due && deadline.due.latest !== undefined && spanInSchoolDays(deadline.due.latest) < spanInSchoolDays(deadline.due.after)) {
        issues.push({ path: ['steps', i, 'deadlines', j, 'due', 'latest'], message: 'must not be before "after"' });
      }
    });
  });
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

export type Staircase = z.output<typeof staircaseSchema>;
