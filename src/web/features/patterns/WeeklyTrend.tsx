import { Table } from '@digdir/designsystemet-react';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Holiday, PolicyThreshold, WeekTally } from '../../../contracts/patterns';
import { TableRegion } from '../../components/TableRegion';
import { ChartFrame } from './ChartFrame';
import { FILL } from './PatternFills';
import { uniqueLines } from './SubjectBars';
import { thresholdLabel } from './threshold-words';
import { percentTicks } from './ticks';
import { usePatternsI18n } from './use-patterns-i18n';
import { weekPoints } from './weeks';

interface Props {
  from: string;
  asOf: string;
  weeks: readonly WeekTally[];
  holidays: readonly Holiday[];
  thresholds: readonly PolicyThreshold[];
  policyName: string;
}

/**
 * The share of lessons missed week by week, with the holidays marked as
 * hatched, named bands and the owner's thresholds for all lessons as dashed
 * lines. Points are round dots on a line, so a week stands out by its height,
 * not its colour.
 */
export function WeeklyTrend({ from, asOf, weeks, holidays, thresholds, policyName }: Props) {
  const { tp, fmt } = usePatternsI18n();
  const points = weekPoints(from, asOf, weeks, holidays);
  const overall = uniqueLines(thresholds.filter((t) => !t.perSubject), (t) => thresholdLabel(t, tp, fmt));
  const { top, ticks } = percentTicks(Math.max(10, ...points.map((p) => (p.percent ?? 0) * 1.05), ...overall.map((t) => t.percent)));
  const withLessons = points.filter((p) => p.percent !== null);
  const last4 = withLessons.slice(-4);
  const earlier = withLessons.slice(0, -4);
  const average = (list: typeof points) => {
    const held = list.reduce((s, p) => s + p.held, 0);
    return held === 0 ? 0 : (list.reduce((s, p) => s + p.absent, 0) * 100) / held;
  };
  const summary =
    withLessons.length === 0
      ? tp('weeks.empty')
      : tp('weeks.summary', { weeks: withLessons.length, recent: fmt.percent(average(last4)), earlier: fmt.percent(average(earlier)) });
  const weekLabel = (index: number) => {
    const p = points[index];
    return p ? tp('weeks.week', { week: p.week }) : '';
  };
  const bands = points.filter((p) => p.holiday !== null);
  const caption = tp('weeks.caption');
  const table = (
    <TableRegion label={caption}>
      <Table zebra border data-size="sm">
        <caption data-size="xs">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{tp('weeks.columns.week')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {tp('weeks.columns.absence')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{tp('weeks.columns.note')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {points.map((p) => (
            <Table.Row key={p.monday}>
              <Table.HeaderCell scope="row">
                {tp('weeks.weekFrom', { week: p.week, date: fmt.date(p.monday) })}
              </Table.HeaderCell>
              <Table.Cell className="numeric">
                {p.percent === null ? '–' : fmt.percent(p.percent)}{' '}
                {p.held > 0 && <span className="figure__of">{tp('weeks.of', { absent: fmt.integer(p.absent), held: fmt.integer(p.held) })}</span>}
              </Table.Cell>
              <Table.Cell>{p.holiday ? p.holiday.name : p.percent === null ? tp('weeks.noLessons') : ''}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableRegion>
  );
  return (
    <ChartFrame
      id="weekly-trend"
      title={tp('weeks.title')}
      lead={overall.length > 0 ? tp('weeks.lead', { policy: policyName }) : tp('weeks.leadNoThreshold')}
      summary={summary}
      tableSummary={tp('chart.showTable')}
      table={table}
    >
      <LineChart
        responsive
        data={points}
        style={{ width: '100%', height: 280 }}
        margin={{ top: 28, right: 24, bottom: 8, left: 0 }}
        title={tp('weeks.title')}
        desc={summary}
      >
        <CartesianGrid vertical={false} className="chart-grid" />
        <XAxis
          type="number"
          dataKey="index"
          domain={[-0.5, Math.max(points.length - 0.5, 0.5)]}
          ticks={points.filter((p) => p.index % 2 === 0).map((p) => p.index)}
          tickFormatter={(i: number) => String(points[i]?.week ?? '')}
          label={{ value: tp('weeks.axis'), position: 'insideBottomRight', offset: -4, className: 'axis-label' }}
        />
        <YAxis domain={[0, top]} ticks={ticks} tickFormatter={(v: number) => fmt.threshold(v)} width={56} />
        {bands.map((p) => (
          <ReferenceArea
            key={p.monday}
            x1={p.index - 0.5}
            x2={p.index + 0.5}
            fill={`url(#${FILL.holiday})`}
            fillOpacity={1}
            className="holiday-band"
            label={{ value: p.holiday?.name ?? '', position: 'insideTop', angle: -90, offset: 40, className: 'holiday-label' }}
            ifOverflow="hidden"
          />
        ))}
        {overall.map((t) => (
          <ReferenceLine
            key={t.ruleId}
            y={t.percent}
            className="threshold-line threshold-line--overall"
            strokeDasharray="6 4"
            strokeWidth={2}
            label={{ value: thresholdLabel(t, tp, fmt), position: 'insideTopRight', className: 'threshold-label' }}
          />
        ))}
        <Tooltip
          labelFormatter={(i) => weekLabel(Number(i))}
          formatter={(value) => [value === null || value === undefined ? '–' : fmt.percent(Number(value)), tp('weeks.columns.absence')]}
        />
        <Line
          type="linear"
          dataKey="percent"
          className="trend-line"
          strokeWidth={2.5}
          dot={{ r: 3.5, className: 'trend-line__dot' }}
          activeDot={{ r: 6 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFrame>
  );
}
