import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import type { GroupFigures } from '../../../contracts/figures';
import type { FiguresSource, WindowKind } from '../../api/figures';
import type { BackLabel, BackTo } from './back-link-state';
import { ExportButtons } from './ExportButtons';
import { FiguresFilter, normalise, type FilterValue } from './FiguresFilter';
import { FiguresTable } from './FiguresTable';
import { LevelLegend } from './LevelLegend';
import { defaultSort, nameOf, type Sort } from './sorting';
import { useFiguresI18n } from './use-figures-i18n';
import { windowKinds, windowQuery } from './window-param';
import { WindowSwitch } from './WindowSwitch';

interface Props {
  figures: GroupFigures;
  source: FiguresSource;
  /** The period in the address; undefined shows the server's default. */
  asked: WindowKind | undefined;
  onAsk(kind: WindowKind): void;
  /** The page's name, for the way back from a pupil's page. */
  backLabel: BackLabel;
  showClass: boolean;
  /** A school's hundreds of pupils: filter by class and name. */
  filterable?: boolean;
  busy?: boolean;
}

/** The period switch, the export, the levels' legend and the table: the same on every figures page. */
export function GroupFiguresSection({ figures, source, asked, onAsk, backLabel, showClass, filterable = false, busy = false }: Props) {
  const { tf, fmt } = useFiguresI18n();
  const location = useLocation();
  const { window, limits, rows } = figures;
  const [filter, setFilter] = useState<FilterValue>({ className: '', name: '' });
  const deferredFilter = useDeferredValue(filter);
  const [sort, setSort] = useState<Sort>(() => defaultSort(limits));

  const backTo = useMemo<BackTo>(
    () => ({ path: `${location.pathname}${location.search}`, label: backLabel }),
    [location.pathname, location.search, backLabel],
  );
  const classNames = useMemo(
    () => [...new Set(rows.map((r) => r.pupil.className).filter((n): n is string => n !== null))].sort(fmt.compareText),
    [rows, fmt],
  );
  const searchable = useMemo(
    () => (filterable ? rows.map((r) => ({ row: r, text: normalise(`${nameOf(r)} ${r.pupil.givenName} ${r.pupil.familyName}`) })) : []),
    [rows, filterable],
  );
  const shown = useMemo(() => {
    if (!filterable) return rows;
    const needle = normalise(deferredFilter.name);
    return searchable
      .filter(
        ({ row, text }) =>
          (deferredFilter.className === '' || row.pupil.className === deferredFilter.className) &&
          (needle === '' || text.includes(needle)),
      )
      .map(({ row }) => row);
  }, [rows, filterable, searchable, deferredFilter]);

  const windowName = tf(`windowInline.${window.kind}`);
  const range = tf('window.range', { from: fmt.date(window.from), to: fmt.date(window.to) });
  const caption = tf('table.caption', { title: figures.title, window: windowName, range });

  return (
    <section className="figures-section" aria-label={caption}>
      <div className="figures-toolbar">
        <div className="figures-toolbar__window">
          <WindowSwitch value={asked ?? window.kind} kinds={windowKinds} onChange={onAsk} />
          <Paragraph data-size="sm" className="muted">
            {tf('window.showing', { window: windowName, range })}
          </Paragraph>
        </div>
        <ExportButtons source={source} window={window.kind} />
      </div>
      {asked && asked !== window.kind && (
        <Alert data-color="info" data-size="sm">
          {tf('window.fellBack', { asked: tf(`windowInline.${asked}`), shown: windowName })}
        </Alert>
      )}
      {limits && <LevelLegend limits={limits} />}
      <Paragraph data-size="sm" className="muted">
        {tf('table.explanation')}
      </Paragraph>
      {filterable && (
        <>
          <FiguresFilter classNames={classNames} value={filter} onChange={setFilter} />
          <Paragraph data-size="sm" role="status" className="muted">
            {tf('filter.count', { shown: fmt.integer(shown.length), count: rows.length, total: fmt.integer(rows.length) })}
          </Paragraph>
        </>
      )}
      {rows.length === 0 ? (
        <Paragraph className="panel">{tf('table.noRows')}</Paragraph>
      ) : shown.length === 0 ? (
        <Paragraph className="panel">{tf('table.noMatches')}</Paragraph>
      ) : (
        <FiguresTable
          rows={shown}
          limits={limits}
          caption={caption}
          showClass={showClass && classNames.length > 1}
          backTo={backTo}
          linkQuery={windowQuery(window.kind)}
          sort={sort}
          onSort={setSort}
          busy={busy}
        />
      )}
    </section>
  );
}
