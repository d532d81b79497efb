import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '../../contracts/locale';
import { currentLocale } from '../i18n/i18n';
import { useChangeLanguage } from '../i18n/use-change-language';
import './language-switch.css';

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
const names: Record<Locale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

export function LanguageSwitch() {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const active = currentLocale();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {locales.map((locale) => (
        <Button
          key={locale}
          type="button"
          data-size="sm"
          variant={locale === active ? 'secondary' : 'tertiary'}
          aria-pressed={locale === active}
          lang={locale}
          onClick={() => void changeLanguage(locale)}
        >
          {names[locale]}
        </Button>
      ))}
    </div>
  );
}
