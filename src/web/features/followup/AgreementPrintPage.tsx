import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useParams, useSearchParams } from 'react-router';
import { AGREEMENT_PARTIES } from '../../../contracts/followup-agreement';
import { EVALUATION_OUTCOMES } from '../../../contracts/followup-case';
import type { Person } from '../../../contracts/followup-roles';
import { useCase } from '../../api/followup';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../app/paths';
import { useFollowupI18n } from './use-followup-i18n';
import './agreement-print.css';

/** The parties that always get a section, even empty: the agreement is between them. */
const ALWAYS = new Set(['school', 'home', 'pupil']);

/**
 * The collaboration agreement as a plain page to print, from the same texts as
 * the PDF: for the school that prints from the browser, or reads it aloud at
 * the meeting before anyone signs. Outside the app's frame, so nothing but
 * the agreement goes to paper.
 */
export function AgreementPrintPage() {
  const { caseId = '', agreementId = '' } = useParams();
  const [search] = useSearchParams();
  const { tf, date } = useFollowupI18n();
  const query = useCase(caseId);
  const view = query.data;
  const agreement = view?.agreements.find((a) => a.id === agreementId);
  const wanted = Number(search.get('versjon'));
  const version = agreement && (agreement.versions.find((v) => v.number === wanted) ?? agreement.versions[agreement.versions.length - 1]);
  const title = tf('documents.agreement.title');
  useDocumentTitle(view ? `${title} – ${view.pupil.givenName} ${view.pupil.familyName}` : title);
  if (query.isPending) return <Loading label={tf('ui.loading')} />;
  if (query.isError || !view) return <ApiErrorAlert error={query.error} />;
  if (!agreement || !version) return <Paragraph>{tf('ui.print.notFound')}</Paragraph>;
  const { content, evaluation } = version;
  const judged = new Map(evaluation?.judgements.map((j) => [j.measureId, j]) ?? []);
  const person = (p: Person) => `${p.name} (${tf(`roles.${p.role}`)})`;
  const signers = [tf('documents.school'), tf('roles.guardians'), tf('roles.pupil'), ...(content.measures.some((m) => m.party === 'others') ? [tf('parties.others')] : [])];
  const signatures = (heading: string) => (
    <section className="print-signatures">
      <h2>{heading}</h2>
      <div className="print-signatures__grid">
        {signers.map((s) => (
          <div key={s} className="print-signature">
            <div className="print-signature__line" />
            <span>
              {tf('documents.placeDate')} · {tf('documents.signature')} – {s}
            </span>
          </div>
        ))}
      </div>
    </section>
  );

  return (
    <main className="print-page">
      <nav className="print-toolbar" aria-label={tf('ui.print.toolbar')}>
        <AppLink to={paths.followupCase(view.id)}>
          <span aria-hidden="true">← </span>
          {tf('ui.print.back')}
        </AppLink>
        <Button type="button" data-size="sm" onClick={() => window.print()}>
          {tf('ui.print.print')}
        </Button>
      </nav>
      <article className="print-document">
        <header className="print-header">
          <p className="print-school">{view.school.name}</p>
          <p className="print-confidential">{tf('documents.confidential')}</p>
          <h1>{title}</h1>
          <p className="print-subtitle">{tf('documents.agreement.version', { number: version.number })}</p>
        </header>
        <dl className="print-facts">
          <dt>{tf('documents.pupil')}</dt>
          <dd>
            {view.pupil.givenName} {view.pupil.familyName}
          </dd>
          {view.pupil.className && (
            <>
              <dt>{tf('documents.class')}</dt>
              <dd>{view.pupil.className}</dd>
            </>
          )}
          <dt>{tf('documents.school')}</dt>
          <dd>{view.school.name}</dd>
          <dt>{tf('documents.agreement.madeOn')}</dt>
          <dd>{date(content.madeOn)}</dd>
          <dt>{tf('documents.agreement.evaluationOn')}</dt>
          <dd>{date(content.evaluationOn)}</dd>
        </dl>
        <p className="print-muted">{tf('documents.agreement.purpose')}</p>
        <h2>{tf('documents.agreement.present')}</h2>
        <ul>
          {content.present.map((p, i) => (
            <li key={i}>{person(p)}</li>
          ))}
        </ul>
        {content.situation && (
          <>
            <h2>{tf('documents.agreement.situation')}</h2>
            <p>{content.situation}</p>
          </>
        )}
        <h2>{tf('documents.agreement.goal')}</h2>
        <p className="print-strong">{content.goal}</p>
        {content.subGoals.length > 0 && (
          <>
            <h2>{tf('documents.agreement.subGoals')}</h2>
            <ul>
              {content.subGoals.map((g, i) => (
                <li key={i}>{g}</li>
              ))}
            </ul>
          </>
        )}
        {AGREEMENT_PARTIES.map((party) => {
          const measures = content.measures.filter((m) => m.party === party);
          if (measures.length === 0 && !ALWAYS.has(party)) return null;
          return (
            <section key={party} className="print-section">
              <h2>{tf(`parties.${party}`)}</h2>
              {measures.length === 0 ? (
                <p className="print-muted">{tf('documents.agreement.noMeasures')}</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th>{tf('documents.agreement.measure')}</th>
                      <th>{tf('documents.agreement.responsible')}</th>
                      <th>{tf('documents.agreement.deadline')}</th>
                      {evaluation && <th>{tf('documents.agreement.evaluation')}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {measures.map((m) => {
                      const j = judged.get(m.id);
                      return (
                        <tr key={m.id}>
                          <td>{m.text}</td>
                          <td>{m.responsible}</td>
                          <td>{m.deadline ? date(m.deadline) : ''}</td>
                          {evaluation && (
                            <td>
                              {j && (
                                <>
                                  {tf('documents.agreement.carriedOut', { value: tf(`judgements.${j.carriedOut}`) })}
                                  <br />
                                  {tf('documents.agreement.worked', { value: tf(`judgements.${j.worked}`) })}
                                  {j.note && (
                                    <>
                                      <br />
                                      {j.note}
                                    </>
                                  )}
                                </>
                              )}
                            </td>
                          )}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )}
            </section>
          );
        })}
        {content.dayPlan && (
          <section className="print-section">
            <h2>{content.dayPlan.appliesTo ? tf('documents.agreement.dayPlanFor', { days: content.dayPlan.appliesTo }) : tf('documents.agreement.dayPlan')}</h2>
            <table>
              <thead>
                <tr>
                  <th>{tf('documents.agreement.time')}</th>
                  <th>{tf('documents.agreement.where')}</th>
                  <th>{tf('documents.agreement.what')}</th>
                  <th>{tf('documents.agreement.responsible')}</th>
                </tr>
              </thead>
              <tbody>
                {content.dayPlan.rows.map((r, i) => (
                  <tr key={i}>
                    <td className="print-nowrap">
                      {r.from}–{r.to}
                    </td>
                    <td>{r.where}</td>
                    <td>{r.what}</td>
                    <td>{r.responsible}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        {signatures(tf('documents.agreement.signTitle'))}
        {evaluation && (
          <section className="print-section">
            <h2>{tf('documents.agreement.evaluatedOn', { date: date(evaluation.on) })}</h2>
            <ul>
              {evaluation.present.map((p, i) => (
                <li key={i}>{person(p)}</li>
              ))}
            </ul>
            {evaluation.note && <p>{evaluation.note}</p>}
            <p className="print-strong">{tf('documents.agreement.outcome')}</p>
            <ul className="print-checklist">
              {EVALUATION_OUTCOMES.map((o) => (
                <li key={o}>
                  <span aria-hidden="true">{evaluation.outcomes.includes(o) ? '☒' : '☐'} </span>
                  {tf(`evaluationOutcomes.${o}`)}
                  {evaluation.outcomes.includes(o) && <span className="visually-hidden"> ({tf('ui.print.chosen')})</span>}
                </li>
              ))}
            </ul>
            {signatures(tf('documents.agreement.signEvaluation'))}
          </section>
        )}
      </article>
    </main>
  );
}
