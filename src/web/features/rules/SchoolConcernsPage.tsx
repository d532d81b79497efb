import { Checkbox, Field, Label, Link as DsLink, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { ConcernView } from '../../../contracts/rules';
import { useSchoolConcerns } from '../../api/rules';
import { leadershipSchools } from '../../app/access';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { TableRegion } from '../../components/TableRegion';
import { useDocumentTitle } from '../../components/use-document-title';
import { SchoolPicker } from '../classes/SchoolPicker';
import type { BackTo } from '../figures/back-link-state';
import { PageHeading } from '../figures/PageHeading';
import { filterChoices, filterSchoolConcerns, NO_FILTER, type SchoolFilter } from './concern-lists';
import { LevelTag, NearingTag, OverdueTag } from './ConcernTags';
import { useRulesI18n } from './use-rules-i18n';
import { dueState, dueText, figureText, limitText, nextStepText, subjectText, windowText, type Words } from './wording';
import './rules.css';

const LEVELS = ['serious', 'concern', 'notice'] as const;

function Filters({ concerns, value, onChange }: { concerns: readonly ConcernView[]; value: SchoolFilter; onChange(f: SchoolFilter): void }) {
  const { tr, fmt } = useRulesI18n();
  const ids = { level: useId(), className: useId(), rule: useId() };
  const { classNames, rules } = filterChoices(concerns, fmt.compareText);
  return (
    <div className="rules-filter" role="search" aria-label={tr('filter.label')}>
      <Field>
        <Label htmlFor={ids.level}>{tr('filter.level')}</Label>
        <Select id={ids.level} value={value.level} onChange={(e) => onChange({ ...value, level: e.target.value as SchoolFilter['level'] })}>
          <Select.Option value="">{tr('filter.allLevels')}</Select.Option>
          {LEVELS.map((level) => (
            <Select.Option key={level} value={level}>
              {tr(`level.${level}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label htmlFor={ids.className}>{tr('filter.class')}</Label>
        <Select id={ids.className} value={value.className} onChange={(e) => onChange({ ...value, className: e.target.value })}>
          <Select.Option value="">{tr('filter.allClasses')}</Select.Option>
          {classNames.map((name) => (
            <Select.Option key={name} value={name}>
              {name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field className="rules-filter__rule">
        <Label htmlFor={ids.rule}>{tr('filter.rule')}</Label>
        <Select id={ids.rule} value={value.ruleId} onChange={(e) => onChange({ ...value, ruleId: e.target.value })}>
          <Select.Option value="">{tr('filter.allRules')}</Select.Option>
          {rules.map((rule) => (
            <Select.Option key={rule.id} value={rule.id}>
              {rule.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Checkbox
        className="rules-filter__nearing"
        label={tr('filter.nearing')}
        checked={value.nearing}
        onChange={(e) => onChange({ ...value, nearing: e.target.checked })}
      />
    </div>
  );
}

function ConcernRow({ concern, asOf, w, backTo }: { concern: ConcernView; asOf: string; w: Words; backTo: BackTo }) {
  const { tr } = w;
  const state = dueState(concern, asOf);
  const subject = subjectText(concern.subject);
  return (
    <Table.Row className={state === 'overdue' ? 'concern-row--overdue' : undefined}>
      <Table.HeaderCell scope="row">
        <DsLink asChild>
          <RouterLink to={paths.pupilFigures(concern.pupil.id)} state={{ backTo }}>
            {concern.pupil.familyName}, {concern.pupil.givenName}
          </RouterLink>
        </DsLink>
      </Table.HeaderCell>
      <Table.Cell>{concern.pupil.className ?? ''}</Table.Cell>
      <Table.Cell>
        <span className="cell-main">{concern.rule.name}</span>
        <span className="cell-sub">
          {subject ? `${subject} · ` : ''}
          {windowText(w, concern.window)}
        </span>
      </Table.Cell>
      <Table.Cell>
        <div className="cell-tags">
          <LevelTag level={concern.level} />
          {concern.approaching && <NearingTag onCourse={false} />}
        </div>
      </Table.Cell>
      <Table.Cell>
        <span className="cell-main">{figureText(w, concern.measure, concern.currentValue, concern.base)}</span>
        <span className="cell-sub">{tr('concern.limit', { limit: limitText(w, concern.measure, concern.comparison, concern.threshold) })}</span>
      </Table.Cell>
      <Table.Cell>
        {state === 'overdue' && <OverdueTag />}
        <span className="cell-main">{dueText(w, concern, asOf) ?? '–'}</span>
      </Table.Cell>
      <Table.Cell>{concern.approaching ? '–' : nextStepText(w, concern.step)}</Table.Cell>
    </Table.Row>
  );
}

/** «Bekymringsfullt fravær»: the school's open concerns for its leadership, overdue first. */
export function SchoolConcernsPage() {
  const { tr, fmt, locale } = useRulesI18n();
  const w = { tr, fmt, locale };
  const me = useSession();
  const navigate = useNavigate();
  const { schoolId = '' } = useParams();
  const query = useSchoolConcerns(schoolId);
  const [filter, setFilter] = useState<SchoolFilter>(NO_FILTER);
  const schools = leadershipSchools(me);
  const title = tr('school.title');
  useDocumentTitle(title);

  const picker =
    schools.length > 1 ? (
      <SchoolPicker
        schools={schools}
        value={schoolId}
        onChange={(id) => {
          setFilter(NO_FILTER);
          void navigate(paths.schoolConcerns(id));
        }}
      />
    ) : null;

  if (query.isPending || query.isError) {
    return (
      <>
        <PageHeading title={title} />
        {picker}
        {query.isPending ? <Loading label={tr('loading')} /> : <ApiErrorAlert error={query.error} />}
      </>
    );
  }

  const { asOf, school, concerns } = query.data;
  const shown = filterSchoolConcerns(concerns, filter);
  const all = filterSchoolConcerns(concerns, { ...NO_FILTER, nearing: filter.nearing });
  const backTo: BackTo = { path: paths.schoolConcerns(schoolId), label: { ns: 'rules', key: 'school.title', values: {} } };
  const caption = tr('school.caption', { school: school.name });

  return (
    <>
      <PageHeading title={title} lead={tr('school.lead', { school: school.name, date: fmt.date(asOf) })} />
      {picker}
      {concerns.length === 0 ? (
        <Paragraph className="panel">{tr('school.empty')}</Paragraph>
      ) : (
        <section className="rules-section" aria-label={caption}>
          <Filters concerns={concerns} value={filter} onChange={setFilter} />
          <Paragraph data-size="sm" role="status" className="muted">
            {tr('school.showing', { shown: shown.length, count: all.length })}
          </Paragraph>
          {shown.length === 0 ? (
            <Paragraph className="rules-empty">{tr('school.filteredEmpty')}</Paragraph>
          ) : (
            <TableRegion label={caption}>
              <Table className="rules-table" data-size="sm" zebra>
                <caption className="visually-hidden">{caption}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{tr('school.columns.pupil')}</Table.HeaderCell>
                    <Table.HeaderCell>{tr('school.columns.class')}</Table.HeaderCell>
                    <Table.HeaderCell>{tr('school.columns.rule')}</Table.HeaderCell>
                    <Table.HeaderCell>{tr('school.columns.level')}</Table.HeaderCell>
                    <Table.HeaderCell>{tr('school.columns.figure')}</Table.HeaderCell>
                    <Table.HeaderCell>{tr('school.columns.due')}</Table.HeaderCell>
                    <Table.HeaderCell>{tr('school.columns.next')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {shown.map((concern) => (
                    <ConcernRow key={concern.id} concern={concern} asOf={asOf} w={w} backTo={backTo} />
                  ))}
                </Table.Body>
              </Table>
            </TableRegion>
          )}
        </section>
      )}
    </>
  );
}
