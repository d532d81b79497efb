import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LimitAbsence, SubjectLimit } from '../../../contracts/upper-secondary';
import { useLimitI18n } from './use-limit-i18n';

interface Props {
  subject: SubjectLimit;
  actions: ((absence: LimitAbsence) => ReactNode) | undefined;
  showReasons: boolean;
}

/** The absent lessons of a subject, newest first, with what each did to the limit and what can still be done about it. */
export function AbsenceTable({ subject, actions, showReasons }: Props) {
  const { tu, fmt } = useLimitI18n();
  const { t: ta } = useTranslation('attendance');
  const rows = [...subject.absences].reverse();
  return (
    <Table data-size="sm" className="limit-absences">
      <caption className="visually-hidden">{tu('table.caption', { subject: subject.subjectName })}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{tu('table.lesson')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{tu('table.counts')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{tu('table.documentation')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{tu('table.canDo')}</Table.HeaderCell>
          {actions && <Table.HeaderCell scope="col">{tu('table.actions')}</Table.HeaderCell>}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((a) => (
          <Table.Row key={a.markId} data-crossed={a.crossedLimit || undefined}>
            <Table.HeaderCell scope="row">
              {tu('table.lessonValue', { day: fmt.day(a.date), period: a.period })}
              {a.crossedLimit && <span className="limit-absences__crossed">{tu('table.crossedLimit', { limit: fmt.threshold(subject.limitPercent) })}</span>}
              {a.crossedDiscretion && <span className="limit-absences__crossed">{tu('table.crossedLimit', { limit: fmt.threshold(subject.discretionPercent) })}</span>}
            </Table.HeaderCell>
            <Table.Cell data-label={tu('table.counts')}>{tu(`outcome.${a.outcome}`)}</Table.Cell>
            <Table.Cell data-label={tu('table.documentation')}>
              <span>{tu(`documentation.${a.documentation}`)}</span>
              {showReasons && a.reasonCode && <span className="limit-absences__reason">{ta(`reasons.${a.reasonCode}`, { defaultValue: a.reasonCode })}</span>}
            </Table.Cell>
            <Table.Cell data-label={tu('table.canDo')}>
              {a.pending === 'submission'
                ? tu('table.pendingSubmission')
                : a.pending === 'complaint'
                  ? tu('table.pendingComplaint')
                  : a.documentableUntil
                    ? a.needsHealthPersonnel
                      ? tu('table.documentableHealth', { date: fmt.date(a.documentableUntil) })
                      : tu('table.documentableUntil', { date: fmt.date(a.documentableUntil) })
                    : a.contestableUntil
                      ? tu('table.contestableUntil', { date: fmt.date(a.contestableUntil) })
                      : '–'}
            </Table.Cell>
            {actions && <Table.Cell data-label={tu('table.actions')}>{actions(a)}</Table.Cell>}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
