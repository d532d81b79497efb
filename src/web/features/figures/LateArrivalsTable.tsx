import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { WindowFigures } from '../../../contracts/figures';
import { TableRegion } from '../../components/TableRegion';
import { useFiguresI18n } from './use-figures-i18n';

interface Props {
  lateArrivals: WindowFigures['lateArrivals'];
  windowName: string;
}

/** Late arrivals month by month: some owners look at more than 10 in a month. */
export function LateArrivalsTable({ lateArrivals, windowName }: Props) {
  const { tf, fmt } = useFiguresI18n();
  const caption = tf('pupil.late.caption', { window: windowName });
  if (lateArrivals.count === 0) {
    return (
      <div className="figures-block">
        <Heading level={3} data-size="2xs">
          {caption}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {tf('pupil.late.empty')}
        </Paragraph>
      </div>
    );
  }
  return (
    <TableRegion label={caption}>
      <Table zebra border data-size="sm" className="late-table">
        <caption data-size="xs">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{tf('pupil.late.columns.month')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {tf('pupil.late.columns.count')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {tf('pupil.late.columns.minutes')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {lateArrivals.byMonth.map((m) => (
            <Table.Row key={m.month}>
              <Table.HeaderCell scope="row">{fmt.month(m.month)}</Table.HeaderCell>
              <Table.Cell className="numeric">{fmt.integer(m.count)}</Table.Cell>
              <Table.Cell className="numeric">{fmt.integer(m.minutes)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row>
            <Table.HeaderCell scope="row">{tf('pupil.late.total')}</Table.HeaderCell>
            <Table.Cell className="numeric">{fmt.integer(lateArrivals.count)}</Table.Cell>
            <Table.Cell className="numeric">{fmt.integer(lateArrivals.minutes)}</Table.Cell>
          </Table.Row>
        </Table.Foot>
      </Table>
    </TableRegion>
  );
}
