import { Table } from '@digdir/designsystemet-react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { PolicyThreshold, SubjectTally } from '../../../contracts/patterns';
import { TableRegion } from '../../components/TableRegion';
import { ChartFrame } from './ChartFrame';
import { FILL } from './PatternFills';
import { thresholdLabel } from './threshold-words';
import { percentTicks } from './ticks';
import { usePatternsI18n } from './use-patterns-i18n';

const PARTS = ['undocumented', 'reported', 'documented'] as const;

interface Props {
  subjects: readonly SubjectTally[];
  thresholds: readonly PolicyThreshold[];
  policyName: string;
}

const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : (part * 100) / whole);

export function uniqueLines(thresholds: readonly PolicyThreshold[], label: (t: PolicyThreshold) => string): PolicyThreshold[] {
  const seen = new Set<string>();
  return thresholds.filter((t) => {
    const key = `${t.percent}|${label(t)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Absence in each subject as a share of its held lessons, stacked by
 * documentation (each part its own fill pattern), with the owner's
 * per-subject thresholds drawn across; where the owner has none per subject,
 * the thresholds for all lessons, dashed.
 */
export function SubjectBars({ subjects, thresholds, policyName }: Props) {
  const { tp, fmt } = usePatternsI18n();
  const ordered = [...subjects].sort((a, b) => percentOf(b.absent, b.held) - percentOf(a.absent, a.held) || fmt.compareText(a.subjectCode, b.subjectCode));
  const data = ordered.map((s) => ({
    name: s.subjectName ?? s.subjectCode,
    code: s.subjectCode,
    undocumented: percentOf(s.byDocumentation.undocumented, s.held),
    reported: percentOf(s.byDocumentation.reported, s.held),
    documented: percentOf(s.byDocumentation.documented, s.held),
    total: percentOf(s.absent, s.held),
    totalText: fmt.percent(percentOf(s.absent, s.held)),
  }));
  const perSubject = thresholds.filter((t) => t.perSubject);
  // Two rules at the same level (one per term, one per year) are one line.
  const drawn = uniqueLines(perSubject.length > 0 ? perSubject : thresholds, (t) => thresholdLabel(t, tp, fmt));
  const dashed = perSubject.length === 0;
  const { top, ticks } = percentTicks(Math.max(5, ...data.map((d) => d.total * 1.1), ...drawn.map((t) => t.percent)));
  const worst = data[0];
  const summary =
    data.length === 0
      ? tp('subjects.empty')
      : tp('subjects.summary', {
          count: data.length,
          subject: worst?.name ?? '',
          percent: fmt.percent(worst?.total ?? 0),
          thresholds: drawn.map((t) => thresholdLabel(t, tp, fmt)).join(', ') || tp('thresholds.none'),
        });
  const caption = tp('subjects.caption');
  const table = (
    <TableRegion label={caption}>
      <Table zebra border data-size="sm">
        <caption data-size="xs">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{tp('subjects.columns.subject')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {tp('subjects.columns.absence')}
            </Table.HeaderCell>
            {PARTS.map((part) => (
              <Table.HeaderCell key={part} scope="col" className="numeric">
                {tp(`documentation.${part}Capital`)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {ordered.map((s) => (
            <Table.Row key={s.subjectId}>
              <Table.HeaderCell scope="row">{s.subjectName ?? s.subjectCode}</Table.HeaderCell>
              <Table.Cell className="numeric">
                {fmt.percent(percentOf(s.absent, s.held))} <span className="figure__of">{tp('subjects.of', { absent: fmt.integer(s.absent), held: fmt.integer(s.held) })}</span>
              </Table.Cell>
              {PARTS.map((part) => (
                <Table.Cell key={part} className="numeric">
                  {fmt.percent(percentOf(s.byDocumentation[part], s.held))} <span className="figure__of">({fmt.integer(s.byDocumentation[part])})</span>
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableRegion>
  );
  return (
    <ChartFrame
      id="subject-bars"
      title={tp('subjects.title')}
      lead={tp(dashed ? 'subjects.leadOverall' : 'subjects.lead', { policy: policyName })}
      summary={summary}
      tableSummary={tp('chart.showTable')}
      table={table}
    >
      {data.length > 0 && (
        <>
          <BarChart
            responsive
            layout="vertical"
            data={data}
            style={{ width: '100%', height: 48 + data.length * 34 }}
            margin={{ top: 24, right: 8, bottom: 8, left: 8 }}
            title={tp('subjects.title')}
            desc={summary}
          >
            <CartesianGrid horizontal={false} className="chart-grid" />
            <XAxis type="number" domain={[0, top]} ticks={ticks} tickFormatter={(v: number) => fmt.threshold(v)} />
            <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 13 }} interval={0} />
            {/* Each subject's share in numbers at the end of its row. */}
            <YAxis yAxisId="totals" orientation="right" type="category" dataKey="totalText" width={64} axisLine={false} tickLine={false} interval={0} className="bar-totals" />
            <Tooltip
              formatter={(value, name) => [fmt.percent(Number(value)), tp(`documentation.${String(name) as (typeof PARTS)[number]}Capital`)]}
              cursor={{ className: 'chart-cursor' }}
            />
            {PARTS.map((part) => (
              <Bar key={part} dataKey={part} name={part} stackId="absence" fill={`url(#${FILL[part]})`} className={`bar--${part}`} isAnimationActive={false} />
            ))}
            {drawn.map((t) => (
              <ReferenceLine
                key={t.ruleId}
                x={t.percent}
                className={dashed ? 'threshold-line threshold-line--overall' : 'threshold-line'}
                strokeDasharray={dashed ? '6 4' : undefined}
                strokeWidth={2}
                label={{ value: thresholdLabel(t, tp, fmt), position: 'top', className: 'threshold-label' }}
                ifOverflow="extendDomain"
              />
            ))}
          </BarChart>
          <ul className="chart-legend" aria-hidden="true">
            {PARTS.map((part) => (
              <li key={part}>
                <svg width="14" height="14" viewBox="0 0 14 14">
                  <rect width="14" height="14" fill={`url(#${FILL[part]})`} className="chart-legend__swatch" />
                </svg>
                {tp(`documentation.${part}Capital`)}
              </li>
            ))}
            <li>
              <svg width="20" height="14" viewBox="0 0 20 14">
                <line x1="10" y1="0" x2="10" y2="14" className="threshold-line__swatch" strokeDasharray={dashed ? '4 3' : undefined} />
              </svg>
              {tp(dashed ? 'subjects.legendOverall' : 'subjects.legendThreshold', { policy: policyName })}
            </li>
          </ul>
        </>
      )}
    </ChartFrame>
  );
}
