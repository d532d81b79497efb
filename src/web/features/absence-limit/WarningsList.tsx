import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { Warning } from '../../../contracts/upper-secondary';
import { warningPdfUrl } from '../../api/upper-secondary';
import { useLimitI18n } from './use-limit-i18n';

/** The written warnings, each with its letter as PDF and who got it, when, and whether they opened it. */
export function WarningsList({ warnings, highlight }: { warnings: readonly Warning[]; highlight?: string | null }) {
  const { tu, fmt } = useLimitI18n();
  if (warnings.length === 0) return null;
  return (
    <section className="limit-section" aria-labelledby="limit-warnings">
      <Heading level={2} data-size="sm" id="limit-warnings">
        {tu('warnings.title')}
      </Heading>
      <ul className="limit-list">
        {warnings.map((w) => (
          <li key={w.id} className="limit-list__item" data-highlight={w.id === highlight || undefined}>
            <Paragraph>
              <strong>{tu('warnings.item', { subject: w.subjectName, assessment: tu(`assessment.${w.assessment.kind}`), date: fmt.date(w.sentOn) })}</strong>
            </Paragraph>
            <Paragraph data-size="sm">
              {w.deliveries
                .map((d) =>
                  tu(d.openedAt ? 'warnings.opened' : d.status === 'sent' ? 'warnings.sent' : d.status === 'not_sent' ? 'warnings.notSent' : 'warnings.waiting', {
                    name: d.recipientName ?? tu(`warnings.recipient.${d.recipientKind}`),
                    date: d.openedAt ? fmt.date(d.openedAt.slice(0, 10)) : d.sentAt ? fmt.date(d.sentAt.slice(0, 10)) : '',
                  }),
                )
                .join(' · ')}
            </Paragraph>
            <Link href={warningPdfUrl(w.id, fmt.locale)} target="_blank" rel="noopener">
              {tu('warnings.read')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
