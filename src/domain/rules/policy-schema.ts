// The policy format: a school owner's rules for when absence becomes a
// concern, as a plain JSON object (docs/policies.md is its manual). The
// thresholds differ by owner, so they are data, not code; the server keeps
// every version an owner saves, hence `version`.
//
// Objects are strict: an unknown field is refused rather than ignored, since a
// misspelt "threshhold" silently ignored would leave a rule that never fires.
import { z } from 'zod';
import { idSchemaWith, oneOf, text, wholeNumber } from '../schema-parts.js';
import { DOCUMENTATION_STATES, type Documentation } from '../figures/types.js';
import { MEASURE_INFO, MEASURES } from './measures.js';
import { patternSettingsSchema } from '../patterns/settings.js';
import { upperSecondarySettingsSchema } from '../upper-secondary/settings.js';

export const LEVELS = ['notice', 'concern', 'serious'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Who is told. `guardians` means the guardians while the pupil is under 18;
 * from 18 the pupil is told instead (the evaluator swaps them by age).
 * `pupil` is the pupil at any age.
 */
export const RECIPIENTS = [
  'contactTeacher',
  'subjectTeacher',
  'classTeam',
  'counsellor',
  'resourceTeam',
  'leadership',
  'guardians',
  'pupil',
] as const;
export type Recipient = (typeof RECIPIENTS)[number];

export const COMPARISONS = ['atLeast', 'moreThan'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** Windows fixed by the calendar; the rolling ones carry their length. `halfYear` is `term` by another name. */
export const CALENDAR_WINDOWS = ['term', 'halfYear', 'schoolYear', 'month', 'schoolDay', 'firstSchoolDay'] as const;
export const WINDOW_KINDS = [...CALENDAR_WINDOWS, 'rollingSchoolDays', 'rollingWeeks'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

const idSchema = idSchemaWith('ten-percent-term');

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Within N school days, 0 being the same day. Holidays and weekends are skipped. */
const dueSchema = z.union([z.literal('sameDay'), z.strictObject({ schoolDays: wholeNumber(1, 190) })], {
  error: 'must be "sameDay" or { "schoolDays": n } with n from 1 to 190',
});
export type Due = z.output<typeof dueSchema>;

const durationSchema = z.union(
  [z.strictObject({ schoolDays: wholeNumber(1, 190) }), z.strictObject({ weeks: wholeNumber(1, 52) })],
  { error: 'must be { "schoolDays": n } (1 to 190) or { "weeks": n } (1 to 52)' },
);
export type Duration = z.output<typeof durationSchema>;

const windowSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.enum(CALENDAR_WINDOWS) }),
    z.strictObject({ kind: z.literal('rollingSchoolDays'), days: wholeNumber(1, 190) }),
    z.strictObject({ kind: z.literal('rollingWeeks'), weeks: wholeNumber(1, 52) }),
  ],
  { error: `"kind" ${oneOf(WINDOW_KINDS)}` },
);

const filterSchema = z.strictObject({
  /** Which documentation states count; all three when left out. */
  documentation: z
    .array(z.enum(DOCUMENTATION_STATES as [Documentation, ...Documentation[]], { error: oneOf(DOCUMENTATION_STATES) }))
    .min(1, { error: 'must name at least one state; leave the field out to count all' })
    .optional(),
  /** Judge each subject on its own: the rule fires per subject. */
  perSubject: z.boolean({ error: 'must be true or false' }).optional(),
});

const triggerSchema = z.strictObject({
  level: z.enum(LEVELS, { error: oneOf(LEVELS) }),
  /** The staircase step this opens, or advances an open case to: a step's id or number. */
  step: z.union([idSchema, wholeNumber(1, 20)], { error: 'must be a step id (text) or a step number' }).optional(),
  notify: z.array(z.enum(RECIPIENTS, { error: oneOf(RECIPIENTS) })).min(1, { error: 'must name at least one recipient' }),
  actWithin: dueSchema,
  note: text(2000).optional(),
});

const ruleSchema = z.strictObject({
  id: idSchema,
  name: text(200),
  description: text(2000).optional(),
  measure: z.enum(MEASURES, { error: oneOf(MEASURES) }),
  filter: filterSchema.optional(),
  window: windowSchema,
  comparison: z.enum(COMPARISONS, { error: oneOf(COMPARISONS) }),
  threshold: z.number({ error: 'must be a number' }),
  /** A lower level at which the rule warns, in an open window, that the threshold is near. */
  approaching: z.number({ error: 'must be a number' }).optional(),
  /**
   * A percentage is not judged before its base (held lessons, or school days)
   * reaches this: one absent lesson of four on the first day is 25 %.
   */
  minimumBase: wholeNumber(0, 100_000).optional(),
  /** Whether the threshold is the cited source's ('source', the default) or a default of ours for the owner to set. */
  provenance: z.enum(['source', 'ours'], { error: oneOf(['source', 'ours']) }).optional(),
  trigger: triggerSchema,
});

const stepSchema = z.strictObject({
  id: idSchema,
  number: wholeNumber(1, 20),
  name: text(200),
  description: text(2000).optional(),
  /** How soon the step is to be taken once reached. */
  actWithin: dueSchema.optional(),
  /** When the step's measures are evaluated, earliest and (optionally) latest. */
  followUp: z.strictObject({ after: durationSchema, latest: durationSchema.optional() }).optional(),
  /** How often the step's meetings are held while it lasts. */
  meetEvery: durationSchema.optional(),
});

const deadlineSchema = z.strictObject({
  id: idSchema,
  name: text(200),
  description: text(2000).optional(),
  /** The deadline is the last school day before this day of the school year, 'MM-DD' (August to July). */
  before: z.string({ error: 'must be a text' }).regex(MONTH_DAY, { error: 'must be a day of the year as "MM-DD", e.g. "03-01"' }),
  /** Reminders start this many school days before the last day. */
  remindSchoolDaysBefore: wholeNumber(0, 190).optional(),
  notify: z.array(z.enum(RECIPIENTS, { error: oneOf(RECIPIENTS) })).min(1, { error: 'must name at least one recipient' }),
});

const sourceSchema = z.strictObject({
  title: text(300),
  publisher: text(200),
  /** The document the preset follows, e.g. a file name or a document id. */
  reference: text(300).optional(),
  url: z.url({ error: 'must be a web address' }).optional(),
  note: text(2000).optional(),
});

const gradeSchema = wholeNumber(1, 13);

const basePolicySchema = z.strictObject({
  id: idSchema,
  /** Raised by one at every change; the server keeps each version. */
  version: wholeNumber(1, 1_000_000),
  name: text(200),
  description: text(4000).optional(),
  source: sourceSchema,
  /** Informational: the grades the policy is written for (1-10 compulsory school, 11-13 upper secondary). */
  appliesTo: z.strictObject({ fromGrade: gradeSchema, toGrade: gradeSchema }).optional(),
  staircase: z
    .strictObject({
      name: text(200).optional(),
      steps: z.array(stepSchema).min(1, { error: 'must have at least one step' }).max(20),
    })
    .optional(),
  deadlines: z.array(deadlineSchema).optional(),
  /** Upper secondary: the at-risk level, documentation deadline, complaint window (src/domain/upper-secondary/settings.ts). */
  upperSecondary: upperSecondarySettingsSchema.optional(),
  rules: z.array(ruleSchema).min(1, { error: 'must have at least one rule' }).max(200),
  /** How sensitive the pattern detectors are (docs/patterns.md); the defaults where left out. */
  patterns: patternSettingsSchema.optional(),
});

type BasePolicy = z.output<typeof basePolicySchema>;
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

function thresholdIssues(rule: BasePolicy['rules'][number], at: (string | number)[]): Issue[] {
  const info = MEASURE_INFO[rule.measure];
  const issues: Issue[] = [];
  const check = (field: 'threshold' | 'approaching', value: number) => {
    if (info.kind === 'percent') {
      if (value < 0 || value > 100) issues.push({ path: [...at, field], message: 'is a percentage: must be from 0 to 100' });
    } else if (!Number.isInteger(value) || value < 0) {
      issues.push({ path: [...at, field], message: `counts ${info.unit}: must be a whole number, 0 or more` });
    }
  };
  check('threshold', rule.threshold);
  // "At least 0" holds for everybody: such a rule would fire for every pupil.
  if (rule.comparison === 'atLeast' && rule.threshold <= 0) {
    issues.push({ path: [...at, 'threshold'], message: 'must be above 0 with "atLeast" (at least 0 is true for every pupil)' });
  }
  if (info.kind === 'percent' && rule.comparison === 'moreThan' && rule.threshold >= 100) {
    issues.push({ path: [...at, 'threshold'], message: 'must be below 100 with "moreThan" (nobody is absent more than 100 %)' });
  }
  if (rule.approaching !== undefined) {
    check('approaching', rule.approaching);
    if (rule.approaching >= rule.threshold) {
      issues.push({ path: [...at, 'approaching'], message: `must be below the threshold (${rule.threshold})` });
    }
    if (rule.comparison === 'atLeast' && rule.approaching <= 0) {
      issues.push({ path: [...at, 'approaching'], message: 'must be above 0 with "atLeast"' });
    }
  }
  if (rule.minimumBase !== undefined && info.kind !== 'percent') {
    issues.push({ path: [...at, 'minimumBase'], message: `only applies to percentages; "${rule.measure}" is a count` });
  }
  return issues;
}

function ruleIssues(policy: BasePolicy): Issue[] {
  const steps = policy.staircase?.steps ?? [];
  const issues: Issue[] = [];
  policy.rules.forEach((rule, i) => {
    const at = ['rules', i];
    const info = MEASURE_INFO[rule.measure];
    if (rule.filter?.documentation !== undefined) {
      if (!info.documentationFilter) {
        const why = rule.measure === 'noNotice' ? ' (it is undocumented absence by definition)' : '';
        issues.push({ path: [...at, 'filter', 'documentation'], message: `cannot narrow "${rule.measure}"${why}` });
      }
      issues.push(
        ...duplicates(rule.filter.documentation, (d) => d, (j) => [...at, 'filter', 'documentation', j], 'the state'),
      );
    }
    if (rule.filter?.perSubject === true && !info.perSubject) {
      issues.push({ path: [...at, 'filter', 'perSubject'], message: `"${rule.measure}" is not kept per subject` });
    }
    issues.push(...thresholdIssues(rule, at));
    const step = rule.trigger.step;
    if (step !== undefined && !steps.some((s) => (typeof step === 'number' ? s.number === step : s.id === step))) {
      issues.push({
        path: [...at, 'trigger', 'step'],
        message:
          steps.length === 0
            ? 'refers to a step, but the policy has no staircase'
            : `is not a step of the staircase (${steps.map((s) => `${s.number} "${s.id}"`).join(', ')})`,
      });
    }
    issues.push(...duplicates(rule.trigger.notify, (r) => r, (j) => [...at, 'trigger', 'notify', j], 'the recipient'));
  });
  return issues;
}

export const policySchema = basePolicySchema.superRefine((policy, ctx) => {
  const issues: Issue[] = [
    ...duplicates(policy.rules, (r) => r.id, (i) => ['rules', i, 'id'], 'the rule id'),
    ...duplicates(policy.staircase?.steps ?? [], (s) => s.id, (i) => ['staircase', 'steps', i, 'id'], 'the step id'),
    ...duplicates(policy.staircase?.steps ?? [], (s) => s.number, (i) => ['staircase', 'steps', i, 'number'], 'the step number'),
    ...duplicates(policy.deadlines ?? [], (d) => d.id, (i) => ['deadlines', i, 'id'], 'the deadline id'),
    ...ruleIssues(policy),
  ];
  if (policy.appliesTo && policy.appliesTo.fromGrade > policy.appliesTo.toGrade) {
    issues.push({ path: ['appliesTo', 'toGrade'], message: 'must not be below fromGrade' });
  }
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

export type Policy = z.output<typeof policySchema>;
export type Rule = Policy['rules'][number];
export type Trigger = Rule['trigger'];
export type RuleFilter = NonNullable<Rule['filter']>;
export type RuleWindow = Rule['window'];
export type StaircaseStep = NonNullable<Policy['staircase']>['steps'][number];
export type Deadline = NonNullable<Policy['deadlines']>[number];
export type PolicySource = Policy['source'];
export type PolicyPatterns = NonNullable<Policy['patterns']>;
