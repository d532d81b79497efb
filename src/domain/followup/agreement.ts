// The collaboration agreement's rules, and its versions: an agreement is
// never edited, a revision or an evaluation adds a version, so that what was
// agreed and signed on a day can always be shown as it was.
import type {
  Agreement,
  AgreementContent,
  AgreementEvaluation,
  AgreementMeasure,
  AgreementParty,
  AgreementVersion,
  DayPlan,
} from '../../contracts/followup-agreement.js';
import type { Locale } from '../../contracts/locale.js';
import type { MeasureDefinition } from './measure-bank-schema.js';

/** A problem with an agreement: where, and a catalogue key under `followup:agreement.problems`. */
export interface AgreementProblem {
  path: (string | number)[];
  code:
    | 'evaluationNotAfterAgreement'
    | 'deadlineBeforeAgreement'
    | 'deadlineAfterEvaluation'
    | 'duplicateMeasureId'
    | 'dayPlanEndBeforeStart'
    | 'dayPlanOverlap'
    | 'evaluationBeforeAgreement'
    | 'measureNotJudged'
    | 'unknownMeasure'
    | 'measureJudgedTwice'
    | 'continueNeedsNewDate'
    | 'newDateNotAfterEvaluation'
    | 'unchanged'
    | 'notAfterPreviousVersion';
}

/** Things worth a second look that do not stop the agreement: Lyngen wants measures for school, home and pupil alike. */
export interface AgreementWarning {
  code: 'noMeasureFor' | 'noPlanB';
  party?: AgreementParty;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function dayPlanProblems(plan: DayPlan, at: (string | number)[] = ['dayPlan']): AgreementProblem[] {
  const problems: AgreementProblem[] = [];
  plan.rows.forEach((row, i) => {
    if (minutesOf(row.to) <= minutesOf(row.from)) problems.push({ path: [...at, 'rows', i, 'to'], code: 'dayPlanEndBeforeStart' });
  });
  const order = plan.rows.map((row, i) => ({ row, i })).sort((a, b) => minutesOf(a.row.from) - minutesOf(b.row.from));
  for (let k = 1; k < order.length; k++) {
    const before = order[k - 1]!;
    const next = order[k]!;
    if (minutesOf(next.row.from) < minutesOf(before.row.to)) problems.push({ path: [...at, 'rows', next.i, 'from'], code: 'dayPlanOverlap' });
  }
  return problems;
}

/** What is wrong with an agreement's content; empty when it can be saved. */
export function agreementProblems(content: AgreementContent): AgreementProblem[] {
  const problems: AgreementProblem[] = [];
  if (content.evaluationOn <= content.madeOn) problems.push({ path: ['evaluationOn'], code: 'evaluationNotAfterAgreement' });
  const seen = new Set<string>();
  content.measures.forEach((measure, i) => {
    if (seen.has(measure.id)) problems.push({ path: ['measures', i, 'id'], code: 'duplicateMeasureId' });
    seen.add(measure.id);
    if (measure.deadline === undefined) return;
    if (measure.deadline < content.madeOn) problems.push({ path: ['measures', i, 'deadline'], code: 'deadlineBeforeAgreement' });
    if (measure.deadline > content.evaluationOn && measure.deadlineAfterEvaluation !== true) {
      problems.push({ path: ['measures', i, 'deadline'], code: 'deadlineAfterEvaluation' });
    }
  });
  if (content.dayPlan) problems.push(...dayPlanProblems(content.dayPlan));
  return problems;
}

export function agreementWarnings(content: AgreementContent): AgreementWarning[] {
  const warnings: AgreementWarning[] = [];
  for (const party of ['school', 'home', 'pupil'] as const) {
    if (!content.measures.some((m) => m.party === party)) warnings.push({ code: 'noMeasureFor', party });
  }
  if (!content.measures.some((m) => m.party === 'planB')) warnings.push({ code: 'noPlanB' });
  return warnings;
}

/** Every measure judged once, none unknown, not before the agreement was made. */
export function evaluationProblems(content: AgreementContent, evaluation: AgreementEvaluation): AgreementProblem[] {
  const problems: AgreementProblem[] = [];
  if (evaluation.on < content.madeOn) problems.push({ path: ['on'], code: 'evaluationBeforeAgreement' });
  const ids = new Set(content.measures.map((m) => m.id));
  const judged = new Set<string>();
  evaluation.judgements.forEach((judgement, i) => {
    if (!ids.has(judgement.measureId)) problems.push({ path: ['judgements', i, 'measureId'], code: 'unknownMeasure' });
    else if (judged.has(judgement.measureId)) problems.push({ path: ['judgements', i, 'measureId'], code: 'measureJudgedTwice' });
    judged.add(judgement.measureId);
  });
  content.measures.forEach((measure, i) => {
    if (!judged.has(measure.id)) problems.push({ path: ['judgements', `measures[${i}]`], code: 'measureNotJudged' });
  });
  return problems;
}

export type AgreementResult = { ok: true; agreement: Agreement } | { ok: false; problems: AgreementProblem[] };

export const currentVersion = (agreement: Agreement): AgreementVersion => agreement.versions[agreement.versions.length - 1] as AgreementVersion;

interface Stamp {
  at: string;
  by: string;
}

function append(agreement: Agreement, version: Omit<AgreementVersion, 'number'>): AgreementResult {
  const last = currentVersion(agreement);
  if (Date.parse(version.createdAt) < Date.parse(last.createdAt)) return { ok: false, problems: [{ path: ['createdAt'], code: 'notAfterPreviousVersion' }] };
  const next = { ...version, number: last.number + 1 } as AgreementVersion;
  // The versions before are kept as they were: a new array, the old objects untouched.
  return { ok: true, agreement: { ...agreement, versions: [...agreement.versions, next] } };
}

export function makeAgreement(ids: { id: string; caseId: string }, content: AgreementContent, stamp: Stamp): AgreementResult {
  const problems = agreementProblems(content);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, agreement: { ...ids, versions: [{ number: 1, createdAt: stamp.at, createdBy: stamp.by, kind: 'made', content }] } };
}

export function reviseAgreement(agreement: Agreement, content: AgreementContent, stamp: Stamp): AgreementResult {
  const problems = agreementProblems(content);
  if (JSON.stringify(content) === JSON.stringify(currentVersion(agreement).content)) problems.push({ path: [], code: 'unchanged' });
  if (problems.length > 0) return { ok: false, problems };
  return append(agreement, { createdAt: stamp.at, createdBy: stamp.by, kind: 'revised', content });
}

/**
 * Records an evaluation as a new version. Going on with the measures needs
 * the next evaluation's date, which the new version carries.
 */
export function evaluateAgreement(agreement: Agreement, evaluation: AgreementEvaluation, stamp: Stamp, nextEvaluationOn?: string): AgreementResult {
  const { content } = currentVersion(agreement);
  const problems = evaluationProblems(content, evaluation);
  if (evaluation.outcomes.includes('continue')) {
    if (nextEvaluationOn === undefined) problems.push({ path: ['nextEvaluationOn'], code: 'continueNeedsNewDate' });
    else if (nextEvaluationOn <= evaluation.on) problems.push({ path: ['nextEvaluationOn'], code: 'newDateNotAfterEvaluation' });
  }
  if (problems.length > 0) return { ok: false, problems };
  const next = nextEvaluationOn !== undefined && evaluation.outcomes.includes('continue') ? { ...content, evaluationOn: nextEvaluationOn } : content;
  return append(agreement, { createdAt: stamp.at, createdBy: stamp.by, kind: 'evaluated', content: next, evaluation });
}

/** A measure from the bank, picked straight into the agreement in the agreement's language. */
export function measureFromBank(
  measure: MeasureDefinition,
  locale: Locale,
  fields: { id: string; party?: AgreementParty; responsible: string; deadline?: string },
): AgreementMeasure {
  return {
    id: fields.id,
    party: fields.party ?? measure.party,
    text: measure.title[locale],
    measureId: measure.id,
    responsible: fields.responsible,
    ...(fields.deadline === undefined ? {} : { deadline: fields.deadline }),
  };
}
