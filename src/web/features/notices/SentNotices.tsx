import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../contracts/notices';
import { SentNoticeCard } from './SentNoticeCard';

interface Props {
  notices: readonly Notice[];
  today: string;
  /** Name the pupil on each notice when the user reports for more than one. */
  showPupil: boolean;
}

/** The notices sent for the user's children or themselves, newest first. */
export function SentNotices({ notices, today, showPupil }: Props) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const sorted = [...notices].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));

  return (
    <section className="sent-notices" aria-labelledby="sent-notices-title">
      <Heading level={2} data-size="sm" id="sent-notices-title" tabIndex={-1}>
        {t('notices:sent.title')}
      </Heading>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {sorted.length === 0 ? (
        <Paragraph className="panel">{t('notices:sent.none')}</Paragraph>
      ) : (
        <ul className="notice-list">
          {sorted.map((notice) => (
            <SentNoticeCard
              key={notice.id}
              notice={notice}
              today={today}
              showPupil={showPupil}
              onWithdrawn={() => setAnnouncement(t('notices:sent.withdrawnAnnouncement'))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
