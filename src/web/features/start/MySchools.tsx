import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useMySchools } from '../../api/classes';
import { paths } from '../../app/paths';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';

/** "Klasser og elever", one link per school the user may see. */
export function MySchools() {
  const { t } = useTranslation();
  const schools = useMySchools();
  return (
    <div className="start-block">
      <Heading level={3} data-size="xs">
        <AppLink to={paths.classes}>{t('nav.classes')}</AppLink>
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('start.tasks.classesDescription')}
      </Paragraph>
      {schools.isPending ? (
        <Loading />
      ) : schools.isError ? (
        <ApiErrorAlert error={schools.error} />
      ) : schools.data.schools.length > 1 ? (
        <ul className="link-list" aria-label={t('start.tasks.schoolsLabel')}>
          {schools.data.schools.map((school) => (
            <li key={school.id}>
              <AppLink to={`${paths.classes}?${new URLSearchParams({ skole: school.id }).toString()}`}>
                {school.name}
              </AppLink>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
