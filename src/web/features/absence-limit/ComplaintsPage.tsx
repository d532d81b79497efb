import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useComplaints, useDecideComplaint } from '../../api/upper-secondary';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { DecideButtons } from './DecideButtons';
import { useLimitI18n } from './use-limit-i18n';
import './absence-limit.css';

/** «Krav om retting»: pupils who contest a recorded absence in the teacher's lessons. Accepting corrects the mark; its history keeps the old one. */
export function ComplaintsPage() {
  const { tu, fmt } = useLimitI18n();
  useDocumentTitle(tu('complaints.title'));
  const query = useComplaints('submitted');
  const decide = useDecideComplaint();
  return (
    <>
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {tu('complaints.title')}
        </Heading>
        <Paragraph className="page-heading__lead">{tu('complaints.lead')}</Paragraph>
      </div>
      {query.isPending ? (
        <Loading label={tu('page.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} />
      ) : query.data.complaints.length === 0 ? (
        <Paragraph className="panel">{tu('complaints.empty')}</Paragraph>
      ) : (
        <ul className="limit-list">
          {query.data.complaints.map((c) => {
            const name = `${c.pupil.givenName} ${c.pupil.familyName}`;
            return (
              <li key={c.id} className="limit-list__item">
                <Heading level={2} data-size="xs">
                  {name} {c.pupil.className && <span className="muted">{c.pupil.className}</span>}
                </Heading>
                <Paragraph data-size="sm">
                  {tu('complaints.item', { subject: c.subjectName, day: fmt.day(c.date), period: c.period, claim: tu(`complaint.claims.${c.claim}`), minutes: c.claimMinutesLate ?? 0 })}
                </Paragraph>
                <Paragraph data-size="sm">«{c.explanation}»</Paragraph>
                <DecideButtons
                  label={name}
                  pending={decide.isPending && decide.variables?.id === c.id}
                  error={decide.variables?.id === c.id ? decide.error : null}
                  onDecide={(decision) => decide.mutate({ id: c.id, decision })}
                />
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
