import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canReportAbsence } from '../../app/access';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session-context';
import './notices.css';

/** On a guardian's or adult pupil's start page: straight on to reporting absence. Nothing for anyone else. */
export function ReportAbsenceStart() {
  const { t } = useTranslation();
  const me = useSession();
  if (!canReportAbsence(me)) return null;
  return (
    <section className="panel report-start" aria-labelledby="start-report-absence">
      <Heading level={2} data-size="sm" id="start-report-absence">
        {t('notices:start.title')}
      </Heading>
      <Paragraph>{t('notices:start.body')}</Paragraph>
      <Button asChild className="report-start__action">
        <Link to={paths.reportAbsence}>{t('notices:start.action')}</Link>
      </Button>
    </section>
  );
}
