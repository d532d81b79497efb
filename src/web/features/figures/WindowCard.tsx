import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { WindowFigures } from '../../../contracts/figures';
import { DocumentationBar } from './DocumentationBar';
import { useFiguresI18n } from './use-figures-i18n';

/** One period at a glance: absence of held lessons, by documentation, days and single lessons as on the certificate. */
export function WindowCard({ figures }: { figures: WindowFigures }) {
  const { tf, fmt } = useFiguresI18n();
  const { window, overall, wholeDays, singleLessons, certificate, lateArrivals } = figures;
  const headingId = `window-card-${window.kind}`;
  const days = tf('units.days', { count: certificate.days, days: fmt.integer(certificate.days) });
  const hours = tf('units.hours', { count: certificate.hours, hours: fmt.hours(certificate.hours) });
  return (
    <Card data-color="neutral" className="window-card" aria-labelledby={headingId} asChild>
      <section>
        <div className="window-card__head">
          <Heading level={3} data-size="xs" id={headingId}>
            {tf(`window.${window.kind}`)}
          </Heading>
          <Paragraph data-size="sm" className="muted">
            {tf('window.range', { from: fmt.date(window.from), to: fmt.date(window.to) })}
          </Paragraph>
        </div>
        <div className="window-card__big">
          <span className="window-card__percent">{fmt.percent(overall.percent)}</span>
          <span>
            {tf('pupil.card.absenceOf', {
              absent: fmt.integer(overall.absent),
              of: fmt.integer(overall.of),
              count: overall.of,
            })}
          </span>
        </div>
        <DocumentationBar byDocumentation={overall.byDocumentation} tf={tf} fmt={fmt} />
        <dl className="window-card__facts">
          <div>
            <dt>{tf('pupil.card.wholeDays')}</dt>
            <dd>
              {tf('units.daysOf', { absent: fmt.integer(wholeDays.absent), of: fmt.integer(wholeDays.of), count: wholeDays.of })}
            </dd>
          </div>
          <div>
            <dt>{tf('pupil.card.singleLessons')}</dt>
            <dd>
              {tf('units.lessonsWithHours', {
                count: singleLessons.absent,
                lessons: fmt.integer(singleLessons.absent),
                hours: fmt.hours(singleLessons.hours),
              })}
            </dd>
          </div>
          <div>
            <dt>{tf('pupil.card.lateArrivals')}</dt>
            <dd>
              {tf('units.lateWithMinutes', {
                count: lateArrivals.count,
                late: fmt.integer(lateArrivals.count),
                minutes: fmt.integer(lateArrivals.minutes),
              })}
            </dd>
          </div>
        </dl>
        <Paragraph data-size="sm" className="window-card__certificate">
          {tf('pupil.card.certificate', { days, hours })}
        </Paragraph>
      </section>
    </Card>
  );
}
