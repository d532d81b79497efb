import { useTranslation } from 'react-i18next';
import { defaultLocale, localeSchema, type Locale } from '../../../contracts/locale';

/** The UI language now, re-rendering when it changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const parsed = localeSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : defaultLocale;
}
