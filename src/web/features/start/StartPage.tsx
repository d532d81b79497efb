import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { canSeeClasses, isAnalystOnly } from '../../app/access';
import { useSession } from '../../app/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { ReportAbsenceStart } from '../notices/ReportAbsenceStart';
import { TodayShortcut } from '../registration/TodayShortcut';
import { MyContactClasses } from './MyContactClasses';
import { MyNotifications } from './MyNotifications';
import { MyRoles } from './MyRoles';
import { MySchools } from './MySchools';
import './start.css';

export function StartPage() {
  const { t } = useTranslation();
  const me = useSession();
  useDocumentTitle(t('start.title'));
  const classes = canSeeClasses(me);

  return (
    <>
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {t('start.welcome', { name: me.user.givenName })}
        </Heading>
        <Paragraph className="page-heading__lead">{t('start.lead', { owner: me.owner.name })}</Paragraph>
      </div>

      {isAnalystOnly(me) && (
        <Alert data-color="info">
          <Heading level={2} data-size="xs">
            {t('start.analyst.title')}
          </Heading>
          <Paragraph>{t('start.analyst.body', { owner: me.owner.name })}</Paragraph>
        </Alert>
      )}

      <TodayShortcut />
      <MyNotifications />

      <div className="start-grid">
        <ReportAbsenceStart />
        {classes && (
          <section className="panel" aria-labelledby="start-tasks">
            <Heading level={2} data-size="sm" id="start-tasks">
              {t('start.tasks.title')}
            </Heading>
            <MyContactClasses />
            <MySchools />
          </section>
        )}
        <MyRoles />
      </div>
    </>
  );
}
