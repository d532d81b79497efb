// The collaboration agreement as the family and the school sign it: goal,
// sub-goals, measures by party with who is responsible and by when, plan B,
// the evaluation date, the day plan, and lines to sign. An evaluated version
// also shows how each measure went and the way forward that was chosen.
import type { Agreement, AgreementParty } from '../../contracts/followup-agreement.js';
import { AGREEMENT_PARTIES } from '../../contracts/followup-agreement.js';
import { EVALUATION_OUTCOMES } from '../../contracts/followup-case.js';
import type { Block, DocumentContext, DocumentModel } from './document-model.js';
import { clock, documentFrame, longDate, personLine, pupilFacts, shortDate, textsFor } from './texts.js';

const SIGNERS: Partial<Record<AgreementParty, string>> = { school: 'documents.school', home: 'roles.guardians', pupil: 'roles.pupil' };

export function agreementDocument(ctx: DocumentContext, agreement: Agreement, versionNumber?: number): DocumentModel {
  const version = versionNumber === undefined ? agreement.versions[agreement.versions.length - 1] : agreement.versions.find((v) => v.number === versionNumber);
  if (version === undefined) throw new Error(`The agreement ${agreement.id} has no version ${versionNumber}.`);
  const t = textsFor(ctx.locale);
  const title = t('documents.agreement.title');
  const { content, evaluation } = version;
  const judged = new Map(evaluation?.judgements.map((j) => [j.measureId, j]) ?? []);
  const placeAndDate = t('documents.placeDate');

  const blocks: Block[] = [
    {
      kind: 'facts',
      rows: [
        ...pupilFacts(ctx, t),
        [t('documents.agreement.madeOn'), longDate(content.madeOn, ctx.locale)],
        [t('documents.agreement.evaluationOn'), longDate(content.evaluationOn, ctx.locale)],
      ],
    },
    { kind: 'paragraph', tone: 'muted', text: t('documents.agreement.purpose') },
    { kind: 'heading', text: t('documents.agreement.present') },
    { kind: 'list', items: content.present.map((p) => personLine(p, t)) },
  ];
  if (content.situation) blocks.push({ kind: 'heading', text: t('documents.agreement.situation') }, { kind: 'paragraph', text: content.situation });
  blocks.push({ kind: 'heading', text: t('documents.agreement.goal') }, { kind: 'paragraph', tone: 'strong', text: content.goal });
  if (content.subGoals.length > 0) blocks.push({ kind: 'heading', text: t('documents.agreement.subGoals') }, { kind: 'list', items: content.subGoals });

  for (const party of AGREEMENT_PARTIES) {
    const measures = content.measures.filter((m) => m.party === party);
    if (measures.length === 0 && party !== 'school' && party !== 'home' && party !== 'pupil') continue;
    const header = [t('documents.agreement.measure'), t('documents.agreement.responsible'), t('documents.agreement.deadline')];
    const widths: ('*' | 'auto' | number)[] = ['*', 110, 62];
    if (evaluation) {
      header.push(t('documents.agreement.evaluation'));
      widths.push(120);
    }
    blocks.push(
      { kind: 'heading', text: t(`parties.${party}`) },
      {
        kind: 'table',
        header,
        widths,
        rows: measures.map((m) => {
          const row = [m.text, m.responsible, m.deadline ? shortDate(m.deadline) : ''];
          const j = judged.get(m.id);
          if (evaluation) {
            row.push(
              j
                ? [t('documents.agreement.carriedOut', { value: t(`judgements.${j.carriedOut}`) }), t('documents.agreement.worked', { value: t(`judgements.${j.worked}`) }), j.note ?? '']
                    .filter(Boolean)
                    .join('\n')
                : '',
            );
          }
          return row;
        }),
        empty: t('documents.agreement.noMeasures'),
      },
    );
  }

  if (content.dayPlan) {
    blocks.push(
      { kind: 'heading', text: content.dayPlan.appliesTo ? t('documents.agreement.dayPlanFor', { days: content.dayPlan.appliesTo }) : t('documents.agreement.dayPlan') },
      {
        kind: 'table',
        header: [t('documents.agreement.time'), t('documents.agreement.where'), t('documents.agreement.what'), t('documents.agreement.responsible')],
        widths: [70, 90, '*', 100],
        rows: content.dayPlan.rows.map((r) => [`${clock(r.from, ctx.locale)}–${clock(r.to, ctx.locale)}`, r.where, r.what, r.responsible]),
      },
    );
  }

  const signers = [
    ...(['school', 'home', 'pupil'] as const).map((party) => ({ label: t(SIGNERS[party] as string) })),
    ...(content.measures.some((m) => m.party === 'others') ? [{ label: t('parties.others') }] : []),
  ];
  blocks.push({ kind: 'signatures', title: t('documents.agreement.signTitle'), lines: signers, placeAndDate });

  if (evaluation) {
    blocks.push(
      { kind: 'heading', text: t('documents.agreement.evaluatedOn', { date: longDate(evaluation.on, ctx.locale) }) },
      { kind: 'list', items: evaluation.present.map((p) => personLine(p, t)) },
      ...(evaluation.note ? [{ kind: 'paragraph' as const, text: evaluation.note }] : []),
      { kind: 'paragraph', tone: 'strong', text: t('documents.agreement.outcome') },
      { kind: 'checklist', items: EVALUATION_OUTCOMES.map((o) => ({ text: t(`evaluationOutcomes.${o}`), checked: evaluation.outcomes.includes(o) })) },
      { kind: 'signatures', title: t('documents.agreement.signEvaluation'), lines: signers, placeAndDate },
    );
  }
  return { kind: 'agreement', title, subtitle: t('documents.agreement.version', { number: version.number }), ...documentFrame(ctx, t, title), blocks };
}
