import { Table } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { PupilFiguresRow } from '../../../contracts/figures';
import { TableRegion } from '../../components/TableRegion';
import type { BackTo } from './back-link-state';
import { FiguresRow } from './FiguresRow';
import type { Limits } from './levels';
import { nextSort, sortRows, type Sort, type SortKey } from './sorting';
import { useFiguresI18n } from './use-figures-i18n';

interface Props {
  rows: readonly PupilFiguresRow[];
  limits: Limits | null;
  caption: string;
  showClass: boolean;
  backTo: BackTo;
  linkQuery: string;
  sort: Sort;
  onSort(sort: Sort): void;
  /** While another period is fetched, the old figures stay and are marked busy. */
  busy?: boolean;
}

interface Column {
  key: SortKey;
  numeric: boolean;
}

/** The pupils with their figures; a click on a column header sorts by it. */
export function FiguresTable({ rows, limits, caption, showClass, backTo, linkQuery, sort, onSort, busy = false }: Props) {
  const { tf, fmt } = useFiguresI18n();
  const sorted = useMemo(() => sortRows(rows, sort, limits, fmt), [rows, sort, limits, fmt]);

  const columns: Column[] = [
    { key: 'name', numeric: false },
    ...(showClass ? [{ key: 'class' as const, numeric: false }] : []),
    { key: 'percent', numeric: true },
    { key: 'undocumented', numeric: true },
    { key: 'reported', numeric: true },
    { key: 'documented', numeric: true },
    { key: 'wholeDays', numeric: true },
    { key: 'singleLessons', numeric: true },
    { key: 'lateArrivals', numeric: true },
    ...(limits ? [{ key: 'worstSubject' as const, numeric: false }] : []),
  ];

  return (
    <TableRegion label={caption}>
      <Table zebra border data-size="sm" className="figures-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            {columns.map(({ key, numeric }) => (
              <Table.HeaderCell
                key={key}
                scope="col"
                className={numeric ? 'numeric' : undefined}
                sort={sort.key === key ? sort.direction : 'none'}
                onClick={() => onSort(nextSort(sort, key))}
              >
                {tf(`table.columns.${key}`)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {sorted.map((row) => (
            <FiguresRow
              key={row.pupil.id}
              row={row}
              showClass={showClass}
              limits={limits}
              backTo={backTo}
              linkQuery={linkQuery}
              tf={tf}
              fmt={fmt}
            />
          ))}
        </Table.Body>
      </Table>
    </TableRegion>
  );
}
