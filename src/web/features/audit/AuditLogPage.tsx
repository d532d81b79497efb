import { Button, Field, Heading, Input, Label, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useSchoolAuditLog, type AuditLogFilter } from '../../api/audit';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { TableRegion } from '../../components/TableRegion';
import { useDocumentTitle } from '../../components/use-document-title';
import { label, useAuditI18n } from './use-audit-i18n';
import './audit.css';

/** «Tilgangslogg»: the school's leadership sees who read and changed what, by pupil, user and dates. */
export function AuditLogPage() {
  const { schoolId = '' } = useParams();
  const { ta, when } = useAuditI18n();
  useDocumentTitle(ta('log.title'));
  const [draft, setDraft] = useState({ pupilId: '', userId: '', from: '', to: '' });
  const [filter, setFilter] = useState<AuditLogFilter>({ page: 1 });
  const query = useSchoolAuditLog(schoolId, filter);
  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilter({
      page: 1,
      ...(draft.pupilId ? { pupilId: draft.pupilId.trim() } : {}),
      ...(draft.userId ? { userId: draft.userId.trim() } : {}),
      ...(draft.from ? { from: draft.from } : {}),
      ...(draft.to ? { to: draft.to } : {}),
    });
  };
  const field = (key: keyof typeof draft, text: string, type: 'text' | 'date' = 'text') => (
    <Field>
      <Label>{text}</Label>
      <Input type={type} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </Field>
  );

  return (
    <>
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {ta('log.title')}
        </Heading>
        {data && <Paragraph className="page-heading__lead">{ta('log.lead', { school: data.school.name })}</Paragraph>}
      </div>
      <form className="audit-filter" onSubmit={search}>
        {field('pupilId', ta('log.pupil'))}
        {field('userId', ta('log.user'))}
        {field('from', ta('log.from'), 'date')}
        {field('to', ta('log.to'), 'date')}
        <Button type="submit">{ta('log.search')}</Button>
      </form>
      {query.isPending ? (
        <Loading label={ta('log.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} />
      ) : data!.entries.length === 0 ? (
        <Paragraph className="panel">{ta('log.empty')}</Paragraph>
      ) : (
        <>
          <TableRegion label={ta('log.caption')}>
            <Table data-size="sm" zebra>
              <caption data-size="xs">{ta('log.caption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{ta('log.when')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{ta('log.who')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{ta('log.role')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{ta('log.action')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{ta('log.what')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{ta('log.pupilColumn')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{ta('log.why')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data!.entries.map((e) => (
                  <Table.Row key={e.id}>
                    <Table.Cell>{when(e.at)}</Table.Cell>
                    <Table.Cell>{e.actor.name ?? ta('log.system')}</Table.Cell>
                    <Table.Cell>{label(ta, 'roles', e.actor.role)}</Table.Cell>
                    <Table.Cell>{label(ta, 'actions', e.action)}</Table.Cell>
                    <Table.Cell>{label(ta, 'entities', e.entity)}</Table.Cell>
                    <Table.Cell>{e.pupil?.name ?? ''}</Table.Cell>
                    <Table.Cell>{label(ta, 'reasons', e.reason)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableRegion>
          <div className="audit-pages">
            <Button variant="secondary" disabled={filter.page <= 1} onClick={() => setFilter({ ...filter, page: filter.page - 1 })}>
              {ta('log.previous')}
            </Button>
            <Paragraph>{ta('log.page', { page: filter.page, pages, total: data!.total })}</Paragraph>
            <Button variant="secondary" disabled={filter.page >= pages} onClick={() => setFilter({ ...filter, page: filter.page + 1 })}>
              {ta('log.next')}
            </Button>
          </div>
        </>
      )}
    </>
  );
}
