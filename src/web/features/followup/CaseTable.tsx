import { Table, Tag } from '@digdir/designsystemet-react';
import type { CaseSummary } from '../../../contracts/followup-api';
import { AppLink } from '../../components/AppLink';
import { paths } from '../../app/paths';
import { useFollowupI18n } from './use-followup-i18n';

/** Cases one row each: the pupil, the step, the next deadline and how many are overdue. */
export function CaseTable({ cases, showPupil = true }: { cases: readonly CaseSummary[]; showPupil?: boolean }) {
  const { tf, date, text } = useFollowupI18n();
  return (
    <Table className="followup-table" data-size="sm">
      <Table.Head>
        <Table.Row>
          {showPupil && <Table.HeaderCell>{tf('ui.list.pupil')}</Table.HeaderCell>}
          <Table.HeaderCell>{tf('ui.list.step')}</Table.HeaderCell>
          <Table.HeaderCell>{tf('ui.list.opened')}</Table.HeaderCell>
          <Table.HeaderCell>{tf('ui.list.nextDue')}</Table.HeaderCell>
          <Table.HeaderCell>{tf('ui.list.status')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {cases.map((c) => (
          <Table.Row key={c.id}>
            {showPupil && (
              <Table.Cell>
                <AppLink to={paths.followupCase(c.id)}>
                  {c.pupil.givenName} {c.pupil.familyName}
                </AppLink>
                {c.pupil.className && <span className="muted"> ({c.pupil.className})</span>}
              </Table.Cell>
            )}
            <Table.Cell>
              {showPupil ? (
                tf('ui.list.stepText', { number: c.step.number, name: text(c.step.name) })
              ) : (
                <AppLink to={paths.followupCase(c.id)}>{tf('ui.list.stepText', { number: c.step.number, name: text(c.step.name) })}</AppLink>
              )}
            </Table.Cell>
            <Table.Cell>{date(c.openedAt)}</Table.Cell>
            <Table.Cell>{c.status === 'open' && c.nextDue ? date(c.nextDue) : '–'}</Table.Cell>
            <Table.Cell>
              {c.status === 'closed' ? (
                <Tag data-color="neutral">{tf('ui.status.closed')}</Tag>
              ) : c.overdue > 0 ? (
                <Tag data-color="danger">{tf('ui.status.overdue', { count: c.overdue })}</Tag>
              ) : (
                <Tag data-color="info">{tf('ui.status.open')}</Tag>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
