import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { markHistoryEntrySchema } from '../../../contracts/attendance';
import { useLessonHistory, useLessonRegistration } from '../../api/attendance';
import { paths } from '../../app/paths';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { TableRegion } from '../../components/TableRegion';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatIsoDate } from '../../i18n/format';
import { schoolClock, schoolToday, shortTime } from './dates';

type MarkState = z.infer<typeof markHistoryEntrySchema>['to'];

/** Who changed which mark of a lesson, from what to what, and when. */
export function HistoryPage() {
  const { t: ta } = useTranslation('attendance');
  const { t: tu } = useTranslation('upperSecondary');
  const { lessonId: raw = '' } = useParams();
  const lessonId = /^\d+$/.test(raw) ? Number(raw) : 0;
  const registration = useLessonRegistration(lessonId);
  const history = useLessonHistory(lessonId);
  const lesson = registration.data?.lesson;
  const title = ta('history.title');
  useDocumentTitle(lesson ? `${title} ${lesson.group.name} ${lesson.subject.name}` : title);

  const names = new Map((registration.data?.pupils ?? []).map((p) => [p.id, `${p.familyName}, ${p.givenName}`]));
  const describe = (mark: MarkState) =>
    [
      mark.status === 'S' && mark.minutesLate !== null ? ta('history.late', { minutes: mark.minutesLate }) : ta(`status.${mark.status}`),
      mark.status === 'F' || mark.status === 'S' ? ta(`documentation.${mark.documentation}`) : null,
    ]
      .filter(Boolean)
      .join(', ');
  const caption = lesson
    ? ta('history.caption', { lesson: `${lesson.group.name} ${lesson.subject.name}`, date: formatIsoDate(lesson.date) })
    : title;

  return (
    <>
      <AppLink to={paths.lesson(lessonId)} className="back-link">
        <span aria-hidden="true">← </span>
        {ta('history.back')}
      </AppLink>
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {lesson && (
          <Paragraph className="page-heading__lead">
            {`${lesson.group.name} · ${lesson.subject.name} · ${ta('lesson.period', { period: lesson.period })}, ${shortTime(lesson.startsAt)} · ${
              lesson.date === schoolToday() ? ta('today.title') : formatIsoDate(lesson.date)
            }`}
          </Paragraph>
        )}
      </div>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <ApiErrorAlert error={history.error} />
      ) : history.data.entries.length === 0 ? (
        <Paragraph className="panel">{ta('history.none')}</Paragraph>
      ) : (
        <TableRegion label={caption}>
          <Table zebra border data-size="md">
            <caption className="visually-hidden">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{ta('history.columns.when')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{ta('history.columns.pupil')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{ta('history.columns.from')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{ta('history.columns.to')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{ta('history.columns.by')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {history.data.entries.map((entry, i) => (
                <Table.Row key={`${entry.pupilId}-${entry.changedAt}-${i}`}>
                  <Table.Cell className="nowrap">
                    <time dateTime={entry.changedAt}>
                      {formatIsoDate(schoolToday(new Date(entry.changedAt)))} {schoolClock(entry.changedAt)}
                    </time>
                  </Table.Cell>
                  <Table.HeaderCell scope="row">{names.get(entry.pupilId) ?? ta('history.unknownPupil')}</Table.HeaderCell>
                  <Table.Cell>{describe(entry.from)}</Table.Cell>
                  <Table.Cell>{describe(entry.to)}</Table.Cell>
                  <Table.Cell>{entry.changedBy?.name ?? ta('history.unknownUser')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableRegion>
      )}
      {history.data && history.data.corrections.length > 0 && (
        <section className="figures-section" aria-labelledby="history-corrections">
          <Heading level={2} data-size="sm" id="history-corrections">
            {tu('screens.lessonHistory.title')}
          </Heading>
          <ul>
            {history.data.corrections.map((c) => (
              <li key={`${c.pupilId}-${c.submittedAt}`}>
                {tu('screens.lessonHistory.item', {
                  pupil: names.get(c.pupilId) ?? ta('history.unknownPupil'),
                  date: formatIsoDate(schoolToday(new Date(c.submittedAt))),
                  claim: tu(`screens.complaint.claims.${c.claim}`),
                  explanation: c.explanation,
                })}{' '}
                {c.status === 'submitted'
                  ? tu('screens.lessonHistory.waiting')
                  : tu(c.status === 'accepted' ? 'screens.lessonHistory.accepted' : 'screens.lessonHistory.rejected', {
                      name: c.decidedBy ?? '',
                      reason: c.decisionReason ?? '',
                    })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
