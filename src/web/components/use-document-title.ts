import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Page – Nærvær" in the browser tab; just the product name while the page has none. */
export function useDocumentTitle(pageTitle: string | null | undefined) {
  const { t } = useTranslation();
  const product = t('product.name');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} – ${product}` : product;
  }, [pageTitle, product]);
}
