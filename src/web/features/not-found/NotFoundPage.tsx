import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/paths';
import { AppLink } from '../../components/AppLink';
import { useDocumentTitle } from '../../components/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page-heading">
      <Heading level={1} data-size="lg">
        {t('notFound.title')}
      </Heading>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <AppLink to={paths.start}>{t('notFound.toStart')}</AppLink>
    </div>
  );
}
