import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../contracts/notices';
import { canWithdraw } from '../../../domain/notices';
import { useWithdrawNotice } from '../../api/notices';
import { NoticeFacts } from './NoticeFacts';
import { dateRangeText, dateTimeText, kindLabel, statusColor, statusLabel } from './notice-text';

interface Props {
  notice: Notice;
  today: string;
  showPupil: boolean;
  onWithdrawn(): void;
}

export function SentNoticeCard({ notice, today, showPupil, onWithdrawn }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const withdraw = useWithdrawNotice();
  const title = `${kindLabel(t, notice.kind)} ${dateRangeText(t, notice)}`;

  const onWithdraw = () =>
    withdraw.mutate(notice.id, {
      onSuccess: () => {
        onWithdrawn();
        // The button is gone; focus stays on this notice.
        requestAnimationFrame(() => headingRef.current?.focus());
      },
    });

  return (
    <li className="notice-card">
      <div className="notice-card__head">
        <Heading level={3} data-size="xs" id={headingId} ref={headingRef} tabIndex={-1}>
          {title}
        </Heading>
        <Tag data-color={statusColor(notice.status)} data-size="sm">
          {statusLabel(t, notice.status)}
        </Tag>
      </div>
      <NoticeFacts notice={notice} showPupil={showPupil} />
      <Paragraph data-size="sm" className="muted">
        {t('notices:sent.sentBy', { when: dateTimeText(t, notice.submittedAt), name: notice.submittedBy.name })}
      </Paragraph>
      {notice.decidedBy && notice.decidedAt && (
        <Paragraph data-size="sm">
          {t('notices:sent.decidedBy', {
            status: statusLabel(t, notice.status),
            when: dateTimeText(t, notice.decidedAt),
            name: notice.decidedBy.name,
          })}
        </Paragraph>
      )}
      {notice.status === 'refused' && notice.decisionNote && (
        <Paragraph className="notice-card__note">{t('notices:sent.note', { note: notice.decisionNote })}</Paragraph>
      )}
      {withdraw.isError && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{withdraw.error.message}</Paragraph>
        </Alert>
      )}
      {canWithdraw(notice, today) && (
        <Button type="button" variant="secondary" data-size="sm" className="notice-card__action" onClick={onWithdraw} loading={withdraw.isPending}>
          {t('notices:sent.withdraw')}
          <span className="visually-hidden">{`: ${title}`}</span>
        </Button>
      )}
    </li>
  );
}
