import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { defaultLocale, localeSchema } from '../../../contracts/locale';
import { formatterFor, type Formatter } from '../figures/format';

/** The screens of the absence limit (`upperSecondary:screens`), with the number and date formats of the language. */
export function useLimitI18n(): { tu: TFunction<'upperSecondary', 'screens'>; fmt: Formatter } {
  const { t, i18n } = useTranslation('upperSecondary', { keyPrefix: 'screens' });
  const parsed = localeSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return { tu: t, fmt: formatterFor(parsed.success ? parsed.data : defaultLocale) };
}
