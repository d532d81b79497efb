import { Alert, Heading, Link, List, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import type { CaseView } from '../../../contracts/followup-api';
import { documentUrl, useCase } from '../../api/followup';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../app/paths';
import { useFollowupI18n } from './use-followup-i18n';
import { StaircasePanel } from './StaircasePanel';
import { AttendancePanel } from './AttendancePanel';
import { CaseTimeline } from './CaseTimeline';
import { CaseActions } from './CaseActions';
import { ContactForm } from './ContactForm';
import { ConversationForm } from './ConversationForm';
import { MeetingForms } from './MeetingForms';
import { CauseMappingForm } from './CauseMappingForm';
import { DayScalingForm } from './DayScalingForm';
import { CircleMappingForm } from './CircleMappingForm';
import { FactorsForm } from './FactorsForm';
import { AgreementEditor } from './AgreementEditor';
import { EvaluationForm } from './EvaluationForm';
import { AfterEvaluation } from './AfterEvaluation';
import { TeamAndTasks } from './TeamAndTasks';
import { ConsentPanel } from './ConsentPanel';
import './followup.css';

function Origin({ view }: { view: CaseView }) {
  const { tf, date, locale } = useFollowupI18n();
  if (view.origin.kind === 'manual') return <Paragraph>{tf('ui.case.openedManually', { date: date(view.openedAt), reason: view.origin.reason })}</Paragraph>;
  const c = view.origin.concern;
  const unit = c.measure.endsWith('Percent') ? ' %' : '';
  return (
    <Paragraph>
      {tf('ui.case.openedFromConcern', { date: date(view.openedAt), rule: c.ruleName, value: `${(Math.round(c.value * 10) / 10).toLocaleString(locale === 'en' ? 'en-GB' : 'nb-NO')}${unit}`, threshold: `${c.threshold.toLocaleString(locale === 'en' ? 'en-GB' : 'nb-NO')}${unit}` })}
    </Paragraph>
  );
}

function Documents({ view }: { view: CaseView }) {
  const { tf, locale, date } = useFollowupI18n();
  // Each letter twice: its PDF to download, and the print view beside it (the same model, printed from the browser).
  const links: { href: string; label: string; print: { to: string; name: string } }[] = [
    { href: documentUrl(view.id, 'actionPlan', { locale }), label: tf('ui.documents.actionPlan'), print: { to: paths.documentPrint(view.id, 'actionPlan'), name: tf('ui.print.names.actionPlan') } },
    {
      href: documentUrl(view.id, 'anonymousSummary', { locale }),
      label: tf('ui.documents.anonymousSummary'),
      print: { to: paths.documentPrint(view.id, 'anonymousSummary'), name: tf('ui.print.names.anonymousSummary') },
    },
  ];
  for (const a of view.agreements) {
    for (const v of a.versions) {
      links.push({
        href: documentUrl(view.id, 'agreement', { locale, id: a.id, version: v.number }),
        label: tf('ui.documents.agreement', { version: v.number, date: date(v.createdAt) }),
        print: { to: paths.documentPrint(view.id, 'agreement', { id: a.id, version: v.number }), name: tf('ui.print.names.agreement', { version: v.number, date: date(v.createdAt) }) },
      });
    }
  }
  for (const m of view.meetings) {
    const title = m.record.title;
    links.push({
      href: documentUrl(view.id, 'invitation', { locale, id: m.record.id }),
      label: tf('ui.documents.invitation', { title }),
      print: { to: paths.documentPrint(view.id, 'invitation', { id: m.record.id }), name: tf('ui.print.names.invitation', { title }) },
    });
    if (m.record.minutes) {
      links.push({
        href: documentUrl(view.id, 'minutes', { locale, id: m.record.id }),
        label: tf('ui.documents.minutes', { title }),
        print: { to: paths.documentPrint(view.id, 'minutes', { id: m.record.id }), name: tf('ui.print.names.minutes', { title }) },
      });
    }
  }
  for (const { consent } of view.consents) {
    links.push({
      href: documentUrl(view.id, 'consent', { locale, id: consent.id }),
      label: tf('ui.documents.consent', { date: date(consent.givenOn) }),
      print: { to: paths.documentPrint(view.id, 'consent', { id: consent.id }), name: tf('ui.print.names.consent', { date: date(consent.givenOn) }) },
    });
  }
  for (const c of view.conversations) {
    if (c.record.minutes) {
      links.push({
        href: documentUrl(view.id, 'conversationMinutes', { locale, id: c.record.id }),
        label: tf('ui.documents.conversation', { date: date(c.record.at) }),
        print: { to: paths.documentPrint(view.id, 'conversationMinutes', { id: c.record.id }), name: tf('ui.print.names.conversationMinutes', { date: date(c.record.at) }) },
      });
    }
  }
  return (
    <section className="panel" aria-labelledby="case-documents">
      <Heading level={2} data-size="sm" id="case-documents">
        {tf('ui.documents.title')}
      </Heading>
      <List.Unordered>
        {links.map((l) => (
          <List.Item key={l.href}>
            <Link href={l.href} download>
              {l.label}
            </Link>
            {' · '}
            <Link asChild>
              <RouterLink to={l.print.to} aria-label={l.print.name}>
                {tf('ui.print.link')}
              </RouterLink>
            </Link>
          </List.Item>
        ))}
      </List.Unordered>
    </section>
  );
}

/** One case: the staircase with its deadlines, attendance since opening, what is recorded, the forms and the letters. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { tf, text, date } = useFollowupI18n();
  const query = useCase(caseId);
  const view = query.data;
  // The way forward chosen at the last evaluation made on this page; a count so each evaluation opens a fresh editor.
  const [evaluated, setEvaluated] = useState<{ n: number; outcomes: readonly string[] } | null>(null);
  useDocumentTitle(view ? tf('ui.case.title', { name: `${view.pupil.givenName} ${view.pupil.familyName}` }) : tf('ui.case.loadingTitle'));
  if (query.isPending) return <Loading label={tf('ui.loading')} />;
  if (query.isError || !view) return <ApiErrorAlert error={query.error} />;
  const open = view.status === 'open';
  // A reader by consent (an outside service) reads; the school records.
  const records = open && view.mayWrite;
  return (
    <div className="followup-case">
      <AppLink to={paths.followupCases} className="back-link">
        <span aria-hidden="true">← </span>
        {tf('ui.list.mineTitle')}
      </AppLink>
      <Heading level={1} data-size="lg">
        {tf('ui.case.title', { name: `${view.pupil.givenName} ${view.pupil.familyName}` })}{' '}
        <Tag data-color={open ? 'info' : 'neutral'}>{open ? tf('ui.status.open') : tf('ui.status.closed')}</Tag>
      </Heading>
      <Paragraph className="muted">
        {[view.pupil.className, view.school.name].filter(Boolean).join(' · ')} ·{' '}
        <AppLink to={paths.pupilFigures(view.pupil.id)}>{tf('ui.case.pupilPage')}</AppLink>
      </Paragraph>
      <Origin view={view} />
      {!view.mayWrite && (
        <Alert data-color="info">
          <Paragraph>{tf('ui.consent.readOnly')}</Paragraph>
        </Alert>
      )}
      {view.overdue.length > 0 && (
        <Alert data-color="danger" className="followup-overdue">
          <Heading level={2} data-size="xs">
            {tf('ui.case.overdueTitle', { count: view.overdue.length })}
          </Heading>
          <List.Unordered>
            {view.overdue.map((o, i) => (
              <List.Item key={i}>{tf('ui.case.overdueItem', { name: typeof o.name === 'string' ? o.name : text(o.name), date: date(o.dueOn) })}</List.Item>
            ))}
          </List.Unordered>
        </Alert>
      )}
      <div className="followup-case__grid">
        <StaircasePanel view={view} />
        <AttendancePanel view={view} />
      </div>
      {view.mayWrite && <CaseActions view={view} />}
      <TeamAndTasks view={view} />
      <ConsentPanel view={view} />
      {records && (
        <section className="panel" aria-labelledby="case-record">
          <Heading level={2} data-size="sm" id="case-record">
            {tf('ui.record.title')}
          </Heading>
          <ContactForm view={view} />
          <ConversationForm view={view} />
          <MeetingForms view={view} />
          <CauseMappingForm view={view} />
          <DayScalingForm view={view} />
          <CircleMappingForm view={view} />
          <FactorsForm view={view} />
          {evaluated && <AfterEvaluation view={view} outcomes={evaluated.outcomes} />}
          <AgreementEditor key={evaluated?.n ?? 0} view={view} fresh={evaluated?.outcomes.includes('newAgreement') ?? false} onSaved={() => setEvaluated(null)} />
          <EvaluationForm view={view} onDone={(outcomes) => setEvaluated({ n: (evaluated?.n ?? 0) + 1, outcomes })} />
        </section>
      )}
      <Documents view={view} />
      <CaseTimeline view={view} />
    </div>
  );
}
