import { Field, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useId, useMemo } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { Link as DsLink } from '@digdir/designsystemet-react';
import { PATTERN_KINDS, type GroupPatterns, type PatternKind } from '../../../contracts/patterns';
import { paths } from '../../app/paths';
import { TableRegion } from '../../components/TableRegion';
import type { BackLabel, BackTo } from '../figures/back-link-state';
import { describePattern } from './describe';
import type { PatternFilterValue } from './pattern-params';
import { usePatternsI18n } from './use-patterns-i18n';
import './patterns.css';

interface Props {
  data: GroupPatterns;
  filter: PatternFilterValue;
  onFilter(next: PatternFilterValue): void;
  /** The school view filters by class too, and shows each pupil's class. */
  schoolView: boolean;
  backLabel: BackLabel;
  busy?: boolean;
}

/** Which pupils show which pattern: a filter by kind (and class) and a table, each pupil linked to their page. */
export function GroupPatternsSection({ data, filter, onFilter, schoolView, backLabel, busy = false }: Props) {
  const { tp, fmt } = usePatternsI18n();
  const location = useLocation();
  const kindId = useId();
  const classId = useId();
  const backTo = useMemo<BackTo>(() => ({ path: `${location.pathname}${location.search}`, label: backLabel }), [location.pathname, location.search, backLabel]);
  const names = useMemo(() => new Map(data.teachers.map((t) => [t.id, t.name])), [data.teachers]);
  const count = (kind: PatternKind) => data.counts.find((c) => c.kind === kind)?.pupils ?? 0;
  const withAny = data.rows.length;
  const caption = filter.kind
    ? tp('group.captionKind', { title: data.title, kind: tp(`kinds.${filter.kind}`) })
    : tp('group.caption', { title: data.title });
  return (
    <section className="figures-section" aria-label={caption} aria-busy={busy || undefined}>
      <div className="figures-filter" role="search" aria-label={tp('filter.label')}>
        <Field className="pattern-filter__kind">
          <Label htmlFor={kindId}>{tp('filter.kind')}</Label>
          <Select id={kindId} value={filter.kind ?? ''} onChange={(e) => onFilter({ ...filter, kind: (e.target.value || undefined) as PatternKind | undefined })}>
            <Select.Option value="">{tp('filter.allKinds')}</Select.Option>
            {PATTERN_KINDS.map((kind) => (
              <Select.Option key={kind} value={kind}>
                {tp('filter.kindOption', { kind: tp(`kinds.${kind}`), pupils: fmt.integer(count(kind)) })}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {schoolView && (
          <Field className="figures-filter__class">
            <Label htmlFor={classId}>{tp('filter.class')}</Label>
            <Select id={classId} value={filter.className ?? ''} onChange={(e) => onFilter({ ...filter, className: e.target.value || undefined })}>
              <Select.Option value="">{tp('filter.allClasses')}</Select.Option>
              {data.classes.map((name) => (
                <Select.Option key={name} value={name}>
                  {name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <Paragraph data-size="sm" className="muted" aria-live="polite">
        {busy
          ? tp('group.updating')
          : filter.kind
          ? tp('group.countKind', { count: withAny, pupils: fmt.integer(data.pupils), kind: tp(`kinds.${filter.kind}`) })
            : tp('group.count', { count: withAny, pupils: fmt.integer(data.pupils) })}
      </Paragraph>
      {data.rows.length === 0 ? (
        <Paragraph className="panel">{filter.kind ? tp('group.noneKind') : tp('group.none')}</Paragraph>
      ) : (
        <TableRegion label={caption}>
          <Table zebra border data-size="sm" className="pattern-table">
            <caption data-size="xs">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{tp('group.columns.pupil')}</Table.HeaderCell>
                {schoolView && <Table.HeaderCell scope="col">{tp('group.columns.class')}</Table.HeaderCell>}
                <Table.HeaderCell scope="col">{tp('group.columns.patterns')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.rows.map(({ pupil, patterns }) => (
                <Table.Row key={pupil.id}>
                  <Table.HeaderCell scope="row">
                    <DsLink asChild>
                      <RouterLink to={paths.pupilFigures(pupil.id)} state={{ backTo }}>
                        {pupil.familyName}, {pupil.givenName}
                      </RouterLink>
                    </DsLink>
                  </Table.HeaderCell>
                  {schoolView && <Table.Cell>{pupil.className ?? ''}</Table.Cell>}
                  <Table.Cell>
                    <ul className="pattern-table__list">
                      {patterns.map((p) => {
                        const words = describePattern(p, tp, fmt, (id) => names.get(id));
                        return (
                          <li key={`${p.kind}-${p.evidence[0] ?? ''}`}>
                            <span className="pattern-table__title">{words.title}</span>{' '}
                            <span className="figure__of">{tp('group.dates', { count: p.evidence.length })}</span>
                          </li>
                        );
                      })}
                    </ul>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableRegion>
      )}
    </section>
  );
}
