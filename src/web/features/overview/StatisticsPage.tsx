import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { OwnerStatistics } from '../../../contracts/overview';
import { useOwnerStatistics } from '../../api/overview';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { TableRegion } from '../../components/TableRegion';
import { useDocumentTitle } from '../../components/use-document-title';
import { PageHeading } from '../figures/PageHeading';
import { ChartFrame } from '../patterns/ChartFrame';
import '../patterns/patterns.css';
import { OVERVIEW_FILL, OverviewFills } from './Fills';
import { useOverviewI18n } from './use-overview-i18n';
import './overview.css';

type Cell = OwnerStatistics['absence']['total']['overall'];

function AbsenceTable({ stats, rows, caption }: { stats: OwnerStatistics; rows: { key: string; name: string; overall: Cell; months: Cell[] }[]; caption: string }) {
  const { to, fmt } = useOverviewI18n();
  const show = (c: Cell) => (c.hidden ? to('hidden') : c.percent === null ? '–' : fmt.percent(c.percent));
  return (
    <TableRegion label={caption}>
      <Table zebra data-size="sm" className="overview-table">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{to('statistics.school')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{to('statistics.pupils')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{to('statistics.overall')}</Table.HeaderCell>
            {stats.months.map((m) => (
              <Table.HeaderCell key={m} scope="col" className="numeric">
                {fmt.month(m)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.key}>
              <Table.HeaderCell scope="row">{r.name}</Table.HeaderCell>
              <Table.Cell className="numeric">{r.overall.pupils === null ? to('hidden') : fmt.integer(r.overall.pupils)}</Table.Cell>
              <Table.Cell className="numeric">{show(r.overall)}</Table.Cell>
              {r.months.map((c, i) => (
                <Table.Cell key={stats.months[i]} className="numeric">
                  {show(c)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableRegion>
  );
}

type Measure = OwnerStatistics['measures'][number];

/** Attendance before and after each kind of measure: a chart of the kinds shown, the table of all of them, and what the figures do not say. */
function MeasuresSection({ stats }: { stats: OwnerStatistics }) {
  const { to, fmt, locale } = useOverviewI18n();
  const days = stats.measureSpanDays;
  const kindName = (m: Measure) => (m.name ? m.name[locale] : to('statistics.ownMeasures'));
  const points = (value: number) => to('statistics.points', { value: fmt.signed(value) });
  const interval = (m: Measure) => (m.change ? to('statistics.interval', { low: fmt.signed(m.change.low), high: fmt.signed(m.change.high) }) : '');
  const shown = stats.measures.filter((m) => m.before !== null && m.after !== null && m.change !== null);
  // The change and its interval are written beside the after bar, so the uncertainty is read with the figure.
  const data = shown.map((m) => ({
    name: kindName(m),
    before: m.before!,
    after: m.after!,
    beforeLabel: fmt.percent(m.before!),
    afterLabel: to('statistics.afterLabel', { after: fmt.percent(m.after!), change: fmt.signed(m.change!.mean), low: fmt.signed(m.change!.low), high: fmt.signed(m.change!.high) }),
  }));
  const summary = stats.measures
    .map((m) =>
      m.change && m.before !== null && m.after !== null
        ? to('statistics.measureSummary', { kind: kindName(m), before: fmt.percent(m.before), after: fmt.percent(m.after), change: points(m.change.mean), interval: interval(m) })
        : to('statistics.measureSummaryHidden', { kind: kindName(m) }),
    )
    .join('; ');
  const table = (
    <TableRegion label={to('statistics.measures')}>
      <Table zebra data-size="sm" className="overview-table">
        <caption className="visually-hidden">{to('statistics.measures')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{to('statistics.kind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{to('statistics.casesCol')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{to('statistics.before')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{to('statistics.after')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{to('statistics.changeCol')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">95 %</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {stats.measures.map((m) => (
            <Table.Row key={m.kind}>
              <Table.HeaderCell scope="row">{kindName(m)}</Table.HeaderCell>
              <Table.Cell className="numeric">{m.cases === null ? to('hidden') : fmt.integer(m.cases)}</Table.Cell>
              <Table.Cell className="numeric">{m.before === null ? to('hidden') : fmt.percent(m.before)}</Table.Cell>
              <Table.Cell className="numeric">{m.after === null ? to('hidden') : fmt.percent(m.after)}</Table.Cell>
              <Table.Cell className="numeric">{m.change ? fmt.signed(m.change.mean) : to('hidden')}</Table.Cell>
              <Table.Cell>{m.change ? interval(m) : '–'}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableRegion>
  );
  return (
    <section className="overview-section">
      <Heading level={2} data-size="sm">{to('statistics.measures')}</Heading>
      <Paragraph data-size="sm" className="muted">{to('statistics.measuresNote', { days })}</Paragraph>
      <Paragraph data-size="sm" className="panel" data-testid="measures-caveat">{to('statistics.measuresCaveat')}</Paragraph>
      {stats.measures.length === 0 ? (
        <Paragraph>{to('statistics.measuresEmpty', { days })}</Paragraph>
      ) : shown.length === 0 ? (
        <>
          <Paragraph>{to('statistics.measuresHiddenAll', { min: stats.minCount })}</Paragraph>
          {table}
        </>
      ) : (
        <ChartFrame id="measure-effects" title={to('statistics.measuresChart')} lead={to('statistics.measuresChartLead', { days, min: stats.minCount })} summary={summary} tableSummary={to('chartTable')} table={table}>
          <BarChart responsive layout="vertical" data={data} style={{ width: '100%', maxWidth: 900, height: 80 + data.length * 72 }} margin={{ top: 8, right: 250, bottom: 8, left: 8 }} title={to('statistics.measuresChart')} desc={summary}>
            <CartesianGrid horizontal={false} stroke="#d5dbe2" />
            <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => fmt.percent(v, 0)} />
            <YAxis type="category" dataKey="name" width={200} interval={0} />
            <Tooltip />
            {/* In the bars' order, before first. */}
            <Legend itemSorter={null} />
            {/* Before striped, after solid, each bar with its figure beside it: readable without colour. */}
            <Bar dataKey="before" name={to('statistics.before')} fill={`url(#${OVERVIEW_FILL.stripes})`} stroke="#1e3a5f" isAnimationActive={false}>
              <LabelList dataKey="beforeLabel" position="right" />
            </Bar>
            <Bar dataKey="after" name={to('statistics.after')} fill={`url(#${OVERVIEW_FILL.solid})`} stroke="#1e3a5f" isAnimationActive={false}>
              <LabelList dataKey="afterLabel" position="right" />
            </Bar>
          </BarChart>
        </ChartFrame>
      )}
    </section>
  );
}

function Content({ stats }: { stats: OwnerStatistics }) {
  const { to, fmt } = useOverviewI18n();
  const schoolName = new Map(stats.schools.map((s) => [s.id, s.name]));
  const schoolRows = [
    ...stats.absence.schools.map((s) => ({ key: s.schoolId, name: schoolName.get(s.schoolId) ?? '', overall: s.overall, months: s.months })),
    { key: 'total', name: to('statistics.total'), ...stats.absence.total },
  ];
  const absenceData = stats.absence.schools.map((s) => ({ name: schoolName.get(s.schoolId) ?? '', value: s.overall.percent ?? 0, label: s.overall.hidden ? to('hidden') : s.overall.percent === null ? '–' : fmt.percent(s.overall.percent) }));
  const absenceSummary = absenceData.map((d) => `${d.name}: ${d.label}`).join('; ');
  return (
    <>
      <Paragraph data-size="sm" className="muted">
        {to('hiddenNote', { min: stats.minCount })}
      </Paragraph>
      <section className="overview-section">
        <Heading level={2} data-size="sm">{to('statistics.absence')}</Heading>
        <ChartFrame id="absence-schools" title={to('statistics.absenceChart')} lead="" summary={absenceSummary} tableSummary={to('chartTable')} table={<AbsenceTable stats={stats} rows={schoolRows} caption={to('statistics.absence')} />}>
          <BarChart responsive layout="vertical" data={absenceData} style={{ width: '100%', maxWidth: 720, height: 60 + absenceData.length * 36 }} margin={{ top: 8, right: 64, bottom: 8, left: 8 }} title={to('statistics.absenceChart')} desc={absenceSummary}>
            <CartesianGrid horizontal={false} stroke="#d5dbe2" />
            <XAxis type="number" tickFormatter={(v: number) => fmt.percent(v)} />
            <YAxis type="category" dataKey="name" width={160} />
            <Tooltip />
            <Bar dataKey="value" name={to('statistics.absenceChart')} fill={`url(#${OVERVIEW_FILL.solid})`} isAnimationActive={false}>
              <LabelList dataKey="label" position="right" />
            </Bar>
          </BarChart>
        </ChartFrame>
        <Heading level={3} data-size="xs">{to('statistics.byStage')}</Heading>
        <AbsenceTable stats={stats} rows={stats.absence.stages.map((s) => ({ key: s.stage, name: to(`statistics.stage.${s.stage}`), overall: s.overall, months: s.months }))} caption={to('statistics.byStage')} />
      </section>
      <section className="overview-section">
        <Heading level={2} data-size="sm">{to('statistics.rules')}</Heading>
        <Paragraph data-size="sm" className="muted">{to('statistics.intervalNote')}</Paragraph>
        {stats.rules.length === 0 && <Paragraph>{to('statistics.noRules')}</Paragraph>}
        {stats.rules.map((rule) => {
          const data = rule.schools.map((c, i) => ({
            name: stats.schools[i]?.name ?? '',
            share: c.share === null ? 0 : 100 * c.share,
            // The interval is written beside the bar, so it reads without colour or a legend.
            label: c.hidden ? to('hidden') : c.share === null ? '–' : c.interval ? `${fmt.percent(100 * c.share)} (${fmt.percent(100 * c.interval.low)}–${fmt.percent(100 * c.interval.high)})` : fmt.percent(100 * c.share),
          }));
          const summary = data.map((d) => `${d.name}: ${d.label}`).join('; ');
          const table = (
            <Table zebra data-size="sm" className="overview-table">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{to('statistics.school')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">{to('statistics.pupils')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">%</Table.HeaderCell>
                  <Table.HeaderCell scope="col">95 %</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {[...rule.schools.map((c, i) => ({ c, name: stats.schools[i]?.name ?? '' })), { c: rule.total, name: to('statistics.total') }].map(({ c, name }) => (
                  <Table.Row key={name}>
                    <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
                    <Table.Cell className="numeric">{c.pupils === null ? to('hidden') : c.pupils}</Table.Cell>
                    <Table.Cell className="numeric">{c.share === null ? to('hidden') : fmt.percent(100 * c.share)}</Table.Cell>
                    <Table.Cell>{c.interval ? to('statistics.interval', { low: fmt.percent(100 * c.interval.low), high: fmt.percent(100 * c.interval.high) }) : '–'}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          );
          return (
            <ChartFrame key={rule.ruleId} id={`rule-share-${rule.ruleId}`} title={rule.ruleName} lead={to('statistics.rulesChart')} summary={summary} tableSummary={to('chartTable')} table={table}>
              <BarChart responsive layout="vertical" data={data} style={{ width: '100%', maxWidth: 720, height: 60 + data.length * 36 }} margin={{ top: 8, right: 150, bottom: 8, left: 8 }} title={rule.ruleName} desc={summary}>
                <CartesianGrid horizontal={false} stroke="#d5dbe2" />
                <XAxis type="number" tickFormatter={(v: number) => fmt.percent(v)} />
                <YAxis type="category" dataKey="name" width={160} />
                <Bar dataKey="share" fill={`url(#${OVERVIEW_FILL.dots})`} stroke="#1e3a5f" isAnimationActive={false}>
                  <LabelList dataKey="label" position="right" />
                </Bar>
              </BarChart>
            </ChartFrame>
          );
        })}
      </section>
      <section className="overview-section">
        <Heading level={2} data-size="sm">{to('statistics.cases')}</Heading>
        {!stats.casesAvailable ? (
          <Paragraph className="panel">{to('noCases')}</Paragraph>
        ) : (
          <Table zebra data-size="sm" className="overview-table">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{to('statistics.school')}</Table.HeaderCell>
                {stats.cases.columns.map((c) => (
                  <Table.HeaderCell key={c} scope="col" className="numeric">
                    {c === 'open' ? to('statistics.open') : to(`fidelity.reason.${c as 'other'}`)}
                  </Table.HeaderCell>
                ))}
                <Table.HeaderCell scope="col" className="numeric">{to('statistics.total')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {stats.cases.rows.map((r) => (
                <Table.Row key={r.schoolId}>
                  <Table.HeaderCell scope="row">{schoolName.get(r.schoolId)}</Table.HeaderCell>
                  {r.cells.map((n, i) => (
                    <Table.Cell key={stats.cases.columns[i]} className="numeric">
                      {n === null ? to('hidden') : n}
                    </Table.Cell>
                  ))}
                  <Table.Cell className="numeric">{r.total === null ? to('hidden') : r.total}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>
      <MeasuresSection stats={stats} />
    </>
  );
}

export function StatisticsPage() {
  const { to } = useOverviewI18n();
  const query = useOwnerStatistics();
  const title = to('statistics.title');
  useDocumentTitle(title);
  return (
    <>
      <OverviewFills />
      <PageHeading title={title} lead={query.data ? to('statistics.intro', { year: query.data.schoolYear }) : undefined} />
      {query.isPending ? <Loading label={to('loading')} /> : query.isError ? <ApiErrorAlert error={query.error} /> : <Content stats={query.data} />}
    </>
  );
}
