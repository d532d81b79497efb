import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { GridCell } from '../../../contracts/patterns';
import { TableRegion } from '../../components/TableRegion';
import { usePatternsI18n } from './use-patterns-i18n';

/** Five shades by share absent; the numbers are written in every cell, so the shade only helps the eye. */
function shade(absent: number, held: number): number {
  if (held === 0 || absent === 0) return 0;
  const share = absent / held;
  return share < 0.05 ? 1 : share < 0.15 ? 2 : share < 0.3 ? 3 : 4;
}

/** Absence by weekday and lesson over the school year so far: a table, shaded. */
export function WeekdayLessonGrid({ grid }: { grid: readonly GridCell[] }) {
  const { tp, fmt } = usePatternsI18n();
  const caption = tp('grid.caption');
  const weekdays = [...new Set(grid.map((c) => c.weekday))].sort((a, b) => a - b);
  const periods = [...new Set(grid.map((c) => c.period))].sort((a, b) => a - b);
  const cellAt = new Map(grid.map((c) => [`${c.weekday}|${c.period}`, c]));
  return (
    <section className="pattern-block" aria-labelledby="grid-title">
      <Heading level={3} data-size="xs" id="grid-title">
        {tp('grid.title')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {tp('grid.lead')}
      </Paragraph>
      {grid.length === 0 ? (
        <Paragraph data-size="sm">{tp('grid.empty')}</Paragraph>
      ) : (
        <TableRegion label={caption}>
          <Table border data-size="sm" className="lesson-grid">
            <caption data-size="xs">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{tp('grid.weekday')}</Table.HeaderCell>
                {periods.map((p) => (
                  <Table.HeaderCell key={p} scope="col" className="numeric">
                    {tp('grid.period', { period: p })}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {weekdays.map((w) => (
                <Table.Row key={w}>
                  <Table.HeaderCell scope="row">{tp(`weekdays.${w}`)}</Table.HeaderCell>
                  {periods.map((p) => {
                    const cell = cellAt.get(`${w}|${p}`);
                    if (!cell) return <Table.Cell key={p} className="numeric lesson-grid__none">–</Table.Cell>;
                    return (
                      <Table.Cell key={p} className="numeric lesson-grid__cell" data-shade={shade(cell.absent, cell.held)}>
                        <span className="lesson-grid__share">{fmt.percent((cell.absent * 100) / cell.held)}</span>
                        <span className="lesson-grid__of">{tp('grid.of', { absent: fmt.integer(cell.absent), held: fmt.integer(cell.held) })}</span>
                      </Table.Cell>
                    );
                  })}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableRegion>
      )}
    </section>
  );
}
