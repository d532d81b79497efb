import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../contracts/notices';
import { schoolDayOf } from '../../../domain/dates';
import { useMyNotices } from '../../api/notices';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { NoticeForm } from './NoticeForm';
import { NoticeReceipt } from './NoticeReceipt';
import { SentNotices } from './SentNotices';
import './notices.css';

/** «Meld fravær»: guardians for their children under 18, pupils of 18 or more for themselves. */
export function ReportAbsencePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notices:report.title'));
  const query = useMyNotices();
  const [receipt, setReceipt] = useState<Notice | null>(null);
  const [sentBefore, setSentBefore] = useState(false);
  // The school's day, as the server counts it: absence from today, leave from tomorrow.
  const today = schoolDayOf(new Date());

  return (
    <>
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {t('notices:report.title')}
        </Heading>
        <Paragraph className="page-heading__lead">{t('notices:report.lead')}</Paragraph>
        {query.data && query.data.notices.length > 0 && (
          // On a phone the list is far below the form; this is the way to it.
          <Link href="#sent-notices-title" className="report-to-sent">
            {t('notices:report.toSent', { count: query.data.notices.length })}
          </Link>
        )}
      </div>
      {query.isPending ? (
        <Loading label={t('notices:report.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} />
      ) : query.data.pupils.length === 0 ? (
        <Alert data-color="info">
          <Heading level={2} data-size="xs">
            {t('notices:report.noPupilsTitle')}
          </Heading>
          <Paragraph>{t('notices:report.noPupilsBody')}</Paragraph>
        </Alert>
      ) : (
        <div className="report-layout">
          <div className="report-layout__main">
            <div aria-live="polite">
              {receipt && (
                <NoticeReceipt
                  notice={receipt}
                  onAnother={() => {
                    setReceipt(null);
                    setSentBefore(true);
                  }}
                />
              )}
            </div>
            {!receipt && <NoticeForm data={query.data} today={today} onSent={setReceipt} focusOnMount={sentBefore} />}
          </div>
          <SentNotices notices={query.data.notices} today={today} showPupil={query.data.pupils.length > 1} />
        </div>
      )}
    </>
  );
}
