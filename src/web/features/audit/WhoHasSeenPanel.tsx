import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { usePupilAccessLog } from '../../api/audit';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { TableRegion } from '../../components/TableRegion';
import { label, useAuditI18n } from './use-audit-i18n';
import './audit.css';

/** «Hvem har sett mappen»: for the pupil and the guardians, who at school has opened the pupil's data. */
export function WhoHasSeenPanel({ pupilId, name }: { pupilId: string; name: string }) {
  const { ta, when } = useAuditI18n();
  const [page, setPage] = useState(1);
  const query = usePupilAccessLog(pupilId, page);
  const data = query.data;
  return (
    <section className="panel who-has-seen" aria-labelledby="who-has-seen-heading">
      <Heading level={2} data-size="sm" id="who-has-seen-heading">
        {ta('seen.title')}
      </Heading>
      <Paragraph data-size="sm">{ta('seen.lead', { name })}</Paragraph>
      {query.isPending ? (
        <Loading label={ta('seen.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} />
      ) : data!.entries.length === 0 ? (
        <Paragraph>{ta('seen.empty')}</Paragraph>
      ) : (
        <TableRegion label={ta('seen.caption', { name })}>
          <Table data-size="sm" zebra>
            <caption data-size="xs">{ta('seen.caption', { name })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{ta('log.when')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{ta('log.who')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{ta('log.role')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{ta('log.what')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{ta('log.why')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data!.entries.map((e, i) => (
                <Table.Row key={`${e.at}-${i}`}>
                  <Table.Cell>{when(e.at)}</Table.Cell>
                  <Table.Cell>{e.who ?? ta('log.system')}</Table.Cell>
                  <Table.Cell>{label(ta, 'roles', e.role)}</Table.Cell>
                  <Table.Cell>{`${label(ta, 'actions', e.action)}: ${label(ta, 'entities', e.what)}`}</Table.Cell>
                  <Table.Cell>{label(ta, 'reasons', e.why)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableRegion>
      )}
      {data && data.total > page * data.pageSize && (
        <Button variant="secondary" onClick={() => setPage(page + 1)}>
          {ta('seen.more')}
        </Button>
      )}
    </section>
  );
}
