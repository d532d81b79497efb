import { SkipLink } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ProductName } from '../components/ProductName';
import './site-header.css';

/** The frame of the pages before login: the product name and the language switch. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink href="#main-content">{t('shell.skipToContent')}</SkipLink>
      <header className="site-header">
        <div className="site-header__bar">
          <div className="site-header__brand">
            <ProductName />
          </div>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main-content" className="page" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
