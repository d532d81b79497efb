import { Button, Paragraph, Select, Table, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { useUpdateOccurrence, useYearlyCalendar } from '../../api/overview';
import { schoolsOf } from '../../app/access';
import { useSession } from '../../app/session-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { TableRegion } from '../../components/TableRegion';
import { useDocumentTitle } from '../../components/use-document-title';
import { PageHeading } from '../figures/PageHeading';
import { overviewPaths } from './overview-paths';
import { SchoolSwitch } from './SchoolSwitch';
import { useOverviewI18n } from './use-overview-i18n';
import './overview.css';

const TAG_COLOR = { done: 'success', overdue: 'danger', dueSoon: 'warning', current: 'info', upcoming: 'neutral' } as const;

export function CalendarPage() {
  const { schoolId = '' } = useParams();
  const me = useSession();
  const { to, fmt, locale } = useOverviewI18n();
  const query = useYearlyCalendar(schoolId);
  const update = useUpdateOccurrence(schoolId);
  const title = to('calendar.title');
  useDocumentTitle(title);
  const switcher = <SchoolSwitch schools={schoolsOf(me)} current={schoolId} pathOf={overviewPaths.calendar} label={to('statistics.school')} />;
  if (query.isPending || query.isError) {
    return (
      <>
        <PageHeading title={title} />
        {switcher}
        {query.isPending ? <Loading label={to('loading')} /> : <ApiErrorAlert error={query.error} />}
      </>
    );
  }
  const calendar = query.data;
  const caption = to('calendar.intro', { school: calendar.school.name, year: calendar.schoolYear });
  return (
    <>
      <PageHeading title={title} lead={caption} />
      {switcher}
      {update.error && <ApiErrorAlert error={update.error} />}
      <TableRegion label={caption}>
        <Table zebra data-size="sm" className="overview-table">
          <caption className="visually-hidden">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{to('calendar.due')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{to('calendar.task')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{to('calendar.responsible')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{to('calendar.assignee')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{to('calendar.status')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">
                <span className="visually-hidden">{to('calendar.markDone')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {calendar.occurrences.map((o) => {
              const name = o.name[locale];
              const mine = o.assignee?.id === me.user.id;
              return (
                <Table.Row key={`${o.taskId}|${o.dueOn}`}>
                  <Table.Cell>{fmt.date(o.dueOn)}</Table.Cell>
                  <Table.HeaderCell scope="row">
                    {name}
                    <span className="cell-sub" style={{ display: 'block', fontWeight: 400, fontSize: '0.8rem' }}>
                      {to('calendar.source', { source: o.source })}
                    </span>
                  </Table.HeaderCell>
                  <Table.Cell>{to(`calendar.role.${o.responsible as 'leadership'}`)}</Table.Cell>
                  <Table.Cell>
                    {calendar.mayEdit ? (
                      <Select
                        aria-label={`${to('calendar.assign')}: ${name} ${fmt.date(o.dueOn)}`}
                        value={o.assignee?.id ?? ''}
                        onChange={(e) => update.mutate({ taskId: o.taskId, dueOn: o.dueOn, assigneeId: e.target.value || null })}
                      >
                        <Select.Option value="">{to('calendar.nobody')}</Select.Option>
                        {calendar.staff.map((s) => (
                          <Select.Option key={s.id} value={s.id}>
                            {s.name}
                          </Select.Option>
                        ))}
                      </Select>
                    ) : (
                      (o.assignee?.name ?? to('calendar.nobody'))
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-color={TAG_COLOR[o.status]} data-size="sm" className={o.status === 'overdue' ? 'overview-status--overdue' : undefined}>
                      {to(`calendar.state.${o.status}`)}
                    </Tag>
                    {o.done && <Paragraph data-size="xs">{to('calendar.doneBy', { by: o.done.by })}</Paragraph>}
                  </Table.Cell>
                  <Table.Cell>
                    {(calendar.mayEdit || mine) && (
                      <Button variant="secondary" data-size="sm" disabled={update.isPending} onClick={() => update.mutate({ taskId: o.taskId, dueOn: o.dueOn, done: o.done === null })}>
                        {o.done ? to('calendar.undo') : to('calendar.markDone')}
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </TableRegion>
    </>
  );
}
