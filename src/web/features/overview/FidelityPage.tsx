import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { CLOSING_REASONS } from '../../../contracts/followup-case';
import type { RoutineFidelity } from '../../../contracts/overview';
import { useRoutineFidelity } from '../../api/overview';
import { leadershipSchools } from '../../app/access';
import { useSession } from '../../app/session-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { TableRegion } from '../../components/TableRegion';
import { useDocumentTitle } from '../../components/use-document-title';
import { PageHeading } from '../figures/PageHeading';
import { ChartFrame } from '../patterns/ChartFrame';
import '../patterns/patterns.css';
import { OVERVIEW_FILL, OverviewFills } from './Fills';
import { overviewPaths } from './overview-paths';
import { SchoolSwitch } from './SchoolSwitch';
import { useOverviewI18n } from './use-overview-i18n';
import './overview.css';

type Group = RoutineFidelity['schools'][number];

function StepTable({ group }: { group: Group }) {
  const { to, fmt } = useOverviewI18n();
  const share = (s: number | null) => (s === null ? to('fidelity.none') : fmt.percent(100 * s, 0));
  return (
    <TableRegion label={`${to('fidelity.title')} ${group.name}`}>
      <Table zebra data-size="sm" className="overview-table">
        <caption className="visually-hidden">{`${to('fidelity.title')} ${group.name}`}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{to('review.step')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{to('fidelity.reached')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{to('review.kept')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{to('review.late')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{to('review.missed')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{to('review.pending')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{to('fidelity.share')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {group.steps.flatMap((s) => [
            <Table.Row key={s.stepId}>
              <Table.HeaderCell scope="row">{to('review.stepName', { number: s.number, name: s.name })}</Table.HeaderCell>
              <Table.Cell className="numeric">{s.reached}</Table.Cell>
              <Table.Cell className="numeric">{s.kept}</Table.Cell>
              <Table.Cell className="numeric">{s.late}</Table.Cell>
              <Table.Cell className="numeric">{s.missed}</Table.Cell>
              <Table.Cell className="numeric">{s.pending}</Table.Cell>
              <Table.Cell className="numeric">{share(s.keptShare)}</Table.Cell>
            </Table.Row>,
            ...s.deadlines.map((d) => (
              <Table.Row key={`${s.stepId}-${d.deadlineId}`}>
                <Table.Cell>
                  {to('fidelity.deadline')}: {d.name}
                </Table.Cell>
                <Table.Cell />
                <Table.Cell className="numeric">{d.kept}</Table.Cell>
                <Table.Cell className="numeric">{d.late}</Table.Cell>
                <Table.Cell className="numeric">{d.missed}</Table.Cell>
                <Table.Cell className="numeric">{d.pending}</Table.Cell>
                <Table.Cell className="numeric">{share(d.keptShare)}</Table.Cell>
              </Table.Row>
            )),
          ])}
        </Table.Body>
      </Table>
    </TableRegion>
  );
}

function GroupView({ group }: { group: Group }) {
  const { to, fmt } = useOverviewI18n();
  const data = group.steps.map((s) => ({ name: `${s.number}`, share: s.keptShare === null ? 0 : Math.round(100 * s.keptShare), label: s.keptShare === null ? '–' : fmt.percent(100 * s.keptShare, 0) }));
  const summary = group.steps.map((s) => `${to('review.stepName', { number: s.number, name: s.name })}: ${s.keptShare === null ? '–' : fmt.percent(100 * s.keptShare, 0)}`).join('; ');
  const c = group.contact;
  return (
    <>
      <ChartFrame id={`fidelity-${group.key}`} title={to('fidelity.chartTitle')} lead={`${group.name}: ${group.cases}`} summary={summary} tableSummary={to('chartTable')} table={<StepTable group={group} />}>
        <BarChart responsive data={data} style={{ width: '100%', maxWidth: 640, height: 220 }} margin={{ top: 24, right: 8, bottom: 8, left: 0 }} title={to('fidelity.chartTitle')} desc={summary}>
          <CartesianGrid vertical={false} stroke="#d5dbe2" />
          <XAxis dataKey="name" label={{ value: to('review.step'), position: 'insideBottomRight', offset: -4 }} />
          <YAxis domain={[0, 100]} unit=" %" width={48} />
          <Tooltip />
          <Bar dataKey="share" name={to('fidelity.share')} fill={`url(#${OVERVIEW_FILL.solid})`} isAnimationActive={false}>
            <LabelList dataKey="label" position="top" />
          </Bar>
        </BarChart>
      </ChartFrame>
      <Heading level={3} data-size="xs">{to('fidelity.contact')}</Heading>
      <Paragraph data-size="sm">
        {to('fidelity.median')}: {c.median === null ? '–' : to('fidelity.schoolDays', { count: c.median })} · {to('fidelity.p90')}: {c.p90 === null ? '–' : to('fidelity.schoolDays', { count: c.p90 })} · {to('fidelity.sameDay')}: {c.sameDay} · {to('fidelity.withinAWeek')}: {c.withinAWeek} · {to('fidelity.later')}: {c.later} · {to('fidelity.notContacted')}: {c.notContacted}
      </Paragraph>
      <Heading level={3} data-size="xs">{to('fidelity.closed')}</Heading>
      <ul>
        {CLOSING_REASONS.map((r) => (
          <li key={r}>
            {to(`fidelity.reason.${r}`)}: {group.closed[r] ?? 0}
          </li>
        ))}
      </ul>
    </>
  );
}

export function FidelityPage() {
  const { schoolId = '' } = useParams();
  const me = useSession();
  const { to } = useOverviewI18n();
  const query = useRoutineFidelity(schoolId);
  const title = to('fidelity.title');
  useDocumentTitle(title);
  return (
    <>
      <OverviewFills />
      <PageHeading title={title} lead={to('fidelity.intro')} />
      <SchoolSwitch schools={leadershipSchools(me)} current={schoolId} pathOf={overviewPaths.fidelity} label={to('statistics.school')} />
      {query.isPending ? (
        <Loading label={to('loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} />
      ) : (
        <>
          {!query.data.casesAvailable && <Paragraph className="panel">{to('noCases')}</Paragraph>}
          {query.data.schools.map((school) => (
            <section key={school.key} className="overview-section">
              <GroupView group={school} />
              {school.classes.length > 0 && (
                <>
                  <Heading level={2} data-size="sm">{to('fidelity.classes')}</Heading>
                  {school.classes.map((c) => (
                    <section key={c.key} className="overview-section">
                      <Heading level={3} data-size="xs">{c.name}</Heading>
                      <StepTable group={{ ...c, classes: [] }} />
                    </section>
                  ))}
                </>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
