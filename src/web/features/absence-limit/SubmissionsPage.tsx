import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { submissionFileUrl, useDecideSubmission, useSubmissions } from '../../api/upper-secondary';
import { AppLink } from '../../components/AppLink';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../app/paths';
import { DecideButtons } from './DecideButtons';
import { useLimitI18n } from './use-limit-i18n';
import './absence-limit.css';

/** «Innlevert dokumentasjon»: what the contact teacher's pupils (or the school's, for the leadership) have handed in, to accept or reject. */
export function SubmissionsPage() {
  const { tu, fmt } = useLimitI18n();
  const { t: ta } = useTranslation('attendance');
  useDocumentTitle(tu('inbox.title'));
  const query = useSubmissions('submitted');
  const decide = useDecideSubmission();
  return (
    <>
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {tu('inbox.title')}
        </Heading>
        <Paragraph className="page-heading__lead">{tu('inbox.lead')}</Paragraph>
      </div>
      {query.isPending ? (
        <Loading label={tu('page.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} />
      ) : query.data.submissions.length === 0 ? (
        <Paragraph className="panel">{tu('inbox.empty')}</Paragraph>
      ) : (
        <ul className="limit-list">
          {query.data.submissions.map((s) => {
            const name = `${s.pupil.givenName} ${s.pupil.familyName}`;
            return (
              <li key={s.id} className="limit-list__item">
                <Heading level={2} data-size="xs">
                  <AppLink to={paths.pupilFigures(s.pupil.id)}>{name}</AppLink> {s.pupil.className && <span className="muted">{s.pupil.className}</span>}
                </Heading>
                <Paragraph data-size="sm">
                  <strong>{ta(`reasons.${s.reasonCode}`, { defaultValue: s.reasonCode })}</strong> · {tu('submissions.handedIn', { name: s.submittedBy, date: fmt.date(s.submittedAt.slice(0, 10)) })}
                </Paragraph>
                <Paragraph data-size="sm">
                  {tu('submissions.lessons', { lessons: s.lessons.map((l) => `${l.subjectName} ${fmt.day(l.date)}, ${tu('periodShort', { period: l.period })}`).join('; ') })}
                </Paragraph>
                {s.file && (
                  <Link href={submissionFileUrl(s.id)}>{tu('submissions.file', { name: s.file.name })}</Link>
                )}
                <DecideButtons
                  label={name}
                  pending={decide.isPending && decide.variables?.id === s.id}
                  error={decide.variables?.id === s.id ? decide.error : null}
                  onDecide={(decision) => decide.mutate({ id: s.id, decision })}
                />
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
