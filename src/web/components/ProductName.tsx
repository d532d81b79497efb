import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** «Nærvær» with its mark; a link home. */
export function ProductName() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="product-name">
      <svg className="product-name__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" />
        <path d="M9 23V9h2.6l7.8 9.9V9H22v14h-2.6l-7.8-9.9V23z" />
      </svg>
      <span className="product-name__text">{t('product.name')}</span>
    </Link>
  );
}
