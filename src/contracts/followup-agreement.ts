// The collaboration agreement (samarbeidsavtale) between home and school:
// the situation, a goal and sub-goals, measures for the school, the home, the
// pupil, others and a plan B, each with who is responsible and by when, a date
// for evaluation, and at evaluation a judgement of every measure and the way
// forward. An agreement is a sequence of versions that are never changed: a
// revision or an evaluation adds a version. A day plan by hour may go with it.
// (Form kit seeds/001 and Nittedal's agreement form seeds/003.)
import { z } from 'zod';
import { personSchema } from './followup-roles.js';
import { pupilVoiceSchema } from './followup-records.js';
import { EVALUATION_OUTCOMES } from './followup-case.js';

const dateSchema = z.iso.date();
const instantSchema = z.iso.datetime({ offset: true });
const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'followup:validation.time' });
const text = (max: number) => z.string().trim().min(1).max(max);
const idSchema = z.string().min(1).max(100);

/** Whose measure it is: the form's sections. Plan B is what is done when the plan does not hold on a day. */
export const AGREEMENT_PARTIES = ['school', 'home', 'pupil', 'others', 'planB'] as const;
export type AgreementParty = (typeof AGREEMENT_PARTIES)[number];

export const agreementMeasureSchema = z.strictObject({
  /** Stable across versions, so an evaluation can judge the measure. */
  id: idSchema,
  party: z.enum(AGREEMENT_PARTIES),
  text: text(2000),
  /** When picked from the measure bank. */
  measureId: idSchema.optional(),
  responsible: text(200),
  deadline: dateSchema.optional(),
  /** Marks a deadline that is meant to fall after the evaluation (a measure that runs longer). */
  deadlineAfterEvaluation: z.boolean().optional(),
});
export type AgreementMeasure = z.output<typeof agreementMeasureSchema>;

export const dayPlanRowSchema = z.strictObject({
  from: timeSchema,
  to: timeSchema,
  where: text(200),
  what: text(1000),
  responsible: text(200),
});
export type DayPlanRow = z.output<typeof dayPlanRowSchema>;

/** What happens when, where, and who is responsible, hour by hour (form kit: «Dagsplan»). */
export const dayPlanSchema = z.strictObject({
  /** Which days it is for, in words («mandag til fredag», «dager med kroppsøving»). */
  appliesTo: text(200).optional(),
  rows: z.array(dayPlanRowSchema).min(1).max(48),
});
export type DayPlan = z.output<typeof dayPlanSchema>;

export const agreementContentSchema = z.strictObject({
  madeOn: dateSchema,
  present: z.array(personSchema).min(1).max(40),
  /** The situation now, in a few sentences. */
  situation: text(4000).optional(),
  /** Usually that the pupil comes to school, to every lesson and every day. */
  goal: text(1000),
  subGoals: z.array(text(1000)).max(20),
  measures: z.array(agreementMeasureSchema).min(1).max(60),
  evaluationOn: dateSchema,
  dayPlan: dayPlanSchema.optional(),
});
export type AgreementContent = z.output<typeof agreementContentSchema>;

export const MEASURE_JUDGEMENTS = ['yes', 'partly', 'no'] as const;

export const measureJudgementSchema = z.strictObject({
  measureId: idSchema,
  carriedOut: z.enum(MEASURE_JUDGEMENTS),
  worked: z.enum([...MEASURE_JUDGEMENTS, 'unknown']),
  note: text(2000).optional(),
});
export type MeasureJudgement = z.output<typeof measureJudgementSchema>;

export const agreementEvaluationSchema = z.strictObject({
  on: dateSchema,
  present: z.array(personSchema).min(1).max(40),
  judgements: z.array(measureJudgementSchema).min(1).max(60),
  /** At least one: go on with the measures, make a new agreement, take it to interdisciplinary consultation. */
  outcomes: z.array(z.enum(EVALUATION_OUTCOMES)).min(1),
  pupilVoice: pupilVoiceSchema,
  note: text(4000).optional(),
});
export type AgreementEvaluation = z.output<typeof agreementEvaluationSchema>;

export const agreementVersionSchema = z.strictObject({
  number: z.number().int().min(1),
  createdAt: instantSchema,
  createdBy: idSchema,
  /** Why this version: the first, a revision, or an evaluation. */
  kind: z.enum(['made', 'revised', 'evaluated']),
  content: agreementContentSchema,
  /** Only on a version made by evaluating. */
  evaluation: agreementEvaluationSchema.optional(),
});
export type AgreementVersion = z.output<typeof agreementVersionSchema>;

export const agreementSchema = z.strictObject({
  id: idSchema,
  caseId: idSchema,
  versions: z.array(agreementVersionSchema).min(1),
});
export type Agreement = z.output<typeof agreementSchema>;
