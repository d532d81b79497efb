import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../contracts/notices';
import { useLeaveRequests } from '../../api/notices';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { pupilName } from '../notices/notice-text';
import { LeaveRequestCard } from './LeaveRequestCard';

/** The waiting requests first, soonest first; below them those decided or withdrawn, latest first. */
export function SchoolLeaveRequests({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const query = useLeaveRequests(schoolId);
  const [announcement, setAnnouncement] = useState('');
  const waitingHeading = useRef<HTMLHeadingElement>(null);

  if (query.isPending) return <Loading label={t('notices:leave.loading')} />;
  if (query.isError) return <ApiErrorAlert error={query.error} />;

  const waiting = query.data.notices
    .filter((n) => n.status === 'submitted')
    .sort((a, b) => a.fromDate.localeCompare(b.fromDate) || a.submittedAt.localeCompare(b.submittedAt));
  const done = query.data.notices
    .filter((n) => n.status !== 'submitted')
    .sort((a, b) => (b.decidedAt ?? b.submittedAt).localeCompare(a.decidedAt ?? a.submittedAt));

  const onDecided = (notice: Notice) => {
    const name = pupilName(notice.pupil);
    setAnnouncement(
      notice.status === 'approved' ? t('notices:leave.approvedAnnouncement', { name }) : t('notices:leave.refusedAnnouncement', { name }),
    );
    // The card has moved down to the decided ones; the next waiting request is where work goes on.
    requestAnimationFrame(() => waitingHeading.current?.focus());
  };

  return (
    <div className="leave-requests">
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <section className="leave-requests__section" aria-labelledby="leave-waiting">
        <Heading level={2} data-size="sm" id="leave-waiting" ref={waitingHeading} tabIndex={-1}>
          {t('notices:leave.waiting', { count: waiting.length })}
        </Heading>
        {waiting.length === 0 ? (
          <Paragraph className="panel">{t('notices:leave.noneWaiting')}</Paragraph>
        ) : (
          <ul className="leave-list">
            {waiting.map((notice) => (
              <LeaveRequestCard key={notice.id} notice={notice} schoolId={schoolId} onDecided={onDecided} />
            ))}
          </ul>
        )}
      </section>
      <section className="leave-requests__section" aria-labelledby="leave-done">
        <Heading level={2} data-size="sm" id="leave-done">
          {t('notices:leave.done')}
        </Heading>
        {done.length === 0 ? (
          <Paragraph className="panel">{t('notices:leave.noneDone')}</Paragraph>
        ) : (
          <ul className="leave-list">
            {done.map((notice) => (
              <LeaveRequestCard key={notice.id} notice={notice} schoolId={schoolId} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
