import { Button, Checkbox, Field, Heading, Label, Link as DsLink, Paragraph, Select, Table, Textarea } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { REVIEW_ITEMS, type MonthlyReview } from '../../../contracts/overview';
import { reviewPdfUrl, useCheckReviewItem, useCompleteReview, useMonthlyReview } from '../../api/overview';
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
import { useOverviewI18n, type OverviewFormat, type OverviewT } from './use-overview-i18n';
import './overview.css';

/** The months a review can be held for: this school year so far, newest first. */
export function reviewMonths(asOf: string): string[] {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  const startYear = month >= 8 ? year : year - 1;
  const months: string[] = [];
  for (let y = startYear, m = 8; `${y}-${String(m).padStart(2, '0')}` <= asOf.slice(0, 7); m === 12 ? ((m = 1), y++) : m++) months.push(`${y}-${String(m).padStart(2, '0')}`);
  return months.reverse();
}

const changeText = (to: OverviewT, n: number) => (n > 0 ? to('review.up', { n }) : n < 0 ? to('review.down', { n: -n }) : to('review.same'));

function RulesPart({ review }: { review: MonthlyReview }) {
  const { to, fmt } = useOverviewI18n();
  if (review.rules.length === 0) return <Paragraph className="panel">{to('review.rulesEmpty')}</Paragraph>;
  return (
    <>
      {review.rules.map((rule) => {
        if (rule.classes.length === 0) {
          return (
            <section key={rule.ruleId} className="pattern-block">
              <Heading level={3} data-size="xs">
                {rule.ruleName}
              </Heading>
              <Paragraph data-size="sm">
                {to('review.pupils')}: 0 · {to('review.lastMonth')}: 0
              </Paragraph>
            </section>
          );
        }
        const data = rule.classes.map((c) => ({ name: c.className, now: c.pupils, before: c.lastMonth }));
        const summary = `${rule.ruleName}: ${rule.pupils} (${changeText(to, rule.change)}), ${rule.classes.map((c) => `${c.className} ${c.pupils}`).join(', ')}`;
        const caption = `${rule.ruleName} – ${to('review.rules')}`;
        const table = (
          <TableRegion label={caption}>
            <Table zebra data-size="sm" className="overview-table">
              <caption className="visually-hidden">{caption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{to('review.className')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">{to('review.pupils')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">{to('review.lastMonth')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{to('review.change')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">{to('review.newThisMonth')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rule.classes.map((c) => (
                  <Table.Row key={c.className}>
                    <Table.HeaderCell scope="row">{c.className}</Table.HeaderCell>
                    <Table.Cell className="numeric">{fmt.integer(c.pupils)}</Table.Cell>
                    <Table.Cell className="numeric">{fmt.integer(c.lastMonth)}</Table.Cell>
                    <Table.Cell>{changeText(to, c.change)}</Table.Cell>
                    <Table.Cell className="numeric">{fmt.integer(c.newThisMonth)}</Table.Cell>
                  </Table.Row>
                ))}
                <Table.Row>
                  <Table.HeaderCell scope="row">{to('review.allClasses')}</Table.HeaderCell>
                  <Table.Cell className="numeric">{fmt.integer(rule.pupils)}</Table.Cell>
                  <Table.Cell className="numeric">{fmt.integer(rule.lastMonth)}</Table.Cell>
                  <Table.Cell>{changeText(to, rule.change)}</Table.Cell>
                  <Table.Cell className="numeric">{fmt.integer(rule.newThisMonth)}</Table.Cell>
                </Table.Row>
              </Table.Body>
            </Table>
          </TableRegion>
        );
        return (
          <ChartFrame
            key={rule.ruleId}
            id={`rule-${rule.ruleId}`}
            title={rule.ruleName}
            lead={`${to('review.pupils')}: ${fmt.integer(rule.pupils)} · ${to('review.lastMonth')}: ${fmt.integer(rule.lastMonth)} · ${changeText(to, rule.change)}`}
            summary={summary}
            tableSummary={to('chartTable')}
            table={table}
          >
            <BarChart responsive data={data} style={{ width: '100%', maxWidth: 720, height: 220 }} margin={{ top: 24, right: 8, bottom: 8, left: 0 }} title={to('review.chartTitle')} desc={summary}>
              <CartesianGrid vertical={false} stroke="#d5dbe2" />
              <XAxis dataKey="name" />
              <YAxis allowDecimals={false} width={32} />
              <Tooltip />
              <Legend />
              <Bar dataKey="before" name={to('review.before')} fill={`url(#${OVERVIEW_FILL.stripes})`} stroke="#1e3a5f" isAnimationActive={false}>
                <LabelList dataKey="before" position="top" />
              </Bar>
              <Bar dataKey="now" name={to('review.now')} fill={`url(#${OVERVIEW_FILL.solid})`} stroke="#1e3a5f" isAnimationActive={false}>
                <LabelList dataKey="now" position="top" />
              </Bar>
            </BarChart>
          </ChartFrame>
        );
      })}
    </>
  );
}

function CasesPart({ review, fmt, to }: { review: MonthlyReview; fmt: OverviewFormat; to: OverviewT }) {
  if (!review.casesAvailable) return <Paragraph className="panel">{to('noCases')}</Paragraph>;
  const d = review.cases.deadlines;
  const card = (label: string, value: number) => (
    <div className="overview-card">
      <span className="overview-card__value">{fmt.integer(value)}</span>
      {label}
    </div>
  );
  return (
    <>
      <div className="overview-cards">
        {card(to('review.openCases'), review.cases.open)}
        {card(to('review.openedThisMonth'), review.cases.openedThisMonth)}
        {card(to('review.closedThisMonth'), review.cases.closedThisMonth)}
      </div>
      <Heading level={3} data-size="xs">{to('review.byStep')}</Heading>
      <Table data-size="sm" zebra className="overview-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{to('review.step')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">{to('review.openCases')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {review.cases.byStep.map((s) => (
            <Table.Row key={s.stepId}>
              <Table.HeaderCell scope="row">{to('review.stepName', { number: s.number, name: s.name })}</Table.HeaderCell>
              <Table.Cell className="numeric">{fmt.integer(s.open)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Heading level={3} data-size="xs">{to('review.deadlines')}</Heading>
      <div className="overview-cards">
        {card(to('review.kept'), d.kept)}
        {card(to('review.late'), d.late)}
        {card(to('review.missed'), d.missed)}
        {card(to('review.pending'), d.pending)}
      </div>
      <Heading level={3} data-size="xs">{to('review.withoutContact')}</Heading>
      {review.cases.withoutContact.length === 0 ? (
        <Paragraph>{to('review.withoutContactEmpty')}</Paragraph>
      ) : (
        <ul>
          {review.cases.withoutContact.map((c) => (
            <li key={c.caseId}>
              {c.pupil.familyName}, {c.pupil.givenName} {c.className ? `(${c.className})` : ''} – {to('review.openedOn')} {fmt.date(c.openedOn)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Checklist({ review, schoolId }: { review: MonthlyReview; schoolId: string }) {
  const { to, fmt } = useOverviewI18n();
  const check = useCheckReviewItem(schoolId, review.month);
  const complete = useCompleteReview(schoolId, review.month);
  const [note, setNote] = useState('');
  const noteId = useId();
  const done = review.checklist.done;
  const allChecked = review.checklist.items.every((i) => i.checked !== null);
  return (
    <section className="overview-section" aria-labelledby="review-checklist">
      <Heading level={2} data-size="sm" id="review-checklist">
        {to('review.checklist')}
      </Heading>
      <div className="overview-checklist">
        {REVIEW_ITEMS.map((item) => {
          const state = review.checklist.items.find((i) => i.item === item)?.checked ?? null;
          return (
            <div key={item}>
              <Checkbox
                label={to(`review.item.${item}`)}
                checked={state !== null}
                disabled={done !== null || check.isPending}
                onChange={(e) => check.mutate({ item, checked: e.target.checked })}
              />
              {state && <div className="overview-checked-by">{to('review.checkedBy', { by: state.by, at: fmt.at(state.at) })}</div>}
            </div>
          );
        })}
      </div>
      {check.error && <ApiErrorAlert error={check.error} />}
      {done ? (
        <div className="overview-done" role="status">
          <Paragraph>{to('review.doneBy', { by: done.by, at: fmt.at(done.at) })}</Paragraph>
          {review.checklist.note && <Paragraph data-size="sm">{review.checklist.note}</Paragraph>}
        </div>
      ) : (
        <>
          <Field style={{ maxWidth: '48rem', marginBlock: '1rem' }}>
            <Label htmlFor={noteId}>{to('review.note')}</Label>
            <Textarea id={noteId} rows={2} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <div className="overview-actions">
            <Button disabled={!allChecked || complete.isPending} onClick={() => complete.mutate(note.trim() ? { note: note.trim() } : {})}>
              {to('review.markDone')}
            </Button>
            {!allChecked && <Paragraph data-size="sm">{to('review.allItemsFirst')}</Paragraph>}
          </div>
          {complete.error && <ApiErrorAlert error={complete.error} />}
        </>
      )}
    </section>
  );
}

export function MonthlyReviewPage() {
  const { schoolId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useSession();
  const { to, fmt, locale } = useOverviewI18n();
  // Without a month the server picks the current one, by its own clock.
  const month = params.get('maned') ?? '';
  const query = useMonthlyReview(schoolId, month);
  const monthId = useId();
  const title = to('review.title');
  useDocumentTitle(title);
  const switcher = <SchoolSwitch schools={leadershipSchools(me)} current={schoolId} pathOf={overviewPaths.monthlyReview} label={to('statistics.school')} />;
  if (query.isPending || query.isError) {
    return (
      <>
        <PageHeading title={title} />
        {switcher}
        {query.isPending ? <Loading label={to('loading')} /> : <ApiErrorAlert error={query.error} />}
      </>
    );
  }
  const review = query.data;
  return (
    <>
      <OverviewFills />
      <PageHeading title={title} lead={to('review.intro', { school: review.school.name, month: fmt.month(review.month) })} />
      {switcher}
      <div className="overview-actions">
        <Field className="overview-filter">
          <Label htmlFor={monthId}>{to('review.month')}</Label>
          <Select id={monthId} value={review.month} onChange={(e) => void navigate(`${overviewPaths.monthlyReview(schoolId)}?maned=${e.target.value}`)}>
            {reviewMonths(review.asOf).map((m) => (
              <Select.Option key={m} value={m}>
                {fmt.month(m)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <DsLink href={reviewPdfUrl(schoolId, review.month, locale)} target="_blank" rel="noopener">
          {to('review.pdf')}
        </DsLink>
      </div>
      <section className="overview-section" aria-labelledby="review-rules">
        <Heading level={2} data-size="sm" id="review-rules">
          {to('review.rules')}
        </Heading>
        <RulesPart review={review} />
      </section>
      <section className="overview-section" aria-labelledby="review-cases">
        <Heading level={2} data-size="sm" id="review-cases">
          {to('review.cases')}
        </Heading>
        <CasesPart review={review} fmt={fmt} to={to} />
      </section>
      <Checklist review={review} schoolId={schoolId} />
    </>
  );
}
