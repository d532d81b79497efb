import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { CaseView } from '../../../contracts/followup-api';
import { useFollowupI18n } from './use-followup-i18n';

const percent = (absent: number, held: number) => (held === 0 ? '–' : `${Math.round((absent / held) * 1000) / 10} %`);

/** The pupil's attendance since the case opened, beside the weeks before it, so everyone sees whether it helps. */
export function AttendancePanel({ view }: { view: CaseView }) {
  const { tf, date } = useFollowupI18n();
  const a = view.attendance;
  return (
    <section className="panel" aria-labelledby="case-attendance">
      <Heading level={2} data-size="sm" id="case-attendance">
        {tf('ui.attendance.title')}
      </Heading>
      {!a ? (
        <Paragraph data-size="sm">{tf('ui.attendance.none')}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">
            {tf('ui.attendance.summary', {
              since: percent(a.since.absent, a.since.held),
              before: percent(a.before.absent, a.before.held),
              from: date(a.from),
              beforeFrom: date(a.before.from),
            })}
          </Paragraph>
          <Table data-size="sm" className="followup-table">
            <caption className="muted">{tf('ui.attendance.weeks')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{tf('ui.attendance.week')}</Table.HeaderCell>
                <Table.HeaderCell>{tf('ui.attendance.held')}</Table.HeaderCell>
                <Table.HeaderCell>{tf('ui.attendance.absent')}</Table.HeaderCell>
                <Table.HeaderCell>{tf('ui.attendance.share')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {a.weeks.slice(-8).map((w) => (
                <Table.Row key={w.week} className={w.week >= a.from.slice(0, 10) ? '' : 'muted'}>
                  <Table.Cell>{date(w.week)}</Table.Cell>
                  <Table.Cell>{w.held}</Table.Cell>
                  <Table.Cell>{w.absent}</Table.Cell>
                  <Table.Cell>{percent(w.absent, w.held)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      )}
    </section>
  );
}
