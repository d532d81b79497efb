import { Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A calm loading state: a spinner and a line of text, announced politely. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  const text = label ?? t('common.loading');
  return (
    <div className="loading" role="status">
      <Spinner aria-hidden="true" data-size="md" />
      <Paragraph>{text}</Paragraph>
    </div>
  );
}
