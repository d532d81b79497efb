import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { SubjectLimit } from '../../../contracts/upper-secondary';
import { AbsenceTable } from './AbsenceTable';
import { LimitMeter } from './LimitMeter';
import { useLimitI18n } from './use-limit-i18n';

interface Props {
  subject: SubjectLimit;
  /** The lessons' own actions (choose for documentation, ask for a correction), in the portal. */
  actions?: (absence: SubjectLimit['absences'][number]) => ReactNode;
  showReasons: boolean;
  /** Below the table: the principal's decision form, for the leadership. */
  footer?: ReactNode;
}

const ZONE_COLOR = { within: 'success', discretion: 'warning', over: 'danger' } as const;

/** One subject: how much of the limit is used, how many hours are left, where the pupil is heading, and every absent lesson. */
export function SubjectLimitCard({ subject, actions, showReasons, footer }: Props) {
  const { tu, fmt } = useLimitI18n();
  const id = `subject-${subject.subjectId}`;
  const left = subject.left.beforeLimit;
  return (
    <section className="limit-card" aria-labelledby={id} data-zone={subject.zone}>
      <div className="limit-card__head">
        <Heading level={3} data-size="xs" id={id}>
          {subject.subjectName} <span className="limit-card__code">{subject.subjectCode}</span>
        </Heading>
        <Tag data-color={ZONE_COLOR[subject.zone]} data-size="sm">
          {tu(`zone.${subject.zone}`)}
        </Tag>
      </div>
      <div className="limit-card__figures">
        <p className="limit-card__big">
          <strong>{fmt.percent(subject.percent)}</strong>
          <span>{tu('card.ofAnnualHours', { hours: fmt.hours(subject.counted.hours), annual: fmt.integer(subject.annualHours) })}</span>
        </p>
        <p className="limit-card__left" data-testid="hours-left">
          {subject.zone === 'within'
            ? tu('card.leftBeforeLimit', { hours: fmt.hours(left.hours), count: left.lessons ?? 0, lessons: fmt.integer(left.lessons ?? 0), limit: fmt.threshold(subject.limitPercent) })
            : tu('card.overLimit', { limit: fmt.threshold(subject.limitPercent) })}
          {subject.zone !== 'over' && (
            <span className="limit-card__sub">
              {tu('card.leftBeforeDiscretion', { hours: fmt.hours(subject.left.beforeDiscretion.hours), discretion: fmt.threshold(subject.discretionPercent) })}
            </span>
          )}
        </p>
      </div>
      <LimitMeter subject={subject} />
      <Paragraph data-size="sm" className="limit-card__forecast">
        {subject.forecast.crossesLimitOn && subject.zone === 'within'
          ? tu('card.forecastCrosses', { percent: fmt.percent(subject.forecast.projectedPercent), date: fmt.date(subject.forecast.crossesLimitOn) })
          : tu('card.forecast', { percent: fmt.percent(subject.forecast.projectedPercent) })}
      </Paragraph>
      {subject.crossed.limit && (
        <Paragraph data-size="sm" className="limit-card__crossed">
          {tu('card.crossed', { limit: fmt.threshold(subject.limitPercent), date: fmt.date(subject.crossed.limit.date), period: subject.crossed.limit.period })}
        </Paragraph>
      )}
      {subject.discretion && (
        <div className="limit-card__decision">
          <Paragraph data-size="sm">
            <strong>{tu(`discretion.decision.${subject.discretion.decision}`)}</strong>{' '}
            {tu('discretion.by', { name: subject.discretion.decidedBy, date: fmt.date(subject.discretion.decidedAt.slice(0, 10)) })}
          </Paragraph>
          <Paragraph data-size="sm">{tu('discretion.grounds', { grounds: subject.discretion.grounds })}</Paragraph>
        </div>
      )}
      {subject.absences.length > 0 ? (
        // Open where the pupil can still do something about a lesson (staff: where the limit is passed); the hours left come first.
        <details className="limit-card__details" open={(actions ? subject.absences.some((a) => (a.documentableUntil || a.contestableUntil || a.crossedLimit) && !a.pending) : subject.zone !== 'within') || undefined}>
          <summary>{tu('card.absences', { count: subject.absences.length })}</summary>
          <AbsenceTable subject={subject} actions={actions} showReasons={showReasons} />
        </details>
      ) : (
        <Paragraph data-size="sm">{tu('card.noAbsence')}</Paragraph>
      )}
      {footer}
    </section>
  );
}
