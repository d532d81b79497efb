import { Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { Holiday, YearDay } from '../../../contracts/patterns';
import { TableRegion } from '../../components/TableRegion';
import { calendarMonths, type CalendarDay } from './calendar-days';
import { DayGlyph } from './DayGlyph';
import { usePatternsI18n, type PatternsT } from './use-patterns-i18n';
import type { Formatter } from '../figures/format';

/** The id of a day's cell, for links from a pattern's dates. */
export const dayAnchor = (date: string) => `dag-${date}`;

interface Props {
  from: string;
  to: string;
  asOf: string;
  days: readonly YearDay[];
  holidays: readonly Holiday[];
  /** The dates of the pattern being shown, marked in the calendar. */
  marked: ReadonlySet<string>;
  /** What the marked dates are, in words. */
  markedLabel: string | null;
}

function dayWords(cell: CalendarDay, tp: PatternsT): string {
  const { day, holiday } = cell;
  switch (cell.kind) {
    case 'holiday':
      return holiday?.name ?? tp('calendar.day.holiday');
    case 'future':
      return tp('calendar.day.future');
    case 'none':
      return tp('calendar.day.none');
    case 'present':
      return tp('calendar.day.present');
    case 'late':
      return tp('calendar.day.late', { count: day?.late ?? 0 });
    case 'partial':
    case 'whole': {
      const what = cell.kind === 'whole' ? tp('calendar.day.whole') : tp('calendar.day.partial', { absent: day?.absent ?? 0, held: day?.held ?? 0 });
      const late = day && day.late > 0 ? `, ${tp('calendar.day.late', { count: day.late })}` : '';
      return `${what}, ${tp(`documentation.${day?.documentation ?? 'undocumented'}`)}${late}`;
    }
  }
}

function DayCell({ cell, marked, tp, fmt }: { cell: CalendarDay; marked: boolean; tp: PatternsT; fmt: Formatter }) {
  return (
    <td id={dayAnchor(cell.date)} className={`day day--${cell.kind}`} data-marked={marked || undefined}>
      <span className="day__number" aria-hidden="true">
        {cell.dayOfMonth}
      </span>
      <DayGlyph kind={cell.kind} documentation={cell.day?.documentation ?? null} />
      <span className="visually-hidden">
        {fmt.day(cell.date)}: {dayWords(cell, tp)}
        {marked ? `. ${tp('calendar.day.marked')}` : ''}
      </span>
    </td>
  );
}

function Legend({ tp }: { tp: PatternsT }) {
  const items = [
    { key: 'whole', glyph: <DayGlyph kind="whole" documentation="undocumented" /> },
    { key: 'partial', glyph: <DayGlyph kind="partial" documentation="undocumented" /> },
    { key: 'late', glyph: <DayGlyph kind="late" /> },
  ] as const;
  const docs = ['undocumented', 'reported', 'documented'] as const;
  return (
    <div className="calendar-legend" aria-hidden="true">
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            {item.glyph}
            {tp(`calendar.legend.${item.key}`)}
          </li>
        ))}
        <li>
          <span className="calendar-legend__holiday" />
          {tp('calendar.legend.holiday')}
        </li>
        <li>
          <span className="calendar-legend__marked" />
          {tp('calendar.legend.marked')}
        </li>
      </ul>
      <ul>
        {docs.map((d) => (
          <li key={d}>
            <DayGlyph kind="whole" documentation={d} />
            {tp(`documentation.${d}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The days with absence or a late arrival, as a table: the calendar in text. */
function DaysTable({ days, marked, tp, fmt }: { days: readonly YearDay[]; marked: ReadonlySet<string>; tp: PatternsT; fmt: Formatter }) {
  const rows = days.filter((d) => d.absent > 0 || d.late > 0);
  const caption = tp('calendar.table.caption');
  if (rows.length === 0) return <Paragraph data-size="sm">{tp('calendar.table.empty')}</Paragraph>;
  return (
    <TableRegion label={caption}>
      <Table zebra border data-size="sm" className="calendar-table">
        <caption data-size="xs">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{tp('calendar.table.date')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tp('calendar.table.absence')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tp('calendar.table.documentation')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {tp('calendar.table.late')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{tp('calendar.table.marked')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((d) => (
            <Table.Row key={d.date}>
              <Table.HeaderCell scope="row">
                <time dateTime={d.date}>{fmt.day(d.date)}</time>
              </Table.HeaderCell>
              <Table.Cell>
                {d.absent === 0 ? '–' : d.whole ? tp('calendar.day.whole') : tp('calendar.day.partial', { absent: d.absent, held: d.held })}
              </Table.Cell>
              <Table.Cell>{d.documentation ? tp(`documentation.${d.documentation}`) : '–'}</Table.Cell>
              <Table.Cell className="numeric">{d.late > 0 ? fmt.integer(d.late) : '–'}</Table.Cell>
              <Table.Cell>{marked.has(d.date) ? tp('calendar.table.yes') : ''}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableRegion>
  );
}

/** The school year day by day: each school day's absence and its documentation, holidays marked. */
export function YearCalendar({ from, to, asOf, days, holidays, marked, markedLabel }: Props) {
  const { tp, fmt } = usePatternsI18n();
  const months = useMemo(() => calendarMonths(from, to, days, holidays, asOf), [from, to, days, holidays, asOf]);
  const weekdays = [1, 2, 3, 4, 5].map((w) => ({ short: tp(`weekdaysShort.${w}`), full: tp(`weekdays.${w}`) }));
  return (
    <section className="pattern-block" aria-labelledby="calendar-title">
      <Heading level={3} data-size="xs" id="calendar-title">
        {tp('calendar.title')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {tp('calendar.lead')}
      </Paragraph>
      {markedLabel && (
        <Paragraph data-size="sm" className="calendar-marked" aria-live="polite">
          <span className="calendar-legend__marked" aria-hidden="true" />
          {tp('calendar.markedNow', { pattern: markedLabel, count: marked.size })}
        </Paragraph>
      )}
      <Legend tp={tp} />
      <div className="year-calendar">
        {months.map((month) => (
          <table key={month.month} className="month">
            <caption>{fmt.month(month.month)}</caption>
            <thead>
              <tr>
                <th scope="col" className="month__week">
                  <abbr title={tp('calendar.weekFull')}>{tp('calendar.week')}</abbr>
                </th>
                {weekdays.map((w) => (
                  <th key={w.full} scope="col">
                    <abbr title={w.full}>{w.short}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {month.weeks.map((week) => (
                <tr key={week.week}>
                  <th scope="row" className="month__week">
                    {week.week}
                  </th>
                  {week.days.map((cell, i) =>
                    cell ? <DayCell key={cell.date} cell={cell} marked={marked.has(cell.date)} tp={tp} fmt={fmt} /> : <td key={i} className="day day--outside" />,
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <Details data-size="sm">
        <Details.Summary>{tp('calendar.table.summary')}</Details.Summary>
        <Details.Content>
          <DaysTable days={days} marked={marked} tp={tp} fmt={fmt} />
        </Details.Content>
      </Details>
    </section>
  );
}
