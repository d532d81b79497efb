// The action plan (tiltaksplan, after Lyngen's form): why the case was opened,
// what the cause mapping found, the staircase's deadlines with who is
// responsible and when each was done, the measures agreed, and how they were
// followed up. Made from the case's schedule, so it is never out of step.
import type { Agreement } from '../../contracts/followup-agreement.js';
import type { CauseMapping } from '../../contracts/followup-mapping.js';
import { leadingCauses } from '../../contracts/followup-mapping.js';
import type { CaseState } from '../../domain/followup/case-state.js';
import type { CaseSchedule } from '../../domain/followup/case-schedule.js';
import type { Staircase } from '../../domain/followup/staircase-schema.js';
import type { Block, DocumentContext, DocumentModel } from './document-model.js';
import { dateAndTime, documentFrame, longDate, pupilFacts, shortDate, textsFor } from './texts.js';

export interface ActionPlanInput {
  state: CaseState;
  schedule: CaseSchedule;
  staircase: Staircase;
  agreement?: Agreement;
  causeMappings?: readonly CauseMapping[];
}

const number = (value: number, locale: string) => value.toLocaleString(locale === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 });

export function actionPlanDocument(ctx: DocumentContext, input: ActionPlanInput): DocumentModel {
  const t = textsFor(ctx.locale);
  const { locale } = ctx;
  const title = t('documents.actionPlan.title');
  const { state, schedule, staircase } = input;
  const opened = dateAndTime(state.openedAt, locale).date;
  const reason =
    state.origin.kind === 'concern'
      ? t('documents.actionPlan.concernReason', {
          rule: state.origin.concern.ruleName,
          value: `${number(state.origin.concern.value, locale)}${state.origin.concern.measure.endsWith('Percent') ? ' %' : ''}`,
          threshold: `${number(state.origin.concern.threshold, locale)}${state.origin.concern.measure.endsWith('Percent') ? ' %' : ''}`,
        })
      : // The sentence ends it: a reason written with its own full stop would end twice.
        state.origin.reason.replace(/\.\s*$/, '');

  const blocks: Block[] = [
    { kind: 'facts', rows: [...pupilFacts(ctx, t), [t('documents.date'), longDate(ctx.today, locale)]] },
    { kind: 'heading', text: t('documents.actionPlan.background') },
    { kind: 'paragraph', text: t('documents.actionPlan.openedFrom', { date: opened, reason }) },
    { kind: 'heading', text: t('documents.actionPlan.causes') },
  ];
  const mappings = input.causeMappings ?? [];
  if (mappings.length === 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: t('documents.actionPlan.noMapping') });
  for (const mapping of mappings) {
    const causes = leadingCauses(mapping, 1).map((c) => t('documents.actionPlan.causeShare', { cause: t(`causes.${c.category}`), score: c.score }));
    blocks.push({ kind: 'paragraph', tone: 'strong', text: t(`perspectives.${mapping.perspective}`) }, { kind: 'list', items: causes.length > 0 ? causes : [t('documents.none')] });
  }

  const stepName = (id: string) => staircase.steps.find((s) => s.id === id)?.name[locale] ?? id;
  const rows: string[][] = [];
  for (const { visit, deadlines } of schedule.history) {
    for (const d of deadlines) {
      rows.push([
        `${visit.number}. ${stepName(visit.stepId)}`,
        d.name[locale],
        shortDate(d.dueOn),
        d.responsible.map((r) => t(`roles.${r}`)).join(', '),
        d.metOn ? shortDate(d.metOn) : t(`deadlineStatus.${d.status}`),
      ]);
    }
  }
  blocks.push(
    { kind: 'heading', text: t('documents.actionPlan.staircase') },
    {
      kind: 'table',
      header: [t('documents.actionPlan.step'), t('documents.actionPlan.what'), t('documents.actionPlan.due'), t('documents.actionPlan.responsible'), t('documents.actionPlan.done')],
      widths: [110, '*', 58, 90, 70],
      rows,
    },
  );
  const closing = state.closings[state.closings.length - 1];
  if (schedule.current) blocks.push({ kind: 'paragraph', tone: 'strong', text: t('documents.actionPlan.current', { step: `${schedule.current.step.number}. ${schedule.current.step.name[locale]}` }) });
  else if (closing) blocks.push({ kind: 'paragraph', tone: 'strong', text: t('documents.actionPlan.closed', { date: dateAndTime(closing.at, locale).date, reason: t(`closingReasons.${closing.reason}`) }) });

  blocks.push({ kind: 'heading', text: t('documents.actionPlan.measures') });
  const agreement = input.agreement;
  if (agreement === undefined) blocks.push({ kind: 'paragraph', tone: 'muted', text: t('documents.actionPlan.noAgreement') });
  else {
    const current = agreement.versions[agreement.versions.length - 1]!;
    blocks.push({
      kind: 'table',
      header: [t('documents.agreement.madeOn'), t('documents.agreement.measure'), t('documents.agreement.deadline'), t('documents.agreement.responsible')],
      widths: [58, '*', 58, 110],
      rows: current.content.measures.map((m) => [shortDate(current.content.madeOn), `${t(`parties.${m.party}`)}: ${m.text}`, m.deadline ? shortDate(m.deadline) : '', m.responsible]),
    });
    const evaluations = agreement.versions.filter((v) => v.evaluation !== undefined);
    if (evaluations.length > 0) {
      blocks.push({ kind: 'heading', text: t('documents.actionPlan.followUp') });
      blocks.push({
        kind: 'table',
        header: [t('documents.actionPlan.due'), t('documents.agreement.evaluation'), t('documents.agreement.outcome')],
        widths: [58, '*', 150],
        rows: evaluations.map((v) => {
          const e = v.evaluation!;
          const measures = new Map(v.content.measures.map((m) => [m.id, m.text]));
          const lines = e.judgements.map((j) => `${measures.get(j.measureId) ?? j.measureId}: ${t(`judgements.${j.worked}`)}`);
          return [shortDate(e.on), [...lines, e.note ?? ''].filter(Boolean).join('\n'), e.outcomes.map((o) => t(`evaluationOutcomes.${o}`)).join('\n')];
        }),
      });
    }
  }
  blocks.push({
    kind: 'signatures',
    title: t('documents.actionPlan.signTitle'),
    lines: [{ label: t('roles.contactTeacher'), ...(ctx.contactTeacher ? { name: ctx.contactTeacher } : {}) }, { label: t('roles.leadership') }, { label: t('roles.guardians') }],
    placeAndDate: t('documents.placeDate'),
  });
  return { kind: 'actionPlan', title, subtitle: staircase.name[locale], ...documentFrame(ctx, t, title), blocks };
}
