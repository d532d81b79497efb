import { Button, Heading, Paragraph, Switch, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useSendWarning, useWarningOverview } from '../../api/upper-secondary';
import { AppLink } from '../../components/AppLink';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { TableRegion } from '../../components/TableRegion';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../app/paths';
import { useLimitI18n } from './use-limit-i18n';
import './absence-limit.css';

const COLOR = { missing: 'danger', due: 'warning', unopened: 'warning', late: 'warning', in_time: 'success', warned: 'info' } as const;

/** «Varsler om fravær»: can the school show that every pupil over the limit was warned in time? */
export function WarningOverviewPage() {
  const { schoolId = '' } = useParams();
  const { tu, fmt } = useLimitI18n();
  useDocumentTitle(tu('overview.title'));
  const query = useWarningOverview(schoolId);
  const send = useSendWarning(schoolId);
  const [all, setAll] = useState(false);
  const data = query.data;
  // What needs someone first: over the limit unwarned, due, unopened, warned late. The rest on request.
  const rows = data ? data.rows.filter((r) => all || r.state === 'missing' || r.state === 'due' || r.state === 'unopened' || r.state === 'late') : [];
  const counts = data ? { missing: data.rows.filter((r) => r.state === 'missing').length, unopened: data.rows.filter((r) => r.state === 'unopened').length } : null;
  return (
    <>
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {tu('overview.title')}
        </Heading>
        {data && <Paragraph className="page-heading__lead">{`${data.school.name} · ${tu('page.asOf', { date: fmt.date(data.asOf) })}`}</Paragraph>}
      </div>
      {query.isPending ? (
        <Loading label={tu('page.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} />
      ) : (
        <>
          <Paragraph>
            {counts!.missing === 0 ? tu('overview.allWarned') : tu('overview.missing', { count: counts!.missing })}{' '}
            {tu('overview.unopened', { count: counts!.unopened, days: data!.unopenedAfterDays })}
          </Paragraph>
          {send.isError && <ApiErrorAlert error={send.error} />}
          <Switch label={tu('overview.showAll', { count: data!.rows.length })} checked={all} onChange={(e) => setAll(e.target.checked)} />
          {rows.length === 0 ? (
            <Paragraph className="panel">{tu('overview.empty')}</Paragraph>
          ) : (
            <TableRegion label={tu('overview.caption')}>
              <Table data-size="sm" zebra>
                <caption data-size="xs">{tu('overview.caption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{tu('overview.pupil')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{tu('overview.subject')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">{tu('overview.percent')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{tu('overview.state')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{tu('overview.warnings')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{tu('overview.action')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {rows.map((r) => (
                    <Table.Row key={`${r.pupil.id}-${r.subjectId}`}>
                      <Table.HeaderCell scope="row">
                        <AppLink to={paths.pupilFigures(r.pupil.id)}>{`${r.pupil.givenName} ${r.pupil.familyName}`}</AppLink>{' '}
                        <span className="muted">{r.pupil.className}</span>
                      </Table.HeaderCell>
                      <Table.Cell>{r.subjectName}</Table.Cell>
                      <Table.Cell className="numeric">{fmt.percent(r.percent)}</Table.Cell>
                      <Table.Cell>
                        <Tag data-color={COLOR[r.state]} data-size="sm">
                          {tu(`overview.states.${r.state}`)}
                        </Tag>
                        {r.crossedLimitOn && <span className="limit-absences__reason">{tu('overview.crossedOn', { date: fmt.date(r.crossedLimitOn) })}</span>}
                      </Table.Cell>
                      <Table.Cell>
                        {r.warnings.map((w) => (
                          <span key={w.id} className="limit-absences__reason">
                            {tu('overview.warning', {
                              date: fmt.date(w.sentOn),
                              assessment: tu(`assessment.${w.assessment.kind}`),
                              opened: w.deliveries.filter((d) => d.openedAt).length,
                              count: w.deliveries.length,
                            })}
                          </span>
                        ))}
                      </Table.Cell>
                      <Table.Cell>
                        {r.due && (
                          <Button type="button" data-size="sm" loading={send.isPending && send.variables?.pupilId === r.pupil.id && send.variables.subjectId === r.subjectId} onClick={() => send.mutate({ pupilId: r.pupil.id, subjectId: r.subjectId })}>
                            {tu('overview.send')}
                          </Button>
                        )}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableRegion>
          )}
        </>
      )}
    </>
  );
}
