import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { defaultLocale, localeSchema, type Locale } from '../../../contracts/locale';
import { formatterFor, type Formatter } from './format';

export type RulesT = TFunction<'rules'>;

/**
 * The `rules` namespace's texts and the formats of the current language.
 * Called `tr` in this feature, so it is never mistaken for the `app` namespace's `t`.
 */
export function useRulesI18n(): { tr: RulesT; fmt: Formatter; locale: Locale } {
  const { t, i18n } = useTranslation('rules');
  const parsed = localeSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  const locale = parsed.success ? parsed.data : defaultLocale;
  return { tr: t, fmt: formatterFor(locale), locale };
}
