import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { paths } from './paths';

/** When a page fails to render: say so calmly and offer a way out. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <main id="main-content" className="page">
      <Alert data-color="danger" role="alert" className="api-error">
        <Heading level={1} data-size="sm">
          {t('errors.title')}
        </Heading>
        <Paragraph>{t('errors.pageFailed')}</Paragraph>
        <a href={paths.start}>{t('notFound.toStart')}</a>
      </Alert>
    </main>
  );
}
