import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Submission } from '../../../contracts/upper-secondary';
import { submissionFileUrl } from '../../api/upper-secondary';
import { useLimitI18n } from './use-limit-i18n';

const COLOR = { submitted: 'info', accepted: 'success', rejected: 'danger', withdrawn: 'neutral' } as const;

/** Documentation handed in, with its state and, when rejected, why. */
export function SubmissionsList({ submissions }: { submissions: readonly Submission[] }) {
  const { tu, fmt } = useLimitI18n();
  const { t: ta } = useTranslation('attendance');
  if (submissions.length === 0) return null;
  return (
    <section className="limit-section" aria-labelledby="limit-submissions">
      <Heading level={2} data-size="sm" id="limit-submissions">
        {tu('submissions.title')}
      </Heading>
      <ul className="limit-list">
        {submissions.map((s) => (
          <li key={s.id} className="limit-list__item">
            <div className="limit-list__head">
              <strong>{ta(`reasons.${s.reasonCode}`, { defaultValue: s.reasonCode })}</strong>
              <Tag data-color={COLOR[s.status]} data-size="sm">
                {tu(`submissions.status.${s.status}`)}
              </Tag>
            </div>
            <Paragraph data-size="sm">
              {tu('submissions.lessons', { lessons: s.lessons.map((l) => `${l.subjectName} ${fmt.day(l.date)}, ${tu('periodShort', { period: l.period })}`).join('; ') })}
            </Paragraph>
            <Paragraph data-size="sm">{tu('submissions.handedIn', { name: s.submittedBy, date: fmt.date(s.submittedAt.slice(0, 10)) })}</Paragraph>
            {s.decisionReason && <Paragraph data-size="sm">{tu('submissions.reason', { reason: s.decisionReason })}</Paragraph>}
            {s.file && (
              <Link href={submissionFileUrl(s.id)}>
                {tu('submissions.file', { name: s.file.name })}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
