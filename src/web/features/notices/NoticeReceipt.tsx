import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../contracts/notices';
import { NoticeFacts } from './NoticeFacts';

interface Props {
  notice: Notice;
  onAnother(): void;
}

/** What was sent, said plainly. Focus moves here, since the form it replaces is gone. */
export function NoticeReceipt({ notice, onAnother }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [notice.id]);
  const isLeave = notice.kind === 'leave_request';

  return (
    <Alert data-color="success" className="notice-receipt" tabIndex={-1} ref={ref}>
      <Heading level={2} data-size="xs">
        {isLeave ? t('notices:receipt.leaveTitle') : t('notices:receipt.absenceTitle')}
      </Heading>
      <NoticeFacts notice={notice} showPupil showDates />
      <Paragraph>{isLeave ? t('notices:receipt.leaveBody') : t('notices:receipt.absenceBody')}</Paragraph>
      <Button type="button" variant="secondary" onClick={onAnother}>
        {t('notices:receipt.another')}
      </Button>
    </Alert>
  );
}
