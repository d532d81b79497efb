// Table cells that show a figure with what it is a share of: «5,7 %» over «22 av 386 timer».
import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { Formatter } from './format';
import type { FiguresT } from './use-figures-i18n';

interface Share {
  absent: number;
  of: number;
  percent: number;
}

export function Figure({ main, of }: { main: ReactNode; of: ReactNode }) {
  return (
    <>
      <span className="figure__main">{main}</span> <span className="figure__of">{of}</span>
    </>
  );
}

interface ShareCellProps {
  share: Share;
  tf: FiguresT;
  fmt: Formatter;
  /** «17 av 387» without the unit, where the column's neighbour already says «timer». */
  short?: boolean;
}

export function ShareCell({ share, tf, fmt, short = false }: ShareCellProps) {
  const values = { absent: fmt.integer(share.absent), of: fmt.integer(share.of), count: share.of };
  return (
    <Table.Cell className="numeric figure">
      <Figure main={fmt.percent(share.percent)} of={short ? tf('units.countOf', values) : tf('units.lessonsOf', values)} />
    </Table.Cell>
  );
}
