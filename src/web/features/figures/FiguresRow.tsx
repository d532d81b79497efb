import { Link as DsLink, Table } from '@digdir/designsystemet-react';
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import type { PupilFiguresRow } from '../../../contracts/figures';
import { paths } from '../../app/paths';
import type { BackTo } from './back-link-state';
import { Figure, ShareCell } from './FigureCells';
import type { Formatter } from './format';
import { LevelMarker } from './LevelMarker';
import { levelOf, type Limits } from './levels';
import { nameOf } from './sorting';
import type { FiguresT } from './use-figures-i18n';

interface Props {
  row: PupilFiguresRow;
  showClass: boolean;
  limits: Limits | null;
  backTo: BackTo;
  /** «?periode=…»: the pupil's page opens on the period the table shows. */
  linkQuery: string;
  tf: FiguresT;
  fmt: Formatter;
}

/** One pupil. Memoised: sorting or filtering a school's 400 rows re-renders none of them. */
export const FiguresRow = memo(function FiguresRow({ row, showClass, limits, backTo, linkQuery, tf, fmt }: Props) {
  const worst = row.worstSubject;
  const level = worst ? levelOf(worst.undocumented.percent, limits) : null;
  return (
    <Table.Row data-level={level ?? undefined}>
      <Table.HeaderCell scope="row" className="figures-table__name">
        <DsLink asChild>
          <RouterLink to={`${paths.pupilFigures(row.pupil.id)}${linkQuery}`} state={{ backTo }}>
            {nameOf(row)}
          </RouterLink>
        </DsLink>
      </Table.HeaderCell>
      {showClass && <Table.Cell className="nowrap">{row.pupil.className ?? '–'}</Table.Cell>}
      <ShareCell share={{ absent: row.absent, of: row.held, percent: row.percent }} tf={tf} fmt={fmt} />
      <ShareCell share={row.undocumented} tf={tf} fmt={fmt} short />
      <ShareCell share={row.reported} tf={tf} fmt={fmt} short />
      <ShareCell share={row.documented} tf={tf} fmt={fmt} short />
      <Table.Cell className="numeric figure">
        <Figure main={fmt.integer(row.wholeDays)} of={tf('units.ofDaysShort', { of: fmt.integer(row.schoolDays), count: row.schoolDays })} />
      </Table.Cell>
      <Table.Cell className="numeric figure">
        <Figure main={fmt.integer(row.singleLessons)} of={tf('units.hoursShort', { hours: fmt.hours(row.singleLessonHours) })} />
      </Table.Cell>
      <Table.Cell className="numeric figure">
        <Figure main={fmt.integer(row.lateArrivals)} of={tf('units.minutesShort', { minutes: fmt.integer(row.lateMinutes) })} />
      </Table.Cell>
      {limits && (
        <Table.Cell className="figure worst-subject">
          {worst && worst.undocumented.absent > 0 ? (
            <>
              <span className="worst-subject__figure">
                <span className="figure__main">{fmt.percent(worst.undocumented.percent)}</span>
                {level && <LevelMarker level={level} />}
              </span>
              <span className="figure__of">
                {worst.subjectName ?? worst.subjectCode}
                {' · '}
                {tf('units.lessonsOf', {
                  absent: fmt.integer(worst.undocumented.absent),
                  of: fmt.integer(worst.undocumented.of),
                  count: worst.undocumented.of,
                })}
              </span>
            </>
          ) : (
            <span className="figure__of">{tf('table.noUndocumented')}</span>
          )}
        </Table.Cell>
      )}
    </Table.Row>
  );
});
