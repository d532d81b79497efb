import { Checkbox, Heading, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ContactWeek } from '../../../contracts/attendance';
import { TableRegion } from '../../components/TableRegion';
import { shortDate, shortTime } from '../registration/dates';
import { HomeIcon } from '../registration/icons';
import { useLocale } from '../registration/use-locale';
import { DocumentationTag } from './DocumentationTag';

type WeekPupil = ContactWeek['pupils'][number];

interface Props {
  pupil: WeekPupil;
  week: number;
  selected: ReadonlySet<number>;
  errors: Readonly<Record<number, string>>;
  onSelect(markIds: readonly number[], selected: boolean): void;
}

/** One pupil's absences and late arrivals of the week, each to tick for documenting. */
export function PupilAbsenceTable({ pupil, week, selected, errors, onSelect }: Props) {
  const { t: ta } = useTranslation('attendance');
  const locale = useLocale();
  const name = `${pupil.givenName} ${pupil.familyName}`;
  const headingId = `week-pupil-${pupil.id}`;
  const caption = ta('week.caption', { name, week });
  const ids = pupil.absences.map((a) => a.markId);
  const chosen = ids.filter((id) => selected.has(id)).length;

  return (
    <section className="week-pupil" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId} className="week-pupil__name">
        {pupil.familyName}, {pupil.givenName}
        {pupil.className && <span className="muted"> · {pupil.className}</span>}
      </Heading>
      <TableRegion label={caption}>
        <Table border data-size="sm" className="week-table">
          <caption className="visually-hidden">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col" className="week-table__select">
                <Checkbox
                  aria-label={ta('week.selectAll', { name })}
                  checked={chosen === ids.length && ids.length > 0}
                  data-indeterminate={chosen > 0 && chosen < ids.length}
                  onChange={(event) => onSelect(ids, event.target.checked)}
                />
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{ta('week.columns.when')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{ta('week.columns.subject')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{ta('week.columns.kind')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{ta('week.columns.documentation')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{ta('week.columns.reason')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {pupil.absences.map((absence) => {
              const when = `${shortDate(absence.date, locale)} ${ta('lesson.period', { period: absence.period })}, ${shortTime(absence.startsAt)}`;
              const kind = absence.status === 'S' ? ta('week.late', { minutes: absence.minutesLate ?? 0 }) : ta('status.F');
              const error = errors[absence.markId];
              return (
                <Table.Row key={absence.markId} data-selected={selected.has(absence.markId) || undefined}>
                  <Table.Cell className="week-table__select">
                    <Checkbox
                      aria-label={ta('week.selectOne', { name, when, subject: absence.subject.name, kind })}
                      checked={selected.has(absence.markId)}
                      onChange={(event) => onSelect([absence.markId], event.target.checked)}
                    />
                  </Table.Cell>
                  <Table.Cell className="nowrap">{when}</Table.Cell>
                  <Table.Cell>{absence.subject.name}</Table.Cell>
                  <Table.Cell className="nowrap">{kind}</Table.Cell>
                  <Table.Cell>
                    <span className="week-table__documentation">
                      <DocumentationTag state={absence.documentation} />
                      {absence.fromNotice && (
                        <span className="week-table__from-notice muted">
                          <HomeIcon />
                          {ta('week.fromNotice')}
                        </span>
                      )}
                    </span>
                    {error && <ValidationMessage data-size="sm">{error}</ValidationMessage>}
                  </Table.Cell>
                  <Table.Cell>
                    {absence.reasonCode ? (
                      ta(`reasons.${absence.reasonCode}`, { defaultValue: absence.reasonCode })
                    ) : (
                      <span className="muted">{ta('week.noReason')}</span>
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </TableRegion>
    </section>
  );
}
